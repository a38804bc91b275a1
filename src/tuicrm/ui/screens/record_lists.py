"""The pieces of a list of records that the section screens and Re-engage share.

:class:`RecordTable` is the DataTable they use: a row knows the contact it
belongs to, and Enter (or a click) on it opens that contact. A keyset-paged
list keeps its place in a :class:`PageStack` and takes PgDn/PgUp from
:class:`PageKeys`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType

from tuicrm.ui.widgets.columns import Column, add_columns, fit
from tuicrm.ui.widgets.fast_table import FastTable

if TYPE_CHECKING:
    from tuicrm.ui.screens.base import CrmScreen

Cursor = tuple[Any, ...]
Row = tuple[str, list[Text], int | None]  # key, cells, the contact Enter opens


class RecordTable(FastTable):
    """Rows of records; each row may name the contact that Enter opens."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id, cursor_type="row", zebra_stripes=True,
                         classes="section--table")
        self.contacts: dict[str, int | None] = {}  # row key -> contact id
        self._row_before = 0

    def clear_rows(self) -> None:
        self._row_before = self.cursor_row  # where a vanished row's neighbour now is
        self.clear()
        self.contacts = {}

    def add_record(self, key: str, cells: list[Text], contact_id: int | None) -> None:
        self.add_row(*cells, key=key)
        self.contacts[key] = contact_id

    def fill(self, columns: Sequence[Column], rows: Sequence[Row], width: int,
             *, keep: bool = True) -> None:
        """All rows at once, cut to fit ``width`` cells; the cursor stays on its record
        (or where a vanished one was) when ``keep``, else goes to the top."""
        kept = self.selected_key() if keep else None
        widths = fit(columns, [cells for _key, cells, _contact in rows], width)
        self._row_before = self.cursor_row if keep else 0
        self.clear(columns=True)  # so columns shrink as well as grow
        self.contacts = {}
        add_columns(self, columns, widths)
        for key, cells, contact_id in rows:
            self.add_record(key, cells, contact_id)
        self.keep_cursor_on(kept)

    def selected_key(self) -> str | None:
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def keep_cursor_on(self, key: str | None) -> None:
        """Put the cursor back on ``key`` after a reload (else on the first row)."""
        if key is not None and key in self.contacts:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        elif key is not None and self.row_count:  # e.g. just completed: stay in place
            self.move_cursor(row=min(self._row_before, self.row_count - 1), animate=False)


@dataclass(frozen=True)
class PageStack:
    """Where a keyset-paged list is: the cursor each page so far was read with (a
    stack, so the previous page is the cursor below the top) and the next page's."""

    cursors: tuple[Cursor | None, ...] = (None,)
    next_cursor: Cursor | None = None
    page_size: int = 50

    @property
    def first_position(self) -> int:
        """The 1-based place of the page's first row."""
        return (len(self.cursors) - 1) * self.page_size + 1

    @property
    def on_first_page(self) -> bool:
        return len(self.cursors) == 1

    def forward(self) -> tuple[Cursor | None, ...] | None:
        """The cursors to read the next page with, or None on the last page."""
        return None if self.next_cursor is None else (*self.cursors, self.next_cursor)

    def back(self) -> tuple[Cursor | None, ...] | None:
        return None if self.on_first_page else self.cursors[:-1]

    def allows(self, action: str) -> bool | None:
        """``check_action`` for the paging keys: None greys out a page there is not."""
        if action == "next_page":
            return True if self.next_cursor is not None else None
        if action == "prev_page":
            return True if not self.on_first_page else None
        return True


class PageKeys:
    """PgDn/PgUp for a screen that keeps its place in ``self._pages`` (a
    :class:`PageStack`) and reads a page with ``self._request(cursors)``; mixed in
    before the screen class, so its ``check_action`` greys out a page there is not."""

    _pages: PageStack
    _request: Callable[[tuple[Cursor | None, ...]], None]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._pages.allows(action)

    def action_next_page(self) -> None:
        if (cursors := self._pages.forward()) is not None:
            self._request(cursors)

    def action_prev_page(self) -> None:
        if (cursors := self._pages.back()) is not None:
            self._request(cursors)


def open_selected_contact(screen: CrmScreen, table: RecordTable) -> None:
    """Open the contact the highlighted row names (or say that it names none)."""
    key = table.selected_key()
    if key is None:
        return
    contact_id = table.contacts.get(key)
    if contact_id is None:
        screen.notify("No contact to open here.", timeout=4)
        return
    screen.crm_app.open_contact(contact_id)
