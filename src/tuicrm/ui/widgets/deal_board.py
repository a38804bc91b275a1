"""The pipeline board: one column per stage, each headed by its count, its total
and its weighted total per currency, with its deals as three-line cards (title, contact, value and expected close).

As many columns show as fit at :data:`MIN_COLUMN` cells each (three at 80
columns, all six of the default stages from 156); the window slides to keep
the chosen column in view, and the header says how many stages are off
either side. The chosen card is drawn reversed; a stale deal is marked ◷.
The widget only draws: the screen owns the keys and reads the data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.widget import Widget

from tuicrm import money
from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.core.data import DealRow, StageColumn

MIN_COLUMN = 25
CARD_LINES = 3
HEADER_LINES = 4  # name and count, total, weighted, rule


def amounts(per_currency: dict[str, int]) -> str:
    return " · ".join(money.shown_amount(v, c) for c, v in per_currency.items()) or "—"


class DealBoard(Widget, can_focus=True):
    """Draws the columns; ``column`` and ``row`` say which card is chosen."""

    DEFAULT_CSS = """
    DealBoard { height: 1fr; width: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.columns: list[StageColumn] = []
        self.column = 0
        self.row = 0
        self._first_column = 0
        self._first_rows: dict[int, int] = {}  # column -> first card shown

    # --- what is chosen ----------------------------------------------------------

    def show(self, columns: list[StageColumn], keep_deal: int | None = None) -> None:
        """New data; the chosen card stays on ``keep_deal`` if it is still on the board."""
        self.columns = columns
        if keep_deal is not None:
            for c, column in enumerate(columns):
                for r, deal in enumerate(column.deals):
                    if deal.id == keep_deal:
                        self.column, self.row = c, r
                        break
        self._clamp()
        self.refresh()

    def chosen(self) -> DealRow | None:
        if not self.columns:
            return None
        deals = self.columns[self.column].deals
        return deals[self.row] if 0 <= self.row < len(deals) else None

    def move(self, columns: int = 0, rows: int = 0) -> None:
        if not self.columns:
            return
        if columns:
            self.column = max(0, min(len(self.columns) - 1, self.column + columns))
            self.row = min(self.row, max(0, len(self.columns[self.column].deals) - 1))
        if rows:
            self.row += rows
        self._clamp()
        self.refresh()

    def _clamp(self) -> None:
        if not self.columns:
            self.column = self.row = 0
            return
        self.column = max(0, min(len(self.columns) - 1, self.column))
        count = len(self.columns[self.column].deals)
        self.row = max(0, min(count - 1, self.row)) if count else 0

    # --- drawing -------------------------------------------------------------------

    def visible_columns(self) -> int:
        return max(1, min(len(self.columns) or 1, self.size.width // MIN_COLUMN))

    def render(self) -> RenderableType:
        if not self.columns:
            return Text("")
        shown = self.visible_columns()
        if self.column < self._first_column:
            self._first_column = self.column
        elif self.column >= self._first_column + shown:
            self._first_column = self.column - shown + 1
        self._first_column = max(0, min(self._first_column, len(self.columns) - shown))
        first = self._first_column
        width = max(MIN_COLUMN, self.size.width // shown) - 1
        cards_room = max(1, (self.size.height - HEADER_LINES - 1) // CARD_LINES)
        grid = Table.grid(padding=(0, 1), expand=True)
        for _ in range(shown):
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        cells = [self._column_text(c, self.columns[c], width, cards_room)
                 for c in range(first, first + shown)]
        grid.add_row(*cells)
        hidden_left, hidden_right = first, len(self.columns) - first - shown
        if hidden_left or hidden_right:
            hint = Text(justify="center", style="dim")
            if hidden_left:
                hint.append(f"‹ {hidden_left} more (h)   ")
            if hidden_right:
                hint.append(f"{hidden_right} more (l) ›")
            outer = Table.grid(expand=True)
            outer.add_column()
            outer.add_row(hint)
            outer.add_row(grid)
            return outer
        return grid

    def _column_text(self, index: int, column: StageColumn, width: int, room: int) -> Text:
        chosen_column = index == self.column
        text = Text(no_wrap=True, overflow="ellipsis")
        head_style = "bold reverse" if chosen_column and self.has_focus else "bold"
        name = safe_text(column.stage.name, max_width=width - 12)
        name.stylize(head_style)
        text.append_text(name)
        chance = f" {column.stage.probability} %" if column.stage.is_open else ""
        text.append(f"  {column.count:,}{chance}\n", style="dim")
        text.append(_cut(amounts(column.totals), width) + "\n")
        text.append(_cut("weighted " + amounts(column.weighted), width) + "\n",
                    style="dim" if column.stage.is_open else "dim strike")
        text.append("─" * width + "\n", style="dim")
        first = self._first_rows.get(index, 0)
        if chosen_column:
            if self.row < first:
                first = self.row
            elif self.row >= first + room:
                first = self.row - room + 1
            self._first_rows[index] = first
        if not column.deals:
            text.append("no deals", style="dim italic")
            return text
        for r in range(first, min(len(column.deals), first + room)):
            text.append_text(self._card(column.deals[r], width,
                                        chosen=chosen_column and r == self.row))
        below = column.count - min(len(column.deals), first + room)
        if below > 0:
            text.append(f"… {below:,} more", style="dim italic")
        return text

    def _card(self, deal: DealRow, width: int, *, chosen: bool) -> Text:
        style = "reverse" if chosen else ""
        title = safe_text(("◷ " if deal.stale else "") + deal.title, max_width=width)
        title.stylize("bold " + style if chosen else "bold")
        card = Text(no_wrap=True, overflow="ellipsis")
        card.append_text(title)
        card.append("\n")
        close = deal.expected_close.strftime("%d %b %y") if deal.expected_close else "no date"
        contact = safe_text(deal.contact, max_width=width)
        contact.stylize(style or "dim")
        card.append_text(contact)
        card.append("\n")
        line = Text(f"{money.shown_amount(deal.value_minor, deal.currency)} · {close}",
                    style=style or "dim")
        card.append_text(_cut_text(line, width))
        card.append("\n")
        return card


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _cut_text(text: Text, width: int) -> Text:
    if text.cell_len > width:
        text.truncate(width, overflow="ellipsis")
    return text
