"""The footer every screen shows: Textual's, rebuilt once per burst of changes.

Textual's Footer rebuilds all its keys (about thirty widgets, each restyled
twice as it mounts) on every ``refresh_bindings`` of its screen, and a
section switch or a loaded list makes several in a row (focus moves, keys
come and go): opening a section rebuilt it up to seven times. This one
waits for the next refresh and rebuilds once for all the changes before it.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that folds a burst of binding changes into one rebuild."""

    _rebuild_pending = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False  # changes from here on ask for another
        await self.recompose()
