"""Many contacts at once: tag, untag, owner, stage, archive, delete; undo; conflicts; views.

What a person would notice: the change reaches every selected contact in one
go and says how many; a contact someone else changed after it was selected
is left as it is and named; undo puts back exactly what the change did; a
saved view brings the list's search, filters and sort back by name.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tuicrm.db import Database
from tuicrm.errors import ValidationError
from tuicrm.services import bulk_edits, contacts, history, sales, saved_views, team


@pytest.fixture
def crowd(db: Database) -> dict[str, int]:
    with db.write() as s:
        made = {name: contacts.create_contact(session=s, data={"name": name, **data}).id
                for name, data in (("Ada", {"tags": ["vip"]}), ("Bo", {}), ("Cy", {}),
                                   ("Di", {"stage": "advocacy"}))}
        made["alice"] = team.create_member(session=s, data={"name": "Alice", "initials": "A",
                                                            "username": "alice"}).id
        sales.create_sale(session=s, data={
            "contact_id": made["Cy"], "sold_at": datetime(2026, 5, 1, tzinfo=UTC),
            "lines": [{"description": "x", "unit_price_minor": 100}]})
    return made


def state(db: Database, *names: str) -> dict[str, tuple]:
    with db.read() as s:
        rows = contacts.list_contacts(session=s, include_archived=True, limit=100).items
        found = {}
        for r in rows:
            if r.name in names:
                d = contacts.get_contact(session=s, contact_id=r.id)
                found[r.name] = (d.tags, d.contact.owner_id, d.contact.stage, r.archived)
        return found


def test_tag_owner_and_stage_reach_every_selected_contact_and_undo_puts_them_back(
        db: Database, crowd: dict[str, int]) -> None:
    ids = [crowd[n] for n in ("Ada", "Bo", "Di")]
    before = state(db, "Ada", "Bo", "Di")
    results = []
    for action, value in (("tag", "VIP"), ("owner", crowd["alice"]), ("stage", "nurturing")):
        with db.write() as s:
            results.append(bulk_edits.bulk_edit(session=s, ids=ids, action=action, value=value))
    assert results[0].summary() == "Tagged 2 contacts; 1 already so"
    assert state(db, "Ada", "Bo", "Di") == {
        "Ada": (["vip"], crowd["alice"], "nurturing", False),
        "Bo": (["vip"], crowd["alice"], "nurturing", False),
        "Di": (["vip"], crowd["alice"], "nurturing", False)}
    with db.read() as s:
        said = history.changes(session=s, kind="contact", record_id=crowd["Bo"])
    assert {(c.field, c.via) for c in said} >= {("tags", "bulk"), ("owner_id", "bulk")}
    for result in reversed(results):
        with db.write() as s:
            bulk_edits.undo_bulk_edit(session=s, result=result)
    assert state(db, "Ada", "Bo", "Di") == before


def test_archive_and_delete_and_their_undo(db: Database, crowd: dict[str, int]) -> None:
    with db.write() as s:
        deleted = bulk_edits.bulk_edit(session=s, ids=[crowd["Bo"], crowd["Cy"]],
                                       action="delete")
    assert deleted.summary() == "Deleted 2 contacts (1 archived: they have contracts or sales)"
    assert state(db, "Bo", "Cy") == {"Cy": ([], None, None, True)}
    with db.write() as s:
        bulk_edits.undo_bulk_edit(session=s, result=deleted)
    assert state(db, "Bo", "Cy") == {"Bo": ([], None, None, False), "Cy": ([], None, None, False)}


def test_a_contact_changed_since_it_was_selected_is_left_and_named(
        db: Database, crowd: dict[str, int]) -> None:
    with db.read() as s:
        seen = {r.id: r.version for r in contacts.list_contacts(session=s).items}
    with db.write() as s:
        s.info["actor_id"] = crowd["alice"]
        contacts.update_contact(session=s, contact_id=crowd["Bo"], changes={"city": "Oslo"},
                                expected_version=None)
    with db.write() as s:
        result = bulk_edits.bulk_edit(session=s, ids=[crowd["Ada"], crowd["Bo"]],
                                      action="untag", value="vip", versions=seen)
    assert result.summary() == ("Untagged 1 contact; 1 left as they are, changed by someone "
                                "else since you selected them: Bo (changed by Alice)")


def test_bad_values_are_refused_whole(db: Database, crowd: dict[str, int]) -> None:
    for action, value, words in (("tag", "  ", "a tag is"), ("owner", 999, "no such team"),
                                 ("stage", "sleepy", "not a journey stage")):
        with pytest.raises(ValidationError, match=words), db.write() as s:
            bulk_edits.bulk_edit(session=s, ids=[crowd["Ada"]], action=action, value=value)


def test_all_that_match_and_saved_views(db: Database, crowd: dict[str, int]) -> None:
    with db.read() as s:
        assert contacts.contact_ids(session=s, tag="vip") == [crowd["Ada"]]
        assert len(contacts.contact_ids(session=s)) == 4
    view = {"query": "a", "role": None, "owner_id": None, "stage": "advocacy", "tag": "",
            "sort": "newest"}
    with db.write() as s:
        saved_views.save_view(session=s, name="Advocates", view=view)
        saved_views.save_view(session=s, name="Advocates", view={**view, "sort": "name"})
    with db.read() as s:
        assert saved_views.views(session=s) == {"Advocates": {**view, "sort": "name"}}
    with pytest.raises(ValidationError, match="1 to 50 characters"), db.write() as s:
        saved_views.save_view(session=s, name="x" * 51, view=view)
    with db.write() as s:
        saved_views.delete_view(session=s, name="Advocates")
    with db.read() as s:
        assert saved_views.views(session=s) == {}
