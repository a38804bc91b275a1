"""Importing contacts and sales on a real SQLite file: plan, apply, all or nothing, undo.

What a person would notice: the dry run says line by line what will happen
and changes nothing; an import is saved whole or not at all; imported
contacts behave like typed ones (found by search, linked to their company);
undo puts everything back, or refuses and says why.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from tuicrm import dates
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.errors import CrmError
from tuicrm.interop.csv_export import write_csv
from tuicrm.interop.csv_import import read_csv
from tuicrm.interop.import_source import source_from_vcard_bytes
from tuicrm.interop.vcard import Card, write_vcards
from tuicrm.models import NO_YEAR, ContactKind
from tuicrm.services import contacts, sales
from tuicrm.services.import_plan import Action
from tuicrm.services.import_runs import last_import, undo_last_import
from tuicrm.services.importing import apply_import, plan_import


def csv_source(text: str, **options):
    return read_csv(text.encode("utf-8"), name="test.csv", **options)


def plan(db: Database, source, mode: str = "upsert", **options):
    with db.read() as s:
        return plan_import(session=s, source=source, mode=mode, **options)


def apply(db: Database, source, mode: str = "upsert", **options):
    with db.write() as s:
        return apply_import(session=s, source=source, mode=mode, **options)


def lines(result) -> list[tuple[int, str, str, str]]:
    return [(p.line, p.action.value, p.label, p.detail) for p in result.lines]


def dump(db_path: Path) -> list[str]:
    """Every table, index, trigger and row of the file (the search index's too)."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def create(db: Database, **data):
    with db.write() as s:
        return contacts.create_contact(session=s, data=data)


def people(db: Database) -> dict[str, tuple]:
    """Every live contact as the contact page shows it, by name."""
    shown = {}
    with db.read() as s:
        for row in contacts.list_contacts(session=s, include_archived=True, limit=500):
            d = contacts.get_contact(session=s, contact_id=row.id)
            c = d.contact
            shown[c.name] = (c.kind.value, d.organisation_name, d.emails, d.phones, d.tags,
                             c.job_title, c.city, c.notes, c.stage, d.labels, c.birthday,
                             c.anniversary, c.cadence_days, c.source)
    return shown


def search(db: Database, query: str) -> list[str]:
    with db.read() as s:
        return [r.name for r in contacts.list_contacts(session=s, query=query)]


# --- the plan ------------------------------------------------------------------


def test_a_dry_run_reports_every_line_and_changes_nothing(db: Database, db_path: Path) -> None:
    create(db, name="Ada Lovelace", emails=["ada@example.org"])
    source = csv_source(
        "Name,Email,Phone\n"
        "Ada Lovelace,ADA@example.org,+44 20 7946 0000\n"  # 2: found by email: update
        "Bob,bob@,\n"                                      # 3: new, its email left out
        "Cy Young,cy@example.org,\n"                       # 4: new
        "Ada L.,ada@example.org,\n"                        # 5: the same person again
        ",dee@example.org,\n"                              # 6: new, named by its email
        "Ed,ed@example.org\n"                              # 7: ragged
        "CY YOUNG,,555 0100\n"                             # 8: same name as line 4, no key
        ",,\n"                                             # 9: blank
        ",,555 0199\n"                                     # 10: nothing to name it by
    )
    before = dump(db_path)
    result = plan(db, source)
    assert dump(db_path) == before
    assert lines(result) == [
        (2, "update", "Ada Lovelace", "changes phone"),
        (3, "create", "Bob", "email 'bob@' left out: not an email address"),
        (4, "create", "Cy Young", ""),
        (5, "skip", "Ada L.", "the same contact as line 2"),
        (6, "create", "Dee", "named after its email address dee@example.org"),
        (7, "skip", "", "this row has 2 cells and the header 3 (a delimiter or a quote is off)"),
        (8, "create", "CY YOUNG", "possible duplicate of line 4, of the same name"),
        (10, "skip", "(no name)", "no name or email: a new contact needs one"),
    ]
    assert result.summary() == "contacts: 4 to create, 1 to update, 0 unchanged, 3 skipped"


@pytest.mark.parametrize(("mode", "expected"), [
    ("create", [("skip", "already exists (contact 1) and the mode is create only"),
                ("create", "")]),
    ("upsert", [("update", "changes city"), ("create", "")]),
    ("update", [("update", "changes city"),
                ("skip", ("not found (no contact has this id, email or phone) and the mode is "
                         "update only"))]),
])
def test_the_mode_decides_what_happens_to_found_and_new_contacts(
        db: Database, mode: str, expected: list) -> None:
    create(db, name="Ada Lovelace", emails=["ada@example.org"])
    source = csv_source("Name,Email,City\nada lovelace,ada@example.org,London\n"
                        "Grace Hopper,grace@example.org,Arlington\n")
    applied = apply(db, source, mode)
    assert [(p.action.value, p.detail) for p in applied.lines] == expected
    assert set(people(db)) == ({"Ada Lovelace"} | ({"Grace Hopper"} if mode != "update" else set()))


def test_an_update_fills_in_and_adds_but_never_clears(db: Database) -> None:
    create(db, name="Ada Lovelace", emails=["ada@example.org"], phones=["+44 20 7946 0000"],
           tags=["vip"], city="Oslo", notes="Keep this")
    source = csv_source("Email,Name,Phone,Tags,City,Notes,Job Title\n"
                        "ADA@example.org,Ada Lovelace,+44 (20) 7946-0000,\"VIP, maths\",,,"
                        "Countess\n")
    [line] = apply(db, source).lines
    assert (line.action, line.detail) == (Action.UPDATE, "changes job title, tag")
    assert people(db)["Ada Lovelace"][:9] == (
        "person", None, ["ada@example.org"], ["+44 20 7946 0000"], ["maths", "vip"],
        "Countess", "Oslo", "Keep this", None)
    again = apply(db, source)
    assert [(p.action, p.detail) for p in again.lines] == [(Action.UNCHANGED, "")]
    assert again.run_id is None  # nothing written, nothing recorded


def test_matching_by_email_and_a_name_alone_changes_nobody(db: Database) -> None:
    create(db, name="Grace Hopper")
    create(db, name="Sam Lee")
    create(db, name="Sam Lee")
    create(db, name="Kim", emails=["shared@example.org"])
    create(db, name="Kit", emails=["shared@example.org"])
    source = csv_source("Name,Email\n"
                        "  grace   HOPPER ,\n"
                        "Grace,\n"
                        "Sam Lee,\n"
                        "Someone,shared@example.org\n")
    assert [(p.line, p.action.value, p.detail) for p in plan(db, source, "update").lines] == [
        (2, "unchanged", "already there: Grace Hopper (1)"),  # it says nothing new of her
        (3, "skip", ("not found (no contact has this id, email or phone) and the mode is "
                     "update only")),
        (4, "unchanged", "already there: Sam Lee (2)"),
        (5, "skip", "its email addresses belong to different contacts: Kim (4), Kit (5)"),
    ]


def test_imported_contacts_are_the_same_as_typed_ones(db: Database, tmp_path: Path) -> None:
    row = {"name": "Ada Lovelace", "emails": ["ada@example.org", "ada@home.example"],
           "phones": ["+44 20 7946 0000"], "tags": ["maths", "vip"], "job_title": "Countess",
           "city": "London", "website": "https://ada.example", "notes": "Two\nlines"}
    source = csv_source('Name,Email,Email 2,Phone,Tags,Job Title,City,Website,Notes\n'
                        'Ada Lovelace,ada@example.org,ada@home.example,+44 20 7946 0000,'
                        '"maths;vip",Countess,London,https://ada.example,"Two\nlines"\n')
    [line] = apply(db, source).lines
    typed_db = open_database(tmp_path / "typed.db")
    try:
        typed = create(typed_db, **row)
        with db.read() as s, typed_db.read() as t:
            imported = contacts.get_contact(session=s, contact_id=line.record_id)
            by_hand = contacts.get_contact(session=t, contact_id=typed.id)
    finally:
        typed_db.dispose()
    skip = {"id", "created_at", "updated_at", "touch_clock_at"}
    assert ({k: v for k, v in imported.contact.model_dump().items() if k not in skip}
            == {k: v for k, v in by_hand.contact.model_dump().items() if k not in skip})
    # both stay-in-touch clocks count from when the contact was added
    for contact in (imported.contact, by_hand.contact):
        assert contact.touch_clock_at == contact.created_at
    assert (imported.emails, imported.phones, imported.tags) == (
        by_hand.emails, by_hand.phones, by_hand.tags)
    for query in ("lovelace", "7946", "4420794", "home.example", "countess", "vip"):
        assert search(db, query) == ["Ada Lovelace"], query


def test_companies_become_linked_organisations(db: Database) -> None:
    create(db, name="Acme", kind=ContactKind.ORGANISATION)
    create(db, name="Solo Person")
    source = csv_source("Name,Company\n"
                        "Ada,Acme\n"          # an existing organisation
                        "Bob,Initech\n"       # an organisation the file itself has
                        "Initech,\n"
                        "Cy,initech\n"
                        "Dee,Globex\n"        # new: created once, for both lines
                        "Eve,GLOBEX\n"
                        "Fay,Solo Person\n")  # a person, not an organisation
    applied = apply(db, source, "create")
    assert [(p.line, p.action.value, p.label, p.detail) for p in applied.lines] == [
        (2, "create", "Ada", ""),
        (3, "create", "Bob", ""),
        (4, "create", "Initech", ""),
        (5, "create", "Cy", ""),
        (6, "create", "Dee", ""),
        (6, "create", "Globex", "new organisation of line 6"),
        (7, "create", "Eve", ""),
        (8, "create", "Fay", "Solo Person is a person, not an organisation: not linked"),
    ]
    shown = people(db)
    assert {name: shown[name][:2] for name in ("Ada", "Bob", "Initech", "Cy", "Dee", "Globex",
                                               "Eve", "Fay")} == {
        "Ada": ("person", "Acme"), "Bob": ("person", "Initech"),
        "Initech": ("organisation", None), "Cy": ("person", "Initech"),
        "Dee": ("person", "Globex"), "Globex": ("organisation", None),
        "Eve": ("person", "Globex"), "Fay": ("person", None)}
    assert search(db, "initech") == ["Bob", "Cy", "Initech"]  # members match their company


# --- all or nothing ------------------------------------------------------------------


@pytest.mark.parametrize("when", ["INSERT", "UPDATE"])
def test_a_failure_half_way_leaves_the_database_as_it_was(
        db: Database, db_path: Path, when: str) -> None:
    """A real failure inside the real service: the database refuses one row.

    INSERT fails on a contact far into the file (earlier chunks were written);
    UPDATE fails on the existing contact, which is updated after every new
    contact has been inserted.
    """
    create(db, name="Existing", emails=["old@example.org"])
    rows = "".join(f"Person {i},p{i}@example.org\n" for i in range(2500))
    source = csv_source("Name,Email\n" + rows + "Existing,old@example.org;new@example.org\n")
    with closing(sqlite3.connect(db_path)) as conn, conn:
        target = "'Person 2400'" if when == "INSERT" else "'Existing'"
        conn.execute(f"CREATE TRIGGER gremlin BEFORE {when} ON contact "
                     f"WHEN new.name = {target} BEGIN SELECT RAISE(ABORT, 'disk gremlin'); END")
    before = dump(db_path)
    seen: list[tuple[int, int]] = []

    with pytest.raises(Exception, match="disk gremlin"):
        apply(db, source, progress=lambda done, total: seen.append((done, total)))

    assert 0 < seen[-1][0] < seen[-1][1] == 2501  # it failed half-way
    assert dump(db_path) == before
    with db.read() as s:
        assert last_import(session=s) is None
        assert contacts.count_contacts(session=s) == 1
    assert search(db, "person") == []


def test_stopping_from_the_progress_callback_saves_nothing(db: Database, db_path: Path) -> None:
    source = csv_source("Name\n" + "".join(f"Person {i}\n" for i in range(3000)))
    before = dump(db_path)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done >= 2000:
            raise Cancelled

    with pytest.raises(Cancelled):
        apply(db, source, progress=progress)
    assert dump(db_path) == before


# --- undo ----------------------------------------------------------------------------


def test_undo_restores_the_state_before_the_import(db: Database) -> None:
    create(db, name="Ada Lovelace", emails=["ada@example.org"], city="Oslo", tags=["vip"])
    create(db, name="Old Co", kind=ContactKind.ORGANISATION)
    before = people(db)
    source = csv_source("Name,Email,City,Company,Tags\n"
                        "Ada Lovelace,ada@example.org;ada@work.example,London,New Co,maths\n"
                        "Bob,bob@example.org,Paris,Old Co,\n")
    applied = apply(db, source)
    assert applied.summary() == "contacts: 2 created, 1 updated, 0 unchanged, 0 skipped"
    assert people(db)["Ada Lovelace"][1:3] == ("New Co", ["ada@example.org", "ada@work.example"])

    with db.write() as s:
        result = undo_last_import(session=s)

    assert result.summary().startswith("Undid the import of test.csv (contacts, imported ")
    assert (result.removed_contacts, result.restored_contacts) == (2, 1)
    assert people(db) == before
    assert search(db, "bob") == search(db, "new co") == search(db, "work") == []
    with pytest.raises(CrmError, match="already undone; only the last import"), db.write() as s:
        undo_last_import(session=s)


def test_undo_refuses_when_imported_contacts_were_worked_on(db: Database, db_path: Path) -> None:
    apply(db, csv_source("Name\nAda Lovelace\nBob\nCy\n"))
    with db.write() as s:
        ada = contacts.list_contacts(session=s, query="ada").items[0]
        contacts.update_contact(session=s, contact_id=ada.id, changes={"city": "London"},
                                expected_version=ada.version)
        bob = contacts.list_contacts(session=s, query="bob").items[0]
        sales.create_sale(session=s, data={
            "contact_id": bob.id, "sold_at": dates.utcnow(), "currency": "EUR",
            "lines": [{"description": "Tea", "unit_price_minor": 300}]})
    before = dump(db_path)

    with pytest.raises(CrmError) as refused, db.write() as s:
        undo_last_import(session=s)

    message = str(refused.value)
    assert message.startswith("Nothing was undone: since the import of test.csv")
    assert "Ada Lovelace (edited)" in message and "Bob (has a sale)" in message
    assert "Cy" not in message
    assert dump(db_path) == before


def test_only_imports_that_wrote_something_can_be_undone(db: Database) -> None:
    with pytest.raises(CrmError, match="There is no import to undo"), db.write() as s:
        undo_last_import(session=s)
    apply(db, csv_source("Name\nAda\n"))
    apply(db, csv_source("Name\nAda\n"), "create")  # skipped: not recorded
    with db.write() as s:
        assert undo_last_import(session=s).removed_contacts == 1
    assert people(db) == {}


# --- round trip ----------------------------------------------------------------------


def test_contacts_exported_to_csv_come_back_the_same(db: Database, tmp_path: Path) -> None:
    from tuicrm.services.contact_export import CONTACT_HEADER, contact_rows

    acme = create(db, name="Acme Corp", kind=ContactKind.ORGANISATION, emails=["hi@acme.example"])
    create(db, name="Ada Lovelace", organisation_id=acme.id, emails=["ada@acme.example"],
           phones=["+44 20 7946 0000", "020 7946 0001"], stage="engagement",
           labels={"+44 20 7946 0000": "mobile", "ada@acme.example": "work"},
           birthday=date(1815, 12, 10), anniversary=date(NO_YEAR, 7, 8), job_title="Countess",
           city="London", cadence_days=30, source="referral", notes="two\nlines",
           tags=["vip", "maths"])
    create(db, name="=HYPERLINK(\"x\")", phones=["-123 456"])
    create(db, name="Zoë Ågren, \"Z\"", emails=["zoe@example.se"], stage="advocacy")
    path = tmp_path / "contacts.csv"
    with db.read() as s:
        write_csv(path, CONTACT_HEADER, contact_rows({}, "name")(s))

    fresh = open_database(tmp_path / "fresh.db")
    try:
        with fresh.write() as s:
            applied = apply_import(session=s, source=read_csv(path.read_bytes()), mode="create")
        assert applied.counts() == {Action.CREATE: 4, Action.UPDATE: 0, Action.UNCHANGED: 0,
                                    Action.SKIP: 0}
        assert people(fresh) == people(db)
    finally:
        fresh.dispose()


# --- sales ---------------------------------------------------------------------------


def test_sales_in_several_currencies(db: Database) -> None:
    dates.set_local_zone("Europe/Berlin")
    create(db, name="Ada Lovelace", emails=["ada@example.org"])
    source = csv_source(
        "Customer,Email,Date,Items,Amount,Currency\n"
        'Ada Lovelace,,2026-01-05,Logo,"12,50",EUR\n'       # 2: by name
        ",ADA@example.org,05/01/2026,Cards,12.50,\n"        # 3: by email; default currency
        "New Shop,,13/02/2026 14:30,Thing,1.000,JPY\n"      # 4: a new customer
        'new shop,,2026-02-14,More,"1,234",kwd\n'           # 5: the same new customer
        "Nobody,,2026-02-30,X,1,EUR\n"                      # 6
        "Zed,,2026-03-01,Refund,-5,EUR\n"                   # 7
        "Ann,,2026-03-01,X,12.3456,EUR\n",                  # 8
        target="sales")
    applied = apply(db, source, currency="USD")
    assert lines(applied) == [
        (2, "create", "Ada Lovelace: 12.50 EUR on 2026-01-05", ""),
        (3, "create", "ada@example.org: 12.50 USD on 2026-01-05", ""),
        (4, "create", "New Shop", "new customer for line 4"),
        (4, "create", "New Shop: 1,000 JPY on 2026-02-13", ""),
        (5, "create", "new shop: 1.234 KWD on 2026-02-14", ""),
        (6, "skip", "Nobody", "invalid date: '2026-02-30' is not a date"),
        (7, "skip", "Zed", "a negative amount (a refund?) is not a sale: record refunds in tuicrm"),
        (8, "skip", "Ann", "invalid amount: EUR allows at most 2 decimals"),
    ]
    assert applied.summary() == ("sales: 4 created, 0 updated, 0 unchanged, 3 skipped; "
                                 "new contacts created: 1")
    with db.read() as s:
        sold = sorted((r.customer, r.total_minor, r.currency, r.items,
                       dates.to_local(r.sold_at).strftime("%Y-%m-%d %H:%M"))
                      for r in sales.list_sales(session=s))
    assert sold == [
        ("Ada Lovelace", 1250, "EUR", "Logo ×1", "2026-01-05 12:00"),
        ("Ada Lovelace", 1250, "USD", "Cards ×1", "2026-01-05 12:00"),
        ("New Shop", 1000, "JPY", "Thing ×1", "2026-02-13 14:30"),
        ("New Shop", 1234, "KWD", "More ×1", "2026-02-14 12:00"),
    ]
    again = apply(db, source, currency="USD")
    assert [p.action.value for p in again.lines if p.record_type == "sale"] == [
        "unchanged", "unchanged", "unchanged", "unchanged", "skip", "skip", "skip"]
    assert again.lines[0].detail.startswith("already recorded as sale ")

    with db.write() as s:
        result = undo_last_import(session=s)
    assert (result.removed_sales, result.removed_contacts) == (4, 1)
    assert set(people(db)) == {"Ada Lovelace"}
    with db.read() as s:
        assert len(sales.list_sales(session=s)) == 0


def test_ambiguous_slashed_dates_are_reported_not_guessed(db: Database) -> None:
    source = csv_source("Customer,Date,Amount\nAda,03/04/2026,5\n", target="sales")
    [sale] = plan(db, source).lines
    assert sale.detail.startswith("invalid date: '03/04/2026' could be either day/month or "
                                  "month/day")
    [_, sale] = plan(db, source, date_order="mdy").lines
    assert sale.payload.values.sold_at.date() == date(2026, 3, 4)


def test_update_only_sales_need_known_customers(db: Database) -> None:
    create(db, name="Ada")
    source = csv_source("Customer,Date,Amount\nAda,2026-01-02,5\nBob,2026-01-02,5\n",
                        target="sales")
    assert [(p.action.value, p.detail) for p in plan(db, source, "update").lines] == [
        ("create", ""), ("skip", "no customer Bob and the mode is update only")]


# --- vCard ---------------------------------------------------------------------------


def test_a_vcard_file_gets_the_same_plan_modes_and_undo(db: Database) -> None:
    create(db, name="Ada Lovelace", emails=["ada@example.org"])
    before = people(db)
    text = write_vcards([
        Card(name="Ada Lovelace", emails=["ada@example.org"], phones=["+44 20 7946 0000"]),
        Card(name="Grace Hopper", organisation="US Navy", emails=["grace@navy.example"],
             tags=["cobol"]),
    ]) + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n"  # no END:VCARD
    source = source_from_vcard_bytes(text.encode(), name="phone.vcf")
    assert source.describe() == "vCard, UTF-8, 3 records"
    ada, grace, broken = [n for n, line in enumerate(text.split("\r\n"), 1)
                          if line == "BEGIN:VCARD"]
    applied = apply(db, source)
    assert lines(applied) == [
        (ada, "update", "Ada Lovelace", "changes phone"),
        (grace, "create", "Grace Hopper", ""),
        (grace, "create", "US Navy", f"new organisation of line {grace}"),
        (broken, "skip", "", "this card has no END:VCARD (the file ends first); skipped"),
    ]
    assert people(db)["Grace Hopper"][:5] == (
        "person", "US Navy", ["grace@navy.example"], [], ["cobol"])
    with db.write() as s:
        undo_last_import(session=s)
    assert people(db) == before


# --- PostgreSQL ----------------------------------------------------------------------


@pytest.mark.postgres
def test_import_and_undo_on_postgres(pg_db: Database) -> None:
    """The bulk path there uses INSERT ... RETURNING; the search index is an expression index."""
    create(pg_db, name="Ada Lovelace", emails=["ada@example.org"])
    before = people(pg_db)
    rows = "".join(f"Person {i},p{i}@example.org,Company {i % 3}\n" for i in range(1200))
    source = csv_source("Name,Email,Company\nAda Lovelace,ada@example.org,Analytical\n" + rows)
    applied = apply(pg_db, source)
    assert applied.summary() == "contacts: 1,204 created, 1 updated, 0 unchanged, 0 skipped"
    shown = people(pg_db)
    assert shown["Ada Lovelace"][:3] == ("person", "Analytical", ["ada@example.org"])
    assert shown["Person 1199"][:3] == ("person", "Company 2", ["p1199@example.org"])
    assert search(pg_db, "p1199@example.org") == ["Person 1199"]
    with pg_db.write() as s:
        assert undo_last_import(session=s).removed_contacts == 1204
    assert people(pg_db) == before
    sales_source = csv_source("Customer,Date,Amount,Currency\nNew Shop,2026-01-05,\"1,5\",EUR\n",
                              target="sales")
    apply(pg_db, sales_source)
    with pg_db.read() as s:
        assert [(r.customer, r.total_minor) for r in sales.list_sales(session=s)] == [
            ("New Shop", 150)]
    with pg_db.write() as s:
        assert undo_last_import(session=s).removed_sales == 1
    assert people(pg_db) == before
