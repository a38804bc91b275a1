"""Sections built in idle time after start-up (ui/sections_ahead.py): shown at
once when opened, and never stale, unfocused or in an old theme for having
been built unseen."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from textual.widgets import DataTable, Header, Input

from tuicrm.db import Database
from tuicrm.ui import sections_ahead
from tuicrm.ui.app import CrmApp
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.screens.dashboard import TodayScreen

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def built_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(CrmApp, "build_sections_ahead", True)
    monkeypatch.setattr(sections_ahead, "FIRST_DELAY", 0.05)
    monkeypatch.setattr(sections_ahead, "PAUSE", 0.01)


def unseen(app: CrmApp, mode: str):  # noqa: ANN201 - a screen of the given mode
    """The screen of ``mode``, built but maybe never shown."""
    stack = app._screen_stacks.get(mode)
    return stack[0] if stack else None


def contacts_loaded(app: CrmApp) -> bool:
    screen = unseen(app, "contacts")
    return screen is not None and screen.query_one("#contacts-table", DataTable).row_count > 0


async def test_a_section_built_ahead_shows_its_rows_without_reading_again(
        people_db, make_app, ui):
    app = make_app(people_db, start=None)  # home: Today
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        assert isinstance(app.screen, TodayScreen)  # built, not shown
        assert {m for m in sections_ahead.AHEAD} <= set(app._screen_stacks)
        assert not {"reports", "calendar"} & set(app._screen_stacks)  # built when opened
        built = unseen(app, "contacts")

        reads: list[str] = []
        engine = app.database.engine  # type: ignore[union-attr]

        def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
            reads.append(statement)

        sa.event.listen(engine, "before_cursor_execute", count)
        try:
            await pilot.press("2")
            await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        finally:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert app.screen is built
        assert ui.table_names(app)[0] == "Ada Lovelace"
        assert ui.status_text(app).startswith("Contacts 1–4 of 4")
        assert not [s for s in reads if "contact" in s.lower()], reads


async def test_focus_stays_put_while_sections_are_built(people_db, make_app, ui):
    app = make_app(people_db)  # on Contacts
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        table = app.screen.query_one("#contacts-table")
        assert app.focused is table
        await ui.wait_until(pilot, lambda: app.sections_ahead.done
                            and unseen(app, "dashboard") is not None)
        assert app.focused is table
        await pilot.press("slash", "g", "r")
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])


async def test_a_section_built_ahead_has_the_focus_and_keys_once_opened(
        people_db, make_app, ui):
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        assert app.focused is app.screen.query_one("#contacts-table")
        await pilot.press("slash", "g", "r")
        assert isinstance(app.focused, Input)
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])


async def test_a_change_made_after_a_section_was_built_shows_when_it_is_opened(
        people_db, db_path, make_app, ui):
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        other = Database.open(db_path)  # another terminal adds someone
        try:
            ui.add_contacts(other, ["Barbara Liskov"])
        finally:
            other.dispose()
        app.data_changed()  # as when the app notices that commit
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: "Barbara Liskov" in ui.table_names(app))


async def test_a_theme_chosen_after_a_section_was_built_is_the_one_it_shows(
        people_db, make_app, ui):
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        before = app.screen.query_one(Header).styles.background
        app.theme = "gruvbox" if app.theme != "gruvbox" else "nord"
        await pilot.pause()
        today_header = app.screen.query_one(Header).styles.background
        assert today_header != before
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        assert app.screen.query_one(Header).styles.background == today_header


async def test_a_section_opened_before_its_turn_is_not_built_twice(
        people_db, make_app, ui, monkeypatch):
    monkeypatch.setattr(sections_ahead, "FIRST_DELAY", 0.5)
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await ui.wait_loaded(pilot)
        opened = app.screen
        assert not app.sections_ahead.done
        await ui.wait_until(pilot, lambda: app.sections_ahead.done)
        assert app._screen_stacks["contacts"] == [opened]
        await pilot.press("1")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen))
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: app.screen is opened)


async def test_a_section_built_ahead_fits_a_terminal_resized_since(people_db, make_app, ui):
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        wide = unseen(app, "contacts").query_one("#contacts-table", DataTable)
        assert sum(c.get_render_width(wide) for c in wide.columns.values()) > 80
        await pilot.resize_terminal(80, 30)
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        table = app.screen.query_one("#contacts-table", DataTable)
        await ui.wait_until(pilot, lambda: sum(
            c.get_render_width(table) for c in table.columns.values()) <= 80)
        assert ui.table_names(app)[0] == "Ada Lovelace"
