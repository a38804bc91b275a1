"""The pieces of a list of records that the section screens and Re-engage share.

:class:`RecordTable` is the DataTable they use: a row knows the contact it
belongs to, and Enter (or a click) on it opens that contact. A keyset-paged
list screen reads, shows and pages through its rows with :class:`PagedList`,
which keeps its place in a :class:`PageStack`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.worker import get_current_worker

from tuicrm import errors
from tuicrm.ui.widgets.columns import Column, add_columns, fit
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.ui.screens.base import CrmScreen

R = TypeVar("R")

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

    def fill(self, columns: Sequence[Column], rows: Sequence[Row], width: int,
             *, keep: bool = True) -> None:
        """All rows at once, cut to fit ``width`` cells; the cursor stays on its record
        (or where a vanished one was) when ``keep``, else goes to the top."""
        kept = self.selected_key() if keep else None
        widths = fit(columns, [cells for _key, cells, _contact in rows], width)
        self._row_before = self.cursor_row if keep else 0
        self.clear(columns=True)  # so columns shrink as well as grow
        add_columns(self, columns, widths)
        self.add_keyed_rows((key, cells) for key, cells, _contact in rows)
        self.contacts = {key: contact_id for key, _cells, contact_id in rows}
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


@dataclass(frozen=True)
class ListPage(Generic[R]):
    """One page of a list screen as it was read."""

    number: int  # the request it answers: only the newest is shown
    cursors: tuple[Cursor | None, ...]  # the cursors it was read with (PageStack)
    query: object  # the screen's filters, search and order when it was asked for
    rows: list[R]
    next_cursor: Cursor | None
    total: int | None = None  # how many match in all, where the screen counts


class PageRead(Message):
    """(posted from a worker) A page read before its total was counted."""

    def __init__(self, page: ListPage[Any]) -> None:
        super().__init__()
        self.page = page


class PagedList(Generic[R]):
    """Keyset paging for a list screen (Contracts, Purchases, Re-engage); mixed
    in before the screen class.

    - :meth:`request_page` reads a page in a worker through the core
      (:meth:`read_page`); an answer to any but the newest request is dropped,
      so a slow page never overwrites a newer one.
    - :meth:`show_page` fills the table (a row's key is its record's primary
      key), the status line and the empty state; it runs again when the
      terminal's width changes, so the columns fit.
    - PgDn/PgUp move between pages, greyed out where there is none.

    A screen that counts may show the rows first (``early``, in
    :meth:`read_page`) and the total when it comes (:meth:`show_total`).
    """

    PAGE_SIZE: ClassVar[int] = 50
    LOAD_GROUP: ClassVar[str]
    READS_WHILE_COMPOSING: ClassVar[bool] = True  # a page's read needs no widget
    _pages: PageStack
    _requests: int
    _page: ListPage[R] | None

    def start_paging(self) -> None:
        """Call from ``__init__``: on the first page, nothing read yet."""
        self._pages = PageStack(page_size=self.PAGE_SIZE)
        self._requests = 0
        self._page = None

    # --- what a screen provides --------------------------------------------------

    def page_query(self) -> object:
        """The screen's filters, search and order now (compared to know a page's own)."""
        return None

    def read_page(self, core: Core, query: Any, cursors: tuple[Cursor | None, ...],
                  early: Callable[[list[R], Cursor | None], bool]
                  ) -> tuple[list[R], Cursor | None, int | None]:
        """(worker) The rows after ``cursors[-1]``, the next cursor and the total (or
        None). ``early(rows, next_cursor)`` shows the rows before the total is
        counted; it returns False when the read is no longer wanted."""
        raise NotImplementedError

    def show_total(self, page: ListPage[R]) -> None:
        """The page on screen has been counted (``page.total``)."""

    def show_page(self, page: ListPage[R], *, same_page: bool) -> None:
        """Show ``page``; ``same_page``: it is the page on screen read again (the
        cursor stays on its record), else a new one (the cursor goes to the top)."""
        raise NotImplementedError

    # --- reading -----------------------------------------------------------------

    def reload(self) -> None:
        self.request_page(self._pages.cursors)

    def first_page(self) -> None:
        """Back to the first page (the filters changed)."""
        self._pages = PageStack(page_size=self.PAGE_SIZE)
        self.request_page(self._pages.cursors)

    def request_page(self, cursors: tuple[Cursor | None, ...]) -> None:
        screen = cast("CrmScreen", self)
        self._requests += 1
        number, query = self._requests, self.page_query()
        if screen.crm_app.core is None:
            return  # the app reloads every screen once the database is open

        def read(core: Core) -> ListPage[R]:
            worker = get_current_worker()

            def early(rows: list[R], next_cursor: Cursor | None) -> bool:
                if worker.is_cancelled:
                    return False
                screen.post_message(PageRead(ListPage(number, cursors, query, rows, next_cursor)))
                return True

            rows, next_cursor, total = self.read_page(core, query, cursors, early)
            return ListPage(number, cursors, query, rows, next_cursor, total)

        run_core(screen, read, done=self._page_read, failed=self.page_refused,
                 group=self.LOAD_GROUP, exclusive=True)

    def on_page_read(self, message: PageRead) -> None:
        self._page_read(message.page)

    def _page_read(self, page: ListPage[R]) -> None:
        if page.number != self._requests:
            return  # a newer request is on its way: this answer is stale
        shown = self._page
        if shown is not None and shown.number == page.number:  # the same read, counted
            if page.total is not None:  # (an early page arriving late changes nothing)
                self._page = page
                self.show_total(page)
            return
        same = shown is not None and (shown.cursors, shown.query) == (page.cursors, page.query)
        self._page = page
        self._pages = PageStack(page.cursors, page.next_cursor, self.PAGE_SIZE)
        screen = cast("CrmScreen", self)
        screen.refresh_bindings()
        self.show_page(page, same_page=same)
        screen.first_shown()

    def page_refused(self, error: errors.CrmError) -> bool:
        """An expected error (a busy database ...): said in the status line, and by
        the app's notification; the next showing tries again."""
        screen = cast("CrmScreen", self)
        screen.load_failed()
        screen.show_problem(errors.plain_message(error))
        return False

    def on_resize(self) -> None:
        screen = cast("CrmScreen", self)
        if self._page is not None and screen.width_changed():
            self.show_page(self._page, same_page=True)

    # --- the paging keys -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._pages.allows(action)

    def action_next_page(self) -> None:
        if (cursors := self._pages.forward()) is not None:
            self.request_page(cursors)

    def action_prev_page(self) -> None:
        if (cursors := self._pages.back()) is not None:
            self.request_page(cursors)


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
