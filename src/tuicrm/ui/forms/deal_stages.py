"""The pipeline's stages, as the firm sets them: each one's name and chance,
new open stages in the blank rows, an open stage removed by blanking its name;
and after how many quiet days a deal is stale. ctrl+s saves, Esc cancels. A
stage that still has deals is not removed: the message says so and nothing
is stored."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from tuicrm import errors
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import IntField, TextField
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core.data import Stage

NEW_ROWS = 2


class StagesForm(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="stages.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="stages.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog")
        self.stages: list[Stage] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(Text.assemble(("Pipeline stages\n", "bold"), (
                "In board order. Blank an open stage's name to remove it; the blank rows add "
                "stages before Won. The chance is what a deal in the stage is likely to bring "
                "in, unless the deal says otherwise.", "dim")), classes="dialog--question")
            yield VerticalScroll(id="stages-rows")
            yield IntField("stale_days", "A deal is stale after this many quiet days",
                           least=1, most=365, required=True)
            yield Static(id="stages-problem", classes="form--problem")
            with Horizontal(classes="dialog--buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Cancel (Esc)", id="cancel")
        yield KeyFooter()

    def on_mount(self) -> None:
        run_core(self, lambda core: (core.deals.stages(), core.deals.stale_days()),
                 done=self._loaded, group="stages")

    def _loaded(self, loaded: tuple[list[Stage], int]) -> None:
        self.stages, stale = loaded
        rows = self.query_one("#stages-rows", VerticalScroll)
        open_stages = [s for s in self.stages if s.is_open]
        closed = [s for s in self.stages if not s.is_open]
        shown: list[tuple[str, Stage | None]] = [
            *((f"s{s.id}", s) for s in open_stages),
            *((f"new{n}", None) for n in range(NEW_ROWS)),
            *((f"s{s.id}", s) for s in closed)]
        for key, stage in shown:
            label = "New stage" if stage is None else (
                f"{stage.outcome.value.capitalize()} stage" if not stage.is_open else "Stage")
            row = Horizontal(classes="form--row", id=f"row-{key}")
            rows.mount(row)
            row.mount(TextField(f"name_{key}", label, max_length=60,
                                required=stage is not None and not stage.is_open,
                                value=stage.name if stage else ""))
            row.mount(IntField(f"chance_{key}", "Chance (%)", least=0, most=100,
                               value=str(stage.probability) if stage else ""))
        self.query_one("#field-stale_days", IntField).set_raw(str(stale))
        self.call_after_refresh(lambda: self.query(Input).first().focus())

    def _edits(self) -> list[Any] | None:
        from tuicrm.core.data import StageEdit

        edits = []
        keys = [f"s{s.id}" for s in self.stages if s.is_open] + \
            [f"new{n}" for n in range(NEW_ROWS)] + [f"s{s.id}" for s in self.stages
                                                     if not s.is_open]
        for key in keys:
            name = self.query_one(f"#field-name_{key}", TextField)
            chance = self.query_one(f"#field-chance_{key}", IntField)
            for field in (name, chance):
                if field.problem is not None:
                    field.show_problem(force=True)
                    return None
            if not (name.value or "").strip():
                continue  # a blank open stage: removed (or a new row left empty)
            stage_id = int(key[1:]) if key.startswith("s") else None
            edits.append(StageEdit(stage_id, name.value, chance.value or 0))
        return edits

    def action_save(self) -> None:
        edits = self._edits()
        stale = self.query_one("#field-stale_days", IntField)
        if edits is None:
            return
        if stale.problem is not None:
            stale.show_problem(force=True)
            return

        def done(_result: object) -> None:
            self.app.notify("Stages saved.", timeout=4)
            self.app.data_changed()  # type: ignore[attr-defined]
            self.dismiss(True)

        def refused(error: errors.CrmError) -> bool:
            if not isinstance(error, errors.ValidationError):
                return False
            message = "; ".join(error.field_errors.values())
            self.query_one("#stages-problem", Static).update(safe_text(message, style="bold red"))
            return True

        days = stale.value
        shown = list(self.stages)
        run_core(self, lambda core: core.deals.save_stages(edits, stale_days=days, expected=shown),
                 done=done, failed=refused, group="stages-save")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(False)
