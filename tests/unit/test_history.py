"""Field history: every change to a record, with who, when and through what,
and putting a field back. On SQLite and PostgreSQL where the SQL differs."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tuicrm.cli import main
from tuicrm.core import Core, open_database
from tuicrm.errors import ConflictError, CrmError
from tuicrm.models import FieldChange
from tuicrm.services import contracts, meetings, sales

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
PINNED_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)  # tests/conftest.py's


@pytest.fixture
def alice(any_db) -> Core:
    return Core(any_db, username="alice")


def _contact(core: Core, **data) -> int:
    return core.people.save_contact(None, {"name": "Blauwe Haven Brewery", **data}, None).id


def _edit(core: Core, contact_id: int, **changes) -> None:
    form = core.people.contact_form(contact_id)
    core.people.save_contact(contact_id, {**form["base"], **changes}, form["version"],
                             form["base"])


def _fields(core: Core, kind: str, record_id: int) -> list[tuple]:
    return [(c.field, c.old, c.new, c.by, c.via)
            for c in core.history.of(kind, record_id)]


def test_a_form_edit_records_each_changed_field_with_who_when_and_how(alice):
    brewery = _contact(alice, city="Rotterdam", phones=["+31 10 159 5641"], tags=["print"])
    assert alice.history.of("contact", brewery) == []  # creating is not a change

    _edit(alice, brewery, city="Amsterdam", phones=["+31 10 159 0001"], tags=["print", "beer"])

    assert sorted(_fields(alice, "contact", brewery)) == [
        ("city", "Rotterdam", "Amsterdam", "alice", "form"),
        ("phones", ["+31 10 159 5641"], ["+31 10 159 0001"], "alice", "form"),
        ("tags", ["print"], ["print", "beer"], "alice", "form"),
    ]  # the fields left alone are not there
    at = {c.at for c in alice.history.of("contact", brewery)}
    assert len(at) == 1 and abs((at.pop() - PINNED_NOW).total_seconds()) < 600


def test_a_delete_and_its_undo_are_recorded(alice):
    brewery = _contact(alice)
    alice.removal.delete("contact", brewery, None)
    alice.removal.restore("contact", brewery)

    changes = alice.history.of("contact", brewery)
    assert [(c.field, c.via, c.new is None) for c in changes] == [
        ("deleted_at", "undo", True), ("deleted_at", "command", False)]
    assert not any(c.restorable for c in changes)  # the undo takes a delete back


def test_a_field_is_put_back_and_the_restore_is_recorded(alice):
    brewery = _contact(alice, website="blauwe.example")
    _edit(alice, brewery, website="wrong.example")
    (change,) = alice.history.of("contact", brewery)
    assert change.restorable

    alice.history.restore(change.id)

    assert alice.people.contact_form(brewery)["website"] == "blauwe.example"
    assert _fields(alice, "contact", brewery)[0] == (
        "website", "wrong.example", "blauwe.example", "alice", "restore")


def test_putting_back_a_field_changed_again_since_is_a_conflict_unless_chosen(any_db, alice):
    brewery = _contact(alice, phones=["+31 10 159 5641"])
    _edit(alice, brewery, phones=["+31 10 159 0001"])
    (first,) = alice.history.of("contact", brewery)
    bob_db = open_database(any_db.url)  # Bob's own app, on the same data
    try:
        _edit(Core(bob_db, username="bob"), brewery, phones=["+31 10 159 0999"])
    finally:
        bob_db.dispose()

    with pytest.raises(ConflictError) as refused:
        alice.history.restore(first.id)
    assert refused.value.changed_by == "bob"
    assert [(c.field, c.mine, c.theirs) for c in refused.value.clashes] == [
        ("phones", ["+31 10 159 5641"], ["+31 10 159 0999"])]
    assert alice.people.contact_form(brewery)["phones"] == ["+31 10 159 0999"]

    alice.history.restore(first.id, overwrite=True)
    assert alice.people.contact_form(brewery)["phones"] == ["+31 10 159 5641"]


def test_putting_back_what_the_field_already_holds_says_so(alice):
    brewery = _contact(alice, city="Rotterdam")
    _edit(alice, brewery, city="Amsterdam")
    _edit(alice, brewery, city="Rotterdam")
    first = alice.history.of("contact", brewery)[-1]
    with pytest.raises(CrmError, match="already holds the value"):
        alice.history.restore(first.id)


def test_a_contract_ended_is_recorded_but_only_its_terms_are_put_back(alice, any_db):
    client = _contact(alice)
    with any_db.write() as s:
        contract_id = contracts.create_contract(session=s, data={
            "contact_id": client, "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 1), "amount_minor": 100000, "currency": "EUR"}).id
    form = alice.records.contract_form(contract_id, ())
    alice.records.save_contract(contract_id, {"amount_minor": 120000}, form["version"],
                                form["base"])
    version = alice.records.contract_form(contract_id, ())["version"]
    alice.contract_flows.end(contract_id, date(2026, 11, 30), terminated=False,
                             expected_version=version)

    changes = {c.field: c for c in alice.history.of("contract", contract_id)}
    assert (changes["amount_minor"].old, changes["amount_minor"].new) == (100000, 120000)
    assert (changes["status"].old, changes["status"].new) == ("active", "ended")
    assert changes["ended_on"].new == "2026-11-30"
    assert changes["amount_minor"].restorable and not changes["status"].restorable
    with pytest.raises(CrmError, match="not put back"):
        alice.history.restore(changes["status"].id)


def test_attendees_and_sale_lines_are_recorded_whole(any_db, alice):
    ann, ben = _contact(alice, name="Ann"), _contact(alice, name="Ben")
    with any_db.write() as s:
        meeting_id = meetings.create_meeting(session=s, data={
            "title": "Tasting", "starts_at": T0, "duration_minutes": 60, "timezone": "UTC",
            "attendee_ids": [ann]}).id
        sale_id = sales.create_sale(session=s, data={
            "contact_id": ann, "sold_at": T0, "currency": "EUR",
            "lines": [{"description": "Crate", "quantity": 2, "unit_price_minor": 1500}]}).id
    form = alice.records.meeting_form(meeting_id)
    alice.records.save_meeting(meeting_id, {**form["base"], "attendee_ids": [ann, ben]},
                               form["version"], form["base"])
    form = alice.records.sale_form(sale_id)
    line = form["base"]["lines"][0]
    alice.records.save_sale(sale_id, {**form["base"], "lines": [{**line, "quantity": 3}]},
                            form["version"], form["base"])

    assert _fields(alice, "meeting", meeting_id) == [
        ("attendee_ids", [ann], [ann, ben], "alice", "form")]
    ((field, old, new, _by, _via),) = _fields(alice, "sale", sale_id)
    assert (field, old[0]["quantity"], new[0]["quantity"]) == ("lines", 2, 3)
    (change,) = alice.history.of("sale", sale_id)
    alice.history.restore(change.id)
    assert alice.records.sale_form(sale_id)["lines"][0]["quantity"] == 2


# --- the command line ---------------------------------------------------------------


def _cli(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


def test_an_import_records_who_ran_it_and_its_run(db, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("TUICRM_USER", "carol")
    core = Core(db, username="dave")
    ada = core.people.save_contact(None, {"name": "Ada Lovelace", "emails": ["ada@example.org"],
                                          "city": "London"}, None).id
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Email,City\nAda Lovelace,ada@example.org,Paris\n")
    result = _cli(db_path, "import", str(csv), "--mode", "upsert")
    assert result.exit_code == 0, result.output

    (change,) = [c for c in core.history.of("contact", ada) if c.field == "city"]
    assert (change.old, change.new, change.by, change.via) == ("London", "Paris", "carol",
                                                               "import")
    assert change.import_run_id == core.imports.last().id


def test_the_history_command_prints_changes_cleanly_and_as_json(db, db_path):
    core = Core(db, username="alice")
    brewery = _contact(core, city="Rotterdam")
    _edit(core, brewery, city="Amsterdam")
    with db.write() as s:  # a value another program wrote, with terminal controls in it
        s.execute(sa.insert(FieldChange).values(
            record_kind="contact", record_id=brewery, field_name="notes",
            old_value=json.dumps("\x1b[2Jwiped"), new_value=json.dumps("ok\x07"),
            changed_at=T0, via="form"))

    text = _cli(db_path, "history", "contact", str(brewery))
    assert text.exit_code == 0, text.output
    assert "alice via form  city: Rotterdam → Amsterdam" in text.output
    assert "\x1b" not in text.output and "\x07" not in text.output

    as_json = _cli(db_path, "history", "contact", str(brewery), "--json")
    rows = json.loads(as_json.output)
    assert [(r["field"], r["old"], r["new"], r["by"], r["via"]) for r in rows][-1] == (
        "city", "Rotterdam", "Amsterdam", "alice", "form")

    none = _cli(db_path, "history", "sale", "999")
    assert none.exit_code == 0 and "No recorded changes to sale 999" in none.output


def test_erase_removes_the_persons_history(db, db_path):
    core = Core(db, username="alice")
    brewery = _contact(core, city="Rotterdam", emails=["info@blauwe.example"])
    _edit(core, brewery, city="Amsterdam")
    result = _cli(db_path, "erase", str(brewery), "--yes")
    assert result.exit_code == 0, result.output
    assert "1 recorded change" in result.output
    with db.read() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(FieldChange)).scalar() == 0


def test_a_meeting_edit_records_only_what_changed(any_db, alice):
    """The form lists attendees by name, the database by id: another order of the same
    people is no change to record."""
    ann, ben = _contact(alice, name="Zoe"), _contact(alice, name="Ann")
    with any_db.write() as s:
        meeting_id = meetings.create_meeting(session=s, data={
            "title": "Tasting", "starts_at": T0, "duration_minutes": 60, "timezone": "UTC",
            "attendee_ids": [ann, ben]}).id
    form = alice.records.meeting_form(meeting_id)
    alice.records.save_meeting(meeting_id, {**form["base"], "title": "Tasting II",
                                            "attendee_ids": [ben, ann]},
                               form["version"], form["base"])
    assert [c.field for c in alice.history.of("meeting", meeting_id)] == ["title"]


def test_the_personal_data_export_holds_the_history_of_their_records(db, db_path, tmp_path):
    core = Core(db, username="alice")
    ann = _contact(core, name="Ann", emails=["ann@example.org"])
    with db.write() as s:
        sale_id = sales.create_sale(session=s, data={
            "contact_id": ann, "sold_at": T0, "currency": "EUR", "note": "first",
            "lines": [{"description": "Crate", "unit_price_minor": 1500}]}).id
    form = core.records.sale_form(sale_id)
    core.records.save_sale(sale_id, {**form["base"], "note": "second"}, form["version"],
                           form["base"])
    out = tmp_path / "ann.json"
    result = _cli(db_path, "export", "--json", str(out), "--contact", "ann@example.org")
    assert result.exit_code == 0, result.output
    held = json.loads(out.read_text())
    assert [(h["record_kind"], h["field_name"]) for h in held["history"]] == [("sale", "note")]


def test_links_are_named_in_the_history(db, db_path):
    core = Core(db, username="alice")
    acme = _contact(core, name="Acme Ltd", kind="organisation")
    ada = _contact(core, name="Ada")
    _edit(core, ada, organisation_id=acme)
    result = _cli(db_path, "history", "contact", str(ada))
    assert "organisation: — → Acme Ltd" in result.output
    rows = json.loads(_cli(db_path, "history", "contact", str(ada), "--json").output)
    assert rows[0]["new"] == acme  # scripts get the id
