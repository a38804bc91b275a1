"""Pilot flows on the contacts list: forms, filters, sorting, delete and undo, conflicts."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from textual.widgets import DataTable, Input, Select

from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services import contacts, contracts, sales, team
from tuicrm.ui.forms.contact import ContactForm
from tuicrm.ui.screens.dialogs import ConfirmDialog, ConflictDialog

SIZE = (120, 40)


def names(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {name: id_ for id_, name in session.execute(
            sa.text("SELECT id, name FROM contact WHERE deleted_at IS NULL"))}


@pytest.fixture
def mixed_db(db, db_path):
    """A client, a customer, a lead, owned by two people, with tags and stages."""
    with db.write() as session:
        maya = team.create_member(session=session, data={"name": "Maya Brooks", "initials": "MB"})
        tom = team.create_member(session=session, data={"name": "Tom Okafor", "initials": "TO"})
        client = contacts.create_contact(session=session, data={
            "name": "Cleo Client", "owner_id": maya.id, "stage": "retention", "tags": ["vip"]})
        customer = contacts.create_contact(session=session, data={
            "name": "Cody Customer", "owner_id": tom.id, "stage": "engagement"})
        contacts.create_contact(session=session, data={
            "name": "Lee Lead", "owner_id": tom.id, "tags": ["vip", "cold"]})
        contracts.create_contract(session=session, data={
            "contact_id": client.id, "title": "Retainer", "start_date": "2026-01-01",
            "amount_minor": 100000, "currency": "EUR", "status": "active"})
        sales.create_sale(session=session, data={
            "contact_id": customer.id, "sold_at": "2026-11-01T10:00:00+00:00", "currency": "EUR",
            "lines": [{"description": "Mug", "unit_price_minor": 1200}]})
    return db_path


async def test_create_edit_delete_and_undo_a_contact(people_db, make_app, ui, db):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm))
        await pilot.press(*"Barbara Liskov")
        form = app.screen
        form.query_one("#input-emails", Input).value = "barbara@mit.example, bad-address"
        await pilot.pause()
        assert "'bad-address' is not an email address" in ui.widget_text(
            form.query_one("#field-emails .field--error"))
        assert form.query_one("#form-save").disabled
        await pilot.press("ctrl+s")  # blocked: nothing saved, what was typed kept
        assert isinstance(app.screen, ContactForm)
        assert form.query_one("#input-name", Input).value == "Barbara Liskov"
        assert "Barbara Liskov" not in names(db)
        form.query_one("#input-emails", Input).value = "barbara@mit.example"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "Barbara Liskov" in ui.table_names(app))
        assert "Contact created." in [n.message for n in app._notifications]
        # the new contact is selected? at least listed; now edit it
        table = app.screen.query_one("#contacts-table", DataTable)
        table.move_cursor(row=ui.table_names(app).index("Barbara Liskov"))
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm)
                            and app.screen.loaded)
        assert app.screen.query_one("#input-emails", Input).value == "barbara@mit.example"
        app.screen.query_one("#input-name", Input).value = "Barbara H. Liskov"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "Barbara H. Liskov" in ui.table_names(app))
        # the edited row stays selected after the reload
        assert ui.table_names(app)[table.cursor_row] == "Barbara H. Liskov"
        # delete asks, then deletes; ctrl+z brings it back
        await pilot.press("d")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: "Barbara H. Liskov" not in ui.table_names(app))
        assert "Barbara H. Liskov" not in names(db)
        assert any("ctrl+z" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: "Barbara H. Liskov" in ui.table_names(app))
        assert "Barbara H. Liskov" in names(db)


async def test_cancel_with_changes_asks_before_discarding(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm))
        await pilot.press(*"Half typed")
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")  # keep editing: the text is still there
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm))
        assert app.screen.query_one("#input-name", Input).value == "Half typed"
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, (ContactForm,
                                                                        ConfirmDialog)))


async def test_deleting_a_contact_with_history_archives_it(mixed_db, make_app, ui, db):
    app = make_app(mixed_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        table = app.screen.query_one("#contacts-table", DataTable)
        table.move_cursor(row=ui.table_names(app).index("Cleo Client"))
        await pilot.press("d")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = ui.widget_text(app.screen.query_one(".dialog--question"))
        assert "1 contract" in question and "archived instead" in question
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: "Cleo Client" not in ui.table_names(app))
        with db.read() as session:
            archived, deleted = session.execute(sa.text(
                "SELECT archived_at, deleted_at FROM contact WHERE name = 'Cleo Client'")).one()
            assert archived is not None and deleted is None
            assert session.execute(sa.text("SELECT count(*) FROM contract "
                                           "WHERE deleted_at IS NULL")).scalar_one() == 1
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: "Cleo Client" in ui.table_names(app))


@pytest.mark.parametrize(("select_id", "value", "expected"), [
    ("#filter-role", "client", ["Cleo Client"]),
    ("#filter-role", "customer", ["Cody Customer"]),
    ("#filter-role", "lead", ["Lee Lead"]),
    ("#filter-stage", "engagement", ["Cody Customer"]),
])
async def test_each_filter_narrows_the_list(mixed_db, make_app, ui, select_id, value, expected):
    app = make_app(mixed_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        assert len(ui.table_names(app)) == 3
        app.screen.query_one(select_id, Select).value = value
        await ui.wait_until(pilot, lambda: ui.table_names(app) == expected)
        assert ui.status_text(app).startswith("Contacts 1–1 of 1")
        await pilot.press("escape")  # no search to clear: Esc clears the filters
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 3)


async def test_owner_and_tag_filters(mixed_db, make_app, ui, db):
    app = make_app(mixed_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        owner = app.screen.query_one("#filter-owner", Select)
        await ui.wait_until(pilot, lambda: len(owner._options) > 2)
        tom = next(v for label, v in owner._options if getattr(label, "plain", label) == "Tom Okafor")
        owner.value = tom
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Cody Customer", "Lee Lead"])
        await pilot.press("f")  # focus the filter bar, then type a tag
        app.screen.query_one("#filter-tag", Input).value = "vip"
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Lee Lead"])
        assert "tag vip" in ui.status_text(app)


async def test_sorting_by_name_and_by_age(mixed_db, make_app, ui):
    app = make_app(mixed_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        assert ui.table_names(app) == ["Cleo Client", "Cody Customer", "Lee Lead"]
        await pilot.press("s")  # Z-A
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Lee Lead", "Cody Customer",
                                                                   "Cleo Client"])
        await pilot.press("s")  # newest first
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Lee Lead")
        await pilot.press("s")  # oldest first
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Cleo Client")


async def test_a_stale_save_shows_both_versions(people_db, make_app, ui, db):
    ada = names(db)["Ada Lovelace"]
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.push_screen(ContactForm(ada))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm)
                            and app.screen.loaded)
        # someone else saves Ada from another terminal meanwhile
        other = open_database(people_db)
        try:
            with other.write() as session:
                contacts.update_contact(session=session, contact_id=ada,
                                        changes={"job_title": "Analyst"}, expected_version=1)
        finally:
            other.dispose()
        form = app.screen
        form.query_one("#input-job_title", Input).value = "Countess"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        text = _dialog_text(app.screen)
        assert "Countess" in text and "Analyst" in text
        with db.read() as session:  # nothing saved yet
            assert contacts.get_contact(session=session, contact_id=ada).contact.job_title \
                == "Analyst"
        await pilot.press("r")  # reload theirs
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm) and
                            app.screen.loaded and
                            form.query_one("#input-job_title", Input).value == "Analyst")
        form.query_one("#input-job_title", Input).value = "Countess"
        await pilot.pause()
        await pilot.press("ctrl+s")  # now from the current version: saves
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, ContactForm))
        with db.read() as session:
            assert contacts.get_contact(session=session, contact_id=ada).contact.job_title \
                == "Countess"


def _alice_saves(path, contact_id: int, changes: dict) -> None:
    """Alice, in another terminal on the same file, saves her edit of the contact."""
    from tuicrm.core import Core

    other = open_database(path)
    try:
        alice = Core(other, username="alice")
        alice.people.save_contact(contact_id, changes,
                                  alice.people.contact_form(contact_id)["version"])
    finally:
        other.dispose()


def _dialog_text(dialog) -> str:
    from rich.console import Console

    table = dialog.query_one("#conflict-table")
    console = Console(width=110, record=True)
    console.print(table.content if hasattr(table, "content") else table.renderable)
    return console.export_text()


async def test_a_phone_clash_shows_both_lists_and_keeps_her_other_change(
        people_db, make_app, ui, db):
    ada = names(db)["Ada Lovelace"]
    with db.write() as session:
        contacts.update_contact(session=session, contact_id=ada,
                                changes={"phones": ["+44 20 7946 0000"]}, expected_version=None)
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.push_screen(ContactForm(ada))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm)
                            and app.screen.loaded)
        form = app.screen
        # both change her one number, each to another one
        _alice_saves(people_db, ada, {"phones": ["+44 20 7946 0001"], "website": "ada.example"})
        form.query_one("#input-phones", Input).value = "+44 20 7946 0999"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        text = _dialog_text(app.screen)
        assert "+44 20 7946 0999" in text and "+44 20 7946 0001" in text  # mine, hers
        assert "Website" in text  # hers, kept either way
        await pilot.press("o")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, (ContactForm,
                                                                        ConflictDialog)))
    with db.read() as session:
        detail = contacts.get_contact(session=session, contact_id=ada)
    assert detail.phones == ["+44 20 7946 0999"]  # mine, chosen
    assert detail.contact.website == "ada.example"  # hers, never a clash


async def test_phones_both_added_are_merged_and_said(people_db, make_app, ui, db):
    ada = names(db)["Ada Lovelace"]
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.push_screen(ContactForm(ada))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm)
                            and app.screen.loaded)
        _alice_saves(people_db, ada, {"phones": ["+44 20 7946 0001"]})
        app.screen.query_one("#input-phones", Input).value = "+44 20 7946 0999"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, ContactForm))
        said = [n.message for n in app._notifications if n.title == "Merged"]
        assert said == ["Merged with alice's changes, kept as they saved them: Phones."]
    with db.read() as session:
        assert contacts.get_contact(session=session, contact_id=ada).phones == [
            "+44 20 7946 0999", "+44 20 7946 0001"]


async def test_overwrite_is_a_deliberate_choice(people_db, make_app, ui, db):
    ada = names(db)["Ada Lovelace"]
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.push_screen(ContactForm(ada))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm)
                            and app.screen.loaded)
        with db.write() as session:  # a second session changes Ada first
            contacts.update_contact(session=session, contact_id=ada,
                                    changes={"city": "London"}, expected_version=1)
        app.screen.query_one("#input-city", Input).value = "Paris"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.press("o")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, (ContactForm,
                                                                        ConflictDialog)))
        with db.read() as session:
            assert contacts.get_contact(session=session, contact_id=ada).contact.city == "Paris"


async def test_an_unexpected_failure_on_save_is_reported_and_the_form_stays(
        people_db, make_app, ui, monkeypatch):
    def broken(**_kwargs):
        raise RuntimeError("the disk caught fire")

    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactForm))
        await pilot.press(*"Edsger Dijkstra")
        monkeypatch.setattr(contacts, "create_contact", broken)
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: any("disk caught fire" in n.message
                                               for n in app._notifications))
        form = app.screen
        assert isinstance(form, ContactForm)  # nothing typed is lost
        assert form.query_one("#input-name", Input).value == "Edsger Dijkstra"
        assert not form.query_one("#form-save").disabled  # and it can be tried again
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "Edsger Dijkstra" in ui.table_names(app))


async def test_the_filtered_list_exports_to_a_private_csv(mixed_db, make_app, ui, db,
                                                          private_environment):
    import csv
    import stat

    with db.write() as session:
        contacts.create_contact(session=session, data={"name": "=HYPERLINK(\"x\")",
                                                       "tags": ["vip"]})
    app = make_app(mixed_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.screen.query_one("#filter-tag", Input).value = "vip"
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 3)
        await pilot.press("ctrl+e")
        await ui.wait_until(pilot, lambda: any("Exported 3 rows" in n.message
                                               for n in app._notifications))
    [path] = (private_environment / "exports").glob("contacts-*.csv")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["Name", "Kind", "Organisation", "Job Title", "Emails"]
    assert len(rows[0]) == 23  # every column a contact has
    assert sorted(r[0] for r in rows[1:]) == ["'=HYPERLINK(\"x\")", "Cleo Client", "Lee Lead"]
