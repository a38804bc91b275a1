"""The meeting form; saving a new meeting offers to schedule the next follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal

from tuicrm import dates
from tuicrm.enums import MeetingChannel
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import (
    moment,
    now_parts,
    show_contacts,
    show_team,
)
from tuicrm.ui.forms.followup import FollowUpForm
from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    ChoiceField,
    DateField,
    IntField,
    TextField,
    TimeField,
    choices,
)

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

DEFAULT_CADENCE_DAYS = 14


def parse_zone(raw: str) -> str:
    name = raw.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{name}' is not a time zone (e.g. Europe/London)") from None
    return name


@dataclass(frozen=True)
class NextFollowUp:
    """What the form proposes after a new meeting: whom, when, and why that day."""

    contact_id: int
    name: str
    due: date
    cadence_days: int | None  # None: the contact has none, the default was used
    note: str


def propose_next(meeting_day: date, contact_id: int, name: str, cadence_days: int | None,
                 title: str) -> NextFollowUp:
    days = cadence_days or DEFAULT_CADENCE_DAYS
    return NextFollowUp(contact_id, name, dates.add_days(meeting_day, days), cadence_days,
                        f"Follow up on {title}")


def proposal_question(proposal: NextFollowUp) -> Text:
    """ "Schedule the next follow-up with <name> on <day>?" and where the day comes from."""
    if proposal.cadence_days:
        why = f"their cadence is every {proposal.cadence_days} days"
    else:
        why = f"no cadence set, so the default {DEFAULT_CADENCE_DAYS} days"
    return Text.assemble(
        "Schedule the next follow-up with ", safe_text(proposal.name, style="bold"),
        f" on {proposal.due:%a %d %b %Y}?\n",
        (f"({why} after the meeting; you can change the date before saving)", "dim"))


class MeetingForm(RecordForm):
    """New or edit a meeting with its attendees."""

    what: ClassVar[str] = "meeting"

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 day: date | None = None, **context: Any) -> None:
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id
        self.day = day  # a new meeting on this day (from the calendar)
        self.proposal: NextFollowUp | None = None

    def fields(self) -> ComposeResult:
        day, at = now_parts()
        if self.day is not None:
            day = self.day.isoformat()
        yield TextField("title", "Title", required=True, max_length=200,
                        placeholder="e.g. Quarterly review")
        with Horizontal(classes="form--row"):
            yield DateField("day", "Date", required=True, value=day)
            yield TimeField("at", "Start time", required=True, value=at)
            yield IntField("duration_minutes", "Minutes", required=True, least=1,
                           most=24 * 60, value="60")
        with Horizontal(classes="form--row"):
            yield TextField("timezone", "Time zone (of the date and time)", required=True,
                            max_length=64, value=dates.local_zone().key, parse=parse_zone)
            yield ChoiceField("channel", "Channel", options=choices(MeetingChannel),
                              value=str(MeetingChannel.VIDEO), required=True)
        yield TextField("location", "Location or link", max_length=300)
        yield ContactField("attendee_ids", "Attendees", multiple=True)
        yield AreaField("agenda", "Agenda")
        yield AreaField("notes", "Notes")
        yield AreaField("outcome", "Outcome")
        yield ChoiceField("owner_id", "Owner", options=[])

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.records.contact_and_owners(self.contact_id)

    def prepared(self, data: dict[str, Any]) -> None:
        show_contacts(self, "attendee_ids", data["contact"])
        show_team(self, "owner_id", data["members"])

    def load(self, core: Core) -> dict[str, Any]:
        return core.records.meeting_form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        for name in ("title", "day", "at", "duration_minutes", "timezone", "location",
                     "agenda", "notes", "outcome"):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        for name in ("channel", "owner_id"):
            field = self.field(name)
            if isinstance(field, ChoiceField):
                field.set_value(loaded[name])
        attendees = self.field("attendee_ids")
        if isinstance(attendees, ContactField):
            attendees.set_contacts(loaded["attendees"])

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        zone = fields.pop("timezone")
        starts_at: datetime = moment(fields.pop("day"), fields.pop("at"), zone)
        values = {**fields, "timezone": zone, "starts_at": starts_at}
        for name in ("location", "agenda", "notes", "outcome"):
            values[name] = values[name] or ""
        return values

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        saved, touch = core.records.save_meeting(self.record_id, values, expected_version, base,
                                                 follow_up_with=self.contact_id)
        if touch is not None:  # a new meeting: offer the next follow-up with them
            day = dates.to_local(values["starts_at"], values["timezone"]).date()
            self.proposal = propose_next(day, touch.contact_id, touch.name, touch.cadence_days,
                                         values["title"])
        return saved

    def saved(self, record_id: int) -> None:
        super().saved(record_id)
        proposal, self.proposal = self.proposal, None
        if proposal is None or self.record_id is not None:
            return
        app = self.app

        def ask() -> None:
            app.push_screen(ConfirmDialog(proposal_question(proposal), yes="Schedule",
                                          no="Not now"),
                            lambda yes: app.push_screen(FollowUpForm(
                                contact_id=proposal.contact_id, due=proposal.due,
                                note=proposal.note)) if yes else None)

        app.call_later(ask)  # once this form has closed
