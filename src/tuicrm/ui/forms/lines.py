"""A record form with lines: a sale's items, an invoice's lines.

The lines are fields of the form (each line's boxes are checked as typed), but
only while they count: not while a line is being mounted or removed. A form
with no line cannot be saved, and adding or removing a line is a change.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.actions import SkipAction

from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.widgets.fields import ChoiceField, Field
from tuicrm.ui.widgets.sale_lines import SaleLines

DEFAULT_CURRENCY = "EUR"
CURRENCIES = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "NOK", "DKK", "PLN",
              "CZK", "HUF", "RON", "NZD", "SGD", "HKD", "INR", "BRL", "MXN", "ZAR"]


class LinesForm(RecordForm):
    """ctrl+n adds a line, ctrl+d removes the line the cursor is on (subclasses bind them).
    Its ``currency`` choice (what the lines' amounts are in) is a field of the subclass."""

    LINES: ClassVar[type[SaleLines]] = SaleLines

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 **context: Any) -> None:
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id

    def _currency(self) -> str:
        field = self.field("currency")
        if field is None or not field.is_mounted:
            return DEFAULT_CURRENCY
        return str(field.value or "")

    def show_currency(self, code: str) -> None:
        """Choose the stored currency (one this version does not list is added)."""
        currency = self.field("currency")
        if isinstance(currency, ChoiceField):
            if code not in CURRENCIES:
                currency.set_options([*((c, c) for c in CURRENCIES), (code, code)])
            currency.set_value(code)

    @property
    def lines(self) -> SaleLines:
        return self.query_one(self.LINES)

    def all_fields(self) -> list[Field]:
        """Every field, but a line's only while it counts (not mid-mount or removal)."""
        lines = self.query(self.LINES)
        if not lines:
            return list(super().all_fields())
        return [f for f in super().all_fields()
                if (row := lines.first(self.LINES).row_of(f)) is None or row.ready]

    def problems(self) -> dict[str, str]:
        problems = super().problems()
        if not self.lines.rows:
            problems["lines"] = "Add at least one line (ctrl+n)"
        return problems

    @property
    def dirty(self) -> bool:
        return super().dirty or self.lines.structure_changed

    def action_add_line(self) -> None:
        self.lines.add_line()

    def action_remove_line(self) -> None:
        row = self.lines.row_of(self.focused)
        if row is None:
            raise SkipAction()  # not on a line: ctrl+d deletes a character as usual
        self.lines.remove_line(row)
