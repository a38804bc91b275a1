"""A section's first showing: its rows in the first frame that shows it, and
filter boxes that come just after that frame without losing what they were given.

A section first shown (not built ahead) starts reading as its screen is
composed, beside the mounting of its widgets, and the answer waits until they
are in (``CrmScreen.READS_WHILE_COMPOSING``, ``tuicrm.ui.work``); the filter
bars mount their boxes just after the first frame (``widgets.lazy_boxes``).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, Select

from tuicrm.core.lists import Lists
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.widgets.contact_filters import ContactFilterBar, ContactFilters

SIZE = (120, 40)
READ_S = 0.15  # how long the (held) read takes, in its worker thread
MOUNT_S = 0.4  # how long the (held) screen takes to mount, on the UI thread


async def test_the_first_frame_of_a_section_shows_its_rows(
        people_db: Path, make_app: Any, ui: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read slower than nothing but quicker than the mounting is in the first
    frame: no empty list flashes before the rows (the read used to start only
    once the screen had mounted)."""
    contacts_page = Lists.contacts

    def slow_read(self: Lists, *args: Any, **kwargs: Any) -> Any:
        time.sleep(READ_S)
        return contacts_page(self, *args, **kwargs)

    mount = ContactsScreen.on_mount

    def slow_mount(self: ContactsScreen) -> None:
        time.sleep(MOUNT_S)
        mount(self)

    monkeypatch.setattr(Lists, "contacts", slow_read)
    monkeypatch.setattr(ContactsScreen, "on_mount", slow_mount)
    app = make_app(people_db, start="contracts")
    first_frame_rows: list[int] = []
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: contracts_shown(app))
        display = app._display

        def noted(screen: Any, renderable: Any) -> None:
            if isinstance(screen, ContactsScreen) and renderable is not None \
                    and not first_frame_rows:
                first_frame_rows.append(screen.query_one("#contacts-table", DataTable).row_count)
            display(screen, renderable)

        app._display = noted
        await pilot.press("2")
        await ui.wait_until(pilot, lambda: bool(first_frame_rows))
        await ui.wait_until(pilot, lambda: ui.table_names(app) != [])
        app._display = display
        assert first_frame_rows == [4]  # three people and their organisation
        assert "Ada Lovelace" in ui.table_names(app)


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
