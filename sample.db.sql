PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version VALUES('0013');
CREATE TABLE app_meta (
	"key" VARCHAR(60) NOT NULL, 
	value VARCHAR(500) NOT NULL, 
	CONSTRAINT pk_app_meta PRIMARY KEY ("key")
);
INSERT INTO app_meta VALUES('database_id','d57cb346-103d-5f70-8556-71063de6e8c0');
INSERT INTO app_meta VALUES('invoice.firm_name','Brooks & Okafor Studio Ltd');
INSERT INTO app_meta VALUES('invoice.firm_address',replace('Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom','\n',char(10)));
INSERT INTO app_meta VALUES('invoice.firm_vat','GB980780684');
INSERT INTO app_meta VALUES('invoice.firm_bank',replace('Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L','\n',char(10)));
INSERT INTO app_meta VALUES('invoice.firm_email','accounts@brooksokafor.studio');
INSERT INTO app_meta VALUES('invoice.terms_days','30');
INSERT INTO app_meta VALUES('invoice.tax_rate','2000');
INSERT INTO app_meta VALUES('seed_anchor','2026-11-22');
CREATE TABLE team_member (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	name VARCHAR(120) NOT NULL, 
	initials VARCHAR(4) NOT NULL, 
	email VARCHAR(254), 
	id INTEGER NOT NULL, 
	username VARCHAR(64), 
	active BOOLEAN NOT NULL, 
	CONSTRAINT pk_team_member PRIMARY KEY (id), 
	CONSTRAINT fk_team_member_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_team_member_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id), 
	CONSTRAINT uq_team_member_username UNIQUE (username)
);
INSERT INTO team_member VALUES('2024-09-13 08:00:00.000000','2024-09-13 08:00:00.000000',NULL,NULL,1,'Maya Brooks','MB','maya@brooksokafor.studio',1,'maya',1);
INSERT INTO team_member VALUES('2024-09-13 08:00:00.000000','2024-09-13 08:00:00.000000',1,1,1,'Tom Okafor','TO','tom@brooksokafor.studio',2,'tom',1);
INSERT INTO team_member VALUES('2024-09-13 08:00:00.000000','2024-09-13 08:00:00.000000',1,1,1,'Lena Fischer','LF','lena@brooksokafor.studio',3,'lena',1);
CREATE TABLE contact (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	kind VARCHAR(24) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	organisation_id INTEGER, 
	job_title VARCHAR(120) NOT NULL, 
	website VARCHAR(300) NOT NULL, 
	street VARCHAR(200) NOT NULL, 
	city VARCHAR(120) NOT NULL, 
	region VARCHAR(120) NOT NULL, 
	postal_code VARCHAR(20) NOT NULL, 
	country VARCHAR(80) NOT NULL, 
	notes TEXT NOT NULL, 
	source VARCHAR(24), 
	referred_by_id INTEGER, 
	stage VARCHAR(24), 
	owner_id INTEGER, 
	cadence_days INTEGER, 
	id INTEGER NOT NULL, 
	sort_name VARCHAR(200) NOT NULL, 
	search_text TEXT NOT NULL, 
	archived_at DATETIME, last_touch_at DATETIME, touch_clock_at DATETIME, next_touch_at DATETIME, kept_role VARCHAR(24), order_count INTEGER, first_order_at DATETIME, last_order_at DATETIME, order_gap_days FLOAT, birthday DATE, anniversary DATE, uid VARCHAR(200), payment_terms_days INTEGER, 
	CONSTRAINT pk_contact PRIMARY KEY (id), 
	CONSTRAINT fk_contact_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_contact_organisation_id_contact FOREIGN KEY(organisation_id) REFERENCES contact (id) ON DELETE SET NULL, 
	CONSTRAINT fk_contact_owner_id_team_member FOREIGN KEY(owner_id) REFERENCES team_member (id), 
	CONSTRAINT fk_contact_referred_by_id_contact FOREIGN KEY(referred_by_id) REFERENCES contact (id) ON DELETE SET NULL, 
	CONSTRAINT fk_contact_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO contact VALUES('2025-07-26 10:00:00.000000','2025-07-26 10:00:00.000000',1,1,1,NULL,'organisation','Northwind Coffee Roasters',NULL,'','https://northwindcoffee.co.uk','','Bristol','','','United Kingdom','','networking',NULL,'advocacy',1,14,1,'northwind coffee roasters','Northwind Coffee Roasters Bristol hello@northwindcoffee.co.uk +44 20 7946 0542 442079460542 retainer vip packaging print newsletter',NULL,'2026-11-20 14:00:00.000000','2026-11-20 14:00:00.000000','2026-11-22 10:30:00.000000','both',14,'2025-12-21 10:05:00.000000','2026-10-01 11:53:00.000000',26.758333333302289247,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-07-31 14:30:00.000000','2025-07-31 14:30:00.000000',1,1,1,NULL,'person','Joanna Pike',1,'Founder','','','Bristol','','','United Kingdom','',NULL,NULL,NULL,1,NULL,2,'joanna pike','Joanna Pike Founder Bristol joanna@northwindcoffee.co.uk +44 7700 900491 447700900491 newsletter',NULL,'2026-11-20 14:00:00.000000','2026-11-20 14:00:00.000000','2026-12-05 09:30:00.000000','prospect',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-07-30 10:00:00.000000','2025-07-30 10:00:00.000000',1,1,1,NULL,'person','Sam Whitlock',1,'Marketing lead','','','Bristol','','','United Kingdom','Pays promptly; likes a short written recap after each meeting.',NULL,NULL,NULL,1,NULL,3,'sam whitlock','Sam Whitlock Marketing lead Bristol sam@northwindcoffee.co.uk +44 7700 900121 447700900121',NULL,'2026-11-20 14:00:00.000000','2026-11-20 14:00:00.000000','2026-11-22 10:30:00.000000','prospect',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2024-08-14 14:30:00.000000','2024-08-14 14:30:00.000000',1,1,1,NULL,'organisation','Halden & Vos Architects',NULL,'','https://haldenvos.nl','','Rotterdam','','','Netherlands','','referral',2,'retention',2,30,4,'halden & vos architects','Halden & Vos Architects Rotterdam hello@haldenvos.nl +31 10 663 7956 31106637956 retainer web',NULL,'2026-10-27 09:00:00.000000','2026-10-27 09:00:00.000000','2026-11-29 08:30:00.000000','client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2024-08-14 14:30:00.000000','2024-08-14 14:30:00.000000',2,2,1,NULL,'person','Pieter Halden',4,'Partner','','','Rotterdam','','','Netherlands','Met at the Bristol Design Festival.',NULL,NULL,NULL,2,NULL,5,'pieter halden','Pieter Halden Partner Rotterdam pieter@haldenvos.nl +31 6 9454 6338 31694546338',NULL,'2026-10-27 09:00:00.000000','2026-10-27 09:00:00.000000','2026-11-29 08:30:00.000000','prospect',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2024-08-20 08:30:00.000000','2024-08-20 08:30:00.000000',2,2,1,NULL,'person','Anouk de Vos',4,'Office manager','','','Rotterdam','','','Netherlands','Ask about the second location they are planning.',NULL,NULL,NULL,2,NULL,6,'anouk de vos','Anouk de Vos Office manager Rotterdam anouk@haldenvos.nl +31 6 8651 6750 31686516750 newsletter',NULL,'2026-11-14 10:00:00.000000','2026-11-14 10:00:00.000000','2026-11-29 10:00:00.000000','prospect',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-01-15 14:00:00.000000','2026-01-15 14:00:00.000000',1,1,1,NULL,'organisation','Kestrel Books',NULL,'','https://kestrelbooks.co.uk','','Edinburgh','','','United Kingdom','','referral',2,'retention',1,30,7,'kestrel books','Kestrel Books Edinburgh hello@kestrelbooks.co.uk +44 20 7946 0538 442079460538 print retainer',NULL,'2026-11-07 11:00:00.000000','2026-11-07 11:00:00.000000','2026-12-01 11:30:00.000000','client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-01-15 11:30:00.000000','2026-01-15 11:30:00.000000',1,1,1,NULL,'person','Fiona MacLeod',7,'Publisher','','','Edinburgh','','','United Kingdom','',NULL,NULL,NULL,1,NULL,8,'fiona macleod','Fiona MacLeod Publisher Edinburgh fiona@kestrelbooks.co.uk +44 7700 900355 447700900355',NULL,'2026-11-03 11:00:00.000000','2026-11-03 11:00:00.000000',NULL,'prospect',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-01-15 11:00:00.000000','2026-01-15 11:00:00.000000',1,1,1,NULL,'person','Callum Reid',7,'Production editor','','','Edinburgh','','','United Kingdom','',NULL,NULL,NULL,1,NULL,9,'callum reid','Callum Reid Production editor Edinburgh callum@kestrelbooks.co.uk +44 7700 900214 447700900214',NULL,'2026-11-03 11:00:00.000000','2026-11-03 11:00:00.000000','2026-12-01 11:30:00.000000','customer',1,'2026-08-11 18:53:00.000000','2026-08-11 18:53:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-03-02 11:30:00.000000','2026-03-02 11:30:00.000000',3,3,1,NULL,'organisation','Atelier Lumen',NULL,'','https://atelier-lumen.fr','','Lyon','','','France','','website',NULL,'nurturing',3,90,10,'atelier lumen','Atelier Lumen Lyon hello@atelier-lumen.fr +33 4 97 49 92 13 33497499213 branding',NULL,'2026-09-06 13:00:00.000000','2026-09-06 13:00:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-03-09 14:00:00.000000','2026-03-09 14:00:00.000000',3,3,1,NULL,'person','Claire Dubois',10,'Creative director','','','Lyon','','','France','Ask about the second location they are planning.',NULL,NULL,NULL,3,NULL,11,'claire dubois','Claire Dubois Creative director Lyon claire@atelier-lumen.fr +33 6 14 32 79 62 33614327962',NULL,'2026-06-28 08:00:00.000000','2026-06-28 08:00:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-03-30 14:30:00.000000','2026-03-30 14:30:00.000000',1,1,1,NULL,'organisation','Greenway Cycles',NULL,'','https://greenwaycycles.co.uk','','Manchester','','','United Kingdom','','ads',NULL,'engagement',2,60,12,'greenway cycles','Greenway Cycles Manchester hello@greenwaycycles.co.uk +44 20 7946 0751 442079460751 web social',NULL,'2026-11-18 11:30:00.000000','2026-11-18 11:30:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-04-03 14:30:00.000000','2026-04-03 14:30:00.000000',2,2,1,NULL,'person','Dev Patel',12,'Owner','','','Manchester','','','United Kingdom','',NULL,NULL,NULL,2,NULL,13,'dev patel','Dev Patel Owner Manchester dev@greenwaycycles.co.uk +44 7700 900323 447700900323 newsletter',NULL,'2026-10-19 10:30:00.000000','2026-10-19 10:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-01-23 14:00:00.000000','2025-01-23 14:00:00.000000',3,3,1,NULL,'organisation','Blauwe Haven Brewery',NULL,'','https://blauwehaven.nl','','Utrecht','','','Netherlands','','referral',5,'advocacy',3,30,14,'blauwe haven brewery','Blauwe Haven Brewery Utrecht hello@blauwehaven.nl +31 10 159 5641 31101595641 packaging print vip',NULL,'2026-11-21 15:30:00.000000','2026-11-21 15:30:00.000000','2026-12-11 08:30:00.000000','both',9,'2025-12-12 17:28:00.000000','2026-10-12 13:17:00.000000',38.596527778077870606,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-01-30 10:00:00.000000','2025-01-30 10:00:00.000000',3,3,1,NULL,'person','Maarten Jansen',14,'Head brewer','','','Utrecht','','','Netherlands','',NULL,NULL,NULL,3,NULL,15,'maarten jansen','Maarten Jansen Head brewer Utrecht maarten@blauwehaven.nl +31 6 4436 8214 31644368214',NULL,'2026-11-15 13:00:00.000000','2026-11-15 13:00:00.000000','2026-12-11 08:30:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-01-29 14:00:00.000000','2025-01-29 14:00:00.000000',3,3,1,NULL,'person','Eva Smit',14,'Sales & marketing','','','Utrecht','','','Netherlands','',NULL,NULL,NULL,3,NULL,16,'eva smit','Eva Smit Sales & marketing Utrecht eva@blauwehaven.nl +31 6 3670 3015 31636703015',NULL,'2026-11-15 13:00:00.000000','2026-11-15 13:00:00.000000','2026-12-11 08:30:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-10-25 14:00:00.000000','2026-10-25 14:00:00.000000',2,2,1,NULL,'organisation','Marlow Dental Group',NULL,'','https://marlowdental.co.uk','','London','','','United Kingdom','','referral',8,'engagement',2,30,17,'marlow dental group','Marlow Dental Group London hello@marlowdental.co.uk +44 20 7946 0387 442079460387 web',NULL,'2026-11-17 11:30:00.000000','2026-11-17 11:30:00.000000','2026-11-24 11:00:00.000000','client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-10-25 09:30:00.000000','2026-10-25 09:30:00.000000',2,2,1,NULL,'person','Helen Marlow',17,'Practice principal','','','London','','','United Kingdom','',NULL,NULL,NULL,2,NULL,18,'helen marlow','Helen Marlow Practice principal London helen@marlowdental.co.uk +44 7700 900981 447700900981',NULL,'2026-11-08 15:30:00.000000','2026-11-08 15:30:00.000000','2026-11-24 11:00:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-31 10:00:00.000000','2026-07-31 10:00:00.000000',1,1,1,NULL,'organisation','Fjordlight Festival',NULL,'','https://fjordlight.no','','Bergen','','','Norway','','referral',14,'nurturing',1,30,19,'fjordlight festival','Fjordlight Festival Bergen hello@fjordlight.no +47 55 40 64 30 4755406430 branding print',NULL,'2026-11-21 09:30:00.000000','2026-11-21 09:30:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-08-02 10:00:00.000000','2026-08-02 10:00:00.000000',1,1,1,NULL,'person','Ingrid Solberg',19,'Festival director','','','Bergen','','','Norway','',NULL,NULL,NULL,1,NULL,20,'ingrid solberg','Ingrid Solberg Festival director Bergen ingrid@fjordlight.no +47 946 02 910 4794602910 newsletter',NULL,'2026-10-21 13:30:00.000000','2026-10-21 13:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-08-01 14:30:00.000000','2026-08-01 14:30:00.000000',2,2,1,NULL,'person','Lars Eide',19,'Programme producer','','','Bergen','','','Norway','Met at the Bristol Design Festival.',NULL,NULL,NULL,1,NULL,21,'lars eide','Lars Eide Programme producer Bergen lars@fjordlight.no +47 957 55 453 4795755453',NULL,'2026-11-20 14:30:00.000000','2026-11-20 14:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-05-23 08:30:00.000000','2026-05-23 08:30:00.000000',2,2,1,NULL,'organisation','Oak & Ember Bakery',NULL,'','https://oakandember.co.uk','','Bath','','','United Kingdom','','referral',3,'retention',3,60,22,'oak & ember bakery','Oak & Ember Bakery Bath hello@oakandember.co.uk +44 20 7946 0940 442079460940 print retainer',NULL,'2026-10-18 13:17:00.000000','2026-10-18 13:17:00.000000','2026-11-23 09:30:00.000000','both',11,'2026-05-28 16:17:00.000000','2026-09-07 14:05:00.000000',8.0246527777053415775,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-06-02 10:00:00.000000','2026-06-02 10:00:00.000000',2,2,1,NULL,'person','Rosie Carter',22,'Co-owner','','','Bath','','','United Kingdom','',NULL,NULL,NULL,3,NULL,23,'rosie carter','Rosie Carter Co-owner Bath rosie@oakandember.co.uk +44 7700 900366 447700900366',NULL,'2026-10-17 14:30:00.000000','2026-10-17 14:30:00.000000','2026-11-23 09:30:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-11-22 14:00:00.000000','2025-11-22 14:00:00.000000',1,1,1,NULL,'organisation','Sommer Verlag',NULL,'','https://sommer-verlag.de','','Hamburg','','','Germany','','referral',7,'advocacy',1,30,24,'sommer verlag','Sommer Verlag Hamburg hello@sommer-verlag.de +49 40 787 7955 49407877955 print vip retainer',NULL,'2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000','2026-11-22 14:00:00.000000','client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-11-26 11:30:00.000000','2025-11-26 11:30:00.000000',2,2,1,NULL,'person','Jonas Sommer',24,'Managing director','','','Hamburg','','','Germany','',NULL,NULL,NULL,1,NULL,25,'jonas sommer','Jonas Sommer Managing director Hamburg jonas@sommer-verlag.de +49 151 9110 2086 4915191102086 newsletter',NULL,'2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000','2026-11-22 14:00:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-12-01 10:00:00.000000','2025-12-01 10:00:00.000000',1,1,1,NULL,'person','Katrin Albers',24,'Art director','','','Hamburg','','','Germany','Loves uncoated stock and spot colours.',NULL,NULL,NULL,1,NULL,26,'katrin albers','Katrin Albers Art director Hamburg katrin@sommer-verlag.de +49 151 8441 2017 4915184412017 newsletter',NULL,'2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000','2026-11-22 14:00:00.000000','customer',2,'2026-03-29 12:41:00.000000','2026-06-15 12:41:00.000000',78.0,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-05-25 14:30:00.000000','2026-05-25 14:30:00.000000',2,2,1,NULL,'organisation','Copperline Software',NULL,'','https://copperline.io','','Austin','','','United States','','website',NULL,'retention',2,14,27,'copperline software','Copperline Software Austin hello@copperline.io +1 512 555 0175 15125550175 web retainer',NULL,'2026-11-21 14:00:00.000000','2026-11-21 14:00:00.000000','2026-11-27 17:00:00.000000','client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-05-26 14:30:00.000000','2026-05-26 14:30:00.000000',2,2,1,NULL,'person','Megan Ortiz',27,'Head of product','','','Austin','','','United States','',NULL,NULL,NULL,2,NULL,28,'megan ortiz','Megan Ortiz Head of product Austin megan@copperline.io +1 512 555 0141 15125550141',NULL,'2026-11-16 16:00:00.000000','2026-11-16 16:00:00.000000','2026-11-27 17:00:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-06-02 08:30:00.000000','2026-06-02 08:30:00.000000',2,2,1,NULL,'person','Chris Nakamura',27,'Lead engineer','','','Austin','','','United States','',NULL,NULL,NULL,2,NULL,29,'chris nakamura','Chris Nakamura Lead engineer Austin chris@copperline.io +1 512 555 0185 15125550185',NULL,'2026-11-16 16:00:00.000000','2026-11-16 16:00:00.000000','2026-12-10 15:30:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-11-01 11:30:00.000000','2026-11-01 11:30:00.000000',1,1,1,NULL,'organisation','Quillon Law LLP',NULL,'','https://quillonlaw.co.uk','','Leeds','','','United Kingdom','','referral',18,'engagement',1,30,30,'quillon law llp','Quillon Law LLP Leeds hello@quillonlaw.co.uk +44 20 7946 0757 442079460757 branding',NULL,'2026-11-15 14:00:00.000000','2026-11-15 14:00:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-11-10 15:30:00.000000','2026-11-10 15:30:00.000000',1,1,1,NULL,'person','Aisha Bello',30,'Marketing partner','','','Leeds','','','United Kingdom','',NULL,NULL,NULL,1,NULL,31,'aisha bello','Aisha Bello Marketing partner Leeds aisha@quillonlaw.co.uk +44 7700 900053 447700900053',NULL,'2026-11-15 11:30:00.000000','2026-11-15 11:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-07-12 10:30:00.000000','2025-07-12 10:30:00.000000',1,1,1,NULL,'organisation','Tidewater Sailing School',NULL,'','https://tidewatersailing.co.uk','','Falmouth','','','United Kingdom','','networking',NULL,'nurturing',3,90,32,'tidewater sailing school','Tidewater Sailing School Falmouth hello@tidewatersailing.co.uk +44 20 7946 0588 442079460588 print web',NULL,'2026-09-15 14:30:00.000000','2026-09-15 14:30:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-07-19 10:30:00.000000','2025-07-19 10:30:00.000000',3,3,1,NULL,'person','Ben Treloar',32,'Chief instructor','','','Falmouth','','','United Kingdom','',NULL,NULL,NULL,3,NULL,33,'ben treloar','Ben Treloar Chief instructor Falmouth ben@tidewatersailing.co.uk +44 7700 900375 447700900375',NULL,'2026-08-15 08:30:00.000000','2026-08-15 08:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-25 13:00:00.000000','2026-07-25 13:00:00.000000',2,2,1,NULL,'organisation','Brightfield Learning Trust',NULL,'','https://brightfieldtrust.org.uk','','Cardiff','','','United Kingdom','','referral',33,'retention',2,60,34,'brightfield learning trust','Brightfield Learning Trust Cardiff hello@brightfieldtrust.org.uk +44 20 7946 0240 442079460240 print newsletter',NULL,'2026-11-09 14:00:00.000000','2026-11-09 14:00:00.000000',NULL,'client',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-25 08:30:00.000000','2026-07-25 08:30:00.000000',2,2,1,NULL,'person','Gareth Evans',34,'Communications officer','','','Cardiff','','','United Kingdom','',NULL,NULL,NULL,2,NULL,35,'gareth evans','Gareth Evans Communications officer Cardiff gareth@brightfieldtrust.org.uk +44 7700 900970 447700900970',NULL,'2026-10-28 11:00:00.000000','2026-10-28 11:00:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-23 08:30:00.000000','2026-07-23 08:30:00.000000',3,3,1,NULL,'organisation','Harbour Yoga Studio',NULL,'','https://harbouryoga.co.uk','','Bristol','','','United Kingdom','Met at the Bristol Design Festival.','website',NULL,'engagement',3,NULL,36,'harbour yoga studio','Harbour Yoga Studio Bristol hello@harbouryoga.co.uk +44 20 7946 0343 442079460343 workshop newsletter',NULL,'2026-11-17 15:30:00.000000','2026-11-17 15:30:00.000000',NULL,'customer',9,'2026-08-18 11:17:00.000000','2026-11-14 16:53:00.000000',7.9250000000465661287,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-27 08:30:00.000000','2026-07-27 08:30:00.000000',3,3,1,NULL,'person','Nadia Rahman',36,'Studio owner','','','Bristol','','','United Kingdom','',NULL,NULL,NULL,3,NULL,37,'nadia rahman','Nadia Rahman Studio owner Bristol nadia@harbouryoga.co.uk +44 7700 900871 447700900871',NULL,NULL,'2026-07-27 08:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-08 10:00:00.000000','2026-09-08 10:00:00.000000',2,2,1,NULL,'organisation','Pemberton Estates',NULL,'','https://pembertonestates.co.uk','','Cheltenham','','','United Kingdom','','ads',NULL,'awareness',2,NULL,38,'pemberton estates','Pemberton Estates Cheltenham hello@pembertonestates.co.uk +44 20 7946 0645 442079460645 web',NULL,'2026-11-14 09:30:00.000000','2026-11-14 09:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-17 08:30:00.000000','2026-09-17 08:30:00.000000',2,2,1,NULL,'person','Oliver Pemberton',38,'Director','','','Cheltenham','','','United Kingdom','',NULL,NULL,NULL,2,NULL,39,'oliver pemberton','Oliver Pemberton Director Cheltenham oliver@pembertonestates.co.uk +44 7700 900285 447700900285 newsletter',NULL,'2026-10-20 10:30:00.000000','2026-10-20 10:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-03-23 14:00:00.000000','2026-03-23 14:00:00.000000',1,1,1,NULL,'person','Priya Raman',NULL,'Wellness coach','','','Bristol','','','United Kingdom','','referral',2,'retention',1,30,40,'priya raman','Priya Raman Wellness coach Bristol priya.raman@example.org +44 7700 900423 447700900423 retainer web workshop',NULL,'2026-10-27 10:00:00.000000','2026-10-27 10:00:00.000000','2026-11-22 11:30:00.000000','both',8,'2026-04-18 07:05:00.000000','2026-10-22 10:28:00.000000',21.575694444589316844,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-11-04 10:00:00.000000','2025-11-04 10:00:00.000000',2,2,1,NULL,'person','Hannah Cole',NULL,'Illustrator','','','Bristol','','','United Kingdom','','networking',NULL,'advocacy',3,60,41,'hannah cole','Hannah Cole Illustrator Bristol hannah.cole@example.org +44 7700 900837 447700900837 print vip newsletter',NULL,'2026-11-21 09:17:00.000000','2026-11-21 09:17:00.000000',NULL,'customer',46,'2025-11-27 11:41:00.000000','2026-11-21 09:17:00.000000',6.049999999813735485,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-10-26 09:30:00.000000','2025-10-26 09:30:00.000000',3,3,1,NULL,'person','Marco Bellini',NULL,'Photographer','','','Milan','','','Italy','','website',NULL,'retention',3,90,42,'marco bellini','Marco Bellini Photographer Milan marco.bellini@example.org +39 363 202 6874 393632026874 print vip',NULL,'2026-11-15 10:53:00.000000','2026-11-15 10:53:00.000000',NULL,'customer',41,'2025-11-25 09:28:00.000000','2026-11-15 10:53:00.000000',5.1503472221083939075,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-11-07 14:00:00.000000','2025-11-07 14:00:00.000000',3,3,1,NULL,'person','James Whitaker',NULL,'Art teacher','','','Bath','','','United Kingdom','','referral',41,'retention',3,NULL,43,'james whitaker','James Whitaker Art teacher Bath james.whitaker@example.com +44 7700 900790 447700900790 print workshop newsletter',NULL,'2026-11-16 15:05:00.000000','2026-11-16 15:05:00.000000',NULL,'customer',44,'2025-11-22 16:05:00.000000','2026-11-16 15:05:00.000000',4.2243055556900799274,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-09-24 10:30:00.000000','2025-09-24 10:30:00.000000',3,3,1,NULL,'person','Sophie Laurent',NULL,'Interior stylist','','','Paris','','','France','','ads',NULL,'retention',3,NULL,44,'sophie laurent','Sophie Laurent Interior stylist Paris sophie.laurent@example.com +33 6 86 05 06 60 33686050660 print',NULL,'2026-11-18 17:53:00.000000','2026-11-18 17:53:00.000000',NULL,'customer',38,'2025-12-02 19:05:00.000000','2026-11-18 17:53:00.000000',6.8506944444961845874,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-23 08:30:00.000000','2026-09-23 08:30:00.000000',3,3,1,NULL,'person','Zoe Marshall',NULL,'Bookbinder','','','Cardiff','','','United Kingdom','','website',NULL,'nurturing',3,NULL,45,'zoe marshall','Zoe Marshall Bookbinder Cardiff zoe.marshall@example.org +44 7700 900305 447700900305 print',NULL,'2026-11-20 15:30:00.000000','2026-11-20 15:30:00.000000',NULL,'customer',9,'2026-09-26 18:41:00.000000','2026-11-20 10:53:00.000000',5.4791666665114462375,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-18 08:30:00.000000','2026-07-18 08:30:00.000000',2,2,1,NULL,'person','Tomasz Nowak',NULL,'UX designer','','','Berlin','','','Germany','','website',NULL,'nurturing',2,NULL,46,'tomasz nowak','Tomasz Nowak UX designer Berlin tomasz.nowak@example.org +49 151 0374 0609 4915103740609 web newsletter',NULL,'2026-11-10 11:17:00.000000','2026-11-10 11:17:00.000000',NULL,'customer',7,'2026-07-22 08:41:00.000000','2026-11-10 11:17:00.000000',18.766319444635882973,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-08-01 10:30:00.000000','2026-08-01 10:30:00.000000',1,1,1,NULL,'person','Grace Adeyemi',NULL,'Event planner','','','London','','','United Kingdom','','referral',40,'engagement',1,NULL,47,'grace adeyemi','Grace Adeyemi Event planner London grace.adeyemi@example.com +44 7700 900610 447700900610 workshop',NULL,'2026-11-21 09:30:00.000000','2026-11-21 09:30:00.000000',NULL,'customer',8,'2026-08-05 13:53:00.000000','2026-11-09 17:41:00.000000',4.8333333334885537624,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-09 10:00:00.000000','2026-09-09 10:00:00.000000',2,2,1,NULL,'person','Lukas Weber',NULL,'Architect','','','Munich','','','Germany','','ads',NULL,'nurturing',2,NULL,48,'lukas weber','Lukas Weber Architect Munich lukas.weber@example.org +49 151 4614 4198 4915146144198 print',NULL,'2026-11-06 09:30:00.000000','2026-11-06 09:30:00.000000',NULL,'customer',6,'2026-10-04 07:28:00.000000','2026-10-26 14:28:00.000000',1.1340277777053415775,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-06-11 10:30:00.000000','2026-06-11 10:30:00.000000',3,3,1,NULL,'person','Ellie Hughes',NULL,'Florist','','','Bristol','','','United Kingdom','','networking',NULL,'engagement',3,NULL,49,'ellie hughes','Ellie Hughes Florist Bristol ellie.hughes@example.net +44 7700 900255 447700900255 print newsletter',NULL,'2026-11-17 16:41:00.000000','2026-11-17 16:41:00.000000',NULL,'customer',10,'2026-07-11 14:28:00.000000','2026-11-17 16:41:00.000000',13.90000000037252903,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-28 09:00:00.000000','2026-07-28 09:00:00.000000',3,3,1,NULL,'person','Daniel Kerr',NULL,'Music teacher','','','Glasgow','','','United Kingdom','','ads',NULL,'engagement',3,NULL,50,'daniel kerr','Daniel Kerr Music teacher Glasgow daniel.kerr@example.com +44 7700 900506 447700900506 print',NULL,'2026-11-17 15:30:00.000000','2026-11-17 15:30:00.000000',NULL,'customer',5,'2026-08-01 16:41:00.000000','2026-10-21 16:05:00.000000',20.145138888852670787,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-07-02 09:00:00.000000','2026-07-02 09:00:00.000000',3,3,1,NULL,'person','Amira Haddad',NULL,'Student','','','London','','','United Kingdom','','ads',NULL,'engagement',3,NULL,51,'amira haddad','Amira Haddad Student London amira.haddad@example.com +44 7700 900885 447700900885',NULL,'2026-11-17 11:30:00.000000','2026-11-17 11:30:00.000000',NULL,'customer',1,'2026-09-12 14:17:00.000000','2026-09-12 14:17:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-06-29 14:30:00.000000','2026-06-29 14:30:00.000000',3,3,1,NULL,'person','Finn O''Brien',NULL,'Brewer','','','Dublin','','','Ireland','Send proofs as PDF, never links: their email filter eats them.','website',NULL,'engagement',3,30,52,'finn o''brien','Finn O''Brien Brewer Dublin finn.obrien@example.org +353 87 168 8053 353871688053',NULL,'2026-10-05 16:17:00.000000','2026-10-05 16:17:00.000000',NULL,'customer',1,'2026-10-05 16:17:00.000000','2026-10-05 16:17:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-02 13:00:00.000000','2026-09-02 13:00:00.000000',3,3,1,NULL,'person','Chloe Martin',NULL,'Nurse','','','York','','','United Kingdom','Met at the Bristol Design Festival.','ads',NULL,'engagement',3,NULL,53,'chloe martin','Chloe Martin Nurse York chloe.martin@example.net +44 7700 900305 447700900305',NULL,'2026-11-10 15:30:00.000000','2026-11-10 15:30:00.000000',NULL,'customer',1,'2026-09-09 08:41:00.000000','2026-09-09 08:41:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2025-12-07 11:30:00.000000','2025-12-07 11:30:00.000000',3,3,1,NULL,'person','Rafael Costa',NULL,'Surf instructor','','','Lisbon','','','Portugal','','website',NULL,'engagement',3,NULL,54,'rafael costa','Rafael Costa Surf instructor Lisbon rafael.costa@example.net +351 915 947 449 351915947449',NULL,'2026-09-28 13:00:00.000000','2026-09-28 13:00:00.000000',NULL,'customer',1,'2026-02-24 12:28:00.000000','2026-02-24 12:28:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-05-25 10:00:00.000000','2026-05-25 10:00:00.000000',3,3,1,NULL,'person','Isla Grant',NULL,'Gallery assistant','','','Aberdeen','','','United Kingdom','Loves uncoated stock and spot colours.','other',NULL,'engagement',3,45,55,'isla grant','Isla Grant Gallery assistant Aberdeen isla.grant@example.com +44 7700 900778 447700900778 newsletter',NULL,'2026-09-21 14:30:00.000000','2026-09-21 14:30:00.000000',NULL,'customer',1,'2026-06-03 17:05:00.000000','2026-06-03 17:05:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-04-01 10:30:00.000000','2026-04-01 10:30:00.000000',3,3,1,NULL,'person','Ruth Abernethy',NULL,'Retired librarian','','','Oxford','','','United Kingdom','','networking',NULL,'engagement',3,NULL,56,'ruth abernethy','Ruth Abernethy Retired librarian Oxford ruth.abernethy@example.com +44 7700 900243 447700900243',NULL,'2026-09-30 14:28:00.000000','2026-09-30 14:28:00.000000',NULL,'customer',1,'2026-09-30 14:28:00.000000','2026-09-30 14:28:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-06-02 08:30:00.000000','2026-06-02 08:30:00.000000',2,2,1,NULL,'person','Maja Lindqvist',NULL,'Ceramicist','','','Stockholm','','','Sweden','','website',NULL,'engagement',3,NULL,57,'maja lindqvist','Maja Lindqvist Ceramicist Stockholm maja.lindqvist@example.org +46 70 767 55 43 46707675543 print',NULL,'2026-10-25 10:00:00.000000','2026-10-25 10:00:00.000000',NULL,'customer',1,'2026-09-03 13:28:00.000000','2026-09-03 13:28:00.000000',NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-05 10:00:00.000000','2026-09-05 10:00:00.000000',2,2,1,NULL,'person','Owen Price',NULL,'Freelance copywriter','','','Swansea','','','United Kingdom','','networking',NULL,'awareness',2,NULL,58,'owen price','Owen Price Freelance copywriter Swansea owen.price@example.net +44 7700 900712 447700900712 newsletter',NULL,'2026-11-03 11:00:00.000000','2026-11-03 11:00:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-10-27 10:00:00.000000','2026-10-27 10:00:00.000000',1,1,1,NULL,'person','Elena Popescu',NULL,'Startup founder','','','Bucharest','','','Romania','','website',NULL,'engagement',1,NULL,59,'elena popescu','Elena Popescu Startup founder Bucharest elena.popescu@example.net +40 745 422 608 40745422608 web',NULL,'2026-11-20 11:30:00.000000','2026-11-20 11:30:00.000000',NULL,'lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO contact VALUES('2026-09-23 10:00:00.000000','2026-09-23 10:00:00.000000',3,3,1,NULL,'person','Kwame Mensah',NULL,'Event producer','','','London','','','United Kingdom','','ads',NULL,'awareness',2,NULL,60,'kwame mensah','Kwame Mensah Event producer London kwame.mensah@example.com +44 7700 900950 447700900950 branding',NULL,'2026-11-13 11:30:00.000000','2026-11-13 11:30:00.000000','2026-11-26 16:00:00.000000','lead',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE meeting (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	title VARCHAR(200) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	timezone VARCHAR(64) NOT NULL, 
	channel VARCHAR(24) NOT NULL, 
	location VARCHAR(300) NOT NULL, 
	agenda TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	outcome TEXT NOT NULL, 
	owner_id INTEGER, 
	id INTEGER NOT NULL, cancel_exported_at DATETIME, 
	CONSTRAINT pk_meeting PRIMARY KEY (id), 
	CONSTRAINT fk_meeting_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_meeting_owner_id_team_member FOREIGN KEY(owner_id) REFERENCES team_member (id), 
	CONSTRAINT fk_meeting_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO meeting VALUES('2025-11-18 14:00:00.000000','2025-11-18 14:00:00.000000',1,1,1,NULL,'Design review','2025-11-27 14:00:00.000000',45,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Paper stock and print schedule.','Happy with the direction; wants a bolder colour for the headline.','Approved with small changes.',1,1,NULL);
INSERT INTO meeting VALUES('2025-12-08 15:30:00.000000','2025-12-08 15:30:00.000000',1,1,1,NULL,'Design review','2025-12-11 15:30:00.000000',60,'Europe/London','in_person','At Northwind Coffee Roasters','Paper stock and print schedule.','Happy with the direction; wants a bolder colour for the headline.','On hold until their board meets.',1,2,NULL);
INSERT INTO meeting VALUES('2025-12-11 11:00:00.000000','2025-12-11 11:00:00.000000',1,1,1,NULL,'Design review','2025-12-21 11:00:00.000000',60,'Europe/London','in_person','At Northwind Coffee Roasters','Budget and timeline check.','Happy with the direction; wants a bolder colour for the headline.','Files signed off for print.',1,3,NULL);
INSERT INTO meeting VALUES('2025-12-24 11:00:00.000000','2025-12-24 11:00:00.000000',1,1,1,NULL,'Progress call','2025-12-31 11:00:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Feedback on first concepts.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',1,4,NULL);
INSERT INTO meeting VALUES('2026-01-12 10:00:00.000000','2026-01-12 10:00:00.000000',1,1,1,NULL,'Monthly check-in','2026-01-17 10:00:00.000000',90,'Europe/London','video','https://meet.example.com/northwind-574','Plan next quarter''s campaigns and print dates.','Printer needs files a week earlier than planned.','Approved with small changes.',1,5,NULL);
INSERT INTO meeting VALUES('2026-01-25 11:00:00.000000','2026-01-25 11:00:00.000000',1,1,1,NULL,'Planning session','2026-01-27 11:00:00.000000',45,'Europe/London','in_person','At Northwind Coffee Roasters','Feedback on first concepts.','Some frustration with turnaround last month; agreed a schedule.','Budget agreed; sending the quote.',1,6,NULL);
INSERT INTO meeting VALUES('2026-01-26 10:00:00.000000','2026-01-26 10:00:00.000000',1,1,1,NULL,'Quarterly review','2026-02-08 10:00:00.000000',60,'Europe/London','video','https://meet.example.com/northwind-845','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','On hold until their board meets.',1,7,NULL);
INSERT INTO meeting VALUES('2026-02-19 11:00:00.000000','2026-02-19 11:00:00.000000',1,1,1,NULL,'Proof review','2026-02-26 11:00:00.000000',30,'Europe/London','in_person','At Northwind Coffee Roasters','Budget and timeline check.','Mentioned a friend who needs a logo: possible referral.','Files signed off for print.',1,8,NULL);
INSERT INTO meeting VALUES('2026-03-05 14:00:00.000000','2026-03-05 14:00:00.000000',3,3,1,NULL,'Proof review','2026-03-16 14:00:00.000000',60,'Europe/London','video','https://meet.example.com/northwind-731','Walk through the new proofs; collect feedback.','Happy with the direction; wants a bolder colour for the headline.','On hold until their board meets.',1,9,NULL);
INSERT INTO meeting VALUES('2026-03-24 15:30:00.000000','2026-03-24 15:30:00.000000',1,1,1,NULL,'Design review','2026-04-03 14:30:00.000000',60,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Approved with small changes.',1,10,NULL);
INSERT INTO meeting VALUES('2026-04-01 14:30:00.000000','2026-04-01 14:30:00.000000',1,1,1,NULL,'Design review','2026-04-13 14:30:00.000000',60,'Europe/London','call','+44 20 7946 0542','Budget and timeline check.','Some frustration with turnaround last month; agreed a schedule.','Second round of concepts due next week.',1,11,NULL);
INSERT INTO meeting VALUES('2026-04-14 10:30:00.000000','2026-04-14 10:30:00.000000',1,1,1,NULL,'Planning session','2026-04-27 10:30:00.000000',90,'Europe/London','video','https://meet.example.com/northwind-931','Feedback on first concepts.','Asked for a cost estimate for an extra run.','Second round of concepts due next week.',1,12,NULL);
INSERT INTO meeting VALUES('2026-05-03 13:00:00.000000','2026-05-03 13:00:00.000000',1,1,1,NULL,'Quarterly review','2026-05-13 13:00:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Plan next quarter''s campaigns and print dates.','Asked for a cost estimate for an extra run.','Approved with small changes.',1,13,NULL);
INSERT INTO meeting VALUES('2026-05-15 08:30:00.000000','2026-05-15 08:30:00.000000',3,3,1,NULL,'Design review','2026-05-28 08:30:00.000000',60,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Walk through the new proofs; collect feedback.','New marketing lead joins next month; loop her in.','Second round of concepts due next week.',1,14,NULL);
INSERT INTO meeting VALUES('2026-06-10 10:00:00.000000','2026-06-10 10:00:00.000000',1,1,1,NULL,'Design review','2026-06-12 10:00:00.000000',90,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Paper stock and print schedule.','Printer needs files a week earlier than planned.','Agreed to review the scope at renewal.',1,15,NULL);
INSERT INTO meeting VALUES('2026-06-10 10:00:00.000000','2026-06-10 10:00:00.000000',1,1,1,NULL,'Progress call','2026-06-23 10:00:00.000000',45,'Europe/London','in_person','At Northwind Coffee Roasters','Walk through the new proofs; collect feedback.','Happy with the direction; wants a bolder colour for the headline.','On hold until their board meets.',1,16,NULL);
INSERT INTO meeting VALUES('2026-06-29 13:00:00.000000','2026-06-29 13:00:00.000000',1,1,1,NULL,'Proof review','2026-07-04 13:00:00.000000',90,'Europe/London','video','https://meet.example.com/northwind-447','Budget and timeline check.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',1,17,NULL);
INSERT INTO meeting VALUES('2026-07-10 14:30:00.000000','2026-07-10 14:30:00.000000',2,2,1,NULL,'Progress call','2026-07-22 14:30:00.000000',30,'Europe/London','video','https://meet.example.com/northwind-431','Budget and timeline check.','Asked for a cost estimate for an extra run.','On hold until their board meets.',1,18,NULL);
INSERT INTO meeting VALUES('2026-08-05 10:00:00.000000','2026-08-05 10:00:00.000000',1,1,1,NULL,'Proof review','2026-08-07 10:00:00.000000',30,'Europe/London','in_person','At Northwind Coffee Roasters','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','On hold until their board meets.',1,19,NULL);
INSERT INTO meeting VALUES('2026-08-20 10:00:00.000000','2026-08-20 10:00:00.000000',2,2,1,NULL,'Planning session','2026-08-23 10:00:00.000000',60,'Europe/London','video','https://meet.example.com/northwind-290','Walk through the new proofs; collect feedback.','Asked for a cost estimate for an extra run.','On hold until their board meets.',1,20,NULL);
INSERT INTO meeting VALUES('2026-08-23 08:30:00.000000','2026-08-23 08:30:00.000000',1,1,1,NULL,'Monthly check-in','2026-09-04 08:30:00.000000',90,'Europe/London','call','+44 20 7946 0542','Paper stock and print schedule.','Asked for a cost estimate for an extra run.','Files signed off for print.',1,21,NULL);
INSERT INTO meeting VALUES('2026-09-11 10:00:00.000000','2026-09-11 10:00:00.000000',1,1,1,NULL,'Proof review','2026-09-21 10:00:00.000000',45,'Europe/London','call','+44 20 7946 0542','Plan next quarter''s campaigns and print dates.','Happy with the direction; wants a bolder colour for the headline.','Budget agreed; sending the quote.',1,22,NULL);
INSERT INTO meeting VALUES('2026-10-03 14:30:00.000000','2026-10-03 14:30:00.000000',2,2,1,NULL,'Planning session','2026-10-05 14:30:00.000000',90,'Europe/London','video','https://meet.example.com/northwind-214','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Budget agreed; sending the quote.',1,23,NULL);
INSERT INTO meeting VALUES('2026-10-12 13:00:00.000000','2026-10-12 13:00:00.000000',1,1,1,NULL,'Design review','2026-10-20 13:00:00.000000',60,'Europe/London','call','+44 20 7946 0542','Plan next quarter''s campaigns and print dates.','Some frustration with turnaround last month; agreed a schedule.','Files signed off for print.',1,24,NULL);
INSERT INTO meeting VALUES('2026-10-31 14:00:00.000000','2026-10-31 14:00:00.000000',1,1,1,NULL,'Design review','2026-11-03 14:00:00.000000',90,'Europe/London','video','https://meet.example.com/northwind-639','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Files signed off for print.',1,25,NULL);
INSERT INTO meeting VALUES('2026-11-06 14:00:00.000000','2026-11-06 14:00:00.000000',1,1,1,NULL,'Proof review','2026-11-20 14:00:00.000000',90,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Plan next quarter''s campaigns and print dates.','Asked for a cost estimate for an extra run.','On hold until their board meets.',1,26,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,'Proof review','2026-12-05 09:30:00.000000',60,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Budget and timeline check.','','',1,27,NULL);
INSERT INTO meeting VALUES('2025-11-09 14:30:00.000000','2025-11-09 14:30:00.000000',3,3,1,NULL,'Proof review','2025-11-22 14:30:00.000000',60,'Europe/Amsterdam','call','+31 10 663 7956','Plan next quarter''s campaigns and print dates.','Asked for a cost estimate for an extra run.','Approved with small changes.',2,28,NULL);
INSERT INTO meeting VALUES('2025-12-17 10:30:00.000000','2025-12-17 10:30:00.000000',2,2,1,NULL,'Planning session','2025-12-26 10:30:00.000000',45,'Europe/Amsterdam','video','https://meet.example.com/halden-223','Paper stock and print schedule.','Some frustration with turnaround last month; agreed a schedule.','On hold until their board meets.',2,29,NULL);
INSERT INTO meeting VALUES('2026-01-16 13:00:00.000000','2026-01-16 13:00:00.000000',3,3,1,NULL,'Monthly check-in','2026-01-27 13:00:00.000000',45,'Europe/Amsterdam','video','https://meet.example.com/halden-114','Feedback on first concepts.','Happy with the direction; wants a bolder colour for the headline.','Files signed off for print.',2,30,NULL);
INSERT INTO meeting VALUES('2026-02-21 09:00:00.000000','2026-02-21 09:00:00.000000',2,2,1,NULL,'Design review','2026-02-26 09:00:00.000000',60,'Europe/Amsterdam','call','+31 10 663 7956','Walk through the new proofs; collect feedback.','Printer needs files a week earlier than planned.','Files signed off for print.',2,31,NULL);
INSERT INTO meeting VALUES('2026-03-27 10:00:00.000000','2026-03-27 10:00:00.000000',2,2,1,NULL,'Progress call','2026-03-29 09:00:00.000000',90,'Europe/Amsterdam','video','https://meet.example.com/halden-799','Review last month''s work and agree priorities.','Asked for a cost estimate for an extra run.','Files signed off for print.',2,32,NULL);
INSERT INTO meeting VALUES('2026-04-18 09:30:00.000000','2026-04-18 09:30:00.000000',2,2,1,NULL,'Design review','2026-05-02 09:30:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/halden-227','Review last month''s work and agree priorities.','Printer needs files a week earlier than planned.','Second round of concepts due next week.',2,33,NULL);
INSERT INTO meeting VALUES('2026-05-16 08:00:00.000000','2026-05-16 08:00:00.000000',2,2,1,NULL,'Quarterly review','2026-05-30 08:00:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/halden-876','Budget and timeline check.','Asked for a cost estimate for an extra run.','Agreed to review the scope at renewal.',2,34,NULL);
INSERT INTO meeting VALUES('2026-06-27 07:30:00.000000','2026-06-27 07:30:00.000000',2,2,1,NULL,'Proof review','2026-07-03 07:30:00.000000',60,'Europe/Amsterdam','call','+31 10 663 7956','Review last month''s work and agree priorities.','Mentioned a friend who needs a logo: possible referral.','On hold until their board meets.',2,35,NULL);
INSERT INTO meeting VALUES('2026-08-03 08:00:00.000000','2026-08-03 08:00:00.000000',2,2,1,NULL,'Quarterly review','2026-08-05 08:00:00.000000',45,'Europe/Amsterdam','video','https://meet.example.com/halden-313','Budget and timeline check.','New marketing lead joins next month; loop her in.','Second round of concepts due next week.',2,36,NULL);
INSERT INTO meeting VALUES('2026-09-01 08:00:00.000000','2026-09-01 08:00:00.000000',2,2,1,NULL,'Proof review','2026-09-03 08:00:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/halden-271','Feedback on first concepts.','Mentioned a friend who needs a logo: possible referral.','Agreed to review the scope at renewal.',2,37,NULL);
INSERT INTO meeting VALUES('2026-09-24 09:00:00.000000','2026-09-24 09:00:00.000000',2,2,1,NULL,'Planning session','2026-09-29 09:00:00.000000',90,'Europe/Amsterdam','video','https://meet.example.com/halden-350','Review last month''s work and agree priorities.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',2,38,NULL);
INSERT INTO meeting VALUES('2026-10-20 08:00:00.000000','2026-10-20 08:00:00.000000',3,3,1,NULL,'Design review','2026-10-27 09:00:00.000000',30,'Europe/Amsterdam','video','https://meet.example.com/halden-666','Review last month''s work and agree priorities.','Printer needs files a week earlier than planned.','Files signed off for print.',2,39,NULL);
INSERT INTO meeting VALUES('2026-11-18 08:30:00.000000','2026-11-18 08:30:00.000000',2,2,1,NULL,'Proof review','2026-11-29 08:30:00.000000',90,'Europe/Amsterdam','video','https://meet.example.com/halden-415','Feedback on first concepts.','','',2,40,NULL);
INSERT INTO meeting VALUES('2026-02-19 11:30:00.000000','2026-02-19 11:30:00.000000',1,1,1,NULL,'Proof review','2026-02-24 11:30:00.000000',30,'Europe/London','video','https://meet.example.com/kestrel-147','Plan next quarter''s campaigns and print dates.','Printer needs files a week earlier than planned.','Approved with small changes.',1,41,NULL);
INSERT INTO meeting VALUES('2026-03-21 10:00:00.000000','2026-03-21 10:00:00.000000',1,1,1,NULL,'Monthly check-in','2026-03-30 09:00:00.000000',60,'Europe/London','video','https://meet.example.com/kestrel-786','Review last month''s work and agree priorities.','Happy with the direction; wants a bolder colour for the headline.','On hold until their board meets.',1,42,NULL);
INSERT INTO meeting VALUES('2026-04-18 13:00:00.000000','2026-04-18 13:00:00.000000',1,1,1,NULL,'Proof review','2026-04-26 13:00:00.000000',90,'Europe/London','call','+44 20 7946 0538','Feedback on first concepts.','Happy with the direction; wants a bolder colour for the headline.','Files signed off for print.',1,43,NULL);
INSERT INTO meeting VALUES('2026-05-12 13:00:00.000000','2026-05-12 13:00:00.000000',2,2,1,NULL,'Planning session','2026-05-25 13:00:00.000000',60,'Europe/London','in_person','At Kestrel Books','Budget and timeline check.','New marketing lead joins next month; loop her in.','Approved with small changes.',1,44,NULL);
INSERT INTO meeting VALUES('2026-06-26 13:00:00.000000','2026-06-26 13:00:00.000000',1,1,1,NULL,'Proof review','2026-06-28 13:00:00.000000',60,'Europe/London','in_person','At Kestrel Books','Paper stock and print schedule.','Happy with the direction; wants a bolder colour for the headline.','On hold until their board meets.',1,45,NULL);
INSERT INTO meeting VALUES('2026-07-12 13:00:00.000000','2026-07-12 13:00:00.000000',1,1,1,NULL,'Planning session','2026-07-26 13:00:00.000000',30,'Europe/London','video','https://meet.example.com/kestrel-745','Plan next quarter''s campaigns and print dates.','Mentioned a friend who needs a logo: possible referral.','Approved with small changes.',1,46,NULL);
INSERT INTO meeting VALUES('2026-08-24 08:30:00.000000','2026-08-24 08:30:00.000000',1,1,1,NULL,'Quarterly review','2026-08-27 08:30:00.000000',60,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Paper stock and print schedule.','New marketing lead joins next month; loop her in.','Budget agreed; sending the quote.',1,47,NULL);
INSERT INTO meeting VALUES('2026-09-27 08:30:00.000000','2026-09-27 08:30:00.000000',1,1,1,NULL,'Monthly check-in','2026-09-30 08:30:00.000000',45,'Europe/London','in_person','At Kestrel Books','Plan next quarter''s campaigns and print dates.','Printer needs files a week earlier than planned.','Second round of concepts due next week.',1,48,NULL);
INSERT INTO meeting VALUES('2026-10-28 11:00:00.000000','2026-10-28 11:00:00.000000',1,1,1,NULL,'Design review','2026-11-03 11:00:00.000000',90,'Europe/London','video','https://meet.example.com/kestrel-520','Walk through the new proofs; collect feedback.','Some frustration with turnaround last month; agreed a schedule.','Budget agreed; sending the quote.',1,49,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,'Proof review','2026-12-01 11:30:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Feedback on first concepts.','','',1,50,NULL);
INSERT INTO meeting VALUES('2026-03-22 14:30:00.000000','2026-03-22 14:30:00.000000',3,3,1,NULL,'Monthly check-in','2026-03-26 14:30:00.000000',45,'Europe/Paris','call','+33 4 97 49 92 13','Review last month''s work and agree priorities.','Some frustration with turnaround last month; agreed a schedule.','Files signed off for print.',3,51,NULL);
INSERT INTO meeting VALUES('2026-06-18 08:00:00.000000','2026-06-18 08:00:00.000000',3,3,1,NULL,'Design review','2026-06-28 08:00:00.000000',60,'Europe/Paris','video','https://meet.example.com/lumen-762','Review last month''s work and agree priorities.','Asked for a cost estimate for an extra run.','Agreed to review the scope at renewal.',3,52,NULL);
INSERT INTO meeting VALUES('2026-04-22 14:30:00.000000','2026-04-22 14:30:00.000000',2,2,1,NULL,'Quarterly review','2026-04-24 14:30:00.000000',60,'Europe/London','in_person','At Greenway Cycles','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Agreed to review the scope at renewal.',2,53,NULL);
INSERT INTO meeting VALUES('2026-06-17 14:30:00.000000','2026-06-17 14:30:00.000000',2,2,1,NULL,'Planning session','2026-06-21 14:30:00.000000',90,'Europe/London','video','https://meet.example.com/greenway-762','Plan next quarter''s campaigns and print dates.','Some frustration with turnaround last month; agreed a schedule.','Second round of concepts due next week.',2,54,NULL);
INSERT INTO meeting VALUES('2026-08-12 08:30:00.000000','2026-08-12 08:30:00.000000',2,2,1,NULL,'Quarterly review','2026-08-20 08:30:00.000000',60,'Europe/London','video','https://meet.example.com/greenway-684','Review last month''s work and agree priorities.','Mentioned a friend who needs a logo: possible referral.','Approved with small changes.',2,55,NULL);
INSERT INTO meeting VALUES('2026-10-12 10:30:00.000000','2026-10-12 10:30:00.000000',2,2,1,NULL,'Planning session','2026-10-19 10:30:00.000000',30,'Europe/London','in_person','At Greenway Cycles','Review last month''s work and agree priorities.','Printer needs files a week earlier than planned.','Second round of concepts due next week.',2,56,NULL);
INSERT INTO meeting VALUES('2025-11-08 13:00:00.000000','2025-11-08 13:00:00.000000',3,3,1,NULL,'Progress call','2025-11-22 13:00:00.000000',60,'Europe/Amsterdam','call','+31 10 159 5641','Walk through the new proofs; collect feedback.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',3,57,NULL);
INSERT INTO meeting VALUES('2025-12-15 10:00:00.000000','2025-12-15 10:00:00.000000',3,3,1,NULL,'Design review','2025-12-25 10:00:00.000000',60,'Europe/Amsterdam','call','+31 10 159 5641','Feedback on first concepts.','Some frustration with turnaround last month; agreed a schedule.','Budget agreed; sending the quote.',3,58,NULL);
INSERT INTO meeting VALUES('2026-01-16 13:00:00.000000','2026-01-16 13:00:00.000000',3,3,1,NULL,'Proof review','2026-01-25 13:00:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/blauwe-490','Plan next quarter''s campaigns and print dates.','Mentioned a friend who needs a logo: possible referral.','On hold until their board meets.',3,59,NULL);
INSERT INTO meeting VALUES('2026-02-10 10:00:00.000000','2026-02-10 10:00:00.000000',2,2,1,NULL,'Planning session','2026-02-20 10:00:00.000000',90,'Europe/Amsterdam','video','https://meet.example.com/blauwe-641','Review last month''s work and agree priorities.','Mentioned a friend who needs a logo: possible referral.','Files signed off for print.',3,60,NULL);
INSERT INTO meeting VALUES('2026-03-22 08:30:00.000000','2026-03-22 08:30:00.000000',3,3,1,NULL,'Design review','2026-03-25 08:30:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/blauwe-393','Walk through the new proofs; collect feedback.','Asked for a cost estimate for an extra run.','Budget agreed; sending the quote.',3,61,NULL);
INSERT INTO meeting VALUES('2026-04-11 09:00:00.000000','2026-04-11 09:00:00.000000',3,3,1,NULL,'Quarterly review','2026-04-23 09:00:00.000000',30,'Europe/Amsterdam','call','+31 10 159 5641','Walk through the new proofs; collect feedback.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',3,62,NULL);
INSERT INTO meeting VALUES('2026-05-13 13:30:00.000000','2026-05-13 13:30:00.000000',3,3,1,NULL,'Quarterly review','2026-05-24 13:30:00.000000',60,'Europe/Amsterdam','call','+31 10 159 5641','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Files signed off for print.',3,63,NULL);
INSERT INTO meeting VALUES('2026-06-09 08:00:00.000000','2026-06-09 08:00:00.000000',3,3,1,NULL,'Progress call','2026-06-20 08:00:00.000000',45,'Europe/Amsterdam','call','+31 10 159 5641','Paper stock and print schedule.','Asked for a cost estimate for an extra run.','Approved with small changes.',3,64,NULL);
INSERT INTO meeting VALUES('2026-07-09 13:30:00.000000','2026-07-09 13:30:00.000000',3,3,1,NULL,'Quarterly review','2026-07-16 13:30:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/blauwe-496','Feedback on first concepts.','Mentioned a friend who needs a logo: possible referral.','Budget agreed; sending the quote.',3,65,NULL);
INSERT INTO meeting VALUES('2026-08-05 09:30:00.000000','2026-08-05 09:30:00.000000',3,3,1,NULL,'Quarterly review','2026-08-18 09:30:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/blauwe-973','Walk through the new proofs; collect feedback.','Asked for a cost estimate for an extra run.','On hold until their board meets.',3,66,NULL);
INSERT INTO meeting VALUES('2026-09-07 09:00:00.000000','2026-09-07 09:00:00.000000',3,3,1,NULL,'Design review','2026-09-15 09:00:00.000000',45,'Europe/Amsterdam','call','+31 10 159 5641','Budget and timeline check.','Printer needs files a week earlier than planned.','Approved with small changes.',3,67,NULL);
INSERT INTO meeting VALUES('2026-10-08 09:00:00.000000','2026-10-08 09:00:00.000000',3,3,1,NULL,'Design review','2026-10-15 09:00:00.000000',60,'Europe/Amsterdam','call','+31 10 159 5641','Paper stock and print schedule.','Some frustration with turnaround last month; agreed a schedule.','Agreed to review the scope at renewal.',3,68,NULL);
INSERT INTO meeting VALUES('2026-11-04 13:00:00.000000','2026-11-04 13:00:00.000000',3,3,1,NULL,'Planning session','2026-11-15 13:00:00.000000',60,'Europe/Amsterdam','call','+31 10 159 5641','Plan next quarter''s campaigns and print dates.','Printer needs files a week earlier than planned.','Agreed to review the scope at renewal.',3,69,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,'Quarterly review','2026-12-11 08:30:00.000000',60,'Europe/Amsterdam','video','https://meet.example.com/blauwe-151','Budget and timeline check.','','',3,70,NULL);
INSERT INTO meeting VALUES('2026-09-18 09:30:00.000000','2026-09-18 09:30:00.000000',1,1,1,NULL,'Planning session','2026-09-22 09:30:00.000000',60,'Europe/Oslo','video','https://meet.example.com/fjordlight-546','Feedback on first concepts.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',1,71,NULL);
INSERT INTO meeting VALUES('2026-10-08 13:30:00.000000','2026-10-08 13:30:00.000000',1,1,1,NULL,'Proof review','2026-10-21 13:30:00.000000',45,'Europe/Oslo','call','+47 55 40 64 30','Paper stock and print schedule.','Mentioned a friend who needs a logo: possible referral.','On hold until their board meets.',1,72,NULL);
INSERT INTO meeting VALUES('2026-11-15 14:30:00.000000','2026-11-15 14:30:00.000000',1,1,1,NULL,'Quarterly review','2026-11-20 14:30:00.000000',60,'Europe/Oslo','call','+47 55 40 64 30','Budget and timeline check.','Happy with the direction; wants a bolder colour for the headline.','Files signed off for print.',1,73,NULL);
INSERT INTO meeting VALUES('2026-06-13 08:30:00.000000','2026-06-13 08:30:00.000000',3,3,1,NULL,'Monthly check-in','2026-06-23 08:30:00.000000',90,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Paper stock and print schedule.','Mentioned a friend who needs a logo: possible referral.','On hold until their board meets.',3,74,NULL);
INSERT INTO meeting VALUES('2026-08-18 09:00:00.000000','2026-08-18 09:00:00.000000',3,3,1,NULL,'Planning session','2026-08-22 09:00:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Budget and timeline check.','Some frustration with turnaround last month; agreed a schedule.','On hold until their board meets.',3,75,NULL);
INSERT INTO meeting VALUES('2026-10-03 14:30:00.000000','2026-10-03 14:30:00.000000',2,2,1,NULL,'Design review','2026-10-17 14:30:00.000000',90,'Europe/London','video','https://meet.example.com/oakember-714','Budget and timeline check.','Mentioned a friend who needs a logo: possible referral.','Approved with small changes.',3,76,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,'Progress call','2026-12-12 11:30:00.000000',45,'Europe/London','call','+44 20 7946 0940','Feedback on first concepts.','','',3,77,NULL);
INSERT INTO meeting VALUES('2025-12-14 13:00:00.000000','2025-12-14 13:00:00.000000',1,1,1,NULL,'Progress call','2025-12-28 13:00:00.000000',90,'Europe/Berlin','video','https://meet.example.com/sommer-172','Paper stock and print schedule.','New marketing lead joins next month; loop her in.','Second round of concepts due next week.',1,78,NULL);
INSERT INTO meeting VALUES('2026-01-11 09:00:00.000000','2026-01-11 09:00:00.000000',1,1,1,NULL,'Proof review','2026-01-25 09:00:00.000000',60,'Europe/Berlin','call','+49 40 787 7955','Walk through the new proofs; collect feedback.','New marketing lead joins next month; loop her in.','Files signed off for print.',1,79,NULL);
INSERT INTO meeting VALUES('2026-02-21 10:00:00.000000','2026-02-21 10:00:00.000000',1,1,1,NULL,'Proof review','2026-02-23 10:00:00.000000',30,'Europe/Berlin','call','+49 40 787 7955','Feedback on first concepts.','Printer needs files a week earlier than planned.','Files signed off for print.',1,80,NULL);
INSERT INTO meeting VALUES('2026-03-14 10:00:00.000000','2026-03-14 10:00:00.000000',1,1,1,NULL,'Quarterly review','2026-03-22 10:00:00.000000',60,'Europe/Berlin','video','https://meet.example.com/sommer-421','Budget and timeline check.','Some frustration with turnaround last month; agreed a schedule.','Agreed to review the scope at renewal.',1,81,NULL);
INSERT INTO meeting VALUES('2026-04-07 09:00:00.000000','2026-04-07 09:00:00.000000',1,1,1,NULL,'Quarterly review','2026-04-17 09:00:00.000000',60,'Europe/Berlin','video','https://meet.example.com/sommer-103','Plan next quarter''s campaigns and print dates.','New marketing lead joins next month; loop her in.','Files signed off for print.',1,82,NULL);
INSERT INTO meeting VALUES('2026-05-05 09:30:00.000000','2026-05-05 09:30:00.000000',1,1,1,NULL,'Progress call','2026-05-17 09:30:00.000000',90,'Europe/Berlin','video','https://meet.example.com/sommer-649','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Approved with small changes.',1,83,NULL);
INSERT INTO meeting VALUES('2026-06-08 08:00:00.000000','2026-06-08 08:00:00.000000',1,1,1,NULL,'Progress call','2026-06-19 08:00:00.000000',45,'Europe/Berlin','video','https://meet.example.com/sommer-379','Paper stock and print schedule.','Some frustration with turnaround last month; agreed a schedule.','Second round of concepts due next week.',1,84,NULL);
INSERT INTO meeting VALUES('2026-07-19 12:00:00.000000','2026-07-19 12:00:00.000000',1,1,1,NULL,'Progress call','2026-07-22 12:00:00.000000',45,'Europe/Berlin','video','https://meet.example.com/sommer-925','Plan next quarter''s campaigns and print dates.','Asked for a cost estimate for an extra run.','Approved with small changes.',1,85,NULL);
INSERT INTO meeting VALUES('2026-08-19 08:00:00.000000','2026-08-19 08:00:00.000000',1,1,1,NULL,'Proof review','2026-08-25 08:00:00.000000',45,'Europe/Berlin','video','https://meet.example.com/sommer-269','Plan next quarter''s campaigns and print dates.','Some frustration with turnaround last month; agreed a schedule.','Second round of concepts due next week.',1,86,NULL);
INSERT INTO meeting VALUES('2026-09-14 13:30:00.000000','2026-09-14 13:30:00.000000',1,1,1,NULL,'Progress call','2026-09-22 13:30:00.000000',45,'Europe/Berlin','call','+49 40 787 7955','Review last month''s work and agree priorities.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',1,87,NULL);
INSERT INTO meeting VALUES('2026-10-16 09:30:00.000000','2026-10-16 09:30:00.000000',1,1,1,NULL,'Progress call','2026-10-21 09:30:00.000000',90,'Europe/Berlin','video','https://meet.example.com/sommer-722','Feedback on first concepts.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',1,88,NULL);
INSERT INTO meeting VALUES('2026-11-12 09:00:00.000000','2026-11-12 09:00:00.000000',3,3,1,NULL,'Planning session','2026-11-22 09:00:00.000000',60,'Europe/Berlin','video','https://meet.example.com/sommer-649','Walk through the new proofs; collect feedback.','','',1,89,NULL);
INSERT INTO meeting VALUES('2026-07-14 14:30:00.000000','2026-07-14 14:30:00.000000',2,2,1,NULL,'Design review','2026-07-27 14:30:00.000000',30,'America/Chicago','video','https://meet.example.com/copperline-236','Budget and timeline check.','Printer needs files a week earlier than planned.','Files signed off for print.',2,90,NULL);
INSERT INTO meeting VALUES('2026-08-07 16:00:00.000000','2026-08-07 16:00:00.000000',2,2,1,NULL,'Progress call','2026-08-09 16:00:00.000000',30,'America/Chicago','video','https://meet.example.com/copperline-654','Plan next quarter''s campaigns and print dates.','New marketing lead joins next month; loop her in.','Agreed to review the scope at renewal.',2,91,NULL);
INSERT INTO meeting VALUES('2026-08-13 15:00:00.000000','2026-08-13 15:00:00.000000',2,2,1,NULL,'Proof review','2026-08-26 15:00:00.000000',30,'America/Chicago','video','https://meet.example.com/copperline-316','Plan next quarter''s campaigns and print dates.','Printer needs files a week earlier than planned.','Files signed off for print.',2,92,NULL);
INSERT INTO meeting VALUES('2026-08-25 16:00:00.000000','2026-08-25 16:00:00.000000',2,2,1,NULL,'Design review','2026-09-08 16:00:00.000000',90,'America/Chicago','video','https://meet.example.com/copperline-169','Budget and timeline check.','Printer needs files a week earlier than planned.','Files signed off for print.',2,93,NULL);
INSERT INTO meeting VALUES('2026-09-20 16:00:00.000000','2026-09-20 16:00:00.000000',1,1,1,NULL,'Planning session','2026-09-23 16:00:00.000000',45,'America/Chicago','video','https://meet.example.com/copperline-998','Budget and timeline check.','New marketing lead joins next month; loop her in.','Agreed to review the scope at renewal.',2,94,NULL);
INSERT INTO meeting VALUES('2026-09-28 16:00:00.000000','2026-09-28 16:00:00.000000',2,2,1,NULL,'Progress call','2026-10-09 16:00:00.000000',90,'America/Chicago','call','+1 512 555 0175','Plan next quarter''s campaigns and print dates.','Happy with the direction; wants a bolder colour for the headline.','Files signed off for print.',2,95,NULL);
INSERT INTO meeting VALUES('2026-10-10 15:00:00.000000','2026-10-10 15:00:00.000000',2,2,1,NULL,'Proof review','2026-10-21 15:00:00.000000',60,'America/Chicago','call','+1 512 555 0175','Paper stock and print schedule.','New marketing lead joins next month; loop her in.','Approved with small changes.',2,96,NULL);
INSERT INTO meeting VALUES('2026-10-30 16:00:00.000000','2026-10-30 16:00:00.000000',1,1,1,NULL,'Planning session','2026-11-01 17:00:00.000000',60,'America/Chicago','video','https://meet.example.com/copperline-905','Review last month''s work and agree priorities.','Asked for a cost estimate for an extra run.','Approved with small changes.',2,97,NULL);
INSERT INTO meeting VALUES('2026-11-03 16:00:00.000000','2026-11-03 16:00:00.000000',2,2,1,NULL,'Design review','2026-11-16 16:00:00.000000',60,'America/Chicago','call','+1 512 555 0175','Walk through the new proofs; collect feedback.','Mentioned a friend who needs a logo: possible referral.','On hold until their board meets.',2,98,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,'Quarterly review','2026-11-27 17:00:00.000000',90,'America/Chicago','video','https://meet.example.com/copperline-278','Review last month''s work and agree priorities.','','',2,99,NULL);
INSERT INTO meeting VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,'Proof review','2026-12-10 15:30:00.000000',90,'America/Chicago','video','https://meet.example.com/copperline-491','Walk through the new proofs; collect feedback.','','',2,100,NULL);
INSERT INTO meeting VALUES('2025-11-18 11:30:00.000000','2025-11-18 11:30:00.000000',3,3,1,NULL,'Planning session','2025-11-22 11:30:00.000000',45,'Europe/London','call','+44 20 7946 0588','Review last month''s work and agree priorities.','Happy with the direction; wants a bolder colour for the headline.','Agreed to review the scope at renewal.',3,101,NULL);
INSERT INTO meeting VALUES('2026-02-14 11:30:00.000000','2026-02-14 11:30:00.000000',3,3,1,NULL,'Quarterly review','2026-02-21 11:30:00.000000',60,'Europe/London','call','+44 20 7946 0588','Walk through the new proofs; collect feedback.','Some frustration with turnaround last month; agreed a schedule.','Second round of concepts due next week.',3,102,NULL);
INSERT INTO meeting VALUES('2026-05-13 14:30:00.000000','2026-05-13 14:30:00.000000',3,3,1,NULL,'Proof review','2026-05-19 14:30:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Budget and timeline check.','Some frustration with turnaround last month; agreed a schedule.','Files signed off for print.',3,103,NULL);
INSERT INTO meeting VALUES('2026-08-01 08:30:00.000000','2026-08-01 08:30:00.000000',3,3,1,NULL,'Monthly check-in','2026-08-15 08:30:00.000000',90,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Feedback on first concepts.','Mentioned a friend who needs a logo: possible referral.','Files signed off for print.',3,104,NULL);
INSERT INTO meeting VALUES('2026-05-19 14:30:00.000000','2026-05-19 14:30:00.000000',1,1,1,NULL,'Proof review','2026-05-29 14:30:00.000000',90,'Europe/London','video','https://meet.example.com/priya-138','Budget and timeline check.','Mentioned a friend who needs a logo: possible referral.','Approved with small changes.',1,105,NULL);
INSERT INTO meeting VALUES('2026-06-26 08:30:00.000000','2026-06-26 08:30:00.000000',1,1,1,NULL,'Proof review','2026-06-28 08:30:00.000000',60,'Europe/London','in_person','At Priya Raman','Budget and timeline check.','Mentioned a friend who needs a logo: possible referral.','Approved with small changes.',1,106,NULL);
INSERT INTO meeting VALUES('2026-07-24 10:00:00.000000','2026-07-24 10:00:00.000000',1,1,1,NULL,'Design review','2026-07-26 10:00:00.000000',45,'Europe/London','video','https://meet.example.com/priya-222','Feedback on first concepts.','Asked for a cost estimate for an extra run.','Files signed off for print.',1,107,NULL);
INSERT INTO meeting VALUES('2026-08-22 08:30:00.000000','2026-08-22 08:30:00.000000',1,1,1,NULL,'Proof review','2026-08-27 08:30:00.000000',45,'Europe/London','in_person','At Priya Raman','Feedback on first concepts.','Some frustration with turnaround last month; agreed a schedule.','On hold until their board meets.',1,108,NULL);
INSERT INTO meeting VALUES('2026-09-15 14:30:00.000000','2026-09-15 14:30:00.000000',1,1,1,NULL,'Planning session','2026-09-25 14:30:00.000000',90,'Europe/London','video','https://meet.example.com/priya-891','Paper stock and print schedule.','New marketing lead joins next month; loop her in.','Second round of concepts due next week.',1,109,NULL);
INSERT INTO meeting VALUES('2026-10-18 09:00:00.000000','2026-10-18 09:00:00.000000',1,1,1,NULL,'Monthly check-in','2026-10-27 10:00:00.000000',60,'Europe/London','video','https://meet.example.com/priya-969','Review last month''s work and agree priorities.','New marketing lead joins next month; loop her in.','Second round of concepts due next week.',1,110,NULL);
INSERT INTO meeting VALUES('2026-11-17 11:30:00.000000','2026-11-17 11:30:00.000000',2,2,1,NULL,'Monthly check-in','2026-11-22 11:30:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Feedback on first concepts.','','',1,111,NULL);
INSERT INTO meeting VALUES('2026-08-24 10:00:00.000000','2026-08-24 10:00:00.000000',2,2,1,NULL,'Planning session','2026-09-01 10:00:00.000000',45,'Europe/London','video','https://meet.example.com/brightfield-561','Budget and timeline check.','Mentioned a friend who needs a logo: possible referral.','Second round of concepts due next week.',2,112,NULL);
INSERT INTO meeting VALUES('2026-10-18 10:00:00.000000','2026-10-18 10:00:00.000000',2,2,1,NULL,'Monthly check-in','2026-10-28 11:00:00.000000',60,'Europe/London','call','+44 20 7946 0240','Budget and timeline check.','Asked for a cost estimate for an extra run.','Second round of concepts due next week.',2,113,NULL);
INSERT INTO meeting VALUES('2026-10-30 15:30:00.000000','2026-10-30 15:30:00.000000',2,2,1,NULL,'Discovery call','2026-11-08 15:30:00.000000',30,'Europe/London','video','https://meet.example.com/marlow-703','Needs, budget and timeline.','Mentioned a friend who needs a logo: possible referral.','Interested; sending examples.',2,114,NULL);
INSERT INTO meeting VALUES('2026-10-25 11:30:00.000000','2026-10-25 11:30:00.000000',1,1,1,NULL,'Discovery call','2026-11-05 11:30:00.000000',60,'Europe/London','video','https://meet.example.com/quillon-257','Needs, budget and timeline.','New marketing lead joins next month; loop her in.','Interested; sending examples.',1,115,NULL);
INSERT INTO meeting VALUES('2026-10-07 10:30:00.000000','2026-10-07 10:30:00.000000',1,1,1,NULL,'Discovery call','2026-10-20 10:30:00.000000',60,'Europe/London','video','https://meet.example.com/pemberton-624','Needs, budget and timeline.','Some frustration with turnaround last month; agreed a schedule.','Interested; sending examples.',2,116,NULL);
INSERT INTO meeting VALUES('2026-10-14 14:30:00.000000','2026-10-14 14:30:00.000000',2,2,1,NULL,'Discovery call','2026-10-20 14:30:00.000000',45,'Europe/London','video','https://meet.example.com/owen-298','Needs, budget and timeline.','Asked for a cost estimate for an extra run.','Interested; sending examples.',2,117,NULL);
INSERT INTO meeting VALUES('2026-11-18 11:30:00.000000','2026-11-18 11:30:00.000000',1,1,1,NULL,'Discovery call','2026-11-20 11:30:00.000000',60,'Europe/London','video','https://meet.example.com/elena-416','Needs, budget and timeline.','Some frustration with turnaround last month; agreed a schedule.','Interested; sending examples.',1,118,NULL);
INSERT INTO meeting VALUES('2026-10-21 08:30:00.000000','2026-10-21 08:30:00.000000',2,2,1,NULL,'Discovery call','2026-10-28 09:30:00.000000',30,'Europe/London','video','https://meet.example.com/kwame-161','Needs, budget and timeline.','Asked for a cost estimate for an extra run.','Interested; sending examples.',2,119,NULL);
INSERT INTO meeting VALUES('2026-11-10 10:30:00.000000','2026-11-10 10:30:00.000000',1,1,1,NULL,'Packaging proofs review','2026-11-22 10:30:00.000000',45,'Europe/London','video','https://meet.example.com/northwind-287','Walk through the winter pouch proofs.','','',1,120,NULL);
INSERT INTO meeting VALUES('2026-11-19 14:00:00.000000','2026-11-19 14:00:00.000000',1,1,1,NULL,'Autumn list covers: first round','2026-11-22 14:00:00.000000',60,'Europe/London','video','https://meet.example.com/sommer-787','Six cover concepts; agree two to develop.','','',1,121,NULL);
INSERT INTO meeting VALUES('2026-11-21 09:30:00.000000','2026-11-21 09:30:00.000000',3,3,1,NULL,'Spring menu photos','2026-11-23 09:30:00.000000',30,'Europe/London','in_person','Studio 3, 41 Gloucester Road, Bristol','Shot list for the spring menu.','','',3,122,NULL);
INSERT INTO meeting VALUES('2026-11-16 10:00:00.000000','2026-11-16 10:00:00.000000',2,2,1,NULL,'Care plan review','2026-11-29 10:00:00.000000',60,'Europe/London','video','https://meet.example.com/halden-521','Last quarter''s updates, analytics, renewal terms.','','',2,123,NULL);
INSERT INTO meeting VALUES('2026-11-14 11:00:00.000000','2026-11-14 11:00:00.000000',2,2,1,NULL,'Website proposal walkthrough','2026-11-24 11:00:00.000000',90,'Europe/London','in_person','At Marlow Dental Group','Sitemap, budget, timeline, sign-off.','','',2,124,NULL);
INSERT INTO meeting VALUES('2026-11-17 16:00:00.000000','2026-11-17 16:00:00.000000',1,1,1,NULL,'Intro call','2026-11-26 16:00:00.000000',30,'Europe/London','call','+44 7700 900950','What the event needs; budget range; dates.','','',2,125,NULL);
CREATE TABLE product (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	name VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	unit_price_minor BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	active BOOLEAN NOT NULL, 
	id INTEGER NOT NULL, 
	sku VARCHAR(60), 
	CONSTRAINT pk_product PRIMARY KEY (id), 
	CONSTRAINT fk_product_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_product_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id), 
	CONSTRAINT uq_product_sku UNIQUE (sku)
);
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Risograph print run, A3 x50','Two-colour riso, 120gsm.',18000,'GBP',1,1,'RISO-A3-50');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Business cards x250','Uncoated 400gsm, two sides.',4500,'GBP',1,2,'CARD-250');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Giclee art print, A2','Studio print on cotton rag paper.',6500,'GBP',1,3,'PRINT-A2');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Giclee art print, A4','Studio print on cotton rag paper.',2500,'GBP',1,4,'PRINT-A4');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Social media template pack','40 editable templates.',3900,'GBP',1,5,'TPL-SOCIAL');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Pitch deck template','Keynote, PowerPoint and Figma.',4900,'GBP',1,6,'TPL-DECK');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Brand basics workshop (half day)','Small-group workshop.',35000,'GBP',1,7,'WS-BRAND');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Studio zine, single issue','Risograph zine, 24 pages.',800,'GBP',1,8,'ZINE');
INSERT INTO product VALUES('2025-09-28 08:00:00.000000','2025-09-28 08:00:00.000000',3,3,1,NULL,'Wall calendar (last year''s edition)','Sold out.',1800,'GBP',0,9,'CAL-WALL');
CREATE TABLE contact_email (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	address VARCHAR(254) NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_contact_email PRIMARY KEY (id), 
	CONSTRAINT fk_contact_email_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE CASCADE, 
	CONSTRAINT uq_contact_email_contact_id UNIQUE (contact_id, address)
);
INSERT INTO contact_email VALUES(1,1,'hello@northwindcoffee.co.uk','',0);
INSERT INTO contact_email VALUES(2,2,'joanna@northwindcoffee.co.uk','',0);
INSERT INTO contact_email VALUES(3,3,'sam@northwindcoffee.co.uk','',0);
INSERT INTO contact_email VALUES(4,4,'hello@haldenvos.nl','',0);
INSERT INTO contact_email VALUES(5,5,'pieter@haldenvos.nl','',0);
INSERT INTO contact_email VALUES(6,6,'anouk@haldenvos.nl','',0);
INSERT INTO contact_email VALUES(7,7,'hello@kestrelbooks.co.uk','',0);
INSERT INTO contact_email VALUES(8,8,'fiona@kestrelbooks.co.uk','',0);
INSERT INTO contact_email VALUES(9,9,'callum@kestrelbooks.co.uk','',0);
INSERT INTO contact_email VALUES(10,10,'hello@atelier-lumen.fr','',0);
INSERT INTO contact_email VALUES(11,11,'claire@atelier-lumen.fr','',0);
INSERT INTO contact_email VALUES(12,12,'hello@greenwaycycles.co.uk','',0);
INSERT INTO contact_email VALUES(13,13,'dev@greenwaycycles.co.uk','',0);
INSERT INTO contact_email VALUES(14,14,'hello@blauwehaven.nl','',0);
INSERT INTO contact_email VALUES(15,15,'maarten@blauwehaven.nl','',0);
INSERT INTO contact_email VALUES(16,16,'eva@blauwehaven.nl','',0);
INSERT INTO contact_email VALUES(17,17,'hello@marlowdental.co.uk','',0);
INSERT INTO contact_email VALUES(18,18,'helen@marlowdental.co.uk','',0);
INSERT INTO contact_email VALUES(19,19,'hello@fjordlight.no','',0);
INSERT INTO contact_email VALUES(20,20,'ingrid@fjordlight.no','',0);
INSERT INTO contact_email VALUES(21,21,'lars@fjordlight.no','',0);
INSERT INTO contact_email VALUES(22,22,'hello@oakandember.co.uk','',0);
INSERT INTO contact_email VALUES(23,23,'rosie@oakandember.co.uk','',0);
INSERT INTO contact_email VALUES(24,24,'hello@sommer-verlag.de','',0);
INSERT INTO contact_email VALUES(25,25,'jonas@sommer-verlag.de','',0);
INSERT INTO contact_email VALUES(26,26,'katrin@sommer-verlag.de','',0);
INSERT INTO contact_email VALUES(27,27,'hello@copperline.io','',0);
INSERT INTO contact_email VALUES(28,28,'megan@copperline.io','',0);
INSERT INTO contact_email VALUES(29,29,'chris@copperline.io','',0);
INSERT INTO contact_email VALUES(30,30,'hello@quillonlaw.co.uk','',0);
INSERT INTO contact_email VALUES(31,31,'aisha@quillonlaw.co.uk','',0);
INSERT INTO contact_email VALUES(32,32,'hello@tidewatersailing.co.uk','',0);
INSERT INTO contact_email VALUES(33,33,'ben@tidewatersailing.co.uk','',0);
INSERT INTO contact_email VALUES(34,34,'hello@brightfieldtrust.org.uk','',0);
INSERT INTO contact_email VALUES(35,35,'gareth@brightfieldtrust.org.uk','',0);
INSERT INTO contact_email VALUES(36,36,'hello@harbouryoga.co.uk','',0);
INSERT INTO contact_email VALUES(37,37,'nadia@harbouryoga.co.uk','',0);
INSERT INTO contact_email VALUES(38,38,'hello@pembertonestates.co.uk','',0);
INSERT INTO contact_email VALUES(39,39,'oliver@pembertonestates.co.uk','',0);
INSERT INTO contact_email VALUES(40,40,'priya.raman@example.org','',0);
INSERT INTO contact_email VALUES(41,41,'hannah.cole@example.org','',0);
INSERT INTO contact_email VALUES(42,42,'marco.bellini@example.org','',0);
INSERT INTO contact_email VALUES(43,43,'james.whitaker@example.com','',0);
INSERT INTO contact_email VALUES(44,44,'sophie.laurent@example.com','',0);
INSERT INTO contact_email VALUES(45,45,'zoe.marshall@example.org','',0);
INSERT INTO contact_email VALUES(46,46,'tomasz.nowak@example.org','',0);
INSERT INTO contact_email VALUES(47,47,'grace.adeyemi@example.com','',0);
INSERT INTO contact_email VALUES(48,48,'lukas.weber@example.org','',0);
INSERT INTO contact_email VALUES(49,49,'ellie.hughes@example.net','',0);
INSERT INTO contact_email VALUES(50,50,'daniel.kerr@example.com','',0);
INSERT INTO contact_email VALUES(51,51,'amira.haddad@example.com','',0);
INSERT INTO contact_email VALUES(52,52,'finn.obrien@example.org','',0);
INSERT INTO contact_email VALUES(53,53,'chloe.martin@example.net','',0);
INSERT INTO contact_email VALUES(54,54,'rafael.costa@example.net','',0);
INSERT INTO contact_email VALUES(55,55,'isla.grant@example.com','',0);
INSERT INTO contact_email VALUES(56,56,'ruth.abernethy@example.com','',0);
INSERT INTO contact_email VALUES(57,57,'maja.lindqvist@example.org','',0);
INSERT INTO contact_email VALUES(58,58,'owen.price@example.net','',0);
INSERT INTO contact_email VALUES(59,59,'elena.popescu@example.net','',0);
INSERT INTO contact_email VALUES(60,60,'kwame.mensah@example.com','',0);
CREATE TABLE contact_phone (
	id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	digits VARCHAR(40) NOT NULL, 
	label VARCHAR(40) NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_contact_phone PRIMARY KEY (id), 
	CONSTRAINT fk_contact_phone_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE CASCADE
);
INSERT INTO contact_phone VALUES(1,1,'+44 20 7946 0542','442079460542','',0);
INSERT INTO contact_phone VALUES(2,2,'+44 7700 900491','447700900491','',0);
INSERT INTO contact_phone VALUES(3,3,'+44 7700 900121','447700900121','',0);
INSERT INTO contact_phone VALUES(4,4,'+31 10 663 7956','31106637956','',0);
INSERT INTO contact_phone VALUES(5,5,'+31 6 9454 6338','31694546338','',0);
INSERT INTO contact_phone VALUES(6,6,'+31 6 8651 6750','31686516750','',0);
INSERT INTO contact_phone VALUES(7,7,'+44 20 7946 0538','442079460538','',0);
INSERT INTO contact_phone VALUES(8,8,'+44 7700 900355','447700900355','',0);
INSERT INTO contact_phone VALUES(9,9,'+44 7700 900214','447700900214','',0);
INSERT INTO contact_phone VALUES(10,10,'+33 4 97 49 92 13','33497499213','',0);
INSERT INTO contact_phone VALUES(11,11,'+33 6 14 32 79 62','33614327962','',0);
INSERT INTO contact_phone VALUES(12,12,'+44 20 7946 0751','442079460751','',0);
INSERT INTO contact_phone VALUES(13,13,'+44 7700 900323','447700900323','',0);
INSERT INTO contact_phone VALUES(14,14,'+31 10 159 5641','31101595641','',0);
INSERT INTO contact_phone VALUES(15,15,'+31 6 4436 8214','31644368214','',0);
INSERT INTO contact_phone VALUES(16,16,'+31 6 3670 3015','31636703015','',0);
INSERT INTO contact_phone VALUES(17,17,'+44 20 7946 0387','442079460387','',0);
INSERT INTO contact_phone VALUES(18,18,'+44 7700 900981','447700900981','',0);
INSERT INTO contact_phone VALUES(19,19,'+47 55 40 64 30','4755406430','',0);
INSERT INTO contact_phone VALUES(20,20,'+47 946 02 910','4794602910','',0);
INSERT INTO contact_phone VALUES(21,21,'+47 957 55 453','4795755453','',0);
INSERT INTO contact_phone VALUES(22,22,'+44 20 7946 0940','442079460940','',0);
INSERT INTO contact_phone VALUES(23,23,'+44 7700 900366','447700900366','',0);
INSERT INTO contact_phone VALUES(24,24,'+49 40 787 7955','49407877955','',0);
INSERT INTO contact_phone VALUES(25,25,'+49 151 9110 2086','4915191102086','',0);
INSERT INTO contact_phone VALUES(26,26,'+49 151 8441 2017','4915184412017','',0);
INSERT INTO contact_phone VALUES(27,27,'+1 512 555 0175','15125550175','',0);
INSERT INTO contact_phone VALUES(28,28,'+1 512 555 0141','15125550141','',0);
INSERT INTO contact_phone VALUES(29,29,'+1 512 555 0185','15125550185','',0);
INSERT INTO contact_phone VALUES(30,30,'+44 20 7946 0757','442079460757','',0);
INSERT INTO contact_phone VALUES(31,31,'+44 7700 900053','447700900053','',0);
INSERT INTO contact_phone VALUES(32,32,'+44 20 7946 0588','442079460588','',0);
INSERT INTO contact_phone VALUES(33,33,'+44 7700 900375','447700900375','',0);
INSERT INTO contact_phone VALUES(34,34,'+44 20 7946 0240','442079460240','',0);
INSERT INTO contact_phone VALUES(35,35,'+44 7700 900970','447700900970','',0);
INSERT INTO contact_phone VALUES(36,36,'+44 20 7946 0343','442079460343','',0);
INSERT INTO contact_phone VALUES(37,37,'+44 7700 900871','447700900871','',0);
INSERT INTO contact_phone VALUES(38,38,'+44 20 7946 0645','442079460645','',0);
INSERT INTO contact_phone VALUES(39,39,'+44 7700 900285','447700900285','',0);
INSERT INTO contact_phone VALUES(40,40,'+44 7700 900423','447700900423','',0);
INSERT INTO contact_phone VALUES(41,41,'+44 7700 900837','447700900837','',0);
INSERT INTO contact_phone VALUES(42,42,'+39 363 202 6874','393632026874','',0);
INSERT INTO contact_phone VALUES(43,43,'+44 7700 900790','447700900790','',0);
INSERT INTO contact_phone VALUES(44,44,'+33 6 86 05 06 60','33686050660','',0);
INSERT INTO contact_phone VALUES(45,45,'+44 7700 900305','447700900305','',0);
INSERT INTO contact_phone VALUES(46,46,'+49 151 0374 0609','4915103740609','',0);
INSERT INTO contact_phone VALUES(47,47,'+44 7700 900610','447700900610','',0);
INSERT INTO contact_phone VALUES(48,48,'+49 151 4614 4198','4915146144198','',0);
INSERT INTO contact_phone VALUES(49,49,'+44 7700 900255','447700900255','',0);
INSERT INTO contact_phone VALUES(50,50,'+44 7700 900506','447700900506','',0);
INSERT INTO contact_phone VALUES(51,51,'+44 7700 900885','447700900885','',0);
INSERT INTO contact_phone VALUES(52,52,'+353 87 168 8053','353871688053','',0);
INSERT INTO contact_phone VALUES(53,53,'+44 7700 900305','447700900305','',0);
INSERT INTO contact_phone VALUES(54,54,'+351 915 947 449','351915947449','',0);
INSERT INTO contact_phone VALUES(55,55,'+44 7700 900778','447700900778','',0);
INSERT INTO contact_phone VALUES(56,56,'+44 7700 900243','447700900243','',0);
INSERT INTO contact_phone VALUES(57,57,'+46 70 767 55 43','46707675543','',0);
INSERT INTO contact_phone VALUES(58,58,'+44 7700 900712','447700900712','',0);
INSERT INTO contact_phone VALUES(59,59,'+40 745 422 608','40745422608','',0);
INSERT INTO contact_phone VALUES(60,60,'+44 7700 900950','447700900950','',0);
CREATE TABLE contact_tag (
	contact_id INTEGER NOT NULL, 
	tag VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_contact_tag PRIMARY KEY (contact_id, tag), 
	CONSTRAINT fk_contact_tag_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE CASCADE
);
INSERT INTO contact_tag VALUES(1,'retainer');
INSERT INTO contact_tag VALUES(1,'vip');
INSERT INTO contact_tag VALUES(1,'packaging');
INSERT INTO contact_tag VALUES(1,'print');
INSERT INTO contact_tag VALUES(1,'newsletter');
INSERT INTO contact_tag VALUES(2,'newsletter');
INSERT INTO contact_tag VALUES(4,'retainer');
INSERT INTO contact_tag VALUES(4,'web');
INSERT INTO contact_tag VALUES(6,'newsletter');
INSERT INTO contact_tag VALUES(7,'print');
INSERT INTO contact_tag VALUES(7,'retainer');
INSERT INTO contact_tag VALUES(10,'branding');
INSERT INTO contact_tag VALUES(12,'web');
INSERT INTO contact_tag VALUES(12,'social');
INSERT INTO contact_tag VALUES(13,'newsletter');
INSERT INTO contact_tag VALUES(14,'packaging');
INSERT INTO contact_tag VALUES(14,'print');
INSERT INTO contact_tag VALUES(14,'vip');
INSERT INTO contact_tag VALUES(17,'web');
INSERT INTO contact_tag VALUES(19,'branding');
INSERT INTO contact_tag VALUES(19,'print');
INSERT INTO contact_tag VALUES(20,'newsletter');
INSERT INTO contact_tag VALUES(22,'print');
INSERT INTO contact_tag VALUES(22,'retainer');
INSERT INTO contact_tag VALUES(24,'print');
INSERT INTO contact_tag VALUES(24,'vip');
INSERT INTO contact_tag VALUES(24,'retainer');
INSERT INTO contact_tag VALUES(25,'newsletter');
INSERT INTO contact_tag VALUES(26,'newsletter');
INSERT INTO contact_tag VALUES(27,'web');
INSERT INTO contact_tag VALUES(27,'retainer');
INSERT INTO contact_tag VALUES(30,'branding');
INSERT INTO contact_tag VALUES(32,'print');
INSERT INTO contact_tag VALUES(32,'web');
INSERT INTO contact_tag VALUES(34,'print');
INSERT INTO contact_tag VALUES(34,'newsletter');
INSERT INTO contact_tag VALUES(36,'workshop');
INSERT INTO contact_tag VALUES(36,'newsletter');
INSERT INTO contact_tag VALUES(38,'web');
INSERT INTO contact_tag VALUES(39,'newsletter');
INSERT INTO contact_tag VALUES(40,'retainer');
INSERT INTO contact_tag VALUES(40,'web');
INSERT INTO contact_tag VALUES(40,'workshop');
INSERT INTO contact_tag VALUES(41,'print');
INSERT INTO contact_tag VALUES(41,'vip');
INSERT INTO contact_tag VALUES(41,'newsletter');
INSERT INTO contact_tag VALUES(42,'print');
INSERT INTO contact_tag VALUES(42,'vip');
INSERT INTO contact_tag VALUES(43,'print');
INSERT INTO contact_tag VALUES(43,'workshop');
INSERT INTO contact_tag VALUES(43,'newsletter');
INSERT INTO contact_tag VALUES(44,'print');
INSERT INTO contact_tag VALUES(45,'print');
INSERT INTO contact_tag VALUES(46,'web');
INSERT INTO contact_tag VALUES(46,'newsletter');
INSERT INTO contact_tag VALUES(47,'workshop');
INSERT INTO contact_tag VALUES(48,'print');
INSERT INTO contact_tag VALUES(49,'print');
INSERT INTO contact_tag VALUES(49,'newsletter');
INSERT INTO contact_tag VALUES(50,'print');
INSERT INTO contact_tag VALUES(55,'newsletter');
INSERT INTO contact_tag VALUES(57,'print');
INSERT INTO contact_tag VALUES(58,'newsletter');
INSERT INTO contact_tag VALUES(59,'web');
INSERT INTO contact_tag VALUES(60,'branding');
CREATE TABLE contract (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE, 
	billing_cycle VARCHAR(24) NOT NULL, 
	amount_minor BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	auto_renew BOOLEAN NOT NULL, 
	notice_days INTEGER NOT NULL, 
	review_date DATE, 
	ended_on DATE, 
	summary TEXT NOT NULL, 
	terms_of_service TEXT NOT NULL, 
	deliverables TEXT NOT NULL, 
	consequences TEXT NOT NULL, 
	review_termination_terms TEXT NOT NULL, 
	renews_id INTEGER, 
	owner_id INTEGER, 
	id INTEGER NOT NULL, included_minutes INTEGER, hourly_rate_minor BIGINT, 
	CONSTRAINT pk_contract PRIMARY KEY (id), 
	CONSTRAINT fk_contract_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_contract_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_contract_owner_id_team_member FOREIGN KEY(owner_id) REFERENCES team_member (id), 
	CONSTRAINT fk_contract_renews_id_contract FOREIGN KEY(renews_id) REFERENCES contract (id) ON DELETE SET NULL, 
	CONSTRAINT fk_contract_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO contract VALUES('2025-09-12 10:30:00.000000','2026-09-07 08:30:00.000000',1,1,2,NULL,1,'Brand & packaging retainer','renewed','2025-09-22','2026-09-21','monthly',180000,'GBP',1,30,'2026-08-07','2026-09-21','Ongoing design for packaging, labels and point-of-sale.','Billed monthly in advance at 1,800.00 GBP. Invoices are due within 14 days. Unused hours do not roll over.','Two seasonal packaging ranges a year; monthly social assets; proofs within 5 working days.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice. Renews automatically for the same term unless notice is given.',NULL,1,1,NULL,NULL);
INSERT INTO contract VALUES('2026-09-07 08:30:00.000000','2026-09-07 08:30:00.000000',1,1,1,NULL,1,'Brand & packaging retainer','active','2026-09-22','2027-09-21','monthly',189000,'GBP',1,30,'2026-12-04',NULL,'Ongoing design for packaging, labels and point-of-sale.','Billed monthly in advance at 1,890.00 GBP. Invoices are due within 14 days. Unused hours do not roll over.','Two seasonal packaging ranges a year; monthly social assets; proofs within 5 working days.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice. Renews automatically for the same term unless notice is given.',1,1,2,NULL,NULL);
INSERT INTO contract VALUES('2024-09-12 10:00:00.000000','2025-09-07 08:30:00.000000',2,2,2,NULL,4,'Website care plan','renewed','2024-09-22','2025-09-21','monthly',95000,'EUR',1,30,'2025-08-07','2025-09-21','Hosting oversight, content updates and design tweaks for haldenvos.nl.','Billed monthly in advance at 950.00 EUR. Invoices are due within 14 days. Unused hours do not roll over.','Up to 8 hours of updates a month; monthly analytics report; fixes within 2 working days.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice. Renews automatically for the same term unless notice is given.',NULL,2,3,NULL,NULL);
INSERT INTO contract VALUES('2025-09-07 08:30:00.000000','2026-09-07 08:30:00.000000',2,2,2,NULL,4,'Website care plan','renewed','2025-09-22','2026-09-21','monthly',100000,'EUR',1,30,'2026-08-07','2026-09-21','Hosting oversight, content updates and design tweaks for haldenvos.nl.','Billed monthly in advance at 1,000.00 EUR. Invoices are due within 14 days. Unused hours do not roll over.','Up to 8 hours of updates a month; monthly analytics report; fixes within 2 working days.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice. Renews automatically for the same term unless notice is given.',3,2,4,NULL,NULL);
INSERT INTO contract VALUES('2026-09-07 08:30:00.000000','2026-09-07 08:30:00.000000',2,2,1,NULL,4,'Website care plan','active','2026-09-22','2027-09-21','monthly',105000,'EUR',1,30,'2026-12-12',NULL,'Hosting oversight, content updates and design tweaks for haldenvos.nl.','Billed monthly in advance at 1,050.00 EUR. Invoices are due within 14 days. Unused hours do not roll over.','Up to 8 hours of updates a month; monthly analytics report; fixes within 2 working days.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice. Renews automatically for the same term unless notice is given.',4,2,5,NULL,NULL);
INSERT INTO contract VALUES('2026-02-12 09:30:00.000000','2026-02-12 09:30:00.000000',1,1,1,NULL,7,'Catalogue & cover design','active','2026-02-22','2027-02-21','quarterly',420000,'GBP',0,60,'2027-01-06',NULL,'Seasonal catalogue plus up to six covers a quarter.','Billed quarterly in advance at 4,200.00 GBP. Invoices are due within 30 days.','One 32-page catalogue and six covers per quarter, print-ready files.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 60 days'' written notice.',NULL,1,6,NULL,NULL);
INSERT INTO contract VALUES('2026-03-12 14:00:00.000000','2026-08-21 16:00:00.000000',3,3,2,NULL,10,'Identity refresh','ended','2026-03-22','2026-08-21','one_off',1250000,'EUR',0,0,NULL,'2026-08-21','A refreshed identity for the atelier''s tenth year.','Fixed fee of 12,500.00 EUR: 40% on signature, 60% on delivery. Invoices are due within 14 days.','Logo suite, type and colour system, stationery, brand guidelines PDF.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 0 days'' written notice.',NULL,3,7,NULL,NULL);
INSERT INTO contract VALUES('2026-04-12 10:00:00.000000','2026-10-22 16:00:00.000000',2,2,2,NULL,12,'Social content retainer','terminated','2026-04-22','2027-04-21','monthly',120000,'GBP',0,30,NULL,'2026-10-22','Weekly social posts and monthly campaign graphics.','Billed monthly in advance at 1,200.00 GBP. Invoices are due within 14 days. Unused hours do not roll over.','12 post designs and one campaign set a month.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice.',NULL,2,8,NULL,NULL);
INSERT INTO contract VALUES('2025-03-12 09:30:00.000000','2026-03-07 14:00:00.000000',3,3,2,NULL,14,'Label design framework','renewed','2025-03-22','2026-03-21','yearly',960000,'EUR',1,60,'2026-02-04','2026-03-21','Framework agreement for seasonal beer labels.','Billed yearly at 9,600.00 EUR, in two instalments. Invoices are due within 30 days.','Up to eight new labels a year; die-line checks with the printer.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 60 days'' written notice. Renews automatically for the same term unless notice is given.',NULL,3,9,NULL,NULL);
INSERT INTO contract VALUES('2026-03-07 14:00:00.000000','2026-03-07 14:00:00.000000',3,3,1,NULL,14,'Label design framework','active','2026-03-22','2027-03-21','yearly',1008000,'EUR',1,60,'2026-12-17',NULL,'Framework agreement for seasonal beer labels.','Billed yearly at 10,080.00 EUR, in two instalments. Invoices are due within 30 days.','Up to eight new labels a year; die-line checks with the printer.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 60 days'' written notice. Renews automatically for the same term unless notice is given.',9,3,10,NULL,NULL);
INSERT INTO contract VALUES('2026-11-20 11:00:00.000000','2026-11-20 11:00:00.000000',2,2,1,NULL,17,'Practice website redesign','draft','2026-12-06','2027-03-05','one_off',880000,'GBP',0,14,NULL,NULL,'A new website for the group''s three practices.','Fixed fee of 8,800.00 GBP: 40% on signature, 60% on delivery. Invoices are due within 14 days.','Sitemap, design of 12 templates, build handover, two rounds of changes.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 14 days'' written notice.',NULL,2,11,NULL,NULL);
INSERT INTO contract VALUES('2026-09-12 14:30:00.000000','2026-09-12 14:30:00.000000',1,1,1,NULL,19,'Festival visual identity','active','2026-09-22','2027-04-21','one_off',1500000,'EUR',0,30,'2027-01-01',NULL,'Visual identity and print suite for this year''s festival.','Fixed fee of 15,000.00 EUR: 40% on signature, 60% on delivery. Invoices are due within 14 days.','Identity, poster series, programme booklet, wayfinding signage.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 30 days'' written notice.',NULL,1,12,NULL,NULL);
INSERT INTO contract VALUES('2026-06-12 14:30:00.000000','2026-06-12 14:30:00.000000',3,3,1,NULL,22,'Menu & signage refresh','active','2026-06-22','2027-06-21','quarterly',95000,'GBP',0,30,'2026-11-29',NULL,'Quarterly refresh of menus, chalkboards and window graphics.','Billed quarterly in advance at 950.00 GBP. Invoices are due within 30 days.','Seasonal menu set and window vinyl artwork each quarter.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice.',NULL,3,13,1200,7500);
INSERT INTO contract VALUES('2025-12-12 11:30:00.000000','2025-12-12 11:30:00.000000',1,1,1,NULL,24,'Cover series: spring & autumn lists','active','2025-12-22','2026-12-21','yearly',1800000,'EUR',1,60,'2026-11-25',NULL,'Cover design for both of the year''s lists.','Billed yearly at 18,000.00 EUR, in two instalments. Invoices are due within 30 days.','Up to 20 covers a year, with spine and jacket variants.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 60 days'' written notice. Renews automatically for the same term unless notice is given.',NULL,1,14,NULL,NULL);
INSERT INTO contract VALUES('2026-07-12 10:30:00.000000','2026-07-12 10:30:00.000000',2,2,1,NULL,27,'Product design support','active','2026-07-22','2027-01-21','monthly',350000,'USD',0,30,'2026-12-20',NULL,'Embedded UI design support for the Copperline dashboard.','Billed monthly in advance at 3,500.00 USD. Invoices are due within 14 days. Unused hours do not roll over.','Two design sprints a month; Figma library kept current.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 30 days'' written notice.',NULL,2,15,NULL,11000);
INSERT INTO contract VALUES('2026-11-20 09:30:00.000000','2026-11-20 09:30:00.000000',1,1,1,NULL,30,'Brand guidelines','draft','2026-12-22','2027-02-21','one_off',640000,'GBP',0,14,NULL,NULL,'Brand guidelines for the firm''s new name.','Fixed fee of 6,400.00 GBP: 40% on signature, 60% on delivery. Invoices are due within 14 days.','Guidelines PDF, templates for letters and slides.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 14 days'' written notice.',NULL,1,16,NULL,NULL);
INSERT INTO contract VALUES('2025-08-12 14:30:00.000000','2026-08-21 16:00:00.000000',3,3,2,NULL,32,'Brochure & web retainer','ended','2025-08-22','2026-08-21','quarterly',150000,'GBP',0,30,NULL,'2026-08-21','Season brochure and website updates.','Billed quarterly in advance at 1,500.00 GBP. Invoices are due within 30 days.','Annual brochure; website updates each quarter.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice.',NULL,3,17,NULL,NULL);
INSERT INTO contract VALUES('2026-05-12 14:30:00.000000','2026-05-12 14:30:00.000000',1,1,1,NULL,40,'Personal brand support','active','2026-05-22',NULL,'monthly',40000,'GBP',0,30,'2027-01-21',NULL,'Light monthly design support for a coaching practice.','Billed monthly in advance at 400.00 GBP. Invoices are due within 14 days. Unused hours do not roll over.','Four social graphics and one newsletter header a month.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at the end of the project. Either party may terminate with 30 days'' written notice.',NULL,1,18,NULL,NULL);
INSERT INTO contract VALUES('2026-08-12 09:00:00.000000','2026-08-12 09:00:00.000000',2,2,1,NULL,34,'Annual report & newsletter design','active','2026-08-22','2027-08-21','yearly',320000,'GBP',0,30,'2027-02-05',NULL,'Design of the trust''s annual report and newsletters.','Billed yearly at 3,200.00 GBP, in two instalments. Invoices are due within 30 days.','Annual report (24 pages) and three termly newsletters.','Late payment accrues 2% a month after 30 days. A deliverable more than 10 working days late is credited at 10% of that period''s fee.','Reviewed at each renewal. Either party may terminate with 30 days'' written notice.',NULL,2,19,NULL,NULL);
CREATE TABLE follow_up (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	due_date DATE NOT NULL, 
	due_time TIME, 
	timezone VARCHAR(64) NOT NULL, 
	note VARCHAR(500) NOT NULL, 
	owner_id INTEGER, 
	recurrence VARCHAR(200), 
	id INTEGER NOT NULL, 
	done_at DATETIME, 
	snooze_count INTEGER NOT NULL, 
	previous_id INTEGER, 
	CONSTRAINT pk_follow_up PRIMARY KEY (id), 
	CONSTRAINT fk_follow_up_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_follow_up_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_follow_up_owner_id_team_member FOREIGN KEY(owner_id) REFERENCES team_member (id), 
	CONSTRAINT fk_follow_up_previous_id_follow_up FOREIGN KEY(previous_id) REFERENCES follow_up (id) ON DELETE SET NULL, 
	CONSTRAINT fk_follow_up_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO follow_up VALUES('2026-02-08 11:10:00.000000','2026-02-14 16:30:00.000000',1,1,2,NULL,1,'2026-02-14',NULL,'Europe/London','Send recap and next steps',1,NULL,1,'2026-02-14 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-03-16 15:10:00.000000','2026-03-21 16:30:00.000000',1,1,2,NULL,1,'2026-03-21',NULL,'Europe/London','Send recap and next steps',1,NULL,2,'2026-03-21 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-04-03 15:40:00.000000','2026-04-05 15:30:00.000000',1,1,2,NULL,1,'2026-04-05',NULL,'Europe/London','Confirm print proof',1,NULL,3,'2026-04-05 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-13 14:10:00.000000','2026-05-15 15:30:00.000000',1,1,2,NULL,1,'2026-05-15',NULL,'Europe/London','Send revised quote',1,NULL,4,'2026-05-15 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-28 09:40:00.000000','2026-05-31 15:30:00.000000',1,1,2,NULL,1,'2026-05-31',NULL,'Europe/London','Confirm print proof',1,NULL,5,'2026-05-31 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-10-05 15:40:00.000000','2026-10-07 15:30:00.000000',1,1,2,NULL,1,'2026-10-07',NULL,'Europe/London','Confirm print proof',1,NULL,6,'2026-10-07 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-10-20 14:10:00.000000','2026-10-27 16:30:00.000000',1,1,2,NULL,1,'2026-10-27',NULL,'Europe/London','Send recap and next steps',1,NULL,7,'2026-10-27 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-02-26 10:10:00.000000','2026-02-28 16:30:00.000000',2,2,2,NULL,4,'2026-02-28',NULL,'Europe/London','Confirm print proof',2,NULL,8,'2026-02-28 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-30 09:10:00.000000','2026-06-03 15:30:00.000000',2,2,2,NULL,4,'2026-06-03',NULL,'Europe/London','Confirm print proof',2,NULL,9,'2026-06-03 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-09-29 10:10:00.000000','2026-10-03 15:30:00.000000',2,2,2,NULL,4,'2026-10-03',NULL,'Europe/London','Send recap and next steps',2,NULL,10,'2026-10-03 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-25 14:10:00.000000','2026-05-29 15:30:00.000000',1,1,2,NULL,7,'2026-05-29',NULL,'Europe/London','Confirm print proof',1,NULL,11,'2026-05-29 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-07-26 14:10:00.000000','2026-07-29 15:30:00.000000',1,1,2,NULL,7,'2026-07-29',NULL,'Europe/London','Confirm print proof',1,NULL,12,'2026-07-29 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-09-30 09:40:00.000000','2026-10-02 15:30:00.000000',1,1,2,NULL,7,'2026-10-02',NULL,'Europe/London','Share moodboard',1,NULL,13,'2026-10-02 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-06-21 15:40:00.000000','2026-06-28 15:30:00.000000',2,2,2,NULL,12,'2026-06-28',NULL,'Europe/London','Book next session',2,NULL,14,'2026-06-28 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-03-25 09:40:00.000000','2026-03-29 15:30:00.000000',3,3,2,NULL,14,'2026-03-29',NULL,'Europe/London','Send revised quote',3,NULL,15,'2026-03-29 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-10-15 10:10:00.000000','2026-10-22 15:30:00.000000',3,3,2,NULL,14,'2026-10-22',NULL,'Europe/London','Send revised quote',3,NULL,16,'2026-10-22 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-11-15 14:10:00.000000','2026-11-15 14:10:00.000000',3,3,1,NULL,14,'2026-11-21',NULL,'Europe/London','Book next session',3,NULL,17,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-09-22 10:40:00.000000','2026-09-27 15:30:00.000000',1,1,2,NULL,19,'2026-09-27',NULL,'Europe/London','Confirm print proof',1,NULL,18,'2026-09-27 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-11-20 15:40:00.000000','2026-11-20 15:40:00.000000',1,1,1,NULL,19,'2026-11-24',NULL,'Europe/London','Send revised quote',1,NULL,19,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-01-25 10:10:00.000000','2026-01-29 16:30:00.000000',1,1,2,NULL,24,'2026-01-29',NULL,'Europe/London','Send updated timeline',1,NULL,20,'2026-01-29 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-17 10:40:00.000000','2026-05-19 15:30:00.000000',1,1,2,NULL,24,'2026-05-19',NULL,'Europe/London','Share moodboard',1,NULL,21,'2026-05-19 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-07-22 13:10:00.000000','2026-07-26 15:30:00.000000',1,1,2,NULL,24,'2026-07-26',NULL,'Europe/London','Book next session',1,NULL,22,'2026-07-26 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-08-09 17:10:00.000000','2026-08-11 15:30:00.000000',2,2,2,NULL,27,'2026-08-11',NULL,'Europe/London','Send updated timeline',2,NULL,23,'2026-08-11 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-09-08 17:10:00.000000','2026-09-13 15:30:00.000000',2,2,2,NULL,27,'2026-09-13',NULL,'Europe/London','Send revised quote',2,NULL,24,'2026-09-13 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-09-23 17:10:00.000000','2026-09-25 15:30:00.000000',2,2,2,NULL,27,'2026-09-25',NULL,'Europe/London','Send updated timeline',2,NULL,25,'2026-09-25 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-11-01 18:10:00.000000','2026-11-03 16:30:00.000000',2,2,2,NULL,27,'2026-11-03',NULL,'Europe/London','Send recap and next steps',2,NULL,26,'2026-11-03 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2025-11-22 12:40:00.000000','2025-11-28 16:30:00.000000',3,3,2,NULL,32,'2025-11-28',NULL,'Europe/London','Send revised quote',3,NULL,27,'2025-11-28 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-19 15:40:00.000000','2026-05-25 15:30:00.000000',3,3,2,NULL,32,'2026-05-25',NULL,'Europe/London','Send recap and next steps',3,NULL,28,'2026-05-25 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-08-15 09:40:00.000000','2026-08-21 15:30:00.000000',3,3,2,NULL,32,'2026-08-21',NULL,'Europe/London','Send updated timeline',3,NULL,29,'2026-08-21 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-05-29 15:40:00.000000','2026-06-05 15:30:00.000000',1,1,2,NULL,40,'2026-06-05',NULL,'Europe/London','Confirm print proof',1,NULL,30,'2026-06-05 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-09-25 15:40:00.000000','2026-09-29 15:30:00.000000',1,1,2,NULL,40,'2026-09-29',NULL,'Europe/London','Confirm print proof',1,NULL,31,'2026-09-29 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-10-28 12:10:00.000000','2026-11-04 16:30:00.000000',2,2,2,NULL,34,'2026-11-04',NULL,'Europe/London','Send revised quote',2,NULL,32,'2026-11-04 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-10-28 10:40:00.000000','2026-10-30 16:30:00.000000',2,2,2,NULL,60,'2026-10-30',NULL,'Europe/London','Share moodboard',2,NULL,33,'2026-10-30 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-11-03 14:00:00.000000','2026-11-03 14:00:00.000000',2,2,1,NULL,12,'2026-11-10',NULL,'Europe/London','Send final invoice and handover files',2,NULL,34,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-12 11:30:00.000000','2026-11-12 11:30:00.000000',1,1,1,NULL,30,'2026-11-17',NULL,'Europe/London','Chase the signed proposal',1,NULL,35,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-10 11:00:00.000000','2026-11-10 11:00:00.000000',3,3,1,NULL,36,'2026-11-19',NULL,'Europe/London','Confirm a date for the spring workshop',3,NULL,36,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-08 14:00:00.000000','2026-11-08 14:00:00.000000',2,2,1,NULL,58,'2026-11-13',NULL,'Europe/London','Send portfolio link and day rates',2,NULL,37,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-10-23 14:30:00.000000','2026-10-23 14:30:00.000000',3,3,1,NULL,32,'2026-11-02',NULL,'Europe/London','Ask Ben about next season''s brochure',3,NULL,38,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-14 11:00:00.000000','2026-11-14 11:00:00.000000',1,1,1,NULL,1,'2026-11-22','15:00:00.000000','Europe/London','Send revised pouch artwork after the review',1,NULL,39,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-15 10:00:00.000000','2026-11-15 10:00:00.000000',1,1,1,NULL,40,'2026-11-22',NULL,'Europe/London','Invoice this month''s support',1,NULL,40,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-17 15:30:00.000000','2026-11-17 15:30:00.000000',1,1,1,NULL,19,'2026-11-22','11:00:00.000000','Europe/London','Share poster draft v2',1,NULL,41,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-19 15:30:00.000000','2026-11-19 15:30:00.000000',1,1,1,NULL,24,'2026-11-29',NULL,'Europe/London','Agree the autumn cover budget',1,NULL,42,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-16 11:30:00.000000','2026-11-16 11:30:00.000000',2,2,1,NULL,17,'2026-11-23','10:00:00.000000','Europe/London','Send contract draft for signature',2,NULL,43,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,7,'2026-12-01',NULL,'Europe/London','Check the printer''s quote for the catalogue',1,NULL,44,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,59,'2026-11-30',NULL,'Europe/London','Follow up on the intro call',1,NULL,45,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,27,'2026-12-20',NULL,'Europe/London','Prepare the quarterly design review',2,NULL,46,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,34,'2026-12-13',NULL,'Europe/London','Ask for the annual report copy deadline',2,NULL,47,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',3,3,1,NULL,14,'2026-12-10',NULL,'Europe/London','Propose summer limited-edition labels',3,NULL,48,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-15 10:00:00.000000','2026-11-18 09:15:00.000000',2,2,2,NULL,4,'2026-11-25',NULL,'Europe/London','Review analytics before the care-plan meeting',2,NULL,49,NULL,1,NULL);
INSERT INTO follow_up VALUES('2026-11-17 15:30:00.000000','2026-11-20 09:15:00.000000',2,2,2,NULL,60,'2026-11-27',NULL,'Europe/London','Send event branding examples',2,NULL,50,NULL,1,NULL);
INSERT INTO follow_up VALUES('2026-08-15 10:30:00.000000','2026-08-25 15:30:00.000000',2,2,2,NULL,4,'2026-08-25',NULL,'Europe/London','Send the monthly site analytics report',2,'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=25',51,'2026-08-25 15:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-08-25 15:30:00.000000','2026-09-25 15:30:00.000000',2,2,3,NULL,4,'2026-09-25',NULL,'Europe/London','Send the monthly site analytics report',2,'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=25',52,'2026-09-25 15:30:00.000000',0,51);
INSERT INTO follow_up VALUES('2026-09-25 15:30:00.000000','2026-10-25 16:30:00.000000',2,2,3,NULL,4,'2026-10-25',NULL,'Europe/London','Send the monthly site analytics report',2,'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=25',53,'2026-10-25 16:30:00.000000',0,52);
INSERT INTO follow_up VALUES('2026-10-25 16:30:00.000000','2026-10-25 16:30:00.000000',2,2,2,NULL,4,'2026-11-25',NULL,'Europe/London','Send the monthly site analytics report',2,'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=25',54,NULL,0,53);
INSERT INTO follow_up VALUES('2026-02-16 10:00:00.000000','2026-02-25 16:30:00.000000',3,3,2,NULL,22,'2026-02-25',NULL,'Europe/London','Quarterly menu refresh check-in',3,'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25',55,'2026-02-25 16:30:00.000000',0,NULL);
INSERT INTO follow_up VALUES('2026-02-25 16:30:00.000000','2026-05-25 15:30:00.000000',3,3,3,NULL,22,'2026-05-25',NULL,'Europe/London','Quarterly menu refresh check-in',3,'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25',56,'2026-05-25 15:30:00.000000',0,55);
INSERT INTO follow_up VALUES('2026-05-25 15:30:00.000000','2026-08-25 15:30:00.000000',3,3,3,NULL,22,'2026-08-25',NULL,'Europe/London','Quarterly menu refresh check-in',3,'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25',57,'2026-08-25 15:30:00.000000',0,56);
INSERT INTO follow_up VALUES('2026-08-25 15:30:00.000000','2026-08-25 15:30:00.000000',3,3,2,NULL,22,'2026-11-25',NULL,'Europe/London','Quarterly menu refresh check-in',3,'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25',58,NULL,0,57);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,2,'2026-11-24',NULL,'UTC','Intro call',1,NULL,59,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,3,'2026-11-23',NULL,'UTC','Send the scope questions',2,NULL,60,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',3,3,1,NULL,5,'2026-11-22',NULL,'UTC','Chase the proposal',3,NULL,61,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,1,NULL,6,'2026-11-25',NULL,'UTC','Agree the print budget',1,NULL,62,NULL,0,NULL);
INSERT INTO follow_up VALUES('2026-11-22 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,1,NULL,10,'2026-11-27',NULL,'UTC','Walk them through the storyboard',2,NULL,63,NULL,0,NULL);
CREATE TABLE interaction (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	occurred_at DATETIME NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	body TEXT NOT NULL, 
	author_id INTEGER, 
	id INTEGER NOT NULL, message_id VARCHAR(300), 
	CONSTRAINT pk_interaction PRIMARY KEY (id), 
	CONSTRAINT fk_interaction_author_id_team_member FOREIGN KEY(author_id) REFERENCES team_member (id), 
	CONSTRAINT fk_interaction_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_interaction_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_interaction_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO interaction VALUES('2026-10-22 16:05:00.000000','2026-10-22 16:05:00.000000',2,2,1,NULL,12,'note','2026-10-22 16:00:00.000000','Retainer terminated early','They are moving social content in-house; ended with 30 days'' notice waived by agreement. Final invoice to follow.',2,1,NULL);
INSERT INTO interaction VALUES('2026-04-24 14:35:00.000000','2026-04-24 14:35:00.000000',1,1,1,NULL,1,'call','2026-04-24 14:30:00.000000','Feedback call','Talked through feedback on the second round.',1,2,NULL);
INSERT INTO interaction VALUES('2026-11-04 10:05:00.000000','2026-11-04 10:05:00.000000',1,1,1,NULL,1,'email','2026-11-04 10:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,3,NULL);
INSERT INTO interaction VALUES('2026-01-14 15:35:00.000000','2026-01-14 15:35:00.000000',1,1,1,NULL,1,'email','2026-01-14 15:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,4,NULL);
INSERT INTO interaction VALUES('2026-10-14 14:35:00.000000','2026-10-14 14:35:00.000000',1,1,1,NULL,1,'note','2026-10-14 14:30:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',1,5,NULL);
INSERT INTO interaction VALUES('2026-09-30 14:35:00.000000','2026-09-30 14:35:00.000000',1,1,1,NULL,1,'email','2026-09-30 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',1,6,NULL);
INSERT INTO interaction VALUES('2026-07-23 10:05:00.000000','2026-07-23 10:05:00.000000',1,1,1,NULL,1,'note','2026-07-23 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',1,7,NULL);
INSERT INTO interaction VALUES('2025-11-29 09:35:00.000000','2025-11-29 09:35:00.000000',3,3,1,NULL,1,'email','2025-11-29 09:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',3,8,NULL);
INSERT INTO interaction VALUES('2026-09-25 10:35:00.000000','2026-09-25 10:35:00.000000',1,1,1,NULL,1,'call','2026-09-25 10:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,9,NULL);
INSERT INTO interaction VALUES('2026-09-13 14:35:00.000000','2026-09-13 14:35:00.000000',1,1,1,NULL,1,'call','2026-09-13 14:30:00.000000','Deadline call','Moved the deadline by a week at their request.',1,10,NULL);
INSERT INTO interaction VALUES('2026-04-22 10:05:00.000000','2026-04-22 10:05:00.000000',1,1,1,NULL,1,'note','2026-04-22 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',1,11,NULL);
INSERT INTO interaction VALUES('2026-01-25 09:35:00.000000','2026-01-25 09:35:00.000000',1,1,1,NULL,1,'call','2026-01-25 09:30:00.000000','Deadline call','Moved the deadline by a week at their request.',1,12,NULL);
INSERT INTO interaction VALUES('2026-01-17 14:05:00.000000','2026-01-17 14:05:00.000000',1,1,1,NULL,1,'call','2026-01-17 14:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,13,NULL);
INSERT INTO interaction VALUES('2026-02-24 09:35:00.000000','2026-02-24 09:35:00.000000',1,1,1,NULL,1,'call','2026-02-24 09:30:00.000000','Catch-up call','Quick catch-up; all on track.',1,14,NULL);
INSERT INTO interaction VALUES('2026-10-30 10:05:00.000000','2026-10-30 10:05:00.000000',1,1,1,NULL,3,'email','2026-10-30 10:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,15,NULL);
INSERT INTO interaction VALUES('2026-03-17 11:05:00.000000','2026-03-17 11:05:00.000000',1,1,1,NULL,3,'email','2026-03-17 11:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,16,NULL);
INSERT INTO interaction VALUES('2026-06-08 13:05:00.000000','2026-06-08 13:05:00.000000',2,2,1,NULL,4,'email','2026-06-08 13:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',2,17,NULL);
INSERT INTO interaction VALUES('2026-04-02 10:35:00.000000','2026-04-02 10:35:00.000000',2,2,1,NULL,4,'call','2026-04-02 10:30:00.000000','Deadline call','Moved the deadline by a week at their request.',2,18,NULL);
INSERT INTO interaction VALUES('2026-09-13 10:35:00.000000','2026-09-13 10:35:00.000000',2,2,1,NULL,4,'message','2026-09-13 10:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,19,NULL);
INSERT INTO interaction VALUES('2026-10-11 10:05:00.000000','2026-10-11 10:05:00.000000',2,2,1,NULL,4,'note','2026-10-11 10:00:00.000000','Budget approved','Their board approved the budget for the next phase.',2,20,NULL);
INSERT INTO interaction VALUES('2026-04-19 13:05:00.000000','2026-04-19 13:05:00.000000',2,2,1,NULL,4,'email','2026-04-19 13:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,21,NULL);
INSERT INTO interaction VALUES('2026-10-07 09:05:00.000000','2026-10-07 09:05:00.000000',2,2,1,NULL,4,'note','2026-10-07 09:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,22,NULL);
INSERT INTO interaction VALUES('2026-03-02 14:05:00.000000','2026-03-02 14:05:00.000000',3,3,1,NULL,4,'note','2026-03-02 14:00:00.000000','Budget approved','Their board approved the budget for the next phase.',3,23,NULL);
INSERT INTO interaction VALUES('2026-08-26 09:05:00.000000','2026-08-26 09:05:00.000000',2,2,1,NULL,4,'email','2026-08-26 09:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',2,24,NULL);
INSERT INTO interaction VALUES('2025-12-17 10:05:00.000000','2025-12-17 10:05:00.000000',2,2,1,NULL,5,'call','2025-12-17 10:00:00.000000','Feedback call','Talked through feedback on the second round.',2,25,NULL);
INSERT INTO interaction VALUES('2026-11-14 10:05:00.000000','2026-11-14 10:05:00.000000',3,3,1,NULL,6,'email','2026-11-14 10:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,26,NULL);
INSERT INTO interaction VALUES('2026-03-30 10:05:00.000000','2026-03-30 10:05:00.000000',1,1,1,NULL,7,'email','2026-03-30 10:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,27,NULL);
INSERT INTO interaction VALUES('2026-11-07 11:05:00.000000','2026-11-07 11:05:00.000000',1,1,1,NULL,7,'email','2026-11-07 11:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,28,NULL);
INSERT INTO interaction VALUES('2026-08-20 09:05:00.000000','2026-08-20 09:05:00.000000',1,1,1,NULL,7,'email','2026-08-20 09:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,29,NULL);
INSERT INTO interaction VALUES('2026-04-04 14:35:00.000000','2026-04-04 14:35:00.000000',3,3,1,NULL,7,'call','2026-04-04 14:30:00.000000','Catch-up call','Quick catch-up; all on track.',3,30,NULL);
INSERT INTO interaction VALUES('2026-05-15 14:35:00.000000','2026-05-15 14:35:00.000000',1,1,1,NULL,7,'call','2026-05-15 14:30:00.000000','Deadline call','Moved the deadline by a week at their request.',1,31,NULL);
INSERT INTO interaction VALUES('2026-10-03 10:05:00.000000','2026-10-03 10:05:00.000000',3,3,1,NULL,7,'email','2026-10-03 10:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,32,NULL);
INSERT INTO interaction VALUES('2026-07-25 08:35:00.000000','2026-07-25 08:35:00.000000',1,1,1,NULL,7,'call','2026-07-25 08:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,33,NULL);
INSERT INTO interaction VALUES('2026-02-03 11:05:00.000000','2026-02-03 11:05:00.000000',1,1,1,NULL,7,'email','2026-02-03 11:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,34,NULL);
INSERT INTO interaction VALUES('2026-11-05 09:35:00.000000','2026-11-05 09:35:00.000000',1,1,1,NULL,7,'email','2026-11-05 09:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',1,35,NULL);
INSERT INTO interaction VALUES('2026-07-06 14:35:00.000000','2026-07-06 14:35:00.000000',1,1,1,NULL,7,'call','2026-07-06 14:30:00.000000','Feedback call','Talked through feedback on the second round.',1,36,NULL);
INSERT INTO interaction VALUES('2026-06-28 10:05:00.000000','2026-06-28 10:05:00.000000',1,1,1,NULL,7,'message','2026-06-28 10:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',1,37,NULL);
INSERT INTO interaction VALUES('2026-02-13 09:35:00.000000','2026-02-13 09:35:00.000000',2,2,1,NULL,8,'call','2026-02-13 09:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',2,38,NULL);
INSERT INTO interaction VALUES('2026-02-16 15:35:00.000000','2026-02-16 15:35:00.000000',2,2,1,NULL,8,'email','2026-02-16 15:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',2,39,NULL);
INSERT INTO interaction VALUES('2026-03-07 11:05:00.000000','2026-03-07 11:05:00.000000',3,3,1,NULL,10,'email','2026-03-07 11:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,40,NULL);
INSERT INTO interaction VALUES('2026-07-08 13:05:00.000000','2026-07-08 13:05:00.000000',3,3,1,NULL,10,'message','2026-07-08 13:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,41,NULL);
INSERT INTO interaction VALUES('2026-06-10 10:05:00.000000','2026-06-10 10:05:00.000000',3,3,1,NULL,10,'call','2026-06-10 10:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,42,NULL);
INSERT INTO interaction VALUES('2026-05-20 08:35:00.000000','2026-05-20 08:35:00.000000',3,3,1,NULL,10,'email','2026-05-20 08:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,43,NULL);
INSERT INTO interaction VALUES('2026-08-02 10:35:00.000000','2026-08-02 10:35:00.000000',3,3,1,NULL,10,'note','2026-08-02 10:30:00.000000','Team change','New contact for day-to-day questions from next month.',3,44,NULL);
INSERT INTO interaction VALUES('2026-08-23 09:05:00.000000','2026-08-23 09:05:00.000000',3,3,1,NULL,10,'note','2026-08-23 09:00:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',3,45,NULL);
INSERT INTO interaction VALUES('2026-09-06 13:05:00.000000','2026-09-06 13:05:00.000000',3,3,1,NULL,10,'call','2026-09-06 13:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,46,NULL);
INSERT INTO interaction VALUES('2026-07-31 09:05:00.000000','2026-07-31 09:05:00.000000',3,3,1,NULL,10,'note','2026-07-31 09:00:00.000000','Referral','Said they would recommend us to a partner firm.',3,47,NULL);
INSERT INTO interaction VALUES('2026-04-09 10:35:00.000000','2026-04-09 10:35:00.000000',2,2,1,NULL,12,'email','2026-04-09 10:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,48,NULL);
INSERT INTO interaction VALUES('2026-07-15 14:35:00.000000','2026-07-15 14:35:00.000000',2,2,1,NULL,12,'email','2026-07-15 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,49,NULL);
INSERT INTO interaction VALUES('2026-04-19 09:05:00.000000','2026-04-19 09:05:00.000000',2,2,1,NULL,12,'email','2026-04-19 09:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,50,NULL);
INSERT INTO interaction VALUES('2026-06-20 10:35:00.000000','2026-06-20 10:35:00.000000',2,2,1,NULL,12,'call','2026-06-20 10:30:00.000000','Deadline call','Moved the deadline by a week at their request.',2,51,NULL);
INSERT INTO interaction VALUES('2026-09-14 10:05:00.000000','2026-09-14 10:05:00.000000',2,2,1,NULL,12,'call','2026-09-14 10:00:00.000000','Deadline call','Moved the deadline by a week at their request.',2,52,NULL);
INSERT INTO interaction VALUES('2026-09-08 13:05:00.000000','2026-09-08 13:05:00.000000',2,2,1,NULL,12,'email','2026-09-08 13:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,53,NULL);
INSERT INTO interaction VALUES('2026-11-18 11:35:00.000000','2026-11-18 11:35:00.000000',2,2,1,NULL,12,'call','2026-11-18 11:30:00.000000','Catch-up call','Quick catch-up; all on track.',2,54,NULL);
INSERT INTO interaction VALUES('2026-09-07 09:05:00.000000','2026-09-07 09:05:00.000000',2,2,1,NULL,12,'note','2026-09-07 09:00:00.000000','Budget approved','Their board approved the budget for the next phase.',2,55,NULL);
INSERT INTO interaction VALUES('2026-04-14 13:05:00.000000','2026-04-14 13:05:00.000000',2,2,1,NULL,12,'email','2026-04-14 13:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,56,NULL);
INSERT INTO interaction VALUES('2026-07-30 13:05:00.000000','2026-07-30 13:05:00.000000',2,2,1,NULL,12,'email','2026-07-30 13:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,57,NULL);
INSERT INTO interaction VALUES('2026-09-04 13:05:00.000000','2026-09-04 13:05:00.000000',2,2,1,NULL,12,'message','2026-09-04 13:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',2,58,NULL);
INSERT INTO interaction VALUES('2026-04-06 09:05:00.000000','2026-04-06 09:05:00.000000',2,2,1,NULL,12,'email','2026-04-06 09:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,59,NULL);
INSERT INTO interaction VALUES('2026-08-30 13:05:00.000000','2026-08-30 13:05:00.000000',2,2,1,NULL,12,'call','2026-08-30 13:00:00.000000','Feedback call','Talked through feedback on the second round.',2,60,NULL);
INSERT INTO interaction VALUES('2026-06-08 09:05:00.000000','2026-06-08 09:05:00.000000',2,2,1,NULL,12,'email','2026-06-08 09:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,61,NULL);
INSERT INTO interaction VALUES('2026-10-05 10:05:00.000000','2026-10-05 10:05:00.000000',2,2,1,NULL,13,'note','2026-10-05 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,62,NULL);
INSERT INTO interaction VALUES('2026-08-18 08:35:00.000000','2026-08-18 08:35:00.000000',3,3,1,NULL,14,'note','2026-08-18 08:30:00.000000','Referral','Said they would recommend us to a partner firm.',3,63,NULL);
INSERT INTO interaction VALUES('2026-09-21 08:35:00.000000','2026-09-21 08:35:00.000000',1,1,1,NULL,14,'note','2026-09-21 08:30:00.000000','Referral','Said they would recommend us to a partner firm.',1,64,NULL);
INSERT INTO interaction VALUES('2026-05-18 09:05:00.000000','2026-05-18 09:05:00.000000',3,3,1,NULL,14,'note','2026-05-18 09:00:00.000000','Referral','Said they would recommend us to a partner firm.',3,65,NULL);
INSERT INTO interaction VALUES('2025-12-20 09:35:00.000000','2025-12-20 09:35:00.000000',3,3,1,NULL,14,'note','2025-12-20 09:30:00.000000','Budget approved','Their board approved the budget for the next phase.',3,66,NULL);
INSERT INTO interaction VALUES('2026-03-23 11:35:00.000000','2026-03-23 11:35:00.000000',3,3,1,NULL,14,'call','2026-03-23 11:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,67,NULL);
INSERT INTO interaction VALUES('2026-11-21 15:35:00.000000','2026-11-21 15:35:00.000000',2,2,1,NULL,14,'email','2026-11-21 15:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,68,NULL);
INSERT INTO interaction VALUES('2025-12-20 10:05:00.000000','2025-12-20 10:05:00.000000',3,3,1,NULL,14,'note','2025-12-20 10:00:00.000000','Budget approved','Their board approved the budget for the next phase.',3,69,NULL);
INSERT INTO interaction VALUES('2026-08-09 14:35:00.000000','2026-08-09 14:35:00.000000',3,3,1,NULL,14,'email','2026-08-09 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,70,NULL);
INSERT INTO interaction VALUES('2026-06-22 09:05:00.000000','2026-06-22 09:05:00.000000',3,3,1,NULL,14,'call','2026-06-22 09:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,71,NULL);
INSERT INTO interaction VALUES('2026-02-07 09:35:00.000000','2026-02-07 09:35:00.000000',2,2,1,NULL,14,'email','2026-02-07 09:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,72,NULL);
INSERT INTO interaction VALUES('2026-04-21 10:35:00.000000','2026-04-21 10:35:00.000000',3,3,1,NULL,14,'note','2026-04-21 10:30:00.000000','Budget approved','Their board approved the budget for the next phase.',3,73,NULL);
INSERT INTO interaction VALUES('2026-04-24 09:05:00.000000','2026-04-24 09:05:00.000000',3,3,1,NULL,14,'note','2026-04-24 09:00:00.000000','Budget approved','Their board approved the budget for the next phase.',3,74,NULL);
INSERT INTO interaction VALUES('2026-04-25 08:35:00.000000','2026-04-25 08:35:00.000000',3,3,1,NULL,14,'message','2026-04-25 08:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,75,NULL);
INSERT INTO interaction VALUES('2025-12-16 14:05:00.000000','2025-12-16 14:05:00.000000',1,1,1,NULL,16,'message','2025-12-16 14:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',1,76,NULL);
INSERT INTO interaction VALUES('2026-11-17 11:35:00.000000','2026-11-17 11:35:00.000000',2,2,1,NULL,17,'call','2026-11-17 11:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',2,77,NULL);
INSERT INTO interaction VALUES('2026-11-14 15:35:00.000000','2026-11-14 15:35:00.000000',2,2,1,NULL,17,'email','2026-11-14 15:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,78,NULL);
INSERT INTO interaction VALUES('2026-10-31 15:35:00.000000','2026-10-31 15:35:00.000000',2,2,1,NULL,19,'email','2026-10-31 15:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,79,NULL);
INSERT INTO interaction VALUES('2026-10-19 08:35:00.000000','2026-10-19 08:35:00.000000',1,1,1,NULL,19,'call','2026-10-19 08:30:00.000000','Deadline call','Moved the deadline by a week at their request.',1,80,NULL);
INSERT INTO interaction VALUES('2026-11-21 09:35:00.000000','2026-11-21 09:35:00.000000',1,1,1,NULL,19,'message','2026-11-21 09:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',1,81,NULL);
INSERT INTO interaction VALUES('2026-10-24 13:05:00.000000','2026-10-24 13:05:00.000000',1,1,1,NULL,19,'email','2026-10-24 13:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',1,82,NULL);
INSERT INTO interaction VALUES('2026-08-22 08:35:00.000000','2026-08-22 08:35:00.000000',1,1,1,NULL,19,'call','2026-08-22 08:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,83,NULL);
INSERT INTO interaction VALUES('2026-11-02 11:05:00.000000','2026-11-02 11:05:00.000000',1,1,1,NULL,19,'email','2026-11-02 11:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,84,NULL);
INSERT INTO interaction VALUES('2026-08-20 08:35:00.000000','2026-08-20 08:35:00.000000',1,1,1,NULL,19,'email','2026-08-20 08:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,85,NULL);
INSERT INTO interaction VALUES('2026-10-21 08:35:00.000000','2026-10-21 08:35:00.000000',1,1,1,NULL,19,'note','2026-10-21 08:30:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',1,86,NULL);
INSERT INTO interaction VALUES('2026-11-17 11:35:00.000000','2026-11-17 11:35:00.000000',1,1,1,NULL,19,'note','2026-11-17 11:30:00.000000','Referral','Said they would recommend us to a partner firm.',1,87,NULL);
INSERT INTO interaction VALUES('2026-10-12 09:05:00.000000','2026-10-12 09:05:00.000000',1,1,1,NULL,19,'message','2026-10-12 09:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',1,88,NULL);
INSERT INTO interaction VALUES('2026-08-16 10:35:00.000000','2026-08-16 10:35:00.000000',1,1,1,NULL,20,'message','2026-08-16 10:30:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',1,89,NULL);
INSERT INTO interaction VALUES('2026-11-19 11:35:00.000000','2026-11-19 11:35:00.000000',1,1,1,NULL,21,'note','2026-11-19 11:30:00.000000','Budget approved','Their board approved the budget for the next phase.',1,90,NULL);
INSERT INTO interaction VALUES('2026-10-17 09:05:00.000000','2026-10-17 09:05:00.000000',2,2,1,NULL,22,'call','2026-10-17 09:00:00.000000','Catch-up call','Quick catch-up; all on track.',2,91,NULL);
INSERT INTO interaction VALUES('2026-10-02 13:05:00.000000','2026-10-02 13:05:00.000000',3,3,1,NULL,22,'note','2026-10-02 13:00:00.000000','Referral','Said they would recommend us to a partner firm.',3,92,NULL);
INSERT INTO interaction VALUES('2026-06-26 09:05:00.000000','2026-06-26 09:05:00.000000',3,3,1,NULL,22,'email','2026-06-26 09:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,93,NULL);
INSERT INTO interaction VALUES('2026-10-02 10:05:00.000000','2026-10-02 10:05:00.000000',1,1,1,NULL,22,'call','2026-10-02 10:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,94,NULL);
INSERT INTO interaction VALUES('2026-10-09 10:35:00.000000','2026-10-09 10:35:00.000000',3,3,1,NULL,22,'call','2026-10-09 10:30:00.000000','Feedback call','Talked through feedback on the second round.',3,95,NULL);
INSERT INTO interaction VALUES('2026-06-23 14:35:00.000000','2026-06-23 14:35:00.000000',3,3,1,NULL,22,'email','2026-06-23 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,96,NULL);
INSERT INTO interaction VALUES('2026-06-27 10:35:00.000000','2026-06-27 10:35:00.000000',2,2,1,NULL,22,'note','2026-06-27 10:30:00.000000','Team change','New contact for day-to-day questions from next month.',2,97,NULL);
INSERT INTO interaction VALUES('2026-09-11 10:35:00.000000','2026-09-11 10:35:00.000000',3,3,1,NULL,22,'email','2026-09-11 10:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,98,NULL);
INSERT INTO interaction VALUES('2026-06-02 14:35:00.000000','2026-06-02 14:35:00.000000',3,3,1,NULL,22,'email','2026-06-02 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,99,NULL);
INSERT INTO interaction VALUES('2026-06-14 10:35:00.000000','2026-06-14 10:35:00.000000',1,1,1,NULL,24,'note','2026-06-14 10:30:00.000000','Referral','Said they would recommend us to a partner firm.',1,100,NULL);
INSERT INTO interaction VALUES('2026-11-21 11:35:00.000000','2026-11-21 11:35:00.000000',3,3,1,NULL,24,'call','2026-11-21 11:30:00.000000','Deadline call','Moved the deadline by a week at their request.',3,101,NULL);
INSERT INTO interaction VALUES('2026-09-23 09:05:00.000000','2026-09-23 09:05:00.000000',1,1,1,NULL,24,'email','2026-09-23 09:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',1,102,NULL);
INSERT INTO interaction VALUES('2026-07-24 09:05:00.000000','2026-07-24 09:05:00.000000',1,1,1,NULL,24,'call','2026-07-24 09:00:00.000000','Catch-up call','Quick catch-up; all on track.',1,103,NULL);
INSERT INTO interaction VALUES('2026-04-09 10:35:00.000000','2026-04-09 10:35:00.000000',1,1,1,NULL,24,'note','2026-04-09 10:30:00.000000','Budget approved','Their board approved the budget for the next phase.',1,104,NULL);
INSERT INTO interaction VALUES('2026-08-24 09:05:00.000000','2026-08-24 09:05:00.000000',3,3,1,NULL,24,'email','2026-08-24 09:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,105,NULL);
INSERT INTO interaction VALUES('2026-01-28 10:05:00.000000','2026-01-28 10:05:00.000000',1,1,1,NULL,24,'message','2026-01-28 10:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',1,106,NULL);
INSERT INTO interaction VALUES('2026-05-28 13:05:00.000000','2026-05-28 13:05:00.000000',1,1,1,NULL,24,'email','2026-05-28 13:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,107,NULL);
INSERT INTO interaction VALUES('2026-05-29 08:35:00.000000','2026-05-29 08:35:00.000000',1,1,1,NULL,24,'note','2026-05-29 08:30:00.000000','Budget approved','Their board approved the budget for the next phase.',1,108,NULL);
INSERT INTO interaction VALUES('2026-07-09 10:05:00.000000','2026-07-09 10:05:00.000000',1,1,1,NULL,24,'note','2026-07-09 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',1,109,NULL);
INSERT INTO interaction VALUES('2026-02-24 10:05:00.000000','2026-02-24 10:05:00.000000',1,1,1,NULL,24,'email','2026-02-24 10:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,110,NULL);
INSERT INTO interaction VALUES('2026-01-01 11:35:00.000000','2026-01-01 11:35:00.000000',1,1,1,NULL,25,'call','2026-01-01 11:30:00.000000','Feedback call','Talked through feedback on the second round.',1,111,NULL);
INSERT INTO interaction VALUES('2026-06-20 10:35:00.000000','2026-06-20 10:35:00.000000',1,1,1,NULL,26,'email','2026-06-20 10:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,112,NULL);
INSERT INTO interaction VALUES('2026-01-25 11:35:00.000000','2026-01-25 11:35:00.000000',1,1,1,NULL,26,'email','2026-01-25 11:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,113,NULL);
INSERT INTO interaction VALUES('2026-11-04 14:05:00.000000','2026-11-04 14:05:00.000000',2,2,1,NULL,27,'call','2026-11-04 14:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',2,114,NULL);
INSERT INTO interaction VALUES('2026-11-21 14:05:00.000000','2026-11-21 14:05:00.000000',2,2,1,NULL,27,'email','2026-11-21 14:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,115,NULL);
INSERT INTO interaction VALUES('2026-10-16 10:05:00.000000','2026-10-16 10:05:00.000000',2,2,1,NULL,27,'note','2026-10-16 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,116,NULL);
INSERT INTO interaction VALUES('2026-06-12 08:35:00.000000','2026-06-12 08:35:00.000000',2,2,1,NULL,27,'call','2026-06-12 08:30:00.000000','Catch-up call','Quick catch-up; all on track.',2,117,NULL);
INSERT INTO interaction VALUES('2026-06-08 14:35:00.000000','2026-06-08 14:35:00.000000',2,2,1,NULL,27,'email','2026-06-08 14:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,118,NULL);
INSERT INTO interaction VALUES('2026-09-25 14:35:00.000000','2026-09-25 14:35:00.000000',2,2,1,NULL,27,'note','2026-09-25 14:30:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',2,119,NULL);
INSERT INTO interaction VALUES('2026-07-10 14:35:00.000000','2026-07-10 14:35:00.000000',3,3,1,NULL,27,'call','2026-07-10 14:30:00.000000','Deadline call','Moved the deadline by a week at their request.',3,120,NULL);
INSERT INTO interaction VALUES('2026-06-05 10:05:00.000000','2026-06-05 10:05:00.000000',2,2,1,NULL,27,'note','2026-06-05 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,121,NULL);
INSERT INTO interaction VALUES('2026-07-24 14:35:00.000000','2026-07-24 14:35:00.000000',2,2,1,NULL,28,'email','2026-07-24 14:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,122,NULL);
INSERT INTO interaction VALUES('2026-11-15 14:05:00.000000','2026-11-15 14:05:00.000000',1,1,1,NULL,30,'note','2026-11-15 14:00:00.000000','Team change','New contact for day-to-day questions from next month.',1,123,NULL);
INSERT INTO interaction VALUES('2026-11-15 11:35:00.000000','2026-11-15 11:35:00.000000',1,1,1,NULL,31,'note','2026-11-15 11:30:00.000000','Referral','Said they would recommend us to a partner firm.',1,124,NULL);
INSERT INTO interaction VALUES('2025-11-27 10:05:00.000000','2025-11-27 10:05:00.000000',3,3,1,NULL,32,'message','2025-11-27 10:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,125,NULL);
INSERT INTO interaction VALUES('2026-01-20 09:35:00.000000','2026-01-20 09:35:00.000000',2,2,1,NULL,32,'note','2026-01-20 09:30:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',2,126,NULL);
INSERT INTO interaction VALUES('2026-09-15 14:35:00.000000','2026-09-15 14:35:00.000000',2,2,1,NULL,32,'call','2026-09-15 14:30:00.000000','Deadline call','Moved the deadline by a week at their request.',2,127,NULL);
INSERT INTO interaction VALUES('2025-12-17 11:35:00.000000','2025-12-17 11:35:00.000000',1,1,1,NULL,32,'email','2025-12-17 11:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,128,NULL);
INSERT INTO interaction VALUES('2026-05-14 10:35:00.000000','2026-05-14 10:35:00.000000',3,3,1,NULL,32,'call','2026-05-14 10:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,129,NULL);
INSERT INTO interaction VALUES('2026-02-13 09:35:00.000000','2026-02-13 09:35:00.000000',3,3,1,NULL,32,'email','2026-02-13 09:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',3,130,NULL);
INSERT INTO interaction VALUES('2026-02-20 14:05:00.000000','2026-02-20 14:05:00.000000',3,3,1,NULL,32,'email','2026-02-20 14:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,131,NULL);
INSERT INTO interaction VALUES('2025-12-01 11:05:00.000000','2025-12-01 11:05:00.000000',3,3,1,NULL,32,'call','2025-12-01 11:00:00.000000','Deadline call','Moved the deadline by a week at their request.',3,132,NULL);
INSERT INTO interaction VALUES('2026-08-16 09:05:00.000000','2026-08-16 09:05:00.000000',3,3,1,NULL,32,'call','2026-08-16 09:00:00.000000','Catch-up call','Quick catch-up; all on track.',3,133,NULL);
INSERT INTO interaction VALUES('2026-06-27 10:05:00.000000','2026-06-27 10:05:00.000000',3,3,1,NULL,32,'note','2026-06-27 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',3,134,NULL);
INSERT INTO interaction VALUES('2026-01-12 10:05:00.000000','2026-01-12 10:05:00.000000',2,2,1,NULL,32,'email','2026-01-12 10:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,135,NULL);
INSERT INTO interaction VALUES('2026-07-03 13:05:00.000000','2026-07-03 13:05:00.000000',3,3,1,NULL,32,'note','2026-07-03 13:00:00.000000','Budget approved','Their board approved the budget for the next phase.',3,136,NULL);
INSERT INTO interaction VALUES('2026-03-15 09:35:00.000000','2026-03-15 09:35:00.000000',3,3,1,NULL,32,'call','2026-03-15 09:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,137,NULL);
INSERT INTO interaction VALUES('2026-01-02 11:05:00.000000','2026-01-02 11:05:00.000000',3,3,1,NULL,32,'message','2026-01-02 11:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',3,138,NULL);
INSERT INTO interaction VALUES('2025-11-30 14:05:00.000000','2025-11-30 14:05:00.000000',3,3,1,NULL,33,'note','2025-11-30 14:00:00.000000','Referral','Said they would recommend us to a partner firm.',3,139,NULL);
INSERT INTO interaction VALUES('2026-10-03 13:05:00.000000','2026-10-03 13:05:00.000000',2,2,1,NULL,34,'call','2026-10-03 13:00:00.000000','Catch-up call','Quick catch-up; all on track.',2,140,NULL);
INSERT INTO interaction VALUES('2026-08-18 09:05:00.000000','2026-08-18 09:05:00.000000',2,2,1,NULL,34,'message','2026-08-18 09:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',2,141,NULL);
INSERT INTO interaction VALUES('2026-10-20 14:35:00.000000','2026-10-20 14:35:00.000000',3,3,1,NULL,34,'call','2026-10-20 14:30:00.000000','Catch-up call','Quick catch-up; all on track.',3,142,NULL);
INSERT INTO interaction VALUES('2026-10-30 15:35:00.000000','2026-10-30 15:35:00.000000',2,2,1,NULL,34,'call','2026-10-30 15:30:00.000000','Called about invoice','Payment is in their next run on Thursday.',2,143,NULL);
INSERT INTO interaction VALUES('2026-08-08 13:05:00.000000','2026-08-08 13:05:00.000000',2,2,1,NULL,34,'call','2026-08-08 13:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',2,144,NULL);
INSERT INTO interaction VALUES('2026-10-11 10:05:00.000000','2026-10-11 10:05:00.000000',2,2,1,NULL,34,'note','2026-10-11 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,145,NULL);
INSERT INTO interaction VALUES('2026-10-31 11:05:00.000000','2026-10-31 11:05:00.000000',2,2,1,NULL,34,'message','2026-10-31 11:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,146,NULL);
INSERT INTO interaction VALUES('2026-09-21 10:05:00.000000','2026-09-21 10:05:00.000000',2,2,1,NULL,34,'note','2026-09-21 10:00:00.000000','Referral','Said they would recommend us to a partner firm.',2,147,NULL);
INSERT INTO interaction VALUES('2026-10-19 13:05:00.000000','2026-10-19 13:05:00.000000',3,3,1,NULL,34,'note','2026-10-19 13:00:00.000000','Budget approved','Their board approved the budget for the next phase.',3,148,NULL);
INSERT INTO interaction VALUES('2026-07-26 10:05:00.000000','2026-07-26 10:05:00.000000',2,2,1,NULL,34,'email','2026-07-26 10:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',2,149,NULL);
INSERT INTO interaction VALUES('2026-10-23 10:05:00.000000','2026-10-23 10:05:00.000000',2,2,1,NULL,34,'email','2026-10-23 10:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,150,NULL);
INSERT INTO interaction VALUES('2026-11-09 14:05:00.000000','2026-11-09 14:05:00.000000',1,1,1,NULL,34,'note','2026-11-09 14:00:00.000000','Team change','New contact for day-to-day questions from next month.',1,151,NULL);
INSERT INTO interaction VALUES('2026-07-29 14:35:00.000000','2026-07-29 14:35:00.000000',2,2,1,NULL,34,'message','2026-07-29 14:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,152,NULL);
INSERT INTO interaction VALUES('2026-08-31 10:05:00.000000','2026-08-31 10:05:00.000000',2,2,1,NULL,34,'email','2026-08-31 10:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',2,153,NULL);
INSERT INTO interaction VALUES('2026-09-24 14:35:00.000000','2026-09-24 14:35:00.000000',2,2,1,NULL,35,'call','2026-09-24 14:30:00.000000','Catch-up call','Quick catch-up; all on track.',2,154,NULL);
INSERT INTO interaction VALUES('2026-09-11 10:05:00.000000','2026-09-11 10:05:00.000000',2,2,1,NULL,35,'email','2026-09-11 10:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,155,NULL);
INSERT INTO interaction VALUES('2026-11-11 09:35:00.000000','2026-11-11 09:35:00.000000',2,2,1,NULL,36,'message','2026-11-11 09:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,156,NULL);
INSERT INTO interaction VALUES('2026-11-17 15:35:00.000000','2026-11-17 15:35:00.000000',3,3,1,NULL,36,'email','2026-11-17 15:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,157,NULL);
INSERT INTO interaction VALUES('2026-08-19 08:35:00.000000','2026-08-19 08:35:00.000000',3,3,1,NULL,36,'note','2026-08-19 08:30:00.000000','Referral','Said they would recommend us to a partner firm.',3,158,NULL);
INSERT INTO interaction VALUES('2026-10-23 10:35:00.000000','2026-10-23 10:35:00.000000',2,2,1,NULL,38,'call','2026-10-23 10:30:00.000000','Deadline call','Moved the deadline by a week at their request.',2,159,NULL);
INSERT INTO interaction VALUES('2026-11-14 09:35:00.000000','2026-11-14 09:35:00.000000',2,2,1,NULL,38,'email','2026-11-14 09:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,160,NULL);
INSERT INTO interaction VALUES('2026-10-31 11:35:00.000000','2026-10-31 11:35:00.000000',2,2,1,NULL,38,'email','2026-10-31 11:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',2,161,NULL);
INSERT INTO interaction VALUES('2026-09-22 13:05:00.000000','2026-09-22 13:05:00.000000',2,2,1,NULL,39,'email','2026-09-22 13:00:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',2,162,NULL);
INSERT INTO interaction VALUES('2026-07-09 14:35:00.000000','2026-07-09 14:35:00.000000',1,1,1,NULL,40,'email','2026-07-09 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',1,163,NULL);
INSERT INTO interaction VALUES('2026-09-24 10:05:00.000000','2026-09-24 10:05:00.000000',1,1,1,NULL,40,'email','2026-09-24 10:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,164,NULL);
INSERT INTO interaction VALUES('2026-06-17 09:05:00.000000','2026-06-17 09:05:00.000000',1,1,1,NULL,40,'note','2026-06-17 09:00:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',1,165,NULL);
INSERT INTO interaction VALUES('2026-09-12 10:35:00.000000','2026-09-12 10:35:00.000000',1,1,1,NULL,40,'call','2026-09-12 10:30:00.000000','Feedback call','Talked through feedback on the second round.',1,166,NULL);
INSERT INTO interaction VALUES('2026-04-16 14:35:00.000000','2026-04-16 14:35:00.000000',1,1,1,NULL,40,'email','2026-04-16 14:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,167,NULL);
INSERT INTO interaction VALUES('2026-06-26 10:35:00.000000','2026-06-26 10:35:00.000000',2,2,1,NULL,40,'email','2026-06-26 10:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,168,NULL);
INSERT INTO interaction VALUES('2026-04-07 14:35:00.000000','2026-04-07 14:35:00.000000',1,1,1,NULL,40,'email','2026-04-07 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',1,169,NULL);
INSERT INTO interaction VALUES('2026-09-09 14:35:00.000000','2026-09-09 14:35:00.000000',1,1,1,NULL,40,'email','2026-09-09 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',1,170,NULL);
INSERT INTO interaction VALUES('2026-08-23 10:05:00.000000','2026-08-23 10:05:00.000000',1,1,1,NULL,40,'email','2026-08-23 10:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,171,NULL);
INSERT INTO interaction VALUES('2026-10-03 13:05:00.000000','2026-10-03 13:05:00.000000',1,1,1,NULL,40,'email','2026-10-03 13:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,172,NULL);
INSERT INTO interaction VALUES('2026-07-01 10:35:00.000000','2026-07-01 10:35:00.000000',1,1,1,NULL,40,'call','2026-07-01 10:30:00.000000','Feedback call','Talked through feedback on the second round.',1,173,NULL);
INSERT INTO interaction VALUES('2026-08-31 10:35:00.000000','2026-08-31 10:35:00.000000',1,1,1,NULL,40,'note','2026-08-31 10:30:00.000000','Team change','New contact for day-to-day questions from next month.',1,174,NULL);
INSERT INTO interaction VALUES('2026-02-06 11:35:00.000000','2026-02-06 11:35:00.000000',3,3,1,NULL,41,'email','2026-02-06 11:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,175,NULL);
INSERT INTO interaction VALUES('2026-10-24 10:05:00.000000','2026-10-24 10:05:00.000000',1,1,1,NULL,41,'message','2026-10-24 10:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',1,176,NULL);
INSERT INTO interaction VALUES('2026-06-15 09:05:00.000000','2026-06-15 09:05:00.000000',3,3,1,NULL,41,'message','2026-06-15 09:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',3,177,NULL);
INSERT INTO interaction VALUES('2026-03-03 09:35:00.000000','2026-03-03 09:35:00.000000',3,3,1,NULL,41,'email','2026-03-03 09:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,178,NULL);
INSERT INTO interaction VALUES('2026-08-26 14:35:00.000000','2026-08-26 14:35:00.000000',2,2,1,NULL,41,'message','2026-08-26 14:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,179,NULL);
INSERT INTO interaction VALUES('2026-03-21 09:35:00.000000','2026-03-21 09:35:00.000000',2,2,1,NULL,41,'email','2026-03-21 09:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,180,NULL);
INSERT INTO interaction VALUES('2026-09-29 14:35:00.000000','2026-09-29 14:35:00.000000',3,3,1,NULL,42,'email','2026-09-29 14:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',3,181,NULL);
INSERT INTO interaction VALUES('2026-09-16 13:05:00.000000','2026-09-16 13:05:00.000000',3,3,1,NULL,42,'message','2026-09-16 13:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',3,182,NULL);
INSERT INTO interaction VALUES('2026-10-27 11:05:00.000000','2026-10-27 11:05:00.000000',3,3,1,NULL,43,'email','2026-10-27 11:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,183,NULL);
INSERT INTO interaction VALUES('2026-03-06 10:05:00.000000','2026-03-06 10:05:00.000000',3,3,1,NULL,43,'email','2026-03-06 10:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,184,NULL);
INSERT INTO interaction VALUES('2026-10-28 14:05:00.000000','2026-10-28 14:05:00.000000',2,2,1,NULL,43,'message','2026-10-28 14:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,185,NULL);
INSERT INTO interaction VALUES('2026-02-12 11:05:00.000000','2026-02-12 11:05:00.000000',3,3,1,NULL,43,'email','2026-02-12 11:00:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,186,NULL);
INSERT INTO interaction VALUES('2026-06-25 14:35:00.000000','2026-06-25 14:35:00.000000',3,3,1,NULL,43,'message','2026-06-25 14:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,187,NULL);
INSERT INTO interaction VALUES('2026-10-08 10:35:00.000000','2026-10-08 10:35:00.000000',3,3,1,NULL,44,'call','2026-10-08 10:30:00.000000','Catch-up call','Quick catch-up; all on track.',3,188,NULL);
INSERT INTO interaction VALUES('2026-04-16 10:35:00.000000','2026-04-16 10:35:00.000000',3,3,1,NULL,44,'email','2026-04-16 10:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,189,NULL);
INSERT INTO interaction VALUES('2026-11-07 14:05:00.000000','2026-11-07 14:05:00.000000',2,2,1,NULL,45,'note','2026-11-07 14:00:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',2,190,NULL);
INSERT INTO interaction VALUES('2026-10-01 08:35:00.000000','2026-10-01 08:35:00.000000',3,3,1,NULL,45,'call','2026-10-01 08:30:00.000000','Feedback call','Talked through feedback on the second round.',3,191,NULL);
INSERT INTO interaction VALUES('2026-10-13 09:05:00.000000','2026-10-13 09:05:00.000000',3,3,1,NULL,45,'call','2026-10-13 09:00:00.000000','Feedback call','Talked through feedback on the second round.',3,192,NULL);
INSERT INTO interaction VALUES('2026-10-20 13:05:00.000000','2026-10-20 13:05:00.000000',2,2,1,NULL,45,'call','2026-10-20 13:00:00.000000','Feedback call','Talked through feedback on the second round.',2,193,NULL);
INSERT INTO interaction VALUES('2026-11-20 15:35:00.000000','2026-11-20 15:35:00.000000',3,3,1,NULL,45,'email','2026-11-20 15:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,194,NULL);
INSERT INTO interaction VALUES('2026-09-15 10:05:00.000000','2026-09-15 10:05:00.000000',2,2,1,NULL,46,'call','2026-09-15 10:00:00.000000','Deadline call','Moved the deadline by a week at their request.',2,195,NULL);
INSERT INTO interaction VALUES('2026-10-23 13:05:00.000000','2026-10-23 13:05:00.000000',2,2,1,NULL,46,'email','2026-10-23 13:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',2,196,NULL);
INSERT INTO interaction VALUES('2026-07-25 10:35:00.000000','2026-07-25 10:35:00.000000',2,2,1,NULL,46,'note','2026-07-25 10:30:00.000000','Referral','Said they would recommend us to a partner firm.',2,197,NULL);
INSERT INTO interaction VALUES('2026-08-02 13:05:00.000000','2026-08-02 13:05:00.000000',1,1,1,NULL,47,'call','2026-08-02 13:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',1,198,NULL);
INSERT INTO interaction VALUES('2026-10-01 08:35:00.000000','2026-10-01 08:35:00.000000',1,1,1,NULL,47,'email','2026-10-01 08:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,199,NULL);
INSERT INTO interaction VALUES('2026-09-26 10:35:00.000000','2026-09-26 10:35:00.000000',1,1,1,NULL,47,'email','2026-09-26 10:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,200,NULL);
INSERT INTO interaction VALUES('2026-11-21 09:35:00.000000','2026-11-21 09:35:00.000000',1,1,1,NULL,47,'email','2026-11-21 09:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,201,NULL);
INSERT INTO interaction VALUES('2026-10-06 08:35:00.000000','2026-10-06 08:35:00.000000',1,1,1,NULL,47,'message','2026-10-06 08:30:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',1,202,NULL);
INSERT INTO interaction VALUES('2026-10-27 09:35:00.000000','2026-10-27 09:35:00.000000',1,1,1,NULL,47,'email','2026-10-27 09:30:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',1,203,NULL);
INSERT INTO interaction VALUES('2026-11-06 09:35:00.000000','2026-11-06 09:35:00.000000',2,2,1,NULL,48,'message','2026-11-06 09:30:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',2,204,NULL);
INSERT INTO interaction VALUES('2026-09-21 09:05:00.000000','2026-09-21 09:05:00.000000',2,2,1,NULL,48,'note','2026-09-21 09:00:00.000000','Team change','New contact for day-to-day questions from next month.',2,205,NULL);
INSERT INTO interaction VALUES('2026-08-06 09:05:00.000000','2026-08-06 09:05:00.000000',3,3,1,NULL,49,'call','2026-08-06 09:00:00.000000','Feedback call','Talked through feedback on the second round.',3,206,NULL);
INSERT INTO interaction VALUES('2026-08-07 10:35:00.000000','2026-08-07 10:35:00.000000',1,1,1,NULL,49,'email','2026-08-07 10:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,207,NULL);
INSERT INTO interaction VALUES('2026-11-13 11:05:00.000000','2026-11-13 11:05:00.000000',3,3,1,NULL,49,'message','2026-11-13 11:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,208,NULL);
INSERT INTO interaction VALUES('2026-09-22 09:05:00.000000','2026-09-22 09:05:00.000000',3,3,1,NULL,49,'email','2026-09-22 09:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,209,NULL);
INSERT INTO interaction VALUES('2026-11-16 11:05:00.000000','2026-11-16 11:05:00.000000',1,1,1,NULL,49,'call','2026-11-16 11:00:00.000000','Catch-up call','Quick catch-up; all on track.',1,210,NULL);
INSERT INTO interaction VALUES('2026-07-29 14:35:00.000000','2026-07-29 14:35:00.000000',1,1,1,NULL,49,'message','2026-07-29 14:30:00.000000','Photo of the install','Sent a photo of the new signage in place.',1,211,NULL);
INSERT INTO interaction VALUES('2026-11-17 15:35:00.000000','2026-11-17 15:35:00.000000',1,1,1,NULL,50,'note','2026-11-17 15:30:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',1,212,NULL);
INSERT INTO interaction VALUES('2026-09-10 09:05:00.000000','2026-09-10 09:05:00.000000',3,3,1,NULL,50,'email','2026-09-10 09:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',3,213,NULL);
INSERT INTO interaction VALUES('2026-07-31 13:05:00.000000','2026-07-31 13:05:00.000000',3,3,1,NULL,50,'message','2026-07-31 13:00:00.000000','Quick question','Asked whether we can turn a flyer around by Monday.',3,214,NULL);
INSERT INTO interaction VALUES('2026-10-30 10:05:00.000000','2026-10-30 10:05:00.000000',3,3,1,NULL,51,'email','2026-10-30 10:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,215,NULL);
INSERT INTO interaction VALUES('2026-11-17 11:35:00.000000','2026-11-17 11:35:00.000000',3,3,1,NULL,51,'email','2026-11-17 11:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,216,NULL);
INSERT INTO interaction VALUES('2026-11-07 15:35:00.000000','2026-11-07 15:35:00.000000',3,3,1,NULL,51,'call','2026-11-07 15:30:00.000000','Catch-up call','Quick catch-up; all on track.',3,217,NULL);
INSERT INTO interaction VALUES('2026-07-17 14:35:00.000000','2026-07-17 14:35:00.000000',3,3,1,NULL,52,'email','2026-07-17 14:30:00.000000','Print quote','Forwarded the printer''s quote for 2,000 copies.',3,218,NULL);
INSERT INTO interaction VALUES('2026-09-24 10:05:00.000000','2026-09-24 10:05:00.000000',3,3,1,NULL,53,'message','2026-09-24 10:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',3,219,NULL);
INSERT INTO interaction VALUES('2026-10-06 10:05:00.000000','2026-10-06 10:05:00.000000',3,3,1,NULL,53,'call','2026-10-06 10:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,220,NULL);
INSERT INTO interaction VALUES('2026-11-10 15:35:00.000000','2026-11-10 15:35:00.000000',3,3,1,NULL,53,'note','2026-11-10 15:30:00.000000','Referral','Said they would recommend us to a partner firm.',3,221,NULL);
INSERT INTO interaction VALUES('2026-09-28 13:05:00.000000','2026-09-28 13:05:00.000000',3,3,1,NULL,54,'call','2026-09-28 13:00:00.000000','Called about invoice','Payment is in their next run on Thursday.',3,222,NULL);
INSERT INTO interaction VALUES('2026-06-14 09:05:00.000000','2026-06-14 09:05:00.000000',2,2,1,NULL,55,'message','2026-06-14 09:00:00.000000','Photo of the install','Sent a photo of the new signage in place.',2,223,NULL);
INSERT INTO interaction VALUES('2026-09-21 14:35:00.000000','2026-09-21 14:35:00.000000',3,3,1,NULL,55,'email','2026-09-21 14:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',3,224,NULL);
INSERT INTO interaction VALUES('2026-09-18 10:05:00.000000','2026-09-18 10:05:00.000000',3,3,1,NULL,56,'email','2026-09-18 10:00:00.000000','Invoice sent','Sent this period''s invoice with the usual payment terms.',3,225,NULL);
INSERT INTO interaction VALUES('2026-06-16 10:35:00.000000','2026-06-16 10:35:00.000000',3,3,1,NULL,56,'note','2026-06-16 10:30:00.000000','Budget approved','Their board approved the budget for the next phase.',3,226,NULL);
INSERT INTO interaction VALUES('2026-07-17 10:35:00.000000','2026-07-17 10:35:00.000000',3,3,1,NULL,57,'email','2026-07-17 10:30:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,227,NULL);
INSERT INTO interaction VALUES('2026-07-09 13:05:00.000000','2026-07-09 13:05:00.000000',3,3,1,NULL,57,'call','2026-07-09 13:00:00.000000','Feedback call','Talked through feedback on the second round.',3,228,NULL);
INSERT INTO interaction VALUES('2026-10-25 10:05:00.000000','2026-10-25 10:05:00.000000',3,3,1,NULL,57,'email','2026-10-25 10:00:00.000000','Re: timeline','Confirmed the delivery dates we agreed on the call.',3,229,NULL);
INSERT INTO interaction VALUES('2026-11-03 11:05:00.000000','2026-11-03 11:05:00.000000',2,2,1,NULL,58,'note','2026-11-03 11:00:00.000000','Preferences','Prefers matte finishes; avoid neon colours.',2,230,NULL);
INSERT INTO interaction VALUES('2026-11-15 09:35:00.000000','2026-11-15 09:35:00.000000',1,1,1,NULL,59,'email','2026-11-15 09:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,231,NULL);
INSERT INTO interaction VALUES('2026-10-27 09:35:00.000000','2026-10-27 09:35:00.000000',1,1,1,NULL,59,'email','2026-10-27 09:30:00.000000','Proofs for review','Sent PDF proofs; asked for comments by Friday.',1,232,NULL);
INSERT INTO interaction VALUES('2026-10-29 10:05:00.000000','2026-10-29 10:05:00.000000',1,1,1,NULL,59,'email','2026-10-29 10:00:00.000000','Brief for next quarter','Received their brief; questions sent back.',1,233,NULL);
INSERT INTO interaction VALUES('2026-11-13 11:35:00.000000','2026-11-13 11:35:00.000000',2,2,1,NULL,60,'email','2026-11-13 11:30:00.000000','Brief for next quarter','Received their brief; questions sent back.',2,234,NULL);
INSERT INTO interaction VALUES('2026-10-09 13:05:00.000000','2026-10-09 13:05:00.000000',2,2,1,NULL,60,'note','2026-10-09 13:00:00.000000','Team change','New contact for day-to-day questions from next month.',2,235,NULL);
CREATE TABLE meeting_attendee (
	meeting_id INTEGER NOT NULL, 
	contact_id INTEGER NOT NULL, 
	CONSTRAINT pk_meeting_attendee PRIMARY KEY (meeting_id, contact_id), 
	CONSTRAINT fk_meeting_attendee_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id) ON DELETE CASCADE, 
	CONSTRAINT fk_meeting_attendee_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
);
INSERT INTO meeting_attendee VALUES(1,1);
INSERT INTO meeting_attendee VALUES(1,2);
INSERT INTO meeting_attendee VALUES(1,3);
INSERT INTO meeting_attendee VALUES(2,1);
INSERT INTO meeting_attendee VALUES(2,2);
INSERT INTO meeting_attendee VALUES(3,1);
INSERT INTO meeting_attendee VALUES(3,2);
INSERT INTO meeting_attendee VALUES(4,1);
INSERT INTO meeting_attendee VALUES(4,3);
INSERT INTO meeting_attendee VALUES(5,1);
INSERT INTO meeting_attendee VALUES(5,2);
INSERT INTO meeting_attendee VALUES(5,3);
INSERT INTO meeting_attendee VALUES(6,1);
INSERT INTO meeting_attendee VALUES(6,2);
INSERT INTO meeting_attendee VALUES(6,3);
INSERT INTO meeting_attendee VALUES(7,1);
INSERT INTO meeting_attendee VALUES(7,2);
INSERT INTO meeting_attendee VALUES(7,3);
INSERT INTO meeting_attendee VALUES(8,1);
INSERT INTO meeting_attendee VALUES(8,3);
INSERT INTO meeting_attendee VALUES(9,1);
INSERT INTO meeting_attendee VALUES(9,3);
INSERT INTO meeting_attendee VALUES(10,1);
INSERT INTO meeting_attendee VALUES(10,2);
INSERT INTO meeting_attendee VALUES(11,1);
INSERT INTO meeting_attendee VALUES(11,2);
INSERT INTO meeting_attendee VALUES(11,3);
INSERT INTO meeting_attendee VALUES(12,1);
INSERT INTO meeting_attendee VALUES(12,3);
INSERT INTO meeting_attendee VALUES(12,2);
INSERT INTO meeting_attendee VALUES(13,1);
INSERT INTO meeting_attendee VALUES(13,2);
INSERT INTO meeting_attendee VALUES(13,3);
INSERT INTO meeting_attendee VALUES(14,1);
INSERT INTO meeting_attendee VALUES(14,3);
INSERT INTO meeting_attendee VALUES(15,1);
INSERT INTO meeting_attendee VALUES(15,3);
INSERT INTO meeting_attendee VALUES(16,1);
INSERT INTO meeting_attendee VALUES(16,3);
INSERT INTO meeting_attendee VALUES(17,1);
INSERT INTO meeting_attendee VALUES(17,2);
INSERT INTO meeting_attendee VALUES(17,3);
INSERT INTO meeting_attendee VALUES(18,1);
INSERT INTO meeting_attendee VALUES(18,2);
INSERT INTO meeting_attendee VALUES(18,3);
INSERT INTO meeting_attendee VALUES(19,1);
INSERT INTO meeting_attendee VALUES(19,3);
INSERT INTO meeting_attendee VALUES(20,1);
INSERT INTO meeting_attendee VALUES(20,3);
INSERT INTO meeting_attendee VALUES(20,2);
INSERT INTO meeting_attendee VALUES(21,1);
INSERT INTO meeting_attendee VALUES(21,3);
INSERT INTO meeting_attendee VALUES(22,1);
INSERT INTO meeting_attendee VALUES(22,3);
INSERT INTO meeting_attendee VALUES(23,1);
INSERT INTO meeting_attendee VALUES(23,3);
INSERT INTO meeting_attendee VALUES(23,2);
INSERT INTO meeting_attendee VALUES(24,1);
INSERT INTO meeting_attendee VALUES(24,3);
INSERT INTO meeting_attendee VALUES(24,2);
INSERT INTO meeting_attendee VALUES(25,1);
INSERT INTO meeting_attendee VALUES(25,3);
INSERT INTO meeting_attendee VALUES(25,2);
INSERT INTO meeting_attendee VALUES(26,1);
INSERT INTO meeting_attendee VALUES(26,2);
INSERT INTO meeting_attendee VALUES(26,3);
INSERT INTO meeting_attendee VALUES(27,1);
INSERT INTO meeting_attendee VALUES(27,2);
INSERT INTO meeting_attendee VALUES(28,4);
INSERT INTO meeting_attendee VALUES(28,5);
INSERT INTO meeting_attendee VALUES(28,6);
INSERT INTO meeting_attendee VALUES(29,4);
INSERT INTO meeting_attendee VALUES(29,5);
INSERT INTO meeting_attendee VALUES(29,6);
INSERT INTO meeting_attendee VALUES(30,4);
INSERT INTO meeting_attendee VALUES(30,6);
INSERT INTO meeting_attendee VALUES(31,4);
INSERT INTO meeting_attendee VALUES(31,6);
INSERT INTO meeting_attendee VALUES(32,4);
INSERT INTO meeting_attendee VALUES(32,5);
INSERT INTO meeting_attendee VALUES(32,6);
INSERT INTO meeting_attendee VALUES(33,4);
INSERT INTO meeting_attendee VALUES(33,6);
INSERT INTO meeting_attendee VALUES(34,4);
INSERT INTO meeting_attendee VALUES(34,6);
INSERT INTO meeting_attendee VALUES(35,4);
INSERT INTO meeting_attendee VALUES(35,5);
INSERT INTO meeting_attendee VALUES(36,4);
INSERT INTO meeting_attendee VALUES(36,5);
INSERT INTO meeting_attendee VALUES(36,6);
INSERT INTO meeting_attendee VALUES(37,4);
INSERT INTO meeting_attendee VALUES(37,6);
INSERT INTO meeting_attendee VALUES(38,4);
INSERT INTO meeting_attendee VALUES(38,6);
INSERT INTO meeting_attendee VALUES(39,4);
INSERT INTO meeting_attendee VALUES(39,5);
INSERT INTO meeting_attendee VALUES(40,4);
INSERT INTO meeting_attendee VALUES(40,5);
INSERT INTO meeting_attendee VALUES(41,7);
INSERT INTO meeting_attendee VALUES(41,8);
INSERT INTO meeting_attendee VALUES(42,7);
INSERT INTO meeting_attendee VALUES(42,9);
INSERT INTO meeting_attendee VALUES(43,7);
INSERT INTO meeting_attendee VALUES(43,9);
INSERT INTO meeting_attendee VALUES(44,7);
INSERT INTO meeting_attendee VALUES(44,9);
INSERT INTO meeting_attendee VALUES(44,8);
INSERT INTO meeting_attendee VALUES(45,7);
INSERT INTO meeting_attendee VALUES(45,9);
INSERT INTO meeting_attendee VALUES(45,8);
INSERT INTO meeting_attendee VALUES(46,7);
INSERT INTO meeting_attendee VALUES(46,9);
INSERT INTO meeting_attendee VALUES(46,8);
INSERT INTO meeting_attendee VALUES(47,7);
INSERT INTO meeting_attendee VALUES(47,8);
INSERT INTO meeting_attendee VALUES(47,9);
INSERT INTO meeting_attendee VALUES(48,7);
INSERT INTO meeting_attendee VALUES(48,9);
INSERT INTO meeting_attendee VALUES(49,7);
INSERT INTO meeting_attendee VALUES(49,9);
INSERT INTO meeting_attendee VALUES(49,8);
INSERT INTO meeting_attendee VALUES(50,7);
INSERT INTO meeting_attendee VALUES(50,9);
INSERT INTO meeting_attendee VALUES(51,10);
INSERT INTO meeting_attendee VALUES(51,11);
INSERT INTO meeting_attendee VALUES(52,10);
INSERT INTO meeting_attendee VALUES(52,11);
INSERT INTO meeting_attendee VALUES(53,12);
INSERT INTO meeting_attendee VALUES(53,13);
INSERT INTO meeting_attendee VALUES(54,12);
INSERT INTO meeting_attendee VALUES(54,13);
INSERT INTO meeting_attendee VALUES(55,12);
INSERT INTO meeting_attendee VALUES(55,13);
INSERT INTO meeting_attendee VALUES(56,12);
INSERT INTO meeting_attendee VALUES(56,13);
INSERT INTO meeting_attendee VALUES(57,14);
INSERT INTO meeting_attendee VALUES(57,16);
INSERT INTO meeting_attendee VALUES(57,15);
INSERT INTO meeting_attendee VALUES(58,14);
INSERT INTO meeting_attendee VALUES(58,15);
INSERT INTO meeting_attendee VALUES(58,16);
INSERT INTO meeting_attendee VALUES(59,14);
INSERT INTO meeting_attendee VALUES(59,16);
INSERT INTO meeting_attendee VALUES(60,14);
INSERT INTO meeting_attendee VALUES(60,15);
INSERT INTO meeting_attendee VALUES(60,16);
INSERT INTO meeting_attendee VALUES(61,14);
INSERT INTO meeting_attendee VALUES(61,15);
INSERT INTO meeting_attendee VALUES(62,14);
INSERT INTO meeting_attendee VALUES(62,15);
INSERT INTO meeting_attendee VALUES(63,14);
INSERT INTO meeting_attendee VALUES(63,15);
INSERT INTO meeting_attendee VALUES(64,14);
INSERT INTO meeting_attendee VALUES(64,15);
INSERT INTO meeting_attendee VALUES(65,14);
INSERT INTO meeting_attendee VALUES(65,16);
INSERT INTO meeting_attendee VALUES(65,15);
INSERT INTO meeting_attendee VALUES(66,14);
INSERT INTO meeting_attendee VALUES(66,15);
INSERT INTO meeting_attendee VALUES(66,16);
INSERT INTO meeting_attendee VALUES(67,14);
INSERT INTO meeting_attendee VALUES(67,16);
INSERT INTO meeting_attendee VALUES(68,14);
INSERT INTO meeting_attendee VALUES(68,15);
INSERT INTO meeting_attendee VALUES(69,14);
INSERT INTO meeting_attendee VALUES(69,16);
INSERT INTO meeting_attendee VALUES(69,15);
INSERT INTO meeting_attendee VALUES(70,14);
INSERT INTO meeting_attendee VALUES(70,15);
INSERT INTO meeting_attendee VALUES(70,16);
INSERT INTO meeting_attendee VALUES(71,19);
INSERT INTO meeting_attendee VALUES(71,21);
INSERT INTO meeting_attendee VALUES(72,19);
INSERT INTO meeting_attendee VALUES(72,20);
INSERT INTO meeting_attendee VALUES(72,21);
INSERT INTO meeting_attendee VALUES(73,19);
INSERT INTO meeting_attendee VALUES(73,21);
INSERT INTO meeting_attendee VALUES(74,22);
INSERT INTO meeting_attendee VALUES(74,23);
INSERT INTO meeting_attendee VALUES(75,22);
INSERT INTO meeting_attendee VALUES(75,23);
INSERT INTO meeting_attendee VALUES(76,22);
INSERT INTO meeting_attendee VALUES(76,23);
INSERT INTO meeting_attendee VALUES(77,22);
INSERT INTO meeting_attendee VALUES(77,23);
INSERT INTO meeting_attendee VALUES(78,24);
INSERT INTO meeting_attendee VALUES(78,25);
INSERT INTO meeting_attendee VALUES(78,26);
INSERT INTO meeting_attendee VALUES(79,24);
INSERT INTO meeting_attendee VALUES(79,26);
INSERT INTO meeting_attendee VALUES(80,24);
INSERT INTO meeting_attendee VALUES(80,25);
INSERT INTO meeting_attendee VALUES(81,24);
INSERT INTO meeting_attendee VALUES(81,26);
INSERT INTO meeting_attendee VALUES(81,25);
INSERT INTO meeting_attendee VALUES(82,24);
INSERT INTO meeting_attendee VALUES(82,25);
INSERT INTO meeting_attendee VALUES(83,24);
INSERT INTO meeting_attendee VALUES(83,26);
INSERT INTO meeting_attendee VALUES(84,24);
INSERT INTO meeting_attendee VALUES(84,26);
INSERT INTO meeting_attendee VALUES(85,24);
INSERT INTO meeting_attendee VALUES(85,26);
INSERT INTO meeting_attendee VALUES(85,25);
INSERT INTO meeting_attendee VALUES(86,24);
INSERT INTO meeting_attendee VALUES(86,25);
INSERT INTO meeting_attendee VALUES(87,24);
INSERT INTO meeting_attendee VALUES(87,26);
INSERT INTO meeting_attendee VALUES(88,24);
INSERT INTO meeting_attendee VALUES(88,26);
INSERT INTO meeting_attendee VALUES(88,25);
INSERT INTO meeting_attendee VALUES(89,24);
INSERT INTO meeting_attendee VALUES(89,26);
INSERT INTO meeting_attendee VALUES(89,25);
INSERT INTO meeting_attendee VALUES(90,27);
INSERT INTO meeting_attendee VALUES(90,29);
INSERT INTO meeting_attendee VALUES(90,28);
INSERT INTO meeting_attendee VALUES(91,27);
INSERT INTO meeting_attendee VALUES(91,28);
INSERT INTO meeting_attendee VALUES(92,27);
INSERT INTO meeting_attendee VALUES(92,28);
INSERT INTO meeting_attendee VALUES(92,29);
INSERT INTO meeting_attendee VALUES(93,27);
INSERT INTO meeting_attendee VALUES(93,29);
INSERT INTO meeting_attendee VALUES(93,28);
INSERT INTO meeting_attendee VALUES(94,27);
INSERT INTO meeting_attendee VALUES(94,28);
INSERT INTO meeting_attendee VALUES(94,29);
INSERT INTO meeting_attendee VALUES(95,27);
INSERT INTO meeting_attendee VALUES(95,29);
INSERT INTO meeting_attendee VALUES(95,28);
INSERT INTO meeting_attendee VALUES(96,27);
INSERT INTO meeting_attendee VALUES(96,28);
INSERT INTO meeting_attendee VALUES(97,27);
INSERT INTO meeting_attendee VALUES(97,29);
INSERT INTO meeting_attendee VALUES(97,28);
INSERT INTO meeting_attendee VALUES(98,27);
INSERT INTO meeting_attendee VALUES(98,28);
INSERT INTO meeting_attendee VALUES(98,29);
INSERT INTO meeting_attendee VALUES(99,27);
INSERT INTO meeting_attendee VALUES(99,28);
INSERT INTO meeting_attendee VALUES(100,27);
INSERT INTO meeting_attendee VALUES(100,29);
INSERT INTO meeting_attendee VALUES(101,32);
INSERT INTO meeting_attendee VALUES(101,33);
INSERT INTO meeting_attendee VALUES(102,32);
INSERT INTO meeting_attendee VALUES(102,33);
INSERT INTO meeting_attendee VALUES(103,32);
INSERT INTO meeting_attendee VALUES(103,33);
INSERT INTO meeting_attendee VALUES(104,32);
INSERT INTO meeting_attendee VALUES(104,33);
INSERT INTO meeting_attendee VALUES(105,40);
INSERT INTO meeting_attendee VALUES(106,40);
INSERT INTO meeting_attendee VALUES(107,40);
INSERT INTO meeting_attendee VALUES(108,40);
INSERT INTO meeting_attendee VALUES(109,40);
INSERT INTO meeting_attendee VALUES(110,40);
INSERT INTO meeting_attendee VALUES(111,40);
INSERT INTO meeting_attendee VALUES(112,34);
INSERT INTO meeting_attendee VALUES(112,35);
INSERT INTO meeting_attendee VALUES(113,34);
INSERT INTO meeting_attendee VALUES(113,35);
INSERT INTO meeting_attendee VALUES(114,17);
INSERT INTO meeting_attendee VALUES(114,18);
INSERT INTO meeting_attendee VALUES(115,30);
INSERT INTO meeting_attendee VALUES(115,31);
INSERT INTO meeting_attendee VALUES(116,38);
INSERT INTO meeting_attendee VALUES(116,39);
INSERT INTO meeting_attendee VALUES(117,58);
INSERT INTO meeting_attendee VALUES(118,59);
INSERT INTO meeting_attendee VALUES(119,60);
INSERT INTO meeting_attendee VALUES(120,1);
INSERT INTO meeting_attendee VALUES(120,3);
INSERT INTO meeting_attendee VALUES(121,24);
INSERT INTO meeting_attendee VALUES(121,25);
INSERT INTO meeting_attendee VALUES(121,26);
INSERT INTO meeting_attendee VALUES(122,22);
INSERT INTO meeting_attendee VALUES(122,23);
INSERT INTO meeting_attendee VALUES(123,4);
INSERT INTO meeting_attendee VALUES(123,6);
INSERT INTO meeting_attendee VALUES(123,5);
INSERT INTO meeting_attendee VALUES(124,17);
INSERT INTO meeting_attendee VALUES(124,18);
INSERT INTO meeting_attendee VALUES(125,60);
CREATE TABLE sale (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	sold_at DATETIME NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	discount_minor BIGINT NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	payment_method VARCHAR(24) NOT NULL, 
	channel VARCHAR(24) NOT NULL, 
	note VARCHAR(1000) NOT NULL, 
	id INTEGER NOT NULL, 
	subtotal_minor BIGINT NOT NULL, 
	total_minor BIGINT NOT NULL, 
	refunded_minor BIGINT NOT NULL, 
	CONSTRAINT pk_sale PRIMARY KEY (id), 
	CONSTRAINT fk_sale_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_sale_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_sale_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO sale VALUES('2025-11-22 16:05:00.000000','2025-11-22 16:05:00.000000',1,1,1,NULL,43,'2025-11-22 16:05:00.000000','GBP',0,'paid','paypal','online','',1,6400,6400,0);
INSERT INTO sale VALUES('2025-11-24 11:05:00.000000','2025-11-24 11:05:00.000000',3,3,1,NULL,43,'2025-11-24 11:05:00.000000','GBP',0,'paid','bank_transfer','phone','',2,15500,15500,0);
INSERT INTO sale VALUES('2025-11-25 09:28:00.000000','2025-11-25 09:28:00.000000',3,3,1,NULL,42,'2025-11-25 09:28:00.000000','EUR',2100,'paid','card','online','10% returning-customer discount',3,21400,19300,0);
INSERT INTO sale VALUES('2025-11-27 11:41:00.000000','2025-11-27 11:41:00.000000',3,3,1,NULL,41,'2025-11-27 11:41:00.000000','GBP',0,'paid','paypal','online','',4,2400,2400,0);
INSERT INTO sale VALUES('2025-11-27 16:28:00.000000','2025-11-27 16:28:00.000000',3,3,1,NULL,41,'2025-11-27 16:28:00.000000','GBP',0,'paid','card','phone','',5,18000,18000,0);
INSERT INTO sale VALUES('2025-11-28 14:41:00.000000','2025-11-28 14:41:00.000000',1,1,1,NULL,43,'2025-11-28 14:41:00.000000','GBP',0,'paid','card','in_store','',6,20500,20500,0);
INSERT INTO sale VALUES('2025-11-29 11:41:00.000000','2025-11-29 11:41:00.000000',3,3,1,NULL,41,'2025-11-29 11:41:00.000000','GBP',0,'paid','card','online','',7,7500,7500,0);
INSERT INTO sale VALUES('2025-12-02 08:28:00.000000','2025-12-02 08:28:00.000000',3,3,1,NULL,41,'2025-12-02 08:28:00.000000','GBP',0,'paid','card','online','',8,4000,4000,0);
INSERT INTO sale VALUES('2025-12-02 19:05:00.000000','2025-12-02 19:05:00.000000',3,3,1,NULL,44,'2025-12-02 19:05:00.000000','EUR',0,'paid','cash','event','',9,20500,20500,0);
INSERT INTO sale VALUES('2025-12-03 10:28:00.000000','2025-12-03 10:28:00.000000',3,3,1,NULL,43,'2025-12-03 10:28:00.000000','GBP',0,'paid','card','online','',10,15300,15300,0);
INSERT INTO sale VALUES('2025-12-07 11:41:00.000000','2025-12-07 11:41:00.000000',3,3,1,NULL,42,'2025-12-07 11:41:00.000000','EUR',0,'paid','card','online','',11,42900,42900,0);
INSERT INTO sale VALUES('2025-12-11 14:28:00.000000','2025-12-11 14:28:00.000000',3,3,1,NULL,44,'2025-12-11 14:28:00.000000','EUR',0,'paid','card','online','',12,5800,5800,0);
INSERT INTO sale VALUES('2025-12-12 17:28:00.000000','2025-12-12 17:28:00.000000',3,3,1,NULL,14,'2025-12-12 17:28:00.000000','EUR',0,'paid','bank_transfer','phone','',13,40000,40000,0);
INSERT INTO sale VALUES('2025-12-13 11:17:00.000000','2025-12-13 11:17:00.000000',1,1,1,NULL,42,'2025-12-13 11:17:00.000000','EUR',0,'paid','card','online','',14,4500,4500,0);
INSERT INTO sale VALUES('2025-12-13 18:53:00.000000','2025-12-13 18:53:00.000000',3,3,1,NULL,41,'2025-12-13 18:53:00.000000','GBP',0,'paid','card','online','',15,20100,20100,0);
INSERT INTO sale VALUES('2025-12-17 13:28:00.000000','2025-12-27 14:28:00.000000',2,3,2,NULL,41,'2025-12-17 13:28:00.000000','GBP',0,'partially_refunded','paypal','online','',16,3900,3900,1900);
INSERT INTO sale VALUES('2025-12-18 19:41:00.000000','2025-12-18 19:41:00.000000',3,3,1,NULL,43,'2025-12-18 19:41:00.000000','GBP',0,'paid','card','online','',17,13500,13500,0);
INSERT INTO sale VALUES('2025-12-19 14:28:00.000000','2025-12-19 14:28:00.000000',3,3,1,NULL,41,'2025-12-19 14:28:00.000000','GBP',0,'paid','cash','in_store','',18,3900,3900,0);
INSERT INTO sale VALUES('2025-12-21 10:05:00.000000','2025-12-21 10:05:00.000000',3,3,1,NULL,1,'2025-12-21 10:05:00.000000','GBP',0,'paid','bank_transfer','online','',19,6500,6500,0);
INSERT INTO sale VALUES('2025-12-21 16:28:00.000000','2025-12-21 16:28:00.000000',2,2,1,NULL,41,'2025-12-21 16:28:00.000000','GBP',7100,'paid','paypal','online','10% returning-customer discount',20,71000,63900,0);
INSERT INTO sale VALUES('2025-12-23 09:17:00.000000','2025-12-23 09:17:00.000000',3,3,1,NULL,43,'2025-12-23 09:17:00.000000','GBP',2400,'paid','card','online','10% returning-customer discount',21,24650,22250,0);
INSERT INTO sale VALUES('2025-12-24 14:05:00.000000','2025-12-24 14:05:00.000000',3,3,1,NULL,42,'2025-12-24 14:05:00.000000','EUR',0,'paid','paypal','online','',22,4500,4500,0);
INSERT INTO sale VALUES('2025-12-31 08:05:00.000000','2025-12-31 08:05:00.000000',3,3,1,NULL,44,'2025-12-31 08:05:00.000000','EUR',0,'paid','card','online','',23,4500,4500,0);
INSERT INTO sale VALUES('2026-01-01 09:41:00.000000','2026-01-01 09:41:00.000000',1,1,1,NULL,44,'2026-01-01 09:41:00.000000','EUR',0,'paid','paypal','online','',24,13200,13200,0);
INSERT INTO sale VALUES('2026-01-02 18:41:00.000000','2026-01-02 18:41:00.000000',3,3,1,NULL,41,'2026-01-02 18:41:00.000000','GBP',1100,'paid','cash','event','10% returning-customer discount',25,11300,10200,0);
INSERT INTO sale VALUES('2026-01-03 13:28:00.000000','2026-01-03 13:28:00.000000',3,3,1,NULL,41,'2026-01-03 13:28:00.000000','GBP',0,'paid','paypal','online','',26,3900,3900,0);
INSERT INTO sale VALUES('2026-01-05 11:05:00.000000','2026-01-05 11:05:00.000000',3,3,1,NULL,41,'2026-01-05 11:05:00.000000','GBP',0,'paid','paypal','online','',27,25100,25100,0);
INSERT INTO sale VALUES('2026-01-09 11:28:00.000000','2026-01-09 11:28:00.000000',3,3,1,NULL,41,'2026-01-09 11:28:00.000000','GBP',0,'paid','card','online','',28,3900,3900,0);
INSERT INTO sale VALUES('2026-01-12 14:53:00.000000','2026-01-12 14:53:00.000000',3,3,1,NULL,42,'2026-01-12 14:53:00.000000','EUR',0,'paid','card','online','',29,4500,4500,0);
INSERT INTO sale VALUES('2026-01-14 09:17:00.000000','2026-01-14 09:17:00.000000',3,3,1,NULL,14,'2026-01-14 09:17:00.000000','EUR',1500,'paid','invoice','online','Voucher 15.00 EUR',30,39400,37900,0);
INSERT INTO sale VALUES('2026-01-21 16:05:00.000000','2026-01-21 16:05:00.000000',2,2,1,NULL,41,'2026-01-21 16:05:00.000000','GBP',0,'paid','card','online','',31,18400,18400,0);
INSERT INTO sale VALUES('2026-01-24 12:41:00.000000','2026-01-24 12:41:00.000000',3,3,1,NULL,43,'2026-01-24 12:41:00.000000','GBP',0,'paid','card','online','',32,35000,35000,0);
INSERT INTO sale VALUES('2026-01-24 19:41:00.000000','2026-01-24 19:41:00.000000',3,3,1,NULL,42,'2026-01-24 19:41:00.000000','EUR',0,'paid','card','online','',33,40000,40000,0);
INSERT INTO sale VALUES('2026-01-26 12:41:00.000000','2026-01-26 12:41:00.000000',3,3,1,NULL,42,'2026-01-26 12:41:00.000000','EUR',0,'paid','card','online','',34,4500,4500,0);
INSERT INTO sale VALUES('2026-01-30 09:28:00.000000','2026-01-30 09:28:00.000000',1,1,1,NULL,41,'2026-01-30 09:28:00.000000','GBP',0,'paid','cash','event','',35,3200,3200,0);
INSERT INTO sale VALUES('2026-01-31 16:17:00.000000','2026-01-31 16:17:00.000000',3,3,1,NULL,43,'2026-01-31 16:17:00.000000','GBP',1500,'paid','card','in_store','Voucher 15.00 GBP',36,14750,13250,0);
INSERT INTO sale VALUES('2026-01-31 18:41:00.000000','2026-01-31 18:41:00.000000',3,3,1,NULL,41,'2026-01-31 18:41:00.000000','GBP',0,'paid','card','online','',37,2550,2550,0);
INSERT INTO sale VALUES('2026-02-04 12:53:00.000000','2026-02-04 12:53:00.000000',3,3,1,NULL,1,'2026-02-04 12:53:00.000000','GBP',0,'paid','bank_transfer','phone','',38,36000,36000,0);
INSERT INTO sale VALUES('2026-02-04 16:53:00.000000','2026-02-04 16:53:00.000000',3,3,1,NULL,41,'2026-02-04 16:53:00.000000','GBP',0,'paid','paypal','online','',39,44000,44000,0);
INSERT INTO sale VALUES('2026-02-10 18:05:00.000000','2026-02-10 18:05:00.000000',3,3,1,NULL,41,'2026-02-10 18:05:00.000000','GBP',0,'paid','card','online','',40,13000,13000,0);
INSERT INTO sale VALUES('2026-02-11 09:28:00.000000','2026-02-11 09:28:00.000000',3,3,1,NULL,44,'2026-02-11 09:28:00.000000','EUR',0,'paid','card','event','',41,10500,10500,0);
INSERT INTO sale VALUES('2026-02-12 12:17:00.000000','2026-02-12 12:17:00.000000',3,3,1,NULL,44,'2026-02-12 12:17:00.000000','EUR',0,'paid','card','online','',42,10400,10400,0);
INSERT INTO sale VALUES('2026-02-13 08:53:00.000000','2026-02-13 08:53:00.000000',3,3,1,NULL,44,'2026-02-13 08:53:00.000000','EUR',0,'paid','paypal','online','',43,25300,25300,0);
INSERT INTO sale VALUES('2026-02-18 11:41:00.000000','2026-02-18 11:41:00.000000',3,3,1,NULL,42,'2026-02-18 11:41:00.000000','EUR',0,'paid','card','online','',44,5800,5800,0);
INSERT INTO sale VALUES('2026-02-18 17:17:00.000000','2026-02-18 17:17:00.000000',2,2,1,NULL,44,'2026-02-18 17:17:00.000000','EUR',0,'paid','paypal','online','',45,1800,1800,0);
INSERT INTO sale VALUES('2026-02-21 08:41:00.000000','2026-02-21 08:41:00.000000',3,3,1,NULL,42,'2026-02-21 08:41:00.000000','EUR',0,'paid','card','online','',46,16700,16700,0);
INSERT INTO sale VALUES('2026-02-21 15:28:00.000000','2026-02-21 15:28:00.000000',3,3,1,NULL,41,'2026-02-21 15:28:00.000000','GBP',0,'paid','paypal','online','',47,13000,13000,0);
INSERT INTO sale VALUES('2026-02-22 17:05:00.000000','2026-02-22 17:05:00.000000',3,3,1,NULL,42,'2026-02-22 17:05:00.000000','EUR',0,'paid','card','online','',48,5600,5600,0);
INSERT INTO sale VALUES('2026-02-24 12:28:00.000000','2026-02-24 12:28:00.000000',3,3,1,NULL,54,'2026-02-24 12:28:00.000000','EUR',0,'paid','card','online','',49,8500,8500,0);
INSERT INTO sale VALUES('2026-02-24 16:17:00.000000','2026-02-24 16:17:00.000000',3,3,1,NULL,44,'2026-02-24 16:17:00.000000','EUR',0,'paid','card','event','',50,16800,16800,0);
INSERT INTO sale VALUES('2026-02-25 12:17:00.000000','2026-02-25 12:17:00.000000',1,1,1,NULL,43,'2026-02-25 12:17:00.000000','GBP',0,'paid','paypal','online','10% returning-customer discount',51,800,800,0);
INSERT INTO sale VALUES('2026-02-25 16:28:00.000000','2026-02-25 16:28:00.000000',3,3,1,NULL,43,'2026-02-25 16:28:00.000000','GBP',0,'paid','paypal','online','',52,2500,2500,0);
INSERT INTO sale VALUES('2026-03-02 17:41:00.000000','2026-03-02 17:41:00.000000',3,3,1,NULL,43,'2026-03-02 17:41:00.000000','GBP',0,'paid','card','in_store','',53,5000,5000,0);
INSERT INTO sale VALUES('2026-03-04 09:05:00.000000','2026-03-04 09:05:00.000000',3,3,1,NULL,1,'2026-03-04 09:05:00.000000','GBP',0,'paid','bank_transfer','phone','',54,18000,18000,0);
INSERT INTO sale VALUES('2026-03-06 19:05:00.000000','2026-03-06 19:05:00.000000',3,3,1,NULL,43,'2026-03-06 19:05:00.000000','GBP',0,'paid','cash','in_store','',55,2500,2500,0);
INSERT INTO sale VALUES('2026-03-06 19:41:00.000000','2026-03-06 19:41:00.000000',2,2,1,NULL,41,'2026-03-06 19:41:00.000000','GBP',0,'paid','paypal','online','',56,8300,8300,0);
INSERT INTO sale VALUES('2026-03-08 09:28:00.000000','2026-03-08 09:28:00.000000',3,3,1,NULL,42,'2026-03-08 09:28:00.000000','EUR',0,'paid','card','online','',57,15000,15000,0);
INSERT INTO sale VALUES('2026-03-11 10:17:00.000000','2026-03-11 10:17:00.000000',3,3,1,NULL,43,'2026-03-11 10:17:00.000000','GBP',400,'paid','card','online','10% returning-customer discount',58,4900,4500,0);
INSERT INTO sale VALUES('2026-03-11 19:05:00.000000','2026-03-11 19:05:00.000000',3,3,1,NULL,43,'2026-03-11 19:05:00.000000','GBP',1500,'paid','card','online','Voucher 15.00 GBP',59,20500,19000,0);
INSERT INTO sale VALUES('2026-03-12 12:53:00.000000','2026-03-12 12:53:00.000000',3,3,1,NULL,41,'2026-03-12 12:53:00.000000','GBP',0,'paid','cash','in_store','',60,2500,2500,0);
INSERT INTO sale VALUES('2026-03-18 11:28:00.000000','2026-03-18 11:28:00.000000',3,3,1,NULL,42,'2026-03-18 11:28:00.000000','EUR',0,'paid','cash','event','',61,12000,12000,0);
INSERT INTO sale VALUES('2026-03-19 14:17:00.000000','2026-03-19 14:17:00.000000',3,3,1,NULL,42,'2026-03-19 14:17:00.000000','EUR',0,'paid','cash','event','',62,11400,11400,0);
INSERT INTO sale VALUES('2026-03-21 12:53:00.000000','2026-03-21 12:53:00.000000',2,2,1,NULL,44,'2026-03-21 12:53:00.000000','EUR',0,'paid','card','online','',63,14300,14300,0);
INSERT INTO sale VALUES('2026-03-23 12:05:00.000000','2026-03-23 12:05:00.000000',3,3,1,NULL,41,'2026-03-23 12:05:00.000000','GBP',1500,'paid','card','in_store','Voucher 15.00 GBP',64,20500,19000,0);
INSERT INTO sale VALUES('2026-03-23 16:41:00.000000','2026-03-23 16:41:00.000000',3,3,1,NULL,44,'2026-03-23 16:41:00.000000','EUR',0,'paid','card','event','',65,4800,4800,0);
INSERT INTO sale VALUES('2026-03-25 08:28:00.000000','2026-03-25 08:28:00.000000',1,1,1,NULL,44,'2026-03-25 08:28:00.000000','EUR',600,'paid','paypal','online','10% returning-customer discount',66,6100,5500,0);
INSERT INTO sale VALUES('2026-03-26 10:53:00.000000','2026-03-26 10:53:00.000000',3,3,1,NULL,41,'2026-03-26 10:53:00.000000','GBP',0,'paid','card','online','',67,6500,6500,0);
INSERT INTO sale VALUES('2026-03-29 12:41:00.000000','2026-03-29 12:41:00.000000',3,3,1,NULL,26,'2026-03-29 12:41:00.000000','EUR',0,'paid','paypal','online','',68,2900,2900,0);
INSERT INTO sale VALUES('2026-03-31 11:17:00.000000','2026-03-31 11:17:00.000000',3,3,1,NULL,42,'2026-03-31 11:17:00.000000','EUR',0,'paid','card','in_store','',69,3600,3600,0);
INSERT INTO sale VALUES('2026-03-31 17:17:00.000000','2026-03-31 17:17:00.000000',3,3,1,NULL,14,'2026-03-31 17:17:00.000000','EUR',500,'paid','invoice','phone','10% returning-customer discount',70,5200,4700,0);
INSERT INTO sale VALUES('2026-04-03 10:28:00.000000','2026-04-03 10:28:00.000000',3,3,1,NULL,14,'2026-04-03 10:28:00.000000','EUR',1000,'paid','invoice','online','10% returning-customer discount',71,10400,9400,0);
INSERT INTO sale VALUES('2026-04-03 15:17:00.000000','2026-04-03 15:17:00.000000',3,3,1,NULL,42,'2026-04-03 15:17:00.000000','EUR',0,'paid','paypal','online','',72,12000,12000,0);
INSERT INTO sale VALUES('2026-04-03 15:53:00.000000','2026-04-03 15:53:00.000000',3,3,1,NULL,42,'2026-04-03 15:53:00.000000','EUR',0,'paid','paypal','online','',73,4500,4500,0);
INSERT INTO sale VALUES('2026-04-04 16:28:00.000000','2026-04-04 16:28:00.000000',3,3,1,NULL,42,'2026-04-04 16:28:00.000000','EUR',0,'paid','card','online','',74,5600,5600,0);
INSERT INTO sale VALUES('2026-04-05 15:05:00.000000','2026-04-05 15:05:00.000000',2,2,1,NULL,41,'2026-04-05 15:05:00.000000','GBP',0,'paid','paypal','online','',75,10400,10400,0);
INSERT INTO sale VALUES('2026-04-10 12:41:00.000000','2026-04-10 12:41:00.000000',3,3,1,NULL,1,'2026-04-10 12:41:00.000000','GBP',0,'paid','invoice','phone','',76,4500,4500,0);
INSERT INTO sale VALUES('2026-04-11 08:53:00.000000','2026-04-11 08:53:00.000000',3,3,1,NULL,1,'2026-04-11 08:53:00.000000','GBP',0,'paid','invoice','online','',77,36000,36000,0);
INSERT INTO sale VALUES('2026-04-12 10:41:00.000000','2026-04-12 10:41:00.000000',1,1,1,NULL,41,'2026-04-12 10:41:00.000000','GBP',0,'paid','card','online','',78,4500,4500,0);
INSERT INTO sale VALUES('2026-04-13 08:05:00.000000','2026-04-13 08:05:00.000000',3,3,1,NULL,44,'2026-04-13 08:05:00.000000','EUR',0,'paid','card','online','',79,5200,5200,0);
INSERT INTO sale VALUES('2026-04-13 09:17:00.000000','2026-04-13 09:17:00.000000',3,3,1,NULL,1,'2026-04-13 09:17:00.000000','GBP',4900,'paid','invoice','online','10% returning-customer discount',80,49900,45000,0);
INSERT INTO sale VALUES('2026-04-18 07:05:00.000000','2026-04-18 07:05:00.000000',1,1,1,NULL,40,'2026-04-18 07:05:00.000000','GBP',0,'paid','card','phone','',81,13000,13000,0);
INSERT INTO sale VALUES('2026-04-19 08:05:00.000000','2026-04-19 08:05:00.000000',3,3,1,NULL,43,'2026-04-19 08:05:00.000000','GBP',0,'paid','cash','in_store','',82,40000,40000,0);
INSERT INTO sale VALUES('2026-04-19 13:05:00.000000','2026-04-19 13:05:00.000000',2,2,1,NULL,44,'2026-04-19 13:05:00.000000','EUR',0,'paid','card','online','',83,5600,5600,0);
INSERT INTO sale VALUES('2026-04-19 13:28:00.000000','2026-04-27 14:28:00.000000',3,3,2,NULL,1,'2026-04-19 13:28:00.000000','GBP',0,'partially_refunded','invoice','online','',84,9000,9000,4500);
INSERT INTO sale VALUES('2026-04-22 11:05:00.000000','2026-04-22 11:05:00.000000',3,3,1,NULL,44,'2026-04-22 11:05:00.000000','EUR',0,'paid','cash','event','',85,2900,2900,0);
INSERT INTO sale VALUES('2026-04-23 18:17:00.000000','2026-04-23 18:17:00.000000',3,3,1,NULL,42,'2026-04-23 18:17:00.000000','EUR',0,'paid','card','online','',86,900,900,0);
INSERT INTO sale VALUES('2026-04-24 16:53:00.000000','2026-04-24 16:53:00.000000',2,2,1,NULL,42,'2026-04-24 16:53:00.000000','EUR',0,'paid','paypal','online','',87,20000,20000,0);
INSERT INTO sale VALUES('2026-04-25 16:41:00.000000','2026-04-25 16:41:00.000000',3,3,1,NULL,1,'2026-04-25 16:41:00.000000','GBP',0,'paid','bank_transfer','phone','',88,9000,9000,0);
INSERT INTO sale VALUES('2026-04-27 13:17:00.000000','2026-04-27 13:17:00.000000',3,3,1,NULL,42,'2026-04-27 13:17:00.000000','EUR',0,'paid','cash','event','',89,20800,20800,0);
INSERT INTO sale VALUES('2026-04-27 16:17:00.000000','2026-04-27 16:17:00.000000',3,3,1,NULL,43,'2026-04-27 16:17:00.000000','GBP',0,'paid','card','online','',90,6500,6500,0);
INSERT INTO sale VALUES('2026-04-28 12:53:00.000000','2026-04-28 12:53:00.000000',3,3,1,NULL,44,'2026-04-28 12:53:00.000000','EUR',0,'paid','card','online','',91,8000,8000,0);
INSERT INTO sale VALUES('2026-04-30 13:53:00.000000','2026-04-30 13:53:00.000000',3,3,1,NULL,40,'2026-04-30 13:53:00.000000','GBP',0,'paid','card','online','',92,19300,19300,0);
INSERT INTO sale VALUES('2026-05-01 09:17:00.000000','2026-05-01 09:17:00.000000',3,3,1,NULL,43,'2026-05-01 09:17:00.000000','GBP',0,'paid','cash','event','',93,3900,3900,0);
INSERT INTO sale VALUES('2026-05-04 08:28:00.000000','2026-05-04 08:28:00.000000',3,3,1,NULL,42,'2026-05-04 08:28:00.000000','EUR',0,'paid','paypal','online','',94,47200,47200,0);
INSERT INTO sale VALUES('2026-05-05 07:05:00.000000','2026-05-05 07:05:00.000000',3,3,1,NULL,42,'2026-05-05 07:05:00.000000','EUR',0,'paid','card','online','',95,9200,9200,0);
INSERT INTO sale VALUES('2026-05-06 08:05:00.000000','2026-05-06 08:05:00.000000',2,2,1,NULL,44,'2026-05-06 08:05:00.000000','EUR',0,'paid','paypal','online','',96,4500,4500,0);
INSERT INTO sale VALUES('2026-05-07 08:17:00.000000','2026-05-07 08:17:00.000000',3,3,1,NULL,42,'2026-05-07 08:17:00.000000','EUR',0,'paid','card','online','',97,900,900,0);
INSERT INTO sale VALUES('2026-05-07 15:53:00.000000','2026-05-07 15:53:00.000000',3,3,1,NULL,42,'2026-05-07 15:53:00.000000','EUR',0,'paid','paypal','online','',98,9000,9000,0);
INSERT INTO sale VALUES('2026-05-08 15:05:00.000000','2026-05-08 15:05:00.000000',2,2,1,NULL,43,'2026-05-08 15:05:00.000000','GBP',0,'paid','paypal','online','',99,7500,7500,0);
INSERT INTO sale VALUES('2026-05-09 09:41:00.000000','2026-05-09 09:41:00.000000',3,3,1,NULL,43,'2026-05-09 09:41:00.000000','GBP',0,'paid','paypal','online','',100,3900,3900,0);
INSERT INTO sale VALUES('2026-05-18 15:41:00.000000','2026-05-18 15:41:00.000000',3,3,1,NULL,42,'2026-05-18 15:41:00.000000','EUR',0,'paid','card','online','',101,21300,21300,0);
INSERT INTO sale VALUES('2026-05-20 07:05:00.000000','2026-05-20 07:05:00.000000',3,3,1,NULL,41,'2026-05-20 07:05:00.000000','GBP',0,'paid','cash','in_store','',102,4150,4150,0);
INSERT INTO sale VALUES('2026-05-20 09:17:00.000000','2026-05-20 09:17:00.000000',3,3,1,NULL,42,'2026-05-20 09:17:00.000000','EUR',0,'paid','card','online','',103,10100,10100,0);
INSERT INTO sale VALUES('2026-05-21 10:17:00.000000','2026-05-21 10:17:00.000000',3,3,1,NULL,41,'2026-05-21 10:17:00.000000','GBP',0,'paid','cash','in_store','',104,4000,4000,0);
INSERT INTO sale VALUES('2026-05-25 07:17:00.000000','2026-05-25 07:17:00.000000',1,1,1,NULL,44,'2026-05-25 07:17:00.000000','EUR',0,'paid','paypal','online','',105,13200,13200,0);
INSERT INTO sale VALUES('2026-05-25 09:41:00.000000','2026-05-25 09:41:00.000000',3,3,1,NULL,42,'2026-05-25 09:41:00.000000','EUR',1900,'paid','card','online','10% returning-customer discount',106,19500,17600,0);
INSERT INTO sale VALUES('2026-05-27 18:17:00.000000','2026-05-27 18:17:00.000000',2,2,1,NULL,41,'2026-05-27 18:17:00.000000','GBP',0,'paid','paypal','online','',107,5000,5000,0);
INSERT INTO sale VALUES('2026-05-28 16:17:00.000000','2026-05-28 16:17:00.000000',3,3,1,NULL,22,'2026-05-28 16:17:00.000000','GBP',0,'paid','invoice','phone','',108,13500,13500,0);
INSERT INTO sale VALUES('2026-05-29 09:28:00.000000','2026-05-29 09:28:00.000000',3,3,1,NULL,43,'2026-05-29 09:28:00.000000','GBP',0,'paid','card','online','',109,13000,13000,0);
INSERT INTO sale VALUES('2026-05-29 15:17:00.000000','2026-05-29 15:17:00.000000',3,3,1,NULL,42,'2026-05-29 15:17:00.000000','EUR',0,'paid','card','online','',110,19500,19500,0);
INSERT INTO sale VALUES('2026-05-30 13:28:00.000000','2026-05-30 13:28:00.000000',3,3,1,NULL,40,'2026-05-30 13:28:00.000000','GBP',0,'paid','cash','in_store','',111,21200,21200,0);
INSERT INTO sale VALUES('2026-05-30 17:41:00.000000','2026-05-30 17:41:00.000000',3,3,1,NULL,43,'2026-05-30 17:41:00.000000','GBP',0,'paid','card','online','',112,36000,36000,0);
INSERT INTO sale VALUES('2026-05-31 17:28:00.000000','2026-05-31 17:28:00.000000',3,3,1,NULL,40,'2026-05-31 17:28:00.000000','GBP',0,'paid','card','online','',113,14750,14750,0);
INSERT INTO sale VALUES('2026-06-02 07:28:00.000000','2026-06-02 07:28:00.000000',3,3,1,NULL,41,'2026-06-02 07:28:00.000000','GBP',0,'paid','paypal','online','',114,6500,6500,0);
INSERT INTO sale VALUES('2026-06-02 11:28:00.000000','2026-06-02 11:28:00.000000',3,3,1,NULL,43,'2026-06-02 11:28:00.000000','GBP',0,'paid','card','online','',115,48800,48800,0);
INSERT INTO sale VALUES('2026-06-03 17:05:00.000000','2026-06-03 17:05:00.000000',3,3,1,NULL,55,'2026-06-03 17:05:00.000000','GBP',0,'paid','card','online','',116,2500,2500,0);
INSERT INTO sale VALUES('2026-06-04 10:41:00.000000','2026-06-04 10:41:00.000000',3,3,1,NULL,22,'2026-06-04 10:41:00.000000','GBP',0,'paid','invoice','phone','',117,71400,71400,0);
INSERT INTO sale VALUES('2026-06-04 12:41:00.000000','2026-06-04 12:41:00.000000',3,3,1,NULL,1,'2026-06-04 12:41:00.000000','GBP',0,'paid','bank_transfer','phone','',118,30200,30200,0);
INSERT INTO sale VALUES('2026-06-05 16:41:00.000000','2026-06-05 16:41:00.000000',2,2,1,NULL,1,'2026-06-05 16:41:00.000000','GBP',0,'paid','invoice','phone','',119,75900,75900,0);
INSERT INTO sale VALUES('2026-06-07 08:28:00.000000','2026-06-09 09:28:00.000000',3,3,2,NULL,42,'2026-06-07 08:28:00.000000','EUR',0,'refunded','card','online','',120,47300,47300,47300);
INSERT INTO sale VALUES('2026-06-07 13:05:00.000000','2026-06-07 13:05:00.000000',3,3,1,NULL,41,'2026-06-07 13:05:00.000000','GBP',2000,'paid','card','phone','10% returning-customer discount',121,20400,18400,0);
INSERT INTO sale VALUES('2026-06-08 09:28:00.000000','2026-06-08 09:28:00.000000',3,3,1,NULL,22,'2026-06-08 09:28:00.000000','GBP',0,'paid','bank_transfer','phone','',122,49500,49500,0);
INSERT INTO sale VALUES('2026-06-09 18:28:00.000000','2026-06-09 18:28:00.000000',1,1,1,NULL,14,'2026-06-09 18:28:00.000000','EUR',0,'paid','invoice','online','',123,42000,42000,0);
INSERT INTO sale VALUES('2026-06-11 15:41:00.000000','2026-06-11 15:41:00.000000',2,2,1,NULL,44,'2026-06-11 15:41:00.000000','EUR',0,'paid','cash','event','',124,5600,5600,0);
INSERT INTO sale VALUES('2026-06-13 10:28:00.000000','2026-06-13 10:28:00.000000',3,3,1,NULL,41,'2026-06-13 10:28:00.000000','GBP',0,'paid','card','online','',125,14400,14400,0);
INSERT INTO sale VALUES('2026-06-13 12:41:00.000000','2026-06-13 12:41:00.000000',3,3,1,NULL,41,'2026-06-13 12:41:00.000000','GBP',0,'paid','card','online','',126,7500,7500,0);
INSERT INTO sale VALUES('2026-06-15 12:41:00.000000','2026-06-15 12:41:00.000000',2,2,1,NULL,26,'2026-06-15 12:41:00.000000','EUR',0,'paid','card','in_store','',127,7400,7400,0);
INSERT INTO sale VALUES('2026-06-18 17:05:00.000000','2026-06-18 17:05:00.000000',3,3,1,NULL,22,'2026-06-18 17:05:00.000000','GBP',0,'paid','invoice','online','',128,3900,3900,0);
INSERT INTO sale VALUES('2026-06-20 12:41:00.000000','2026-06-20 12:41:00.000000',3,3,1,NULL,44,'2026-06-20 12:41:00.000000','EUR',0,'paid','paypal','online','',129,17500,17500,0);
INSERT INTO sale VALUES('2026-06-20 15:28:00.000000','2026-06-20 15:28:00.000000',3,3,1,NULL,44,'2026-06-20 15:28:00.000000','EUR',0,'paid','card','online','',130,5700,5700,0);
INSERT INTO sale VALUES('2026-06-22 07:17:00.000000','2026-06-22 07:17:00.000000',3,3,1,NULL,40,'2026-06-22 07:17:00.000000','GBP',1500,'paid','card','online','Voucher 15.00 GBP',131,16900,15400,0);
INSERT INTO sale VALUES('2026-06-24 07:41:00.000000','2026-06-24 07:41:00.000000',2,2,1,NULL,42,'2026-06-24 07:41:00.000000','EUR',0,'paid','card','online','',132,2900,2900,0);
INSERT INTO sale VALUES('2026-06-28 10:05:00.000000','2026-06-28 10:05:00.000000',3,3,1,NULL,43,'2026-06-28 10:05:00.000000','GBP',0,'paid','card','online','',133,35000,35000,0);
INSERT INTO sale VALUES('2026-06-29 17:28:00.000000','2026-06-29 17:28:00.000000',3,3,1,NULL,41,'2026-06-29 17:28:00.000000','GBP',0,'paid','card','online','',134,2400,2400,0);
INSERT INTO sale VALUES('2026-07-02 15:28:00.000000','2026-07-02 15:28:00.000000',3,3,1,NULL,41,'2026-07-02 15:28:00.000000','GBP',0,'paid','card','online','',135,23300,23300,0);
INSERT INTO sale VALUES('2026-07-04 08:53:00.000000','2026-07-04 08:53:00.000000',3,3,1,NULL,43,'2026-07-04 08:53:00.000000','GBP',0,'paid','paypal','online','',136,6400,6400,0);
INSERT INTO sale VALUES('2026-07-06 12:41:00.000000','2026-07-06 12:41:00.000000',2,2,1,NULL,44,'2026-07-06 12:41:00.000000','EUR',0,'paid','card','online','',137,19400,19400,0);
INSERT INTO sale VALUES('2026-07-07 17:17:00.000000','2026-07-07 17:17:00.000000',3,3,1,NULL,43,'2026-07-07 17:17:00.000000','GBP',600,'paid','paypal','online','10% returning-customer discount',138,6500,5900,0);
INSERT INTO sale VALUES('2026-07-11 14:28:00.000000','2026-07-11 14:28:00.000000',1,1,1,NULL,49,'2026-07-11 14:28:00.000000','GBP',0,'paid','paypal','online','',139,6500,6500,0);
INSERT INTO sale VALUES('2026-07-13 09:05:00.000000','2026-07-13 09:05:00.000000',2,2,1,NULL,41,'2026-07-13 09:05:00.000000','GBP',0,'paid','card','online','',140,4900,4900,0);
INSERT INTO sale VALUES('2026-07-17 11:28:00.000000','2026-07-17 11:28:00.000000',3,3,1,NULL,49,'2026-07-17 11:28:00.000000','GBP',0,'paid','cash','event','',141,1600,1600,0);
INSERT INTO sale VALUES('2026-07-18 13:05:00.000000','2026-07-29 14:05:00.000000',3,3,2,NULL,22,'2026-07-18 13:05:00.000000','GBP',0,'partially_refunded','invoice','online','',142,65900,65900,32900);
INSERT INTO sale VALUES('2026-07-19 08:05:00.000000','2026-07-19 08:05:00.000000',3,3,1,NULL,49,'2026-07-19 08:05:00.000000','GBP',0,'paid','paypal','online','',143,7500,7500,0);
INSERT INTO sale VALUES('2026-07-19 11:53:00.000000','2026-07-19 11:53:00.000000',3,3,1,NULL,1,'2026-07-19 11:53:00.000000','GBP',0,'paid','invoice','online','',144,9000,9000,0);
INSERT INTO sale VALUES('2026-07-21 13:41:00.000000','2026-07-21 13:41:00.000000',2,2,1,NULL,44,'2026-07-21 13:41:00.000000','EUR',0,'paid','paypal','online','',145,8500,8500,0);
INSERT INTO sale VALUES('2026-07-22 08:41:00.000000','2026-07-22 08:41:00.000000',3,3,1,NULL,46,'2026-07-22 08:41:00.000000','EUR',0,'paid','card','online','',146,11300,11300,0);
INSERT INTO sale VALUES('2026-07-22 12:05:00.000000','2026-07-22 12:05:00.000000',2,2,1,NULL,43,'2026-07-22 12:05:00.000000','GBP',0,'paid','card','online','',147,12700,12700,0);
INSERT INTO sale VALUES('2026-07-24 07:17:00.000000','2026-07-24 07:17:00.000000',3,3,1,NULL,14,'2026-07-24 07:17:00.000000','EUR',0,'paid','invoice','online','',148,102100,102100,0);
INSERT INTO sale VALUES('2026-07-26 17:28:00.000000','2026-07-26 17:28:00.000000',3,3,1,NULL,43,'2026-07-26 17:28:00.000000','GBP',0,'paid','cash','in_store','',149,8900,8900,0);
INSERT INTO sale VALUES('2026-07-26 18:41:00.000000','2026-07-26 18:41:00.000000',1,1,1,NULL,41,'2026-07-26 18:41:00.000000','GBP',0,'paid','card','in_store','',150,12000,12000,0);
INSERT INTO sale VALUES('2026-07-28 07:28:00.000000','2026-07-28 07:28:00.000000',3,3,1,NULL,43,'2026-07-28 07:28:00.000000','GBP',0,'paid','paypal','online','',151,3900,3900,0);
INSERT INTO sale VALUES('2026-07-28 12:05:00.000000','2026-07-28 12:05:00.000000',3,3,1,NULL,44,'2026-07-28 12:05:00.000000','EUR',0,'paid','card','online','',152,15700,15700,0);
INSERT INTO sale VALUES('2026-07-29 08:17:00.000000','2026-07-29 08:17:00.000000',3,3,1,NULL,22,'2026-07-29 08:17:00.000000','GBP',1500,'paid','invoice','online','Voucher 15.00 GBP',153,51900,50400,0);
INSERT INTO sale VALUES('2026-07-29 08:28:00.000000','2026-07-29 08:28:00.000000',3,3,1,NULL,43,'2026-07-29 08:28:00.000000','GBP',0,'paid','card','online','',154,4900,4900,0);
INSERT INTO sale VALUES('2026-07-30 12:53:00.000000','2026-07-30 12:53:00.000000',3,3,1,NULL,46,'2026-07-30 12:53:00.000000','EUR',0,'paid','cash','in_store','',155,10400,10400,0);
INSERT INTO sale VALUES('2026-08-01 16:41:00.000000','2026-08-01 16:41:00.000000',3,3,1,NULL,50,'2026-08-01 16:41:00.000000','GBP',0,'paid','paypal','online','',156,9000,9000,0);
INSERT INTO sale VALUES('2026-08-02 09:53:00.000000','2026-08-02 09:53:00.000000',3,3,1,NULL,49,'2026-08-02 09:53:00.000000','GBP',0,'paid','card','online','',157,7400,7400,0);
INSERT INTO sale VALUES('2026-08-02 17:41:00.000000','2026-08-02 17:41:00.000000',3,3,1,NULL,44,'2026-08-02 17:41:00.000000','EUR',0,'paid','card','online','',158,8700,8700,0);
INSERT INTO sale VALUES('2026-08-03 18:41:00.000000','2026-08-03 18:41:00.000000',3,3,1,NULL,41,'2026-08-03 18:41:00.000000','GBP',0,'paid','paypal','online','',159,7100,7100,0);
INSERT INTO sale VALUES('2026-08-05 13:53:00.000000','2026-08-05 13:53:00.000000',3,3,1,NULL,47,'2026-08-05 13:53:00.000000','GBP',0,'paid','card','online','',160,5000,5000,0);
INSERT INTO sale VALUES('2026-08-05 17:05:00.000000','2026-08-05 17:05:00.000000',1,1,1,NULL,42,'2026-08-05 17:05:00.000000','EUR',0,'paid','cash','in_store','',161,15000,15000,0);
INSERT INTO sale VALUES('2026-08-08 07:05:00.000000','2026-08-08 07:05:00.000000',1,1,1,NULL,44,'2026-08-08 07:05:00.000000','EUR',0,'paid','cash','in_store','',162,1800,1800,0);
INSERT INTO sale VALUES('2026-08-10 08:05:00.000000','2026-08-10 08:05:00.000000',3,3,1,NULL,46,'2026-08-10 08:05:00.000000','EUR',0,'paid','card','online','',163,4500,4500,0);
INSERT INTO sale VALUES('2026-08-11 18:53:00.000000','2026-08-11 18:53:00.000000',3,3,1,NULL,9,'2026-08-11 18:53:00.000000','GBP',0,'paid','card','event','',164,2400,2400,0);
INSERT INTO sale VALUES('2026-08-14 08:28:00.000000','2026-08-14 08:28:00.000000',3,3,1,NULL,41,'2026-08-14 08:28:00.000000','GBP',0,'paid','paypal','online','',165,5000,5000,0);
INSERT INTO sale VALUES('2026-08-14 15:17:00.000000','2026-08-14 15:17:00.000000',3,3,1,NULL,22,'2026-08-14 15:17:00.000000','GBP',0,'paid','invoice','online','',166,4900,4900,0);
INSERT INTO sale VALUES('2026-08-17 18:28:00.000000','2026-08-17 18:28:00.000000',3,3,1,NULL,44,'2026-08-17 18:28:00.000000','EUR',0,'paid','paypal','online','',167,23700,23700,0);
INSERT INTO sale VALUES('2026-08-18 11:17:00.000000','2026-08-18 11:17:00.000000',1,1,1,NULL,36,'2026-08-18 11:17:00.000000','GBP',0,'paid','invoice','online','',168,18000,18000,0);
INSERT INTO sale VALUES('2026-08-18 12:41:00.000000','2026-08-18 12:41:00.000000',3,3,1,NULL,41,'2026-08-18 12:41:00.000000','GBP',0,'paid','card','online','',169,1600,1600,0);
INSERT INTO sale VALUES('2026-08-19 13:53:00.000000','2026-08-19 13:53:00.000000',3,3,1,NULL,36,'2026-08-19 13:53:00.000000','GBP',8300,'paid','invoice','phone','10% returning-customer discount',170,83000,74700,0);
INSERT INTO sale VALUES('2026-08-19 15:28:00.000000','2026-08-19 15:28:00.000000',3,3,1,NULL,43,'2026-08-19 15:28:00.000000','GBP',0,'paid','paypal','online','',171,3200,3200,0);
INSERT INTO sale VALUES('2026-08-20 11:17:00.000000','2026-08-20 11:17:00.000000',3,3,1,NULL,22,'2026-08-20 11:17:00.000000','GBP',0,'paid','invoice','online','',172,35000,35000,0);
INSERT INTO sale VALUES('2026-08-22 08:53:00.000000','2026-08-22 08:53:00.000000',3,3,1,NULL,43,'2026-08-22 08:53:00.000000','GBP',0,'paid','card','phone','',173,2500,2500,0);
INSERT INTO sale VALUES('2026-08-23 13:41:00.000000','2026-08-23 13:41:00.000000',3,3,1,NULL,36,'2026-08-23 13:41:00.000000','GBP',0,'paid','bank_transfer','online','',174,3900,3900,0);
INSERT INTO sale VALUES('2026-08-26 17:28:00.000000','2026-08-26 17:28:00.000000',3,3,1,NULL,50,'2026-08-26 17:28:00.000000','GBP',300,'paid','card','online','10% returning-customer discount',175,3900,3600,0);
INSERT INTO sale VALUES('2026-08-27 09:41:00.000000','2026-08-27 09:41:00.000000',3,3,1,NULL,43,'2026-08-27 09:41:00.000000','GBP',0,'paid','card','online','',176,1600,1600,0);
INSERT INTO sale VALUES('2026-08-27 11:05:00.000000','2026-08-27 11:05:00.000000',3,3,1,NULL,44,'2026-08-27 11:05:00.000000','EUR',0,'paid','card','online','',177,7500,7500,0);
INSERT INTO sale VALUES('2026-08-28 07:41:00.000000','2026-08-28 07:41:00.000000',2,2,1,NULL,43,'2026-08-28 07:41:00.000000','GBP',0,'paid','card','online','',178,12900,12900,0);
INSERT INTO sale VALUES('2026-08-28 12:53:00.000000','2026-08-28 12:53:00.000000',3,3,1,NULL,36,'2026-08-28 12:53:00.000000','GBP',0,'paid','bank_transfer','online','',179,53000,53000,0);
INSERT INTO sale VALUES('2026-08-28 16:28:00.000000','2026-08-28 16:28:00.000000',3,3,1,NULL,46,'2026-08-28 16:28:00.000000','EUR',800,'paid','cash','event','10% returning-customer discount',180,8700,7900,0);
INSERT INTO sale VALUES('2026-08-28 18:53:00.000000','2026-08-28 18:53:00.000000',3,3,1,NULL,22,'2026-08-28 18:53:00.000000','GBP',0,'paid','invoice','phone','',181,36000,36000,0);
INSERT INTO sale VALUES('2026-08-29 18:05:00.000000','2026-08-29 18:05:00.000000',3,3,1,NULL,49,'2026-08-29 18:05:00.000000','GBP',0,'paid','paypal','online','',182,7500,7500,0);
INSERT INTO sale VALUES('2026-08-30 13:05:00.000000','2026-09-10 14:05:00.000000',3,3,2,NULL,43,'2026-08-30 13:05:00.000000','GBP',0,'refunded','cash','in_store','',183,2400,2400,2400);
INSERT INTO sale VALUES('2026-08-30 15:53:00.000000','2026-08-30 15:53:00.000000',1,1,1,NULL,43,'2026-08-30 15:53:00.000000','GBP',0,'paid','card','online','',184,4500,4500,0);
INSERT INTO sale VALUES('2026-08-31 13:17:00.000000','2026-08-31 13:17:00.000000',3,3,1,NULL,47,'2026-08-31 13:17:00.000000','GBP',0,'paid','paypal','online','',185,8300,8300,0);
INSERT INTO sale VALUES('2026-09-01 16:41:00.000000','2026-09-01 16:41:00.000000',3,3,1,NULL,42,'2026-09-01 16:41:00.000000','EUR',0,'paid','card','online','',186,3600,3600,0);
INSERT INTO sale VALUES('2026-09-02 12:53:00.000000','2026-09-02 12:53:00.000000',3,3,1,NULL,41,'2026-09-02 12:53:00.000000','GBP',0,'paid','card','online','',187,21000,21000,0);
INSERT INTO sale VALUES('2026-09-03 10:17:00.000000','2026-09-03 10:17:00.000000',3,3,1,NULL,50,'2026-09-03 10:17:00.000000','GBP',0,'paid','cash','event','',188,4900,4900,0);
INSERT INTO sale VALUES('2026-09-03 13:28:00.000000','2026-09-03 13:28:00.000000',3,3,1,NULL,57,'2026-09-03 13:28:00.000000','EUR',2700,'paid','card','online','10% returning-customer discount',189,27100,24400,0);
INSERT INTO sale VALUES('2026-09-03 18:28:00.000000','2026-09-03 18:28:00.000000',3,3,1,NULL,43,'2026-09-03 18:28:00.000000','GBP',0,'paid','card','online','',190,8000,8000,0);
INSERT INTO sale VALUES('2026-09-04 09:41:00.000000','2026-09-04 09:41:00.000000',3,3,1,NULL,40,'2026-09-04 09:41:00.000000','GBP',0,'paid','paypal','online','',191,4900,4900,0);
INSERT INTO sale VALUES('2026-09-04 14:41:00.000000','2026-09-04 14:41:00.000000',3,3,1,NULL,47,'2026-09-04 14:41:00.000000','GBP',0,'paid','card','online','',192,14000,14000,0);
INSERT INTO sale VALUES('2026-09-04 15:53:00.000000','2026-09-04 15:53:00.000000',1,1,1,NULL,1,'2026-09-04 15:53:00.000000','GBP',1500,'paid','bank_transfer','online','Voucher 15.00 GBP',193,56000,54500,0);
INSERT INTO sale VALUES('2026-09-05 12:28:00.000000','2026-09-05 12:28:00.000000',3,3,1,NULL,22,'2026-09-05 12:28:00.000000','GBP',0,'paid','invoice','phone','',194,35000,35000,0);
INSERT INTO sale VALUES('2026-09-07 14:05:00.000000','2026-09-07 14:05:00.000000',2,2,1,NULL,22,'2026-09-07 14:05:00.000000','GBP',0,'paid','bank_transfer','phone','',195,18000,18000,0);
INSERT INTO sale VALUES('2026-09-07 15:28:00.000000','2026-09-07 15:28:00.000000',3,3,1,NULL,43,'2026-09-07 15:28:00.000000','GBP',0,'paid','card','online','',196,3450,3450,0);
INSERT INTO sale VALUES('2026-09-08 15:05:00.000000','2026-09-08 15:05:00.000000',3,3,1,NULL,42,'2026-09-08 15:05:00.000000','EUR',0,'paid','cash','event','',197,19600,19600,0);
INSERT INTO sale VALUES('2026-09-09 08:41:00.000000','2026-09-09 08:41:00.000000',3,3,1,NULL,53,'2026-09-09 08:41:00.000000','GBP',0,'paid','card','online','',198,13000,13000,0);
INSERT INTO sale VALUES('2026-09-10 13:17:00.000000','2026-09-10 13:17:00.000000',3,3,1,NULL,42,'2026-09-10 13:17:00.000000','EUR',0,'paid','paypal','online','',199,8000,8000,0);
INSERT INTO sale VALUES('2026-09-12 14:17:00.000000','2026-09-12 14:17:00.000000',3,3,1,NULL,51,'2026-09-12 14:17:00.000000','GBP',0,'paid','card','in_store','',200,3900,3900,0);
INSERT INTO sale VALUES('2026-09-12 15:41:00.000000','2026-09-12 15:41:00.000000',2,2,1,NULL,49,'2026-09-12 15:41:00.000000','GBP',0,'paid','cash','event','',201,35000,35000,0);
INSERT INTO sale VALUES('2026-09-13 07:28:00.000000','2026-09-13 07:28:00.000000',3,3,1,NULL,42,'2026-09-13 07:28:00.000000','EUR',2300,'paid','cash','event','10% returning-customer discount',202,23500,21200,0);
INSERT INTO sale VALUES('2026-09-15 07:41:00.000000','2026-09-15 07:41:00.000000',3,3,1,NULL,36,'2026-09-15 07:41:00.000000','GBP',0,'paid','invoice','phone','',203,13500,13500,0);
INSERT INTO sale VALUES('2026-09-16 10:53:00.000000','2026-09-16 10:53:00.000000',3,3,1,NULL,36,'2026-09-16 10:53:00.000000','GBP',0,'paid','invoice','online','',204,13500,13500,0);
INSERT INTO sale VALUES('2026-09-17 14:41:00.000000','2026-09-17 14:41:00.000000',3,3,1,NULL,44,'2026-09-17 14:41:00.000000','EUR',0,'paid','paypal','online','',205,17100,17100,0);
INSERT INTO sale VALUES('2026-09-18 08:05:00.000000','2026-09-26 09:05:00.000000',3,3,2,NULL,40,'2026-09-18 08:05:00.000000','GBP',0,'partially_refunded','paypal','online','',206,3900,3900,1900);
INSERT INTO sale VALUES('2026-09-18 08:53:00.000000','2026-09-18 08:53:00.000000',1,1,1,NULL,46,'2026-09-18 08:53:00.000000','EUR',0,'paid','card','online','',207,19500,19500,0);
INSERT INTO sale VALUES('2026-09-18 14:17:00.000000','2026-09-18 14:17:00.000000',3,3,1,NULL,42,'2026-09-18 14:17:00.000000','EUR',0,'paid','card','online','',208,21800,21800,0);
INSERT INTO sale VALUES('2026-09-18 16:28:00.000000','2026-09-18 16:28:00.000000',3,3,1,NULL,50,'2026-09-18 16:28:00.000000','GBP',1000,'paid','cash','in_store','10% returning-customer discount',209,10500,9500,0);
INSERT INTO sale VALUES('2026-09-26 18:41:00.000000','2026-09-26 18:41:00.000000',2,2,1,NULL,45,'2026-09-26 18:41:00.000000','GBP',0,'paid','card','online','',210,8800,8800,0);
INSERT INTO sale VALUES('2026-09-27 07:17:00.000000','2026-09-27 07:17:00.000000',3,3,1,NULL,14,'2026-09-27 07:17:00.000000','EUR',0,'paid','invoice','online','',211,56000,56000,0);
INSERT INTO sale VALUES('2026-09-27 08:05:00.000000','2026-09-27 08:05:00.000000',3,3,1,NULL,36,'2026-09-27 08:05:00.000000','GBP',0,'paid','bank_transfer','phone','',212,40900,40900,0);
INSERT INTO sale VALUES('2026-09-27 15:41:00.000000','2026-09-27 15:41:00.000000',3,3,1,NULL,41,'2026-09-27 15:41:00.000000','GBP',0,'paid','card','phone','',213,3900,3900,0);
INSERT INTO sale VALUES('2026-09-30 12:28:00.000000','2026-09-30 12:28:00.000000',3,3,1,NULL,44,'2026-09-30 12:28:00.000000','EUR',0,'paid','paypal','online','',214,13200,13200,0);
INSERT INTO sale VALUES('2026-09-30 13:17:00.000000','2026-09-30 13:17:00.000000',1,1,1,NULL,43,'2026-09-30 13:17:00.000000','GBP',1500,'paid','paypal','online','Voucher 15.00 GBP',215,14500,13000,0);
INSERT INTO sale VALUES('2026-09-30 14:28:00.000000','2026-09-30 14:28:00.000000',3,3,1,NULL,56,'2026-09-30 14:28:00.000000','GBP',500,'paid','card','online','10% returning-customer discount',216,5000,4500,0);
INSERT INTO sale VALUES('2026-10-01 10:05:00.000000','2026-10-01 10:05:00.000000',3,3,1,NULL,1,'2026-10-01 10:05:00.000000','GBP',0,'paid','invoice','phone','',217,20000,20000,0);
INSERT INTO sale VALUES('2026-10-01 11:53:00.000000','2026-10-01 11:53:00.000000',3,3,1,NULL,1,'2026-10-01 11:53:00.000000','GBP',0,'paid','bank_transfer','phone','',218,16000,16000,0);
INSERT INTO sale VALUES('2026-10-04 07:28:00.000000','2026-10-04 07:28:00.000000',2,2,1,NULL,48,'2026-10-04 07:28:00.000000','EUR',0,'paid','card','online','',219,7500,7500,0);
INSERT INTO sale VALUES('2026-10-04 09:05:00.000000','2026-10-04 09:05:00.000000',3,3,1,NULL,41,'2026-10-04 09:05:00.000000','GBP',0,'paid','paypal','online','',220,13000,13000,0);
INSERT INTO sale VALUES('2026-10-05 10:41:00.000000','2026-10-05 10:41:00.000000',3,3,1,NULL,48,'2026-10-05 10:41:00.000000','EUR',0,'paid','paypal','online','',221,23100,23100,0);
INSERT INTO sale VALUES('2026-10-05 12:28:00.000000','2026-10-05 12:28:00.000000',3,3,1,NULL,49,'2026-10-05 12:28:00.000000','GBP',800,'paid','card','in_store','10% returning-customer discount',222,8800,8000,0);
INSERT INTO sale VALUES('2026-10-05 16:17:00.000000','2026-10-05 16:17:00.000000',3,3,1,NULL,52,'2026-10-05 16:17:00.000000','EUR',0,'paid','paypal','online','',223,6500,6500,0);
INSERT INTO sale VALUES('2026-10-05 17:17:00.000000','2026-10-05 17:17:00.000000',1,1,1,NULL,49,'2026-10-05 17:17:00.000000','GBP',1500,'paid','card','online','10% returning-customer discount',224,15300,13800,0);
INSERT INTO sale VALUES('2026-10-05 17:41:00.000000','2026-10-05 17:41:00.000000',3,3,1,NULL,41,'2026-10-05 17:41:00.000000','GBP',200,'paid','card','online','10% returning-customer discount',225,2500,2300,0);
INSERT INTO sale VALUES('2026-10-06 09:05:00.000000','2026-10-10 10:05:00.000000',3,3,2,NULL,43,'2026-10-06 09:05:00.000000','GBP',0,'refunded','card','online','',226,1600,1600,1600);
INSERT INTO sale VALUES('2026-10-07 08:53:00.000000','2026-10-07 08:53:00.000000',3,3,1,NULL,44,'2026-10-07 08:53:00.000000','EUR',0,'paid','paypal','online','',227,13200,13200,0);
INSERT INTO sale VALUES('2026-10-07 13:17:00.000000','2026-10-07 13:17:00.000000',3,3,1,NULL,46,'2026-10-07 13:17:00.000000','EUR',0,'paid','paypal','online','',228,5600,5600,0);
INSERT INTO sale VALUES('2026-10-09 08:53:00.000000','2026-10-09 08:53:00.000000',3,3,1,NULL,43,'2026-10-09 08:53:00.000000','GBP',0,'paid','card','online','',229,15500,15500,0);
INSERT INTO sale VALUES('2026-10-09 12:17:00.000000','2026-10-09 12:17:00.000000',3,3,1,NULL,14,'2026-10-09 12:17:00.000000','EUR',0,'paid','bank_transfer','online','',230,32600,32600,0);
INSERT INTO sale VALUES('2026-10-10 07:28:00.000000','2026-10-10 07:28:00.000000',3,3,1,NULL,42,'2026-10-10 07:28:00.000000','EUR',0,'paid','card','online','',231,5800,5800,0);
INSERT INTO sale VALUES('2026-10-10 18:17:00.000000','2026-10-10 18:17:00.000000',1,1,1,NULL,45,'2026-10-10 18:17:00.000000','GBP',0,'paid','card','in_store','',232,5000,5000,0);
INSERT INTO sale VALUES('2026-10-12 08:28:00.000000','2026-10-12 08:28:00.000000',3,3,1,NULL,48,'2026-10-12 08:28:00.000000','EUR',0,'paid','card','online','',233,4500,4500,0);
INSERT INTO sale VALUES('2026-10-12 08:53:00.000000','2026-10-12 08:53:00.000000',3,3,1,NULL,42,'2026-10-12 08:53:00.000000','EUR',0,'paid','card','online','',234,7500,7500,0);
INSERT INTO sale VALUES('2026-10-12 13:17:00.000000','2026-10-12 13:17:00.000000',3,3,1,NULL,14,'2026-10-12 13:17:00.000000','EUR',0,'paid','bank_transfer','phone','',235,31800,31800,0);
INSERT INTO sale VALUES('2026-10-16 12:17:00.000000','2026-10-16 12:17:00.000000',3,3,1,NULL,47,'2026-10-16 12:17:00.000000','GBP',0,'paid','cash','in_store','',236,17900,17900,0);
INSERT INTO sale VALUES('2026-10-16 17:17:00.000000','2026-10-16 17:17:00.000000',3,3,1,NULL,45,'2026-10-16 17:17:00.000000','GBP',0,'paid','paypal','online','',237,11400,11400,0);
INSERT INTO sale VALUES('2026-10-16 18:53:00.000000','2026-10-16 18:53:00.000000',3,3,1,NULL,42,'2026-10-16 18:53:00.000000','EUR',0,'paid','paypal','online','',238,4500,4500,0);
INSERT INTO sale VALUES('2026-10-18 09:17:00.000000','2026-10-18 09:17:00.000000',1,1,1,NULL,36,'2026-10-18 09:17:00.000000','GBP',0,'paid','bank_transfer','phone','',239,82000,82000,0);
INSERT INTO sale VALUES('2026-10-18 11:17:00.000000','2026-10-18 11:17:00.000000',3,3,1,NULL,45,'2026-10-18 11:17:00.000000','GBP',0,'paid','paypal','online','',240,15300,15300,0);
INSERT INTO sale VALUES('2026-10-18 13:17:00.000000','2026-10-18 13:17:00.000000',3,3,1,NULL,22,'2026-10-18 13:17:00.000000','GBP',0,'pending','invoice','online','',241,13000,13000,0);
INSERT INTO sale VALUES('2026-10-21 11:17:00.000000','2026-10-21 11:17:00.000000',3,3,1,NULL,44,'2026-10-21 11:17:00.000000','EUR',300,'paid','card','in_store','10% returning-customer discount',242,3600,3300,0);
INSERT INTO sale VALUES('2026-10-21 16:05:00.000000','2026-10-21 16:05:00.000000',3,3,1,NULL,50,'2026-10-21 16:05:00.000000','GBP',0,'paid','bank_transfer','phone','',243,7500,7500,0);
INSERT INTO sale VALUES('2026-10-21 16:17:00.000000','2026-10-21 16:17:00.000000',3,3,1,NULL,45,'2026-10-21 16:17:00.000000','GBP',0,'paid','card','online','',244,6500,6500,0);
INSERT INTO sale VALUES('2026-10-21 16:41:00.000000','2026-10-21 16:41:00.000000',3,3,1,NULL,44,'2026-10-21 16:41:00.000000','EUR',1500,'paid','paypal','online','10% returning-customer discount',245,15000,13500,0);
INSERT INTO sale VALUES('2026-10-21 18:17:00.000000','2026-10-21 18:17:00.000000',3,3,1,NULL,42,'2026-10-21 18:17:00.000000','EUR',0,'paid','card','online','',246,10400,10400,0);
INSERT INTO sale VALUES('2026-10-22 10:28:00.000000','2026-10-22 10:28:00.000000',3,3,1,NULL,40,'2026-10-22 10:28:00.000000','GBP',0,'paid','cash','event','',247,5500,5500,0);
INSERT INTO sale VALUES('2026-10-22 14:53:00.000000','2026-10-22 14:53:00.000000',3,3,1,NULL,41,'2026-10-22 14:53:00.000000','GBP',0,'paid','card','in_store','',248,4900,4900,0);
INSERT INTO sale VALUES('2026-10-24 17:41:00.000000','2026-10-24 17:41:00.000000',2,2,1,NULL,48,'2026-10-24 17:41:00.000000','EUR',0,'paid','card','online','',249,7500,7500,0);
INSERT INTO sale VALUES('2026-10-25 19:41:00.000000','2026-10-25 19:41:00.000000',3,3,1,NULL,48,'2026-10-25 19:41:00.000000','EUR',0,'paid','paypal','online','',250,2700,2700,0);
INSERT INTO sale VALUES('2026-10-26 14:28:00.000000','2026-10-26 14:28:00.000000',3,3,1,NULL,48,'2026-10-26 14:28:00.000000','EUR',0,'paid','card','online','',251,13600,13600,0);
INSERT INTO sale VALUES('2026-10-27 17:53:00.000000','2026-10-27 17:53:00.000000',2,2,1,NULL,47,'2026-10-27 17:53:00.000000','GBP',0,'paid','paypal','online','',252,800,800,0);
INSERT INTO sale VALUES('2026-10-30 08:41:00.000000','2026-10-30 08:41:00.000000',3,3,1,NULL,43,'2026-10-30 08:41:00.000000','GBP',0,'paid','cash','event','',253,3900,3900,0);
INSERT INTO sale VALUES('2026-10-31 17:05:00.000000','2026-10-31 17:05:00.000000',3,3,1,NULL,47,'2026-10-31 17:05:00.000000','GBP',0,'paid','card','online','',254,8900,8900,0);
INSERT INTO sale VALUES('2026-11-02 19:05:00.000000','2026-11-02 19:05:00.000000',3,3,1,NULL,45,'2026-11-02 19:05:00.000000','GBP',0,'paid','card','online','',255,2400,2400,0);
INSERT INTO sale VALUES('2026-11-04 17:41:00.000000','2026-11-04 17:41:00.000000',3,3,1,NULL,41,'2026-11-04 17:41:00.000000','GBP',0,'paid','card','online','',256,8100,8100,0);
INSERT INTO sale VALUES('2026-11-04 19:53:00.000000','2026-11-04 19:53:00.000000',3,3,1,NULL,45,'2026-11-04 19:53:00.000000','GBP',200,'paid','card','online','10% returning-customer discount',257,2500,2300,0);
INSERT INTO sale VALUES('2026-11-05 13:05:00.000000','2026-11-05 13:05:00.000000',2,2,1,NULL,47,'2026-11-05 13:05:00.000000','GBP',0,'paid','card','in_store','',258,1600,1600,0);
INSERT INTO sale VALUES('2026-11-08 09:41:00.000000','2026-11-08 09:41:00.000000',3,3,1,NULL,44,'2026-11-08 09:41:00.000000','EUR',0,'paid','paypal','online','',259,5200,5200,0);
INSERT INTO sale VALUES('2026-11-09 17:41:00.000000','2026-11-09 17:41:00.000000',3,3,1,NULL,47,'2026-11-09 17:41:00.000000','GBP',0,'paid','paypal','online','',260,800,800,0);
INSERT INTO sale VALUES('2026-11-10 11:17:00.000000','2026-11-10 11:17:00.000000',3,3,1,NULL,46,'2026-11-10 11:17:00.000000','EUR',0,'paid','card','online','',261,15000,15000,0);
INSERT INTO sale VALUES('2026-11-10 15:17:00.000000','2026-11-10 15:17:00.000000',3,3,1,NULL,44,'2026-11-10 15:17:00.000000','EUR',0,'paid','card','online','',262,23400,23400,0);
INSERT INTO sale VALUES('2026-11-12 08:41:00.000000','2026-11-12 08:41:00.000000',2,2,1,NULL,14,'2026-11-12 08:41:00.000000','EUR',2100,'pending','invoice','online','10% returning-customer discount',263,21000,18900,0);
INSERT INTO sale VALUES('2026-11-12 10:05:00.000000','2026-11-12 10:05:00.000000',3,3,1,NULL,44,'2026-11-12 10:05:00.000000','EUR',0,'paid','paypal','online','',264,5800,5800,0);
INSERT INTO sale VALUES('2026-11-12 19:17:00.000000','2026-11-12 19:17:00.000000',1,1,1,NULL,44,'2026-11-12 19:17:00.000000','EUR',0,'paid','cash','in_store','',265,12000,12000,0);
INSERT INTO sale VALUES('2026-11-12 19:53:00.000000','2026-11-12 19:53:00.000000',3,3,1,NULL,43,'2026-11-12 19:53:00.000000','GBP',0,'paid','card','online','',266,7450,7450,0);
INSERT INTO sale VALUES('2026-11-14 11:53:00.000000','2026-11-14 11:53:00.000000',3,3,1,NULL,36,'2026-11-14 11:53:00.000000','GBP',0,'pending','invoice','online','',267,75850,75850,0);
INSERT INTO sale VALUES('2026-11-14 13:05:00.000000','2026-11-14 13:05:00.000000',3,3,1,NULL,49,'2026-11-14 13:05:00.000000','GBP',0,'paid','paypal','online','',268,20500,20500,0);
INSERT INTO sale VALUES('2026-11-14 16:53:00.000000','2026-11-14 16:53:00.000000',1,1,1,NULL,36,'2026-11-14 16:53:00.000000','GBP',0,'paid','bank_transfer','online','',269,62400,62400,0);
INSERT INTO sale VALUES('2026-11-15 10:53:00.000000','2026-11-15 10:53:00.000000',3,3,1,NULL,42,'2026-11-15 10:53:00.000000','EUR',100,'paid','card','online','10% returning-customer discount',270,1800,1700,0);
INSERT INTO sale VALUES('2026-11-15 10:53:00.000000','2026-11-15 10:53:00.000000',3,3,1,NULL,45,'2026-11-15 10:53:00.000000','GBP',0,'paid','card','in_store','',271,5500,5500,0);
INSERT INTO sale VALUES('2026-11-15 16:53:00.000000','2026-11-15 16:53:00.000000',3,3,1,NULL,41,'2026-11-15 16:53:00.000000','GBP',0,'paid','card','online','',272,7500,7500,0);
INSERT INTO sale VALUES('2026-11-16 12:05:00.000000','2026-11-16 12:05:00.000000',3,3,1,NULL,43,'2026-11-16 12:05:00.000000','GBP',0,'paid','card','online','',273,5000,5000,0);
INSERT INTO sale VALUES('2026-11-16 15:05:00.000000','2026-11-16 15:05:00.000000',3,3,1,NULL,43,'2026-11-16 15:05:00.000000','GBP',0,'paid','paypal','online','',274,38200,38200,0);
INSERT INTO sale VALUES('2026-11-17 16:41:00.000000','2026-11-17 16:41:00.000000',3,3,1,NULL,49,'2026-11-17 16:41:00.000000','GBP',0,'paid','cash','event','',275,3900,3900,0);
INSERT INTO sale VALUES('2026-11-18 17:53:00.000000','2026-11-18 17:53:00.000000',3,3,1,NULL,44,'2026-11-18 17:53:00.000000','EUR',0,'paid','paypal','online','',276,40000,40000,0);
INSERT INTO sale VALUES('2026-11-20 10:53:00.000000','2026-11-20 10:53:00.000000',3,3,1,NULL,45,'2026-11-20 10:53:00.000000','GBP',0,'paid','paypal','online','',277,38900,38900,0);
INSERT INTO sale VALUES('2026-11-21 09:17:00.000000','2026-11-21 09:17:00.000000',3,3,1,NULL,41,'2026-11-21 09:17:00.000000','GBP',0,'paid','card','phone','',278,4000,4000,0);
CREATE TABLE satisfaction_response (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	score INTEGER NOT NULL, 
	responded_at DATETIME NOT NULL, 
	comment VARCHAR(1000) NOT NULL, 
	id INTEGER NOT NULL, 
	CONSTRAINT pk_satisfaction_response PRIMARY KEY (id), 
	CONSTRAINT fk_satisfaction_response_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_satisfaction_response_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_satisfaction_response_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO satisfaction_response VALUES('2026-05-06 14:30:00.000000','2026-05-06 14:30:00.000000',1,1,1,NULL,1,'nps',10,'2026-05-06 14:30:00.000000','Feels like part of our team.',1);
INSERT INTO satisfaction_response VALUES('2026-11-02 11:30:00.000000','2026-11-02 11:30:00.000000',1,1,1,NULL,1,'nps',9,'2026-11-02 11:30:00.000000','',2);
INSERT INTO satisfaction_response VALUES('2026-06-25 10:00:00.000000','2026-06-25 10:00:00.000000',2,2,1,NULL,4,'nps',9,'2026-06-25 10:00:00.000000','Reliable and quick.',3);
INSERT INTO satisfaction_response VALUES('2026-10-23 09:00:00.000000','2026-10-23 09:00:00.000000',2,2,1,NULL,4,'nps',8,'2026-10-23 09:00:00.000000','',4);
INSERT INTO satisfaction_response VALUES('2026-09-23 09:00:00.000000','2026-09-23 09:00:00.000000',1,1,1,NULL,7,'nps',8,'2026-09-23 09:00:00.000000','Covers are great; catalogue took a while.',5);
INSERT INTO satisfaction_response VALUES('2026-08-24 09:00:00.000000','2026-08-24 09:00:00.000000',1,1,1,NULL,24,'nps',10,'2026-08-24 09:00:00.000000','Our authors love the covers.',6);
INSERT INTO satisfaction_response VALUES('2026-07-25 10:30:00.000000','2026-07-25 10:30:00.000000',3,3,1,NULL,14,'nps',9,'2026-07-25 10:30:00.000000','',7);
INSERT INTO satisfaction_response VALUES('2026-10-08 14:30:00.000000','2026-10-08 14:30:00.000000',2,2,1,NULL,12,'nps',4,'2026-10-08 14:30:00.000000','Good work but too slow for social.',8);
INSERT INTO satisfaction_response VALUES('2026-09-03 14:30:00.000000','2026-09-03 14:30:00.000000',3,3,1,NULL,10,'nps',7,'2026-09-03 14:30:00.000000','',9);
INSERT INTO satisfaction_response VALUES('2026-08-04 14:30:00.000000','2026-08-04 14:30:00.000000',3,3,1,NULL,32,'nps',6,'2026-08-04 14:30:00.000000','Fine, nothing special.',10);
INSERT INTO satisfaction_response VALUES('2026-10-13 09:00:00.000000','2026-10-13 09:00:00.000000',1,1,1,NULL,40,'nps',10,'2026-10-13 09:00:00.000000','Couldn''t be happier.',11);
INSERT INTO satisfaction_response VALUES('2026-10-28 11:30:00.000000','2026-10-28 11:30:00.000000',3,3,1,NULL,41,'csat',5,'2026-10-28 11:30:00.000000','Beautiful prints, fast delivery.',12);
INSERT INTO satisfaction_response VALUES('2026-09-13 10:00:00.000000','2026-09-13 10:00:00.000000',3,3,1,NULL,42,'csat',4,'2026-09-13 10:00:00.000000','',13);
INSERT INTO satisfaction_response VALUES('2026-08-19 10:30:00.000000','2026-08-19 10:30:00.000000',3,3,1,NULL,45,'csat',3,'2026-08-19 10:30:00.000000','Delivery took ten days.',14);
INSERT INTO satisfaction_response VALUES('2026-06-25 14:30:00.000000','2026-06-25 14:30:00.000000',3,3,1,NULL,51,'csat',2,'2026-06-25 14:30:00.000000','The print arrived creased.',15);
INSERT INTO satisfaction_response VALUES('2026-10-18 14:30:00.000000','2026-10-18 14:30:00.000000',3,3,1,NULL,36,'csat',4,'2026-10-18 14:30:00.000000','Workshop was great fun.',16);
INSERT INTO satisfaction_response VALUES('2026-06-15 10:30:00.000000','2026-06-15 10:30:00.000000',3,3,1,NULL,41,'csat',5,'2026-06-15 10:30:00.000000','',17);
CREATE TABLE refund (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	reason VARCHAR(500) NOT NULL, 
	is_return BOOLEAN NOT NULL, 
	id INTEGER NOT NULL, 
	sale_id INTEGER NOT NULL, 
	refunded_at DATETIME NOT NULL, 
	amount_minor BIGINT NOT NULL, 
	CONSTRAINT pk_refund PRIMARY KEY (id), 
	CONSTRAINT fk_refund_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_refund_sale_id_sale FOREIGN KEY(sale_id) REFERENCES sale (id) ON DELETE CASCADE, 
	CONSTRAINT fk_refund_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO refund VALUES('2026-04-27 14:28:00.000000','2026-04-27 14:28:00.000000',3,3,'Workshop seat cancelled',0,1,84,'2026-04-27 14:28:00.000000',4500);
INSERT INTO refund VALUES('2025-12-27 14:28:00.000000','2025-12-27 14:28:00.000000',3,3,'Arrived damaged in transit',0,2,16,'2025-12-27 14:28:00.000000',1900);
INSERT INTO refund VALUES('2026-09-26 09:05:00.000000','2026-09-26 09:05:00.000000',3,3,'Workshop seat cancelled',0,3,206,'2026-09-26 09:05:00.000000',1900);
INSERT INTO refund VALUES('2026-07-29 14:05:00.000000','2026-07-29 14:05:00.000000',3,3,'Arrived damaged in transit',0,4,142,'2026-07-29 14:05:00.000000',32900);
INSERT INTO refund VALUES('2026-09-10 14:05:00.000000','2026-09-10 14:05:00.000000',3,3,'Wrong size ordered',1,5,183,'2026-09-10 14:05:00.000000',2400);
INSERT INTO refund VALUES('2026-10-10 10:05:00.000000','2026-10-10 10:05:00.000000',3,3,'Duplicate order',1,6,226,'2026-10-10 10:05:00.000000',1600);
INSERT INTO refund VALUES('2026-06-09 09:28:00.000000','2026-06-09 09:28:00.000000',3,3,'Print colour not as expected',1,7,120,'2026-06-09 09:28:00.000000',47300);
CREATE TABLE sale_line (
	description VARCHAR(300) NOT NULL, 
	product_id INTEGER, 
	quantity INTEGER NOT NULL, 
	unit_price_minor BIGINT NOT NULL, 
	id INTEGER NOT NULL, 
	sale_id INTEGER NOT NULL, 
	line_total_minor BIGINT NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_sale_line PRIMARY KEY (id), 
	CONSTRAINT fk_sale_line_product_id_product FOREIGN KEY(product_id) REFERENCES product (id) ON DELETE SET NULL, 
	CONSTRAINT fk_sale_line_sale_id_sale FOREIGN KEY(sale_id) REFERENCES sale (id) ON DELETE CASCADE
);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,1,1,2500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,2,1,3900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,3,2,13000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,4,2,2500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,5,3,5800,0);
INSERT INTO sale_line VALUES('Business cards x250',2,3,5200,6,3,15600,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,7,4,2400,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,8,5,5000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,9,5,13000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,10,6,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,11,6,13000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,12,7,7500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,13,8,4000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,900,14,9,2700,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,15,9,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,16,9,5800,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,17,9,7500,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,18,10,3900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,19,10,2400,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,20,10,2500,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,21,10,6500,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,22,11,2900,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,23,11,40000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,24,12,5800,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,25,13,40000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,26,14,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,27,15,3200,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,28,15,3900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,29,15,13000,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,30,16,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,31,17,6500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,32,17,2500,1);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,33,17,4500,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,34,18,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,35,19,6500,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,36,20,18000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,37,20,5000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,38,20,13000,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,39,20,35000,3);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,40,21,13000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,41,21,3200,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,42,21,7500,2);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,43,21,950,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,44,22,4500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,45,23,4500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,46,24,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,47,24,8700,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,48,25,5000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,49,25,2400,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,50,25,3900,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,51,26,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,52,27,13000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,53,27,3900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,54,27,3200,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,55,27,5000,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,56,28,3900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,57,29,4500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,58,30,10400,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,21000,59,30,21000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,60,30,4500,2);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3500,61,30,3500,3);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,62,31,13500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,63,31,4900,1);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,64,32,35000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,65,33,40000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,66,34,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,67,35,3200,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,68,36,13000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,69,36,800,1);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,70,36,950,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,71,37,1600,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,72,37,950,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,73,38,36000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,74,39,4000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,75,39,35000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,76,39,5000,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,77,40,2500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,78,40,6500,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,79,40,4000,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,80,41,8700,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,81,41,1800,1);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,82,42,10400,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,83,43,5800,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,84,43,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,85,43,15000,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,86,44,5800,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,87,45,1800,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,88,46,10400,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,89,46,4500,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,90,46,1800,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,91,47,13000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,92,48,5600,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,93,49,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,94,49,2900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,95,50,15000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,96,50,1800,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,97,51,800,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,98,52,2500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,99,53,5000,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,100,54,18000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,101,55,2500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,102,56,7500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,103,56,800,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,104,57,15000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,105,58,4900,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,106,59,18000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,107,59,2500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,108,60,2500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,109,61,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,110,61,7500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,111,62,5800,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,112,62,5600,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,113,63,8700,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,114,63,5600,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,115,64,7500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,116,64,9000,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,117,64,4000,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,118,65,3600,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,119,65,1200,1);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,120,66,5200,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,900,121,66,900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,122,67,6500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,123,68,2900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,124,69,3600,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,125,70,5200,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,126,71,10400,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,127,72,7500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,128,72,4500,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,129,73,4500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,130,74,5600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,131,75,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,132,75,6500,1);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,133,76,4500,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,134,77,36000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,135,78,4500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,136,79,5200,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,137,80,4900,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,138,80,9000,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,139,80,36000,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,140,81,13000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,141,82,5000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,142,82,35000,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,143,83,5600,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,144,84,9000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,145,85,2900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,900,146,86,900,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,147,87,5600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,148,87,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,149,87,8700,2);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,150,87,1200,3);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,151,88,9000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,152,89,5800,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,153,89,15000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,154,90,6500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,155,91,4500,0);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3500,156,91,3500,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,157,92,2400,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,158,92,3900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,159,92,13000,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,160,93,3900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,900,161,94,2700,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,162,94,40000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,163,94,4500,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,164,95,2900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,165,95,1800,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,166,95,4500,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,167,96,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,900,168,97,900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,900,169,98,4500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,170,98,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,171,99,7500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,172,100,3900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,173,101,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,174,101,1800,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,175,101,15000,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,176,102,3200,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,177,102,950,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,178,103,4500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,179,103,5600,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,180,104,4000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,181,105,8700,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,182,105,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,183,106,15000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,184,106,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,185,107,5000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,186,108,13500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,187,109,13000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,900,188,110,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,189,110,15000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,190,111,5000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,191,111,3200,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,192,111,13000,2);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,193,112,36000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,194,113,3900,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,195,113,4900,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,196,113,5000,2);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,197,113,950,3);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,198,114,6500,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,199,115,35000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,200,115,13000,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,201,115,800,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,202,116,2500,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,203,117,18000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,204,117,4900,1);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,205,117,13500,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,206,117,35000,3);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,207,118,4900,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,208,118,18000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,209,118,6500,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,210,118,800,3);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,211,119,35000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,212,119,4900,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,213,119,36000,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,900,214,120,900,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,215,120,2900,1);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,216,120,40000,2);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3500,217,120,3500,3);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,218,121,2400,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,219,121,13000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,220,121,5000,2);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,221,122,13500,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,222,122,36000,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,21000,223,123,42000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,224,124,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,225,125,6500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,226,125,4000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,227,125,3900,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,228,126,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,229,127,2900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,230,127,4500,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,231,128,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,232,129,2900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,233,129,4500,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,234,129,5600,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,900,235,129,4500,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,236,130,4500,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,237,130,1200,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,238,131,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,239,131,13000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,240,132,2900,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,241,133,35000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,242,134,2400,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,243,135,2400,0);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,244,135,13500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,245,135,2500,2);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,246,135,4900,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,247,136,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,248,136,2500,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,249,137,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,250,137,7500,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,251,137,4500,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,252,137,1800,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,253,138,2500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,254,138,4000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,255,139,6500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,256,140,4900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,257,141,1600,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,258,142,9000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,259,142,35000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,260,142,3900,2);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,261,142,18000,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,262,143,7500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,263,144,9000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,264,145,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,265,145,2900,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,266,146,5600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,267,146,4500,1);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,268,146,1200,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,269,147,800,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,270,147,5000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,271,147,3900,2);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3000,272,147,3000,3);
INSERT INTO sale_line VALUES('Business cards x250',2,3,5200,273,148,15600,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,21000,274,148,42000,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,275,148,4500,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,276,148,40000,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,277,149,5000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,278,149,3900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,279,150,3200,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,280,150,3900,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,281,150,4900,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,282,151,3900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,900,283,152,2700,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,284,152,2900,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,285,152,4500,2);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,286,152,5600,3);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,287,153,36000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,288,153,4900,1);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,289,153,4500,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,290,153,6500,3);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,291,154,4900,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,292,155,5600,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,293,155,3600,1);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,294,155,1200,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,295,156,6500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,296,156,2500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,297,157,5000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,298,157,2400,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,299,158,8700,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,300,159,3900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,301,159,3200,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,302,160,5000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,303,161,15000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,304,162,1800,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,305,163,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,306,164,2400,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,307,165,5000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,308,166,4900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,309,167,15000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,310,167,8700,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,311,168,18000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,312,169,1600,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,313,170,36000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,4500,314,170,9000,1);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,315,170,35000,2);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3000,316,170,3000,3);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,317,171,3200,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,318,172,35000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,319,173,2500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,320,174,3900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,321,175,3900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,322,176,1600,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,323,177,7500,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,324,178,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,325,178,5000,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,326,178,4000,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,327,179,35000,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,328,179,18000,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,329,180,8700,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,330,181,36000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,331,182,7500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,332,183,2400,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,333,184,4500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,334,185,800,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,335,185,7500,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,336,186,3600,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,337,187,4000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,338,187,6500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,339,187,7500,2);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3000,340,187,3000,3);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,341,188,4900,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,342,189,1800,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,343,189,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,344,189,5800,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,345,189,15000,3);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,346,190,1600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,347,190,2500,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,348,190,3900,2);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,349,191,4900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,350,192,6500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,351,192,7500,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,352,193,36000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,353,193,6500,1);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,354,193,13500,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,355,194,35000,0);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,356,195,18000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,357,196,2500,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,358,196,950,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,359,197,5800,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,360,197,7500,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,361,197,1800,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,362,197,4500,3);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,363,198,13000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,364,199,4500,0);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3500,365,199,3500,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,366,200,3900,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,367,201,35000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,368,202,10400,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,369,202,7500,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,370,202,5600,2);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,371,203,13500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,372,204,13500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,373,205,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,374,205,5800,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,375,205,4500,2);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,376,205,1200,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,377,206,3900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,378,207,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,379,207,15000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,380,208,15000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,381,208,5600,1);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,382,208,1200,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,383,209,5000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,384,209,1600,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,385,209,3900,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,386,210,3900,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,387,210,4900,1);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,388,211,40000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,389,211,10400,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,390,211,5600,2);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,391,212,36000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,392,212,4900,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,393,213,3900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,394,214,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,395,214,8700,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,396,215,2500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,397,215,3200,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,398,215,4900,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,399,215,3900,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,400,216,5000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,3,4500,401,217,13500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,402,217,6500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,403,218,13000,0);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3000,404,218,3000,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,405,219,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,406,220,13000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,407,221,3600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,408,221,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,409,221,15000,2);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,410,222,4900,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,411,222,3900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,412,223,3600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,413,223,2900,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,414,224,3900,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,415,224,4900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,416,224,6500,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,417,225,2500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,418,226,1600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,419,227,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2900,420,227,8700,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,421,228,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,422,229,13000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,423,229,2500,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,21000,424,230,21000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,2,5200,425,230,10400,1);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,1200,426,230,1200,2);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,427,231,5800,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,428,232,5000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,429,233,4500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,430,234,7500,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,431,235,5200,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,432,235,5600,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,21000,433,235,21000,2);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,434,236,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,435,236,7500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,436,236,6500,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,437,237,6500,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,438,237,4900,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,439,238,4500,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,440,239,35000,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,441,239,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,442,239,6500,2);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,443,239,36000,3);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,444,240,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,445,240,6500,1);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,446,240,4900,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,447,241,13000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,900,448,242,3600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,449,243,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,450,244,6500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,451,245,15000,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,452,246,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,453,246,2900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,454,247,1600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,455,247,3900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,456,248,2400,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,457,248,2500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,458,249,7500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,900,459,250,2700,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,460,251,5200,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,900,461,251,900,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,462,251,7500,2);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,463,252,800,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,464,253,3900,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,465,254,6500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,466,254,2400,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,3,800,467,255,2400,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,468,256,1600,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,469,256,6500,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2500,470,257,2500,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,471,258,1600,0);
INSERT INTO sale_line VALUES('Business cards x250',2,1,5200,472,259,5200,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,1,800,473,260,800,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,7500,474,261,15000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,475,262,5800,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,4500,476,262,4500,1);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,7500,477,262,7500,2);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,478,262,5600,3);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,21000,479,263,21000,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2900,480,264,5800,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,5600,481,265,5600,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,1,2900,482,265,2900,1);
INSERT INTO sale_line VALUES('Oak frame',NULL,1,3500,483,265,3500,2);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,1,6500,484,266,6500,0);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,485,266,950,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,486,267,3900,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,487,267,35000,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,2,18000,488,267,36000,2);
INSERT INTO sale_line VALUES('Express delivery',NULL,1,950,489,267,950,3);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,490,268,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A2',3,2,6500,491,268,13000,1);
INSERT INTO sale_line VALUES('Risograph print run, A3 x50',1,1,18000,492,269,18000,0);
INSERT INTO sale_line VALUES('Pitch deck template',6,1,4900,493,269,4900,1);
INSERT INTO sale_line VALUES('Business cards x250',2,1,4500,494,269,4500,2);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,495,269,35000,3);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,900,496,270,1800,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,2,800,497,271,1600,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,498,271,3900,1);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,3,2500,499,272,7500,0);
INSERT INTO sale_line VALUES('Giclee art print, A4',4,2,2500,500,273,5000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,501,274,35000,0);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,4,800,502,274,3200,1);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,503,275,3900,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,40000,504,276,40000,0);
INSERT INTO sale_line VALUES('Brand basics workshop (half day)',7,1,35000,505,277,35000,0);
INSERT INTO sale_line VALUES('Social media template pack',5,1,3900,506,277,3900,1);
INSERT INTO sale_line VALUES('Studio zine, single issue',8,5,800,507,278,4000,0);
CREATE TABLE IF NOT EXISTS 'contact_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO contact_fts_data VALUES(1,X'3c864a');
INSERT INTO contact_fts_data VALUES(10,X'00000000020f3c000e0101010201010301010401010501010601010701010801010901010a01010b01010c01010d01010e01010001110102');
INSERT INTO contact_fts_data VALUES(137438953473,X'00000087033034342f020b030a373730303930303631302f020e0104373730302f020c01063930303631302f020d010761646579656d692f0403070103636f6d2f020a01056576656e742f0204020678616d706c652f0209010567726163652f04020701066c6f6e646f6e2f02060107706c616e6e65722f02050108776f726b73686f702f020f04070f090b0d080a0b0b0b0c');
INSERT INTO contact_fts_data VALUES(274877906945,X'00000080043031353130020b01043431393830020d020336313430020c02013930020a030b313531343631343431393830020e010961726368697465637430020401076578616d706c6530020801056c756b61733004020601066d756e69636830020501036f726730020901057072696e7430020f01057765626572300403060408090806100e0c0b0b080a');
INSERT INTO contact_fts_data VALUES(412316860417,X'000000870330343431020a030a3737303039303032353531020d01043737303031020b010639303032353531020c010762726973746f6c3102050105656c6c696531040206020678616d706c653102080107666c6f7269737431020401066875676865733104030601036e6574310209030877736c657474657231020f01057072696e7431020e04070f090b0c0b0b0c0c080d');
INSERT INTO contact_fts_data VALUES(549755813889,X'000000840330343432020b030a3737303039303035303632020e01043737303032020c010639303035303632020d0103636f6d32020a010664616e69656c3204020701076578616d706c653202090107676c6173676f7732020601046b6572723204030701056d7573696332020401057072696e7432020f01077465616368657232020504070f090b080c0c0c0a0a0a');
INSERT INTO contact_fts_data VALUES(687194767361,X'000000700330343433020a030a3737303039303038383533020d01043737303033020b010639303038383533020c0105616d697261330402060103636f6d33020901076578616d706c6533020801066861646461643304030601066c6f6e646f6e330205010773747564656e7433020404070f090b0b080c0c0b');
INSERT INTO contact_fts_data VALUES(824633720833,X'0000007c043031363834020d010333353334020b040938373136383830353334020f01043830353334020e02013734020c0106627265776572340205030369656e34020401066475626c696e34020601076578616d706c65340209010466696e6e3404020701016f3402030205627269656e3402080202726734020a0408080e09060b080b0c0a060a');
INSERT INTO contact_fts_data VALUES(962072674305,X'0000006b0330343435020a030a3737303039303033303535020d01043737303035020b010639303033303535020c010563686c6f653504020601076578616d706c6535020801066d617274696e3504030601036e65743502090204757273653502040104796f726b35020504070f090b0b0c0c0809');
INSERT INTO contact_fts_data VALUES(1099511627777,X'0000007f043033353136020b040939313539343734343936020f010334343936020e010339313536020c0202343736020d0105636f7374613604030701076578616d706c65360209010a696e7374727563746f7236020501066c6973626f6e36020601036e657436020a010672616661656c3604020701047375726636020404080e0808070b0c0f0b080c');
INSERT INTO contact_fts_data VALUES(1236950581249,X'0000008b0330343437020b030a3737303039303037373837020e01043737303037020c010639303037373837020d0108616265726465656e37020602087373697374616e743702050103636f6d37020a01076578616d706c65370209010767616c6c657279370204020472616e7437040307010469736c6137040207010a6e6577736c657474657237020f04070f090b0d0d080c0c0a0a');
INSERT INTO contact_fts_data VALUES(1374389534721,X'0000007f0330343438020b030a3737303039303032343338020e01043737303038020c010639303032343338020d0109616265726e65746879380403070103636f6d38020a01076578616d706c6538020901096c696272617269616e38020501066f78666f726438020601077265746972656438020402037574683804020704070f090b0f080c0e0b0c');
INSERT INTO contact_fts_data VALUES(1511828488193,X'000000880330343339020e02013639020a030937303736373535343339020f0102353539020d0102373039020b0202363739020c010a636572616d696369737439020401076578616d706c6539020801096c696e6471766973743904030601046d616a613904020601036f726739020901057072696e74390210010973746f636b686f6c6d3902050407060e0707070f0c0f0a080a');
INSERT INTO contact_fts_data VALUES(1649267441665,X'0000008d033034343a020b030a373730303930303731323a020e0104373730303a020c01063930303731323a020d010a636f70797772697465723a020501076578616d706c653a02090109667265656c616e63653a020401036e65743a020a030877736c65747465723a020f01046f77656e3a040207010570726963653a04030701077377616e7365613a020604070f090b0f0c0e080d0a0b');
INSERT INTO contact_fts_data VALUES(1786706395137,X'00000089033034303b020b03093734353432323630383b020f020232323b020d01033630383b020e01033734353b020c01096275636861726573743b02060105656c656e613b040207020678616d706c653b02090107666f756e6465723b020501036e65743b020a0107706f70657363753b0403070107737461727475703b020401037765623b021004070e0708080e0b0b0c080d0c');
INSERT INTO contact_fts_data VALUES(1924145348609,X'00000087033034343c020b030a373730303930303935303c020e0104373730303c020c01063930303935303c020d01086272616e64696e673c020f0103636f6d3c020a01056576656e743c0204020678616d706c653c020901056b77616d653c04020701066c6f6e646f6e3c020601066d656e7361683c040307010870726f64756365723c020504070f090b0d080a0b0b0b0c');
INSERT INTO contact_fts_data VALUES(2336462209025,X'00000e970530303134311c020e030237351b020b030238351d020d02013214020c0302343022020d020333343324020d030237342e020d0302383711020d0201352c020e0302333807020c0302343201020d0302383820020d0201362c020f030230392e020e0302343526020c02033735310c020c0401371e020d020339343016020d0101311b020801020b01020a02013004020a0a020a0201330a020e0201340b020d0202353119020c01020c14020c040832353535303134311c020f0a0237351b020c0a0238351d020e0301390e020b0102323001020b06020a05020a05020b05020b08020b02020b02020b02020b02020a030231371a020e0301322a020c0302383619020e0102333013020c0302313510020d02013104020901020901020b08020901020a01020a03093130313539353634310e020d05073636333739353604020d030936333637303330313510020e040834343336383231340f020e0408383635313637353006020f0408393435343633333805020d0201320b020e0201330a020901020b21020b03093439373439393231330a020f03093631343332373936320b0211040838363035303636302c0211020236332a020b0302373010020c0201392a020a030a333633323032363837342a020e0101340a020a02013013020a05020a02013401020a01020a01020b04020901020a01020b03020901020a04020a01020b04020a01020b07020a01020b01020a01020b01020a01020b01020a01020b01020901020a01020b01020a02020b02020a030a3230373934363032343022020e0a0333343324020e0b02383711020e0a0335333807020d0b02343201020e0b02383820020e0a0336343526020d0a033735310c020d0c01371e020e0a0339343016020e030233360f020c030a373730303930303035331f020e0a0331323103020e0a0332313409020e0b02383527020d0a033330352d020d0b0232330d020d0b02353508020d0b02363617020e0b02373521020e0a0334323328020e0b02393102020d0a033739302b020e0a0338333729020d0b02373125020e0a0339373023020e0b02383112020e0202353315020d02013713020801020a01020a0308353534303634333013020d0308393436303239313014020e04073537353534353315020e0201390a020c0e020901020b01020b14020b030b31353130333734303630392e020f060838343431323031371a020f0608393131303230383619020f030934303738373739353518020d01033531321b020901020c01020b02013513020902020c0301351b020a01020d01020c02033634310e020c01013605020a01020c05020c04020b01020b1c020c0201302c02100201320b0210020333333805020c02013413020b0202363304020b020337353006020e02033837342a020d01043737303002020b01020c05020b01020c04020b05020c05020c08020c02020c02020c02020c02020b01020c01020b02020c02020b0202383718020b0201390b020f0302343601020c06020b05020b05020c05020c08020c02020c02020c02020c02020b0302353518020c04013604020c0104383231340f020d02033434311a020d0201362c020d0302353106020d01063930303035331f020d040331323103020d040332313409020d0502383527020c04033330352d020c050232330d020c0502353508020c0502363617020d0502373521020d040334323328020d0502393102020c04033739302b020d040338333729020c0502373125020d040339373023020d0502383112020d0202313014020d0302313019020d0201320a020d020334353405020b03013614020b0202353715020b0201370a020b010561697368611f04020702056c626572731a020302046e6f756b0604020802097263686974656374730402040301741a0204110204020674656c6965720a0402060102080205757374696e1b0204010207010206010662616b657279160204030274681602050102061402060206656c6c696e692a04030605016f1f020303016e2104020703047267656e13020401020601020604036c696e2e020602056c617577650e02020705686176656e0e020701020801020802096f6f6b62696e6465722d0204050173070203020772616e64696e670a021009020e0b020f0304657765720f02050701790e02040309696768746669656c642202020c057472757374220207010208040473746f6c010205010205010206210205010206030206010205010663616c6c756d09040207030572646966662202050102060a02050403746572170203020968656c74656e68616d260204010205030369656621020403037269731d04020702056c616972650b04020702016f01020801020801020904020701020801020903020701020804020801020904020801040407070208010209010208010209030208010209010207010208030361636828020503046666656501020303026c652904030603016d2b020a01020a040b6d756e69636174696f6e732302040308707065726c696e651b0402060102090102080207726561746976650b0204020579636c65730c02030102646506020312020801020a01020a03046e74616c11020303067369676e65722e02050301760d040206020769726563746f720b02050902050502050102050d0204020575626f69730b020301096564696e62757267680702040102050102060403746f72090205020369646515020302046d62657216020302076e67696e6565721d02050206737461746573260203020276611004020704026e73230203020678616d706c65280209010208010208010209010209010208010209010866616c6d6f75746820020501020602076573746976616c1302030102040204696f6e610804020602096a6f72646c696768741304020601020801020802066f756e6465720202040201720a020801020a01066761726574682304020702077265656e7761790c020209066379636c65730c020601020703036f7570110204010668616c64656e0402020102030703766f7304020701020701020903056d6275726718020401020601020603046e6e616829040206030572626f75722402020804796f6761240207010208030376656e0e020302036561640f02040d020403036c656e1204020704026c6f010206030206030205030205020205020206030206020205030206020205030205030206020206020206020206020205010b696c6c7573747261746f7229020402056e677269641404020703087374727563746f722102050306746572696f722c020402016f1b020701020a01020901056a616d65732b04020703046e73656e0f020302056f616e6e610204020603036e61731904020701066b617472696e1a040207020665737472656c0702020805626f6f6b7307020601020701020801046c6172731504020703057572656e742c0403070301771e020302036561640302051a02040405726e696e6722020303036564731e020501020602026c701e020402056f6e646f6e1102050102060204756d656e0a0403060102090203796f6e0a020401020601076d61617274656e0f0402070305636c656f6408020303056e616765720602060603696e671902040407636865737465720c0204010205030372636f2a04020604066b6574696e670302040d02050f020404036c6f77110202010203070664656e74616c11020701020804057368616c6c2d04030602046567616e1c0402080204696c616e2a020501056e616469612504020703066b616d7572611d020302096577736c657474657201021301020e04021007020e07020f05021001021008021002021003020e02021002021103021102016c04020801020801020a08020801020901020902016f130207010209010209030772746877696e640102020a06636f66666565010207010207010208030377616b2e04030701036f616b1602020408616e64656d6265721602070102080201661c020503046669636506020507017223020502056c69766572270402060202726722020801020905020a01020901020903020901020a030374697a1c02030204776e65720d02040a02050e020501097061636b6167696e670102110d020e03037269732c02060404746e65720502041a0205030374656c0d02030208656d626572746f6e2602020102030a0765737461746573260206010207020b686f746f677261706865722a0204020569657465720504020603026b650202030207726163746963651202040307696e636970616c12020505017401021206020e07020f05020f03020f02020e08020f02020f07020e01020f01020f01021201020e040279612804020703066f64756365721502050701741c02060803696f6e09020404066772616d6d65150204020875626c697368657208020401077175696c6c6f6e1e020208036c61771e020701020801067261686d616e25020303036d616e28040307020365696409020303067461696e657201020f03020e03020f0f021002021003020e0d020f02076f61737465727301020403037369651704020703077474657264616d04020501020501020701077361696c696e6720020303036c657310020403016d03040207020563686f6f6c20020402036d697410020302056f6369616c0c020f03066674776172651b020303056c6265726714020303046d6d657218040206010403070102080304706869652c0402070205747564696f2402040102040305796c6973742c02050107746561636865722b0205020869646577617465722002020a077361696c696e6720020701020802056f6d61737a2e040207020672656c6f617221020303037573742202040102756b01020901020901020a04020801020901020a03020801020904020901020a04020901020a07020901020a01020901020a01020901020a01020901020a01020801020902067472656368740e02050102060102060201782e020401067665726c616718040306010209010209020269700102100d02100a020f11020f01021002026f73040203020204010377656204020f08020e05020f0a020d05021006020e02021006021003066c6c6e6573732802040207686974616b65722b04030705046c6f636b03020302076f726b73686f7024020f0402040907070607080707060707070607070806080c0906060d0d070706220706070707150e0c0e0d0d0d060c0e0e0d0707060f0609510f080708070708080608070f080807080707070708070808070807070c0d0d0c12100d0d0e0e090c081506060806070808360706220706090806070b080807080707070708070808070807070706080607060b0a0a0e090f100b0d0c06070f080a100e061209060e0d1b0c10081108090b400809080910140c0a10090b07180a140808090c0b08071d100f0a150b090c0c0e080e0e100a0a0c080b0934100b0d0b0c0b090b090c0b100a0b060b0a0b070d0d0b0d0a0a080f09110b0e0b0a090b0b32150c0c110908100609060b19080f11080c08100f100b070c0c2a080b06080b0d0c0b0b09081d0c09120c08070a080a0b0a110a0d0a0c0d0f0b0b0846110612130a1d0b0d09');
INSERT INTO contact_fts_data VALUES(2336462209026,X'0005001a112b02100530796f676124020301037a6f652d0402060809');
CREATE TABLE IF NOT EXISTS 'contact_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO contact_fts_idx VALUES(1,X'',2);
INSERT INTO contact_fts_idx VALUES(2,X'',2);
INSERT INTO contact_fts_idx VALUES(3,X'',2);
INSERT INTO contact_fts_idx VALUES(4,X'',2);
INSERT INTO contact_fts_idx VALUES(5,X'',2);
INSERT INTO contact_fts_idx VALUES(6,X'',2);
INSERT INTO contact_fts_idx VALUES(7,X'',2);
INSERT INTO contact_fts_idx VALUES(8,X'',2);
INSERT INTO contact_fts_idx VALUES(9,X'',2);
INSERT INTO contact_fts_idx VALUES(10,X'',2);
INSERT INTO contact_fts_idx VALUES(11,X'',2);
INSERT INTO contact_fts_idx VALUES(12,X'',2);
INSERT INTO contact_fts_idx VALUES(13,X'',2);
INSERT INTO contact_fts_idx VALUES(14,X'',2);
INSERT INTO contact_fts_idx VALUES(17,X'',2);
INSERT INTO contact_fts_idx VALUES(17,X'3079',4);
CREATE TABLE IF NOT EXISTS 'contact_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO contact_fts_docsize VALUES(1,X'12');
INSERT INTO contact_fts_docsize VALUES(2,X'0d');
INSERT INTO contact_fts_docsize VALUES(3,X'0d');
INSERT INTO contact_fts_docsize VALUES(4,X'0e');
INSERT INTO contact_fts_docsize VALUES(5,X'0c');
INSERT INTO contact_fts_docsize VALUES(6,X'0f');
INSERT INTO contact_fts_docsize VALUES(7,X'0e');
INSERT INTO contact_fts_docsize VALUES(8,X'0c');
INSERT INTO contact_fts_docsize VALUES(9,X'0d');
INSERT INTO contact_fts_docsize VALUES(10,X'0f');
INSERT INTO contact_fts_docsize VALUES(11,X'10');
INSERT INTO contact_fts_docsize VALUES(12,X'0e');
INSERT INTO contact_fts_docsize VALUES(13,X'0d');
INSERT INTO contact_fts_docsize VALUES(14,X'0f');
INSERT INTO contact_fts_docsize VALUES(15,X'0d');
INSERT INTO contact_fts_docsize VALUES(16,X'0d');
INSERT INTO contact_fts_docsize VALUES(17,X'0e');
INSERT INTO contact_fts_docsize VALUES(18,X'0d');
INSERT INTO contact_fts_docsize VALUES(19,X'0e');
INSERT INTO contact_fts_docsize VALUES(20,X'0e');
INSERT INTO contact_fts_docsize VALUES(21,X'0d');
INSERT INTO contact_fts_docsize VALUES(22,X'0f');
INSERT INTO contact_fts_docsize VALUES(23,X'0d');
INSERT INTO contact_fts_docsize VALUES(24,X'0f');
INSERT INTO contact_fts_docsize VALUES(25,X'0f');
INSERT INTO contact_fts_docsize VALUES(26,X'0f');
INSERT INTO contact_fts_docsize VALUES(27,X'0d');
INSERT INTO contact_fts_docsize VALUES(28,X'0e');
INSERT INTO contact_fts_docsize VALUES(29,X'0d');
INSERT INTO contact_fts_docsize VALUES(30,X'0e');
INSERT INTO contact_fts_docsize VALUES(31,X'0d');
INSERT INTO contact_fts_docsize VALUES(32,X'0f');
INSERT INTO contact_fts_docsize VALUES(33,X'0d');
INSERT INTO contact_fts_docsize VALUES(34,X'0f');
INSERT INTO contact_fts_docsize VALUES(35,X'0d');
INSERT INTO contact_fts_docsize VALUES(36,X'0f');
INSERT INTO contact_fts_docsize VALUES(37,X'0d');
INSERT INTO contact_fts_docsize VALUES(38,X'0d');
INSERT INTO contact_fts_docsize VALUES(39,X'0d');
INSERT INTO contact_fts_docsize VALUES(40,X'10');
INSERT INTO contact_fts_docsize VALUES(41,X'0f');
INSERT INTO contact_fts_docsize VALUES(42,X'0f');
INSERT INTO contact_fts_docsize VALUES(43,X'10');
INSERT INTO contact_fts_docsize VALUES(44,X'11');
INSERT INTO contact_fts_docsize VALUES(45,X'0d');
INSERT INTO contact_fts_docsize VALUES(46,X'10');
INSERT INTO contact_fts_docsize VALUES(47,X'0e');
INSERT INTO contact_fts_docsize VALUES(48,X'0e');
INSERT INTO contact_fts_docsize VALUES(49,X'0e');
INSERT INTO contact_fts_docsize VALUES(50,X'0e');
INSERT INTO contact_fts_docsize VALUES(51,X'0c');
INSERT INTO contact_fts_docsize VALUES(52,X'0e');
INSERT INTO contact_fts_docsize VALUES(53,X'0c');
INSERT INTO contact_fts_docsize VALUES(54,X'0e');
INSERT INTO contact_fts_docsize VALUES(55,X'0e');
INSERT INTO contact_fts_docsize VALUES(56,X'0d');
INSERT INTO contact_fts_docsize VALUES(57,X'0f');
INSERT INTO contact_fts_docsize VALUES(58,X'0e');
INSERT INTO contact_fts_docsize VALUES(59,X'0f');
INSERT INTO contact_fts_docsize VALUES(60,X'0e');
CREATE TABLE IF NOT EXISTS 'contact_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO contact_fts_config VALUES('version',4);
CREATE TABLE import_run (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	mode VARCHAR(20) NOT NULL, 
	created_count INTEGER NOT NULL, 
	updated_count INTEGER NOT NULL, 
	skipped_count INTEGER NOT NULL, 
	undone_at DATETIME, 
	CONSTRAINT pk_import_run PRIMARY KEY (id), 
	CONSTRAINT fk_import_run_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_import_run_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
CREATE TABLE import_run_item (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	record_type VARCHAR(20) NOT NULL, 
	record_id INTEGER NOT NULL, 
	action VARCHAR(20) NOT NULL, 
	version_after INTEGER NOT NULL, 
	previous TEXT, 
	CONSTRAINT pk_import_run_item PRIMARY KEY (id), 
	CONSTRAINT fk_import_run_item_run_id_import_run FOREIGN KEY(run_id) REFERENCES import_run (id) ON DELETE CASCADE
);
CREATE TABLE field_change (
	id INTEGER NOT NULL, 
	record_kind VARCHAR(20) NOT NULL, 
	record_id INTEGER NOT NULL, 
	field_name VARCHAR(40) NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	changed_at DATETIME NOT NULL, 
	changed_by_id INTEGER, 
	via VARCHAR(20) NOT NULL, 
	import_run_id INTEGER, 
	CONSTRAINT pk_field_change PRIMARY KEY (id), 
	CONSTRAINT fk_field_change_changed_by_id_team_member FOREIGN KEY(changed_by_id) REFERENCES team_member (id) ON DELETE SET NULL
);
INSERT INTO field_change VALUES(1,'contract',1,'status','"active"','"renewed"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(2,'contract',1,'ended_on',NULL,'"2026-09-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(3,'contract',3,'status','"active"','"renewed"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(4,'contract',3,'ended_on',NULL,'"2025-09-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(5,'contract',4,'status','"active"','"renewed"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(6,'contract',4,'ended_on',NULL,'"2026-09-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(7,'contract',7,'status','"active"','"ended"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(8,'contract',7,'ended_on',NULL,'"2026-08-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(9,'contract',8,'status','"active"','"terminated"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(10,'contract',8,'ended_on',NULL,'"2026-10-22"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(11,'contract',9,'status','"active"','"renewed"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(12,'contract',9,'ended_on',NULL,'"2026-03-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(13,'contract',17,'status','"active"','"ended"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(14,'contract',17,'ended_on',NULL,'"2026-08-21"','2026-11-22 09:00:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(15,'followup',1,'done_at',NULL,'"2026-02-14T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(16,'followup',2,'done_at',NULL,'"2026-03-21T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(17,'followup',3,'done_at',NULL,'"2026-04-05T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(18,'followup',4,'done_at',NULL,'"2026-05-15T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(19,'followup',5,'done_at',NULL,'"2026-05-31T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(20,'followup',6,'done_at',NULL,'"2026-10-07T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(21,'followup',7,'done_at',NULL,'"2026-10-27T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(22,'followup',8,'done_at',NULL,'"2026-02-28T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(23,'followup',9,'done_at',NULL,'"2026-06-03T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(24,'followup',10,'done_at',NULL,'"2026-10-03T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(25,'followup',11,'done_at',NULL,'"2026-05-29T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(26,'followup',12,'done_at',NULL,'"2026-07-29T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(27,'followup',13,'done_at',NULL,'"2026-10-02T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(28,'followup',14,'done_at',NULL,'"2026-06-28T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(29,'followup',15,'done_at',NULL,'"2026-03-29T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(30,'followup',16,'done_at',NULL,'"2026-10-22T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(31,'followup',18,'done_at',NULL,'"2026-09-27T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(32,'followup',20,'done_at',NULL,'"2026-01-29T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(33,'followup',21,'done_at',NULL,'"2026-05-19T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(34,'followup',22,'done_at',NULL,'"2026-07-26T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(35,'followup',23,'done_at',NULL,'"2026-08-11T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(36,'followup',24,'done_at',NULL,'"2026-09-13T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(37,'followup',25,'done_at',NULL,'"2026-09-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(38,'followup',26,'done_at',NULL,'"2026-11-03T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(39,'followup',27,'done_at',NULL,'"2025-11-28T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(40,'followup',28,'done_at',NULL,'"2026-05-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(41,'followup',29,'done_at',NULL,'"2026-08-21T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(42,'followup',30,'done_at',NULL,'"2026-06-05T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(43,'followup',31,'done_at',NULL,'"2026-09-29T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(44,'followup',32,'done_at',NULL,'"2026-11-04T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(45,'followup',33,'done_at',NULL,'"2026-10-30T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(46,'followup',49,'due_date','"2026-11-18"','"2026-11-25"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(47,'followup',50,'due_date','"2026-11-20"','"2026-11-27"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(48,'followup',51,'done_at',NULL,'"2026-08-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(49,'followup',52,'done_at',NULL,'"2026-09-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(50,'followup',53,'done_at',NULL,'"2026-10-25T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(51,'followup',55,'done_at',NULL,'"2026-02-25T16:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(52,'followup',56,'done_at',NULL,'"2026-05-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(53,'followup',57,'done_at',NULL,'"2026-08-25T15:30:00Z"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(54,'sale',84,'status','"paid"','"partially_refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(55,'sale',16,'status','"paid"','"partially_refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(56,'sale',206,'status','"paid"','"partially_refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(57,'sale',142,'status','"paid"','"partially_refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(58,'sale',183,'status','"paid"','"refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(59,'sale',226,'status','"paid"','"refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(60,'sale',120,'status','"paid"','"refunded"','2026-11-22 09:00:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(61,'invoice',1,'lines','[{"description": "Cover series: spring & autumn lists, 2025-12-22 to 2026-12-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 1800000}]','[{"description": "Cover series: spring & autumn lists, 2025-12-22 to 2026-12-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 1800000}]','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(62,'invoice',1,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(63,'invoice',1,'number',NULL,'"INV-2025-0001"','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(64,'invoice',1,'issue_date',NULL,'"2025-12-22"','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(65,'invoice',1,'due_date',NULL,'"2026-01-21"','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(66,'invoice',1,'issued_at',NULL,'"2025-12-22T10:30:00Z"','2025-12-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(67,'invoice',1,'paid_minor','0','1800000','2026-01-17 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(68,'invoice',2,'lines','[{"description": "Label design framework, 2026-03-22 to 2027-03-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 1008000}]','[{"description": "Label design framework, 2026-03-22 to 2027-03-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 1008000}]','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(69,'invoice',2,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(70,'invoice',2,'number',NULL,'"INV-2026-0001"','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(71,'invoice',2,'issue_date',NULL,'"2026-03-22"','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(72,'invoice',2,'due_date',NULL,'"2026-04-21"','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(73,'invoice',2,'issued_at',NULL,'"2026-03-22T10:30:00Z"','2026-03-22 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(74,'invoice',2,'paid_minor','0','1008000','2026-04-19 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(75,'invoice',3,'number',NULL,'"INV-2026-0002"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(76,'invoice',3,'issue_date',NULL,'"2026-07-22"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(77,'invoice',3,'due_date',NULL,'"2026-08-21"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(78,'invoice',3,'issued_at',NULL,'"2026-07-22T09:30:00Z"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(79,'invoice',3,'paid_minor','0','216000','2026-08-07 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(80,'invoice',4,'lines','[{"description": "Website care plan, 2026-07-22 to 2026-08-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 100000}]','[{"description": "Website care plan, 2026-07-22 to 2026-08-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 100000}]','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(81,'invoice',4,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(82,'invoice',4,'number',NULL,'"INV-2026-0003"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(83,'invoice',4,'issue_date',NULL,'"2026-07-22"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(84,'invoice',4,'due_date',NULL,'"2026-08-21"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(85,'invoice',4,'issued_at',NULL,'"2026-07-22T09:30:00Z"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(86,'invoice',4,'paid_minor','0','100000','2026-08-10 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(87,'invoice',5,'number',NULL,'"INV-2026-0004"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(88,'invoice',5,'issue_date',NULL,'"2026-07-22"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(89,'invoice',5,'due_date',NULL,'"2026-08-21"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(90,'invoice',5,'issued_at',NULL,'"2026-07-22T09:30:00Z"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(91,'invoice',5,'paid_minor','0','144000','2026-07-30 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(92,'invoice',6,'lines','[{"description": "Product design support, 2026-07-22 to 2026-08-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 350000}]','[{"description": "Product design support, 2026-07-22 to 2026-08-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 350000}]','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(93,'invoice',6,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(94,'invoice',6,'number',NULL,'"INV-2026-0005"','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(95,'invoice',6,'issue_date',NULL,'"2026-07-22"','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(96,'invoice',6,'due_date',NULL,'"2026-08-21"','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(97,'invoice',6,'issued_at',NULL,'"2026-07-22T09:30:00Z"','2026-07-22 09:30:00.000000',2,'app',NULL);
INSERT INTO field_change VALUES(98,'invoice',6,'paid_minor','0','350000','2026-08-02 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(99,'invoice',7,'number',NULL,'"INV-2026-0006"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(100,'invoice',7,'issue_date',NULL,'"2026-07-22"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(101,'invoice',7,'due_date',NULL,'"2026-08-21"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(102,'invoice',7,'issued_at',NULL,'"2026-07-22T09:30:00Z"','2026-07-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(103,'invoice',7,'paid_minor','0','48000','2026-08-05 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(104,'invoice',8,'number',NULL,'"INV-2026-0007"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(105,'invoice',8,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(106,'invoice',8,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(107,'invoice',8,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(108,'invoice',8,'paid_minor','0','216000','2026-09-23 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(109,'invoice',9,'lines','[{"description": "Website care plan, 2026-08-22 to 2026-09-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 100000}]','[{"description": "Website care plan, 2026-08-22 to 2026-09-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 100000}]','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(110,'invoice',9,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(111,'invoice',9,'number',NULL,'"INV-2026-0008"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(112,'invoice',9,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(113,'invoice',9,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(114,'invoice',9,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(115,'invoice',9,'paid_minor','0','100000','2026-08-28 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(116,'invoice',10,'number',NULL,'"INV-2026-0009"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(117,'invoice',10,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(118,'invoice',10,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(119,'invoice',10,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(120,'invoice',10,'paid_minor','0','504000','2026-09-01 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(121,'invoice',11,'number',NULL,'"INV-2026-0010"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(122,'invoice',11,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(123,'invoice',11,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(124,'invoice',11,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(125,'invoice',12,'lines','[{"description": "Product design support, 2026-08-22 to 2026-09-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 350000}]','[{"description": "Product design support, 2026-08-22 to 2026-09-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 350000}]','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(126,'invoice',12,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(127,'invoice',12,'number',NULL,'"INV-2026-0011"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(128,'invoice',12,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(129,'invoice',12,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(130,'invoice',12,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(131,'invoice',12,'paid_minor','0','350000','2026-09-18 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(132,'invoice',13,'number',NULL,'"INV-2026-0012"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(133,'invoice',13,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(134,'invoice',13,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(135,'invoice',13,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(136,'invoice',13,'paid_minor','0','48000','2026-08-27 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(137,'invoice',14,'number',NULL,'"INV-2026-0013"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(138,'invoice',14,'issue_date',NULL,'"2026-08-22"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(139,'invoice',14,'due_date',NULL,'"2026-09-21"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(140,'invoice',14,'issued_at',NULL,'"2026-08-22T09:30:00Z"','2026-08-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(141,'invoice',14,'paid_minor','0','384000','2026-09-21 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(142,'invoice',15,'number',NULL,'"INV-2026-0014"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(143,'invoice',15,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(144,'invoice',15,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(145,'invoice',15,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(146,'invoice',16,'lines','[{"description": "Brand & packaging retainer, 2026-09-22 to 2026-10-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 189000}]','[{"description": "Social assets not delivered this month (agreed reduction)", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 30000}]','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(147,'invoice',15,'credited_minor','0','36000','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(148,'invoice',16,'number',NULL,'"CN-2026-0001"','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(149,'invoice',16,'issue_date',NULL,'"2026-09-28"','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(150,'invoice',16,'due_date',NULL,'"2026-10-28"','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(151,'invoice',16,'issued_at',NULL,'"2026-09-28T10:00:00Z"','2026-09-28 10:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(152,'invoice',15,'paid_minor','0','190800','2026-10-22 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(153,'invoice',17,'lines','[{"description": "Website care plan, 2026-09-22 to 2026-10-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 105000}]','[{"description": "Website care plan, 2026-09-22 to 2026-10-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 105000}]','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(154,'invoice',17,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(155,'invoice',17,'number',NULL,'"INV-2026-0015"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(156,'invoice',17,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(157,'invoice',17,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(158,'invoice',17,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(159,'invoice',17,'paid_minor','0','105000','2026-10-09 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(160,'invoice',18,'number',NULL,'"INV-2026-0016"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(161,'invoice',18,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(162,'invoice',18,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(163,'invoice',18,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(164,'invoice',18,'paid_minor','0','72000','2026-09-25 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(165,'invoice',19,'lines','[{"description": "Festival visual identity", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 1500000}]','[{"description": "Festival visual identity: 40% on signature", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 600000}]','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(166,'invoice',19,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(167,'invoice',19,'number',NULL,'"INV-2026-0017"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(168,'invoice',19,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(169,'invoice',19,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(170,'invoice',19,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(171,'invoice',19,'paid_minor','0','600000','2026-09-29 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(172,'invoice',20,'number',NULL,'"INV-2026-0018"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(173,'invoice',20,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(174,'invoice',20,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(175,'invoice',20,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(176,'invoice',20,'paid_minor','0','114000','2026-10-02 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(177,'invoice',21,'lines','[{"description": "Product design support, 2026-09-22 to 2026-10-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 350000}]','[{"description": "Product design support, 2026-09-22 to 2026-10-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 350000}]','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(178,'invoice',21,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(179,'invoice',21,'number',NULL,'"INV-2026-0019"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(180,'invoice',21,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(181,'invoice',21,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(182,'invoice',21,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(183,'invoice',22,'number',NULL,'"INV-2026-0020"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(184,'invoice',22,'issue_date',NULL,'"2026-09-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(185,'invoice',22,'due_date',NULL,'"2026-10-22"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(186,'invoice',22,'issued_at',NULL,'"2026-09-22T09:30:00Z"','2026-09-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(187,'invoice',22,'paid_minor','0','48000','2026-10-08 15:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(188,'invoice',23,'number',NULL,'"INV-2026-0021"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(189,'invoice',23,'issue_date',NULL,'"2026-10-22"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(190,'invoice',23,'due_date',NULL,'"2026-11-21"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(191,'invoice',23,'issued_at',NULL,'"2026-10-22T09:30:00Z"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(192,'invoice',23,'paid_minor','0','226800','2026-10-26 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(193,'invoice',24,'lines','[{"description": "Website care plan, 2026-10-22 to 2026-11-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 105000}]','[{"description": "Website care plan, 2026-10-22 to 2026-11-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 105000}]','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(194,'invoice',24,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(195,'invoice',24,'number',NULL,'"INV-2026-0022"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(196,'invoice',24,'issue_date',NULL,'"2026-10-22"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(197,'invoice',24,'due_date',NULL,'"2026-11-21"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(198,'invoice',24,'issued_at',NULL,'"2026-10-22T09:30:00Z"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(199,'invoice',24,'paid_minor','0','52500','2026-10-25 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(200,'invoice',25,'lines','[{"description": "Product design support, 2026-10-22 to 2026-11-21", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 350000}]','[{"description": "Product design support, 2026-10-22 to 2026-11-21", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 350000}]','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(201,'invoice',25,'note',NULL,'"Outside the scope of UK VAT: the place of supply is the customer''s country."','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(202,'invoice',25,'number',NULL,'"INV-2026-0023"','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(203,'invoice',25,'issue_date',NULL,'"2026-10-22"','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(204,'invoice',25,'due_date',NULL,'"2026-11-21"','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(205,'invoice',25,'issued_at',NULL,'"2026-10-22T09:30:00Z"','2026-10-22 09:30:00.000000',3,'app',NULL);
INSERT INTO field_change VALUES(206,'invoice',25,'paid_minor','0','350000','2026-11-10 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(207,'invoice',26,'number',NULL,'"INV-2026-0024"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(208,'invoice',26,'issue_date',NULL,'"2026-10-22"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(209,'invoice',26,'due_date',NULL,'"2026-11-21"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(210,'invoice',26,'issued_at',NULL,'"2026-10-22T09:30:00Z"','2026-10-22 09:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(211,'invoice',26,'paid_minor','0','48000','2026-11-06 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(212,'invoice',27,'lines','[{"description": "Risograph print run, A3 x50", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": 21000}, {"description": "Discount", "quantity_milli": 1000, "tax_rate": 2000, "unit_price_minor": -2100}]','[{"description": "Risograph print run, A3 x50", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": 21000}, {"description": "Discount", "quantity_milli": 1000, "tax_rate": 0, "unit_price_minor": -2100}]','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(213,'invoice',27,'note','"10% returning-customer discount"','"10% returning-customer discount\nOutside the scope of UK VAT: the place of supply is the customer''s country."','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(214,'invoice',27,'number',NULL,'"INV-2026-0025"','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(215,'invoice',27,'issue_date',NULL,'"2026-11-13"','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(216,'invoice',27,'due_date',NULL,'"2026-12-13"','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(217,'invoice',27,'issued_at',NULL,'"2026-11-13T10:30:00Z"','2026-11-13 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(218,'invoice',27,'paid_minor','0','9400','2026-11-16 16:00:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(219,'invoice',28,'number',NULL,'"INV-2026-0026"','2026-11-15 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(220,'invoice',28,'issue_date',NULL,'"2026-11-15"','2026-11-15 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(221,'invoice',28,'due_date',NULL,'"2026-12-15"','2026-11-15 10:30:00.000000',1,'app',NULL);
INSERT INTO field_change VALUES(222,'invoice',28,'issued_at',NULL,'"2026-11-15T10:30:00Z"','2026-11-15 10:30:00.000000',1,'app',NULL);
CREATE TABLE contact_merge (
	id INTEGER NOT NULL, 
	kept_id INTEGER NOT NULL, 
	merged_id INTEGER NOT NULL, 
	merged_at DATETIME NOT NULL, 
	merged_by_id INTEGER, 
	kept_before TEXT NOT NULL, 
	kept_version_after INTEGER NOT NULL, 
	moved TEXT NOT NULL, 
	undone_at DATETIME, 
	CONSTRAINT pk_contact_merge PRIMARY KEY (id), 
	CONSTRAINT fk_contact_merge_kept_id_contact FOREIGN KEY(kept_id) REFERENCES contact (id), 
	CONSTRAINT fk_contact_merge_merged_id_contact FOREIGN KEY(merged_id) REFERENCES contact (id), 
	CONSTRAINT fk_contact_merge_merged_by_id_team_member FOREIGN KEY(merged_by_id) REFERENCES team_member (id) ON DELETE SET NULL
);
CREATE TABLE invoice_series (
	series VARCHAR(40) NOT NULL, 
	last_sequence INTEGER NOT NULL, 
	CONSTRAINT pk_invoice_series PRIMARY KEY (series)
);
INSERT INTO invoice_series VALUES('INV-2025-',1);
INSERT INTO invoice_series VALUES('INV-2026-',26);
INSERT INTO invoice_series VALUES('CN-2026-',1);
CREATE TABLE invoice (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contact_id INTEGER NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	note VARCHAR(2000) NOT NULL, 
	id INTEGER NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	series VARCHAR(40), 
	sequence INTEGER, 
	number VARCHAR(60), 
	issue_date DATE, 
	due_date DATE, 
	terms_days INTEGER, 
	issued_at DATETIME, 
	issued_by_id INTEGER, 
	issued_details TEXT, 
	credits_id INTEGER, 
	contract_id INTEGER, 
	period_start DATE, 
	period_end DATE, 
	sale_id INTEGER, 
	net_minor BIGINT NOT NULL, 
	tax_minor BIGINT NOT NULL, 
	total_minor BIGINT NOT NULL, 
	paid_minor BIGINT NOT NULL, 
	credited_minor BIGINT NOT NULL, 
	CONSTRAINT pk_invoice PRIMARY KEY (id), 
	CONSTRAINT fk_invoice_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_invoice_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id), 
	CONSTRAINT fk_invoice_credits_id_invoice FOREIGN KEY(credits_id) REFERENCES invoice (id), 
	CONSTRAINT fk_invoice_issued_by_id_team_member FOREIGN KEY(issued_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_invoice_sale_id_sale FOREIGN KEY(sale_id) REFERENCES sale (id), 
	CONSTRAINT fk_invoice_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_invoice_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id), 
	CONSTRAINT uq_invoice_number UNIQUE (number), 
	CONSTRAINT uq_invoice_series_sequence UNIQUE (series, sequence)
);
INSERT INTO invoice VALUES('2025-12-22 10:30:00.000000','2026-01-17 16:00:00.000000',1,1,6,NULL,24,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',1,'invoice','INV-2025-',1,'INV-2025-0001','2025-12-22','2026-01-21',30,'2025-12-22 10:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Sommer Verlag", "address": ["Hamburg", "Germany"], "country": "Germany"}}',NULL,14,'2025-12-22','2026-12-21',NULL,1800000,0,1800000,1800000,0);
INSERT INTO invoice VALUES('2026-03-22 10:30:00.000000','2026-04-19 15:00:00.000000',1,1,6,NULL,14,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',2,'invoice','INV-2026-',1,'INV-2026-0001','2026-03-22','2026-04-21',30,'2026-03-22 10:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Blauwe Haven Brewery", "address": ["Utrecht", "Netherlands"], "country": "Netherlands"}}',NULL,10,'2026-03-22','2027-03-21',NULL,1008000,0,1008000,1008000,0);
INSERT INTO invoice VALUES('2026-07-22 09:30:00.000000','2026-08-07 15:00:00.000000',1,1,4,NULL,1,'GBP','',3,'invoice','INV-2026-',2,'INV-2026-0002','2026-07-22','2026-08-21',30,'2026-07-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Northwind Coffee Roasters", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,1,'2026-07-22','2026-08-21',NULL,180000,36000,216000,216000,0);
INSERT INTO invoice VALUES('2026-07-22 09:30:00.000000','2026-08-10 15:00:00.000000',1,1,6,NULL,4,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',4,'invoice','INV-2026-',3,'INV-2026-0003','2026-07-22','2026-08-21',30,'2026-07-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Halden & Vos Architects", "address": ["Rotterdam", "Netherlands"], "country": "Netherlands"}}',NULL,4,'2026-07-22','2026-08-21',NULL,100000,0,100000,100000,0);
INSERT INTO invoice VALUES('2026-07-22 09:30:00.000000','2026-07-30 15:00:00.000000',1,1,4,NULL,12,'GBP','',5,'invoice','INV-2026-',4,'INV-2026-0004','2026-07-22','2026-08-21',30,'2026-07-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Greenway Cycles", "address": ["Manchester", "United Kingdom"], "country": "United Kingdom"}}',NULL,8,'2026-07-22','2026-08-21',NULL,120000,24000,144000,144000,0);
INSERT INTO invoice VALUES('2026-07-22 09:30:00.000000','2026-08-02 15:00:00.000000',2,1,6,NULL,27,'USD','Outside the scope of UK VAT: the place of supply is the customer''s country.',6,'invoice','INV-2026-',5,'INV-2026-0005','2026-07-22','2026-08-21',30,'2026-07-22 09:30:00.000000',2,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Copperline Software", "address": ["Austin", "United States"], "country": "United States"}}',NULL,15,'2026-07-22','2026-08-21',NULL,350000,0,350000,350000,0);
INSERT INTO invoice VALUES('2026-07-22 09:30:00.000000','2026-08-05 15:00:00.000000',1,1,4,NULL,40,'GBP','',7,'invoice','INV-2026-',6,'INV-2026-0006','2026-07-22','2026-08-21',30,'2026-07-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Priya Raman", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,18,'2026-07-22','2026-08-21',NULL,40000,8000,48000,48000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-09-23 15:00:00.000000',1,1,4,NULL,1,'GBP','',8,'invoice','INV-2026-',7,'INV-2026-0007','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Northwind Coffee Roasters", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,1,'2026-08-22','2026-09-21',NULL,180000,36000,216000,216000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-08-28 15:00:00.000000',1,1,6,NULL,4,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',9,'invoice','INV-2026-',8,'INV-2026-0008','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Halden & Vos Architects", "address": ["Rotterdam", "Netherlands"], "country": "Netherlands"}}',NULL,4,'2026-08-22','2026-09-21',NULL,100000,0,100000,100000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-09-01 15:00:00.000000',1,1,4,NULL,7,'GBP','',10,'invoice','INV-2026-',9,'INV-2026-0009','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Kestrel Books", "address": ["Edinburgh", "United Kingdom"], "country": "United Kingdom"}}',NULL,6,'2026-08-22','2026-11-21',NULL,420000,84000,504000,504000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-08-22 09:30:00.000000',1,1,3,NULL,12,'GBP','',11,'invoice','INV-2026-',10,'INV-2026-0010','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Greenway Cycles", "address": ["Manchester", "United Kingdom"], "country": "United Kingdom"}}',NULL,8,'2026-08-22','2026-09-21',NULL,120000,24000,144000,0,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-09-18 15:00:00.000000',1,1,6,NULL,27,'USD','Outside the scope of UK VAT: the place of supply is the customer''s country.',12,'invoice','INV-2026-',11,'INV-2026-0011','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Copperline Software", "address": ["Austin", "United States"], "country": "United States"}}',NULL,15,'2026-08-22','2026-09-21',NULL,350000,0,350000,350000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-08-27 15:00:00.000000',1,1,4,NULL,40,'GBP','',13,'invoice','INV-2026-',12,'INV-2026-0012','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Priya Raman", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,18,'2026-08-22','2026-09-21',NULL,40000,8000,48000,48000,0);
INSERT INTO invoice VALUES('2026-08-22 09:30:00.000000','2026-09-21 15:00:00.000000',1,1,4,NULL,34,'GBP','',14,'invoice','INV-2026-',13,'INV-2026-0013','2026-08-22','2026-09-21',30,'2026-08-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Brightfield Learning Trust", "address": ["Cardiff", "United Kingdom"], "country": "United Kingdom"}}',NULL,19,'2026-08-22','2027-08-21',NULL,320000,64000,384000,384000,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-10-22 15:00:00.000000',1,1,5,NULL,1,'GBP','',15,'invoice','INV-2026-',14,'INV-2026-0014','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Northwind Coffee Roasters", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,2,'2026-09-22','2026-10-21',NULL,189000,37800,226800,190800,36000);
INSERT INTO invoice VALUES('2026-09-28 10:00:00.000000','2026-09-28 10:00:00.000000',1,1,4,NULL,1,'GBP','Credit note for invoice INV-2026-0014',16,'credit_note','CN-2026-',1,'CN-2026-0001','2026-09-28','2026-10-28',30,'2026-09-28 10:00:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Northwind Coffee Roasters", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',15,NULL,NULL,NULL,NULL,30000,6000,36000,0,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-10-09 15:00:00.000000',1,1,6,NULL,4,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',17,'invoice','INV-2026-',15,'INV-2026-0015','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Halden & Vos Architects", "address": ["Rotterdam", "Netherlands"], "country": "Netherlands"}}',NULL,5,'2026-09-22','2026-10-21',NULL,105000,0,105000,105000,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-09-25 15:00:00.000000',1,1,4,NULL,12,'GBP','',18,'invoice','INV-2026-',16,'INV-2026-0016','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Greenway Cycles", "address": ["Manchester", "United Kingdom"], "country": "United Kingdom"}}',NULL,8,'2026-09-22','2026-10-21',NULL,120000,24000,144000,72000,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-09-29 15:00:00.000000',1,1,6,NULL,19,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',19,'invoice','INV-2026-',17,'INV-2026-0017','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Fjordlight Festival", "address": ["Bergen", "Norway"], "country": "Norway"}}',NULL,12,'2026-09-22','2027-04-21',NULL,600000,0,600000,600000,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-10-02 15:00:00.000000',1,1,4,NULL,22,'GBP','',20,'invoice','INV-2026-',18,'INV-2026-0018','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Oak & Ember Bakery", "address": ["Bath", "United Kingdom"], "country": "United Kingdom"}}',NULL,13,'2026-09-22','2026-12-21',NULL,95000,19000,114000,114000,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-09-22 09:30:00.000000',1,1,5,NULL,27,'USD','Outside the scope of UK VAT: the place of supply is the customer''s country.',21,'invoice','INV-2026-',19,'INV-2026-0019','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Copperline Software", "address": ["Austin", "United States"], "country": "United States"}}',NULL,15,'2026-09-22','2026-10-21',NULL,350000,0,350000,0,0);
INSERT INTO invoice VALUES('2026-09-22 09:30:00.000000','2026-10-08 15:00:00.000000',1,1,4,NULL,40,'GBP','',22,'invoice','INV-2026-',20,'INV-2026-0020','2026-09-22','2026-10-22',30,'2026-09-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Priya Raman", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,18,'2026-09-22','2026-10-21',NULL,40000,8000,48000,48000,0);
INSERT INTO invoice VALUES('2026-10-22 09:30:00.000000','2026-10-26 16:00:00.000000',1,1,4,NULL,1,'GBP','',23,'invoice','INV-2026-',21,'INV-2026-0021','2026-10-22','2026-11-21',30,'2026-10-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Northwind Coffee Roasters", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,2,'2026-10-22','2026-11-21',NULL,189000,37800,226800,226800,0);
INSERT INTO invoice VALUES('2026-10-22 09:30:00.000000','2026-10-25 16:00:00.000000',1,1,6,NULL,4,'EUR','Outside the scope of UK VAT: the place of supply is the customer''s country.',24,'invoice','INV-2026-',22,'INV-2026-0022','2026-10-22','2026-11-21',30,'2026-10-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Halden & Vos Architects", "address": ["Rotterdam", "Netherlands"], "country": "Netherlands"}}',NULL,5,'2026-10-22','2026-11-21',NULL,105000,0,105000,52500,0);
INSERT INTO invoice VALUES('2026-10-22 09:30:00.000000','2026-11-10 16:00:00.000000',3,1,6,NULL,27,'USD','Outside the scope of UK VAT: the place of supply is the customer''s country.',25,'invoice','INV-2026-',23,'INV-2026-0023','2026-10-22','2026-11-21',30,'2026-10-22 09:30:00.000000',3,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Copperline Software", "address": ["Austin", "United States"], "country": "United States"}}',NULL,15,'2026-10-22','2026-11-21',NULL,350000,0,350000,350000,0);
INSERT INTO invoice VALUES('2026-10-22 09:30:00.000000','2026-11-06 16:00:00.000000',1,1,4,NULL,40,'GBP','',26,'invoice','INV-2026-',24,'INV-2026-0024','2026-10-22','2026-11-21',30,'2026-10-22 09:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Priya Raman", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,18,'2026-10-22','2026-11-21',NULL,40000,8000,48000,48000,0);
INSERT INTO invoice VALUES('2026-11-13 10:30:00.000000','2026-11-16 16:00:00.000000',1,1,6,NULL,14,'EUR',replace('10% returning-customer discount\nOutside the scope of UK VAT: the place of supply is the customer''s country.','\n',char(10)),27,'invoice','INV-2026-',25,'INV-2026-0025','2026-11-13','2026-12-13',30,'2026-11-13 10:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Blauwe Haven Brewery", "address": ["Utrecht", "Netherlands"], "country": "Netherlands"}}',NULL,NULL,NULL,NULL,263,18900,0,18900,9400,0);
INSERT INTO invoice VALUES('2026-11-15 10:30:00.000000','2026-11-15 10:30:00.000000',1,1,3,NULL,36,'GBP','',28,'invoice','INV-2026-',26,'INV-2026-0026','2026-11-15','2026-12-15',30,'2026-11-15 10:30:00.000000',1,'{"firm": {"firm_name": "Brooks & Okafor Studio Ltd", "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom", "firm_vat": "GB980780684", "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L", "firm_email": "accounts@brooksokafor.studio", "invoice_prefix": "INV-", "credit_prefix": "CN-", "terms_days": 30, "tax_rate": 2000, "interest_rate": 1015}, "client": {"name": "Harbour Yoga Studio", "address": ["Bristol", "United Kingdom"], "country": "United Kingdom"}}',NULL,NULL,NULL,NULL,267,75850,15170,91020,0,0);
INSERT INTO invoice VALUES('2026-11-22 08:20:00.000000','2026-11-22 08:20:00.000000',1,1,2,NULL,40,'GBP','',29,'invoice',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,18,'2026-11-22','2026-12-21',NULL,40000,8000,48000,0,0);
CREATE TABLE invoice_line (
	description VARCHAR(300) NOT NULL, 
	quantity_milli INTEGER NOT NULL, 
	unit_price_minor BIGINT NOT NULL, 
	tax_rate INTEGER NOT NULL, 
	id INTEGER NOT NULL, 
	invoice_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	net_minor BIGINT NOT NULL, 
	tax_minor BIGINT NOT NULL, 
	CONSTRAINT pk_invoice_line PRIMARY KEY (id), 
	CONSTRAINT fk_invoice_line_invoice_id_invoice FOREIGN KEY(invoice_id) REFERENCES invoice (id) ON DELETE CASCADE
);
INSERT INTO invoice_line VALUES('Cover series: spring & autumn lists, 2025-12-22 to 2026-12-21',1000,1800000,0,1,1,0,1800000,0);
INSERT INTO invoice_line VALUES('Label design framework, 2026-03-22 to 2027-03-21',1000,1008000,0,2,2,0,1008000,0);
INSERT INTO invoice_line VALUES('Brand & packaging retainer, 2026-07-22 to 2026-08-21',1000,180000,2000,3,3,0,180000,36000);
INSERT INTO invoice_line VALUES('Website care plan, 2026-07-22 to 2026-08-21',1000,100000,0,4,4,0,100000,0);
INSERT INTO invoice_line VALUES('Social content retainer, 2026-07-22 to 2026-08-21',1000,120000,2000,5,5,0,120000,24000);
INSERT INTO invoice_line VALUES('Product design support, 2026-07-22 to 2026-08-21',1000,350000,0,6,6,0,350000,0);
INSERT INTO invoice_line VALUES('Personal brand support, 2026-07-22 to 2026-08-21',1000,40000,2000,7,7,0,40000,8000);
INSERT INTO invoice_line VALUES('Brand & packaging retainer, 2026-08-22 to 2026-09-21',1000,180000,2000,8,8,0,180000,36000);
INSERT INTO invoice_line VALUES('Website care plan, 2026-08-22 to 2026-09-21',1000,100000,0,9,9,0,100000,0);
INSERT INTO invoice_line VALUES('Catalogue & cover design, 2026-08-22 to 2026-11-21',1000,420000,2000,10,10,0,420000,84000);
INSERT INTO invoice_line VALUES('Social content retainer, 2026-08-22 to 2026-09-21',1000,120000,2000,11,11,0,120000,24000);
INSERT INTO invoice_line VALUES('Product design support, 2026-08-22 to 2026-09-21',1000,350000,0,12,12,0,350000,0);
INSERT INTO invoice_line VALUES('Personal brand support, 2026-08-22 to 2026-09-21',1000,40000,2000,13,13,0,40000,8000);
INSERT INTO invoice_line VALUES('Annual report & newsletter design, 2026-08-22 to 2027-08-21',1000,320000,2000,14,14,0,320000,64000);
INSERT INTO invoice_line VALUES('Brand & packaging retainer, 2026-09-22 to 2026-10-21',1000,189000,2000,15,15,0,189000,37800);
INSERT INTO invoice_line VALUES('Social assets not delivered this month (agreed reduction)',1000,30000,2000,16,16,0,30000,6000);
INSERT INTO invoice_line VALUES('Website care plan, 2026-09-22 to 2026-10-21',1000,105000,0,17,17,0,105000,0);
INSERT INTO invoice_line VALUES('Social content retainer, 2026-09-22 to 2026-10-21',1000,120000,2000,18,18,0,120000,24000);
INSERT INTO invoice_line VALUES('Festival visual identity: 40% on signature',1000,600000,0,19,19,0,600000,0);
INSERT INTO invoice_line VALUES('Menu & signage refresh, 2026-09-22 to 2026-12-21',1000,95000,2000,20,20,0,95000,19000);
INSERT INTO invoice_line VALUES('Product design support, 2026-09-22 to 2026-10-21',1000,350000,0,21,21,0,350000,0);
INSERT INTO invoice_line VALUES('Personal brand support, 2026-09-22 to 2026-10-21',1000,40000,2000,22,22,0,40000,8000);
INSERT INTO invoice_line VALUES('Brand & packaging retainer, 2026-10-22 to 2026-11-21',1000,189000,2000,23,23,0,189000,37800);
INSERT INTO invoice_line VALUES('Website care plan, 2026-10-22 to 2026-11-21',1000,105000,0,24,24,0,105000,0);
INSERT INTO invoice_line VALUES('Product design support, 2026-10-22 to 2026-11-21',1000,350000,0,25,25,0,350000,0);
INSERT INTO invoice_line VALUES('Personal brand support, 2026-10-22 to 2026-11-21',1000,40000,2000,26,26,0,40000,8000);
INSERT INTO invoice_line VALUES('Risograph print run, A3 x50',1000,21000,0,27,27,0,21000,0);
INSERT INTO invoice_line VALUES('Discount',1000,-2100,0,28,27,1,-2100,0);
INSERT INTO invoice_line VALUES('Social media template pack',1000,3900,2000,29,28,0,3900,780);
INSERT INTO invoice_line VALUES('Brand basics workshop (half day)',1000,35000,2000,30,28,1,35000,7000);
INSERT INTO invoice_line VALUES('Risograph print run, A3 x50',2000,18000,2000,31,28,2,36000,7200);
INSERT INTO invoice_line VALUES('Express delivery',1000,950,2000,32,28,3,950,190);
INSERT INTO invoice_line VALUES('Personal brand support, 2026-11-22 to 2026-12-21',1000,40000,2000,33,29,0,40000,8000);
CREATE TABLE payment (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	invoice_id INTEGER NOT NULL, 
	paid_on DATE NOT NULL, 
	amount_minor BIGINT NOT NULL, 
	method VARCHAR(24) NOT NULL, 
	note VARCHAR(500) NOT NULL, 
	id INTEGER NOT NULL, 
	CONSTRAINT pk_payment PRIMARY KEY (id), 
	CONSTRAINT fk_payment_invoice_id_invoice FOREIGN KEY(invoice_id) REFERENCES invoice (id), 
	CONSTRAINT fk_payment_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_payment_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO payment VALUES('2026-01-17 16:00:00.000000','2026-01-17 16:00:00.000000',1,1,1,NULL,1,'2026-01-17',1800000,'bank_transfer','',1);
INSERT INTO payment VALUES('2026-04-19 15:00:00.000000','2026-04-19 15:00:00.000000',1,1,1,NULL,2,'2026-04-19',1008000,'bank_transfer','',2);
INSERT INTO payment VALUES('2026-08-07 15:00:00.000000','2026-08-07 15:00:00.000000',1,1,1,NULL,3,'2026-08-07',216000,'bank_transfer','',3);
INSERT INTO payment VALUES('2026-08-10 15:00:00.000000','2026-08-10 15:00:00.000000',1,1,1,NULL,4,'2026-08-10',100000,'card','',4);
INSERT INTO payment VALUES('2026-07-30 15:00:00.000000','2026-07-30 15:00:00.000000',1,1,1,NULL,5,'2026-07-30',144000,'bank_transfer','',5);
INSERT INTO payment VALUES('2026-08-02 15:00:00.000000','2026-08-02 15:00:00.000000',1,1,1,NULL,6,'2026-08-02',350000,'bank_transfer','',6);
INSERT INTO payment VALUES('2026-08-05 15:00:00.000000','2026-08-05 15:00:00.000000',1,1,1,NULL,7,'2026-08-05',48000,'paypal','',7);
INSERT INTO payment VALUES('2026-09-23 15:00:00.000000','2026-09-23 15:00:00.000000',1,1,1,NULL,8,'2026-09-23',216000,'bank_transfer','',8);
INSERT INTO payment VALUES('2026-08-28 15:00:00.000000','2026-08-28 15:00:00.000000',1,1,1,NULL,9,'2026-08-28',100000,'bank_transfer','',9);
INSERT INTO payment VALUES('2026-09-01 15:00:00.000000','2026-09-01 15:00:00.000000',1,1,1,NULL,10,'2026-09-01',504000,'card','',10);
INSERT INTO payment VALUES('2026-09-18 15:00:00.000000','2026-09-18 15:00:00.000000',1,1,1,NULL,12,'2026-09-18',350000,'bank_transfer','',11);
INSERT INTO payment VALUES('2026-08-27 15:00:00.000000','2026-08-27 15:00:00.000000',1,1,1,NULL,13,'2026-08-27',48000,'card','',12);
INSERT INTO payment VALUES('2026-09-21 15:00:00.000000','2026-09-21 15:00:00.000000',1,1,1,NULL,14,'2026-09-21',384000,'bank_transfer','',13);
INSERT INTO payment VALUES('2026-10-22 15:00:00.000000','2026-10-22 15:00:00.000000',1,1,1,NULL,15,'2026-10-22',190800,'bank_transfer','',14);
INSERT INTO payment VALUES('2026-10-09 15:00:00.000000','2026-10-09 15:00:00.000000',1,1,1,NULL,17,'2026-10-09',105000,'bank_transfer','',15);
INSERT INTO payment VALUES('2026-09-25 15:00:00.000000','2026-09-25 15:00:00.000000',1,1,1,NULL,18,'2026-09-25',72000,'bank_transfer','Part payment',16);
INSERT INTO payment VALUES('2026-09-29 15:00:00.000000','2026-09-29 15:00:00.000000',1,1,1,NULL,19,'2026-09-29',600000,'bank_transfer','',17);
INSERT INTO payment VALUES('2026-10-02 15:00:00.000000','2026-10-02 15:00:00.000000',1,1,1,NULL,20,'2026-10-02',114000,'bank_transfer','',18);
INSERT INTO payment VALUES('2026-10-08 15:00:00.000000','2026-10-08 15:00:00.000000',1,1,1,NULL,22,'2026-10-08',48000,'card','',19);
INSERT INTO payment VALUES('2026-10-26 16:00:00.000000','2026-10-26 16:00:00.000000',1,1,1,NULL,23,'2026-10-26',226800,'card','',20);
INSERT INTO payment VALUES('2026-10-25 16:00:00.000000','2026-10-25 16:00:00.000000',1,1,1,NULL,24,'2026-10-25',52500,'bank_transfer','Part payment',21);
INSERT INTO payment VALUES('2026-11-10 16:00:00.000000','2026-11-10 16:00:00.000000',1,1,1,NULL,25,'2026-11-10',350000,'bank_transfer','',22);
INSERT INTO payment VALUES('2026-11-06 16:00:00.000000','2026-11-06 16:00:00.000000',1,1,1,NULL,26,'2026-11-06',48000,'card','',23);
INSERT INTO payment VALUES('2026-11-16 16:00:00.000000','2026-11-16 16:00:00.000000',1,1,1,NULL,27,'2026-11-16',9400,'bank_transfer','Part payment',24);
CREATE TABLE time_entry (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	contract_id INTEGER NOT NULL, 
	work_date DATE NOT NULL, 
	minutes INTEGER, 
	note VARCHAR(500) NOT NULL, 
	id INTEGER NOT NULL, 
	member_id INTEGER, 
	started_at DATETIME, 
	invoice_id INTEGER, 
	CONSTRAINT pk_time_entry PRIMARY KEY (id), 
	CONSTRAINT fk_time_entry_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id), 
	CONSTRAINT fk_time_entry_member_id_team_member FOREIGN KEY(member_id) REFERENCES team_member (id), 
	CONSTRAINT fk_time_entry_invoice_id_invoice FOREIGN KEY(invoice_id) REFERENCES invoice (id), 
	CONSTRAINT fk_time_entry_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_time_entry_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO time_entry VALUES('2026-10-01 16:30:00.000000','2026-10-01 16:30:00.000000',3,3,1,NULL,13,'2026-10-01',90,'Winter menu: first layouts',1,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-10-07 16:30:00.000000','2026-10-07 16:30:00.000000',3,3,1,NULL,13,'2026-10-07',120,'Window vinyl artwork',2,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-10-14 16:30:00.000000','2026-10-14 16:30:00.000000',3,3,1,NULL,13,'2026-10-14',60,'Chalkboard lettering guide',3,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-10-29 17:30:00.000000','2026-10-29 17:30:00.000000',3,3,1,NULL,13,'2026-10-29',150,'Winter menu: revisions',4,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-02 17:30:00.000000','2026-11-02 17:30:00.000000',3,3,1,NULL,13,'2026-11-02',45,'Call about the Christmas specials',5,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-03 17:30:00.000000','2026-11-03 17:30:00.000000',3,3,1,NULL,13,'2026-11-03',105,'Gift card design',6,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-06 17:30:00.000000','2026-11-06 17:30:00.000000',3,3,1,NULL,13,'2026-11-06',75,'Print-ready menu files',7,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-13 17:30:00.000000','2026-11-13 17:30:00.000000',3,3,1,NULL,13,'2026-11-13',75,'Festive window: sketches',8,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-10 17:30:00.000000','2026-11-10 17:30:00.000000',2,2,1,NULL,15,'2026-11-10',180,'Sprint: onboarding flow',9,2,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-17 17:30:00.000000','2026-11-17 17:30:00.000000',3,3,1,NULL,15,'2026-11-17',240,'Sprint: billing settings',10,3,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-18 17:30:00.000000','2026-11-18 17:30:00.000000',2,2,1,NULL,15,'2026-11-18',120,'Figma library: new table components',11,2,NULL,NULL);
INSERT INTO time_entry VALUES('2026-11-20 17:30:00.000000','2026-11-20 17:30:00.000000',2,2,1,NULL,15,'2026-11-20',210,'Sprint: reports dashboard',12,2,NULL,NULL);
CREATE TABLE deal_stage (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	id INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	position INTEGER NOT NULL, 
	probability INTEGER NOT NULL, 
	outcome VARCHAR(24) NOT NULL, 
	deleted_at DATETIME, 
	CONSTRAINT pk_deal_stage PRIMARY KEY (id), 
	CONSTRAINT fk_deal_stage_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_deal_stage_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,1,'New',1,10,'open',NULL);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,2,'Qualified',2,25,'open',NULL);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,3,'Proposal sent',3,50,'open',NULL);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,4,'Negotiation',4,75,'open',NULL);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,5,'Won',5,100,'won',NULL);
INSERT INTO deal_stage VALUES(NULL,NULL,NULL,NULL,6,'Lost',6,0,'lost',NULL);
CREATE TABLE deal (
	created_at DATETIME, 
	updated_at DATETIME, 
	created_by_id INTEGER, 
	updated_by_id INTEGER, 
	version INTEGER NOT NULL, 
	deleted_at DATETIME, 
	title VARCHAR(200) NOT NULL, 
	contact_id INTEGER NOT NULL, 
	value_minor BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	owner_id INTEGER, 
	probability INTEGER, 
	expected_close DATE, 
	source VARCHAR(24), 
	notes TEXT NOT NULL, 
	id INTEGER NOT NULL, 
	stage_id INTEGER NOT NULL, 
	outcome VARCHAR(24) NOT NULL, 
	lost_reason VARCHAR(500) NOT NULL, 
	stage_entered_at DATETIME, 
	closed_at DATETIME, 
	touched_at DATETIME, 
	contract_id INTEGER, 
	sale_id INTEGER, 
	next_step_id INTEGER, 
	CONSTRAINT pk_deal PRIMARY KEY (id), 
	CONSTRAINT fk_deal_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id), 
	CONSTRAINT fk_deal_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deal_next_step_id_follow_up FOREIGN KEY(next_step_id) REFERENCES follow_up (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deal_owner_id_team_member FOREIGN KEY(owner_id) REFERENCES team_member (id), 
	CONSTRAINT fk_deal_sale_id_sale FOREIGN KEY(sale_id) REFERENCES sale (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deal_stage_id_deal_stage FOREIGN KEY(stage_id) REFERENCES deal_stage (id), 
	CONSTRAINT fk_deal_created_by_id_team_member FOREIGN KEY(created_by_id) REFERENCES team_member (id), 
	CONSTRAINT fk_deal_updated_by_id_team_member FOREIGN KEY(updated_by_id) REFERENCES team_member (id)
);
INSERT INTO deal VALUES('2026-11-19 10:00:00.000000','2026-11-22 09:00:00.000000',1,1,2,NULL,'Brand refresh',2,480000,'GBP',1,NULL,'2027-01-06','referral','',1,1,'open','','2026-11-19 10:00:00.000000',NULL,'2026-11-22 09:00:00.000000',NULL,NULL,59);
INSERT INTO deal VALUES('2026-11-02 10:00:00.000000','2026-11-22 09:00:00.000000',2,2,3,NULL,'Shop website',3,1200000,'GBP',2,NULL,'2027-01-01','website','',2,2,'open','','2026-11-13 15:00:00.000000',NULL,'2026-11-22 09:00:00.000000',NULL,NULL,60);
INSERT INTO deal VALUES('2026-10-13 09:00:00.000000','2026-11-22 09:00:00.000000',3,3,4,NULL,'Packaging range',5,750000,'GBP',3,60,'2026-12-12','networking','',3,3,'open','','2026-11-10 15:00:00.000000',NULL,'2026-11-22 09:00:00.000000',NULL,NULL,61);
INSERT INTO deal VALUES('2026-09-23 09:00:00.000000','2026-11-22 09:00:00.000000',1,1,5,NULL,'Annual report design',6,920000,'GBP',1,NULL,'2026-12-02','referral','',4,4,'open','','2026-11-16 15:00:00.000000',NULL,'2026-11-22 09:00:00.000000',NULL,NULL,62);
INSERT INTO deal VALUES('2026-10-03 09:00:00.000000','2026-10-13 14:00:00.000000',2,2,2,NULL,'Event signage',8,240000,'GBP',2,NULL,'2026-11-17','ads','',5,2,'open','','2026-10-13 14:00:00.000000',NULL,'2026-10-13 14:00:00.000000',NULL,NULL,NULL);
INSERT INTO deal VALUES('2026-09-13 09:00:00.000000','2026-11-01 15:00:00.000000',3,3,6,NULL,'Second-year retainer upgrade',4,1800000,'GBP',3,NULL,'2026-11-01','referral','',6,5,'won','','2026-11-01 15:00:00.000000','2026-11-01 15:00:00.000000','2026-11-01 15:00:00.000000',5,NULL,NULL);
INSERT INTO deal VALUES('2026-09-03 09:00:00.000000','2026-10-13 14:00:00.000000',1,1,4,NULL,'Illustration pack',7,360000,'GBP',1,NULL,'2026-10-13','website','',7,6,'lost','Chose an in-house illustrator','2026-10-13 14:00:00.000000','2026-10-13 14:00:00.000000','2026-10-13 14:00:00.000000',NULL,NULL,NULL);
INSERT INTO deal VALUES('2026-10-23 09:00:00.000000','2026-11-22 09:00:00.000000',2,2,3,NULL,'Motion graphics',10,600000,'GBP',2,40,'2026-12-22','networking','',8,3,'open','','2026-11-08 15:00:00.000000',NULL,'2026-11-22 09:00:00.000000',NULL,NULL,63);
INSERT INTO deal VALUES('2026-10-28 10:00:00.000000','2026-11-12 15:00:00.000000',3,3,2,NULL,'Trade show stand',12,850000,'GBP',3,NULL,'2026-11-12','ads','',9,6,'lost','Budget moved to next year','2026-11-12 15:00:00.000000','2026-11-12 15:00:00.000000','2026-11-12 15:00:00.000000',NULL,NULL,NULL);
CREATE TABLE deal_stage_change (
	id INTEGER NOT NULL, 
	deal_id INTEGER NOT NULL, 
	stage_id INTEGER NOT NULL, 
	from_stage_id INTEGER, 
	changed_at DATETIME NOT NULL, 
	changed_by_id INTEGER, 
	via VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_deal_stage_change PRIMARY KEY (id), 
	CONSTRAINT fk_deal_stage_change_changed_by_id_team_member FOREIGN KEY(changed_by_id) REFERENCES team_member (id) ON DELETE SET NULL, 
	CONSTRAINT fk_deal_stage_change_deal_id_deal FOREIGN KEY(deal_id) REFERENCES deal (id) ON DELETE CASCADE, 
	CONSTRAINT fk_deal_stage_change_from_stage_id_deal_stage FOREIGN KEY(from_stage_id) REFERENCES deal_stage (id), 
	CONSTRAINT fk_deal_stage_change_stage_id_deal_stage FOREIGN KEY(stage_id) REFERENCES deal_stage (id)
);
INSERT INTO deal_stage_change VALUES(1,1,1,NULL,'2026-11-19 10:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(2,2,1,NULL,'2026-11-02 10:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(3,2,2,1,'2026-11-13 15:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(4,3,1,NULL,'2026-10-13 09:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(5,3,2,1,'2026-10-23 14:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(6,3,3,2,'2026-11-10 15:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(7,4,1,NULL,'2026-09-23 09:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(8,4,2,1,'2026-10-05 14:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(9,4,3,2,'2026-10-18 14:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(10,4,4,3,'2026-11-16 15:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(11,5,1,NULL,'2026-10-03 09:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(12,5,2,1,'2026-10-13 14:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(13,6,1,NULL,'2026-09-13 09:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(14,6,2,1,'2026-09-23 14:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(15,6,3,2,'2026-10-08 14:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(16,6,4,3,'2026-10-23 14:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(17,6,5,4,'2026-11-01 15:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(18,7,1,NULL,'2026-09-03 09:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(19,7,2,1,'2026-09-13 14:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(20,7,3,2,'2026-09-28 14:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(21,7,6,3,'2026-10-13 14:00:00.000000',1,'app');
INSERT INTO deal_stage_change VALUES(22,8,1,NULL,'2026-10-23 09:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(23,8,3,1,'2026-11-08 15:00:00.000000',2,'app');
INSERT INTO deal_stage_change VALUES(24,9,1,NULL,'2026-10-28 10:00:00.000000',3,'app');
INSERT INTO deal_stage_change VALUES(25,9,6,1,'2026-11-12 15:00:00.000000',3,'app');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','contact_fts','contact_fts',0,'CREATE VIRTUAL TABLE contact_fts USING fts5(search_text, content=''contact'', content_rowid=''id'', tokenize=''unicode61 remove_diacritics 2'')');
CREATE INDEX ix_team_member_created_by_id ON team_member (created_by_id);
CREATE INDEX ix_team_member_updated_by_id ON team_member (updated_by_id);
CREATE INDEX ix_contact_created_by_id ON contact (created_by_id);
CREATE INDEX ix_contact_organisation_id ON contact (organisation_id);
CREATE INDEX ix_contact_owner_id ON contact (owner_id);
CREATE INDEX ix_contact_referred_by_id ON contact (referred_by_id);
CREATE INDEX ix_contact_sort_name_id ON contact (sort_name, id);
CREATE INDEX ix_contact_stage ON contact (stage);
CREATE INDEX ix_contact_updated_by_id ON contact (updated_by_id);
CREATE INDEX ix_meeting_created_by_id ON meeting (created_by_id);
CREATE INDEX ix_meeting_owner_id ON meeting (owner_id);
CREATE INDEX ix_meeting_starts_at ON meeting (starts_at);
CREATE INDEX ix_meeting_updated_by_id ON meeting (updated_by_id);
CREATE INDEX ix_product_created_by_id ON product (created_by_id);
CREATE INDEX ix_product_updated_by_id ON product (updated_by_id);
CREATE INDEX ix_contact_email_address ON contact_email (address);
CREATE INDEX ix_contact_email_contact_id ON contact_email (contact_id);
CREATE INDEX ix_contact_phone_contact_id ON contact_phone (contact_id);
CREATE INDEX ix_contact_phone_digits ON contact_phone (digits);
CREATE INDEX ix_contact_tag_tag ON contact_tag (tag);
CREATE INDEX ix_contract_contact_id ON contract (contact_id);
CREATE INDEX ix_contract_created_by_id ON contract (created_by_id);
CREATE INDEX ix_contract_end_date ON contract (end_date);
CREATE INDEX ix_contract_ended_on ON contract (ended_on);
CREATE INDEX ix_contract_owner_id ON contract (owner_id);
CREATE INDEX ix_contract_renews_id ON contract (renews_id);
CREATE INDEX ix_contract_review_date ON contract (review_date);
CREATE INDEX ix_contract_status ON contract (status);
CREATE INDEX ix_contract_updated_by_id ON contract (updated_by_id);
CREATE INDEX ix_follow_up_contact_id ON follow_up (contact_id);
CREATE INDEX ix_follow_up_created_by_id ON follow_up (created_by_id);
CREATE INDEX ix_follow_up_due_date ON follow_up (due_date);
CREATE INDEX ix_follow_up_owner_id ON follow_up (owner_id);
CREATE INDEX ix_follow_up_previous_id ON follow_up (previous_id);
CREATE INDEX ix_follow_up_updated_by_id ON follow_up (updated_by_id);
CREATE INDEX ix_interaction_author_id ON interaction (author_id);
CREATE INDEX ix_interaction_contact_id ON interaction (contact_id);
CREATE INDEX ix_interaction_contact_id_occurred_at ON interaction (contact_id, occurred_at);
CREATE INDEX ix_interaction_created_by_id ON interaction (created_by_id);
CREATE INDEX ix_interaction_occurred_at ON interaction (occurred_at);
CREATE INDEX ix_interaction_updated_by_id ON interaction (updated_by_id);
CREATE INDEX ix_meeting_attendee_contact_id ON meeting_attendee (contact_id);
CREATE INDEX ix_sale_contact_id ON sale (contact_id);
CREATE INDEX ix_sale_contact_id_sold_at ON sale (contact_id, sold_at);
CREATE INDEX ix_sale_created_by_id ON sale (created_by_id);
CREATE INDEX ix_sale_sold_at ON sale (sold_at);
CREATE INDEX ix_sale_status ON sale (status);
CREATE INDEX ix_sale_updated_by_id ON sale (updated_by_id);
CREATE INDEX ix_satisfaction_response_contact_id ON satisfaction_response (contact_id);
CREATE INDEX ix_satisfaction_response_created_by_id ON satisfaction_response (created_by_id);
CREATE INDEX ix_satisfaction_response_responded_at ON satisfaction_response (responded_at);
CREATE INDEX ix_satisfaction_response_updated_by_id ON satisfaction_response (updated_by_id);
CREATE INDEX ix_refund_created_by_id ON refund (created_by_id);
CREATE INDEX ix_refund_refunded_at ON refund (refunded_at);
CREATE INDEX ix_refund_sale_id ON refund (sale_id);
CREATE INDEX ix_refund_updated_by_id ON refund (updated_by_id);
CREATE INDEX ix_sale_line_product_id ON sale_line (product_id);
CREATE INDEX ix_sale_line_sale_id ON sale_line (sale_id);
CREATE INDEX ix_import_run_created_by_id ON import_run (created_by_id);
CREATE INDEX ix_import_run_updated_by_id ON import_run (updated_by_id);
CREATE INDEX ix_import_run_item_run_id ON import_run_item (run_id);
CREATE INDEX ix_contact_cadence_days ON contact (cadence_days);
CREATE INDEX ix_contact_touch_clock_at ON contact (touch_clock_at);
CREATE INDEX ix_contact_next_touch_at ON contact (next_touch_at);
CREATE INDEX ix_follow_up_open_due ON follow_up (due_date, id) WHERE done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX ix_contact_kept_role_clock ON contact (kept_role, touch_clock_at);
CREATE INDEX ix_contact_last_order ON contact (last_order_at, order_count, order_gap_days, deleted_at, archived_at);
CREATE INDEX ix_contact_id_live ON contact (id, deleted_at, archived_at);
CREATE INDEX ix_contract_billing ON contract (start_date, status, billing_cycle, end_date, ended_on, deleted_at, contact_id, currency, amount_minor);
CREATE INDEX ix_contact_kept_role_live ON contact (kept_role, deleted_at, archived_at);
CREATE INDEX ix_contact_order_count_null ON contact (order_count) WHERE order_count IS NULL;
CREATE INDEX ix_field_change_record ON field_change (record_kind, record_id, id);
CREATE INDEX ix_field_change_changed_by_id ON field_change (changed_by_id);
CREATE INDEX ix_contact_uid ON contact (uid);
CREATE INDEX ix_contact_birthday ON contact (birthday) WHERE birthday IS NOT NULL;
CREATE INDEX ix_contact_anniversary ON contact (anniversary) WHERE anniversary IS NOT NULL;
CREATE INDEX ix_contact_merge_kept_id ON contact_merge (kept_id);
CREATE INDEX ix_contact_merge_merged_id ON contact_merge (merged_id);
CREATE INDEX ix_contact_merge_merged_by_id ON contact_merge (merged_by_id);
CREATE INDEX ix_interaction_message_id ON interaction (message_id);
CREATE INDEX ix_invoice_contact_id ON invoice (contact_id);
CREATE INDEX ix_invoice_created_by_id ON invoice (created_by_id);
CREATE INDEX ix_invoice_credits_id ON invoice (credits_id);
CREATE INDEX ix_invoice_issued_by_id ON invoice (issued_by_id);
CREATE INDEX ix_invoice_sale_id ON invoice (sale_id);
CREATE INDEX ix_invoice_updated_by_id ON invoice (updated_by_id);
CREATE INDEX ix_invoice_contract_period ON invoice (contract_id, period_start);
CREATE INDEX ix_invoice_receivable ON invoice (kind, due_date, issued_at, deleted_at, currency, total_minor, paid_minor, credited_minor);
CREATE INDEX ix_invoice_line_invoice_id ON invoice_line (invoice_id);
CREATE INDEX ix_payment_created_by_id ON payment (created_by_id);
CREATE INDEX ix_payment_invoice_id ON payment (invoice_id);
CREATE INDEX ix_payment_paid_on ON payment (paid_on);
CREATE INDEX ix_payment_updated_by_id ON payment (updated_by_id);
CREATE INDEX ix_time_entry_created_by_id ON time_entry (created_by_id);
CREATE INDEX ix_time_entry_invoice_id ON time_entry (invoice_id);
CREATE INDEX ix_time_entry_member_id ON time_entry (member_id);
CREATE INDEX ix_time_entry_updated_by_id ON time_entry (updated_by_id);
CREATE INDEX ix_time_entry_contract_work_date ON time_entry (contract_id, work_date);
CREATE INDEX ix_deal_stage_created_by_id ON deal_stage (created_by_id);
CREATE INDEX ix_deal_stage_updated_by_id ON deal_stage (updated_by_id);
CREATE INDEX ix_deal_board ON deal (stage_id, expected_close, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_deal_open_sums ON deal (outcome, deleted_at, stage_id, currency, value_minor, probability, contact_id);
CREATE INDEX ix_deal_touched ON deal (outcome, touched_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_deal_figures ON deal (outcome, closed_at, currency, value_minor);
CREATE INDEX ix_deal_contact_id ON deal (contact_id);
CREATE INDEX ix_deal_contract_id ON deal (contract_id);
CREATE INDEX ix_deal_created_by_id ON deal (created_by_id);
CREATE INDEX ix_deal_owner_id ON deal (owner_id);
CREATE INDEX ix_deal_sale_id ON deal (sale_id);
CREATE INDEX ix_deal_updated_by_id ON deal (updated_by_id);
CREATE INDEX ix_deal_stage_change_deal ON deal_stage_change (deal_id, id);
CREATE INDEX ix_deal_stage_change_changed_by_id ON deal_stage_change (changed_by_id);
CREATE INDEX ix_deal_stage_change_from_stage_id ON deal_stage_change (from_stage_id);
CREATE INDEX ix_deal_stage_change_stage_id ON deal_stage_change (stage_id);
CREATE INDEX ix_deal_next_step ON deal (next_step_id) WHERE next_step_id IS NOT NULL;
CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN INSERT INTO contact_fts(contact_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END;
CREATE TRIGGER contact_fts_au AFTER UPDATE OF search_text ON contact BEGIN INSERT INTO contact_fts(contact_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END;
PRAGMA writable_schema=OFF;
COMMIT;
