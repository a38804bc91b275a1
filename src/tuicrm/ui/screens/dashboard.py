"""Today: what needs doing now. Overdue follow-ups, today's follow-ups and
today's meetings, each a small table; Enter opens the contact of the row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from datetime import time as dt_time
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.ui.screens.sections import (
    FollowUpItem,
    MeetingItem,
    RecordTable,
    SectionScreen,
    attendee_text,
    channel_label,
    fetch_followups,
    fetch_meetings,
)
from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from sqlmodel import Session

LIMIT = 50  # per table: a day with more than this is read in the calendar

# (table id, heading, what the empty table says)
BLOCKS = (
    ("today-overdue", "Overdue follow-ups", "Nothing overdue."),
    ("today-followups", "Follow-ups due today", "No follow-ups due today."),
    ("today-meetings", "Meetings today", "No meetings today."),
)


@dataclass(frozen=True)
class TodayData:
    day: date
    overdue: tuple[list[FollowUpItem], bool]  # (items, more beyond the limit)
    followups: tuple[list[FollowUpItem], bool]
    meetings: tuple[list[MeetingItem], bool]


def load_today(session: Session, day: date) -> TodayData:
    """Everything the screen shows, in one read snapshot (worker thread)."""
    overdue, more_overdue = fetch_followups(session, due_until=dates.add_days(day, -1),
                                            limit=LIMIT)
    due, more_due = fetch_followups(session, due_from=day, due_until=day, limit=LIMIT)
    # by time of day, then those for "any time"
    due = sorted(due, key=lambda f: (f.due_time is None, f.due_time or dt_time(0)))
    since, until = dates.day_bounds_utc(day)
    meetings, more_meetings = fetch_meetings(session, since=since, until=until, limit=LIMIT)
    return TodayData(day, (overdue, more_overdue is not None), (due, more_due is not None),
                     (meetings, more_meetings is not None))


class TodayScreen(SectionScreen):
    """The dashboard: today's agenda and what is overdue."""

    SECTION_NAME = "Today"
    LOAD_GROUP = "today"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_contact", "Open contact", id="today.open"),
        Binding("r", "refresh", "Refresh", id="today.refresh"),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="today-body", classes="section--body", can_focus=False):
            for table_id, heading, empty in BLOCKS:
                yield Static(Text(heading, style="bold"), id=f"{table_id}-heading",
                             classes="section--heading")
                yield RecordTable(id=table_id)
                yield Static(Text(empty), id=f"{table_id}-empty", classes="section--empty")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#today-overdue", RecordTable).add_columns("Due", "Contact", "Note",
                                                                  "Late")
        self.query_one("#today-followups", RecordTable).add_columns("Time", "Contact", "Note")
        self.query_one("#today-meetings", RecordTable).add_columns(
            "Time", "Meeting", "With", "How")

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        day = dates.today()
        self.load(lambda session: load_today(session, day), self._show)

    def action_refresh(self) -> None:
        self.reload()

    def _show(self, data: TodayData) -> None:
        overdue, followups, meetings = data.overdue, data.followups, data.meetings
        self._fill("today-overdue", overdue, lambda f: (
            Text(dates.format_date(f.due_date)), safe_text(f.contact, max_width=30),
            safe_text(f.note, max_width=50),
            Text(dates.humanize_delta(f.due_date, today=data.day), style="bold")))
        self._fill("today-followups", followups, lambda f: (
            Text(f.due_time.strftime("%H:%M") if f.due_time else "any time"),
            safe_text(f.contact, max_width=30), safe_text(f.note, max_width=60)))
        self._fill("today-meetings", meetings, lambda m: (
            Text(dates.to_local(m.starts_at).strftime("%H:%M")),
            safe_text(m.title, max_width=40), attendee_text(m, max_width=40),
            Text(channel_label(m.channel))))
        for table_id, (items, more) in zip(
                ("today-overdue", "today-followups", "today-meetings"),
                (overdue, followups, meetings), strict=True):
            heading = next(h for t, h, _e in BLOCKS if t == table_id)
            count = f"{len(items)}+" if more else str(len(items))
            self.query_one(f"#{table_id}-heading", Static).update(
                Text.assemble((heading, "bold"), (f"  {count}" if items else "", "dim")))
        overdue_n = len(overdue[0])
        status = Text(data.day.strftime("%A %d %B %Y"))
        if overdue_n:
            status.append(f" · {overdue_n}{'+' if overdue[1] else ''} overdue",
                          style="bold")
        status.append(f" · {len(followups[0])} follow-ups and {len(meetings[0])} meetings "
                      "today · Enter opens the contact", style="dim")
        self.set_status(status)
        if not isinstance(self.focused, RecordTable) or not self.focused.display:
            first = next((t for t in self.query(RecordTable) if t.display), None)
            if first is not None:
                first.focus()

    def _fill(self, table_id: str, block: tuple[list[Any], bool],
              cells: Callable[[Any], tuple[Text, ...]]) -> None:
        items, _more = block
        table = self.query_one(f"#{table_id}", RecordTable)
        kept = table.selected_key()
        table.clear_rows()
        for item in items:
            table.add_record(str(item.id), list(cells(item)), item.contact_id)
        table.keep_cursor_on(kept)
        table.display = bool(items)
        self.query_one(f"#{table_id}-empty", Static).display = not items

    # --- opening -----------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        if isinstance(event.data_table, RecordTable):
            self.open_selected_contact(event.data_table)

    def action_open_contact(self) -> None:
        table = self.focused
        if isinstance(table, RecordTable):
            self.open_selected_contact(table)
