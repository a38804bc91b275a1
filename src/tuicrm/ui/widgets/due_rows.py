"""How a calendar item (``services.calendar.DueItem``) reads in a table row,
and the countdown to the next meeting; shared by Today and the Calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from tuicrm import dates
from tuicrm.enums import DUE_KIND_LABELS, DueKind
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.month_grid import MARKERS

if TYPE_CHECKING:
    from datetime import date

    from tuicrm.core.data import DueItem
    from tuicrm.ui.screens.record_lists import Row

# (label, width or share of what is left, narrowest): see ui/widgets/columns.py
CALENDAR_COLUMNS = (("When", 11, 9), ("What", 0.62, 16), ("Who", 0.38, 10))
TODAY_COLUMNS = (("When", 11, 9), ("What", 0.42, 16), ("Who", 0.24, 10),
                 ("Details", 0.34, 10))
HEADER = "day:"  # the key prefix of a day's heading row


def item_key(item: DueItem) -> str:
    return f"{item.kind.value}:{item.record_id}:{item.day.isoformat()}"


def agenda_rows(overdue: list[DueItem], items: list[DueItem], *, today: date,
                day_headers: bool) -> tuple[list[Row], dict[str, DueItem]]:
    """The Calendar's rows: Overdue first, then each day under its heading (with
    ``day_headers``); an item shown as overdue is not repeated on its day."""
    rows: list[Row] = []
    keyed: dict[str, DueItem] = {}

    def add(item: DueItem, late: bool) -> None:
        keyed[item_key(item)] = item
        cells = due_cells(item, today=today, overdue=late, labelled=False)
        rows.append((item_key(item), cells[:3], item.contact_id))  # details: beside the grid

    if overdue:
        rows.append((f"{HEADER}overdue", [Text("Overdue", style="bold red"), Text(), Text()],
                     None))
        for item in overdue:
            add(item, True)
    day = None
    for item in items:
        if item_key(item) in keyed:
            continue
        if item.day != day and (day_headers or overdue):
            day = item.day
            relative = {0: "Today", 1: "Tomorrow"}.get((day - today).days, "")
            rows.append((f"{HEADER}{day.isoformat()}", [
                Text(f"{day:%a %d %b}", style="bold"), Text(relative, style="bold"), Text()],
                None))
        add(item, False)
    return rows, keyed


def has_started(meeting: DueItem | None) -> bool:
    """The countdown's meeting has begun: time to look for the next one."""
    return meeting is not None and meeting.at is not None and meeting.at <= dates.utcnow()

def kind_text(kind: str) -> Text:
    glyph, style, _legend = MARKERS[kind]
    return Text.assemble((glyph, style), " ", DUE_KIND_LABELS[DueKind(kind)])


def when_text(item: DueItem, *, today: date, overdue: bool, show_day: bool = False) -> Text:
    """Overdue: how long ago; in a list across days (``show_day``): the day; else the time."""
    if overdue:
        return Text(dates.humanize_delta(item.day, today=today), style="bold red")
    if show_day and item.day != today:
        return Text(f"{item.day:%a %d %b}")
    if item.at is not None:
        return Text(dates.to_local(item.at).strftime("%H:%M"))
    return Text("any time", style="dim")


def due_cells(item: DueItem, *, today: date, overdue: bool, show_day: bool = False,
              labelled: bool = True) -> list[Text]:
    """When, what (marker, kind and title), who, details. Without ``labelled`` the
    marker alone names the kind (beside the Calendar's legend), leaving room to read."""
    title = item.title if item.title != item.contact else ""
    what = kind_text(item.kind.value)
    if title and not labelled:
        glyph, style, _legend = MARKERS[item.kind.value]
        what = Text.assemble((glyph, style), " ", safe_text(title, max_width=60))
    elif title:
        what.append(": ", style="dim")
        what.append_text(safe_text(title, max_width=60))
    detail = safe_text(item.detail, max_width=48, style="dim")
    if item.recurrence:
        from tuicrm.recurrence import describe_recurrence as describe

        detail = Text.assemble(detail, (" ↺ ", "dim"), safe_text(describe(item.recurrence),
                                                                  style="dim"))
    return [when_text(item, today=today, overdue=overdue, show_day=show_day), what,
            safe_text(item.contact or "—", max_width=30), detail]


def detail_text(item: DueItem) -> Text:
    """Everything about one item, for the panel beside a narrow list."""
    text = kind_text(item.kind.value)
    text.stylize("bold")
    text.append(f"  {item.day:%a %d %b %Y}", style="dim")
    if item.at is not None:
        text.append(f" {dates.to_local(item.at):%H:%M}", style="dim")
    for line in (item.title if item.title != item.contact else "", item.contact, item.detail):
        if line:
            text.append("\n")
            text.append_text(safe_text(line, max_width=200))
    if item.recurrence:
        from tuicrm.recurrence import describe_recurrence as describe

        text.append("\n↺ ", style="dim")
        text.append_text(safe_text(describe(item.recurrence), style="dim"))
    return text


def countdown(meeting: DueItem | None) -> Text:
    """"Next meeting in 2 h 15 min: Title" (or that none is planned)."""
    if meeting is None or meeting.at is None:
        return Text("No meetings planned.", style="dim")
    left = meeting.at - dates.utcnow()
    minutes = max(0, int(left.total_seconds() // 60))
    if minutes < 60:
        span = f"{minutes} min"
    elif minutes < 48 * 60:
        span = f"{minutes // 60} h {minutes % 60:02d} min"
    else:
        span = f"{minutes // (24 * 60)} days"
    text = Text.assemble(("Next meeting in ", "bold"), (span, "bold dodger_blue1"), "\n")
    text.append_text(safe_text(meeting.title, max_width=46))
    text.append(f"\n{dates.to_local(meeting.at):%a %d %b %H:%M}", style="dim")
    if meeting.contact:
        text.append(" · ", style="dim")
        text.append_text(safe_text(meeting.contact, max_width=30, style="dim"))
    return text
