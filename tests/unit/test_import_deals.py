"""``tuicrm import FILE --deals``: Pipedrive's and HubSpot's deal exports, and any file.

Run through click's test runner on the fixtures (tests/fixtures/exports), the
way a person migrating would; what was made is read back from the database:
each deal's contact, stage, value in minor units, lost reason, owner, start
and first stage, the contacts found or created, then a second import that
makes nothing and an undo that takes everything back.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.db import Database
from tuicrm.interop.csv_import import read_csv
from tuicrm.models import Contact, ContactEmail, Deal, DealStage, DealStageChange
from tuicrm.services import contacts, deal_stages, deals, team
from tuicrm.services.import_runs import undo_last_import
from tuicrm.services.importing import apply_import

EXPORTS = Path(__file__).parent.parent / "fixtures" / "exports"


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db_path), "import", *args])


def report(result: Result) -> list[str]:
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def dump(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return dates.to_utc(dates.local_datetime(day, time(hour, minute)))


def made(db: Database) -> dict[str, tuple]:
    """Each live deal by title: (contact, stage, value, currency, lost reason,
    expected close, owner id, start, [(first stage, when)])."""
    with db.read() as s:
        rows = s.execute(
            sa.select(Deal, Contact.name, DealStage.name)
            .join(Contact, Contact.id == Deal.contact_id)
            .join(DealStage, DealStage.id == Deal.stage_id)
            .where(Deal.deleted_at.is_(None))).all()
        names = deal_stages.stage_names(session=s)
        found = {}
        for deal, contact, stage in rows:
            moves = s.execute(sa.select(DealStageChange.stage_id, DealStageChange.changed_at)
                              .where(DealStageChange.deal_id == deal.id)).all()
            found[deal.title] = (
                contact, stage, deal.value_minor, deal.currency, deal.lost_reason,
                deal.expected_close, deal.owner_id, dates.to_utc(deal.created_at),
                [(names[stage_id], dates.to_utc(at)) for stage_id, at in moves])
        return found


def people(db: Database) -> dict[str, tuple]:
    """Each live contact by name: (kind, organisation's name, emails)."""
    with db.read() as s:
        found = {}
        for row in contacts.list_contacts(session=s, limit=100):
            contact = s.get(Contact, row.id)
            organisation = s.get(Contact, contact.organisation_id) if contact.organisation_id else None
            emails = s.scalars(sa.select(ContactEmail.address)
                               .where(ContactEmail.contact_id == row.id)).all()
            found[contact.name] = (contact.kind.value, organisation.name if organisation else None,
                                   list(emails))
        return found


def member(db: Database, name: str) -> int:
    with db.write() as s:
        return team.create_member(session=s, data={"name": name, "initials": name[:2]}).id


def contact(db: Database, name: str, *emails: str) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, "emails": list(emails)}).id


