"""The refund form: money given back on a sale, or goods returned, recorded against it.

The amount starts at what is left to refund (the whole sale the first time)
and may not go over it; the sale's currency is the refund's. Saving goes
through ``services.sales.refund_sale`` with the version of the sale read
when the form opened, so a sale changed meanwhile (another refund from
another machine) is a conflict, not a double refund.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from tuicrm import errors, money
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import ChoiceField, MoneyField, TextField
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

KINDS = [("Refund (money back)", "refund"), ("Return (goods came back)", "return")]


class RefundAmountField(MoneyField):
    """More than zero, and no more than is left to refund."""

    def __init__(self, form: RefundForm, **kwargs: Any) -> None:
        self.form = form
        super().__init__("amount_minor", "Amount", currency=lambda: form.currency,
                         required=True, **kwargs)

    def parse(self, raw: str) -> int:
        minor = super().parse(raw)
        if minor <= 0:
            raise ValueError("Enter an amount above zero")
        if self.form.left is not None and minor > self.form.left:
            raise ValueError("More than is left to refund: at most "
                             + money.format_amount(self.form.left, self.form.currency))
        return minor


class RefundForm(RecordForm):
    """Record a refund or return against sale ``sale_id``; dismisses with the refund's id."""

    what: ClassVar[str] = "refund"

    def __init__(self, sale_id: int) -> None:
        super().__init__(None, sale_id=sale_id)
        self.sale_id = sale_id
        self.currency = "EUR"
        self.left: int | None = None
        self.loaded = False  # until the sale is read: its currency and what is left

    def title_text(self) -> str:
        return "Refund or return"

    def fields(self) -> ComposeResult:
        yield Static(Text("Reading the sale…", style="italic"), id="refund-sale")
        yield RefundAmountField(self)
        yield ChoiceField("kind", "Kind", required=True, options=KINDS, value="refund")
        yield TextField("reason", "Reason", max_length=500,
                        placeholder="e.g. damaged in transit")

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.records.refund_form(self.sale_id)

    def prepared(self, data: dict[str, Any]) -> None:
        """Show the sale; offer what is left, or keep an amount already typed while
        it still fits (after another refund landed meanwhile)."""
        try:
            total = money.format_amount(data["total"], data["currency"])
            left = money.format_amount(data["left"], data["currency"])
        except money.MoneyError:  # a currency code another program wrote
            self.query_one("#refund-sale", Static).update(safe_text(
                f"This sale's currency ({data['currency']}) is not one tuicrm knows, so a "
                "refund cannot be recorded here.", max_width=200))
            return
        first_time = self.version is None
        self.currency, self.left = data["currency"], data["left"]
        self.version = data["version"]  # the sale's: a refund is a change to it
        self.query_one("#refund-sale", Static).update(Text.assemble(
            safe_text(data["customer"], max_width=40, style="bold"), "  ",
            safe_text(data["items"], max_width=60), "\n",
            f"Total {total} · left to refund {left}"))
        amount = self.field("amount_minor")
        if amount is not None and first_time:
            amount.set_raw(money.to_decimal_string(self.left, self.currency))
            amount.touched = False
            amount.initial = amount.raw
        elif amount is not None:
            amount.show_problem(force=True)  # says so if the typed amount no longer fits
        self.loaded = True
        self.refresh_save_state()

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        return {"amount_minor": fields["amount_minor"], "reason": fields["reason"] or "",
                "is_return": fields["kind"] == "return"}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.records.refund(self.sale_id, values, expected_version)  # never merged

    def _save_failed(self, error: errors.CrmError, values: dict[str, Any]) -> bool:
        """The sale changed since the form opened (another refund, an edit): no
        "overwrite" here, which could refund twice; read what is left and say so."""
        if not isinstance(error, errors.ConflictError):
            return super()._save_failed(error, values)
        self._saving = False
        self.loaded = False
        self._set_problem("Not saved: this sale changed meanwhile (another refund?). "
                          "What is left to refund is shown again; check the amount and save.")
        run_core(self, self.prepare, done=self.prepared, group="form-prepare")
        return True

    def saved(self, record_id: int) -> None:
        amount = self._saving_values.get("amount_minor", 0)
        what = "Return" if self._saving_values.get("is_return") else "Refund"
        self.app.notify(f"{what} of {money.format_amount(amount, self.currency)} recorded.",
                        timeout=4)
