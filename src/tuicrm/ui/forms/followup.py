"""The follow-up form: the dated next action for a contact, maybe repeating."""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal

from tuicrm import dates, recurrence
from tuicrm.errors import ValidationError
from tuicrm.recurrence import describe_recurrence
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import (
    focus_later,
    show_contacts,
    show_team,
)
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import ChoiceField, DateField, Field, TextField, TimeField

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

NO_REPEAT = "none"
MONTHLY = "FREQ=MONTHLY;INTERVAL=1"
LAST_DAY_OF_MONTH = "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1"
#: The common repeat rules, in the stored format of :mod:`tuicrm.recurrence`. The
#: monthly and yearly ones fall on the due date's day (the service writes it in).
_PLAIN_REPEATS = ("FREQ=DAILY;INTERVAL=1", "FREQ=WEEKLY;INTERVAL=1", "FREQ=WEEKLY;INTERVAL=2")
_DUE_DAY_REPEATS = ("FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY;INTERVAL=1")


def weekday_rules(due: date) -> list[str]:
    """The "monthly on the <nth> <weekday>" rules ``due`` is on: its week counted from
    the month's start ("the third Tuesday") and, in the month's last seven days, from
    its end too ("the last Tuesday"; the 4th can also be the last)."""
    code = recurrence.WEEKDAY_CODES[due.weekday()]
    weeks = [(due.day + 6) // 7]
    if due.day > _month_length(due) - 7:
        weeks.append(-1)
    return [f"{MONTHLY};BYDAY={week}{code}" for week in weeks]


def followed_weekday_rule(chosen: str, old_due: date, new_due: date) -> str | None:
    """What a chosen weekday rule of ``old_due`` becomes when the due date moves to
    ``new_due``: the new date's own position, still counted from the month's end if it
    was and the new date allows; None when ``chosen`` is not one of those rules."""
    if chosen not in weekday_rules(old_due):
        return None
    rules = weekday_rules(new_due)
    from_end = ";BYDAY=-" in chosen and len(rules) > 1
    return rules[-1] if from_end else rules[0]


def _month_length(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def repeat_choices(due: date | None) -> list[tuple[str, str]]:
    """The repeat choices, worded for ``due`` ("Monthly on the 24th"). The ones tied
    to the date ("on the third Tuesday", "on the last day") are offered only where
    ``due`` is such a day, so none without a due date yet."""
    def choice(rule: str) -> tuple[str, str]:
        shown = recurrence.anchored(rule, due) if due is not None else rule
        return describe_recurrence(shown), rule

    monthly = [choice(MONTHLY)]
    if due is not None:
        monthly.extend(map(choice, weekday_rules(due)))
        if due.day == _month_length(due):
            monthly.append(choice(LAST_DAY_OF_MONTH))
    return [("Does not repeat", NO_REPEAT), *map(choice, _PLAIN_REPEATS), *monthly,
            *map(choice, _DUE_DAY_REPEATS)]


def shown_repeat(rule: str | None, due: date | None) -> str:
    """The choice a stored rule is: "...;BYMONTHDAY=24" due on the 24th is the plain
    monthly one (so moving the due date moves the series); else the rule itself."""
    if not rule:
        return NO_REPEAT
    try:
        stored = recurrence.parse(rule).text
    except ValidationError:
        return rule
    for _words, value in repeat_choices(due)[1:]:
        if value == stored or (due is not None and recurrence.anchored(value, due) == stored):
            return value
    return stored


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
        self.repeats_due = due  # the due date the repeat choices are worded for
        self.stored_repeat: tuple[str, str] | None = None  # a loaded rule not among them

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
            yield ChoiceField("recurrence", "Repeat", options=repeat_choices(self.due),
                              value=NO_REPEAT, required=True)

    def on_mount(self) -> None:  # runs before RecordForm.on_mount (Textual calls both)
        due = self.field("due_date")
        if isinstance(due, DateField) and self.due is not None:
            due.show_reading()  # say which day the proposed date is
        if self.contact_id is not None:  # the contact is chosen: start at the date
            focus_later(self, "#input-due_date")

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.records.contact_and_owners(self.contact_id)

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "contact_id", data["contact"])
        show_team(self, "owner_id", data["members"])

    def load(self, core: Core) -> dict[str, Any]:
        return core.records.followup_form(self.record_id or 0)

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
            due = date.fromisoformat(loaded["due_date"])
            rule = shown_repeat(loaded["recurrence"], due)
            if all(value != rule for _words, value in repeat_choices(due)):
                self.stored_repeat = (describe_recurrence(rule), rule)
            self.offer_repeats(due)
            repeat.set_value(rule)

    @on(Field.Changed, "#field-due_date")
    def _due_changed(self) -> None:
        due = self.field("due_date")
        try:
            day = due.value if due is not None else None
        except ValueError:
            return  # half-typed: keep the choices as they are
        if isinstance(day, date) and day != self.repeats_due:
            self.offer_repeats(day)

    def offer_repeats(self, due: date) -> None:
        """Word the repeat choices for ``due``. A chosen weekday rule follows the date
        (the 1st Tuesday moved to a 3rd Thursday is the 3rd Thursday); another choice
        the new date does not offer ("on the last day") stays, so it is never dropped
        without a word."""
        repeat = self.field("recurrence")
        if not isinstance(repeat, ChoiceField):
            return
        chosen = repeat.value
        followed = None
        if chosen is not None and self.repeats_due is not None:
            followed = followed_weekday_rule(chosen, self.repeats_due, due)
        options = repeat_choices(due)
        extras = [self.stored_repeat]
        if chosen is not None and followed is None:
            extras.append((describe_recurrence(chosen), chosen))
        for extra in extras:
            if extra and all(v != extra[1] for _w, v in options):
                options.append(extra)
        self.repeats_due = due
        repeat.set_options(options)
        if followed is not None:
            repeat.set_value(followed, initial=False)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if values.get("recurrence") in (None, NO_REPEAT):
            values["recurrence"] = None
        values["note"] = values.get("note") or ""
        values["timezone"] = self.zone
        return values

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.records.save_followup(self.record_id, values, expected_version, base)

    def saved(self, record_id: int) -> None:
        due = self.field("due_date")
        day = due.value if due is not None else None
        when = f" for {day:%a %d %b %Y}" if isinstance(day, date) else ""
        verb = "updated" if self.record_id else "scheduled"
        self.app.notify(f"Follow-up {verb}{when}.", timeout=4)
