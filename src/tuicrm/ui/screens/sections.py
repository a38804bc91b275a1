"""What the section screens (Today, Calendar, Purchases, Reports) share.

A :class:`SectionScreen` is a :class:`~tuicrm.ui.screens.base.CrmScreen` with
a Header, its own body, a one-line status and the Footer. It loads through
:func:`~tuicrm.ui.work.run_core` (one exclusive job per screen, so a newer load
drops an older one), says "Opening the database…" until the app has it, and
turns a failed load into the status line plus the app's one notification.

Their tables are :class:`~tuicrm.ui.screens.record_lists.RecordTable`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widget import Widget
from textual.widgets import Header, Static

from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.record_lists import RecordTable, open_selected_contact
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import CoreJob, run_core

if TYPE_CHECKING:
    pass

T = TypeVar("T")

OPENING = "Opening the database…"


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

    def load(self, job: CoreJob[T], done: Callable[[T], object]) -> None:
        """Run ``job`` (reads through the core) in a worker; ``done(result)`` on the UI thread."""
        if self.crm_app.core is None:
            return  # the app calls reload() once it is open
        run_core(self, job, done=done, group=self.LOAD_GROUP, exclusive=True,
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


W = TypeVar("W", bound=Widget)


def until_loaded(widget: W) -> W:
    """``widget``, hidden until the screen's data is in and says whether to show it:
    an empty list's "Nothing overdue." must not show while the database opens
    (nor stay under a failed load), and an empty table is not drawn for nothing."""
    widget.display = False
    return widget
