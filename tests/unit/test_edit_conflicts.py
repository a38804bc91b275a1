"""Two people edit one record: nothing either saved is lost without a word.

Bob opens a record (the values his form starts from are its ``base``). Alice,
in another process on the same database (or, where the process makes no
difference to what is tested, a second connection of her own), changes it and
saves. Then Bob saves
everything his form holds, as the app does. Changes that do not clash are
merged and said; a clash on any field, list fields included, is refused with
both values, and only overwriting on purpose puts Bob's value over Alice's.
On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from typing import Any

import pytest

from tuicrm.core import Core, open_database
from tuicrm.errors import ConflictError
from tuicrm.services import contacts, meetings, sales

# Alice's process: load the record's current version and save her changes on it.
ALICE = r"""
import json, sys
from tuicrm.core import Core, open_database
target, kind, record_id, changes = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
db = open_database(target)
core = Core(db, username="alice")
if kind == "contact":
    version = core.people.contact_form(record_id)["version"]
    core.people.save_contact(record_id, changes, version)
elif kind == "meeting":
    version = core.records.meeting_form(record_id)["version"]
    core.records.save_meeting(record_id, changes, version)
elif kind == "sale":
    version = core.records.sale_form(record_id)["version"]
    core.records.save_sale(record_id, changes, version)
db.dispose()
"""

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def alice_saves(db, kind: str, record_id: int, changes: dict[str, Any]) -> None:
    """Alice's save, from a process of her own."""
    target = db.url.render_as_string(hide_password=False)
    subprocess.run([sys.executable, "-c", ALICE, target, kind, str(record_id), json.dumps(changes)],
                   check=True, timeout=60)


@pytest.fixture
def alice_here(any_db):
    """Alice's save through a connection of her own in this process (quicker)."""
    alice_db = open_database(any_db.url)
    alice = Core(alice_db, username="alice")

    def save(contact_id: int, changes: dict[str, Any]) -> None:
        alice.people.save_contact(contact_id, changes, contact_values(alice, contact_id)[1])

    yield save
    alice_db.dispose()


@pytest.fixture
def bob(any_db):
    core = Core(any_db, username="bob")
    core.people.sign_in("bob")
    return core


@pytest.fixture
def brewery(any_db) -> int:
    with any_db.write() as s:
        return contacts.create_contact(session=s, data={
            "name": "Blauwe Haven Brewery", "kind": "organisation", "website": "blauwe.example",
            "phones": ["+31 20 555 0100"], "emails": ["info@blauwe.example"],
            "tags": ["beer"]}).id


def contact_values(core: Core, contact_id: int) -> tuple[dict[str, Any], int]:
    """What Bob's contact form holds when it opens, in the shape it saves, and the version."""
    form = core.people.contact_form(contact_id)
    values = {name: form[name] for name in (
        "kind", "name", "job_title", "website", "street", "city", "region", "postal_code",
        "country", "notes", "emails", "phones", "tags", "owner_id", "stage", "source",
        "cadence_days")}
    values["organisation_id"] = form["organisation"][0]
    values["referred_by_id"] = form["referred_by"][0]
    return values, form["version"]


def stored_contact(core: Core, contact_id: int) -> dict[str, Any]:
    return contact_values(core, contact_id)[0]


LIST_EDITS = {
    # field: (Alice's list, Bob's list) after each changed the one entry differently
    "phones": (["+31 20 555 0199"], ["+31 20 555 0177"]),
    "emails": (["sales@blauwe.example"], ["hello@blauwe.example"]),
    "tags": (["brewery"], ["craft beer"]),
}


@pytest.mark.parametrize("field", sorted(LIST_EDITS))
def test_a_list_field_both_edited_is_a_clash_with_both_values(any_db, bob, brewery, field):
    base, version = contact_values(bob, brewery)
    theirs, mine = LIST_EDITS[field]
    alice_saves(any_db, "contact", brewery, {field: theirs, "city": "Amsterdam"})

    with pytest.raises(ConflictError) as refused:
        bob.people.save_contact(brewery, {**base, field: mine}, version, base)

    conflict = refused.value
    assert conflict.changed_by == "alice"
    assert [(c.field, c.mine, c.theirs) for c in conflict.clashes] == [(field, mine, theirs)]
    assert conflict.kept == ["city"]  # hers, and not a clash
    assert stored_contact(bob, brewery)[field] == theirs  # nothing of Bob's saved yet


@pytest.mark.parametrize("field", sorted(LIST_EDITS))
def test_overwriting_a_clash_keeps_her_other_changes(alice_here, bob, brewery, field):
    base, version = contact_values(bob, brewery)
    theirs, mine = LIST_EDITS[field]
    alice_here(brewery, {field: theirs, "website": "blauwehaven.example"})

    bob.people.save_contact(brewery, {**base, field: mine}, None, base)  # he chose "overwrite"

    stored = stored_contact(bob, brewery)
    assert stored[field] == mine
    assert stored["website"] == "blauwehaven.example"  # her change he never touched


@pytest.mark.parametrize("field, hers, his", [
    ("phones", "+31 20 555 0199", "+31 6 1234 5678"),
    ("emails", "sales@blauwe.example", "bob@blauwe.example"),
    ("tags", "brewery", "supplier"),
])
def test_entries_both_added_are_merged_and_said(alice_here, bob, brewery, field, hers, his):
    base, version = contact_values(bob, brewery)
    alice_here(brewery, {field: [*base[field], hers]})

    saved = bob.people.save_contact(brewery, {**base, field: [*base[field], his]}, version, base)

    assert set(stored_contact(bob, brewery)[field]) == {*base[field], hers, his}
    assert saved.merged is not None
    assert (saved.merged.fields, saved.merged.by) == ((field,), "alice")


