"""Sections built in idle time after start-up (ui/sections_ahead.py): shown at
once when opened, and never stale, unfocused or in an old theme for having
been built unseen."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from textual import events
from textual.widgets import DataTable, Header, Input, Static

from tuicrm import errors
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services import sales
from tuicrm.ui import sections_ahead
from tuicrm.ui.app import CrmApp
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.screens.dashboard import TodayScreen
from tuicrm.ui.screens.purchases import PurchasesScreen

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


def status_of(screen: object) -> str:
    for selector in ("#section-status", "#contacts-status"):
        found = screen.query(selector)  # type: ignore[attr-defined]
        if found:
            content = found.first(Static).content
            return getattr(content, "plain", str(content))
    return ""


def first_name(screen: object) -> str:
    table = screen.query_one("#contacts-table", DataTable)  # type: ignore[attr-defined]
    return table.get_row_at(0)[0].plain if table.row_count else ""


def built(app: CrmApp, screen_class: type) -> object | None:
    """The app's screen of that class, built (maybe never shown), if any."""
    return next((stack[0] for stack in app._screen_stacks.values()
                 if stack and isinstance(stack[0], screen_class)), None)


def contacts_loaded(app: CrmApp) -> bool:
    screen = unseen(app, "contacts")
    return screen is not None and screen.query_one("#contacts-table", DataTable).row_count > 0


@contextmanager
def statements(app: CrmApp) -> Iterator[list[str]]:
    """Every SQL statement the app runs meanwhile (the change watch's look aside)."""
    seen: list[str] = []
    engine = app.database.engine  # type: ignore[union-attr]

    def note(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if "data_version" not in statement:
            seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)


@pytest.fixture
def sold_db(people_db: Path, db: Database) -> Path:
    """people_db, and a sale to Ada, so the purchase log has a row."""
    from tuicrm.services.contacts import list_contacts

    with db.write() as session:
        ada = next(r.id for r in list_contacts(session=session) if r.name == "Ada Lovelace")
        sales.create_sale(session=session, data={
            "contact_id": ada, "sold_at": datetime(2026, 3, 1, 12, tzinfo=timezone.utc),
            "currency": "EUR", "lines": [{"description": "Print", "quantity": 1,
                                          "unit_price_minor": 1250}]})
    return people_db


@pytest.mark.parametrize(("start", "key", "screen_class", "shows"), [
    (None, "2", ContactsScreen, lambda screen: first_name(screen) == "Ada Lovelace"),
    ("contracts", "1", TodayScreen, lambda screen: "gone quiet" in status_of(screen)),
    ("contracts", "5", PurchasesScreen,
     lambda screen: status_of(screen).startswith("Sales 1–1")),
])
async def test_a_section_built_ahead_shows_its_rows_without_reading_again(
        sold_db, make_app, ui, start, key, screen_class, shows):
    app = make_app(sold_db, start=start)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and (
            (screen := built(app, screen_class)) is not None and shows(screen)))
        assert not isinstance(app.screen, screen_class)  # built, not shown
        assert set(sections_ahead.AHEAD) <= set(app._screen_stacks)
        assert not {"reports", "calendar"} & set(app._screen_stacks)  # built when opened
        ahead = built(app, screen_class)
        with statements(app) as seen:
            await pilot.press(key)
            await ui.wait_until(pilot, lambda: isinstance(app.screen, screen_class))
            assert app.screen is ahead
            assert shows(app.screen)
        assert not seen, seen


async def test_a_section_built_ahead_is_drawn_at_once_with_no_frame_held(
        people_db, make_app, ui):
    """Textual holds every frame for 50 ms on a mode switch (to hide a half-made
    screen); a section built ahead is whole, so tuicrm does not: the switch's
    first frame reaches the terminal, none is made and thrown away."""
    app = make_app(people_db, start="contracts")
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        display = app._display
        frames: list[bool] = []  # each ContactsScreen frame: was it held back?

        def noted(screen: object, renderable: object) -> None:
            if isinstance(screen, ContactsScreen) and renderable is not None:
                frames.append(bool(app._batch_count))
            display(screen, renderable)

        app._display = noted
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen) and frames)
        app._display = display
        assert frames and not any(frames), frames


async def test_the_first_section_is_not_read_again_when_shown_again(sold_db, make_app, ui):
    app = make_app(sold_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done
                            and "gone quiet" in status_of(app.screen))
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        with statements(app) as seen:
            await pilot.press("1")
            await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen))
        assert not seen, seen


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
        other = open_database(db_path)  # another terminal adds someone
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
    # Long enough that Contacts is open before its turn even on a loaded machine
    # (0.5 s was not, with four test workers on two cores).
    monkeypatch.setattr(sections_ahead, "FIRST_DELAY", 2.0)
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


async def test_purchases_built_ahead_fit_a_terminal_narrowed_since(sold_db, make_app, ui):
    app = make_app(sold_db, start=None)
    async with app.run_test(size=(160, 40)) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and (
            (screen := built(app, PurchasesScreen)) is not None
            and status_of(screen).startswith("Sales 1–1")))
        assert built(app, PurchasesScreen).query_one("#purchases-side").display  # wide: beside
        await pilot.resize_terminal(90, 30)
        await pilot.press("5")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
        table = app.screen.query_one("#purchases-table", DataTable)
        await ui.wait_until(pilot, lambda: not app.screen.query_one("#purchases-side").display)
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 90
        assert table.row_count == 1


async def test_a_section_built_while_the_terminal_had_no_focus_shows_as_it_has_now(
        people_db, make_app, ui, monkeypatch):
    """Textual fades the header's title while the terminal has no focus; a section
    built then must not keep that look once the focus is back."""
    from textual.widgets._header import HeaderTitle

    monkeypatch.setattr(sections_ahead, "FIRST_DELAY", 0.3)
    app = make_app(people_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.post_message(events.AppBlur())
        await ui.wait_until(pilot, lambda: not app.app_focus)
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and contacts_loaded(app))
        app.post_message(events.AppFocus())
        await ui.wait_until(pilot, lambda: app.app_focus)
        focused_look = app.screen.query_one(HeaderTitle).styles.text_opacity
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        assert app.screen.query_one(HeaderTitle).styles.text_opacity == focused_look == 1.0


async def test_a_section_whose_load_failed_unseen_loads_when_opened(
        sold_db, make_app, ui, monkeypatch):
    from tuicrm.ui.screens import purchases

    real = purchases.load_sales
    calls: list[int] = []

    def busy_once(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) == 1:
            raise errors.CrmError("The database is busy; try again in a moment.")
        return real(*args, **kwargs)

    monkeypatch.setattr(purchases, "load_sales", busy_once)
    app = make_app(sold_db, start=None)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.sections_ahead.done and calls)
        assert not status_of(built(app, PurchasesScreen)).startswith("Sales")
        await pilot.press("5")
        await ui.wait_until(pilot, lambda: status_of(app.screen).startswith("Sales 1–1"))
        assert len(calls) == 2
