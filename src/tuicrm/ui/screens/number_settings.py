"""A small modal of whole-number team settings: the stay-in-touch defaults and the
customer segment thresholds are both one.

A subclass gives the heading, its :class:`IntField` boxes and how to read and
store the numbers (in a worker, through its service). The dialog does the
rest the same way for both: ctrl+s or Enter saves once every box is valid, a
rule the service refuses (a ``ValidationError``) is shown at its box and
nothing is stored, a change to any box clears such a message (the rule may
span boxes), Esc cancels, and a saved dialog tells the app the data changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from tuicrm import errors
from tuicrm.ui.widgets.fields import IntField
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core


class NumberSettingsDialog(ModalScreen[bool]):
    """Edit a few whole numbers the team shares; dismisses True when saved."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="settings.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="settings.cancel"),
    ]
    HEADING: ClassVar[str] = ""
    EXPLANATION: ClassVar[str] = ""
    SAVED: ClassVar[str] = "Saved."

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    # --- what subclasses provide ----------------------------------------------

    def number_fields(self) -> Iterable[IntField]:
        raise NotImplementedError

    def read(self, core: Core) -> dict[str, int | None]:
        """The stored numbers by field name (worker)."""
        raise NotImplementedError

    def store(self, core: Core, values: dict[str, int | None]) -> None:
        """Store the numbers through the service (worker, one write transaction)."""
        raise NotImplementedError

    # --- the dialog --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(Text.assemble((f"{self.HEADING}\n", "bold"),
                                       (self.EXPLANATION, "dim")),
                         classes="dialog--question")
            yield from self.number_fields()
            with Horizontal(classes="dialog--buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")
        yield KeyFooter()

    def on_mount(self) -> None:
        run_core(self, self.read, done=self._loaded, group="settings")

    def _loaded(self, stored: dict[str, int | None]) -> None:
        for field in self.query(IntField):
            number = stored.get(field.field_name)
            field.set_raw("" if number is None else str(number))
        self.query(Input).first().focus()

    def action_save(self) -> None:
        fields = list(self.query(IntField))
        for field in fields:
            if field.problem is not None:
                field.show_problem(force=True)
                field.query_one(Input).focus()
                return
        chosen = {f.field_name: f.value for f in fields}

        def done(_result: Any) -> None:
            self.app.notify(self.SAVED, timeout=4)
            self.app.data_changed()  # type: ignore[attr-defined]
            self.dismiss(True)

        def refused(error: errors.CrmError) -> bool:
            if not isinstance(error, errors.ValidationError):
                return False
            for name, message in error.field_errors.items():
                self.query_one(f"#field-{name}", IntField).show_problem(message)
            return True

        run_core(self, lambda core: self.store(core, chosen), done=done, failed=refused,
                 group="settings-save")

    @on(IntField.Changed)
    def _changed(self) -> None:
        for field in self.query(IntField):
            field.forget_server_problem()

    def action_cancel(self) -> None:
        self.dismiss(False)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self) -> None:
        self.action_save()
