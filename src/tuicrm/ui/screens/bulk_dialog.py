"""``b`` on Contacts with rows selected: one change to them all, and saving a view (``v``).

:class:`BulkDialog` asks what to do (tag, untag, set the owner, set the stage,
archive, delete), then the value (a tag typed, an owner or a stage picked,
or Enter to confirm), and dismisses with ``(action, value)``; the Contacts
screen runs it in one transaction and offers its undo (ctrl+z).
:class:`SaveViewDialog` asks the name a view of the list is saved as.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tuicrm.enums import JourneyStage
from tuicrm.ui.text import safe_text

ACTIONS = [("tag", "Tag …"), ("untag", "Untag …"), ("owner", "Set the owner …"),
           ("stage", "Set the journey stage …"), ("archive", "Archive"), ("delete", "Delete")]
NOBODY = "-"


class BulkDialog(ModalScreen[tuple[str, Any] | None]):
    """What to do to the ``count`` selected contacts; None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="bulk.cancel"),
    ]

    def __init__(self, count: int, members: list[tuple[str, int]]) -> None:
        super().__init__(classes="dialog")
        self.count, self.members = count, members
        self.action: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(Text(f"{self.count:,} contact{'' if self.count == 1 else 's'} "
                              "marked: what to do?", style="bold"), id="bulk-question")
            yield OptionList(*(Option(words, id=key) for key, words in ACTIONS),
                             id="bulk-actions")
            yield Input(placeholder="the tag", id="bulk-tag")
            yield OptionList(id="bulk-values")
            yield Static(id="bulk-hint", classes="dialog--question")

    def on_mount(self) -> None:
        self.query_one("#bulk-tag").display = False
        self.query_one("#bulk-values").display = False
        self.query_one("#bulk-hint", Static).update(
            Text("Enter chooses · Esc cancels · ctrl+z undoes it afterwards", style="dim"))
        self.query_one("#bulk-actions").focus()

    @on(OptionList.OptionSelected, "#bulk-actions")
    def _action_chosen(self, event: OptionList.OptionSelected) -> None:
        self.action = event.option.id
        self.query_one("#bulk-actions").display = False
        question = self.query_one("#bulk-question", Static)
        n = f"{self.count:,} contact{'' if self.count == 1 else 's'}"
        if self.action in ("tag", "untag"):
            question.update(Text(f"{'Tag' if self.action == 'tag' else 'Untag'} {n} with:",
                                 style="bold"))
            tag = self.query_one("#bulk-tag", Input)
            tag.display = True
            tag.focus()
            return
        values = self.query_one("#bulk-values", OptionList)
        if self.action == "owner":
            question.update(Text(f"Owner of {n}:", style="bold"))
            values.add_options([Option(safe_text(name), id=str(i)) for name, i in self.members]
                               + [Option("Nobody", id=NOBODY)])
        elif self.action == "stage":
            question.update(Text(f"Journey stage of {n}:", style="bold"))
            values.add_options([Option(s.value.capitalize(), id=s.value) for s in JourneyStage]
                               + [Option("None", id=NOBODY)])
        else:
            verb = "Archive" if self.action == "archive" else "Delete"
            question.update(Text(f"{verb} {n}? (ctrl+z undoes it)", style="bold"))
            values.add_options([Option(f"{verb} them", id="yes"), Option("Cancel", id="no")])
        values.display = True
        values.highlighted = 0
        values.focus()

    @on(Input.Submitted, "#bulk-tag")
    def _tag_typed(self, event: Input.Submitted) -> None:
        tag = " ".join(event.value.split())
        if not tag or len(tag) > 60:
            self.query_one("#bulk-hint", Static).update(
                Text("A tag is 1 to 60 characters.", style="bold red"))
            return
        self.dismiss((self.action or "tag", tag))

    @on(OptionList.OptionSelected, "#bulk-values")
    def _value_chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id
        if self.action in ("archive", "delete"):
            self.dismiss((self.action, None) if chosen == "yes" else None)
        elif self.action == "owner":
            self.dismiss(("owner", None if chosen == NOBODY else int(chosen or 0)))
        else:
            self.dismiss(("stage", None if chosen == NOBODY else chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)


class SaveViewDialog(ModalScreen[str | None]):
    """The name to save the list's search, filters and sort as."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="view.cancel"),
    ]

    def __init__(self, described: str) -> None:
        super().__init__(classes="dialog")
        self.described = described

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog--box"):
            yield Static(Text.assemble(("Save this view as", "bold"), "\n",
                                       safe_text(self.described, style="dim")))
            yield Input(placeholder="e.g. Hot leads in Leeds", id="view-name", max_length=50)
            yield Static(Text("Enter saves · Esc cancels · the palette (ctrl+p) opens it "
                              "later: View: …", style="dim"), classes="dialog--question")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _named(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if name:
            self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
