"""Building the sections in idle time after start-up, so that a section's first
showing is as quick as any later one.

Textual keeps a mode's screen once it has been shown, and a screen reloads
when shown only if the data changed meanwhile (``CrmScreen.reload_if_stale``;
other terminals' changes are noticed by :mod:`tuicrm.ui.change_watch`). Going
back to a section is therefore a switch: about 30 ms at 100k contacts. Its
first showing used to build the screen, style it, lay it out empty, load its
rows and lay it out again: about 90 ms, three times what a bare Textual screen
with a 50-row table takes to appear.

So, once the first section has had time to load, the app builds the others
one at a time, a pause apart, each as its mode's screen but not shown. Each
loads its rows at mount, as on a first showing. A section the user opens
before its turn is built the usual way and skipped here. Nothing shows until
the user asks for it, and focus stays where it is.

Two sections are built only when opened, as their loads are too heavy to
pay for someone who may never look: Reports (aggregates over every sale) and
the Calendar, whose month grid counts every stay-in-touch date of six weeks
(at 100k contacts, ~0.7 s and ~12 MiB more peak memory for the app).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tuicrm.ui.app import CrmApp
    from tuicrm.ui.navigation import Section

#: The sections built ahead, in this order (the most used first).
AHEAD = ("dashboard", "contacts", "purchases", "contracts", "invoices", "deals")
#: Seconds after the database opens before the first build (the first section loads
#: meanwhile), then between builds (each takes ~25 ms of the UI thread).
FIRST_DELAY = 0.5
PAUSE = 0.2


class SectionsAhead:
    """Builds one app's sections ahead of their first showing."""

    def __init__(self, app: CrmApp, sections: tuple[Section, ...]) -> None:
        self.app = app
        self.waiting = [s for mode in AHEAD for s in sections if s.mode == mode]
        self._started = False

    @property
    def done(self) -> bool:
        """Every section in :data:`AHEAD` is built (ahead of time or when opened)."""
        return not self.waiting

    def start(self) -> None:
        """Begin building, once (the database may be opened again after a problem)."""
        if not self._started:
            self._started = True
            self.app.set_timer(FIRST_DELAY, self.build_next, name="build-sections-ahead")

    def build_next(self) -> None:
        """Build the next section not yet built, then wait for the one after."""
        app = self.app
        # private API (App._exit, _screen_stacks, _register; Textual pinned in pyproject.toml)
        if app._exit or not app.is_running:  # quitting: build nothing more
            return
        while self.waiting:
            section = self.waiting.pop(0)
            if section.mode in app._screen_stacks:  # shown already: built the usual way
                continue
            screen = section.make_screen()
            # What Textual does for a mode's first showing (App._init_mode), less
            # showing it: the screen becomes the mode's stack and starts (it is
            # composed, mounted and styled, and loads its rows).
            app._screen_stacks[section.mode] = [screen]
            app._register(app, screen)
            if self.waiting:
                app.set_timer(PAUSE, self.build_next, name="build-sections-ahead")
            return
