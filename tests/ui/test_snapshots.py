"""Snapshot tests: each screen on the sample firm, with "today" fixed.

The app runs over a private copy of the committed sample.db with
``TUICRM_TODAY`` set to the day the sample was generated for, in a fixed
zone, so every relative date ("in 3 days", "overdue") is the same on every
run. Review the SVG report (pytest prints where it is) before accepting a
change with ``--snapshot-update``.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from tuicrm.backup import copy_database_file
from tuicrm.cli import SEED_ANCHOR
from tuicrm.ui.app import CrmApp, create_app

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"
SIZE = (120, 40)


@pytest.fixture
def sample_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], CrmApp]:
    monkeypatch.setenv("TUICRM_TODAY", SEED_ANCHOR.isoformat())
    monkeypatch.setenv("TUICRM_TZ", "Europe/London")
    target = tmp_path / "sample.db"
    copy_database_file(SAMPLE, target)

    def make() -> CrmApp:
        app = create_app(str(target), start="contacts")  # most snapshots are of Contacts
        # Nobody else writes to this copy: no polling for their changes, whose
        # reload could land between the settled frame and the picture.
        app.change_poll_interval = 3600.0
        return app

    return make


async def settle(pilot: Pilot[Any], ready: Callable[[], bool], timeout: float = 15) -> None:
    """Let workers finish until ``ready()`` holds, then one more quiet moment."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if ready():
            break
        if loop.time() > deadline:
            tables = [(t.id, t.display, t.row_count, t.size.height, t.virtual_size.height)
                      for t in app.screen.query(DataTable)]
            raise AssertionError(f"screen {type(app.screen).__name__} never got ready; its "
                                 f"tables (id, shown, rows, height, rows' height): {tables}")
        await asyncio.sleep(0.05)
    # Then until two frames in a row are the same: a table sizes its columns
    # on idle, after its rows are in.
    for screen in app.screen_stack:  # a blinking cursor would differ frame to frame
        for widget in screen.query("Input, TextArea"):
            widget.cursor_blink = False
    previous = None
    for _ in range(40):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        frame = app.export_screenshot()
        sizing = any(t._require_update_dimensions or t._updated_cells  # noqa: SLF001
                     for screen in app.screen_stack for t in screen.query(DataTable))
        if frame == previous and not sizing:
            return
        previous = frame
    raise AssertionError(f"screen {type(app.screen).__name__} never settled")


def table_filled(app: CrmApp, selector: str) -> Callable[[], bool]:
    def ready() -> bool:
        tables = app.screen.query(selector)
        if not tables:
            return False
        table = tables.first(DataTable)
        # rows in, and the columns sized to them (not just to their labels)
        return table.row_count > 0 and table.virtual_size.width > 60
    return ready


def test_contacts_list(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_contacts_list_filtered_to_clients(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        app.screen.query_one("#filter-role").value = "client"
        await settle(pilot, lambda: "clients" in str(
            app.screen.query_one("#contacts-status").content))

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_new_contact_form_with_a_bad_email(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        await pilot.press("a")
        await settle(pilot, lambda: type(app.screen).__name__ == "ContactForm")
        await pilot.press(*"New Person", "tab", "tab", "tab", *"not-an-email")
        await settle(pilot, lambda: True)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def all_lists_shown(app: CrmApp) -> bool:
    """Today's six lists are in and drawn (each is hidden until its rows come):
    waiting for the screen alone took the picture before them on a loaded machine."""
    tables = list(app.screen.query(DataTable))
    # ... and laid out: the picture had the headings and their counts but no table under
    # them (shown, filled, 0 lines high for good) until ui.textual_fixes.
    return len(tables) == 6 and all(t.display and t.row_count and t.virtual_size.width > 60
                                    and t.size.height > 1
                                    for t in tables)


def contact_id(path: Path, name: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id FROM contact WHERE name = ?", (name,)).fetchone()[0]


def screen_is(app: CrmApp, name: str) -> Callable[[], bool]:
    return lambda: type(app.screen).__name__ == name


def test_contact_page_of_a_client_who_is_also_a_customer(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        app.open_contact(contact_id(Path(app.database_target), "Blauwe Haven Brewery"))
        await settle(pilot, lambda: screen_is(app, "ContactPage")()
                     and table_filled(app, "DataTable")())

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


@pytest.mark.parametrize("key", ["1", "3", "4", "5", "6", "7"])
def test_each_section(snap_compare, sample_app, key):
    app = sample_app()
    expected = {"1": "TodayScreen", "3": "ContractsScreen", "4": "CalendarScreen",
                "5": "PurchasesScreen", "6": "ReportsScreen", "7": "InvoicesScreen"}[key]

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        await pilot.press(key)
        def ready() -> bool:
            if not screen_is(app, expected)():
                return False
            if key == "1":
                return all_lists_shown(app)
            if key == "6":  # the figures are in (and the top lists drawn)
                return getattr(app.screen, "shown", None) is not None
            if key == "7":  # the list and what is outstanding above it
                return (getattr(app.screen, "_summary", None) is not None
                        and table_filled(app, "DataTable")())
            return table_filled(app, "DataTable")()

        await settle(pilot, ready)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_contract_page(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        await pilot.press("3")
        await settle(pilot, lambda: screen_is(app, "ContractsScreen")()
                     and table_filled(app, "DataTable")())
        await pilot.press("enter")
        await settle(pilot, lambda: screen_is(app, "ContractView")()
                     and app.screen.detail is not None and app.screen.time is not None)

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_sale_form_with_two_lines_and_its_total(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        from tuicrm.ui.forms.sale import SaleForm

        await settle(pilot, table_filled(app, "#contacts-table"))
        app.push_screen(SaleForm(contact_id=contact_id(Path(app.database_target),
                                                       "Amira Haddad")))
        await settle(pilot, lambda: screen_is(app, "SaleForm")() and app.screen.loaded)
        await pilot.press("ctrl+n")
        await settle(pilot, lambda: len(app.screen.query(".sale-line")) == 2)
        for line, (description, quantity, price) in zip(
                app.screen.query(".sale-line"), [("Gift box", "1", "24.50"),
                                                 ("Card", "3", "2.00")], strict=True):
            for part, text in (("description", description), ("quantity", quantity),
                               ("unit_price_minor", price)):
                line.query_one(f"#input-{line.name_of(part)}").value = text
        await settle(pilot, lambda: "30.50" in str(app.screen.query_one("#sale-total").content))

    assert snap_compare(app, terminal_size=SIZE, run_before=before)


def test_keys_screen(snap_compare, sample_app):
    app = sample_app()

    async def before(pilot: Pilot[Any]) -> None:
        await settle(pilot, table_filled(app, "#contacts-table"))
        await pilot.press("question_mark")
        await settle(pilot, screen_is(app, "KeysScreen"))

    assert snap_compare(app, terminal_size=SIZE, run_before=before)
