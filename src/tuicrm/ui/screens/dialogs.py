"""Small modal questions: confirm, choose one of a few, pick a date, type a line,
and the save conflict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tuicrm import dates
from tuicrm.errors import ConflictError
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import DateField, Field, TextField
from tuicrm.ui.widgets.footer import KeyFooter


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question: y or Enter says yes, n or Esc says no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n", "answer(False)", "No", id="confirm.no"),
        Binding("escape", "answer(False)", "Cancel", id="confirm.cancel"),
    ]

    def __init__(self, question: Text | str, *, yes: str = "Yes", no: str = "No",
                 danger: bool = False) -> None:
        super().__init__(classes="dialog")
        self.question = question if isinstance(question, Text) else Text(question)
        self.yes, self.no, self.danger = yes, no, danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(self.question, classes="dialog--question")
            with Horizontal(classes="dialog--buttons"):
                yield Button(f"{self.yes} (y)", id="yes",
                             variant="error" if self.danger else "primary")
                yield Button(f"{self.no} (n)", id="no")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a few answers by its key (e.g. f follow-up, m meeting); Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "choose('')", "Cancel", id="choice.cancel"),
    ]

    def __init__(self, question: Text | str, choices: list[tuple[str, str]]) -> None:
        super().__init__(classes="dialog")
        self.question = question if isinstance(question, Text) else Text(question)
        self.choices = choices  # (key, label)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(self.question, classes="dialog--question")
            with Horizontal(classes="dialog--buttons"):
                for key, label in self.choices:
                    yield Button(f"{label} ({key})", id=f"choice-{key}")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_key(self, event: events.Key) -> None:
        if any(event.key == key for key, _label in self.choices):
            event.stop()
            self.dismiss(event.key)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("choice-"))

    def action_choose(self, key: str) -> None:
        self.dismiss(key or None)


class FieldDialog(ModalScreen[Any]):
    """Ask for one value in one field; Enter accepts it once the field is valid (its
    problem shows under it otherwise), Esc cancels (None)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="field-dialog.cancel"),
    ]

    #: The field's name (its input is ``#input-<name>``).
    FIELD: ClassVar[str] = "value"

    def __init__(self, question: Text | str) -> None:
        super().__init__(classes="dialog")
        self.question = question if isinstance(question, Text) else Text(question)

    def make_field(self) -> Field:
        """The one field, named :attr:`FIELD`."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(self.question, classes="dialog--question")
            yield self.make_field()
            with Horizontal(classes="dialog--buttons"):
                yield Button("OK (Enter)", id="ok", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(f"#input-{self.FIELD}").focus()

    def _accept(self) -> None:
        field = self.query_one(Field)
        if field.problem is not None:
            field.show_problem(force=True)
            return
        self.dismiss(field.value)

    def on_input_submitted(self) -> None:
        self._accept()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._accept()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class DateDialog(FieldDialog):
    """Ask for one date (e.g. the day a contract ended)."""

    FIELD = "date"

    def __init__(self, question: Text | str, *, label: str = "Date",
                 default: date | None = None) -> None:
        super().__init__(question)
        self.label = label
        self.default = default or dates.today()

    def make_field(self) -> Field:
        return DateField(self.FIELD, self.label, required=True, value=self.default.isoformat())


class TextDialog(FieldDialog):
    """Ask for one line of text (e.g. why a deal was lost); a required one must not
    be blank."""

    FIELD = "text"

    def __init__(self, question: Text | str, *, label: str, max_length: int = 500,
                 placeholder: str = "", required: bool = True) -> None:
        super().__init__(question)
        self.label, self.max_length, self.placeholder = label, max_length, placeholder
        self.required = required

    def make_field(self) -> Field:
        return TextField(self.FIELD, self.label, required=self.required,
                         max_length=self.max_length, placeholder=self.placeholder)

    def _accept(self) -> None:
        field = self.query_one(Field)
        if field.problem is None and field.value is None:
            self.dismiss("")  # blank, and allowed to be
            return
        super()._accept()


class ConflictDialog(ModalScreen[str | None]):
    """Someone saved this record after you opened it: show both, let the person choose.

    Dismisses with "reload" (take their version, drop mine), "overwrite" (save
    mine over theirs, deliberately) or ``None`` (keep editing).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('reload')", "Reload theirs", id="conflict.reload"),
        Binding("o", "choose('overwrite')", "Overwrite with mine", id="conflict.overwrite"),
        Binding("escape", "choose(None)", "Keep editing", id="conflict.keep"),
    ]

    def __init__(self, error: ConflictError, mine: dict[str, Any],
                 labels: dict[str, str], shown: Callable[[str, Any], str], *,
                 after: str = "while you were editing") -> None:
        super().__init__(classes="dialog")
        self.error, self.mine, self.labels, self.after = error, mine, labels, after
        self.shown = shown  # how a value of a field reads (the form knows: money, times)

    def compose(self) -> ComposeResult:
        who = self.error.changed_by or "someone else"
        with Vertical(classes="dialog--box dialog--wide"):
            yield Static(Text.assemble(
                ("Changed by ", "bold"), safe_text(who, style="bold"),
                (f" {self.after}. Nothing was saved yet.", "bold")),
                classes="dialog--question")
            yield Static(self._differences(), id="conflict-table")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Reload theirs (r)", id="reload", variant="primary")
                yield Button("Overwrite with mine (o)", id="overwrite", variant="error")
                yield Button("Keep editing (Esc)", id="keep")
        yield KeyFooter()

    def _differences(self) -> Table | Text:
        if self.error.clashes:
            return self._clashes()
        theirs = self.error.current
        table = self._table()
        shown = 0
        for name, mine in self.mine.items():
            if name not in theirs:
                continue
            yours, saved = self.shown(name, mine), self.shown(name, theirs[name])
            if yours == saved:
                continue
            self._row(table, name, yours, saved)
            shown += 1
        if not shown:
            return Text("The saved record has other changes than yours; "
                        "none of the fields you edited differ.")
        return table

    def _clashes(self) -> Group:
        """The fields both of you changed; their other changes stay whatever is chosen."""
        table = self._table()
        for clash in self.error.clashes:
            self._row(table, clash.field, self.shown(clash.field, clash.mine),
                      self.shown(clash.field, clash.theirs))
        parts: list[Table | Text] = [table]
        if self.error.kept:
            kept = ", ".join(self.labels.get(n, n.replace("_", " ")) for n in self.error.kept)
            parts.append(Text.assemble("\nTheir changes to ", safe_text(kept),
                                       " did not clash with yours and stay either way.",
                                       style="dim"))
        return Group(*parts)

    @staticmethod
    def _table() -> Table:
        table = Table(box=None, expand=True, show_edge=False)
        table.add_column("Field", style="dim", no_wrap=True)
        table.add_column("Yours")
        table.add_column("Theirs (saved)")
        return table

    def _row(self, table: Table, name: str, yours: str, saved: str) -> None:
        table.add_row(self.labels.get(name, name.replace("_", " ")),
                      safe_text(yours or "—", max_width=40),
                      safe_text(saved or "—", max_width=40))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "keep" else event.button.id)

    def action_choose(self, choice: str | None) -> None:
        self.dismiss(choice)
