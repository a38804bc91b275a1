"""Today, the home screen: whom to contact now, and why.

Five lists, each read in SQL for today only (``services.calendar``):
overdue follow-ups; today's meetings, follow-ups and dates; contracts with
something to do in the next 30 days; relationships gone quiet (longer than
their stay-in-touch cadence without a touch); invoices overdue, and billing
periods begun with no invoice yet (I issues them all). Every row acts in place:
Enter opens it, x completes (for a quiet contact: logs the call that clears
it), s snoozes, r moves, l logs a call. Tab goes from list to list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.lazy import Lazy
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.ui.screens.record_lists import RecordTable, Row
from tuicrm.ui.screens.sections import SectionScreen, until_loaded

# The rows' cells (ui.widgets.due_rows) and the row actions (ui.due_actions) are
# imported where first used: not before the first frame, which Today is part of.

if TYPE_CHECKING:
    from tuicrm.core.data import DueItem
    from tuicrm.core.schedule import TodayData

LIMIT = 50  # per list: more than this is read in the calendar
ACTION_DAYS = 30

# (list id, heading, what the empty list says)
BLOCKS = (
    ("today-overdue", "Overdue follow-ups", "Nothing overdue."),
    ("today-due", "Today", "Nothing else planned for today."),
    ("today-invoices", "Invoices: overdue, and billing periods to invoice (I issues them)",
     "Nothing overdue and nothing to invoice."),
    ("today-contracts", f"Contracts needing action in the next {ACTION_DAYS} days",
     "No contract needs action this month."),
    ("today-quiet", "Gone quiet: longer than their cadence without a touch",
     "Everyone has heard from you recently enough."),
    ("today-deals", "Stale deals: open, with nothing done for a while (a deal's next step "
     "is a follow-up above)", "No deal has gone stale."),
)


class TodayScreen(SectionScreen):
    """The dashboard: today's agenda, what is overdue, what needs action soon."""

    SECTION_NAME = "Today"
    LOAD_GROUP = "today"
    READS_WHILE_COMPOSING = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_item", "Open", id="today.open"),
        Binding("x", "act('complete_item')", "Done", id="today.complete"),
        Binding("s", "act('snooze_item')", "Snooze", id="today.snooze"),
        Binding("r", "act('reschedule_item')", "Move", id="today.move"),
        Binding("l", "act('log_touch')", "Log call", id="today.log"),
        Binding("c", "open_contact", "Contact", id="today.contact"),
        Binding("I", "issue_invoices", "Issue invoices", show=False, id="today.issue_invoices"),
        Binding("D", "cadences", "Stay-in-touch defaults", show=False, id="today.cadences"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, dict[str, DueItem]] = {block[0]: {} for block in BLOCKS}
        self._next_meeting: DueItem | None = None
        self._shown: TodayData | None = None

    def compose_body(self) -> ComposeResult:
        body = VerticalScroll(id="today-body", classes="section--body", can_focus=False)
        # While the database opens, nothing in the body has anything to show (its
        # lists are hidden until loaded), so on the first screen of a start it is
        # mounted just after the first frame (Lazy, which keeps its place: see
        # start.tcss), which then comes ~20 ms sooner with its keys live. _show
        # waits until Lazy has gone, which is once the body and its lists are in.
        with Lazy(body) if self.crm_app.database is None else body:
            yield Static(id="today-countdown")
            for table_id, heading, empty in BLOCKS:
                yield Static(Text(heading, style="bold"), id=f"{table_id}-heading",
                             classes="section--heading")
                yield until_loaded(RecordTable(id=table_id))
                yield until_loaded(Static(Text(empty), id=f"{table_id}-empty",
                                          classes="section--empty"))

    def on_mount(self) -> None:
        super().on_mount()
        self.set_interval(30, self._tick)

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        day = dates.today()
        self.load(lambda core: core.schedule.today(day, limit=LIMIT, action_days=ACTION_DAYS),
                  self._show)

    def quick_first_read(self) -> TodayData | None:
        """(worker) Today's lists read before the data layer is imported
        (``core.quick``; None where that read does not serve): see CrmApp._first_read."""
        from tuicrm.core import quick

        return quick.today(self.crm_app.database_target, dates.today(), limit=LIMIT,
                           action_days=ACTION_DAYS)

    def show_first_read(self, data: TodayData, *, then: Callable[[], object]) -> None:
        """Show the quick read's lists, then (once drawn) call ``then``."""
        self._show(data, then=then)

    def _show(self, data: TodayData, *, then: Callable[[], object] | None = None) -> None:
        if self.query(Lazy):  # the body is still being mounted (see compose_body)
            if self.is_attached:
                self.call_after_refresh(partial(self._show, data, then=then))
            elif then is not None:
                then()
            return
        self.cut_to_width()
        self._shown = data
        for table_id, heading, _empty in BLOCKS:
            items = data.lists[table_id]
            self._fill(table_id, items, data.day)
            count = f"{len(items)}+" if table_id in data.more else str(len(items))
            self.query_one(f"#{table_id}-heading", Static).update(
                Text.assemble((heading, "bold"), (f"  {count}" if items else "", "dim")))
        self._next_meeting = data.next_meeting
        self._show_countdown()
        overdue = len(data.lists["today-overdue"])
        status = Text(data.day.strftime("%A %d %B %Y"))
        if overdue:
            status.append(f" · {overdue} overdue", style="bold red")
        status.append(f" · {len(data.lists['today-due'])} today · "
                      f"{len(data.lists['today-quiet'])} gone quiet", style="dim")
        to_issue = sum(1 for i in data.lists["today-invoices"] if i.kind.value == "billing")
        if to_issue:
            status.append(f" · {to_issue} invoice{'s' if to_issue != 1 else ''} to issue (I)",
                          style="bold")
        status.append(" · Enter opens · x done · s snooze · l log a call", style="dim")
        self.set_status(status)
        self.first_shown()
        if not isinstance(self.focused, RecordTable) or not self.focused.display:
            first = next((t for t in self.query(RecordTable) if t.display), None)
            if first is not None:
                first.focus()
        if then is not None:
            self.call_after_refresh(then)

    def _fill(self, table_id: str, items: list[DueItem], day: date) -> None:
        from tuicrm.ui.widgets.due_rows import TODAY_COLUMNS, due_cells, item_key

        table = self.query_one(f"#{table_id}", RecordTable)
        keyed = self.items[table_id] = {}
        overdue = table_id in ("today-overdue", "today-quiet", "today-invoices", "today-deals")
        rows: list[Row] = []
        for item in items:
            key = item_key(item)
            if key not in keyed:
                keyed[key] = item
                rows.append((key, due_cells(item, today=day, overdue=overdue or item.day < day,
                                            show_day=table_id == "today-contracts"),
                             item.contact_id))
        table.fill(TODAY_COLUMNS, rows, max(60, self.app.size.width - 6))
        table.display = bool(items)
        self.query_one(f"#{table_id}-empty", Static).display = not items

    def on_resize(self) -> None:
        """Cells are cut to fit the width: cut them again when it changes (not on a
        first showing, when the size goes from nothing to what it was filled at)."""
        if self._shown is not None and self.width_changed():
            self._show(self._shown)

    def _tick(self) -> None:
        """Every 30 s: a new day or a meeting begun means a reload, else a fresh countdown."""
        from tuicrm.ui.widgets.due_rows import has_started

        shown_day = self._shown.day if self._shown is not None else None
        if dates.today() != shown_day or has_started(self._next_meeting):
            self.reload()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        from tuicrm.ui.widgets.due_rows import countdown

        self.query_one("#today-countdown", Static).update(countdown(self._next_meeting))

    # --- acting ------------------------------------------------------------

    def current_item(self) -> DueItem | None:
        table = self.focused
        if not isinstance(table, RecordTable) or table.id not in self.items:
            return None
        key = table.selected_key()
        return self.items[table.id].get(key) if key else None

    def action_act(self, name: str) -> None:
        item = self.current_item()
        if item is None:
            self.notify("Pick a row first (Tab moves between the lists).", timeout=4)
            return
        from tuicrm.ui.screens import due_actions

        acts: dict[str, Callable[..., None]] = {
            "complete_item": due_actions.complete_item, "snooze_item": due_actions.snooze_item,
            "reschedule_item": due_actions.reschedule_item, "log_touch": due_actions.log_touch}
        acts[name](self, item)

    def action_issue_invoices(self) -> None:
        from tuicrm.ui.screens import invoice_actions

        invoice_actions.issue_proposals(self)

    def action_open_item(self) -> None:
        item = self.current_item()
        if item is not None:
            from tuicrm.ui.screens import due_actions

            due_actions.open_item(self, item)

    def action_open_contact(self) -> None:
        item = self.current_item()
        if item is not None and item.contact_id is not None:
            self.crm_app.open_contact(item.contact_id)

    @on(DataTable.RowSelected)
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        table = event.data_table
        if isinstance(table, RecordTable) and table.id in self.items:
            item = self.items[table.id].get(event.row_key.value or "")
            if item is not None:
                from tuicrm.ui.screens import due_actions

                due_actions.open_item(self, item)
