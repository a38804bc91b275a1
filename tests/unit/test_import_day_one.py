"""Day one: everyone comes in from another tool's export, and nobody is lost.

Each file in ``tests/fixtures/exports`` is in the shape the named program
writes (its header, its quirks: Outlook's Exchange addresses and "0/0/00"
birthdays, Excel's rounded phone numbers, Google's label columns and system
groups, localized headers, Pipedrive's prefixes, HubSpot's ids and stages).
What a person would notice: every contact is there, with the values that
could be read; what could not be read is listed in the dry run with its line;
a same-name stranger is never merged into a customer; importing a file twice
adds nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tuicrm.db import Database
from tuicrm.interop.csv_import import read_csv
from tuicrm.interop.import_source import SourceFile, is_vcard, source_from_vcard_bytes
from tuicrm.models import NO_YEAR, Contact, ContactKind, JourneyStage
from tuicrm.services import contacts, team
from tuicrm.services.import_plan import Action
from tuicrm.services.importing import apply_import, plan_import

EXPORTS = Path(__file__).parent.parent / "fixtures" / "exports"


def source(name: str, text: str | None = None) -> SourceFile:
    data = text.encode() if text is not None else (EXPORTS / name).read_bytes()
    if is_vcard(name, data):
        return source_from_vcard_bytes(data, name=name)
    return read_csv(data, name=name)


def plan(db: Database, src: SourceFile, mode: str = "upsert"):
    with db.read() as s:
        return plan_import(session=s, source=src, mode=mode)


def apply(db: Database, src: SourceFile, mode: str = "upsert"):
    with db.write() as s:
        return apply_import(session=s, source=src, mode=mode)


def everyone(db: Database) -> dict[str, list[dict]]:
    """Every live contact as its page shows it, by name (a name may be several people)."""
    shown: dict[str, list[dict]] = {}
    with db.read() as s:
        for row in contacts.list_contacts(session=s, include_archived=True, limit=500):
            d = contacts.get_contact(session=s, contact_id=row.id)
            c: Contact = d.contact
            form = contacts.contact_input(s, c)
            shown.setdefault(c.name, []).append({
                "id": c.id, "kind": c.kind, "organisation": d.organisation_name,
                "emails": d.emails, "phones": d.phones, "tags": d.tags,
                "labels": form["labels"], "birthday": c.birthday, "anniversary": c.anniversary,
                "city": c.city, "stage": c.stage, "owner_id": c.owner_id, "uid": c.uid,
                "job_title": c.job_title, "notes": c.notes})
    return shown


def details(result) -> dict[int, str]:
    """Each line's own detail (not that of the organisation its company makes)."""
    said: dict[int, str] = {}
    for p in result.lines:
        if not p.detail.startswith("new organisation of line"):
            said.setdefault(p.line, p.detail)
    return said


PEOPLE = {
    "google.csv": ["Michael Brown", "Michael Brown", "Only Email"],
    "google_old.csv": ["Sara Lind"],
    "outlook.csv": ["Ana Silva", "John Carter"],
    "outlook_de.csv": ["Jürgen Müller"],
    "french.csv": ["Élodie Lefèvre"],
    "spanish.csv": ["José García López"],
    "dutch.csv": ["Pieter van Dijk"],
    "italian.csv": ["Giulia Rossi"],
    "hubspot.csv": ["Priya Patel", "Tom Hughes"],
    "pipedrive.csv": ["Lena Fischer", "Omar Haddad"],
    "thunderbird.csv": ["Karin Berg"],
    "excel.csv": ["John Smith", "Kim Lee", "Mary Jones"],
    "apple.vcf": ["Johnny Appleseed", "Mystery Person"],
    "nextcloud.vcf": ["Nadia Kaur"],
}


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_every_export_brings_everyone_in_and_a_second_import_adds_nothing(
        db: Database, name: str) -> None:
    applied = apply(db, source(name))
    people = sorted(n for n, found in everyone(db).items() for c in found
                    if c["kind"] is ContactKind.PERSON for _ in [c])
    assert people == PEOPLE[name]
    assert applied.counts()[Action.SKIP] == 0

    again = plan(db, source(name))
    counts = again.counts()
    assert (counts[Action.CREATE], counts[Action.UPDATE]) == (0, 0), again.lines


