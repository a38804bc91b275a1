"""The footer every screen shows: Textual's, rebuilt once per burst of changes.

Textual's Footer rebuilds all its keys (about thirty widgets, each restyled
twice as it mounts) on every ``refresh_bindings`` of its screen, and a
section switch or a loaded list makes several in a row (focus moves, keys
come and go), and a search rebuilt it twice per keystroke with the same keys.
This one waits for the next refresh, then rebuilds once, and only if the
keys to show have changed.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    """A Footer that folds a burst of binding changes into one rebuild, and
    skips it when the keys it would show are the ones it shows."""

    _rebuild_pending = False
    _shown: tuple[tuple[str, str, bool, str], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False  # changes from here on ask for another
        if not self.is_attached:
            return  # its screen closed meanwhile
        shown = tuple((binding.key, binding.description, enabled, tooltip)
                      for _node, binding, enabled, tooltip
                      in self.screen.active_bindings.values() if binding.show)
        if shown != self._shown:
            self._shown = shown
            await self.recompose()
