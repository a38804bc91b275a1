"""Many contacts at once from the keyboard: mark, act, undo; and saved views from the palette."""

from __future__ import annotations

import sqlalchemy as sa
from tests.ui.test_shell import choose, palette_prompts
from textual.widgets import Input, OptionList

from tuicrm.services import contacts
from tuicrm.ui.screens.bulk_dialog import BulkDialog, SaveViewDialog

SIZE = (120, 40)


def tags(db) -> dict[str, list[str]]:
    with db.read() as s:
        found: dict[str, list[str]] = {}
        for name, tag in s.execute(sa.text(
                "SELECT c.name, t.tag FROM contact c LEFT JOIN contact_tag t "
                "ON t.contact_id = c.id WHERE c.deleted_at IS NULL ORDER BY c.name, t.tag")):
            found.setdefault(name, [])
            if tag:
                found[name].append(tag)
        return found


async def test_mark_three_tag_them_in_one_go_and_undo(db, db_path, make_app, ui):
    with db.write() as s:
        for name in ("Ada", "Bo", "Cy", "Di"):
            contacts.create_contact(session=s, data={"name": name})
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("space", "shift+down", "shift+down")  # Ada, Bo, Cy
        await ui.wait_until(pilot, lambda: "3 marked" in ui.status_text(app))
        await pilot.press("b")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, BulkDialog))
        await pilot.press("enter")  # Tag …
        await ui.wait_until(pilot, lambda: app.screen.query_one("#bulk-tag", Input).display)
        await pilot.press(*"met at expo", "enter")
        await ui.wait_until(pilot, lambda: tags(db)["Cy"] == ["met at expo"])
        assert tags(db) == {"Ada": ["met at expo"], "Bo": ["met at expo"],
                            "Cy": ["met at expo"], "Di": []}
        await ui.wait_until(pilot, lambda: "marked" not in ui.status_text(app))
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: tags(db) == {"Ada": [], "Bo": [], "Cy": [], "Di": []})


async def test_all_that_match_are_archived_and_a_view_is_saved_and_opened(
        db, db_path, make_app, ui):
    with db.write() as s:
        for name, tag in (("Ada", "cold"), ("Bo", "cold"), ("Cy", "warm")):
            contacts.create_contact(session=s, data={"name": name, "tags": [tag]})
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.screen.query_one("#filter-tag", Input).value = "cold"
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 2)
        app.screen.query_one("#contacts-table").focus()
        await pilot.press("v")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, SaveViewDialog))
        await pilot.press(*"Cold ones", "enter")
        await ui.wait_until(pilot, lambda: any("Saved the view Cold ones" in n.message
                                               for n in app._notifications))
        await pilot.press("ctrl+a", "b")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, BulkDialog))
        dialog = app.screen
        dialog.query_one("#bulk-actions", OptionList).highlighted = 4  # Archive
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: dialog.query_one("#bulk-values").display)
        await pilot.press("enter")  # Archive them
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, BulkDialog)
                            and ui.table_names(app) == [])
        app.screen.query_one("#filter-tag", Input).value = ""
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Cy"])
        await palette_prompts(pilot, ui, "cold", "View: Cold ones")
        await choose(pilot, "View: Cold ones")
        await ui.wait_until(pilot, lambda: app.screen.query_one(
            "#filter-tag", Input).value == "cold")