def test_same_name_strangers_are_new_contacts_and_the_customer_keeps_her_details(
        db: Database) -> None:
    with db.write() as s:
        acme = contacts.create_contact(session=s, data={"name": "Old Firm", "kind": "organisation"})
        customer = contacts.create_contact(session=s, data={
            "name": "Michael Brown", "emails": ["mb@customer.example"],
            "phones": ["+1 202 555 0111"], "organisation_id": acme.id})
    result = apply(db, source("google.csv"), mode="upsert")
    assert details(result)[2].startswith(f"possible duplicate of Michael Brown ({customer.id})")
    assert details(result)[3].startswith(f"possible duplicate of Michael Brown ({customer.id})")
    browns = everyone(db)["Michael Brown"]
    assert len(browns) == 3
    kept = next(c for c in browns if c["id"] == customer.id)
    assert (kept["emails"], kept["phones"], kept["organisation"]) == (
        ["mb@customer.example"], ["+1 202 555 0111"], "Old Firm")
    assert sorted(c["organisation"] for c in browns) == ["Acme Ltd", "Brown & Sons", "Old Firm"]


def test_a_bad_value_is_left_out_and_said_with_its_line_never_its_contact(db: Database) -> None:
    dry = plan(db, source("outlook.csv"))
    assert [(p.line, p.action, p.label) for p in dry.lines if p.record_type == "contact"
            and p.label != "Carter Logistics"] == [
        (2, Action.CREATE, "John Carter"), (4, Action.CREATE, "Ana Silva")]  # notes: 2 lines
    said = details(dry)[2]
    assert "email '/o=ExchangeLabs/ou=Exchange Administrative Group" in said
    assert "an Exchange account name, not an email address" in said
    assert "phone '4.91761E+12' left out: a spreadsheet turned it into a rounded number" in said
    apply(db, source("outlook.csv"))
    people = everyone(db)
    [john] = people["John Carter"]
    assert john["emails"] == ["john.carter@carter.example"]  # the second column's, kept
    assert (john["phones"], john["labels"]) == (["+1 312 555 0142"], {"+1 312 555 0142": "work"})
    assert (john["birthday"], john["anniversary"]) == (date(1979, 4, 15), None)  # 0/0/00: none
    assert john["notes"] == "Prefers calls\nafter 10"
    [ana] = people["Ana Silva"]
    assert (ana["phones"], ana["labels"]) == (["+1 555 0100"], {"+1 555 0100": "mobile"})


def test_what_excel_and_mail_programs_put_in_cells_is_cleaned_not_refused(db: Database) -> None:
    dry = plan(db, source("excel.csv"))
    assert "phone '4,91761E+12' left out" in details(dry)[2]
    apply(db, source("excel.csv"))
    people = everyone(db)
    assert people["John Smith"][0]["emails"] == ["john@smith.example"]
    assert people["John Smith"][0]["phones"] == []
    assert people["Mary Jones"][0]["emails"] == ["mary@jones.example"]
    assert people["Kim Lee"][0]["emails"] == ["kim@lee.example"]  # named by "Kim Lee <...>"


def test_an_email_only_contact_is_named_after_its_address(db: Database) -> None:
    dry = plan(db, source("google.csv"))
    assert details(dry)[4] == "named after its email address only.email@example.org"
    apply(db, source("google.csv"))
    assert everyone(db)["Only Email"][0]["emails"] == ["only.email@example.org"]
    # and a file that later gives the address a name renames nobody else
    apply(db, source("more.csv", "Email,City\nonly.email@example.org,Oslo\n"))
    assert everyone(db)["Only Email"][0]["city"] == "Oslo"


