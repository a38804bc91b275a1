"""Calendar: the agenda of the next 14 days, day by day.

Open follow-ups (overdue ones first, under "Overdue") and meetings, merged
by day and time. Both lists come from the services in keyset pages; when
either has more, only the days both pages fully cover are shown, and ``m``
reads the next page. Enter opens the contact of a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.ui.screens.sections import (
    Cursor,
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

DAYS = 14
PAGE = 100
MAX_PAGE = 500  # the services' largest page
EMPTY = ("Nothing in the next 14 days.\n\nFollow-ups and meetings you schedule for a "
         "contact show here, day by day.")


@dataclass(frozen=True)
class AgendaPage:
    followups: list[FollowUpItem]
    followups_next: Cursor | None
    meetings: list[MeetingItem]
    meetings_next: Cursor | None
    first_day: date
    appended: bool  # a further page ("more"), not a fresh load


def load_page(session: Session, first_day: date, *, followups_after: Cursor | None,
              meetings_after: Cursor | None, skip_followups: bool, skip_meetings: bool,
              limit: int, appended: bool) -> AgendaPage:
    """One page of each list from where the last one ended (worker thread)."""
    last_day = dates.add_days(first_day, DAYS - 1)
    followups: list[FollowUpItem] = []
    meetings: list[MeetingItem] = []
    f_next = m_next = None
    if not skip_followups:
        followups, f_next = fetch_followups(session, due_until=last_day,
                                            after=followups_after, limit=limit)
    if not skip_meetings:
        since = dates.day_bounds_utc(first_day)[0]
        until = dates.day_bounds_utc(last_day)[1]
        meetings, m_next = fetch_meetings(session, since=since, until=until,
                                          after=meetings_after, limit=limit)
    return AgendaPage(followups, f_next, meetings, m_next, first_day, appended)


def _when(item: FollowUpItem | MeetingItem) -> tuple[date, time]:
    if isinstance(item, MeetingItem):
        local = dates.to_local(item.starts_at)
        return local.date(), local.time()
    return item.due_date, item.due_time or time(0)


class CalendarScreen(SectionScreen):
    """Meetings and open follow-ups of the next two weeks, grouped by day."""

    SECTION_NAME = "Calendar"
    LOAD_GROUP = "calendar"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_contact", "Open contact", id="calendar.open"),
        Binding("m", "more", "More", id="calendar.more"),
        Binding("r", "refresh", "Refresh", id="calendar.refresh"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._followups: list[FollowUpItem] = []
        self._meetings: list[MeetingItem] = []
        self._f_next: Cursor | None = None
        self._m_next: Cursor | None = None
        self._first_day = dates.today()

    def compose_body(self) -> ComposeResult:
        yield RecordTable(id="calendar-table")
        yield Static(Text(EMPTY), id="calendar-empty", classes="section--empty")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(RecordTable).add_columns("When", "What", "Contact", "Details")
        self.query_one("#calendar-empty").display = False

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        """From the top again, as many rows as were shown (so the cursor can stay)."""
        first_day = dates.today()
        limit = min(MAX_PAGE, max(PAGE, len(self._followups), len(self._meetings)))
        self.load(lambda session: load_page(
            session, first_day, followups_after=None, meetings_after=None,
            skip_followups=False, skip_meetings=False, limit=limit, appended=False),
            self._loaded)

    def action_more(self) -> None:
        if not self._has_more():
            return
        f_after, m_after, first_day = self._f_next, self._m_next, self._first_day
        self.load(lambda session: load_page(
            session, first_day, followups_after=f_after, meetings_after=m_after,
            skip_followups=f_after is None, skip_meetings=m_after is None, limit=PAGE,
            appended=True), self._loaded)

    def action_refresh(self) -> None:
        self.reload()

    def _has_more(self) -> bool:
        return self._f_next is not None or self._m_next is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "more":
            return True if self._has_more() else None
        return True

    def _loaded(self, page: AgendaPage) -> None:
        if page.appended:  # a list that was fully read was skipped: still None
            self._followups = [*self._followups, *page.followups]
            self._meetings = [*self._meetings, *page.meetings]
        else:
            self._followups, self._meetings = page.followups, page.meetings
            self._first_day = page.first_day
        self._f_next, self._m_next = page.followups_next, page.meetings_next
        self.refresh_bindings()
        self._show()

    # --- showing -----------------------------------------------------------

    def _covered_until(self) -> date | None:
        """The last day both lists are read up to (None: everything is read)."""
        ends = []
        if self._f_next is not None and self._followups:
            ends.append(self._followups[-1].due_date)
        if self._m_next is not None and self._meetings:
            ends.append(self._meetings[-1].local_day)
        return min(ends) if ends else None

    def _show(self) -> None:
        covered = self._covered_until()
        items = [*self._followups, *self._meetings]
        items.sort(key=lambda i: (*_when(i), isinstance(i, MeetingItem), i.id))
        if covered is not None:
            items = [i for i in items if _when(i)[0] <= covered]
        table = self.query_one(RecordTable)
        kept = table.selected_key()
        table.clear_rows()
        heading: str | None = None
        for item in items:
            day = _when(item)[0]
            label = "Overdue" if day < self._first_day else _day_label(day, self._first_day)
            if label != heading:
                heading = label
                style = "bold red" if label == "Overdue" else "bold"
                table.add_record(f"day:{label}", [Text(label, style=style), Text(), Text(),
                                                  Text()], None)
            table.add_record(*_row(item))
        table.keep_cursor_on(kept)
        table.display = bool(items)
        self.query_one("#calendar-empty").display = not items
        last = dates.add_days(self._first_day, DAYS - 1)
        status = Text(f"{dates.format_date(self._first_day)} to {dates.format_date(last)} · "
                      f"{len(self._followups)} follow-ups · {len(self._meetings)} meetings")
        if covered is not None:
            status.append(f" · shown up to {dates.format_date(covered)}: m reads more",
                          style="bold")
        self.set_status(status)
        if items and self.focused is None:
            table.focus()

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        if isinstance(event.data_table, RecordTable):
            self.open_selected_contact(event.data_table)

    def action_open_contact(self) -> None:
        self.open_selected_contact(self.query_one(RecordTable))


def _day_label(day: date, today: date) -> str:
    relative = {0: "Today", 1: "Tomorrow"}.get((day - today).days)
    text = day.strftime("%A %d %B")
    return f"{relative} · {text}" if relative else text


def _row(item: FollowUpItem | MeetingItem) -> tuple[str, list[Text], int | None]:
    if isinstance(item, MeetingItem):
        when = dates.to_local(item.starts_at).strftime("%H:%M")
        return (f"meeting:{item.id}", [
            Text(f"  {when}"), Text.assemble(("Meeting ", "dim"),
                                             safe_text(item.title, max_width=40)),
            attendee_text(item, max_width=30), Text(channel_label(item.channel), style="dim"),
        ], item.contact_id)
    when = item.due_time.strftime("%H:%M") if item.due_time else "—"
    overdue = item.due_date < dates.today()
    return (f"followup:{item.id}", [
        Text(f"  {dates.format_date(item.due_date) if overdue else when}"),
        Text("Follow-up", style="dim"), safe_text(item.contact, max_width=30),
        safe_text(item.note, max_width=50),
    ], item.contact_id)
