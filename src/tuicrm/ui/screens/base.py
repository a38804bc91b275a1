"""CrmScreen: what every section screen shares.

A screen loads its data in workers (see :func:`tuicrm.ui.work.run_core`) and
remembers the app's ``data_generation`` it last loaded at. When the app says
the data changed (a save here, an undo, another terminal's commit), the
current screen reloads at once and any other screen reloads when it is shown
again, so nothing on screen stays stale for long and nothing reloads unseen.
A job that fails unexpectedly becomes a notification, never a crash.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widgets import Static

from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.ui.app import CrmApp


#: Seconds between a screen's first rows and what waits on them (when_first_shown).
AFTER_ROWS_PAUSE = 2 / 60


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
    #: Seconds the frames (_hold_frames) and what else waits for the first rows
    #: (:meth:`when_first_shown`) wait at most.
    FIRST_SHOWING_DEADLINE: ClassVar[float] = 0.25

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
        self._first_shown = False  # its first read is on screen, or failed (first_shown)
        self._after_first_shown: list[Callable[[], object]] = []
        self._frames_held: AbstractContextManager[None] | None = None  # _hold_frames

    async def on_compose(self) -> None:
        # Textual calls this before its own compose (Widget._on_compose).
        if self.READS_WHILE_COMPOSING:
            self.reload_if_stale()
            if self.app.screen is self and self.loaded_generation >= 0:
                self._hold_frames()
            # Let the read's worker task run once, which hands its job to a
            # thread: else it waited until Textual had made the screen's widgets
            # and begun mounting them, and the rows came 6-16 ms later
            # (Contacts' first build 2.2x the floor, against 1.6x).
            await asyncio.sleep(0)

    def _hold_frames(self) -> None:
        """Draw nothing until this screen's first rows are in (first_shown), or
        FIRST_SHOWING_DEADLINE: the terminal keeps the section the user left.

        A first showing whose read came after its first frame drew the screen
        twice, empty then filled (a frame here is 20-35 ms at 100k contacts),
        and the rows came that much later. Only for a screen being shown: one
        built ahead, unseen, holds nothing.
        """
        batch = self.app.batch_update()  # Textual's own hold, ended in _release_frames
        batch.__enter__()
        self._frames_held = batch
        self.set_timer(self.FIRST_SHOWING_DEADLINE, self._release_frames)

    def _release_frames(self) -> None:
        batch, self._frames_held = self._frames_held, None
        if batch is not None:
            batch.__exit__(None, None, None)
            if not self.app._batch_count:  # private API (Textual pinned)
                # Ending a batch wakes only the app: a screen that went idle
                # meanwhile would wait for its next message to be drawn.
                self.app.screen.refresh()

    def on_unmount(self) -> None:
        self._release_frames()

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

    def when_first_shown(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` just after the frame that first shows the screen's rows
        (or says its read failed), or after FIRST_SHOWING_DEADLINE at the latest.

        For what can come after the rows (a filter bar's boxes): mounted before
        them, it pushed a first showing whose read came after the first frame
        from ~55 to ~105-145 ms at 100k contacts, as the rows waited behind it.
        """
        if self._first_shown:
            self.call_later(callback)
            return
        self._after_first_shown.append(callback)
        if len(self._after_first_shown) == 1:
            self.set_timer(self.FIRST_SHOWING_DEADLINE, self.first_shown)

    def first_shown(self) -> None:
        """The screen's first rows are shown (or its read failed): see when_first_shown."""
        self._release_frames()
        if self._first_shown:
            return
        self._first_shown = True
        waiting, self._after_first_shown = self._after_first_shown, []

        def run_waiting() -> None:
            for callback in waiting:
                self.call_later(callback)

        # A pause of two frames: the rows a read filled reach the screen on a
        # later update than the one after it (the table lays them out first),
        # and what waits would otherwise go before them.
        self.set_timer(AFTER_ROWS_PAUSE, run_waiting)

    def load_failed(self) -> None:
        """A load failed: the next showing (or change) tries again."""
        self.loaded_generation = -1
        self.first_shown()  # nothing more is coming for what waits on the rows

    def on_screen_resume(self, event: events.ScreenResume | None = None) -> None:
        if (event is not None and self._styled_as_mounted
                and self.app.pseudo_classes == self._styled_for):
            # A new screen is resumed (twice, on a mode switch) right after
            # mounting, which styled every node; Textual would style them all
            # again each time (about 25 ms on Contacts). Once it has been
            # hidden, a resume restyles, as the app may have changed meanwhile.
            event.refresh_styles = False
        self.reload_if_stale()

    @property
    def left_before(self) -> bool:
        """Shown and left at least once (a screen built ahead has not been)."""
        return not self._styled_as_mounted

    def on_screen_suspend(self) -> None:
        self._styled_as_mounted = False
        self._release_frames()  # left before its rows came: the next section draws

    def job_failed(self, group: str, message: str) -> None:
        """A job of this screen failed unexpectedly (the app has notified)."""
        self.load_failed()
        self.worker_failed(group, message)

    def worker_failed(self, group: str, message: str) -> None:
        """Also say on the screen that job ``group`` failed (e.g. in a status line)."""

    def show_problem(self, message: str) -> None:
        """Say in the status line that loading failed (the app also notifies)."""
        self.first_shown()
        self.set_status(Text("⚠ ", style="bold").append_text(safe_text(message)), problem=True)

    def set_status(self, text: Text, *, problem: bool = False) -> None:
        if not self.STATUS_ID:
            return
        status = self.query_one(f"#{self.STATUS_ID}", Static)
        status.set_class(problem, "-problem")
        status.update(text)