def test_a_pipedrive_deals_export(db: Database, db_path: Path) -> None:
    alice = member(db, "Alice Admin")
    contact(db, "Lena Fischer", "lena@fischer.example")
    path = str(EXPORTS / "pipedrive_deals.csv")
    before = dump(db_path)

    dry = report(run(db_path, path, "--deals", "--dry-run"))
    assert dry[1] == (
        'Columns: "Deal - Title" -> title, "Deal - Owner" -> owner, "Deal - Value" -> value, '
        '"Deal - Currency" -> currency, "Deal - Organization" -> organisation, '
        '"Deal - Contact person" -> person, "Deal - Stage" -> stage, "Deal - Status" -> status, '
        '"Deal - Deal created" -> created, "Deal - Won time" + "Deal - Lost time" -> closed, '
        '"Deal - Lost reason" -> lost_reason, '
        '"Deal - Expected close date" -> expected_close, "Person - Email - Work" -> email')
    assert dry[4:] == [
        "line 2  create     Lena Fischer: Website relaunch, 12,000.00 EUR, Won",
        "line 3  create     Omar Haddad (new contact for line 3)",
        "line 3  create     Omar Haddad: Logo refresh, 2,500.50 EUR, Lost",
        "line 4  create     Fischer Design (new organisation for line 4)",
        ("line 4  create     Fischer Design: Annual maintenance, 4,800.00 USD, Proposal sent "
         "(owner 'Dana Nobody' left out: no team member is called that)"),
        "line 5  create     Wong Studio (new organisation for line 5)",
        "line 5  create     Mia Wong (new contact for line 5)",
        ("line 5  create     Mia Wong: Shop integration, 0.00 EUR, Qualified "
         "(value left out: '12,5k' is not an amount)"),
        ("Dry run: deals: 4 to create, 0 to update, 0 unchanged, 0 skipped; new contacts to "
         "create: 4. Nothing was changed."),
    ]
    assert dump(db_path) == before

    imported = report(run(db_path, path, "--deals"))
    assert imported[-1] == ("Imported: deals: 4 created, 0 updated, 0 unchanged, 0 skipped; "
                            "new contacts created: 4. Undo with: tuicrm import --undo")
    assert made(db) == {
        # won by its status, found by its email; begun when created, won at its won time
        "Website relaunch": ("Lena Fischer", "Won", 1_200_000, "EUR", "", date(2026, 4, 30), alice,
                             local(date(2026, 3, 2), 9, 15),
                             [("Won", local(date(2026, 4, 20), 16))]),
        "Logo refresh": ("Omar Haddad", "Lost", 250_050, "EUR", "Went with a cheaper agency",
                         date(2026, 6, 15), alice, local(date(2026, 5, 11), 14),
                         [("Lost", local(date(2026, 6, 2), 10))]),
        # Pipedrive's "Proposal Made" is our "Proposal sent"; no person: the organisation's
        "Annual maintenance": ("Fischer Design", "Proposal sent", 480_000, "USD", "",
                               date(2026, 12, 15), None, local(date(2026, 9, 1), 10),
                               [("Proposal sent", local(date(2026, 9, 1), 10))]),
        # the bad value left out, the deal still made ("Demo Scheduled": Qualified)
        "Shop integration": ("Mia Wong", "Qualified", 0, "EUR", "", date(2027, 1, 31), alice,
                             local(date(2026, 10, 12), 8, 30),
                             [("Qualified", local(date(2026, 10, 12), 8, 30))]),
    }
    assert people(db) == {
        "Lena Fischer": ("person", None, ["lena@fischer.example"]),
        "Omar Haddad": ("person", None, ["omar@haddad.example"]),
        "Fischer Design": ("organisation", None, []),
        "Mia Wong": ("person", "Wong Studio", ["mia@wong.example"]),
        "Wong Studio": ("organisation", None, []),
    }

    again = report(run(db_path, path, "--deals"))
    assert again[4] == ("line 2  skip       Lena Fischer: Website relaunch, 12,000.00 EUR, Won: "
                        "already there as deal 1")
    assert again[-1] == "Nothing to import: deals: 0 created, 0 updated, 0 unchanged, 4 skipped."
    assert len(made(db)) == 4 and len(people(db)) == 5

    undone = report(run(db_path, "--undo"))
    assert undone[0].endswith(": 4 created contacts removed, 4 deals removed, "
                              "0 updated contacts restored.")
    assert made(db) == {}
    assert list(people(db)) == ["Lena Fischer"]
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(DealStageChange)) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(Deal)) == 0


def test_a_hubspot_deals_export(db: Database, db_path: Path) -> None:
    alice = member(db, "Alice Admin")
    contact(db, "Priya Patel", "priya@patel.example")  # found by the email in its cell
    contact(db, "Tom Hughes")  # found by his name (no contact has his address)
    path = str(EXPORTS / "hubspot_deals.csv")

    imported = report(run(db_path, path, "--deals", "--currency", "chf"))
    assert imported[1] == (
        'Columns: "Deal Name" -> title, "Deal Stage" -> stage, "Amount" -> value, '
        '"Currency" -> currency, "Close Date" -> expected_close, "Create Date" -> created, '
        '"Deal owner" -> owner, "Associated Contact" -> person, '
        '"Associated Company" -> organisation, "Closed Lost Reason" -> lost_reason')
    assert imported[2] == 'Not imported: "Record ID", "Pipeline"'
    assert imported[4:] == [
        "line 2  create     Priya Patel: Consulting retainer, 45,000.00 USD, Won",
        "line 3  create     Tom Hughes: Data audit, 8,000.00 CHF, Lost",
        "line 4  create     Northwind Traders (new organisation for line 4)",
        ("line 4  create     Northwind Traders: Training days, 6,400.00 CHF, Negotiation "
         "(expected close left out: '31/02/2026' is not a date)"),
        "line 5  create     Ana Lima (new contact for line 5)",
        ("line 5  create     Ana Lima: Deal with Ana Lima, 1,200.50 GBP, Proposal sent "
         "(owner 'Sam Smith' left out: no team member is called that)"),
        ("Imported: deals: 4 created, 0 updated, 0 unchanged, 0 skipped; new contacts "
         "created: 2. Undo with: tuicrm import --undo"),
    ]
    found = made(db)
    assert {title: deal[:7] for title, deal in found.items()} == {
        "Consulting retainer": ("Priya Patel", "Won", 4_500_000, "USD", "", date(2026, 6, 30),
                                alice),
        # closedlost without a reason: lost all the same
        "Data audit": ("Tom Hughes", "Lost", 800_000, "CHF", "imported as lost",
                       date(2026, 7, 15), None),
        # contractsent: the contract is out, we negotiate; the bad date left out
        "Training days": ("Northwind Traders", "Negotiation", 640_000, "CHF", "", None, alice),
        # no title: named after its contact; presentationscheduled: a proposal
        "Deal with Ana Lima": ("Ana Lima", "Proposal sent", 120_050, "GBP", "", date(2027, 1, 20),
                               None),
    }
    assert found["Data audit"][7] == local(date(2026, 4, 1), 9, 30)
    assert people(db) == {
        "Priya Patel": ("person", None, ["priya@patel.example"]),
        "Tom Hughes": ("person", None, []),
        "Northwind Traders": ("organisation", None, []),
        "Ana Lima": ("person", None, ["ana@lima.example"]),
    }

    again = report(run(db_path, path, "--deals", "--currency", "CHF", "--dry-run"))
    assert again[-1] == ("Dry run: deals: 0 to create, 0 to update, 0 unchanged, 4 skipped. "
                         "Nothing was changed.")
    undone = report(run(db_path, "--undo"))
    assert undone[0].endswith(": 2 created contacts removed, 4 deals removed, "
                              "0 updated contacts restored.")
    assert made(db) == {}
    assert list(people(db)) == ["Priya Patel", "Tom Hughes"]


