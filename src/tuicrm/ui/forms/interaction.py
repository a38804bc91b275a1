"""The interaction form: log a call, an email, a message or a note on a contact."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from tuicrm.enums import InteractionKind
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import (
    focus_later,
    moment,
    now_parts,
    show_contacts,
)
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    ChoiceField,
    DateField,
    Field,
    TextField,
    TimeField,
    choices,
)

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

KIND_WORDS = {"call": "a call", "email": "an email", "message": "a message", "note": "a note"}


# --- the form --------------------------------------------------------------


class InteractionForm(RecordForm):
    """Log (or edit) one timeline entry: a call, email, message or note."""

    what: ClassVar[str] = "interaction"

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 kind: str = "note", **context: Any) -> None:
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id
        self.kind = str(InteractionKind(kind))

    def title_text(self) -> str:
        if self.record_id:
            return f"Edit {self.kind}"
        return f"Log {KIND_WORDS.get(self.kind, 'an entry')}"

    def fields(self) -> ComposeResult:
        day, at = now_parts()
        yield ContactField("contact_id", "Contact", required=True)
        with Horizontal(classes="form--row"):
            yield ChoiceField("kind", "Kind", options=choices(InteractionKind),
                              value=self.kind, required=True)
            yield DateField("day", "Date", required=True, value=day)
            yield TimeField("at", "Time", required=True, value=at)
        yield TextField("subject", "Subject", max_length=200)
        yield AreaField("body", "What was said or done")

    def prepare(self, core: Core) -> dict[str, Any]:
        return {"contact": core.people.choice(self.contact_id)}

    def on_mount(self) -> None:  # runs before RecordForm.on_mount (Textual calls both)
        if self.contact_id is not None:
            focus_later(self, "#input-subject")

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "contact_id", data["contact"])

    @on(Field.Changed, "#field-kind")
    def _kind_changed(self) -> None:
        kind = self.field("kind")
        if kind is not None and kind.value:
            self.kind = str(kind.value)
            self.query_one(".form--title", Static).update(Text(self.title_text(), style="bold"))

    def load(self, core: Core) -> dict[str, Any]:
        return core.records.interaction_form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        kind = self.field("kind")
        if isinstance(kind, ChoiceField):
            kind.set_value(loaded["kind"])
        contact = self.field("contact_id")
        if isinstance(contact, ContactField):
            contact.set_contacts(loaded["contact"])
        for name in ("day", "at", "subject", "body"):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        return {
            "kind": fields["kind"], "contact_id": fields["contact_id"],
            "occurred_at": moment(fields["day"], fields["at"]),
            "subject": fields["subject"] or "", "body": fields["body"] or "",
        }

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.records.save_interaction(self.record_id, values, expected_version, base)

    def saved(self, record_id: int) -> None:
        verb = "updated" if self.record_id else "logged"
        self.app.notify(f"{self.kind.capitalize()} {verb}.", timeout=4)
