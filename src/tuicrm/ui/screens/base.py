"""CrmScreen: what every section screen shares.

A screen loads its data in workers (see :func:`tuicrm.ui.work.run_core`) and
remembers the app's ``data_generation`` it last loaded at. When the app says
the data changed (a save here, an undo, another terminal's commit), the
current screen reloads at once and any other screen reloads when it is shown
again, so nothing on screen stays stale for long and nothing reloads unseen.
A job that fails unexpectedly becomes a notification, never a crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.ui.app import CrmApp


class CrmScreen(Screen[None]):
    """A screen over the database; subclasses implement :meth:`reload`."""

    #: The id of the screen's one-line status (a ``Static``), if it has one.
    STATUS_ID: ClassVar[str] = ""
    #: Whether :meth:`reload` may run before the screen's widgets exist. Then a
    #: first showing starts its read as the screen is composed, beside the ~60 ms
    #: of mounting its widgets, instead of after: the answer waits until the
    #: screen has mounted (``tuicrm.ui.work``) and its first frame has the rows,
    #: where it used to draw one frame empty and a second with them.
    READS_WHILE_COMPOSING: ClassVar[bool] = False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.loaded_generation = -1
        # Textual restyles the whole app (a reparse and every node of every
        # screen) when it shows a mode whose screen is behind the app's CSS
        # generation. A new screen starts behind (-1) and, as a mode's screen is
        # not mounted yet when that check runs, stays behind: each section
        # switch paid 0.1-0.3 s for nothing. A screen is styled as it mounts,
        # so it starts current; a later theme change still restyles it.
        self._css_update_count = self.app._css_update_count  # private API (Textual pinned)
        self._styled_as_mounted = True
        # What else styles depend on, app-wide (focus/blur, dark/light): a screen
        # built ahead may first show after the terminal lost and regained focus.
        # Taken again as it mounts, when it is styled (_on_mount).
        self._styled_for = self.app.pseudo_classes
        self._filled_width = 0  # the terminal width the screen's lists were cut to

    def on_compose(self) -> None:
        # Textual calls this before its own compose (Widget._on_compose).
        if self.READS_WHILE_COMPOSING:
            self.reload_if_stale()

    def _on_mount(self, _event: events.Mount) -> None:
        # A screen made before the terminal lost focus and mounted after was
        # styled without it (Textual calls this beside any subclass's on_mount).
        self._styled_for = self.app.pseudo_classes

    @property
    def crm_app(self) -> CrmApp:
        return cast("CrmApp", self.app)

    def reload(self) -> None:
        """Load what the screen shows again, keeping the selection where possible."""

    def reload_if_stale(self) -> None:
        if (self.loaded_generation != self.crm_app.data_generation
                and self.crm_app.database is not None):
            self.reload_now()

    def reload_now(self) -> None:
        """Load now, as of the app's current data generation."""
        self.loaded_generation = self.crm_app.data_generation
        self.reload()

    def cut_to_width(self) -> None:
        """Note that the screen's lists were just cut to the terminal's width."""
        self._filled_width = self.app.size.width

    def width_changed(self) -> bool:
        """Whether the lists need cutting again: the width moved since they were
        cut. A first showing (the size goes from nothing to the same width, as
        for a section built ahead) needs no refill."""
        return self.app.size.width != self._filled_width

    def load_failed(self) -> None:
        """A load failed: the next showing (or change) tries again."""
        self.loaded_generation = -1

    def on_screen_resume(self, event: events.ScreenResume | None = None) -> None:
        if (event is not None and self._styled_as_mounted
                and self.app.pseudo_classes == self._styled_for):
            # A new screen is resumed (twice, on a mode switch) right after
            # mounting, which styled every node; Textual would style them all
            # again each time (about 25 ms on Contacts). Once it has been
            # hidden, a resume restyles, as the app may have changed meanwhile.
            event.refresh_styles = False
        self.reload_if_stale()

    def on_screen_suspend(self) -> None:
        self._styled_as_mounted = False

    def job_failed(self, group: str, message: str) -> None:
        """A job of this screen failed unexpectedly (the app has notified)."""
        self.load_failed()
        self.worker_failed(group, message)

    def worker_failed(self, group: str, message: str) -> None:
        """Also say on the screen that job ``group`` failed (e.g. in a status line)."""

    def show_problem(self, message: str) -> None:
        """Say in the status line that loading failed (the app also notifies)."""
        self.set_status(Text("⚠ ", style="bold").append_text(safe_text(message)), problem=True)

    def set_status(self, text: Text, *, problem: bool = False) -> None:
        if not self.STATUS_ID:
            return
        status = self.query_one(f"#{self.STATUS_ID}", Static)
        status.set_class(problem, "-problem")
        status.update(text)
