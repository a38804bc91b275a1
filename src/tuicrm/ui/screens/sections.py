"""What the section screens (Today, Calendar, Purchases, Reports) share.

A :class:`SectionScreen` is a :class:`~tuicrm.ui.screens.base.CrmScreen` with
a Header, its own body, a one-line status and the Footer. It loads through
:func:`~tuicrm.ui.work.run_db` (one exclusive job per screen, so a newer load
drops an older one), says "Opening the database…" until the app has it, and
turns a failed load into the status line plus the app's one notification.

:class:`RecordTable` is the DataTable the sections use: a row knows the
contact it belongs to, and Enter (or a click) on it opens that contact.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Header, Static

from tuicrm import dates
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.columns import Column, add_columns, fit
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import Job, run_db

if TYPE_CHECKING:
    from sqlmodel import Session

T = TypeVar("T")
Cursor = tuple[Any, ...]
Row = tuple[str, list[Text], int | None]  # key, cells, the contact Enter opens

OPENING = "Opening the database…"


class RecordTable(FastTable):
    """Rows of records; each row may name the contact that Enter opens."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id, cursor_type="row", zebra_stripes=True,
                         classes="section--table")
        self.contacts: dict[str, int | None] = {}  # row key -> contact id
        self._row_before = 0

    def clear_rows(self) -> None:
        self._row_before = self.cursor_row  # where a vanished row's neighbour now is
        self.clear()
        self.contacts = {}

    def add_record(self, key: str, cells: list[Text], contact_id: int | None) -> None:
        self.add_row(*cells, key=key)
        self.contacts[key] = contact_id

    def fill(self, columns: Sequence[Column], rows: Sequence[Row], width: int,
             *, keep: bool = True) -> None:
        """All rows at once, cut to fit ``width`` cells; the cursor stays on its record
        (or where a vanished one was) when ``keep``, else goes to the top."""
        kept = self.selected_key() if keep else None
        widths = fit(columns, [cells for _key, cells, _contact in rows], width)
        self._row_before = self.cursor_row if keep else 0
        self.clear(columns=True)  # so columns shrink as well as grow
        self.contacts = {}
        add_columns(self, columns, widths)
        for key, cells, contact_id in rows:
            self.add_record(key, cells, contact_id)
        self.keep_cursor_on(kept)

    def selected_key(self) -> str | None:
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def keep_cursor_on(self, key: str | None) -> None:
        """Put the cursor back on ``key`` after a reload (else on the first row)."""
        if key is not None and key in self.contacts:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        elif key is not None and self.row_count:  # e.g. just completed: stay in place
            self.move_cursor(row=min(self._row_before, self.row_count - 1), animate=False)


@dataclass(frozen=True)
class PageStack:
    """Where a keyset-paged list is: the cursor each page so far was read with (a
    stack, so the previous page is the cursor below the top) and the next page's."""

    cursors: tuple[Cursor | None, ...] = (None,)
    next_cursor: Cursor | None = None
    page_size: int = 50

    @property
    def first_position(self) -> int:
        """The 1-based place of the page's first row."""
        return (len(self.cursors) - 1) * self.page_size + 1

    @property
    def on_first_page(self) -> bool:
        return len(self.cursors) == 1

    def forward(self) -> tuple[Cursor | None, ...] | None:
        """The cursors to read the next page with, or None on the last page."""
        return None if self.next_cursor is None else (*self.cursors, self.next_cursor)

    def back(self) -> tuple[Cursor | None, ...] | None:
        return None if self.on_first_page else self.cursors[:-1]

    def allows(self, action: str) -> bool | None:
        """``check_action`` for the paging keys: None greys out a page there is not."""
        if action == "next_page":
            return True if self.next_cursor is not None else None
        if action == "prev_page":
            return True if not self.on_first_page else None
        return True


class PageKeys:
    """PgDn/PgUp for a screen that keeps its place in ``self._pages`` (a
    :class:`PageStack`) and reads a page with ``self._request(cursors)``; mixed in
    before the screen class, so its ``check_action`` greys out a page there is not."""

    _pages: PageStack
    _request: Callable[[tuple[Cursor | None, ...]], None]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._pages.allows(action)

    def action_next_page(self) -> None:
        if (cursors := self._pages.forward()) is not None:
            self._request(cursors)

    def action_prev_page(self) -> None:
        if (cursors := self._pages.back()) is not None:
            self._request(cursors)


