"""The footer every screen shows: its keys, drawn as one line of text.

Textual's Footer is a widget per key (about thirty), rebuilt and restyled
whenever the screen's bindings change, which a section switch, a loaded list
or a search keystroke all do: it was a third of the time to open a section.
This one is a single widget that draws the same line (key, then what it
does; keys of one group side by side, then the group's name; the command
palette's key on the right) from the screen's active bindings each time it
paints. A click on a key presses it, and hovering shows the key's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class _Key:
    key: str  # what a click presses
    display: str
    description: str
    enabled: bool
    tooltip: str


class KeyFooter(Widget):
    """One line: each key the screen shows, then what it does."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-footer--key", "key-footer--description", "key-footer--separator",
    }
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-footer--separator {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, _Key]] = []  # where each key was drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen[object]) -> None:
        self.refresh()

    def render(self) -> Text:
        keys, palette = self._keys()
        key_style = self.get_component_rich_style("key-footer--key", partial=True)
        text_style = self.get_component_rich_style("key-footer--description", partial=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        self._spans = []

        def add_key(key: _Key, label: str) -> None:
            style = key_style + Style(dim=not key.enabled)
            self._spans.append((line.cell_len, line.cell_len + cell_len(label), key))
            line.append(label, style)

        for group, members in groupby(keys, key=lambda k: k[0]):
            items = [k for _group, k in members]
            if group is not None and len(items) > 1:  # "123456 Sections"
                line.append(" ")
                for key in items:
                    add_key(key, key.display)
                line.append(f" {group} ", text_style)
                continue
            for key in items:
                add_key(key, f" {key.display} ")
                line.append(f"{key.description} ", text_style + Style(dim=not key.enabled))
        if palette is not None:  # always on the right; the other keys are cut before it
            label = f" {palette.description} "
            keys_room = max(0, self.size.width - 1 - cell_len(palette.display) - len(label))
            line.truncate(keys_room, pad=True)
            self._spans = [(start, min(end, keys_room), key)
                           for start, end, key in self._spans if start < keys_room]
            line.append("▏", self.get_component_rich_style("key-footer--separator"))
            add_key(palette, palette.display)
            line.append(label, text_style)
        return line

    def _keys(self) -> tuple[list[tuple[str | None, _Key]], _Key | None]:
        """The keys to show, in the screen's order (one per action), and the palette's."""
        app = self.app
        shown: list[tuple[str | None, _Key]] = []
        seen: set[str] = set()
        palette: _Key | None = None
        for name, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items():
            if name == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = self._key(binding, enabled, tooltip, "palette")
                continue
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            group = binding.group.description if binding.group is not None else None
            shown.append((group, self._key(binding, enabled, tooltip, binding.description)))
        return shown, palette

    def _key(self, binding: Binding, enabled: bool, tooltip: str, description: str) -> _Key:
        return _Key(binding.key, self.app.get_key_display(binding), description, enabled,
                    tooltip or binding.tooltip or binding.description)

    def _key_at(self, x: int) -> _Key | None:
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_click(self, event: events.Click) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._key_at(event.x)
        self.tooltip = key.tooltip if key is not None else None

    def on_leave(self) -> None:
        self.tooltip = None
