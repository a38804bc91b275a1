"""Snapshot tests: each screen on the sample firm, with "today" fixed.

The app runs over a private copy of the committed sample.db with
``TUICRM_TODAY`` set to the day the sample was generated for, in a fixed
zone, so every relative date ("in 3 days", "overdue") is the same on every
run. Review the SVG report (pytest prints where it is) before accepting a
change with ``--snapshot-update``.
"""

from __future__ import annotations

import asyncio
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
    return lambda: create_app(str(target))


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
            raise AssertionError(f"screen {type(app.screen).__name__} never got ready")
        await asyncio.sleep(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause(0.1)


def table_filled(app: CrmApp, selector: str) -> Callable[[], bool]:
    def ready() -> bool:
        tables = app.screen.query(selector)
        return bool(tables) and tables.first(DataTable).row_count > 0
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
