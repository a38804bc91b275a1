"""What the firm's invoices carry, set once: its details (printed on every
invoice), the numbering prefixes, the default terms and tax rate, and the
late-payment interest rate. ``S`` on Invoices (and the palette) opens it; the
same settings as ``tuicrm invoice settings``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal

from tuicrm import invoice_math
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.widgets.fields import AreaField, IntField, TextField
from tuicrm.ui.widgets.invoice_lines import TaxRateField

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import InvoiceSettings, Saved

TEXTS = ("firm_name", "firm_address", "firm_vat", "firm_bank", "firm_email", "invoice_prefix",
         "credit_prefix")
RATES = ("tax_rate", "interest_rate")


class InvoiceSettingsForm(RecordForm):
    what: ClassVar[str] = "invoice settings"

    def title_text(self) -> str:
        return "Invoice settings: what every invoice carries"

    def fields(self) -> ComposeResult:
        yield TextField("firm_name", "Firm name", max_length=200)
        yield AreaField("firm_address", "Address (printed under the name)", max_length=500)
        yield TextField("firm_vat", "VAT number", max_length=30,
                        hint="Checked offline when saved, e.g. DE136695976.")
        yield AreaField("firm_bank", "Bank details (IBAN, BIC, account holder)", max_length=500)
        yield TextField("firm_email", "E-mail for invoice questions", max_length=200)
        with Horizontal(classes="form--row"):
            yield TextField("invoice_prefix", "Invoice prefix", required=True, max_length=20,
                            hint="INV- numbers INV-2026-0001 …")
            yield TextField("credit_prefix", "Credit note prefix", required=True, max_length=20)
        with Horizontal(classes="form--row"):
            yield IntField("terms_days", "Days to pay (Net N)", least=0, most=365, required=True)
            yield TaxRateField("tax_rate", "Tax rate for made lines (%)", required=True)
            yield TaxRateField("interest_rate", "Late interest a year (%)", required=True,
                               hint="EU/UK: the reference rate plus 8 points.")

    def prepare(self, core: Core) -> InvoiceSettings:
        return core.invoicing.settings()

    def prepared(self, settings: InvoiceSettings) -> None:
        for name in TEXTS:
            if (field := self.field(name)) is not None:
                field.set_raw(getattr(settings, name))
        for name in RATES:
            if (field := self.field(name)) is not None:
                field.set_raw(invoice_math.format_tax_rate(getattr(settings, name))
                              .removesuffix(" %"))
        if (field := self.field("terms_days")) is not None:
            field.set_raw(str(settings.terms_days))

    def values(self) -> dict[str, Any]:
        return {f.field_name: f.value if f.value is not None else "" for f in self.all_fields()}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        from tuicrm.core.data import Saved

        core.invoicing.set_settings(values)
        return Saved(0)

    def saved(self, record_id: int) -> None:
        self.app.notify("Invoice settings saved.", timeout=4)