def test_google_labels_birthdays_and_events_without_file_as_or_system_groups(
        db: Database) -> None:
    apply(db, source("google.csv"))
    first, second = sorted(everyone(db)["Michael Brown"], key=lambda c: c["id"])
    assert first["tags"] == ["clients"]  # not "mycontacts" or "starred"
    assert first["labels"] == {"michael.brown@acme.example": "work",
                               "mike@home.example": "home", "+44 7700 900123": "mobile",
                               "+44 20 7946 0018": "work"}
    assert (first["birthday"], first["anniversary"]) == (date(1985, 4, 15), date(2012, 6, 30))
    assert second["birthday"] == date(NO_YEAR, 7, 4)  # "--07-04": a day without its year
    assert (first["organisation"], first["job_title"], first["city"]) == (
        "Acme Ltd", "Buyer", "London")


@pytest.mark.parametrize(("name", "person", "expected"), [
    ("outlook_de.csv", "Jürgen Müller", {
        "organisation": "Müller GmbH", "job_title": "Einkaufsleiter", "city": "Köln",
        "birthday": date(1970, 4, 15), "tags": ["lieferanten"],
        "labels": {"+49 221 12345-9": "fax", "+49 221 12345-0": "work",
                   "+49 170 1234567": "mobile"}}),
    ("french.csv", "Élodie Lefèvre", {
        "organisation": "Société Générale d'Études", "job_title": "Directrice",
        "city": "Paris", "birthday": date(1982, 9, 3),
        "emails": ["elodie.lefevre@exemple.fr"]}),
    ("spanish.csv", "José García López", {
        "organisation": "Ibérica SA", "city": "Madrid", "birthday": date(1975, 11, 20),
        "labels": {"+34 612 345 678": "mobile", "+34 91 123 45 67": "work"}}),
    ("dutch.csv", "Pieter van Dijk", {
        "organisation": "Van Dijk BV", "job_title": "Eigenaar", "city": "Amsterdam",
        "emails": ["pieter@vandijk.example"], "birthday": date(1968, 1, 31)}),
    ("italian.csv", "Giulia Rossi", {
        "organisation": "Rossi Srl", "job_title": "Titolare", "city": "Milano",
        "emails": ["giulia.rossi@esempio.it"], "birthday": date(1991, 7, 12)}),
    ("thunderbird.csv", "Karin Berg", {
        "organisation": "Berg Konsult AB", "birthday": date(1980, 3, 9),
        "emails": ["karin@berg.example", "karin.berg@mail.example"],
        "labels": {"+46 8 123 456": "work", "+46 8 123 457": "fax",
                   "+46 70 987 65 43": "mobile"}}),
    ("google_old.csv", "Sara Lind", {
        "organisation": "Lind AB", "tags": ["suppliers"], "birthday": date(1990, 2, 28),
        "labels": {"sara@lind.example": "work", "sara.lind@home.example": "home",
                   "+46 70 123 45 67": "mobile"}}),
    ("apple.vcf", "Johnny Appleseed", {
        "organisation": "Orchard Inc.", "birthday": date(NO_YEAR, 4, 15),
        "uid": "9F8A1C2E-4B5D-4E6F-8A9B-0C1D2E3F4A5B",
        "labels": {"johnny@orchard.example": "other",  # its group's X-ABLabel
                   "jappleseed@home.example": "home", "+1 (408) 555-0101": "mobile",
                   "+1 (408) 555-0102": "work"}}),
    ("nextcloud.vcf", "Nadia Kaur", {
        "emails": ["nadia@kaur.example"], "birthday": date(1987, 9, 22),
        "anniversary": date(2015, 5, 16), "tags": ["partners"]}),
])
def test_localized_and_other_tools_headers_land_in_their_fields(
        db: Database, name: str, person: str, expected: dict) -> None:
    apply(db, source(name))
    [found] = everyone(db)[person]
    assert {k: found[k] for k in expected} == expected


