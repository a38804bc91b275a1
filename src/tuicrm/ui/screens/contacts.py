"""The contacts list: search-as-you-type over a paged table.

Pages are read by keyset (``core.lists.contacts``), 50 rows at a time, and
paged through as on every list screen
(:class:`~tuicrm.ui.screens.record_lists.PagedList`): only the newest
request's result is shown, so a slow query for "an" never overwrites the
answer for "ann" that came back first. The rows show as soon as they are
read; how many match in all follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Input, Static

from tuicrm import dates
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.contact_actions import ContactActions, where
from tuicrm.ui.screens.contact_selection import ContactSelection
from tuicrm.ui.screens.record_lists import Cursor, ListPage, PagedList
from tuicrm.ui.widgets.contact_filters import SORTS, ContactFilterBar, ContactFilters
from tuicrm.ui.widgets.contact_status import PAGE_SIZE, empty_text, narrowed, status_text
from tuicrm.ui.widgets.contact_table import add_columns, fit
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from collections.abc import Callable

    from tuicrm.core import Core
    from tuicrm.core.data import ContactRow

GROUP = "contacts"

class ContactsScreen(PagedList["ContactRow"], ContactActions, ContactSelection, CrmScreen):
    """All contacts, one page at a time."""

    STATUS_ID = "contacts-status"
    LOAD_GROUP = GROUP
    PAGE_SIZE = PAGE_SIZE

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
        Binding("D", "duplicates", "Duplicates", id="contacts.duplicates", show=False,
                tooltip="Contacts that may be one (the same email, phone or name), to merge."),
        Binding("pagedown", "next_page", "Next page", id="contacts.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="contacts.prev_page", priority=True,
                show=False),
        Binding("n", "next_page", "Next page", id="contacts.next_page_n", show=False),
        Binding("p", "prev_page", "Prev page", id="contacts.prev_page_p", show=False),
        Binding("escape", "clear_search", "Clear search/filters", id="contacts.clear_search",
                show=False),
        Binding("space", "toggle_mark", "Mark", id="contacts.mark", show=False,
                tooltip="Mark the contact for an action on many (b)."),
        Binding("shift+down", "mark_down", "Mark and move down", id="contacts.mark_down",
                show=False),
        Binding("shift+up", "mark_up", "Mark and move up", id="contacts.mark_up", show=False),
        Binding("ctrl+a", "mark_all", "Mark all that match", id="contacts.mark_all",
                show=False),
        Binding("b", "bulk", "Act on marked", id="contacts.bulk", show=False,
                tooltip="Tag, untag, set the owner or stage, archive or delete the marked "
                        "contacts."),
        Binding("v", "save_view", "Save view", id="contacts.save_view", show=False,
                tooltip="Save the search, filters and sort as a named view (the palette "
                        "opens it)."),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.start_paging()
        self._query = ""
        self._filters = ContactFilters()
        self._keep_id: int | None = None  # the row to select again after a reload
        self.start_marking()

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
        self.reload_if_stale()  # read as it was composed, unless the database was not open

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Load the current page again, keeping the selected contact selected."""
        self.loaded_generation = self.crm_app.data_generation
        self._keep_id = self._selected_id() if self.is_mounted else None
        super().reload()
        run_core(self, lambda core: core.people.members(),
                 done=lambda owners: self.query_one(ContactFilterBar).set_owners(owners),
                 group="contacts-owners", exclusive=True)

    def page_query(self) -> tuple[str, ContactFilters]:
        return self._query, self._filters

    def read_page(self, core: Core, query: tuple[str, ContactFilters],
                  cursors: tuple[Cursor | None, ...],
                  early: Callable[[list[ContactRow], Cursor | None], bool]
                  ) -> tuple[list[ContactRow], Cursor | None, int | None]:
        """The page, then how many match in all: the rows show without waiting for
        the count. No typing pause: a keystroke's search starts at once (the
        newest cancels older ones), as a pause would be felt on every search."""
        text, filters = query
        page, total = core.lists.contacts(where(text, filters), sort=filters.sort,
                                          after=cursors[-1], limit=PAGE_SIZE,
                                          page_read=lambda p: early(p.items, p.next_cursor))
        return page.items, page.next_cursor, total

    def worker_failed(self, group: str, message: str) -> None:
        if group == GROUP:
            self.show_problem(message)

    # --- showing -------------------------------------------------------------

    def show_page(self, page: ListPage[ContactRow], *, same_page: bool) -> None:
        keep, self._keep_id = self._keep_id, None
        self._fill(page.rows, keep_cursor=same_page, keep_id=keep if same_page else None)
        self.show_total(page)
        text, filters = page.query  # type: ignore[misc]
        empty = self.query_one("#contacts-empty", Static)
        table = self.query_one("#contacts-table", DataTable)
        message = empty_text(text, filters) if not page.rows and self._pages.on_first_page \
            else None
        table.display, empty.display = message is None, message is not None
        if message is not None:
            empty.update(message)
            if not narrowed(text, filters) and not isinstance(self.focused, Input):
                self.set_focus(None)  # so the screen's keys (a: add ...) work at once

    def show_total(self, page: ListPage[ContactRow]) -> None:
        text, filters = page.query  # type: ignore[misc]
        status = status_text(text, filters, self._pages, len(page.rows), page.total)
        self.set_status(status.append_text(self.marks_words()) if self.marking else status)

    def refresh_marks(self) -> None:
        """Show the marks (the rows again, the cursor kept) and say them."""
        if self._page is not None:
            self._fill(self._page.rows, keep_cursor=True)
            self.show_total(self._page)

    def _table(self) -> DataTable:
        return self.query_one("#contacts-table", DataTable)

    def _fill(self, rows: list[ContactRow], *, keep_cursor: bool = False,
              keep_id: int | None = None) -> None:
        table = self.query_one("#contacts-table", FastTable)
        cursor_row = table.cursor_row if keep_cursor else 0
        if keep_id is not None:
            ids = [row.id for row in rows]
            cursor_row = ids.index(keep_id) if keep_id in ids else min(
                table.cursor_row, max(0, len(rows) - 1))
        self.cut_to_width()
        grid, widths = fit(rows, self.app.size.width, dates.today())
        table.clear(columns=True)  # so columns shrink as well as grow
        add_columns(table, widths)
        table.add_keyed_rows((str(row.id), self.marked_cells(row.id, cells))
                             for row, cells in zip(rows, grid, strict=True))
        table.move_cursor(row=cursor_row, column=0, animate=False)

    # --- actions and input ---------------------------------------------------

    @on(Input.Changed, "#contacts-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value == self._query:
            return
        self._query = event.value
        self.first_page()

    @on(Input.Submitted, "#contacts-search")
    def _search_submitted(self) -> None:
        self.query_one("#contacts-table", DataTable).focus()

    def action_focus_search(self) -> None:
        self.query_one("#contacts-search", Input).focus()

    def action_clear_search(self) -> None:
        """Esc: clear the search; a second Esc (or none to clear) clears the filters."""
        search = self.query_one("#contacts-search", Input)
        if self.clear_marks():
            pass
        elif search.value:
            search.value = ""  # Input.Changed reloads
        elif self._filters.active:
            self.query_one(ContactFilterBar).clear()
        self.query_one("#contacts-table", DataTable).focus()

    def action_import_file(self) -> None:
        """The import screen: contacts or sales from a CSV or vCard file."""
        from tuicrm.ui.screens.import_screen import ImportScreen

        self.app.push_screen(ImportScreen())

    def action_duplicates(self) -> None:
        """Contacts that may be one, to merge (``screens.duplicates``)."""
        from tuicrm.ui.screens.duplicates import DuplicatesScreen

        self.app.push_screen(DuplicatesScreen())

    def action_focus_filters(self) -> None:
        self.query_one(ContactFilterBar).focus_first()

    def action_next_sort(self) -> None:
        order = [value for _label, value in SORTS]
        following = order[(order.index(self._filters.sort) + 1) % len(order)]
        self.query_one(ContactFilterBar).set_sort(following)

    @on(ContactFilterBar.Changed)
    def _filters_changed(self, event: ContactFilterBar.Changed) -> None:
        self._filters = event.filters
        self.first_page()

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

    def _selected_id(self) -> int | None:
        table = self.query_one("#contacts-table", DataTable)
        if not table.row_count or not table.display:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key is not None else None