def test_an_entry_she_removed_stays_removed_when_he_adds_one(alice_here, bob, brewery):
    base, version = contact_values(bob, brewery)
    alice_here(brewery, {"phones": []})

    bob.people.save_contact(brewery, {**base, "phones": [*base["phones"], "+31 6 1234 5678"]},
                            version, base)

    assert stored_contact(bob, brewery)["phones"] == ["+31 6 1234 5678"]


def test_a_plain_field_both_changed_is_a_clash_and_others_merge(alice_here, bob, brewery):
    base, version = contact_values(bob, brewery)
    alice_here(brewery, {"website": "alice.example", "city": "Utrecht"})

    with pytest.raises(ConflictError) as refused:
        bob.people.save_contact(brewery, {**base, "website": "bob.example"}, version, base)
    assert [(c.field, c.mine, c.theirs) for c in refused.value.clashes] == [
        ("website", "bob.example", "alice.example")]

    saved = bob.people.save_contact(brewery, {**base, "job_title": "Supplier"}, version, base)
    stored = stored_contact(bob, brewery)
    assert (stored["website"], stored["city"], stored["job_title"]) == (
        "alice.example", "Utrecht", "Supplier")
    assert set(saved.merged.fields) == {"website", "city"}


def test_the_same_change_by_both_is_no_clash(alice_here, bob, brewery):
    base, version = contact_values(bob, brewery)
    alice_here(brewery, {"phones": ["+31 20 555 0199"]})

    saved = bob.people.save_contact(brewery, {**base, "phones": ["+31 20 555 0199"]}, version, base)

    assert stored_contact(bob, brewery)["phones"] == ["+31 20 555 0199"]
    assert saved.merged is None


def test_a_save_without_what_it_started_from_still_refuses_a_newer_version(alice_here, bob, brewery):
    base, version = contact_values(bob, brewery)
    alice_here(brewery, {"city": "Utrecht"})

    with pytest.raises(ConflictError) as refused:
        bob.people.save_contact(brewery, {**base, "job_title": "Supplier"}, version)
    assert refused.value.clashes == []
    assert stored_contact(bob, brewery)["job_title"] == ""


# --- attendees and sale lines ---------------------------------------------------------


def _meeting(db, attendees: list[int]) -> int:
    with db.write() as s:
        return meetings.create_meeting(session=s, data={
            "title": "Tasting", "starts_at": T0, "duration_minutes": 60, "timezone": "UTC",
            "attendee_ids": attendees}).id


def _people(db, *names: str) -> list[int]:
    with db.write() as s:
        return [contacts.create_contact(session=s, data={"name": n}).id for n in names]


def test_attendees_both_added_are_merged_and_both_removed_clash(any_db, bob):
    ann, ben, cy, di = _people(any_db, "Ann", "Ben", "Cy", "Di")
    meeting_id = _meeting(any_db, [ann])
    loaded = bob.records.meeting_form(meeting_id)
    base = {"title": "Tasting", "starts_at": T0, "attendee_ids": [ann]}

    alice_saves(any_db, "meeting", meeting_id, {"attendee_ids": [ann, ben]})
    saved = bob.records.save_meeting(meeting_id, {**base, "attendee_ids": [ann, cy]},
                                     loaded["version"], base)[0]
    attendees = {i for i, _name in bob.records.meeting_form(meeting_id)["attendees"]}
    assert attendees == {ann, ben, cy}
    assert saved.merged.fields == ("attendee_ids",)

    loaded = bob.records.meeting_form(meeting_id)
    base = {**base, "attendee_ids": [ann, ben, cy]}
    alice_saves(any_db, "meeting", meeting_id, {"attendee_ids": [ann, cy]})  # she took Ben off
    with pytest.raises(ConflictError) as refused:  # he swapped Cy for Di
        bob.records.save_meeting(meeting_id, {**base, "attendee_ids": [ann, ben, di]},
                                 loaded["version"], base)
    assert [c.field for c in refused.value.clashes] == ["attendee_ids"]


def test_sale_lines_both_changed_clash_and_a_note_merges(any_db, bob):
    (ann,) = _people(any_db, "Ann")
    with any_db.write() as s:
        sale_id = sales.create_sale(session=s, data={
            "contact_id": ann, "sold_at": T0, "currency": "EUR",
            "lines": [{"description": "Crate", "quantity": 2, "unit_price_minor": 1500}]}).id
    version = bob.records.sale_form(sale_id)["version"]
    line = {"description": "Crate", "product_id": None, "quantity": 2, "unit_price_minor": 1500}
    base = {"contact_id": ann, "sold_at": T0, "currency": "EUR", "note": "", "lines": [line]}

    alice_saves(any_db, "sale", sale_id, {"lines": [{**line, "quantity": 3}]})
    with pytest.raises(ConflictError) as refused:
        bob.records.save_sale(sale_id, {**base, "lines": [{**line, "quantity": 5}]}, version, base)
    assert [c.field for c in refused.value.clashes] == ["lines"]

    saved = bob.records.save_sale(sale_id, {**base, "note": "paid at the door"}, version, base)
    with any_db.read() as s:
        detail = sales.get_sale(session=s, sale_id=sale_id)
    assert (detail.sale.note, [x.quantity for x in detail.lines]) == ("paid at the door", [3])
    assert saved.merged.fields == ("lines",)
