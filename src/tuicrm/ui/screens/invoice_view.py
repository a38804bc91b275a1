"""One invoice or credit note: its facts, lines, totals per tax rate, payments
and credit notes, and what is still owed.

Keys act on the invoice shown: a draft is edited (e), issued (i) or deleted
(d); an issued invoice takes a payment (p), a credit note (c), or gives back
its newest payment (u); any writes its PDF (P). Enter on the client (o) opens
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tuicrm import dates, errors, invoice_math, money
from tuicrm.ui.screens import invoice_actions
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import InvoiceDetail, InvoiceSettings

_STATUS_STYLES = {"draft": "dim", "overdue": "bold red", "partly_paid": "yellow",
                  "paid": "green", "credited": "dim", "issued": ""}


class InvoiceView(CrmScreen):
    """Everything about one invoice."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="invoice.back"),
        Binding("p", "pay", "Payment", id="invoice.pay"),
        Binding("i", "issue", "Issue", id="invoice.issue"),
        Binding("e", "edit", "Edit", id="invoice.edit"),
        Binding("c", "credit", "Credit note", id="invoice.credit"),
        Binding("u", "take_back", "Take back payment", id="invoice.take_back"),
        Binding("P", "pdf", "PDF", id="invoice.pdf"),
        Binding("o", "open_client", "Client", id="invoice.client"),
        Binding("d", "delete", "Delete", id="invoice.delete"),
    ]

    def __init__(self, invoice_id: int) -> None:
        super().__init__()
        self.invoice_id = invoice_id
        self.detail: InvoiceDetail | None = None
        self.interest_rate = invoice_math.DEFAULT_INTEREST_RATE

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="invoice-view"):
            yield Static(Text("Reading the invoice…", style="italic"), id="invoice-view-title")
            yield Static(id="invoice-view-facts")
            yield Static(id="invoice-view-lines")
            yield Static(id="invoice-view-money")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#invoice-view").focus()
        self.reload_if_stale()

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        if self.crm_app.database is None:
            return
        invoice_id = self.invoice_id

        def job(core: Core) -> tuple[InvoiceDetail, InvoiceSettings]:
            return core.invoicing.invoice(invoice_id), core.invoicing.settings()

        run_core(self, job, done=self._show, failed=self._failed, group="invoice-view",
                 exclusive=True)

    def _failed(self, error: errors.CrmError) -> bool:
        self.detail = None
        self.refresh_bindings()
        message = ("This invoice no longer exists (a deleted draft). Press Esc to go back."
                   if isinstance(error, errors.NotFoundError) else errors.plain_message(error))
        self.query_one("#invoice-view-title", Static).update(safe_text(message, style="bold"))
        return isinstance(error, errors.NotFoundError)

    def _show(self, loaded: tuple[InvoiceDetail, InvoiceSettings]) -> None:
        detail, settings = loaded
        self.detail, self.interest_rate = detail, settings.interest_rate
        invoice = detail.invoice
        credit = invoice.kind == "credit_note"
        title = Text("Credit note " if credit else "Invoice ", style="bold")
        title.append(invoice.number or "draft (no number until issued)",
                     style="bold" if invoice.number else "dim italic")
        status = detail.status.value
        title.append(f"   {status.replace('_', ' ')}", style=_STATUS_STYLES.get(status, ""))
        self.query_one("#invoice-view-title", Static).update(title)
        self.query_one("#invoice-view-facts", Static).update(self._facts(detail))
        self.query_one("#invoice-view-lines", Static).update(self._lines(detail))
        self.query_one("#invoice-view-money", Static).update(self._money(detail))
        self.refresh_bindings()

    def _facts(self, detail: InvoiceDetail) -> Table:
        invoice = detail.invoice
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        grid.add_row("Client", safe_text(detail.client))
        if invoice.issue_date:
            grid.add_row("Issued", Text(dates.format_date(invoice.issue_date)))
        if invoice.due_date and invoice.kind != "credit_note":
            grid.add_row("Due", Text(f"{dates.format_date(invoice.due_date)}  "
                                     f"(Net {invoice.terms_days})"))
        if invoice.period_start and invoice.period_end:
            grid.add_row("Period", Text(f"{dates.format_date(invoice.period_start)} to "
                                        f"{dates.format_date(invoice.period_end)}"))
        if detail.credits_number:
            grid.add_row("Corrects", Text(detail.credits_number))
        if invoice.note:
            grid.add_row("Note", safe_text(invoice.note, multiline=True))
        return grid

    def _lines(self, detail: InvoiceDetail) -> Table:
        currency = detail.invoice.currency
        table = Table(expand=True, show_edge=False, pad_edge=False, title_justify="left")
        table.add_column("Description", ratio=1)
        for name in ("Qty", "Unit price", "Tax", "Net"):
            table.add_column(name, justify="right", no_wrap=True)
        for line in detail.lines:
            table.add_row(safe_text(line.description, multiline=True),
                          invoice_math.format_quantity(line.quantity_milli),
                          money.shown_amount(line.unit_price_minor, currency),
                          invoice_math.format_tax_rate(line.tax_rate),
                          money.shown_amount(line.net_minor, currency))
        return table

    def _money(self, detail: InvoiceDetail) -> Group:
        invoice = detail.invoice
        currency = invoice.currency
        totals = Table.grid(padding=(0, 2))
        totals.add_column(style="dim", justify="right")
        totals.add_column(justify="right")
        for rate in detail.totals.per_rate:
            shown = invoice_math.format_tax_rate(rate.tax_rate)
            totals.add_row(f"Net at {shown}", money.shown_amount(rate.net_minor, currency))
            totals.add_row(f"Tax at {shown}", money.shown_amount(rate.tax_minor, currency))
        totals.add_row(Text("Total", style="bold"),
                       Text(money.shown_amount(invoice.total_minor, currency), style="bold"))
        parts: list[object] = [Text(""), totals]
        if invoice.kind == "credit_note" or invoice.issued_at is None:
            return Group(*parts)
        if invoice.paid_minor:
            totals.add_row("Paid", money.shown_amount(-invoice.paid_minor, currency))
        if invoice.credited_minor:
            totals.add_row("Credit notes", money.shown_amount(-invoice.credited_minor, currency))
        totals.add_row(Text("Owed", style="bold"),
                       Text(money.shown_amount(detail.balance_minor, currency), style="bold"))
        if detail.status.value == "overdue" and invoice.due_date:
            late = (dates.today() - invoice.due_date).days
            interest = invoice_math.late_interest(detail.balance_minor, self.interest_rate, late)
            parts.append(Text(
                f"\n{late} days late: late-payment interest at "
                f"{invoice_math.format_tax_rate(self.interest_rate)} a year comes to "
                f"{money.shown_amount(interest, currency)} (a figure to claim, not billed).",
                style="yellow"))
        if detail.payments:
            parts.append(Text("\nPayments", style="bold"))
            for payment in detail.payments:
                line = Text(f"  {dates.format_date(payment.paid_on)}  "
                            f"{money.shown_amount(payment.amount_minor, currency)}  "
                            f"{str(payment.method.value).replace('_', ' ')}")
                if payment.note:
                    line.append("  ").append_text(safe_text(payment.note, style="dim"))
                parts.append(line)
        if detail.credit_notes:
            parts.append(Text("\nCredit notes", style="bold"))
            for note in detail.credit_notes:
                parts.append(Text(f"  {note.number or 'draft'}  "
                                  f"{money.shown_amount(note.total_minor, currency)}"))
        return Group(*parts)

    # --- keys -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        detail = self.detail
        if action in ("back",):
            return True
        if detail is None:
            return None
        invoice = detail.invoice
        draft = invoice.issued_at is None
        receivable = not draft and invoice.kind == "invoice"
        shown = {"issue": draft, "edit": draft, "delete": draft, "pdf": True, "open_client": True,
                 "pay": receivable and detail.balance_minor > 0,
                 "credit": receivable and detail.balance_minor > 0,
                 "take_back": receivable and bool(detail.payments)}
        return shown.get(action, True)  # a key that does nothing here is left out

    def action_back(self) -> None:
        self.app.pop_screen()

    def _what(self) -> str:
        assert self.detail is not None
        kind = "credit note" if self.detail.invoice.kind == "credit_note" else "draft"
        return f"the {kind} for {self.detail.client}"

    def action_issue(self) -> None:
        if self.detail is not None:
            invoice_actions.issue(self, self.invoice_id, self._what(),
                                  version=self.detail.invoice.version)

    def action_edit(self) -> None:
        if self.detail is not None:
            invoice_actions.edit_draft(self, self.invoice_id)

    def action_delete(self) -> None:
        if self.detail is not None:
            invoice_actions.delete_draft(self, self.invoice_id, self._what(),
                                         version=self.detail.invoice.version,
                                         then=lambda _outcome: self._closed())

    def _closed(self) -> None:
        if self.is_current:
            self.app.pop_screen()

    def action_pay(self) -> None:
        invoice_actions.record_payment(self, self.invoice_id)

    def action_credit(self) -> None:
        # the credit note's page opens under its form: what to issue once it is cut down
        invoice_actions.credit_note(self, self.invoice_id,
                                    then=lambda credit_id: self.app.push_screen(
                                        InvoiceView(credit_id)))

    def action_take_back(self) -> None:
        if self.detail is not None and self.detail.payments:
            newest = self.detail.payments[-1]
            invoice_actions.take_back_payment(
                self, newest.id or 0, money.shown_amount(newest.amount_minor,
                                                         self.detail.invoice.currency))

    def action_pdf(self) -> None:
        invoice_actions.write_pdf(self, self.invoice_id)

    def action_open_client(self) -> None:
        if self.detail is not None:
            self.crm_app.open_contact(self.detail.invoice.contact_id)
