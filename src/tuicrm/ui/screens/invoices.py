"""The invoices section: every invoice and credit note, newest first, 50 a page,
with what is outstanding per currency, how many are overdue, and how many
billing periods are waiting for an invoice (``I`` issues them).

Keys act on the highlighted invoice: Enter opens it, ``p`` records a payment,
``i`` issues a draft, ``e`` edits one, ``d`` deletes one, ``P`` writes the PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Select, Static

from tuicrm import money
from tuicrm.ui.screens import invoice_actions
from tuicrm.ui.screens.record_lists import Cursor, ListPage, PagedList, RecordTable
from tuicrm.ui.screens.sections import SectionScreen
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.columns import Column
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import InvoiceRow, InvoiceSummary

GROUP = "invoices"
FILTERS = (("All invoices", "all"), ("Overdue", "overdue"))
COLUMNS: tuple[Column, ...] = (
    ("Number", 15, 9), ("Status", 12, 6), ("Client", 0.6, 10), ("Issued", 10, 10),
    ("Due", 10, 10), ("Total", 0.2, 10), ("Owed", 0.2, 8),
)
EMPTY = ("No invoices yet.\n\nPress n to write one, or I to issue the billing periods of "
         "your running contracts.")
STATUS_STYLES = {"draft": "dim", "overdue": "bold red", "partly_paid": "yellow",
                 "paid": "green", "credited": "dim", "issued": ""}


def status_text(row: InvoiceRow) -> Text:
    if row.kind.value == "credit_note":
        return Text("credit note" if row.number else "draft credit", style="cyan")
    value = row.status.value
    return Text(value.replace("_", " "), style=STATUS_STYLES.get(value, ""))


def invoice_cells(row: InvoiceRow) -> list[Text]:
    def day(value: object) -> Text:
        return Text(value.isoformat() if value else "—", style="" if value else "dim")  # type: ignore[attr-defined]

    owed = Text(money.shown_amount(row.balance_minor, row.currency) if row.balance_minor
                else "—", style="bold" if row.balance_minor else "dim", justify="right")
    return [Text(row.number or "draft", style="" if row.number else "dim italic"),
            status_text(row), safe_text(row.client), day(row.issue_date),
            day(row.due_date if row.kind.value == "invoice" else None),
            Text(money.shown_amount(row.total_minor, row.currency), justify="right"), owed]


def summary_text(summary: InvoiceSummary) -> Text:
    text = Text()
    if summary.outstanding:
        text.append("Outstanding ")
        text.append(" · ".join(money.shown_amount(v, c) for c, v in summary.outstanding.items()),
                    style="bold")
    else:
        text.append("Nothing outstanding", style="dim")
    if summary.overdue:
        text.append(f" · {summary.overdue} overdue", style="bold red")
    if summary.to_issue:
        text.append(f" · {summary.to_issue} invoice{'s' if summary.to_issue != 1 else ''} "
                    "to issue (I)", style="bold")
    return text


class InvoicesScreen(PagedList["InvoiceRow"], SectionScreen):
    """Invoices and credit notes, newest first."""

    SECTION_NAME = "Invoices"
    LOAD_GROUP = GROUP
    AUTO_FOCUS = "#invoices-table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="invoices.new"),
        Binding("enter", "open", "Open", id="invoices.open", show=False),
        Binding("p", "pay", "Payment", id="invoices.pay"),
        Binding("i", "issue", "Issue", id="invoices.issue"),
        Binding("I", "issue_all", "Issue due", id="invoices.issue_all"),
        Binding("e", "edit", "Edit", id="invoices.edit"),
        Binding("d", "delete", "Delete", id="invoices.delete"),
        Binding("P", "pdf", "PDF", id="invoices.pdf"),
        Binding("f", "filter", "Filter", id="invoices.filter"),
        Binding("S", "settings", "Invoice settings", id="invoices.settings", show=False),
        Binding("escape", "clear_filter", "All invoices", id="invoices.clear", show=False),
        Binding("pagedown", "next_page", "Next page", id="invoices.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="invoices.prev_page", priority=True,
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.start_paging()
        self._which = "all"
        self._rows: dict[str, InvoiceRow] = {}
        self._summary: InvoiceSummary | None = None

    def compose_body(self) -> ComposeResult:
        yield Select(FILTERS, value="all", allow_blank=False, id="invoices-filter")
        yield Static(id="invoices-summary")
        yield RecordTable(id="invoices-table")
        yield Static(Text(EMPTY), id="invoices-empty", classes="section--empty")

    @property
    def table(self) -> RecordTable:
        return self.query_one("#invoices-table", RecordTable)

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        if self.crm_app.core is not None:
            run_core(self, lambda core: core.invoicing.summary(), done=self._show_summary,
                     group="invoices-summary", exclusive=True)

    def page_query(self) -> str:
        return self._which

    def read_page(self, core: Core, query: str, cursors: tuple[Cursor | None, ...],
                  early: object) -> tuple[list[InvoiceRow], Cursor | None, int | None]:
        page = core.invoicing.page(overdue=query == "overdue", after=cursors[-1],
                                   limit=self.PAGE_SIZE)
        return page.items, page.next_cursor, None

    def show_page(self, page: ListPage[InvoiceRow], *, same_page: bool) -> None:
        self.cut_to_width()
        self._rows = {str(row.id): row for row in page.rows}
        self.table.fill(COLUMNS, [(str(r.id), invoice_cells(r), r.contact_id) for r in page.rows],
                        max(60, self.app.size.width - 4), keep=same_page)
        empty = not page.rows and self._pages.on_first_page
        self.table.display = not empty
        blank = self.query_one("#invoices-empty", Static)
        blank.display = empty
        blank.update(Text("No overdue invoices." if page.query == "overdue" else EMPTY))
        if page.rows:
            first = self._pages.first_position
            status = Text(f"Invoices {first:,}–{first + len(page.rows) - 1:,}")
            if self._pages.next_cursor is not None or not self._pages.on_first_page:
                status.append("   PgDn next · PgUp previous", style="dim")
            status.append("   Enter opens · p payment · i issue · P PDF", style="dim")
        else:
            status = Text("No invoices here.")
        self.set_status(status)
        self.refresh_bindings()

    def _show_summary(self, summary: InvoiceSummary) -> None:
        self._summary = summary
        self.query_one("#invoices-summary", Static).update(summary_text(summary))
        self.refresh_bindings()

    # --- the highlighted invoice -------------------------------------------------

    def _selected(self) -> InvoiceRow | None:
        key = self.table.selected_key() if self.table.display else None
        return self._rows.get(key) if key else None

    @on(DataTable.RowHighlighted, "#invoices-table")
    def _highlighted(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self._selected()
        issued = row is not None and row.number is not None
        # a key that does nothing to the highlighted invoice is left out of the footer
        if action in ("issue", "edit", "delete"):
            return None if row is None else not issued
        if action == "pay":
            return None if row is None else row.balance_minor > 0
        if action in ("open", "pdf"):
            return None if row is None else True
        if action == "issue_all":
            return True if self._summary is None or self._summary.to_issue else None
        return super().check_action(action, parameters)

    # --- keys ----------------------------------------------------------------------

    def action_new(self) -> None:
        invoice_actions.new_draft(self)

    @on(DataTable.RowSelected, "#invoices-table")
    def action_open(self) -> None:
        from tuicrm.ui.screens.invoice_view import InvoiceView

        if (row := self._selected()) is not None:
            self.app.push_screen(InvoiceView(row.id))

    def action_pay(self) -> None:
        if (row := self._selected()) is not None:
            invoice_actions.record_payment(self, row.id)

    def action_issue(self) -> None:
        if (row := self._selected()) is not None and row.number is None:
            invoice_actions.issue(self, row.id, f"the draft for {row.client}", version=row.version)

    def action_issue_all(self) -> None:
        invoice_actions.issue_proposals(self)

    def action_edit(self) -> None:
        if (row := self._selected()) is not None and row.number is None:
            invoice_actions.edit_draft(self, row.id)

    def action_delete(self) -> None:
        if (row := self._selected()) is not None and row.number is None:
            invoice_actions.delete_draft(self, row.id, f"draft for {row.client}",
                                         version=row.version)

    def action_pdf(self) -> None:
        if (row := self._selected()) is not None:
            invoice_actions.write_pdf(self, row.id)

    def action_settings(self) -> None:
        from tuicrm.ui.forms.invoice_settings import InvoiceSettingsForm

        self.app.push_screen(InvoiceSettingsForm())

    def action_filter(self) -> None:
        self.query_one("#invoices-filter", Select).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#invoices-filter", Select).value = "all"
        self.table.focus()

    @on(Select.Changed, "#invoices-filter")
    def _filter_changed(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL and event.value != self._which:
            self._which = str(event.value)
            self.first_page()
