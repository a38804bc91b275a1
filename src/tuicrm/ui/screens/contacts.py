"""The contacts list: search-as-you-type over a paged table.

Pages come from ``services.contacts.list_contacts`` with keyset cursors, 50
rows at a time; the cursor each shown page was fetched with is kept on a
stack, so "previous page" is just the cursor below. Every load runs in an
exclusive worker thread; a load carries a request number and only the newest
request's result is shown, so a slow query for "an" never overwrites the
answer for "ann" that came back first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Header, Input, Static
from textual.worker import get_current_worker

from tuicrm import dates
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.contact_actions import ContactActions, where
from tuicrm.ui.widgets.contact_filters import SORTS, ContactFilterBar, ContactFilters
from tuicrm.ui.widgets.contact_status import (
    PAGE_SIZE,
    Cursor,
    PageRequest,
    empty_text,
    status_text,
)
from tuicrm.ui.widgets.contact_table import add_columns, fit
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core, start

if TYPE_CHECKING:
    from tuicrm.core.data import ContactRow, Page

GROUP = "contacts"

class ContactsScreen(ContactActions, CrmScreen):
    """All contacts, one page at a time."""

    STATUS_ID = "contacts-status"

    # Back in this section, the table has the focus; on an empty database it is
    # hidden and nothing is focused, so the screen's keys (a: add) work at once
    # instead of typing into the search box.
    AUTO_FOCUS = "#contacts-table"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", id="contacts.search"),
        Binding("a", "new_contact", "Add person", id="contacts.new"),
        Binding("A", "new_organisation", "Add organisation", id="contacts.new_org"),
        Binding("e", "edit_contact", "Edit", id="contacts.edit"),
        Binding("d", "delete_contact", "Delete", id="contacts.delete"),
        Binding("f", "focus_filters", "Filter", id="contacts.filter"),
        Binding("s", "next_sort", "Sort", id="contacts.sort"),
        Binding("ctrl+e", "export", "Export CSV", id="contacts.export", show=False),
        Binding("i", "import_file", "Import", id="contacts.import", show=False,
                tooltip="Import contacts or sales from a CSV or vCard file."),
        Binding("pagedown", "next_page", "Next page", id="contacts.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="contacts.prev_page", priority=True,
                show=False),
        Binding("n", "next_page", "Next page", id="contacts.next_page_n", show=False),
        Binding("p", "prev_page", "Prev page", id="contacts.prev_page_p", show=False),
        Binding("escape", "clear_search", "Clear search/filters", id="contacts.clear_search",
                show=False),
    ]

    class PageLoaded(Message):
        """A page of contacts came back from the database."""

        def __init__(self, request: PageRequest, rows: list[ContactRow],
                     next_cursor: Cursor | None) -> None:
            super().__init__()
            self.request = request
            self.rows = rows
            self.next_cursor = next_cursor

    class Counted(Message):
        """How many contacts the page's search and filters match in all."""

        def __init__(self, request: PageRequest, total: int) -> None:
            super().__init__()
            self.request = request
            self.total = total

    def __init__(self) -> None:
        super().__init__()
        self._requests = 0
        self._query = ""
        self._cursors: tuple[Cursor | None, ...] = (None,)
        self._next_cursor: Cursor | None = None
        self._rows: list[ContactRow] = []
        self._filters = ContactFilters()
        self._keep_id: int | None = None  # the row to select again after a reload
        self._shown: tuple[PageRequest, int] | None = None  # the page the status describes

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search name, organisation, email, phone or tag   ( / )",
                    id="contacts-search", select_on_focus=False)
        yield ContactFilterBar()
        table = FastTable(id="contacts-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static(id="contacts-empty")
        yield Static(id="contacts-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#contacts-table", DataTable)
        add_columns(table)
        self.query_one("#contacts-empty", Static).display = False
        problem = self.crm_app.database_problem
        if problem:
            self.show_problem(problem)
        else:
            self.set_status(Text("Opening the database…", style="italic"))
        table.focus()
        if self.crm_app.database is not None:
            self.reload()

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Load the current page again, keeping the selected contact selected."""
        self.loaded_generation = self.crm_app.data_generation
        self._keep_id = self._selected_id()
        self._request()
        run_core(self, lambda core: core.people.members(),
                 done=self.query_one(ContactFilterBar).set_owners, group="contacts-owners",
                 exclusive=True)

    def _request(self) -> None:
        self._requests += 1
        self._next_cursor = None  # no paging on until this page is in
        self.refresh_bindings()
        if self.crm_app.core is None:
            return  # the app calls reload() when it is open
        self._load(PageRequest(self._requests, self._query, self._cursors, self._filters))

    def _load(self, request: PageRequest) -> None:
        """The page, then how many match in all: the rows show without waiting for
        the count. No typing pause: a keystroke's search starts at once (the
        newest cancels older ones), as a pause would be felt on every search."""
        start(self, lambda: self._read_page(request), group=GROUP, exclusive=True)

    def _read_page(self, request: PageRequest) -> None:
        """(worker thread) See :meth:`_load`."""
        worker = get_current_worker()
        core = self.crm_app.core
        if core is None:
            return

        def page_read(page: Page[ContactRow]) -> bool:
            if worker.is_cancelled:
                return False
            self.post_message(self.PageLoaded(request, page.items, page.next_cursor))
            return True

        total = core.lists.contacts(where(request.query, request.filters),
                                    sort=request.filters.sort, after=request.cursors[-1],
                                    limit=PAGE_SIZE, page_read=page_read)
        if total is not None and not worker.is_cancelled:
            self.post_message(self.Counted(request, total))

    @on(PageLoaded)
    def _page_loaded(self, event: PageLoaded) -> None:
        if event.request.number != self._requests:
            return  # a newer request is on its way; this answer is stale
        self._next_cursor = event.next_cursor
        self.refresh_bindings()
        keep, self._keep_id = self._keep_id, None
        self._fill(event.rows, keep_id=keep)
        self._show_summary(event)

    @on(Counted)
    def _counted(self, event: Counted) -> None:
        if event.request.number == self._requests and self._shown is not None:
            request, shown = self._shown
            self.set_status(status_text(request, shown, event.total,
                                        has_next=self._next_cursor is not None))

    def worker_failed(self, group: str, message: str) -> None:
        if group == GROUP:
            self.show_problem(message)

    # --- showing -------------------------------------------------------------

    def _fill(self, rows: list[ContactRow], *, keep_cursor: bool = False,
              keep_id: int | None = None) -> None:
        table = self.query_one("#contacts-table", DataTable)
        cursor_row = table.cursor_row if keep_cursor else 0
        if keep_id is not None:
            ids = [row.id for row in rows]
            cursor_row = ids.index(keep_id) if keep_id in ids else min(
                table.cursor_row, max(0, len(rows) - 1))
        self._rows = rows
        self.cut_to_width()
        grid, widths = fit(rows, self.app.size.width, dates.today())
        table.clear(columns=True)  # so columns shrink as well as grow
        add_columns(table, widths)
        for row, cells in zip(rows, grid, strict=True):
            table.add_row(*cells, key=str(row.id))
        table.move_cursor(row=cursor_row, column=0, animate=False)

    def on_resize(self) -> None:
        """Cells are cut to fit the width: cut them again when it changes."""
        if self._rows and self.width_changed():
            self._fill(self._rows, keep_cursor=True)

    def _show_summary(self, event: PageLoaded) -> None:
        request, rows = event.request, event.rows
        self._shown = (request, len(rows))
        empty = self.query_one("#contacts-empty", Static)
        table = self.query_one("#contacts-table", DataTable)
        self.set_status(status_text(request, len(rows), None,
                                     has_next=event.next_cursor is not None))
        message = empty_text(request) if not rows and len(request.cursors) == 1 else None
        table.display, empty.display = message is None, message is not None
        if message is not None:
            empty.update(message)
            if not request.narrowed and not isinstance(self.focused, Input):
                self.set_focus(None)  # so the screen's keys (a: add ...) work at once

    # --- actions and input ---------------------------------------------------

    @on(Input.Changed, "#contacts-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value == self._query:
            return
        self._query = event.value
        self._cursors = (None,)
        self._request()

    @on(Input.Submitted, "#contacts-search")
    def _search_submitted(self) -> None:
        self.query_one("#contacts-table", DataTable).focus()

    def action_focus_search(self) -> None:
        self.query_one("#contacts-search", Input).focus()

    def action_clear_search(self) -> None:
        """Esc: clear the search; a second Esc (or none to clear) clears the filters."""
        search = self.query_one("#contacts-search", Input)
        if search.value:
            search.value = ""  # Input.Changed reloads
        elif self._filters.active:
            self.query_one(ContactFilterBar).clear()
        self.query_one("#contacts-table", DataTable).focus()

    def action_import_file(self) -> None:
        """The import screen: contacts or sales from a CSV or vCard file."""
        from tuicrm.ui.screens.import_screen import ImportScreen

        self.app.push_screen(ImportScreen())

    def action_focus_filters(self) -> None:
        self.query_one("#filter-role").focus()

    def action_next_sort(self) -> None:
        order = [value for _label, value in SORTS]
        following = order[(order.index(self._filters.sort) + 1) % len(order)]
        self.query_one(ContactFilterBar).set_sort(following)

    @on(ContactFilterBar.Changed)
    def _filters_changed(self, event: ContactFilterBar.Changed) -> None:
        self._filters = event.filters
        self._cursors = (None,)
        self._request()

    @on(DataTable.HeaderSelected, "#contacts-table")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        """Clicking "Name" sorts by name, again the other way round."""
        if event.column_key.value == "name":
            self.query_one(ContactFilterBar).set_sort(
                "name_desc" if self._filters.sort == "name" else "name")
        else:
            self.notify("The list sorts by name or by when contacts were added (s).",
                        timeout=4)

    @on(DataTable.RowSelected, "#contacts-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        from tuicrm.ui.screens.contact_page import ContactPage

        if event.row_key.value is not None:
            self.app.push_screen(ContactPage(int(event.row_key.value)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Paging keys show dimmed where there is no page to go to."""
        if action == "next_page":
            return True if self._next_cursor is not None else None
        if action == "prev_page":
            return True if len(self._cursors) > 1 else None
        return True

    def _selected_id(self) -> int | None:
        table = self.query_one("#contacts-table", DataTable)
        if not table.row_count or not table.display:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key is not None else None

    def action_next_page(self) -> None:
        if self._next_cursor is None:
            return
        self._cursors = (*self._cursors, self._next_cursor)
        self._request()

    def action_prev_page(self) -> None:
        if len(self._cursors) < 2:
            return
        self._cursors = self._cursors[:-1]
        self._request()
