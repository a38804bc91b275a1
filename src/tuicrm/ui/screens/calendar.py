"""The follow-up calendar: a month grid beside the agenda of the selected day.

Three views (``v`` cycles): the selected **day**, its **week**, or the
**upcoming** days from today with what is overdue first. Keys in the spirit
of calcurse and khal: arrows or h/l move a day, j/k (or up/down on the grid)
a week, t today, w/W and m/M step a week or a month, g goes to a typed date.
On an item: Enter opens it, x completes, s snoozes, r moves it; n plans a
follow-up or a meeting on the selected day.

Two loads, each exclusive in its own group: the grid's counts (only when the
shown six weeks change) and the agenda's items for the view's range; both
are computed in SQL for that range only (``services.calendar``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.ui.screens import due_actions
from tuicrm.ui.screens.record_lists import RecordTable
from tuicrm.ui.screens.sections import SectionScreen
from tuicrm.ui.widgets.due_rows import (
    CALENDAR_COLUMNS,
    HEADER,
    agenda_rows,
    countdown,
    detail_text,
    has_started,
)
from tuicrm.ui.widgets.month_grid import MonthGrid, grid_days, legend
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from collections import Counter

    from tuicrm.core.data import DueItem
    from tuicrm.core.schedule import AgendaData

VIEWS = ("day", "week", "upcoming")
UPCOMING_DAYS = 14
GRID_GROUP, AGENDA_GROUP = "calendar-grid", "calendar-agenda"


class CalendarScreen(SectionScreen):
    """The month grid and the agenda of the selected day, week or upcoming days."""

    SECTION_NAME = "Calendar"
    LOAD_GROUP = AGENDA_GROUP
    AUTO_FOCUS = "#calendar-grid"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "today", "Today", id="calendar.today"),
        Binding("w", "step_weeks(1)", "Next week", show=False, id="calendar.next_week"),
        Binding("W", "step_weeks(-1)", "Previous week", show=False, id="calendar.prev_week"),
        Binding("m", "step_months(1)", "Next month", show=False, id="calendar.next_month"),
        Binding("M", "step_months(-1)", "Previous month", show=False,
                id="calendar.prev_month"),
        Binding("g", "go_to", "Go to date", id="calendar.go"),
        Binding("v", "cycle_view", "View", id="calendar.view"),
        Binding("n", "new", "New", id="calendar.new"),
        Binding("x", "complete", "Done", id="calendar.complete"),
        Binding("s", "snooze", "Snooze", id="calendar.snooze"),
        Binding("r", "reschedule", "Move", id="calendar.move"),
        Binding("e", "export", "Export .ics", id="calendar.export"),
        Binding("D", "cadences", "Stay-in-touch defaults", show=False,
                id="calendar.cadences"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.today = dates.today()
        self.selected = self.today
        self.view = "day"
        self.items: dict[str, DueItem] = {}
        self._grid_range: tuple[date, date] | None = None
        self._next_meeting: DueItem | None = None
        self._shown: AgendaData | None = None

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="calendar-body", classes="section--body"):
            with Vertical(id="calendar-side"):
                yield MonthGrid(id="calendar-grid")
                yield Static(legend(), id="calendar-legend")
                yield Static(id="calendar-countdown")
                yield Static(id="calendar-detail")
            with Vertical(id="calendar-main"):
                yield Static(id="calendar-heading", classes="section--heading")
                yield RecordTable(id="calendar-table")
                yield Static(id="calendar-empty", classes="section--empty")

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(30, self._tick)

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        self.today = dates.today()
        self._grid_range = None  # counts may have changed
        self._load()

    def _range(self) -> tuple[date, date]:
        if self.view == "day":
            return self.selected, self.selected
        if self.view == "week":
            monday = dates.add_days(self.selected, -self.selected.weekday())
            return monday, dates.add_days(monday, 6)
        return self.today, dates.add_days(self.today, UPCOMING_DAYS - 1)

    def _load(self) -> None:
        if self.crm_app.database is None:
            return
        grid = grid_days(self.selected)
        if grid != self._grid_range:
            self._grid_range = grid
            run_core(self, lambda core: core.schedule.counts_by_day(*grid), done=self._counted,
                     group=GRID_GROUP, exclusive=True)
        first, last = self._range()
        with_overdue = self.view == "upcoming" or (first <= self.today <= last)
        run_core(self, lambda core: core.schedule.agenda(first, last, with_overdue=with_overdue,
                                                          overdue_limit=100),
                 done=self._show, group=AGENDA_GROUP, exclusive=True)
        self._show_grid(None)

    def worker_failed(self, group: str, message: str) -> None:
        if group in (GRID_GROUP, AGENDA_GROUP):
            self.show_problem(message)

    def _counted(self, counts: dict[date, Counter[str]]) -> None:
        self._show_grid(counts)

    def _show_grid(self, counts: dict[date, Counter[str]] | None) -> None:
        self.query_one(MonthGrid).show(selected=self.selected, today=self.today, counts=counts,
                                       week_view=self.view == "week")

    # --- showing -----------------------------------------------------------

    def _show(self, data: AgendaData) -> None:
        self.cut_to_width()
        table = self.query_one(RecordTable)
        same_range = self._shown is not None and (self._shown.first, self._shown.last) == (
            data.first, data.last)
        self._shown = data
        rows, self.items = agenda_rows(data.overdue, data.items, today=self.today,
                                       day_headers=self.view != "day")
        table.fill(CALENDAR_COLUMNS, rows, self._table_width(), keep=same_range)
        key = table.selected_key()
        if key is not None and key.startswith(HEADER) and table.cursor_row + 1 < table.row_count:
            table.move_cursor(row=table.cursor_row + 1, animate=False)  # onto an item
        empty = not self.items
        table.display = not empty
        self.query_one("#calendar-empty", Static).update(Text(
            f"Nothing {_span_words(data.first, data.last, self.today)}. n plans a follow-up "
            "or a meeting on the selected day."))
        self.query_one("#calendar-empty").display = empty
        self.query_one("#calendar-heading", Static).update(self._heading(data))
        self._next_meeting = data.next_meeting
        self._show_countdown()
        self._show_detail()
        shown = len(self.items) - len(data.overdue)
        span = _span_words(data.first, data.last, self.today)
        status = Text(f"{span[0].upper()}{span[1:]}: {shown} item{'s' if shown != 1 else ''}")
        if data.overdue:
            status.append(f" · {len(data.overdue)} overdue or gone quiet", style="bold red")
        if data.incomplete:
            status.append(" · a busy range: only the first 500 of some kinds shown", style="bold")
        status.append(" · v day/week/upcoming · Tab to the list", style="dim")
        self.set_status(status)

    def _table_width(self) -> int:
        return max(40, self.app.size.width - 48)  # beside the grid's column

    def on_resize(self) -> None:
        """Cells are cut to fit the width: cut them again when it changes (not on a
        first showing, when the size goes from nothing to what it was filled at)."""
        if self._shown is not None and self.width_changed():
            self._show(self._shown)

    def _tick(self) -> None:
        """Every 30 s: a new day or a meeting begun means a reload, else a fresh countdown."""
        if dates.today() != self.today or has_started(self._next_meeting):
            self.reload()
        else:
            self._show_countdown()

    def _heading(self, data: AgendaData) -> Text:
        if self.view == "day":
            return Text(_day_label(self.selected, self.today), style="bold")
        if self.view == "week":
            return Text(f"Week of {data.first:%d %B} to {data.last:%d %B %Y}", style="bold")
        return Text(f"Next {UPCOMING_DAYS} days, overdue first", style="bold")

    def _show_countdown(self) -> None:
        self.query_one("#calendar-countdown", Static).update(countdown(self._next_meeting))

    # --- moving ------------------------------------------------------------

    def select(self, day: date) -> None:
        self.selected = day
        if self.view == "upcoming":
            self.view = "day"
        self._load()

    @on(MonthGrid.Moved)
    def _grid_moved(self, event: MonthGrid.Moved) -> None:
        self.select(event.day)

    def action_move(self, days: int) -> None:
        self.select(dates.add_days(self.selected, days))

    def action_today(self) -> None:
        self.today = dates.today()
        self.select(self.today)

    def action_step_weeks(self, weeks: int) -> None:
        self.select(dates.add_days(self.selected, 7 * weeks))

    def action_step_months(self, months: int) -> None:
        self.select(dates.add_months(self.selected, months))

    def action_go_to(self) -> None:
        from tuicrm.ui.screens.dialogs import DateDialog

        def chosen(day: date | None) -> None:
            if day is not None:
                self.select(day)

        self.app.push_screen(DateDialog("Go to which day? (e.g. 2026-12-24, +2w, friday)",
                                        label="Day", default=self.selected), chosen)

    def action_cycle_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        self._load()
        self.notify(f"{self.view.capitalize()} view", timeout=2)

    # --- acting on items ---------------------------------------------------

    def current_item(self) -> DueItem | None:
        """The list's highlighted item; from the grid, the day's item if it has only one."""
        table = self.query_one(RecordTable)
        if self.focused is table:
            key = table.selected_key()
            return self.items.get(key) if key else None
        return next(iter(self.items.values())) if len(self.items) == 1 else None

    def _with_item(self, act: Any) -> None:
        item = self.current_item()
        if item is None:
            where = "Tab to the list and pick one" if self.items else "Nothing here to act on"
            self.notify(f"{where}.", timeout=4)
            return
        act(self, item)

    def action_complete(self) -> None:
        self._with_item(due_actions.complete_item)

    def action_snooze(self) -> None:
        self._with_item(due_actions.snooze_item)

    def action_reschedule(self) -> None:
        self._with_item(due_actions.reschedule_item)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        item = self.current_item()
        self.query_one("#calendar-detail", Static).update(
            detail_text(item) if item is not None else Text())

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        item = self.items.get(event.row_key.value or "")
        if item is not None:
            due_actions.open_item(self, item)

    def action_new(self) -> None:
        from tuicrm.ui.screens.dialogs import ChoiceDialog

        day = self.selected

        def chosen(answer: str | None) -> None:
            if answer == "f":
                from tuicrm.ui.forms.followup import FollowUpForm

                self.app.push_screen(FollowUpForm(None, due=day))
            elif answer == "m":
                from tuicrm.ui.forms.meeting import MeetingForm

                self.app.push_screen(MeetingForm(None, day=day))

        self.app.push_screen(ChoiceDialog(f"Plan what on {day:%A %d %B %Y}?",
                                          [("f", "Follow-up"), ("m", "Meeting")]), chosen)

    def action_export(self) -> None:
        from tuicrm.ui.calendar_export import export_calendar

        export_calendar(self)


def _day_label(day: date, today: date) -> str:
    relative = {0: "Today", 1: "Tomorrow", -1: "Yesterday"}.get((day - today).days)
    text = day.strftime("%A %d %B %Y")
    return f"{relative} · {text}" if relative else text


def _span_words(first: date, last: date, today: date) -> str:
    if first == last:
        return "today" if first == today else f"on {first:%a %d %b}"
    return f"from {first:%a %d %b} to {last:%a %d %b}"