def test_stages_by_name_by_meaning_or_the_first_open_one(db: Database, db_path: Path,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Title,Contact,Email,Stage,Status,Value\n"
                    "One,Zoe Quinn,,negotiation,,100\n"
                    "Two,zoe quinn,zoe@quinn.example,Pitching,,200\n"
                    "Three,,zoe@quinn.example,,,300\n"
                    "Four,Zoe Quinn,,Qualified,lost,400\n"
                    "Five,Zoe Quinn,,New,sold,500\n")
    lines = report(run(db_path, str(path), "--deals"))
    assert lines[3:9] == [
        "line 2  create     Zoe Quinn (new contact for line 2)",
        "line 2  create     Zoe Quinn: One, 100.00 EUR, Negotiation",
        ("line 3  create     zoe quinn: Two, 200.00 EUR, New (stage 'Pitching' is not one of "
         "ours: put in New)"),
        "line 4  create     zoe@quinn.example: Three, 300.00 EUR, New",
        "line 5  create     Zoe Quinn: Four, 400.00 EUR, Lost",
        "line 6  create     Zoe Quinn: Five, 500.00 EUR, New (status 'sold' left out: open, won or lost)",
    ]
    found = made(db)
    assert {title: deal[:5] for title, deal in found.items()} == {
        "One": ("Zoe Quinn", "Negotiation", 10_000, "EUR", ""),
        "Two": ("Zoe Quinn", "New", 20_000, "EUR", ""),
        "Three": ("Zoe Quinn", "New", 30_000, "EUR", ""),
        "Four": ("Zoe Quinn", "Lost", 40_000, "EUR", "imported as lost"),
        "Five": ("Zoe Quinn", "New", 50_000, "EUR", ""),
    }
    # one contact for the five lines: created once, found by name, then by the email
    # a line gave it
    assert people(db) == {"Zoe Quinn": ("person", None, ["zoe@quinn.example"])}


def test_a_bad_value_is_left_out_and_said_and_its_deal_made(db: Database, db_path: Path,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Title,Person,Email,Value,Currency,Probability,Source,Close date,Notes\n"
                    "Audit,Kim Lee,kim@,-900,XXQ,40 %,Referrals,2026-12-01T00:00:00Z,Call first\n"
                    "Pilot,Kim Lee,,1.5,JPY,140,Billboard,12/24/2026,\n")
    lines = report(run(db_path, str(path), "--deals", "--currency", "usd"))
    assert lines[3:7] == [
        "line 2  create     Kim Lee (new contact for line 2)",
        ("line 2  create     Kim Lee: Audit, 0.00 USD, New (email 'kim@' left out: not an email "
         "address; currency left out (USD instead): Unknown currency 'XXQ'; value left out: "
         "'-900' is negative)"),
        ("line 3  create     Kim Lee: Pilot, 0 JPY, New (value left out: JPY has no decimals; "
         "source 'Billboard' left out: not referral, networking, website, ads, other; "
         "probability '140' left out: Input should be less than or equal to 100)"),
        ("Imported: deals: 2 created, 0 updated, 0 unchanged, 0 skipped; new contacts created: 1. "
         "Undo with: tuicrm import --undo"),
    ]
    with db.read() as s:
        audit, pilot = s.scalars(sa.select(Deal).order_by(Deal.id)).all()
        assert (audit.probability, audit.source, audit.expected_close, audit.notes) == (
            40, "referral", date(2026, 12, 1), "Call first")
        assert (pilot.probability, pilot.source, pilot.expected_close) == (
            None, None, date(2026, 12, 24))


