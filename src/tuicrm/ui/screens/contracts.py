"""The contracts section: every contract, filtered and sorted, 50 rows a page.

Pages are read by keyset (``core.lists.contracts``) and paged through as on
every list screen (:class:`~tuicrm.ui.screens.record_lists.PagedList`). The
highlighted contract (by row key, its id) stays highlighted across reloads
while it is still on the page.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Header, Select, Static

from tuicrm import dates
from tuicrm.ui.screens import contract_actions
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.record_lists import Cursor, ListPage, PagedList
from tuicrm.ui.widgets.contract_table import ContractTable, add_columns, fit
from tuicrm.ui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import ContractRow

PAGE_SIZE = 50
GROUP = "contracts"
ACTION_DAYS = 30

FILTERS: tuple[tuple[str, str], ...] = (
    ("All contracts", "all"), ("Active", "active"), ("Draft", "draft"), ("Ended", "ended"),
    ("Terminated", "terminated"), ("Renewed", "renewed"),
    (f"Needs action in {ACTION_DAYS} days", "action"),
)
SORTS: tuple[tuple[str, str], ...] = (
    ("Newest start first", "newest"), ("Ending soonest", "ending"),
    ("Review soonest", "review"), ("Client A–Z", "client"),
)
EMPTY = ("No contracts yet.\n\nPress n to add one: choose the client, give it a title, "
         "dates and an amount.")


def _filters(status: str, sort: str) -> dict[str, Any]:
    from tuicrm.core.lists import contract_filters

    return contract_filters(status, sort, action_by=dates.today() + timedelta(days=ACTION_DAYS))


class ContractsScreen(PagedList["ContractRow"], CrmScreen):
    """All contracts, one page at a time."""

    STATUS_ID = "contracts-status"
    LOAD_GROUP = GROUP
    PAGE_SIZE = PAGE_SIZE

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="contracts.new"),
        Binding("enter", "open", "Open", id="contracts.open", show=False),
        Binding("e", "edit", "Edit", id="contracts.edit"),
        Binding("r", "renew", "Renew", id="contracts.renew"),
        Binding("x", "end", "End", id="contracts.end"),
        Binding("t", "terminate", "Terminate", id="contracts.terminate"),
        Binding("d", "delete", "Delete", id="contracts.delete"),
        Binding("f", "focus_filter", "Filter", id="contracts.filter"),
        Binding("slash", "focus_filter", "Filter", id="contracts.filter_slash", show=False),
        Binding("s", "cycle_sort", "Sort", id="contracts.sort"),
        Binding("ctrl+e", "export", "Export CSV", id="contracts.export", show=False),
        Binding("pagedown", "next_page", "Next page", id="contracts.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="contracts.prev_page", priority=True,
                show=False),
        Binding("escape", "clear_filter", "All contracts", id="contracts.clear_filter",
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.start_paging()
        self._status = "all"
        self._sort = "newest"
        self._rows: list[ContractRow] = []
        self._selected_key: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="contracts-bar"):
            yield Select(FILTERS, value="all", allow_blank=False, id="contracts-filter")
            yield Select(SORTS, value="newest", allow_blank=False, id="contracts-sort")
        yield ContractTable(id="contracts-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="contracts-empty")
        yield Static(id="contracts-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        add_columns(self.query_one("#contracts-table", DataTable))
        self.query_one("#contracts-empty", Static).display = False
        self.set_status(Text("Loading contracts…", style="italic"))
        self.query_one("#contracts-table", DataTable).focus()
        self.reload_if_stale()

    # --- loading -------------------------------------------------------------

    def page_query(self) -> tuple[str, str]:
        return self._status, self._sort

    def read_page(self, core: Core, query: tuple[str, str], cursors: tuple[Cursor | None, ...],
                  early: object) -> tuple[list[ContractRow], Cursor | None, int | None]:
        return core.lists.contracts(_filters(*query), after=cursors[-1], limit=PAGE_SIZE)

    def show_page(self, page: ListPage[ContractRow], *, same_page: bool) -> None:
        self._fill(page.rows)
        self._show_summary(page)

    def worker_failed(self, group: str, message: str) -> None:
        if group == GROUP:
            self.show_problem(message)

    # --- showing -------------------------------------------------------------

    def _fill(self, rows: list[ContractRow]) -> None:
        table = self.query_one("#contracts-table", DataTable)
        keep = self._selected_key
        self._rows = rows
        self.cut_to_width()
        grid, widths = fit(rows, self.app.size.width, dates.today())
        table.clear(columns=True)  # so columns shrink as well as grow
        add_columns(table, widths)
        for row, cells in zip(rows, grid, strict=True):
            table.add_row(*cells, key=str(row.id))
        keys = [str(row.id) for row in rows]
        table.move_cursor(row=keys.index(keep) if keep in keys else 0, column=0, animate=False)

    @on(DataTable.RowHighlighted, "#contracts-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._selected_key = event.row_key.value
        self.refresh_bindings()  # renew/end/terminate apply to some statuses only

    def _show_summary(self, page: ListPage[ContractRow]) -> None:
        status_filter, sort = page.query  # type: ignore[misc]
        rows, total = page.rows, page.total or 0
        label = dict((v, t) for t, v in FILTERS)[status_filter]
        which = "" if status_filter == "all" else f" · {label.lower()}"
        if rows:
            first = self._pages.first_position
            status = Text(f"Contracts {first:,}–{first + len(rows) - 1:,} of {total:,}{which}")
            if sort in ("ending", "review"):
                status.append(f" (with {'an end' if sort == 'ending' else 'a review'} "
                              "date)", style="dim")
            if self._pages.next_cursor is not None or not self._pages.on_first_page:
                status.append("   PgDn next · PgUp previous", style="dim")
        elif not self._pages.on_first_page:
            status = Text("No more contracts: press PgUp for the previous page.")
        else:
            status = Text(f"No contracts{which}")
        self.set_status(status)
        filtered = status_filter != "all" or sort in ("ending", "review")
        show_empty = not rows and self._pages.on_first_page
        table = self.query_one("#contracts-table", DataTable)
        empty = self.query_one("#contracts-empty", Static)
        table.display, empty.display = not show_empty, show_empty
        if show_empty:
            empty.update(Text(f"No contracts match “{label}” in this order.\n\nPress Esc to "
                              "show all contracts, or n to add one.") if filtered
                         else Text(EMPTY))

    # --- filters and paging ----------------------------------------------------

    @on(Select.Changed, "#contracts-filter")
    def _filter_changed(self, event: Select.Changed) -> None:
        if event.value != self._status and event.value is not Select.NULL:
            self._status = str(event.value)
            self.first_page()

    @on(Select.Changed, "#contracts-sort")
    def _sort_changed(self, event: Select.Changed) -> None:
        if event.value != self._sort and event.value is not Select.NULL:
            self._sort = str(event.value)
            self.first_page()

    def action_focus_filter(self) -> None:
        self.query_one("#contracts-filter", Select).focus()

    def action_cycle_sort(self) -> None:
        values = [v for _t, v in SORTS]
        select = self.query_one("#contracts-sort", Select)
        select.value = values[(values.index(self._sort) + 1) % len(values)]

    def action_clear_filter(self) -> None:
        self.query_one("#contracts-filter", Select).value = "all"
        self.query_one("#contracts-table", DataTable).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "edit", "renew", "end", "terminate", "delete"):
            selected = self._selected()
            if selected is None:
                return None  # shown, dimmed: a row will be there to act on
            # a key that does nothing on this row (end an ended contract) is hidden
            return contract_actions.applies(action, selected.status)
        return super().check_action(action, parameters)  # the paging keys

    def action_export(self) -> None:
        """Every contract the list shows now (filter and order applied) to a CSV file."""
        from tuicrm.ui.export import export_csv

        filters = _filters(self._status, self._sort)
        export_csv(self, "contracts", lambda core: core.exports.contracts_csv(filters))

    # --- contract actions --------------------------------------------------------

    def _selected(self) -> ContractRow | None:
        table = self.query_one("#contracts-table", DataTable)
        if not table.row_count or not table.display or not self._rows:
            return None
        row = table.cursor_row
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _select(self, contract_id: int | None) -> None:
        if contract_id:
            self._selected_key = str(contract_id)

    def action_new(self) -> None:
        from tuicrm.ui.forms.contract import ContractForm

        self.app.push_screen(ContractForm(), self._select)

    @on(DataTable.RowSelected, "#contracts-table")
    def action_open(self) -> None:
        from tuicrm.ui.screens.contract_view import ContractView

        if (row := self._selected()) is not None:
            self.app.push_screen(ContractView(row.id))

    def action_edit(self) -> None:
        from tuicrm.ui.forms.contract import ContractForm

        if (row := self._selected()) is not None:
            self.app.push_screen(ContractForm(row.id))

    def action_renew(self) -> None:
        if (row := self._selected()) is not None:
            contract_actions.renew_contract(self, row.id, then=self._select)

    def action_end(self) -> None:
        if (row := self._selected()) is not None:
            contract_actions.end_contract(self, row.id)

    def action_terminate(self) -> None:
        if (row := self._selected()) is not None:
            contract_actions.end_contract(self, row.id, terminated=True)

    def action_delete(self) -> None:
        if (row := self._selected()) is not None:
            contract_actions.delete_contract(self, row.id, row.title, version=row.version)
