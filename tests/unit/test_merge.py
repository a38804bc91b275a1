"""Duplicates and merge, on real SQLite files (and PostgreSQL for the merge itself).

What a person would notice: the Duplicates list finds the same person by
email, phone or name, with why; a merge keeps the chosen values, joins the
emails, phones and tags, moves every record to the contact kept and removes
the other, in one go; its undo puts everything back as it was; and a merge
that cannot be right (a person into an organisation, a contact changed since
it was shown) is refused with the reason.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm.cli import main
from tuicrm.db import Database
from tuicrm.errors import ConflictError, CrmError, ValidationError
from tuicrm.services import (
    contacts,
    contracts,
    deals,
    followups,
    history,
    interactions,
    meetings,
    sales,
    satisfaction,
)
from tuicrm.services.duplicates import find_duplicates
from tuicrm.services.merging import merge_contacts, merge_preview, undo_merge

WHEN = datetime(2026, 11, 2, 10, tzinfo=UTC)


def rows(db_path: Path) -> list[tuple]:
    """Every row of the tables a merge touches, as the file holds them."""
    tables = ["contact", "contact_email", "contact_phone", "contact_tag", "contract", "sale",
              "follow_up", "interaction", "satisfaction_response", "meeting_attendee"]
    found = []
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in columns if c not in ("version", "updated_at", "updated_by_id")
                    and not (c == "id" and table in ("contact_email", "contact_phone"))]
            found += [(table, *r) for r in conn.execute(
                f"SELECT {', '.join(keep)} FROM {table} ORDER BY 1, 2")]
    return found


@pytest.fixture
def two(db: Database) -> dict[str, int]:
    """Ada twice: as a customer with records, and as an imported copy with others."""
    with db.write() as s:
        org = contacts.create_contact(session=s, data={"name": "Engines Ltd",
                                                       "kind": "organisation"}).id
        ada = contacts.create_contact(session=s, data={
            "name": "Ada Lovelace", "emails": ["ada@engines.example"], "city": "London",
            "organisation_id": org, "tags": ["vip"],
            "labels": {"ada@engines.example": "work"}}).id
        copy = contacts.create_contact(session=s, data={
            "name": "Ada King", "emails": ["ada@home.example", "ada@engines.example"],
            "phones": ["+44 20 7946 0000"], "city": "Oxford", "job_title": "Countess",
            "birthday": date(1815, 12, 10), "tags": ["maths"],
            "labels": {"ada@home.example": "home"}}).id
        bob = contacts.create_contact(session=s, data={"name": "Bob", "referred_by_id": copy}).id
        contracts.create_contract(session=s, data={
            "contact_id": copy, "title": "Engine plans", "start_date": date(2026, 1, 1),
            "amount_minor": 100_00})
        sales.create_sale(session=s, data={
            "contact_id": copy, "sold_at": WHEN,
            "lines": [{"description": "Notes", "unit_price_minor": 5_00}]})
        followups.create_followup(session=s, data={"contact_id": copy,
                                                   "due_date": date(2026, 12, 1)})
        interactions.log_interaction(session=s, data={"contact_id": copy, "kind": "call",
                                                      "occurred_at": WHEN, "subject": "Hi"})
        satisfaction.record_response(session=s, data={"contact_id": copy, "kind": "nps",
                                                      "score": 9, "responded_at": WHEN})
        deals.create_deal(session=s, data={"title": "Engine upgrade", "contact_id": copy})
        meetings.create_meeting(session=s, data={"title": "Both", "starts_at": WHEN,
                                                 "attendee_ids": [ada, copy]})
        meetings.create_meeting(session=s, data={"title": "Copy only", "starts_at": WHEN,
                                                 "attendee_ids": [copy, bob]})
    return {"ada": ada, "copy": copy, "bob": bob, "org": org}


def test_a_merge_keeps_the_chosen_values_joins_lists_and_moves_every_record(
        db: Database, two: dict[str, int]) -> None:
    with db.read() as s:
        preview = merge_preview(session=s, kept_id=two["ada"], merged_id=two["copy"])
    assert {f.field for f in preview.fields} >= {"name", "city", "job_title", "birthday",
                                                "emails", "phones", "tags"}
    assert preview.moves == {"contract": 1, "sale": 1, "follow_up": 1, "interaction": 1,
                             "satisfaction": 1, "referred": 1, "meeting": 2, "deal": 1}
    with db.write() as s:
        merge_contacts(session=s, kept_id=two["ada"], merged_id=two["copy"], take=["city"])
    with db.read() as s:
        d = contacts.get_contact(session=s, contact_id=two["ada"])
        ada = d.contact
        assert (ada.name, ada.city, ada.job_title, ada.birthday) == (
            "Ada Lovelace", "Oxford", "Countess", date(1815, 12, 10))  # kept, taken, filled
        assert d.emails == ["ada@engines.example", "ada@home.example"]
        assert (d.phones, d.tags) == (["+44 20 7946 0000"], ["maths", "vip"])
        assert d.labels == {"ada@engines.example": "work", "ada@home.example": "home"}
        assert d.organisation_name == "Engines Ltd"
        with pytest.raises(Exception):
            contacts.get_contact(session=s, contact_id=two["copy"])  # deleted
        assert contacts.history_counts(session=s, contact_id=two["ada"]) == {
            "contracts": 1, "sales": 1, "invoices": 0, "deals": 1}
        assert sorted(m.title for m in meetings.list_meetings(session=s, contact_id=two["ada"])) \
            == ["Both", "Copy only"]
        both = meetings.list_meetings(session=s, contact_id=two["ada"]).items
        attendees = {m.title: sorted(i for i, _ in meetings.get_meeting(
            session=s, meeting_id=m.id).attendees) for m in both}
        assert attendees == {"Both": [two["ada"]], "Copy only": sorted([two["ada"], two["bob"]])}
        assert contacts.get_contact(session=s, contact_id=two["bob"]).contact.referred_by_id \
            == two["ada"]
        said = [(c.field, c.new, c.via) for c in history.changes(
            session=s, kind="contact", record_id=two["ada"])]
    assert ("merged", f"Ada King ({two['copy']})", "merge") in said
    assert ("city", "Oxford", "merge") in said


def test_undo_puts_everything_back(db: Database, db_path: Path, two: dict[str, int]) -> None:
    before = rows(db_path)
    with db.write() as s:
        merge_contacts(session=s, kept_id=two["ada"], merged_id=two["copy"], take=["city"])
    assert rows(db_path) != before
    with db.write() as s:
        undo_merge(session=s)
    assert rows(db_path) == before
    with pytest.raises(CrmError, match="no merge to undo"), db.write() as s:
        undo_merge(session=s)


def test_undo_is_refused_once_the_kept_contact_changed(db: Database, two: dict[str, int]) -> None:
    with db.write() as s:
        merge_contacts(session=s, kept_id=two["ada"], merged_id=two["copy"])
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=two["ada"], changes={"city": "Paris"},
                                expected_version=None)
    with pytest.raises(CrmError, match="was changed after the merge"), db.write() as s:
        undo_merge(session=s)


def test_what_cannot_be_merged_is_refused(db: Database, two: dict[str, int]) -> None:
    for kept, merged, words in ((two["ada"], two["org"], "only two people or two organisations"),
                                (two["ada"], two["ada"], "cannot be merged with itself")):
        with pytest.raises(ValidationError, match=words), db.write() as s:
            merge_contacts(session=s, kept_id=kept, merged_id=merged)
    with db.read() as s:
        seen = merge_preview(session=s, kept_id=two["ada"], merged_id=two["copy"])
    with db.write() as s:  # someone edits the copy after the preview was shown
        contacts.update_contact(session=s, contact_id=two["copy"], changes={"city": "Bath"},
                                expected_version=None)
    with pytest.raises(ConflictError), db.write() as s:
        merge_contacts(session=s, kept_id=two["ada"], merged_id=two["copy"],
                       versions=(seen.kept_version, seen.merged_version))


def test_duplicates_are_found_by_email_phone_and_name_with_the_reason(db: Database) -> None:
    with db.write() as s:
        def add(**data):
            return contacts.create_contact(session=s, data=data).id

        a = add(name="Ada Lovelace", emails=["ada@example.org"])
        b = add(name="A. Lovelace", emails=["ADA@example.org"])
        c = add(name="Grace Hopper", phones=["+1 202 555 0100"])
        d = add(name="G Hopper", phones=["(202) 555-0100", "+1 (202) 555-0100"])
        e = add(name="José García López")
        f = add(name="Jose Lopez")
        g = add(name="Sam Lee")
        h = add(name="sam  lee")
        add(name="Sam Lee", kind="organisation")  # another kind: not paired
        gone = add(name="Ada Lovelace")
        contacts.delete_contact(session=s, contact_id=gone)
    with db.read() as s:
        found = [(x.first_id, x.second_id, x.reason) for x in find_duplicates(session=s)]
    assert found == [
        (a, b, "same email ada@example.org"),
        (c, d, "same phone +1 202 555 0100"),
        (g, h, "same name"),
        (e, f, "similar names"),
    ]


def test_merge_and_duplicates_from_the_command_line(db: Database, db_path: Path,
                                                    two: dict[str, int]) -> None:
    def tuicrm(*args: str):
        return CliRunner().invoke(main, ["--db", str(db_path), *args])

    found = tuicrm("duplicates")
    assert found.exit_code == 0, found.output
    assert "Ada Lovelace" in found.output and "same email ada@engines.example" in found.output
    dry = tuicrm("merge", "Ada Lovelace", "ada@home.example", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "city: London | Oxford -> kept" in dry.output.splitlines()
    assert "Moves to Ada Lovelace: 1 contract, 1 sale" in dry.output
    refused = tuicrm("merge", "Ada Lovelace", "ada@home.example")  # no terminal, no --yes
    assert refused.exit_code == 1 and "--yes" in refused.output
    done = tuicrm("merge", "Ada Lovelace", "ada@home.example", "--take", "city", "--yes")
    assert done.exit_code == 0, done.output
    assert done.output.splitlines()[-1].startswith("Merged Ada King")
    with db.read() as s:
        assert contacts.get_contact(session=s, contact_id=two["ada"]).contact.city == "Oxford"
    undone = tuicrm("merge", "--undo")
    assert undone.exit_code == 0, undone.output
    with db.read() as s:
        assert contacts.get_contact(session=s, contact_id=two["copy"]).contact.city == "Oxford"
        assert contacts.get_contact(session=s, contact_id=two["ada"]).contact.city == "London"


@pytest.mark.postgres
def test_merge_and_undo_on_postgres(pg_db: Database) -> None:
    with pg_db.write() as s:
        a = contacts.create_contact(session=s, data={"name": "Ada", "emails": ["a@x.org"]}).id
        b = contacts.create_contact(session=s, data={"name": "Ada L", "phones": ["555 0100"]}).id
        sales.create_sale(session=s, data={"contact_id": b, "sold_at": WHEN, "lines": [
            {"description": "x", "unit_price_minor": 100}]})
    with pg_db.write() as s:
        merge_contacts(session=s, kept_id=a, merged_id=b)
    with pg_db.read() as s:
        assert contacts.get_contact(session=s, contact_id=a).phones == ["555 0100"]
        assert contacts.history_counts(session=s, contact_id=a)["sales"] == 1
    with pg_db.write() as s:
        undo_merge(session=s)
    with pg_db.read() as s:
        assert contacts.history_counts(session=s, contact_id=b)["sales"] == 1


def test_a_merged_contact_can_still_be_erased(db: Database, db_path: Path,
                                              two: dict[str, int]) -> None:
    with db.write() as s:
        merge_contacts(session=s, kept_id=two["ada"], merged_id=two["copy"])
    result = CliRunner().invoke(main, ["--db", str(db_path), "erase", str(two["ada"]), "--yes"])
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM contact_merge").fetchone() == (0,)
