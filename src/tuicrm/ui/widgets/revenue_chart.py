"""Revenue by month as a horizontal bar chart, one currency at a time, drawn with Rich.

Each month is one line: its label, a bar stacked from contract billing
(recurring, ``█``) and purchases (one-off, ``▒``), and the month's total. The
bars share one scale, named under the chart. Amounts of different currencies
are never added: the chart shows one currency (at first the one with most
revenue in the period) and :meth:`RevenueChart.next_currency` moves to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget

from tuicrm.ui.text import amount_str, safe_str

if TYPE_CHECKING:  # the data layer loads after the first frame
    from tuicrm.core.data import MonthRevenue

__all__ = ["RevenueChart", "chart_currencies", "chart_text"]

RECURRING = ("█", "green")
ONE_OFF = ("▒", "cyan")
LABEL_WIDTH = 8  # "Nov 2026"


def chart_currencies(months: Sequence[MonthRevenue]) -> list[str]:
    """The currencies with revenue in ``months``, the one with most revenue first.

    Amounts are only added within one currency (to rank them, not to show).
    """
    totals: dict[str, int] = {}
    for m in months:
        for part in (m.recurring, m.one_off):
            for currency, amount in part.items():
                totals[currency] = totals.get(currency, 0) + amount
    return sorted((c for c, n in totals.items() if n), key=lambda c: (-totals[c], c))


def chart_text(months: Sequence[MonthRevenue], currency: str | None, width: int) -> Text:
    """The chart of ``currency`` in ``width`` cells (a short note when there is nothing)."""
    if currency is None:
        return Text("No revenue in this period.", style="dim")
    parts = [(max(0, m.recurring.get(currency, 0)), max(0, m.one_off.get(currency, 0)))
             for m in months]
    totals = [amount_str(r + o, currency, with_code=False) for r, o in parts]
    figure_width = max(len(t) for t in totals)
    bar_width = max(4, width - LABEL_WIDTH - figure_width - 4)
    top = max((r + o for r, o in parts), default=0) or 1
    text = Text(no_wrap=True, end="")
    text.append(f"Revenue by month, {safe_str(currency)}\n", style="bold")
    text.append(RECURRING[0] * 2, style=RECURRING[1])
    text.append(" recurring  ")
    text.append(ONE_OFF[0] * 2, style=ONE_OFF[1])
    text.append(" one-off (purchases)\n")
    for m, (recurring, one_off), total in zip(months, parts, totals, strict=True):
        # Round the stack's edges, not each part, so the whole bar keeps the scale.
        recurring_cells = round(recurring * bar_width / top)
        all_cells = round((recurring + one_off) * bar_width / top)
        text.append(f"{m.month:%b %Y}".ljust(LABEL_WIDTH) + " │")
        text.append(RECURRING[0] * recurring_cells, style=RECURRING[1])
        text.append(ONE_OFF[0] * (all_cells - recurring_cells), style=ONE_OFF[1])
        text.append(" " * (bar_width - all_cells + 1))
        text.append(total.rjust(figure_width) + "\n", style="" if recurring + one_off else "dim")
    scale = amount_str(top, currency)
    text.append(" " * LABEL_WIDTH + " └" + "─" * bar_width + "\n", style="dim")
    text.append(" " * LABEL_WIDTH + f"  0{scale.rjust(bar_width - 1)}", style="dim")
    text.append(f"\n  scale: the full width is {scale}", style="dim")
    return text


class RevenueChart(Widget):
    """The months of one period; ``c`` on the reports screen cycles the currency."""

    DEFAULT_CSS = """
    RevenueChart { height: auto; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.months: list[MonthRevenue] = []
        self.currencies: list[str] = []
        self._index = 0

    @property
    def currency(self) -> str | None:
        return self.currencies[self._index] if self.currencies else None

    def show(self, months: Sequence[MonthRevenue]) -> None:
        """New months; keep the currency shown if it still has revenue, else the largest."""
        shown = self.currency
        self.months = list(months)
        self.currencies = chart_currencies(self.months)
        self._index = self.currencies.index(shown) if shown in self.currencies else 0
        self.refresh(layout=True)

    def next_currency(self) -> str | None:
        if self.currencies:
            self._index = (self._index + 1) % len(self.currencies)
            self.refresh(layout=True)
        return self.currency

    def render(self) -> Text:
        return chart_text(self.months, self.currency, self.content_region.width or 60)
