"""The purchase log's filter bar: customer, product, date range, status and channel.

The bar only reads what is typed; the screen asks for a new first page when
:class:`PurchaseFilters.Changed` arrives (typing waits for a pause, so a
word typed fast is one query, not one per key). A date that cannot be read
marks its box and says so in the message; the other filters still apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from textual import on
from textual.message import Message
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Select

from tuicrm import dates
from tuicrm.enums import SalesChannel, SaleStatus
from tuicrm.ui.widgets.lazy_boxes import LazyBoxes

TYPING_PAUSE = 0.3  # seconds after the last key before the list is asked again
ALL = "all"
STATUS_CHOICES = [("Any status", ALL)] + [
    (s.value.replace("_", " ").capitalize(), s.value) for s in SaleStatus]
CHANNEL_CHOICES = [("Any channel", ALL)] + [
    (c.value.replace("_", " ").capitalize(), c.value) for c in SalesChannel]


@dataclass(frozen=True)
class SaleFilter:
    """What the log is filtered by; empty means every sale."""

    customer: str = ""
    product: str = ""
    first_day: date | None = None  # local days, both included
    last_day: date | None = None
    status: str = ALL
    channel: str = ALL
    problems: tuple[str, ...] = field(default=(), compare=False)  # dates not understood

    @property
    def active(self) -> bool:
        return self != SaleFilter()

    def query(self) -> dict[str, Any]:
        """Keyword arguments for ``services.sales.list_sales``."""
        since: datetime | None = dates.start_of_day(self.first_day) if self.first_day else None
        until: datetime | None = (dates.start_of_day(dates.add_days(self.last_day, 1))
                                  if self.last_day else None)
        return {
            "customer": self.customer, "product": self.product, "since": since, "until": until,
            "statuses": [] if self.status == ALL else [SaleStatus(self.status)],
            "channels": [] if self.channel == ALL else [SalesChannel(self.channel)],
        }

    def describe(self) -> str:
        """"customer “ada” · product “poster” · from 2026-03-01 · pending"."""
        parts = []
        if self.customer.strip():
            parts.append(f"customer “{self.customer.strip()}”")
        if self.product.strip():
            parts.append(f"product “{self.product.strip()}”")
        if self.first_day:
            parts.append(f"from {dates.format_date(self.first_day)}")
        if self.last_day:
            parts.append(f"to {dates.format_date(self.last_day)}")
        if self.status != ALL:
            parts.append(self.status.replace("_", " "))
        if self.channel != ALL:
            parts.append(f"sold {self.channel.replace('_', ' ')}")
        return " · ".join(parts)


class PurchaseFilters(LazyBoxes):
    """Six boxes in a row; Tab moves between them, Enter goes back to the list.

    They come just after the screen's first frame
    (:class:`~tuicrm.ui.widgets.lazy_boxes.LazyBoxes`): until then nothing is
    typed in them, so the log shows every sale.
    """

    class Changed(Message):
        def __init__(self, sale_filter: SaleFilter) -> None:
            super().__init__()
            self.sale_filter = sale_filter

    FIRST_BOX = "purchases-customer-filter"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None

    def make_boxes(self) -> list[Widget]:
        return [Input(placeholder="Customer", id="purchases-customer-filter"),
                Input(placeholder="Product", id="purchases-product-filter"),
                Input(placeholder="From date", id="purchases-from"),
                Input(placeholder="To date", id="purchases-to"),
                Select(STATUS_CHOICES, value=ALL, allow_blank=False, id="purchases-status"),
                Select(CHANNEL_CHOICES, value=ALL, allow_blank=False, id="purchases-channel")]

    def current(self) -> SaleFilter:
        if not self.boxes_in:
            return SaleFilter()
        problems: list[str] = []
        days: list[date | None] = []
        for box, name in (("#purchases-from", "From"), ("#purchases-to", "To")):
            widget = self.query_one(box, Input)
            day = None
            if widget.value.strip():
                try:
                    day = dates.parse_date(widget.value)
                except dates.DateError:
                    problems.append(f"{name}: “{widget.value.strip()[:30]}” is not a date "
                                    "(try 2026-03-01, -30d or monday)")
            widget.set_class(bool(widget.value.strip()) and day is None, "-invalid")
            days.append(day)
        first, last = days
        if first and last and last < first:
            problems.append("To is before From: no sale can match")
        return SaleFilter(
            customer=self.query_one("#purchases-customer-filter", Input).value,
            product=self.query_one("#purchases-product-filter", Input).value,
            first_day=first, last_day=last,
            status=str(self.query_one("#purchases-status", Select).value),
            channel=str(self.query_one("#purchases-channel", Select).value),
            problems=tuple(problems),
        )

    def clear(self) -> None:
        """Every box back to empty ("every sale"), then one Changed."""
        with self.prevent(Input.Changed, Select.Changed):
            for box in self.query(Input):
                box.value = ""
                box.remove_class("-invalid")
            for select in self.query(Select):
                select.value = ALL
        self._announce()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(TYPING_PAUSE, self._announce)

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        self._announce()

    @on(Input.Submitted)
    def _submitted(self) -> None:  # not stopped: the screen goes back to the list
        self._announce()

    def _announce(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.post_message(self.Changed(self.current()))
