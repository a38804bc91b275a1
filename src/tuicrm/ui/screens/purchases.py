"""Purchases: every sale, newest first, 50 at a time.

Pages come from ``services.sales.list_sales`` with keyset cursors; the cursor
each shown page was read with is kept on a stack, so "previous page" is the
cursor below it. Enter opens the customer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.enums import SaleStatus
from tuicrm.money import MoneyError, format_amount
from tuicrm.ui.screens.sections import Cursor, RecordTable, SectionScreen
from tuicrm.ui.text import safe_str, safe_text

if TYPE_CHECKING:
    from sqlmodel import Session

    from tuicrm.services.sales import SaleRow

PAGE_SIZE = 50
EMPTY = "No sales yet.\n\nA contact's purchases show here, newest first."
STATUS_STYLE = {
    SaleStatus.PAID: "", SaleStatus.PENDING: "bold",
    SaleStatus.REFUNDED: "dim", SaleStatus.PARTIALLY_REFUNDED: "italic",
}


@dataclass(frozen=True)
class SalesPage:
    cursors: tuple[Cursor | None, ...]
    rows: list[SaleRow]
    next_cursor: Cursor | None


def load_sales(session: Session, cursors: tuple[Cursor | None, ...]) -> SalesPage:
    from tuicrm.services import sales

    page = sales.list_sales(session=session, after=cursors[-1], limit=PAGE_SIZE)
    return SalesPage(cursors, page.items, page.next_cursor)


def _amount(minor: int, currency: str, *, with_code: bool = True) -> str:
    """The amount, or the bare figures and code for a currency this version does not know
    (a file written by another program), rather than failing the whole page."""
    try:
        return format_amount(minor, currency, with_code=with_code)
    except MoneyError:
        return f"{minor} {safe_str(currency)} (minor units)"


def sale_cells(row: SaleRow) -> list[Text]:
    total = Text(_amount(row.total_minor, row.currency), justify="right")
    if row.refunded_minor:
        total.append(f" (−{_amount(row.refunded_minor, row.currency, with_code=False)})",
                     style="dim")
    status = SaleStatus(row.status)
    return [
        Text(dates.format_datetime_local(row.sold_at)),
        safe_text(row.customer, max_width=30),
        safe_text(row.items, max_width=50),
        total,
        Text(status.value.replace("_", " "), style=STATUS_STYLE.get(status, "")),
    ]


class PurchasesScreen(SectionScreen):
    """The purchase log."""

    SECTION_NAME = "Purchases"
    LOAD_GROUP = "purchases"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_contact", "Open customer", id="purchases.open"),
        Binding("pagedown", "next_page", "Next page", id="purchases.next_page", priority=True),
        Binding("pageup", "prev_page", "Prev page", id="purchases.prev_page", priority=True),
        Binding("n", "next_page", "Next page", id="purchases.next_page_n", show=False),
        Binding("p", "prev_page", "Prev page", id="purchases.prev_page_p", show=False),
        Binding("ctrl+e", "export", "Export CSV", id="purchases.export", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._cursors: tuple[Cursor | None, ...] = (None,)
        self._next_cursor: Cursor | None = None
        self._requests = 0

    def compose_body(self) -> ComposeResult:
        yield RecordTable(id="purchases-table")
        yield Static(Text(EMPTY), id="purchases-empty", classes="section--empty")

    def on_mount(self) -> None:
        super().on_mount()
        table = self.query_one(RecordTable)
        for label in ("Date", "Customer", "Items", "Total", "Status"):
            table.add_column(label, key=label.lower())
        self.query_one("#purchases-empty").display = False
        table.focus()

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        self._request(self._cursors)

    def _request(self, cursors: tuple[Cursor | None, ...]) -> None:
        self._requests += 1
        number = self._requests
        self.load(lambda session: load_sales(session, cursors),
                  lambda page: self._loaded(number, page))

    def _loaded(self, number: int, page: SalesPage) -> None:
        if number != self._requests:
            return  # a newer page is on its way
        table = self.query_one(RecordTable)
        same_page = page.cursors == self._cursors
        kept = table.selected_key() if same_page else None
        self._cursors, self._next_cursor = page.cursors, page.next_cursor
        self.refresh_bindings()
        table.clear_rows()
        for row in page.rows:
            table.add_record(str(row.id), sale_cells(row), row.contact_id)
        table.keep_cursor_on(kept)
        first_page = len(page.cursors) == 1
        empty = not page.rows and first_page
        table.display = not empty
        self.query_one("#purchases-empty").display = empty
        if page.rows:
            first = (len(page.cursors) - 1) * PAGE_SIZE + 1
            status = Text(f"Sales {first:,}–{first + len(page.rows) - 1:,}, newest first")
            if page.next_cursor is not None or not first_page:
                status.append("   n/PgDn next · p/PgUp previous · Enter opens the customer",
                              style="dim")
        elif first_page:
            status = Text("No sales yet")
        else:
            status = Text("No more sales: press p for the previous page.")
        self.set_status(status)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next_page":
            return True if self._next_cursor is not None else None
        if action == "prev_page":
            return True if len(self._cursors) > 1 else None
        return True

    def action_next_page(self) -> None:
        if self._next_cursor is not None:
            self._request((*self._cursors, self._next_cursor))

    def action_prev_page(self) -> None:
        if len(self._cursors) > 1:
            self._request(self._cursors[:-1])

    def action_export(self) -> None:
        """Every sale, newest first, to a CSV file."""
        from tuicrm.services.sale_export import SALE_HEADER, sale_rows
        from tuicrm.ui.export import export_csv

        export_csv(self, "purchases", SALE_HEADER, sale_rows)

    # --- opening -----------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        if isinstance(event.data_table, RecordTable):
            self.open_selected_contact(event.data_table)

    def action_open_contact(self) -> None:
        self.open_selected_contact(self.query_one(RecordTable))
