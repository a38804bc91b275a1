"""The invoice draft form: client, currency, lines with their tax, and a note.

Only drafts are edited; an issued invoice is corrected by a credit note, whose
draft is edited here too (its client and currency stay its invoice's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Static

from tuicrm.ui.forms.common import show_contacts
from tuicrm.ui.forms.lines import CURRENCIES, DEFAULT_CURRENCY, LinesForm
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import AreaField, ChoiceField, Field
from tuicrm.ui.widgets.invoice_lines import InvoiceLines

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved


class InvoiceForm(LinesForm):
    """A new draft, or a draft edited; ctrl+n adds a line, ctrl+d removes the one you are on."""

    what: ClassVar[str] = "invoice draft"
    LINES = InvoiceLines
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "add_line", "Add line", id="invoice.add_line", priority=True),
        Binding("ctrl+d", "remove_line", "Remove line", id="invoice.remove_line", priority=True),
    ]

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 **context: Any) -> None:
        super().__init__(record_id, contact_id, **context)
        self.credit_note = False  # known once loaded

    def title_text(self) -> str:
        if self.credit_note:
            return "Credit note (draft): keep the lines and amounts it takes off"
        return super().title_text()

    def fields(self) -> ComposeResult:
        yield ContactField("contact_id", "Client", required=True)
        with Horizontal(classes="form--row"):
            yield ChoiceField("currency", "Currency", required=True,
                              options=[(c, c) for c in CURRENCIES], value=DEFAULT_CURRENCY)
        yield InvoiceLines(currency=self._currency)
        yield AreaField("note", "Note (printed on the invoice)", max_length=2000)

    # --- the lines: an invoice must come to more than nothing ----------------------

    def problems(self) -> dict[str, str]:
        problems = super().problems()
        text, bad = self.lines.total_text()
        if "lines" not in problems and bad and "more than nothing" in text:
            problems["lines"] = "An invoice must come to more than nothing"
        return problems

    @on(Field.Changed)
    def _header_changed(self, event: Field.Changed) -> None:
        if event.field.field_name == "currency":
            self.lines.recheck()
        self.refresh_save_state()

    @on(InvoiceLines.Changed)
    def _lines_changed(self) -> None:
        self.refresh_save_state()

    # --- loading and saving ----------------------------------------------------

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.invoicing.draft_choices(self.contact_id)

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "contact_id", data["contact"])
        self.lines.default_rate = data["tax_rate"]
        if self.record_id is None:
            self.lines.set_lines([{}])  # the first line at the usual rate

    def load(self, core: Core) -> dict[str, Any]:
        return core.invoicing.draft_form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        self.credit_note = loaded["credit_note"]
        if self.credit_note:
            self.query_one(".form--title", Static).update(Text(self.title_text(), style="bold"))
            for name in ("contact_id", "currency"):  # a credit note keeps its invoice's
                if (field := self.field(name)) is not None:
                    field.disabled = True
        contact = self.field("contact_id")
        if isinstance(contact, ContactField):
            contact.set_contacts(loaded["contact"])
        self.show_currency(loaded["currency"])
        if (note := self.field("note")) is not None:
            note.set_raw(loaded["note"] or "")
        self.lines.set_lines(loaded["lines"])

    def values(self) -> dict[str, Any]:
        fields = {name: field.value for name in ("contact_id", "currency", "note")
                  if (field := self.field(name)) is not None}
        return {"contact_id": fields["contact_id"], "currency": fields["currency"],
                "note": fields["note"] or "", "lines": self.lines.values()}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.invoicing.save_draft(self.record_id, values, expected_version)

    def saved(self, record_id: int) -> None:
        text, bad = self.lines.total_text()
        total = text.rpartition("Total ")[2] if not bad else ""
        self.app.notify("Draft saved" + (f": total {total}." if total else "."), timeout=4)
