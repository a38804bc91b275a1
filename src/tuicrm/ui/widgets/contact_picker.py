"""A form field that picks one contact (or several) by typing part of a name.

Typing asks the database (in a worker) for the first few matches of the same
search as the contacts list; ↓ moves into the suggestions, Enter takes the
highlighted one (Enter in the box takes the first). With ``multiple`` the
chosen contacts are listed under the box, and Delete removes the highlighted
one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.widgets.fields import Field
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core

SUGGESTIONS = 8


class ChosenList(OptionList):
    """The contacts picked so far; Delete or Backspace removes one."""

    BINDINGS = [
        Binding("delete", "remove", "Remove", id="picker.remove"),
        Binding("backspace", "remove", "Remove", id="picker.remove_back", show=False),
    ]

    def action_remove(self) -> None:
        picker = self.parent
        if isinstance(picker, ContactField) and self.highlighted is not None:
            option = self.get_option_at_index(self.highlighted)
            picker.remove_contact(int(option.id or 0))


class Suggestions(OptionList):
    """The matches under the box. Reached with ↓ only: Tab goes on to the next
    field instead of into the list (and what was typed for that field stays its)."""

    entering = False  # set by the picker as ↓ hands the focus over

    def allow_focus(self) -> bool:
        return self.entering or self.has_focus

    def on_focus(self) -> None:
        self.entering = False


class ContactField(Field):
    """Choose a contact (value: its id) or, with ``multiple``, several (a list of ids)."""

    DEFAULT_CSS = """
    ContactField > OptionList { height: auto; max-height: 8; display: none; }
    ContactField > OptionList.-shown { display: block; }
    ContactField > ChosenList { border: none; background: $surface; }
    """

    def __init__(self, name: str, label: str, *, multiple: bool = False,
                 kind: str | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", "type a few letters of a name, then ↓ or Enter")
        super().__init__(name, label, **kwargs)
        self.multiple = multiple
        self.kind = kind
        self.chosen: dict[int, str] = {}
        self.picked: tuple[int, str] | None = None  # the last pick, while the text still says it
        self.initial_ids: list[int] = []
        self._found: dict[int, str] = {}  # the names behind the suggestions shown

    def compose(self) -> ComposeResult:
        yield Label(self.label + (" *" if self.required else ""), classes="field--label")
        yield self.make_input()
        yield Suggestions(id=f"suggest-{self.field_name}", classes="suggestions")
        if self.multiple:
            yield ChosenList(id=f"chosen-{self.field_name}", classes="-shown")
        yield Static(classes="field--error")

    def make_input(self) -> Widget:
        return Input(placeholder=self.placeholder, id=f"input-{self.field_name}",
                     select_on_focus=False)

    # --- the value -----------------------------------------------------------

    def set_contacts(self, contacts: Iterable[tuple[int, str]]) -> None:
        """Show the stored choice (when editing, or a form opened for a contact)."""
        self.chosen = {contact_id: safe_str(name) for contact_id, name in contacts}
        self.picked = next(iter(self.chosen.items()), None)
        self.initial_ids = list(self.chosen)
        if self.multiple:
            self._show_chosen()
            self.query_one(Input).value = ""
        else:
            self.query_one(Input).value = next(iter(self.chosen.values()), "")
        self.initial = self.raw

    def remove_contact(self, contact_id: int) -> None:
        self.chosen.pop(contact_id, None)
        self._show_chosen()
        self._typed()

    @property
    def value(self) -> Any:
        if self.multiple:
            return list(self.chosen)
        return next(iter(self.chosen), None)

    @property
    def dirty(self) -> bool:
        return list(self.chosen) != self.initial_ids or (
            self.multiple and bool(self.raw.strip()))

    @property
    def problem(self) -> str | None:
        typed = self.raw.strip()
        if self.multiple:
            if typed:
                return "Pick a suggestion (↓ then Enter), or clear the box"
            if self.required and not self.chosen:
                return f"Choose at least one for {self.label.lower()}"
            return self._server_problem
        name = next(iter(self.chosen.values()), None)
        if typed and typed != name:
            return "Pick a suggestion (↓ then Enter)"
        if self.required and not self.chosen:
            return f"{self.label} is required: type a name and pick it"
        return self._server_problem

    def parse(self, raw: str) -> Any:
        return self.value

    def is_blank(self, raw: str) -> bool:
        return False  # ``problem`` decides on its own

    # --- typing and picking --------------------------------------------------

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not self.multiple and self.picked is not None:
            # The pick holds while the text says its name (a keystroke undone, a space
            # at the end); other text starts a new search.
            same = event.value.strip() == self.picked[1].strip()
            self.chosen = {self.picked[0]: self.picked[1]} if same else {}
        if event.value != self.initial or self.touched:
            self._typed()
        self._suggest(event.value.strip())

    def _suggest(self, query: str) -> None:
        suggestions = self.query_one(".suggestions", OptionList)
        if not query or (not self.multiple and self.chosen):
            suggestions.remove_class("-shown")
            return
        kind = self.kind

        def find(core: Core) -> list[tuple[int, str, str]]:
            return core.people.suggest(query, kind=kind, limit=SUGGESTIONS)

        def show(found: list[tuple[int, str, str]]) -> None:
            if self.query_one(Input).value.strip() != query:
                return  # typed on since
            suggestions.clear_options()
            self._found = {contact_id: safe_str(name) for contact_id, name, _org in found}
            for contact_id, name, organisation in found:
                label = safe_text(name)
                if organisation:
                    label.append("  ").append_text(safe_text(organisation, style="dim"))
                suggestions.add_option(Option(label, id=str(contact_id)))
            suggestions.set_class(bool(found), "-shown")
            if found:
                suggestions.highlighted = 0

        run_core(self, find, done=show, group=f"picker-{self.field_name}", exclusive=True)

    def on_key(self, event: Any) -> None:
        suggestions = self.query_one(".suggestions", OptionList)
        if event.key == "down" and self.query_one(Input).has_focus and \
                suggestions.has_class("-shown"):
            event.stop()
            if isinstance(suggestions, Suggestions):
                suggestions.entering = True
            suggestions.focus()

    @on(Input.Submitted)
    def _take_first(self, event: Input.Submitted) -> None:
        event.stop()
        suggestions = self.query_one(".suggestions", OptionList)
        if suggestions.has_class("-shown") and suggestions.option_count:
            self._choose(suggestions.get_option_at_index(suggestions.highlighted or 0))

    @on(OptionList.OptionSelected, ".suggestions")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option)

    def _choose(self, option: Option) -> None:
        contact_id = int(option.id or 0)
        name = self._found.get(contact_id, "")
        self.query_one(".suggestions", OptionList).remove_class("-shown")
        box = self.query_one(Input)
        if self.multiple:
            self.chosen[contact_id] = name
            self._show_chosen()
            box.value = ""
        else:
            self.chosen = {contact_id: name}
            self.picked = (contact_id, name)
            box.value = name
        box.focus()
        box.cursor_position = len(box.value)  # typing goes on after the name, not inside it
        self._typed()

    def _show_chosen(self) -> None:
        if not self.multiple:
            return
        chosen = self.query_one(ChosenList)
        chosen.clear_options()
        for contact_id, name in self.chosen.items():
            chosen.add_option(Option(safe_text(name), id=str(contact_id)))
        chosen.display = bool(self.chosen)
