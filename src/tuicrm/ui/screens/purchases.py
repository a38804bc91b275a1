"""Purchases: every sale, newest first, 50 at a time, filtered in SQL.

Pages come from ``services.sales.list_sales`` with keyset cursors; the cursor
each shown page was read with is kept on a stack, so "previous page" is the
cursor below it. A change of filter starts again at the first page, and a
load carries a request number so only the newest answer is shown.

Beside the list, the highlighted sale's customer: the customer view and the
health score (``services.customer_view``), read after the cursor rests.
Keys add a sale (``n``), edit one (``e``), record a refund or return
against it (``r``), and open the customers to re-engage (``w``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Input, Static

from tuicrm import dates
from tuicrm.enums import SaleStatus
from tuicrm.ui.screens.record_lists import Cursor, ListPage, PagedList, RecordTable
from tuicrm.ui.screens.sections import SectionScreen
from tuicrm.ui.text import amount_str, safe_text
from tuicrm.ui.widgets.columns import Column
from tuicrm.ui.widgets.purchase_filters import PurchaseFilters, SaleFilter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import CustomerView, SaleRow

PAGE_SIZE = 50
SIDE_WIDTH = 44  # the customer panel: shown from SIDE_FROM cells wide, or with ``i``
SIDE_FROM = 140
REST = 0.15  # seconds the cursor rests on a row before its customer is read
COLUMNS: list[Column] = [("Date", 16, 16), ("Customer", 0.4, 10), ("Items", 0.6, 10),
                         ("Total", 26, 12), ("Status", 18, 8)]  # amounts are never cut
EMPTY = "No sales yet.\n\nPress n to record one: choose the customer, then add its lines."
NO_MATCH = "No sale matches these filters.\n\nEsc clears them."
STATUS_STYLE = {
    SaleStatus.PAID: "", SaleStatus.PENDING: "bold",
    SaleStatus.REFUNDED: "dim", SaleStatus.PARTIALLY_REFUNDED: "italic",
}


def load_sales(core: Core, sale_filter: SaleFilter, cursors: tuple[Cursor | None, ...]
               ) -> tuple[list[SaleRow], Cursor | None, int | None]:
    """(worker) A page of the log as ``sale_filter`` narrows it."""
    page = core.lists.sales(sale_filter.query(), after=cursors[-1], limit=PAGE_SIZE)
    return page.items, page.next_cursor, None


def sale_cells(row: SaleRow) -> list[Text]:
    total = Text(amount_str(row.total_minor, row.currency), justify="right")
    if row.refunded_minor:
        total.append(f" (−{amount_str(row.refunded_minor, row.currency, with_code=False)})",
                     style="dim")
    status = SaleStatus(row.status)
    return [
        Text(dates.format_datetime_local(row.sold_at)),
        safe_text(row.customer, max_width=30),
        safe_text(row.items, max_width=50),
        total,
        Text(status.value.replace("_", " "), style=STATUS_STYLE.get(status, "")),
    ]


def refund_sale_row(screen: Screen[object], row: SaleRow) -> None:
    """Open the refund form for ``row``, or say why a refund cannot be recorded
    (the purchase log and the contact page's purchases tab both bind ``r``)."""
    from tuicrm.ui.forms.refund import RefundForm

    if row.status == SaleStatus.PENDING:
        screen.notify("This sale is not paid yet: nothing to refund. Press e to edit it.",
                      timeout=5)
    elif row.status == SaleStatus.REFUNDED:
        screen.notify("This sale is already refunded in full.", timeout=5)
    else:
        screen.app.push_screen(RefundForm(row.id))


class PurchasesScreen(PagedList["SaleRow"], SectionScreen):
    """The purchase log."""

    SECTION_NAME = "Purchases"
    LOAD_GROUP = "purchases"
    # The list, not the first filter box: a box focused on a screen built ahead
    # (not shown) would move the terminal's cursor under the current screen.
    AUTO_FOCUS = "#purchases-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new_sale", "New sale", id="purchases.new"),
        Binding("e", "edit_sale", "Edit", id="purchases.edit"),
        Binding("r", "refund", "Refund/return", id="purchases.refund"),
        Binding("b", "bill", "Invoice the sale", id="purchases.bill", show=False),
        Binding("f", "filter", "Filter", id="purchases.filter"),
        Binding("slash", "filter", "Filter", id="purchases.filter_slash", show=False),
        Binding("w", "reengage", "Re-engage", id="purchases.reengage"),
        Binding("i", "toggle_customer", "Customer", id="purchases.customer"),
        Binding("S", "segments", "Segments", id="purchases.segments", show=False),
        Binding("enter", "open_contact", "Open customer", id="purchases.open", show=False),
        Binding("escape", "clear_filters", "Clear filters", id="purchases.clear",
                show=False),
        Binding("pagedown", "next_page", "Next page", id="purchases.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="purchases.prev_page", priority=True,
                show=False),
        Binding("ctrl+e", "export", "Export CSV", id="purchases.export", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._filter = SaleFilter()
        self.start_paging()
        self._rows: dict[str, SaleRow] = {}
        self._side_timer: Timer | None = None
        self._side_shown: tuple[int, int] | None = None  # (contact id, data generation)
        self._side_wanted: bool | None = None  # None: by the terminal's width

    def compose_body(self) -> ComposeResult:
        yield PurchaseFilters(id="purchases-bar")
        with Horizontal(id="purchases-body"):
            yield RecordTable(id="purchases-table")
            yield Static(Text(EMPTY), id="purchases-empty", classes="section--empty")
            with VerticalScroll(id="purchases-side"):
                yield Static(id="purchases-side-heading", classes="section--heading")
                yield Static(id="purchases-customer")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#purchases-empty").display = False
        self.query_one("#purchases-side").display = False
        self.query_one(RecordTable).focus()

    @property
    def table(self) -> RecordTable:
        return self.query_one("#purchases-table", RecordTable)

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        self._side_shown = None  # the customer's figures may have changed too
        super().reload()

    def page_query(self) -> SaleFilter:
        return self._filter

    def read_page(self, core: Core, query: SaleFilter, cursors: tuple[Cursor | None, ...],
                  early: object) -> tuple[list[SaleRow], Cursor | None, int | None]:
        return load_sales(core, query, cursors)

    def show_page(self, page: ListPage[SaleRow], *, same_page: bool) -> None:
        """The cells (and whether the customer shows beside them) fit the width."""
        self.cut_to_width()
        table = self.table
        self._rows = {str(row.id): row for row in page.rows}
        side = self._side_open()
        width = max(60, self.app.size.width - (SIDE_WIDTH if side else 0) - 4)
        table.fill(COLUMNS, [(str(r.id), sale_cells(r), r.contact_id) for r in page.rows],
                   width, keep=same_page)
        empty = not page.rows and self._pages.on_first_page
        sale_filter: SaleFilter = page.query  # type: ignore[assignment]
        table.display = not empty
        self.query_one("#purchases-side").display = side and not empty
        blank = self.query_one("#purchases-empty", Static)
        blank.display = empty
        blank.update(Text(NO_MATCH if sale_filter.active else EMPTY))
        self._show_status(page.rows, sale_filter)
        self._customer_soon()

    def _show_status(self, rows: list[SaleRow], sale_filter: SaleFilter) -> None:
        described = sale_filter.describe()
        if rows:
            first = self._pages.first_position
            status = Text(f"Sales {first:,}–{first + len(rows) - 1:,}, newest first")
            if described:
                status.append(" · ").append_text(safe_text(described, max_width=70))
            if self._pages.next_cursor is not None or not self._pages.on_first_page:
                status.append("   PgDn/PgUp pages", style="dim")
        elif self._pages.on_first_page:
            status = (Text("No sale matches: ").append_text(safe_text(described, max_width=70))
                      if described else Text("No sales yet"))
        else:
            status = Text("No more sales: PgUp for the previous page.")
        problems = sale_filter.problems
        if problems:
            typed = safe_text("⚠ " + " · ".join(problems), max_width=120)  # holds what was typed
            self.set_status(typed.append("  ·  ").append_text(status), problem=True)
        else:
            self.set_status(status)

    # --- filtering -----------------------------------------------------------

    @on(PurchaseFilters.Changed)
    def _filtered(self, event: PurchaseFilters.Changed) -> None:
        wanted = event.sale_filter
        if wanted == self._filter and wanted.problems == self._filter.problems:
            return  # the bar's boxes settling as it mounts (twice): the same page
        self._filter = wanted
        self.first_page()

    @on(Input.Submitted, "#purchases-bar Input")
    def _back_to_list(self) -> None:
        self.table.focus()

    def action_filter(self) -> None:
        self.query_one(PurchaseFilters).focus_first()

    def action_clear_filters(self) -> None:
        """Esc in the bar goes back to the list; on the list it drops every filter."""
        bar = self.query_one(PurchaseFilters)
        if bar.has_focus_within:
            self.table.focus()
        elif self._filter.active or self._filter.problems:
            bar.clear()

    # --- the customer beside the list ------------------------------------------

    def _side_open(self) -> bool:
        if self._side_wanted is not None:
            return self._side_wanted
        return self.app.size.width >= SIDE_FROM

    def action_toggle_customer(self) -> None:
        self._side_wanted = not self._side_open()
        self.reload()

    @on(DataTable.RowHighlighted, "#purchases-table")
    def _highlighted(self) -> None:
        self._customer_soon()

    def _customer_soon(self) -> None:
        if self._side_timer is not None:
            self._side_timer.stop()
        self._side_timer = self.set_timer(REST, self._show_customer)

    def _show_customer(self) -> None:
        row = self._selected_row()
        if row is None or not self.query_one("#purchases-side").display:
            return
        wanted = (row.contact_id, self.crm_app.data_generation)
        if wanted == self._side_shown:
            return

        def load(core: Core) -> CustomerView:
            return core.lists.customer(row.contact_id, dates.utcnow())

        run_core(self, load, done=lambda view: self._customer_loaded(view, wanted[1]),
               failed=self._customer_failed, group="purchases-customer", exclusive=True)

    def _customer_loaded(self, view: CustomerView, generation: int) -> None:
        """Heading and figures change together, and only for the row still chosen."""
        from tuicrm.ui.widgets.customer_insight import insight_table

        row = self._selected_row()
        if row is None or row.contact_id != view.contact_id:
            return  # the cursor moved on: its own load follows
        self._side_shown = (view.contact_id, generation)
        self.query_one("#purchases-side-heading", Static).update(
            safe_text(row.customer, max_width=SIDE_WIDTH - 4, style="bold"))
        self.query_one("#purchases-customer", Static).update(insight_table(view, dates.today()))

    def _customer_failed(self, _error: object) -> bool:
        self._side_shown = None
        self.query_one("#purchases-customer", Static).update(
            Text("Could not read this customer's figures.", style="italic"))
        return False  # and the usual notification

    # --- acting on a sale ----------------------------------------------------

    def _selected_row(self) -> SaleRow | None:
        key = self.table.selected_key()
        return self._rows.get(key) if key is not None else None

    def action_new_sale(self) -> None:
        from tuicrm.ui.forms.sale import SaleForm

        self.app.push_screen(SaleForm())

    def action_edit_sale(self) -> None:
        from tuicrm.ui.forms.sale import SaleForm

        row = self._selected_row()
        if row is not None:
            self.app.push_screen(SaleForm(row.id))

    def action_refund(self) -> None:
        row = self._selected_row()
        if row is not None:
            refund_sale_row(self, row)

    def action_bill(self) -> None:
        """Draft an invoice with the sale's lines and open it (a sale is billed once)."""
        from tuicrm.ui.screens.invoice_view import InvoiceView

        row = self._selected_row()
        if row is None:
            return
        sale_id = row.id

        def drafted(invoice_id: int) -> None:
            self.notify("Invoice drafted from the sale: check it, then i issues it.", timeout=6)
            self.crm_app.data_changed()
            self.app.push_screen(InvoiceView(invoice_id))

        run_core(self, lambda core: core.invoicing.draft_for_sale(sale_id), done=drafted,
                 group="purchases-bill")

    def action_export(self) -> None:
        """The sales as filtered, newest first, to a CSV file."""
        from tuicrm.ui.export import export_csv

        query = self._filter.query()
        export_csv(self, "purchases", lambda core: core.exports.sales_csv(query))

    @on(DataTable.RowSelected, "#purchases-table")
    def _row_chosen(self) -> None:
        self.open_selected_contact(self.table)

    def action_open_contact(self) -> None:
        self.open_selected_contact(self.table)