def test_hubspot_company_extra_emails_stage_owner_and_record_id(db: Database) -> None:
    with db.write() as s:
        alice = team.create_member(session=s, data={"name": "Alice Admin", "initials": "AA"})
    dry = plan(db, source("hubspot.csv"))
    assert "owner 'Nobody Known' left out: no team member is called that" in details(dry)[3]
    apply(db, source("hubspot.csv"))
    people = everyone(db)
    [priya], [tom] = people["Priya Patel"], people["Tom Hughes"]
    assert priya["organisation"] == "Patel Consulting"
    assert priya["emails"] == ["priya@patel.example", "priya.patel@gmail.example",
                               "pp@patel.example"]
    assert (priya["stage"], priya["owner_id"], priya["uid"]) == (
        JourneyStage.RETENTION, alice.id, "hubspot:51")
    assert (tom["stage"], tom["owner_id"]) == (JourneyStage.ENGAGEMENT, None)
    # HubSpot's next export, after Tom changed his address: the id finds him
    moved = (EXPORTS / "hubspot.csv").read_text().replace("tom@hughes.example",
                                                            "tom@newjob.example")
    result = apply(db, source("hubspot.csv", moved))
    assert [p.action for p in result.lines if p.label == "Tom Hughes"] == [Action.UPDATE]
    assert everyone(db)["Tom Hughes"][0]["emails"] == ["tom@hughes.example",
                                                       "tom@newjob.example"]


def test_pipedrives_person_export_is_read_with_its_labels(db: Database) -> None:
    apply(db, source("pipedrive.csv"))
    [lena] = everyone(db)["Lena Fischer"]
    assert (lena["organisation"], lena["tags"], lena["uid"], lena["birthday"]) == (
        "Fischer Design", ["hot lead"], "pipedrive:101", date(1993, 5, 17))
    assert lena["labels"] == {"lena@fischer.example": "work", "lena.f@home.example": "home",
                              "+49 30 1234567": "work", "+49 151 2345678": "mobile"}


def test_a_phone_number_finds_a_contact_only_under_the_same_name(db: Database) -> None:
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace",
                                                       "phones": ["+44 20 7946 0000"]})
        contacts.create_contact(session=s, data={"name": "Switchboard", "phones": ["020 1111 2222"]})
    result = apply(db, source("p.csv", "Name,Phone,City\n"
                                       "Ada Lovelace,+44 (20) 7946-0000,London\n"
                                       "Bob Jones,020 1111 2222,Leeds\n"))
    lines = {p.label: (p.action, p.detail) for p in result.lines}
    assert lines["Ada Lovelace"] == (Action.UPDATE, "changes city")
    assert lines["Bob Jones"][0] is Action.CREATE
    assert lines["Bob Jones"][1].startswith("possible duplicate of Switchboard (")
    assert everyone(db)["Ada Lovelace"][0]["id"] == ada.id
    assert everyone(db)["Switchboard"][0]["city"] == ""


def test_our_own_vcard_export_finds_each_contact_by_its_uid(db: Database, tmp_path) -> None:
    from click.testing import CliRunner

    from tuicrm.cli import main

    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada", "emails": ["a@x.org"]}).id
    path = tmp_path / "all.vcf"
    assert CliRunner().invoke(main, ["--db", str(db.url.database), "export", "--vcard",
                                     str(path)]).exit_code == 0
    first = path.read_bytes()
    assert CliRunner().invoke(main, ["--db", str(db.url.database), "export", "--vcard",
                                     str(path)]).exit_code == 0
    assert path.read_bytes() == first  # the same UID (and bytes) every time
    moved = first.decode().replace("a@x.org", "ada@new.example")  # she changed address
    result = apply(db, source("all.vcf", moved))
    assert [(p.action, p.record_id) for p in result.lines] == [(Action.UPDATE, ada)]
    assert everyone(db)["Ada"][0]["emails"] == ["a@x.org", "ada@new.example"]
