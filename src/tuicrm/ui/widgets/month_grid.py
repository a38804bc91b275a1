"""A month grid: six weeks of days, Monday first, each with markers for what falls on it.

The grid only draws: the screen gives it the selected day, today and the
counts per day and kind (``services.calendar.counts_by_day``), and hears
:class:`MonthGrid.Moved` when the arrow keys or a click pick another day.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Mapping
from datetime import date, timedelta
from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from tuicrm import dates

CELL = 6  # columns per day
WEEKS = 6
# kind -> (glyph, style, legend). Glyphs differ as well as colours, for
# colour-blind readers and monochrome terminals.
MARKERS: dict[str, tuple[str, str, str]] = {
    "meeting": ("●", "bold dodger_blue1", "meeting"),
    "followup": ("◆", "bold dark_orange", "follow-up"),
    "stay_in_touch": ("♥", "bold magenta", "stay in touch"),
    "review": ("◇", "bold green", "review"),
    "renewal": ("↻", "bold cyan", "renewal or end"),
    "cancel_by": ("!", "bold red", "cancel-by"),
    "birthday": ("★", "bold yellow", "birthday"),
    "anniversary": ("☆", "bold yellow", "anniversary"),
    "invoice": ("¤", "bold red", "invoice due"),
    "billing": ("+", "bold green", "to invoice"),
    "stale_deal": ("◷", "bold yellow", "stale deal"),
}


def grid_start(day: date) -> date:
    """The Monday on or before the first of ``day``'s month: the grid's first cell."""
    first = day.replace(day=1)
    return first - timedelta(days=first.weekday())


def grid_days(day: date) -> tuple[date, date]:
    start = grid_start(day)
    return start, start + timedelta(days=WEEKS * 7 - 1)


def marker_text(kind: str) -> Text:
    glyph, style, _legend = MARKERS[kind]
    return Text(glyph, style=style)


#: Kinds Today lists but the calendar does not (a billing period to invoice is
#: read for today only): left out of the calendar's legend.
NOT_ON_CALENDAR = frozenset({"billing"})


def legend() -> Text:
    text = Text()
    shown = [marker for kind, marker in MARKERS.items() if kind not in NOT_ON_CALENDAR]
    for n, (glyph, style, words) in enumerate(shown):
        if n:
            text.append("\n" if n % 3 == 0 else "  ")
        text.append(glyph, style=style)
        text.append(f" {words}", style="dim")
    return text


class MonthGrid(Widget, can_focus=True):
    """The selected day's month; arrows move the selection a day or a week."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(-1)", "Day back", show=False, id="calendar.day_back"),
        Binding("right", "move(1)", "Day on", show=False, id="calendar.day_on"),
        Binding("up", "move(-7)", "Week back", show=False, id="calendar.week_up"),
        Binding("down", "move(7)", "Week on", show=False, id="calendar.week_down"),
        Binding("h", "move(-1)", "Day back", show=False, id="calendar.h"),
        Binding("l", "move(1)", "Day on", show=False, id="calendar.l"),
        Binding("k", "move(-7)", "Week back", show=False, id="calendar.k"),
        Binding("j", "move(7)", "Week on", show=False, id="calendar.j"),
    ]

    DEFAULT_CSS = """
    MonthGrid { width: 46; height: 16; padding: 0 1; }
    """

    class Moved(Message):
        """The person picked ``day`` (arrow keys or a click)."""

        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.selected = dates.today()
        self.today = self.selected
        self.counts: Mapping[date, Counter[str]] = {}
        self.week_view = False

    def show(self, *, selected: date, today: date, counts: Mapping[date, Counter[str]] | None,
             week_view: bool) -> None:
        self.selected, self.today, self.week_view = selected, today, week_view
        if counts is not None:
            self.counts = counts
        self.refresh()

    def action_move(self, days: int) -> None:
        self.post_message(self.Moved(dates.add_days(self.selected, days)))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)  # inside border and padding
        if offset is None:
            return
        row, column = offset.y - 2, offset.x // CELL  # below the two heading lines
        if 0 <= row < WEEKS * 2 and 0 <= column < 7:
            self.post_message(self.Moved(grid_start(self.selected)
                                         + timedelta(days=(row // 2) * 7 + column)))

    def render(self) -> RenderableType:
        title = self.selected.strftime("%B %Y")
        lines = [Text(title.center(CELL * 7), style="bold"),
                 Text("".join(name[:2].rjust(CELL - 2).ljust(CELL)
                              for name in calendar.day_abbr), style="dim")]
        start = grid_start(self.selected)
        week_start = self.selected - timedelta(days=self.selected.weekday())
        for week in range(WEEKS):
            numbers, marks = Text(), Text()
            for weekday in range(7):
                day = start + timedelta(days=week * 7 + weekday)
                numbers.append_text(self._number(day, week_start))
                marks.append_text(self._marks(day))
            lines += [numbers, marks]
        return Text("\n").join(lines)

    def _number(self, day: date, week_start: date) -> Text:
        label = f"{day.day:>3}".ljust(CELL - 2)  # "  9 " then the week mark and a space
        counts = self.counts.get(day, Counter())
        style = "dim" if day.month != self.selected.month else ""
        if day < self.today and counts.get("followup"):
            style = "bold red"  # open follow-ups left behind
        if day == self.today:
            style = "bold underline reverse" if day == self.selected else "bold underline"
        elif day == self.selected:
            style = "reverse bold"
        text = Text(label, style=style)
        in_week = self.week_view and week_start <= day < week_start + timedelta(days=7)
        text.append("▏" if in_week else " ", style="bold" if in_week else "")
        text.append(" ")
        return text

    def _marks(self, day: date) -> Text:
        counts = self.counts.get(day, Counter())
        text = Text(" ")
        for kind in MARKERS:
            if counts.get(kind):
                text.append_text(marker_text(kind))
        if len(text) < CELL:
            text.append(" " * (CELL - len(text)))
        else:
            text.truncate(CELL)
        return text
