"""The team's stay-in-touch defaults, one per role (``services.cadence``).

A contact's own "stay in touch every … days" wins; these apply to everyone
else of that role. A blank box means no default: such contacts never show
as gone quiet. Opened with ``D`` on Today or the Calendar (and the palette).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

from tuicrm.enums import Role
from tuicrm.ui.widgets.fields import IntField
from tuicrm.ui.work import run_db

if TYPE_CHECKING:
    from sqlmodel import Session

ROLE_LABELS = {Role.CLIENT: "Clients", Role.BOTH: "Clients who also buy",
               Role.CUSTOMER: "Customers", Role.LEAD: "Leads"}


class CadencesDialog(ModalScreen[bool]):
    """Edit the default cadence of each role; ctrl+s saves, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="cadences.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="cadences.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(Text.assemble(
                ("Stay in touch: team defaults\n", "bold"),
                ("Days without a touch (a call, email, note, meeting or sale) before a "
                 "contact shows as gone quiet. A contact's own cadence wins; blank: none.",
                 "dim")), classes="dialog--question")
            for role, label in ROLE_LABELS.items():
                yield IntField(role.value, f"{label} (days)", least=1, most=3650)
            with Horizontal(classes="dialog--buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        def load(session: Session) -> dict[Role, int | None]:
            from tuicrm.services.cadence import cadence_defaults

            return cadence_defaults(session=session)

        run_db(self, load, done=self._loaded, group="cadences")

    def _loaded(self, defaults: dict[Role, int | None]) -> None:
        for field in self.query(IntField):
            days = defaults.get(Role(field.field_name))
            field.set_raw("" if days is None else str(days))
        self.query(Input).first().focus()

    def action_save(self) -> None:
        fields = list(self.query(IntField))
        for field in fields:
            if field.problem is not None:
                field.show_problem(force=True)
                field.query_one(Input).focus()
                return
        chosen = {Role(f.field_name): f.value for f in fields}

        def save(session: Session) -> Any:
            from tuicrm.services.cadence import set_cadence_defaults

            set_cadence_defaults(session=session, defaults=chosen)

        def done(_result: Any) -> None:
            self.app.notify("Stay-in-touch defaults saved.", timeout=4)
            self.app.data_changed()  # type: ignore[attr-defined]
            self.dismiss(True)

        run_db(self, save, done=done, write=True, group="cadences-save")

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