class SectionScreen(CrmScreen):
    """A section of the app; subclasses give ``compose_body`` and ``reload``."""

    STATUS_ID = "section-status"

    BINDINGS: ClassVar[list[BindingType]] = []
    #: Name shown in the help screen and in the palette ("Go: Today").
    SECTION_NAME: ClassVar[str] = ""
    LOAD_GROUP: ClassVar[str] = "section"

    def compose(self) -> ComposeResult:
        yield Header()
        yield from self.compose_body()
        yield Static(id="section-status", classes="section--status")
        yield KeyFooter()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        problem = self.crm_app.database_problem
        if problem:
            self.show_problem(problem)
        elif self.crm_app.database is None:
            self.set_status(Text(OPENING, style="italic"))
        else:  # load now: a section built ahead is not shown (resumed) until opened
            self.reload_if_stale()

    # --- loading -----------------------------------------------------------

    def load(self, job: Job[T], done: Callable[[T], object]) -> None:
        """Run ``job`` in a read session; ``done(result)`` on the UI thread."""
        if self.crm_app.database is None:
            return  # the app calls reload() once it is open
        run_db(self, job, done=done, group=self.LOAD_GROUP, exclusive=True,
               failed=self._load_refused)

    def _load_refused(self, _error: object) -> bool:
        """An expected error (a busy database ...): the app says it; the next
        showing tries again."""
        self.load_failed()
        return False

    def worker_failed(self, group: str, message: str) -> None:
        if group == self.LOAD_GROUP:
            self.show_problem(message)

    # --- showing -----------------------------------------------------------

    def action_cadences(self) -> None:
        """The team's stay-in-touch defaults (Today and the Calendar bind ``D``)."""
        from tuicrm.ui.screens.cadences import CadencesDialog

        self.app.push_screen(CadencesDialog())

    def action_segments(self) -> None:
        """The team's customer segment thresholds (Purchases and Reports bind ``S``)."""
        from tuicrm.ui.screens.segments import SegmentsDialog

        self.app.push_screen(SegmentsDialog())

    def action_reengage(self) -> None:
        """The customers to re-engage (Purchases and Reports bind ``w``)."""
        from tuicrm.ui.screens.reengage import ReengageScreen

        self.app.push_screen(ReengageScreen())

    def open_selected_contact(self, table: RecordTable) -> None:
        open_selected_contact(self, table)


def open_selected_contact(screen: CrmScreen, table: RecordTable) -> None:
    """Open the contact the highlighted row names (or say that it names none)."""
    key = table.selected_key()
    if key is None:
        return
    contact_id = table.contacts.get(key)
    if contact_id is None:
        screen.notify("No contact to open here.", timeout=4)
        return
    screen.crm_app.open_contact(contact_id)


W = TypeVar("W", bound=Widget)


def until_loaded(widget: W) -> W:
    """``widget``, hidden until the screen's data is in and says whether to show it:
    an empty list's "Nothing overdue." must not show while the database opens
    (nor stay under a failed load), and an empty table is not drawn for nothing."""
    widget.display = False
    return widget


def empty_note(text: str) -> Static:
    """The friendly line a section shows where a list has nothing in it."""
    return Static(Text(text), classes="section--empty")



# --- follow-ups and meetings, as the schedule lists show them ----------------


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    contact_id: int
    contact: str
    due_date: date
    due_time: time | None
    note: str


@dataclass(frozen=True)
class MeetingItem:
    id: int
    starts_at: datetime  # aware
    title: str
    channel: str
    attendees: list[tuple[int, str]]  # (contact id, name), A to Z

    @property
    def contact_id(self) -> int | None:
        """The contact Enter opens: the first attendee."""
        return self.attendees[0][0] if self.attendees else None

    @property
    def local_day(self) -> date:
        return dates.to_local(self.starts_at).date()


def fetch_followups(
    session: Session, *, due_from: date | None = None, due_until: date | None = None,
    after: Cursor | None = None, limit: int = 50,
) -> tuple[list[FollowUpItem], Cursor | None]:
    """Open follow-ups by due date, with their contact's name (worker thread)."""
    from tuicrm.services import followups, overview

    page = followups.list_followups(session=session, due_from=due_from, due_until=due_until,
                                    after=after, limit=limit)
    names = overview.contact_names(session=session, contact_ids={f.contact_id for f in page})
    items = [FollowUpItem(f.id, f.contact_id, names.get(f.contact_id, ""), f.due_date,
                          f.due_time, f.note) for f in page]
    return items, page.next_cursor


def fetch_meetings(
    session: Session, *, since: datetime, until: datetime, after: Cursor | None = None,
    limit: int = 50,
) -> tuple[list[MeetingItem], Cursor | None]:
    """Meetings in ``[since, until)``, soonest first, with attendees (worker thread)."""
    from tuicrm.services import meetings, overview

    page = meetings.list_meetings(session=session, since=since, until=until,
                                  upcoming_first=True, after=after, limit=limit)
    people = overview.meeting_attendees(session=session, meeting_ids={m.id for m in page})
    items = [MeetingItem(m.id, m.starts_at, m.title, str(m.channel), people.get(m.id, []))
             for m in page]
    return items, page.next_cursor


def attendee_text(item: MeetingItem, *, max_width: int = 40) -> Text:
    if not item.attendees:
        return Text("no attendees", style="dim")
    names = ", ".join(name for _id, name in item.attendees)
    return safe_text(names, max_width=max_width)


def channel_label(channel: str) -> str:
    return channel.replace("_", " ")