def test_update_only_makes_deals_for_known_contacts_only(db: Database, db_path: Path,
                                                          tmp_path: Path) -> None:
    contact(db, "Acme Ltd")
    path = tmp_path / "deals.csv"
    path.write_text("Title,Organization,Amount\nRenewal,Acme Ltd,1000\nNew shop,Nowhere Inc,50\n")
    lines = report(run(db_path, str(path), "--deals", "--mode", "update"))
    assert lines[3:6] == [
        "line 2  create     Acme Ltd: Renewal, 1,000.00 EUR, New",
        "line 3  skip       Nowhere Inc: no contact Nowhere Inc and the mode is update only",
        ("Imported: deals: 1 created, 0 updated, 0 unchanged, 1 skipped. "
         "Undo with: tuicrm import --undo"),
    ]


def test_undo_refuses_when_an_imported_deal_or_contact_was_worked_on(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Title,Person,Amount\nAudit,Kim Lee,900\n")
    report(run(db_path, str(path), "--deals"))
    with db.write() as s:
        deal_id = s.scalar(sa.select(Deal.id))
        qualified = next(st.id for st in deal_stages.stages(session=s) if st.name == "Qualified")
        deals.move_deal(session=s, deal_id=deal_id, stage_id=qualified)
    before = dump(db_path)
    refused = run(db_path, "--undo")
    assert refused.exit_code == 1
    assert "deal 1 of Kim Lee (edited)" in refused.stderr
    assert dump(db_path) == before

    # a deal made by hand for a contact a contacts import created stands in its undo's way
    people_csv = tmp_path / "people.csv"
    people_csv.write_text("Name\nRay Ortiz\n")
    report(run(db_path, str(people_csv)))
    with db.write() as s:
        ray = next(r.id for r in contacts.list_contacts(session=s) if r.name == "Ray Ortiz")
        deals.create_deal(session=s, data={"title": "Pilot", "contact_id": ray})
    refused = run(db_path, "--undo")
    assert refused.exit_code == 1 and "Ray Ortiz (has a deal)" in refused.stderr


def test_options_that_do_not_go_together(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text("Title,Person\nAudit,Kim Lee\n")
    both = run(db_path, str(path), "--deals", "--sales")
    assert both.exit_code == 2 and "--sales and --deals do not go together" in both.stderr
    card = tmp_path / "kim.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Kim Lee\nEND:VCARD\n")
    vcard = run(db_path, str(card), "--deals")
    assert vcard.exit_code == 1 and "is a vCard file" in vcard.stderr
    nobody = tmp_path / "values.csv"
    nobody.write_text("Title,Value\nAudit,900\n")
    missing = run(db_path, str(nobody), "--deals")
    assert missing.exit_code == 1
    assert "no column for a contact (person, organisation or email)" in missing.stderr


@pytest.mark.postgres
def test_import_again_and_undo_on_postgres(pg_db: Database) -> None:
    contact(pg_db, "Tom Hughes")
    source = read_csv((EXPORTS / "hubspot_deals.csv").read_bytes(), target="deals",
                      name="hubspot_deals.csv")
    with pg_db.write() as s:
        applied = apply_import(session=s, source=source, mode="create")
    assert applied.summary() == ("deals: 4 created, 0 updated, 0 unchanged, 0 skipped; "
                                 "new contacts created: 4")
    found = made(pg_db)
    assert found["Data audit"][:5] == ("Tom Hughes", "Lost", 800_000, "EUR", "imported as lost")
    # closed on HubSpot's close date (a day: noon), begun on its create date
    assert found["Data audit"][7:] == (local(date(2026, 4, 1), 9, 30),
                                       [("Lost", local(date(2026, 7, 15), 12))])
    with pg_db.write() as s:
        again = apply_import(session=s, source=source, mode="upsert")
    assert again.summary() == "deals: 0 created, 0 updated, 4 unchanged, 0 skipped"
    with pg_db.write() as s:
        undone = undo_last_import(session=s)
    assert (undone.removed_deals, undone.removed_contacts) == (4, 4)
    assert made(pg_db) == {} and list(people(pg_db)) == ["Tom Hughes"]
