"""The keys screen (``?`` or F1): every key that works where you are, grouped.

It lists what :attr:`Screen.active_bindings` says for the screen it was
opened from (the same source the footer uses), so it can never disagree
with the app: the sections, the app's own keys, the screen's keys and those
of the focused widget. Esc, ``?`` or F1 closes it.
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

SECTIONS_GROUP = "Sections"
MOVING_GROUP = "Moving around"
APP_GROUP = "Everywhere"
WIDGET_NAMES = {"DataTable": "In the table", "FastTable": "In the table",
                "RecordTable": "In the table",
                "Input": "In a text field", "TextArea": "In a text area"}


def screen_name(screen: Screen[object]) -> str:
    name = getattr(screen, "SECTION_NAME", "") or type(screen).__name__.removesuffix("Screen")
    return name or "This screen"


def key_groups(screen: Screen[object]) -> list[tuple[str, list[tuple[str, str, bool]]]]:
    """``[(group, [(keys shown, description, enabled), ...]), ...]`` for ``screen``.

    Groups in this order: the screen's keys, the focused widget's, moving
    around, the sections, then the keys that work everywhere. Keys for the
    same action share a row ("pgdn, n").
    """
    app = screen.app
    general = {b.action for b in Binding.make_bindings(Screen.BINDINGS)}
    rows: dict[str, dict[tuple[str, str], list[object]]] = {screen_name(screen): {}}
    widget_rows: dict[str, dict[tuple[str, str], list[object]]] = {}
    tail: dict[str, dict[tuple[str, str], list[object]]] = {
        MOVING_GROUP: {}, SECTIONS_GROUP: {}, APP_GROUP: {}}
    for _key, (node, binding, enabled, tooltip) in screen.active_bindings.items():
        description = binding.description or tooltip
        if not description or binding.system:
            continue
        if isinstance(node, App):
            is_section = (binding.id or "").startswith("app.section.")
            group = tail[SECTIONS_GROUP if is_section else APP_GROUP]
        elif node is screen:
            group = (tail[MOVING_GROUP] if binding.action in general
                     else rows[screen_name(screen)])
        else:
            name = WIDGET_NAMES.get(type(node).__name__, type(node).__name__)
            group = widget_rows.setdefault(name, {})
        entry = group.setdefault((binding.action, description), [[], enabled])
        entry[0].append(app.get_key_display(binding))  # type: ignore[union-attr]
    ordered = [*rows.items(), *widget_rows.items(), *tail.items()]
    return [(name, [(", ".join(keys), description, bool(on))  # type: ignore[arg-type]
                    for (_action, description), (keys, on) in entries.items()])
            for name, entries in ordered if entries]


def group_table(name: str, rows: list[tuple[str, str, bool]]) -> Table:
    table = Table(title=Text(name, style="bold"), title_justify="left", show_header=False,
                  show_edge=False, box=None, pad_edge=False, expand=True)
    table.add_column("key", style="bold", width=16, no_wrap=True)
    table.add_column("does", ratio=1)
    for key, description, enabled in rows:
        style = "" if enabled else "dim"
        table.add_row(Text(key), Text(description + ("" if enabled else " (not now)")),
                      style=style)
    return table


class KeysScreen(ModalScreen[None]):
    """Every key of the screen underneath, with what it does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="keys.close"),
        Binding("question_mark", "close", "Close", id="keys.close_question", show=False),
        Binding("f1", "close", "Close", id="keys.close_f1", show=False),
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__(classes="dialog")
        self.title_text = f"Keys: {screen_name(under)}"
        self.groups = key_groups(under)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box keys--box"):
            yield Static(Text(self.title_text, style="bold"), classes="keys--title")
            with VerticalScroll(id="keys-list"):
                for name, rows in self.groups:
                    yield Static(group_table(name, rows), classes="keys--group")
            yield Static(Text("Esc closes · ctrl+p finds any command or contact",
                              style="dim"), classes="keys--hint")

    def action_close(self) -> None:
        self.dismiss(None)
