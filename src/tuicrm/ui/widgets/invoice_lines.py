"""An invoice's lines in its form: description, quantity, unit price and tax rate,
with the totals per tax rate worked out as the person types, by the same rule
the invoice is stored with (``tuicrm.invoice_math``).

The lines reuse the sale form's machinery (:class:`SaleLines`: adding,
removing, checking each field, the running total); only the fields of a line
and the words of the total differ.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.widgets import Button

from tuicrm import invoice_math, money
from tuicrm.ui.widgets.fields import Field, MoneyField, TextField
from tuicrm.ui.widgets.sale_lines import LineRow, SaleLines


class QuantityField(Field):
    """A quantity with up to three decimals (``1.5`` hours); the value is thousandths."""

    def parse(self, raw: str) -> int:
        return invoice_math.parse_quantity(raw)


class TaxRateField(Field):
    """A tax rate in percent (``20``, ``5.5``); the value is hundredths of a percent."""

    def parse(self, raw: str) -> int:
        return invoice_math.parse_tax_rate(raw)


class InvoiceLineRow(LineRow):
    DEFAULT_CSS = """
    InvoiceLineRow > .line--quantity { width: 11; }
    InvoiceLineRow > .line--tax { width: 9; margin-right: 1; }
    """

    def __init__(self, serial: int, currency: Any, *, description: str = "",
                 quantity: str = "1", unit_price: str = "", tax_rate: str = "",
                 **_ignored: Any) -> None:
        super().__init__(serial, currency, description=description)
        self._quantity_text, self._price_text, self._rate_text = quantity, unit_price, tax_rate

    def compose(self) -> ComposeResult:
        description = TextField(self.name_of("description"), "Description", required=True,
                                max_length=300, value=self._description)
        description.add_class("line--description")
        yield description
        quantity = QuantityField(self.name_of("quantity_milli"), "Qty", required=True,
                                 value=self._quantity_text)
        quantity.add_class("line--quantity")
        yield quantity
        price = MoneyField(self.name_of("unit_price_minor"), "Unit price", required=True,
                           currency=self.currency, value=self._price_text, placeholder="0.00",
                           allow_negative=True)
        price.add_class("line--price")
        yield price
        rate = TaxRateField(self.name_of("tax_rate"), "Tax %", required=True,
                            value=self._rate_text, placeholder="20")
        rate.add_class("line--tax")
        yield rate
        yield Button("Remove", id=f"line-remove-{self.serial}", classes="line--remove")

    def value(self) -> dict[str, Any]:
        return {name: self.part(name).value for name in
                ("description", "quantity_milli", "unit_price_minor", "tax_rate")}


class InvoiceLines(SaleLines):
    """The lines of one invoice draft and its totals per tax rate."""

    def __init__(self, *, currency: Any, tax_rate: str = "") -> None:
        super().__init__(currency=currency, discount=lambda: 0)
        self.default_rate = tax_rate  # a new line starts at the firm's usual rate

    def _row(self, **line: Any) -> LineRow:
        self._serial += 1
        line.setdefault("tax_rate", self.default_rate)
        return InvoiceLineRow(self._serial, self.currency, **line)

    def summed(self, currency: str) -> tuple[str, bool]:
        totals = invoice_math.totals((line["quantity_milli"], line["unit_price_minor"],
                                      line["tax_rate"]) for line in self.values())
        if abs(totals.total_minor) > 10**17:
            return "The total is too large to record", True
        parts = [f"tax {invoice_math.format_tax_rate(r.tax_rate)} on "
                 f"{money.format_amount(r.net_minor, currency, with_code=False)}: "
                 f"{money.format_amount(r.tax_minor, currency, with_code=False)}"
                 for r in totals.per_rate if r.tax_rate]
        shown = f"Net {money.format_amount(totals.net_minor, currency)}"
        if parts:
            shown += " · " + " · ".join(parts)
        shown += f" · Total {money.format_amount(totals.total_minor, currency)}"
        if totals.total_minor <= 0:
            return shown + " · an invoice must come to more than nothing", True
        return shown, False
