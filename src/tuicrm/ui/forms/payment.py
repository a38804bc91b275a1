"""The payment form: money received against one issued invoice.

The amount starts at what is still owed and may not go over it; the date
starts today and may not be ahead of it. A recorded payment can be taken back
with ctrl+z (the undo), or from the invoice's page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from tuicrm import dates, money
from tuicrm.enums import PaymentMethod
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import ChoiceField, DateField, MoneyField, TextField, choices

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved


class PaidAmountField(MoneyField):
    """More than zero, and no more than is owed."""

    def __init__(self, form: PaymentForm) -> None:
        self.form = form
        super().__init__("amount_minor", "Amount received", currency=lambda: form.currency,
                         required=True)

    def parse(self, raw: str) -> int:
        minor = super().parse(raw)
        if minor <= 0:
            raise ValueError("Enter an amount above zero")
        if self.form.owed is not None and minor > self.form.owed:
            raise ValueError("More than is owed: at most "
                             + money.format_amount(self.form.owed, self.form.currency))
        return minor


class PaidOnField(DateField):
    def parse(self, raw: str) -> Any:
        day = super().parse(raw)
        if day > dates.today():
            raise ValueError("A payment is recorded once it has come in: not a day ahead")
        return day


class PaymentForm(RecordForm):
    """Record a payment against invoice ``invoice_id``; dismisses with the payment's id."""

    what: ClassVar[str] = "payment"

    def __init__(self, invoice_id: int) -> None:
        super().__init__(None, invoice_id=invoice_id)
        self.invoice_id = invoice_id
        self.currency = "EUR"
        self.owed: int | None = None
        self.loaded = False  # until the invoice is read: its currency and what is owed

    def title_text(self) -> str:
        return "Record a payment"

    def fields(self) -> ComposeResult:
        yield Static(Text("Reading the invoice…", style="italic"), id="payment-invoice")
        yield PaidAmountField(self)
        yield PaidOnField("paid_on", "Received on", required=True, value="today")
        yield ChoiceField("method", "Method", required=True,
                          options=[c for c in choices(PaymentMethod) if c[1] != "invoice"],
                          value=str(PaymentMethod.BANK_TRANSFER))
        yield TextField("note", "Note", max_length=500, placeholder="e.g. bank reference")

    def prepare(self, core: Core) -> Any:
        return core.invoicing.invoice(self.invoice_id)

    def prepared(self, detail: Any) -> None:
        invoice = detail.invoice
        self.currency, self.owed = invoice.currency, detail.balance_minor
        owed = money.shown_amount(detail.balance_minor, invoice.currency)
        self.query_one("#payment-invoice", Static).update(Text.assemble(
            (f"{invoice.number or 'Draft'}  ", "bold"), safe_text(detail.client, max_width=40),
            "\n", f"Owed {owed}"))
        amount = self.field("amount_minor")
        if amount is not None and not amount.touched:
            amount.set_raw(money.to_decimal_string(detail.balance_minor, invoice.currency))
            amount.initial = amount.raw
        self.loaded = True
        self.refresh_save_state()

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        return {"invoice_id": self.invoice_id, "amount_minor": fields["amount_minor"],
                "paid_on": fields["paid_on"], "method": fields["method"],
                "note": fields["note"] or ""}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        from tuicrm.core.data import Saved

        return Saved(core.invoicing.record_payment(values))

    def saved(self, record_id: int) -> None:
        amount = money.shown_amount(self._saving_values.get("amount_minor", 0), self.currency)
        self.crm_app.remember_undo(
            f"Payment of {amount} recorded",
            lambda core: core.invoicing.take_back_payment(record_id))
