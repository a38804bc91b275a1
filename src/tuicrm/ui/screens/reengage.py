"""Customers to re-engage: those quiet for well over their own usual gap between orders.

Opened with ``w`` ("win back") from the purchase log. The list is
``services.metrics_customer_lists.reengage_list`` (the definition lives
there), longest past due first, 50 a page with keyset cursors kept on a stack
as on the purchase log. Enter opens the customer, so the call can be logged
there; Esc goes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Static

from tuicrm import dates
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.record_lists import (
    Cursor,
    ListPage,
    PagedList,
    RecordTable,
    Row,
    open_selected_contact,
)
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.columns import Column
from tuicrm.ui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import QuietCustomer

PAGE_SIZE = 50
GROUP = "reengage"
COLUMNS: list[Column] = [("Customer", 1.0, 16), ("Orders", 7, 6), ("Last purchase", 14, 10),
                         ("Usual gap", 11, 9), ("Quiet for", 11, 9), ("Past due by", 12, 9)]
EMPTY = ("Nobody to re-engage: every customer with two or more orders has bought again "
         "within twice their usual gap.")


def _days(n: float, style: str = "") -> Text:
    whole = round(n)
    return Text("1 day" if whole == 1 else f"{whole:,} days", justify="right", style=style)


def quiet_row(q: QuietCustomer) -> Row:
    cells = [safe_text(q.name, max_width=60), Text(f"{q.orders:,}", justify="right"),
             Text(dates.format_date(dates.to_local(q.last_purchase).date())),
             _days(q.typical_gap_days), _days(q.days_since),
             _days(q.overdue_days, style="bold")]
    return str(q.contact_id), cells, q.contact_id


class ReengageScreen(PagedList["QuietCustomer"], CrmScreen):
    """Whom to call to win back, longest overdue first."""

    STATUS_ID = "reengage-status"
    LOAD_GROUP = GROUP
    PAGE_SIZE = PAGE_SIZE
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="reengage.back"),
        Binding("enter", "open_contact", "Open customer", id="reengage.open"),
        Binding("pagedown", "next_page", "Next page", id="reengage.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="reengage.prev_page", priority=True,
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.start_paging()
        # One "now" for every page: the keyset is on days past due, which grows with
        # time, so pages read at different moments would skip rows at their seams.
        self._now = dates.utcnow()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Customers to re-engage", style="bold"), classes="section--heading",
                     id="reengage-heading")
        yield RecordTable(id="reengage-table")
        yield Static(Text(EMPTY), id="reengage-empty", classes="section--empty")
        yield Static(id="reengage-status", classes="section--status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#reengage-empty").display = False
        self.set_status(Text("Finding customers gone quiet…", style="italic"))
        self.query_one(RecordTable).focus()
        self.reload_if_stale()

    def read_page(self, core: Core, query: object, cursors: tuple[Cursor | None, ...],
                  early: object) -> tuple[list[QuietCustomer], Cursor | None, int | None]:
        page = core.lists.reengage(self._now, after=cursors[-1], limit=PAGE_SIZE)
        return page.items, page.next_cursor, None

    def show_page(self, page: ListPage[QuietCustomer], *, same_page: bool) -> None:
        table = self.query_one(RecordTable)
        table.fill(COLUMNS, [quiet_row(q) for q in page.rows],
                   max(60, self.app.size.width - 4), keep=same_page)
        empty = not page.rows and self._pages.on_first_page
        table.display = not empty
        self.query_one("#reengage-empty").display = empty
        if not page.rows:
            self.set_status(Text("No one to re-engage" if empty else "No more customers"))
            return
        first = self._pages.first_position
        status = Text(f"Customers {first:,}–{first + len(page.rows) - 1:,}, longest past "
                      "their usual gap first")
        status.append("   Enter opens the customer · PgDn/PgUp pages · Esc back", style="dim")
        self.set_status(status)

    def worker_failed(self, group: str, message: str) -> None:
        self.show_problem(message)

    def action_back(self) -> None:
        self.dismiss()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_open_contact()

    def action_open_contact(self) -> None:
        open_selected_contact(self, self.query_one(RecordTable))
