"""The customer view as text: the purchase log's side panel and the contact page's
Insight tab.

It reads a :class:`~tuicrm.services.customer_view.CustomerView` (computed in
a worker) and only formats: orders, spend and average per currency (never
added together), first and last purchase, typical gap, refunds and return
rate, the segment with its band, whether to re-engage, and the health score
with each factor's points and reason. Every stored value (a contract title
inside a reason) goes through :func:`~tuicrm.ui.text.safe_text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from tuicrm import dates
from tuicrm.ui.text import amount_str, safe_text

if TYPE_CHECKING:
    from tuicrm.core.data import CustomerView, SegmentThresholds

__all__ = ["insight_table", "segment_band"]


def _amounts(per_currency: Mapping[str, int]) -> Text:
    """Each currency's amount; the code is stored data, so it goes through safe_text
    (a table cell given a plain str would read "[/]" as markup)."""
    parts = [Text(amount_str(minor, currency)) for currency, minor in sorted(per_currency.items())]
    return Text(" · ").join(parts) if parts else Text("—")


def _days(n: float) -> str:
    whole = round(n)
    return "1 day" if whole == 1 else f"{whole:,} days"


def _when(moment: datetime, today: date) -> str:
    day = dates.to_local(moment).date()
    return f"{dates.format_date(day)} ({dates.humanize_delta(day, today=today)})"


def segment_band(segment: str, thresholds: SegmentThresholds) -> str:
    """The orders a segment spans with these thresholds: "4–9 orders"."""
    repeat, loyal = thresholds.repeat_from, thresholds.loyal_from
    return {
        "one_time": "1 order",
        "occasional": f"2–{repeat - 1} orders" if repeat > 3 else "2 orders",
        "repeat": f"{repeat}–{loyal - 1} orders" if loyal - 1 > repeat else f"{repeat} orders",
        "loyal": f"{loyal}+ orders",
    }[segment]


def insight_table(view: CustomerView, today: date) -> Table:
    """Two columns, label and value: the customer figures, then the health score and
    each factor with its points and reason (long reasons wrap inside their column)."""
    from tuicrm.enums import SEGMENT_LABELS

    table = Table.grid(padding=(0, 1))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    s = view.stats
    if not s.orders:
        table.add_row("Purchases", "none yet")
    else:
        if s.segment is not None:
            table.add_row("Segment", Text.assemble(
                (SEGMENT_LABELS[s.segment], "bold"),
                f" ({segment_band(s.segment, view.thresholds)})"))
        table.add_row("Orders", f"{s.orders:,}")
        table.add_row("Spent", _amounts(s.spent))
        table.add_row("Average order", _amounts(s.average_order))
        if s.first_purchase is not None:
            table.add_row("First purchase", _when(s.first_purchase, today))
        if s.last_purchase is not None:
            table.add_row("Last purchase", _when(s.last_purchase, today))
        table.add_row("Typical gap", f"every {_days(s.typical_gap_days)} (median)"
                      if s.typical_gap_days is not None else "— (one order)")
        rate = s.return_rate or 0.0
        table.add_row("Refunds", Text.assemble(
            f"{s.refunds:,} (", _amounts(s.refunded), f"); return rate {rate:.0%}, "
            f"{s.refunded_orders} of {s.orders} orders") if s.refunds else "none")
        if view.quiet is not None:
            q = view.quiet
            table.add_row("Re-engage", Text(
                f"{_days(q.days_since)} since the last order, "
                f"{_days(q.overdue_days)} past the usual gap", style="bold"))
    health = view.health
    table.add_row("", "")
    table.add_row("Health", Text(f"{health.score}/100", style="bold"))
    for factor in health.factors:
        table.add_row(f"  {factor.factor}", Text.assemble(
            f"{factor.points}/{factor.max_points} ",
            safe_text(factor.explanation, max_width=200, style="italic")))
    return table
