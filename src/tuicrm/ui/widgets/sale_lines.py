"""A sale's line items, added and removed in the form, with a running total.

Each line is a row of ordinary form fields (product, description, quantity,
unit price), so the form's own checks cover them: a bad quantity or price is
marked at that line and Save stays blocked. Field names carry a serial number
(``line3_quantity``) so every line's fields stay distinct when lines come and
go. The total under the lines is worked out in integer minor units as the
person types, and says plainly which line stops it from adding up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from tuicrm import money
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import ChoiceField, Field, IntField, MoneyField, TextField

if TYPE_CHECKING:
    from tuicrm.core.records import Product

MAX_LINES = 200


class LineRow(Horizontal):
    """One line item: its fields side by side and a Remove button."""

    DEFAULT_CSS = """
    LineRow { height: auto; }
    LineRow > .line--product { width: 22; margin-right: 1; }
    LineRow > .line--description { width: 1fr; margin-right: 1; }
    LineRow > .line--quantity { width: 9; margin-right: 1; }
    LineRow > .line--price { width: 16; margin-right: 1; }
    LineRow > Button { margin-top: 1; min-width: 10; width: 10; }
    """

    class Ready(Message):
        """The line's fields are mounted: it counts from now on."""

        def __init__(self, row: LineRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, serial: int, currency: Callable[[], str], *,
                 description: str = "", product_id: int | None = None, quantity: int = 1,
                 unit_price: str = "", products: list[Product] | None = None) -> None:
        super().__init__(id=f"line-{serial}", classes="sale-line")
        self.serial = serial
        self.currency = currency
        self.products = list(products or [])
        self._product_id = product_id
        self.last_product = product_id  # the product the description and price came from
        self._description = description
        self._quantity = quantity
        self._unit_price = unit_price
        self.ready = False  # mounted and not being removed: only ready lines count

    def compose(self) -> ComposeResult:
        product = ChoiceField(self.name_of("product_id"), "Product",
                              options=self._product_options(), value=self._product_id)
        product.add_class("line--product")
        product.display = bool(self.products) or self._product_id is not None
        yield product
        description = TextField(self.name_of("description"), "Description", required=True,
                                max_length=300, value=self._description)
        description.add_class("line--description")
        yield description
        quantity = IntField(self.name_of("quantity"), "Qty", required=True, least=1,
                            most=1_000_000, value=str(self._quantity))
        quantity.add_class("line--quantity")
        yield quantity
        price = MoneyField(self.name_of("unit_price_minor"), "Unit price", required=True,
                           currency=self.currency, value=self._unit_price, placeholder="0.00")
        price.add_class("line--price")
        yield price
        yield Button("Remove", id=f"line-remove-{self.serial}", classes="line--remove")

    def on_mount(self) -> None:
        self.ready = True
        self.post_message(self.Ready(self))

    def name_of(self, part: str) -> str:
        return f"line{self.serial}_{part}"

    def part(self, name: str) -> Field:
        return self.query_one(f"#field-{self.name_of(name)}", Field)

    def _product_options(self) -> list[tuple[str, int]]:
        options = [(p.name, p.id) for p in self.products]
        if self._product_id is not None and all(p.id != self._product_id for p in self.products):
            options.append((f"Product {self._product_id} (no longer sold)", self._product_id))
        return options

    def set_products(self, products: list[Product]) -> None:
        self.products = products
        field = self.part("product_id")
        if isinstance(field, ChoiceField):
            field.set_options(self._product_options())
            field.display = bool(field.options)

    @property
    def fields(self) -> list[Field]:
        return list(self.query(Field).results(Field))

    @property
    def problem(self) -> str | None:
        for field in self.fields:
            if (problem := field.problem) is not None:
                return f"{field.label}: {problem}" if field.label not in problem else problem
        return None

    def value(self) -> dict[str, Any]:
        """The line as ``SaleLineCreate`` wants it; check ``problem`` first."""
        return {"product_id": self.part("product_id").value,
                "description": self.part("description").value,
                "quantity": self.part("quantity").value,
                "unit_price_minor": self.part("unit_price_minor").value}

    def product_chosen(self, product_id: int | None) -> None:
        """Take the product's name and price unless the person typed their own."""
        found = {p.id: p for p in self.products}
        product, before = found.get(product_id or -1), found.get(self.last_product or -1)
        self.last_product = product_id
        if product is None:
            return
        description = self.part("description")
        if not description.raw.strip() or (before and description.raw == before.name):
            description.set_raw(product.name, initial=False)
        price = self.part("unit_price_minor")
        try:
            same_currency = money.normalize_currency(self.currency()) == product.currency
        except money.MoneyError:
            same_currency = False
        typed = price.raw.strip()
        was_before = before is not None and typed == _amount_text(before.unit_price_minor,
                                                                  before.currency)
        if same_currency and (not typed or was_before):
            price.set_raw(_amount_text(product.unit_price_minor, product.currency),
                          initial=False)


