"""The follow-up form: the dated next action for a contact, maybe repeating."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal

from tuicrm import dates
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import (
    contact_choice, focus_later, show_contacts, show_team, team_options,
)
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import ChoiceField, DateField, TextField, TimeField

if TYPE_CHECKING:
    from sqlmodel import Session

NO_REPEAT = "none"
#: The repeat rules offered, in the stored format of ``services.followups.Recurrence``.
REPEATS: list[tuple[str, str]] = [
    ("Does not repeat", NO_REPEAT),
    ("Every week", "FREQ=WEEKLY;INTERVAL=1"),
    ("Every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
    ("Monthly", "FREQ=MONTHLY;INTERVAL=1"),
    ("Quarterly", "FREQ=MONTHLY;INTERVAL=3"),
    ("Yearly", "FREQ=YEARLY;INTERVAL=1"),
]
def normal_repeat(rule: str | None) -> str:
    """A stored rule in the spelling the choices use (``INTERVAL`` always given)."""
    if not rule:
        return NO_REPEAT
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    if set(parts) <= {"FREQ", "INTERVAL"} and parts.get("FREQ"):
        return f"FREQ={parts['FREQ']};INTERVAL={parts.get('INTERVAL', '1')}"
    return rule


class FollowUpForm(RecordForm):
    """Schedule (or edit) a follow-up; ``due`` and ``note`` pre-fill a new one."""

    what: ClassVar[str] = "follow-up"

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 due: date | None = None, note: str = "", **context: Any) -> None:
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id
        self.due = due
        self.note = note
        self.zone = dates.local_zone().key  # an edited follow-up keeps its own

    def fields(self) -> ComposeResult:
        yield ContactField("contact_id", "Contact", required=True)
        with Horizontal(classes="form--row"):
            yield DateField("due_date", "Due", required=True,
                            value=self.due.isoformat() if self.due else "")
            yield TimeField("due_time", "Time (optional)")
        yield TextField("note", "What to do", max_length=500, value=self.note,
                        placeholder="e.g. Send the proposal")
        with Horizontal(classes="form--row"):
            yield ChoiceField("owner_id", "Owner", options=[])
            yield ChoiceField("recurrence", "Repeat", options=REPEATS, value=NO_REPEAT,
                              required=True)

    def on_mount(self) -> None:  # runs before RecordForm.on_mount (Textual calls both)
        due = self.field("due_date")
        if isinstance(due, DateField) and self.due is not None:
            due.show_reading()  # say which day the proposed date is
        if self.contact_id is not None:  # the contact is chosen: start at the date
            focus_later(self, "#input-due_date")

    def prepare(self, session: Session) -> dict[str, Any]:
        return {"contact": contact_choice(session, self.contact_id),
                "members": team_options(session)}

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "contact_id", data["contact"])
        show_team(self, "owner_id", data["members"])

    def load(self, session: Session) -> dict[str, Any]:
        from tuicrm.services.followups import get_followup

        followup = get_followup(session=session, followup_id=self.record_id or 0)
        return {
            "version": followup.version,
            "contact": contact_choice(session, followup.contact_id),
            "due_date": followup.due_date.isoformat(),
            "due_time": followup.due_time.strftime("%H:%M") if followup.due_time else "",
            "timezone": followup.timezone, "note": followup.note,
            "owner_id": followup.owner_id, "recurrence": followup.recurrence,
        }

    def fill(self, loaded: dict[str, Any]) -> None:
        self.zone = loaded["timezone"]
        contact = self.field("contact_id")
        if isinstance(contact, ContactField):
            contact.set_contacts(loaded["contact"])
        for name in ("due_date", "due_time", "note"):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        owner = self.field("owner_id")
        if isinstance(owner, ChoiceField):
            owner.set_value(loaded["owner_id"])
        repeat = self.field("recurrence")
        if isinstance(repeat, ChoiceField):
            rule = normal_repeat(loaded["recurrence"])
            if all(value != rule for _text, value in REPEATS):
                repeat.set_options([*REPEATS, (dates.describe_recurrence(rule), rule)])
            repeat.set_value(rule)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if values.get("recurrence") in (None, NO_REPEAT):
            values["recurrence"] = None
        values["note"] = values.get("note") or ""
        values["timezone"] = self.zone
        return values

    def save(self, session: Session, values: dict[str, Any], expected_version: int | None) -> int:
        from tuicrm.services import followups

        if self.record_id is None:
            return followups.create_followup(session=session, data=values).id or 0
        followups.update_followup(session=session, followup_id=self.record_id, changes=values,
                                  expected_version=expected_version)
        return self.record_id

    def saved(self, record_id: int) -> None:
        due = self.field("due_date")
        day = due.value if due is not None else None
        when = f" for {day:%a %d %b %Y}" if isinstance(day, date) else ""
        verb = "updated" if self.record_id else "scheduled"
        self.app.notify(f"Follow-up {verb}{when}.", timeout=4)
