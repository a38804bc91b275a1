"""The sale form: a purchase with its line items, discount and running total."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal

from tuicrm import dates
from tuicrm.enums import PaymentMethod, SalesChannel, SaleStatus
from tuicrm.ui.forms.common import (
    focus_later,
    moment,
    show_contacts,
)
from tuicrm.ui.forms.lines import CURRENCIES, DEFAULT_CURRENCY, LinesForm
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    ChoiceField,
    DateField,
    Field,
    MoneyField,
    TimeField,
    choices,
)
from tuicrm.ui.widgets.sale_lines import SaleLines

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

HEADER = ("contact_id", "day", "at", "currency", "discount_minor", "status", "payment_method",
          "channel", "note")
PRODUCTS_SHOWN = 500


class DiscountField(MoneyField):
    """An amount off the whole sale: never more than the items cost."""

    def __init__(self, name: str, label: str, *, currency: Callable[[], str],
                 most: Callable[[], int | None], **kwargs: Any) -> None:
        self.most = most
        super().__init__(name, label, currency=currency, **kwargs)

    def parse(self, raw: str) -> int:
        minor = super().parse(raw)
        limit = self.most()
        if limit is not None and minor > limit:
            raise ValueError("More than the items cost")
        return minor


class SaleForm(LinesForm):
    """Record (or edit) a sale; ctrl+n adds a line, ctrl+d removes the line you are on."""

    what: ClassVar[str] = "sale"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "add_line", "Add line", id="sale.add_line", priority=True),
        Binding("ctrl+d", "remove_line", "Remove line", id="sale.remove_line", priority=True),
    ]

    # --- layout --------------------------------------------------------------

    def fields(self) -> ComposeResult:
        day, at = dates.local_parts(dates.utcnow())
        yield ContactField("contact_id", "Customer", required=True)
        with Horizontal(classes="form--row"):
            yield DateField("day", "Date", required=True, value=day)
            yield TimeField("at", "Time", required=True, value=at)
            yield ChoiceField("currency", "Currency", required=True,
                              options=[(c, c) for c in CURRENCIES], value=DEFAULT_CURRENCY)
        yield SaleLines(currency=self._currency, discount=self._discount)
        yield DiscountField("discount_minor", "Discount (off the whole sale)",
                            currency=self._currency, most=self._subtotal, placeholder="0.00")
        with Horizontal(classes="form--row"):
            yield ChoiceField("status", "Status", required=True, options=choices(SaleStatus),
                              value=str(SaleStatus.PAID))
            yield ChoiceField("payment_method", "Payment", required=True,
                              options=choices(PaymentMethod), value=str(PaymentMethod.CARD))
            yield ChoiceField("channel", "Channel", required=True, options=choices(SalesChannel),
                              value=str(SalesChannel.ONLINE))
        yield AreaField("note", "Note", max_length=1000)

    def on_mount(self) -> None:  # runs before RecordForm.on_mount (Textual calls both)
        if self.contact_id is not None and self.record_id is None:
            focus_later(self, ".sale-line .line--description Input")

    def _subtotal(self) -> int | None:
        return self.lines.subtotal()

    def _discount(self) -> int | None:
        """The discount in minor units (blank is 0); ``None`` while it is not valid."""
        field = self.field("discount_minor")
        if field is None or not field.is_mounted or not field.raw.strip():
            return 0
        return None if field.problem is not None else field.value

    @on(Field.Changed)
    def _header_changed(self, event: Field.Changed) -> None:
        name = event.field.field_name
        discount = self.field("discount_minor")
        if name == "currency":
            self.lines.recheck()
        if name != "discount_minor" and isinstance(discount, MoneyField):
            discount.recheck()  # the currency or the items cost changed
        if self.lines.row_of(event.field) is None:
            self.lines.update_total()

    @on(SaleLines.Changed)
    def _lines_changed(self) -> None:
        discount = self.field("discount_minor")
        if isinstance(discount, MoneyField):
            discount.recheck()
        self.refresh_save_state()

    # --- loading and saving --------------------------------------------------

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.records.sale_choices(self.contact_id, products=PRODUCTS_SHOWN)

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "contact_id", data["contact"])
        self.lines.set_products(data["products"])
        preset = self.context.get("preset")
        if self.record_id is None and preset:  # a won deal's: its currency and line
            self.show_currency(preset["currency"])
            self.lines.set_lines(preset["lines"])

    def load(self, core: Core) -> dict[str, Any]:
        return core.records.sale_form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        contact = self.field("contact_id")
        if isinstance(contact, ContactField):
            contact.set_contacts(loaded["contact"])
        self.show_currency(loaded["currency"])
        for name in ("day", "at", "discount_minor", "note"):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        for name in ("status", "payment_method", "channel"):
            field = self.field(name)
            if isinstance(field, ChoiceField):
                field.set_value(loaded[name])
        self.lines.set_lines(loaded["lines"])

    def values(self) -> dict[str, Any]:
        fields = {name: field.value for name in HEADER
                  if (field := self.field(name)) is not None}
        return {
            "contact_id": fields["contact_id"],
            "sold_at": moment(fields["day"], fields["at"]),
            "currency": fields["currency"], "discount_minor": fields["discount_minor"] or 0,
            "status": fields["status"], "payment_method": fields["payment_method"],
            "channel": fields["channel"], "note": fields["note"] or "",
            "lines": self.lines.values(),
        }

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.records.save_sale(self.record_id, values, expected_version, base)

    def saved(self, record_id: int) -> None:
        text, bad = self.lines.total_text()
        verb = "updated" if self.record_id else "recorded"
        total = text.rpartition("Total ")[2] if not bad else ""
        self.app.notify(f"Sale {verb}" + (f": total {total}." if total else "."), timeout=4)