def _amount_text(minor: int, currency: str) -> str:
    return money.to_decimal_string(minor, currency)


class SaleLines(Vertical):
    """The lines of one sale, an "Add line" button and the running total."""

    DEFAULT_CSS = """
    SaleLines { height: auto; margin: 0 0 1 0; }
    SaleLines > .lines--label { color: $text-muted; }
    SaleLines > .lines--rows { height: auto; }
    SaleLines > .lines--bar { height: auto; }
    SaleLines > .lines--bar > Button { margin-right: 2; }
    SaleLines > .lines--bar > .lines--total { width: 1fr; height: auto; padding-top: 1; }
    SaleLines .lines--total.-problem { color: $text-error; }
    """

    class Changed(Message):
        """Lines were added or removed (the form rechecks what can be saved)."""

    def __init__(self, *, currency: Callable[[], str],
                 discount: Callable[[], int | None]) -> None:
        super().__init__(id="sale-lines")
        self.currency = currency
        self.discount = discount  # minor units; None while the typed discount is bad
        self.products: list[Product] = []
        self._serial = 0
        self._start: list[dict[str, Any]] = [{}]
        self._focus_when_ready: LineRow | None = None
        self.structure_changed = False  # a line was added or removed since loading

    def compose(self) -> ComposeResult:
        yield Static(Text("Items *"), classes="lines--label")
        with Vertical(classes="lines--rows"):
            for line in self._start:
                yield self._row(**line)
        with Horizontal(classes="lines--bar"):
            yield Button("Add line (ctrl+n)", id="lines-add")
            yield Static(id="sale-total", classes="lines--total")

    def on_mount(self) -> None:
        self.call_after_refresh(self.update_total)  # once the whole form is there

    # --- lines ---------------------------------------------------------------

    def _row(self, **line: Any) -> LineRow:
        self._serial += 1
        return LineRow(self._serial, self.currency, products=self.products, **line)

    @property
    def rows(self) -> list[LineRow]:
        """The lines that count: mounted, and not on their way out."""
        return [row for row in self.query(LineRow).results(LineRow) if row.ready]

    def add_line(self, *, focus: bool = True) -> LineRow | None:
        if len(self.rows) >= MAX_LINES:
            self.app.notify(f"A sale holds at most {MAX_LINES} lines.", severity="warning")
            return None
        row = self._row()
        self.structure_changed = True
        if focus:
            self._focus_when_ready = row
        self.query_one(".lines--rows", Vertical).mount(row)
        return row

    def remove_line(self, row: LineRow) -> bool:
        """Remove ``row``, unless it is the only line; returns whether it went."""
        rows = self.rows
        if row not in rows:
            return False
        if len(rows) == 1:
            self.app.notify("A sale needs at least one line: change this one instead.",
                            severity="warning", timeout=5)
            return False
        index = rows.index(row)
        self.structure_changed = True
        after = rows[index + 1] if index + 1 < len(rows) else rows[index - 1]
        after.part("description").query_one("Input").focus()
        row.ready = False
        row.remove()
        self.call_after_refresh(self._changed)
        return True

    def row_of(self, widget: Any) -> LineRow | None:
        """The line ``widget`` (e.g. the focused input) belongs to."""
        node = widget
        while node is not None and node is not self:
            if isinstance(node, LineRow):
                return node
            node = node.parent
        return None

    def set_lines(self, lines: Iterable[dict[str, Any]]) -> None:
        """Show stored lines (editing): ``description``, ``product_id``, ``quantity``,
        ``unit_price`` (the amount as text)."""
        lines = list(lines) or [{}]
        self.structure_changed = False
        if not self.is_mounted:
            self._start = lines
            return
        for row in self.rows:
            row.ready = False
        holder = self.query_one(".lines--rows", Vertical)
        holder.remove_children()
        holder.mount_all([self._row(**line) for line in lines])
        self._changed()  # and again as each line is ready

    def set_products(self, products: list[Product]) -> None:
        self.products = products
        for row in self.rows:
            row.set_products(products)

    def values(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    # --- checking and the total ------------------------------------------------

    @property
    def problem(self) -> str | None:
        """Why the lines cannot be saved as they are (``None`` when they can)."""
        rows = self.rows
        if not rows:
            return "Add at least one line (ctrl+n)"
        for number, row in enumerate(rows, 1):
            if (problem := row.problem) is not None:
                return f"Line {number}: {problem}"
        return None

    def subtotal(self) -> int | None:
        """Sum of quantity × unit price in minor units; ``None`` if a line is not valid."""
        if self.problem is not None:
            return None
        return sum(line["quantity"] * line["unit_price_minor"] for line in self.values())

    def total_text(self) -> tuple[str, bool]:
        """The line under the items, and whether it reports a problem."""
        try:
            currency = money.normalize_currency(self.currency())
        except money.MoneyError:
            return "Choose a currency to see the total", True
        if (problem := self.problem) is not None:
            return f"{problem} — fix it to see the total", True
        return self.summed(currency)

    def summed(self, currency: str) -> tuple[str, bool]:
        """:meth:`total_text` once every line is valid and the currency known."""
        subtotal = self.subtotal() or 0
        if subtotal > 10**17:
            return "The total is too large to record", True
        shown = f"Subtotal {money.format_amount(subtotal, currency)}"
        discount = self.discount()
        if discount is None:
            return f"{shown} · the discount is not valid", True
        if discount > subtotal:
            return f"{shown} · the discount is more than the items cost", True
        if discount:
            shown += f" · discount {money.format_amount(discount, currency, with_code=False)}"
        return f"{shown} · Total {money.format_amount(subtotal - discount, currency)}", False

    def update_total(self) -> None:
        text, bad = self.total_text()
        total = self.query_one("#sale-total", Static)
        total.update(safe_text(text, multiline=True, style="" if bad else "bold"))
        total.set_class(bad, "-problem")

    def recheck(self) -> None:
        """The currency changed: every price may now mean something else."""
        for row in self.rows:
            price = row.part("unit_price_minor")
            if isinstance(price, MoneyField):
                price.recheck()
        self.update_total()

    def _changed(self) -> None:
        self.update_total()
        self.post_message(self.Changed())

    # --- events ----------------------------------------------------------------

    @on(LineRow.Ready)
    def _row_ready(self, event: LineRow.Ready) -> None:
        event.stop()
        if event.row.products != self.products:
            event.row.set_products(self.products)
        if event.row is self._focus_when_ready:
            self._focus_when_ready = None
            event.row.part("description").query_one("Input").focus()
            event.row.scroll_visible()
        self._changed()

    @on(Field.Changed)
    def _line_typed(self, event: Field.Changed) -> None:
        row = self.row_of(event.field)
        if row is not None and event.field.field_name == row.name_of("product_id"):
            row.product_chosen(event.field.value)
        self.update_total()  # the event goes on up to the form

    @on(Button.Pressed, "#lines-add")
    def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.add_line()

    @on(Button.Pressed, ".line--remove")
    def _remove_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        row = self.row_of(event.button)
        if row is not None:
            self.remove_line(row)
