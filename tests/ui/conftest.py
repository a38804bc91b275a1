"""UI fixtures: databases with known contacts, and ways to wait for the app.

Helpers come as the ``ui`` fixture (``ui.wait_loaded(pilot)``,
``ui.table_names(app)`` ...) because two ``conftest`` modules cannot both be
imported by name.

The shared ``tests/conftest.py`` gives every test a private data directory,
``TUICRM_USER=tester``, and the ``db_path``/``db`` fixtures (a migrated SQLite
file in ``tmp_path``). The app under test is always built by
``tuicrm.ui.app.create_app``, the factory the CLI uses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from tuicrm.db import Database
from tuicrm.services.contacts import create_contact
from tuicrm.ui.app import CrmApp, create_app


def add_contacts(db: Database, names: Iterable[str], **fields: Any) -> list[int]:
    """Create one contact per name through the service; returns their ids."""
    with db.write() as session:
        return [
            create_contact(session=session, data={"name": name, **fields}).id  # type: ignore[misc]
            for name in names
        ]


@pytest.fixture(autouse=True)
def collector_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hundreds of apps live and die in this one process: frozen, what each
    left behind would never be collected (test_app checks the freeze itself)."""
    monkeypatch.setattr(CrmApp, "freeze_after_start", False)


@pytest.fixture(autouse=True)
def sections_built_when_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test builds the screens it opens, as a first showing does; building
    the others in idle time has its own tests (test_sections_ahead)."""
    monkeypatch.setattr(CrmApp, "build_sections_ahead", False)


@pytest.fixture
def make_app() -> Callable[..., CrmApp]:
    """Build the app over a database as the CLI does, opening on Contacts.

    The app's home is Today; most flows here are about contacts, so they start
    there (``start=None`` gives the real home, as test_app checks).
    """
    return lambda path, start="contacts": create_app(str(path), start=start)


@pytest.fixture
def people_db(db: Database, db_path: Path) -> Path:
    """Three people and one organisation."""
    with db.write() as session:
        org = create_contact(session=session, data={"name": "Analytical Engines Ltd",
                                                    "kind": "organisation"})
        for name, email in (("Ada Lovelace", "ada@example.org"),
                            ("Grace Hopper", "grace@navy.example"),
                            ("Alan Turing", "alan@example.ac.uk")):
            create_contact(session=session, data={"name": name, "emails": [email],
                                                  "organisation_id": org.id})
    return db_path


@pytest.fixture
def many_db(db: Database, db_path: Path) -> Path:
    """120 people named Person 000 .. Person 119: three pages of 50, 50, 20."""
    add_contacts(db, (f"Person {i:03d}" for i in range(120)))
    return db_path


async def wait_until(pilot: Pilot[Any], predicate: Callable[[], bool], *,
                     timeout: float = 10.0) -> None:
    """Let the app run (workers included) until ``predicate()`` holds."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if predicate():
            return
        if loop.time() > deadline:
            raise AssertionError(f"timed out; status: {status_text(app)!r}")
        await asyncio.sleep(0.02)


async def wait_loaded(pilot: Pilot[Any]) -> None:
    """Until the database is open and the first page (or the empty state) shows."""
    await wait_until(pilot, lambda: status_text(pilot.app).startswith(("Contacts", "No ")))


def table_names(app: CrmApp) -> list[str]:
    """The Name column, as plain text, top to bottom."""
    table = app.screen.query_one("#contacts-table", DataTable)
    return [table.get_row_at(i)[0].plain for i in range(table.row_count)]


def widget_text(widget: Static) -> str:
    content = widget.content
    return getattr(content, "plain", str(content))


def status_text(app: Any) -> str:
    try:
        return widget_text(app.screen.query_one("#contacts-status", Static))
    except Exception:  # noqa: BLE001 - screen not composed yet
        return ""


@pytest.fixture
def ui() -> SimpleNamespace:
    """The helpers above, for test modules."""
    return SimpleNamespace(
        add_contacts=add_contacts, wait_until=wait_until, wait_loaded=wait_loaded,
        table_names=table_names, widget_text=widget_text, status_text=status_text,
    )
