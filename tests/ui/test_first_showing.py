"""A section's first showing: its rows in the first frame that shows it, and
filter boxes that come just after its rows without losing what they were given.

A section first shown (not built ahead) starts reading as its screen is
composed, beside the mounting of its widgets, and the answer waits until they
are in (``CrmScreen.READS_WHILE_COMPOSING``, ``tuicrm.ui.work``); a read that
comes after the mounting holds the screen's frames until it is in, for a
while at most (``CrmScreen._hold_frames``); the filter bars mount their boxes
just after the rows are drawn (``widgets.lazy_boxes``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, Select

from tuicrm.core.lists import Lists
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.widgets.contact_filters import ContactFilterBar, ContactFilters

SIZE = (120, 40)
MOUNT_S = 0.4  # how long the (held) screen takes to mount, on the UI thread
COMPOSE_S = 0.15  # how long it takes to make its widgets (within the frame hold's deadline)


@pytest.mark.parametrize("step, pause", [("on_mount", MOUNT_S), ("compose", COMPOSE_S)])
async def test_a_first_showing_reads_while_its_screen_is_made(
        people_db: Path, make_app: Any, ui: Any, monkeypatch: pytest.MonkeyPatch,
        step: str, pause: float) -> None:
    """The read starts as the screen is composed, beside the making of its widgets
    (``compose``) and their mounting (``on_mount``), and the first frame drawn has
    its rows: no empty list flashes before them.

    It used to start only once the screen had mounted; then, until its worker's
    task ran, after the widgets were made and mounting had begun: Contacts' first
    build waited 6-16 ms more for its rows, 2.2x the floor against 1.6x
    (bench/screens.py)."""
    contacts_page = Lists.contacts
    moments: dict[str, float] = {}

    def read(self: Lists, *args: Any, **kwargs: Any) -> Any:
        moments.setdefault("read", time.monotonic())
        return contacts_page(self, *args, **kwargs)

    slowed = getattr(ContactsScreen, step)

    def slow_step(self: ContactsScreen) -> Any:
        time.sleep(pause)  # the UI thread busy; the read's thread runs
        moments.setdefault("done", time.monotonic())
        return slowed(self)

    monkeypatch.setattr(Lists, "contacts", read)
    monkeypatch.setattr(ContactsScreen, step, slow_step)
    app = make_app(people_db, start="contracts")
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: contracts_shown(app))
        drawn = await first_drawn_rows(app, pilot, "2")
    assert moments["read"] < moments["done"]
    assert drawn[0] == 4, drawn  # three people and their organisation


async def first_drawn_rows(app: Any, pilot: Any, key: str,
                           then: Callable[[list[int]], object] | None = None) -> list[int]:
    """Press ``key``; the Contacts table's row count in each frame drawn (not held
    back), until its rows are in. ``then(drawn)`` is called after each check."""
    display = app._display
    drawn: list[int] = []

    def noted(screen: Any, renderable: Any) -> None:
        if isinstance(screen, ContactsScreen) and renderable is not None \
                and not app._batch_count:
            drawn.append(screen.query_one("#contacts-table", DataTable).row_count)
        display(screen, renderable)

    def rows_drawn() -> bool:
        if then is not None:
            then(drawn)
        return bool(drawn) and drawn[-1] > 0

    app._display = noted
    try:
        await pilot.press(key)
        # not ui.wait_until: it waits for the workers, and a held read is one
        deadline = time.monotonic() + 10
        while not rows_drawn():
            assert time.monotonic() < deadline, f"no rows drawn: {drawn}"
            await pilot.pause(0.01)
    finally:
        app._display = display
    return drawn


@pytest.mark.parametrize("in_time", [True, False])
async def test_a_first_showing_waits_for_its_rows_but_not_for_long(
        people_db: Path, make_app: Any, ui: Any, monkeypatch: pytest.MonkeyPatch,
        in_time: bool) -> None:
    """A read that comes after the screen has mounted: the terminal keeps the
    section the user left until the rows are in, so no empty list is drawn
    first; but only up to a deadline, after which the empty screen shows and
    its rows follow."""
    contacts_page = Lists.contacts
    answer = threading.Event()

    def held_read(self: Lists, *args: Any, **kwargs: Any) -> Any:
        answer.wait(10)
        return contacts_page(self, *args, **kwargs)

    monkeypatch.setattr(Lists, "contacts", held_read)
    monkeypatch.setattr(ContactsScreen, "FIRST_SHOWING_DEADLINE", 10 if in_time else 0.05)
    app = make_app(people_db, start="contracts")

    def answer_when_due(drawn: list[int]) -> None:
        screen = app.screen
        mounted = isinstance(screen, ContactsScreen) and screen.is_mounted
        # in time: once the screen has mounted; late: once it was drawn without rows
        if (in_time and mounted) or (not in_time and drawn):
            answer.set()

    try:
        async with app.run_test(size=SIZE) as pilot:
            await ui.wait_until(pilot, lambda: contracts_shown(app))
            drawn = await first_drawn_rows(app, pilot, "2", then=answer_when_due)
            # the filter boxes come after the rows (not before them, which made them later)
            await ui.wait_until(pilot, lambda: app.screen.query_one(ContactFilterBar).boxes_in)
    finally:
        answer.set()
    if in_time:
        assert drawn[0] == 4, drawn  # the first frame drawn has the rows
    else:
        assert drawn[0] == 0 and drawn[-1] == 4, drawn  # shown empty, then filled


def contracts_shown(app: Any) -> bool:
    found = app.screen.query("#contracts-status")
    content = found.first().content if found else ""
    return getattr(content, "plain", str(content)).startswith(("Contracts", "No "))


class BarApp(App[None]):
    """The bar alone, given filters, owners and the focus before its boxes are in."""

    def __init__(self) -> None:
        super().__init__()
        self.bar = ContactFilterBar()
        self.changes: list[ContactFilters] = []

    def compose(self) -> ComposeResult:
        yield self.bar

    def on_mount(self) -> None:
        assert not self.bar.boxes_in  # they come after the first frame
        self.bar.set_owners([("Maya", 7), ("Sam", 8)])
        self.bar.apply(ContactFilters(role="client", owner_id=8, stage="retention",
                                      tag="vip", sort="newest"))
        self.bar.focus_first()

    def on_contact_filter_bar_changed(self, event: ContactFilterBar.Changed) -> None:
        self.changes.append(event.filters)


async def test_filter_boxes_show_what_the_bar_was_given_before_they_came() -> None:
    app = BarApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        bar = app.bar
        assert bar.boxes_in
        assert bar.query_one("#filter-role", Select).value == "client"
        assert bar.query_one("#filter-owner", Select).value == 8
        assert bar.query_one("#filter-stage", Select).value == "retention"
        assert bar.query_one("#filter-tag", Input).value == "vip"
        assert bar.query_one("#filter-sort", Select).value == "newest"
        assert app.focused is bar.query_one("#filter-role", Select)
        # the screen heard the filters once, when they were given, not again from the boxes
        assert app.changes == [ContactFilters(role="client", owner_id=8, stage="retention",
                                              tag="vip", sort="newest")]
        # a choice the bar does not offer (an owner since removed) is left open
        bar.apply(ContactFilters(owner_id=99, role="nobody"))
        await pilot.pause()
        assert bar.query_one("#filter-owner", Select).value is Select.NULL
        assert bar.query_one("#filter-role", Select).value is Select.NULL
        assert app.changes[-1] == ContactFilters()


async def test_an_owner_who_left_the_team_is_left_open_when_owners_are_read_again() -> None:
    app = BarApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        app.bar.set_owners([("Maya", 7)])  # Sam (8), the chosen owner, has gone
        await pilot.pause()
        assert app.bar.query_one("#filter-owner", Select).value is Select.NULL
        assert app.changes[-1] == ContactFilters(role="client", stage="retention", tag="vip",
                                                 sort="newest")
