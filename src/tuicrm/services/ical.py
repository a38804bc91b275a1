"""Meetings and follow-ups as calendar events, and meetings from a calendar file.

Export: :func:`calendar_events` gives the live meetings (with a reminder),
the open follow-ups (as tasks), the open contracts' deadlines (all-day) and
the deleted meetings not yet said to be cancelled as
:class:`~tuicrm.interop.ical.Event` values, ready for
:func:`~tuicrm.interop.ical.write_calendar`. Their UIDs are stable,
``meeting-<id>@<database id>`` and ``followup-<id>@<database id>``, where the
database id is a random UUID stored once in the database (``meta.database_id``),
so a calendar program that imports the file again updates the events instead
of doubling them (SEQUENCE is the record's version, so an edit wins), and two
databases never write the same UID.

Import: :func:`import_meetings` creates meetings through
:func:`~tuicrm.services.meetings.create_meeting`, all in the caller's one
transaction. A repeating event comes in as its occurrences in the window
asked (``interop.ical_repeats``, before this). What is not a meeting is
skipped with its reason: all-day events (holidays, birthdays, days off;
tuicrm meetings have a time), a series not expanded, cancelled ones, follow-ups exported by tuicrm, events longer
than a day, events this database exported itself whose meeting still exists,
a second copy of an event in the file, and an event whose title and start
match a meeting already there (so importing a file twice adds nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.interop.ical import Event
from tuicrm.models import (
    Contact,
    ContactEmail,
    FollowUp,
    Meeting,
    MeetingAttendee,
    MeetingChannel,
)
from tuicrm.services.common import MAX_PAGE, Cursor, live, require_member
from tuicrm.services.contract_deadlines import contract_deadline_events
from tuicrm.services.followups import list_followups
from tuicrm.services.meetings import create_meeting, list_meetings
from tuicrm.services.meta import database_id, get_meta, set_meta

FOLLOWUP_LENGTH = timedelta(minutes=15)  # a timed follow-up blocks a short slot
_UID = re.compile(r"(meeting|followup)-(\d+)@(.+)")
_TITLE_MAX, _LOCATION_MAX = 200, 300  # as in MeetingBase


def database_uid(*, session: Session) -> str:
    """This database's own id (``meta.database_id``), as the UIDs write it."""
    return str(database_id(session=session))


# --- export --------------------------------------------------------------------


ALARM_KEY = "meeting_alarm_minutes"
DEFAULT_ALARM_MINUTES = 15


def alarm_minutes(*, session: Session) -> int:
    """How long before a meeting its exported reminder goes off (0: none); set once."""
    stored = get_meta(session=session, key=ALARM_KEY)
    return int(stored) if stored and stored.isdigit() else DEFAULT_ALARM_MINUTES


def set_alarm_minutes(*, session: Session, minutes: int) -> None:
    if not 0 <= minutes <= 7 * 24 * 60:
        raise ValidationError({"alarm": "a reminder is 0 (none) to 10080 minutes (a week) "
                                        "before the meeting"})
    set_meta(session=session, key=ALARM_KEY, value=str(minutes))


def calendar_events(
    *, session: Session, since: date | None = None, until: date | None = None
) -> list[Event]:
    """Live meetings, open follow-ups (as tasks) and open contracts' deadlines on
    local days ``since`` to ``until`` (both included), and deleted meetings not
    yet exported as cancelled.

    Meetings first, soonest first, each with a reminder (:func:`alarm_minutes`),
    then follow-ups by due date, then contract deadlines by day. A meeting's
    attendees are its live contacts' first e-mail addresses. Call
    :func:`mark_cancellations_sent` once the file is written.
    """
    origin = database_uid(session=session)
    minutes = alarm_minutes(session=session)
    alarm = timedelta(minutes=minutes) if minutes else None
    return [*_meeting_events(session, origin, since, until, alarm),
            *_cancelled_meetings(session, origin, since, until),
            *_followup_events(session, origin, since, until),
            *contract_deadline_events(session=session, origin=origin, since=since,
                                      until=until)]


def _cancelled() -> list[sa.ColumnElement[bool]]:
    return [Meeting.deleted_at.is_not(None), Meeting.cancel_exported_at.is_(None)]


def _cancelled_meetings(session: Session, origin: str, since: date | None,
                        until: date | None) -> list[Event]:
    """Deleted meetings a calendar may still hold: said once as cancelled."""
    stmt = sa.select(Meeting).where(*_cancelled())
    if since is not None:
        stmt = stmt.where(Meeting.starts_at >= dates.day_bounds_utc(since)[0])
    if until is not None:
        stmt = stmt.where(Meeting.starts_at < dates.day_bounds_utc(until)[1])
    rows = session.scalars(stmt.order_by(Meeting.starts_at, Meeting.id)).all()
    return [replace(_meeting_event(m, origin, ()), cancelled=True, sequence=m.version + 1,
                    last_modified=m.deleted_at) for m in rows]


def mark_cancellations_sent(*, session: Session, events: Iterable[Event]) -> None:
    """Remember that these cancelled meetings were exported (they are not said again)."""
    ids = [int(m[2]) for e in events if e.cancelled and (m := _UID.fullmatch(e.uid))
           and m[1] == "meeting"]
    if ids:
        session.execute(sa.update(Meeting).where(Meeting.id.in_(ids), *_cancelled())
                        .values(cancel_exported_at=dates.utcnow()))


def _meeting_events(
    session: Session, origin: str, since: date | None, until: date | None,
    alarm: timedelta | None,
) -> list[Event]:
    start = dates.day_bounds_utc(since)[0] if since is not None else None
    end = dates.day_bounds_utc(until)[1] if until is not None else None
    events: list[Event] = []
    after: Cursor | None = None
    while True:  # in pages: the whole table is never loaded in one go
        page = list_meetings(session=session, since=start, until=end, upcoming_first=True,
                             after=after, limit=MAX_PAGE)
        emails = _attendee_emails(session, [m.id for m in page])
        events += [replace(_meeting_event(m, origin, emails.get(m.id, ())), alarm=alarm)
                   for m in page]
        if page.next_cursor is None:
            return events
        after = page.next_cursor


def _meeting_event(meeting: Meeting, origin: str, attendees: Sequence[str]) -> Event:
    zone = _zone_name(meeting.timezone)
    return Event(
        uid=f"meeting-{meeting.id}@{origin}",
        summary=meeting.title,
        start=dates.to_local(meeting.starts_at, zone),
        zone=zone,
        duration=timedelta(minutes=meeting.duration_minutes),
        description=meeting.agenda,
        location=meeting.location,
        sequence=meeting.version,
        last_modified=meeting.updated_at or meeting.created_at,
        attendees=tuple(dict.fromkeys(attendees)),
    )


def _attendee_emails(session: Session, meeting_ids: list[int]) -> dict[int, list[str]]:
    """Each meeting's live attendees' first addresses, attendees in name order."""
    if not meeting_ids:
        return {}
    rows = session.execute(
        sa.select(MeetingAttendee.meeting_id, ContactEmail.contact_id, ContactEmail.address)
        .join(Contact, Contact.id == MeetingAttendee.contact_id)
        .join(ContactEmail, ContactEmail.contact_id == Contact.id)
        .where(MeetingAttendee.meeting_id.in_(meeting_ids), live(Contact))
        .order_by(MeetingAttendee.meeting_id, Contact.sort_name, Contact.id,
                  ContactEmail.position, ContactEmail.id)
    )
    found: dict[int, list[str]] = {}
    seen: set[tuple[int, int]] = set()
    for meeting_id, contact_id, address in rows:
        if (meeting_id, contact_id) not in seen:
            seen.add((meeting_id, contact_id))
            found.setdefault(meeting_id, []).append(address)
    return found


def _followup_events(
    session: Session, origin: str, since: date | None, until: date | None
) -> list[Event]:
    events: list[Event] = []
    after: Cursor | None = None
    while True:
        page = list_followups(session=session, open_only=True, due_from=since, due_until=until,
                              after=after, limit=MAX_PAGE)
        names: dict[int, str] = {}
        if page.items:
            rows = session.execute(sa.select(Contact.id, Contact.name).where(
                Contact.id.in_({f.contact_id for f in page})))
            names.update((r.id, r.name) for r in rows)
        events += [_followup_event(f, origin, names.get(f.contact_id, "")) for f in page]
        if page.next_cursor is None:
            return events
        after = page.next_cursor


def _followup_event(followup: FollowUp, origin: str, contact_name: str) -> Event:
    common = {
        "uid": f"followup-{followup.id}@{origin}",
        "summary": f"Follow up: {contact_name}",
        "description": followup.note,
        "sequence": followup.version,
        "last_modified": followup.updated_at or followup.created_at,
        "todo": True,  # a task: task programs (todoman, Thunderbird's tasks) list it
    }
    if followup.due_time is None:
        return Event(start=followup.due_date, duration=timedelta(days=1), **common)
    zone = _zone_name(followup.timezone)
    start = dates.local_datetime(followup.due_date, followup.due_time, zone)
    return Event(start=start, zone=zone, duration=FOLLOWUP_LENGTH, **common)


def _zone_name(name: str) -> str:
    """``name`` if it is a zone this machine knows (a stored one may not be), else UTC."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return "UTC"
    return name


# --- import --------------------------------------------------------------------


@dataclass(frozen=True)
class ImportedEvent:
    """One event of the file and what became of it."""

    line: int
    summary: str
    reason: str = ""  # why it was skipped ("" when a meeting was made)
    meeting_id: int | None = None  # the new meeting (None when skipped or in a dry run)


@dataclass(frozen=True)
class ImportResult:
    created: list[ImportedEvent]
    skipped: list[ImportedEvent]
    unknown_attendees: list[str]  # addresses no live contact has; kept in the meetings' notes
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would be created" if self.dry_run else "created"
        meetings = "meeting" if len(self.created) == 1 else "meetings"
        return f"{len(self.created)} {meetings} {verb}, {len(self.skipped)} events skipped."


def import_meetings(
    *, session: Session, events: Iterable[Event], owner_id: int | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Make a meeting of every event that is one (see the module's doc for what is skipped).

    Attendees are matched to live contacts by e-mail address. With
    ``dry_run`` everything is checked and counted, then undone (a savepoint),
    so the result says what an import would do.
    """
    require_member(session, owner_id)
    this_database = database_uid(session=session)
    created: list[ImportedEvent] = []
    skipped: list[ImportedEvent] = []
    unknown: dict[str, None] = {}
    first_lines: dict[str, int] = {}
    savepoint = session.begin_nested() if dry_run else None
    try:
        for event in events:
            reason = _reason_to_skip(session, event, this_database, first_lines)
            if event.uid:
                first_lines.setdefault(event.uid, event.line)
            if reason:
                skipped.append(ImportedEvent(event.line, event.summary, reason))
                continue
            contact_ids, strangers = _match_attendees(session, event.attendees)
            try:
                meeting = create_meeting(session=session,
                                         data=_meeting_data(event, contact_ids, strangers, owner_id))
            except ValidationError as err:
                skipped.append(ImportedEvent(event.line, event.summary, str(err)))
                continue
            unknown.update(dict.fromkeys(strangers))
            created.append(ImportedEvent(event.line, event.summary,
                                         meeting_id=None if dry_run else meeting.id))
    finally:
        if savepoint is not None:
            savepoint.rollback()
    return ImportResult(created, skipped, list(unknown), dry_run)


def _reason_to_skip(
    session: Session, event: Event, this_database: str | None, first_lines: dict[str, int]
) -> str:
    own = _UID.fullmatch(event.uid)
    if event.uid in first_lines:
        return f"the file has this event twice (same UID as the event at line {first_lines[event.uid]})"
    if own and own[1] == "followup":
        return "a follow-up exported by tuicrm, not a meeting"
    if event.cancelled:
        return "cancelled"
    if event.repeats:
        return "a repeating event (or one change to one); only one-off events are imported"
    if not isinstance(event.start, datetime):
        return "an all-day event; meetings have a start time"
    if (event.duration or timedelta(0)) > timedelta(hours=24):
        return "lasts more than 24 hours; a meeting can't"
    if own and own[3] == this_database and session.scalar(
        sa.select(Meeting.id).where(Meeting.id == int(own[2]), live(Meeting))
    ):
        return f"already here (meeting {own[2]} of this database)"
    if session.scalar(sa.select(Meeting.id).where(
        live(Meeting), Meeting.title == _title(event), Meeting.starts_at == event.start
    ).limit(1)):
        return "a meeting with this title at this time is already here"
    return ""


def _match_attendees(session: Session, emails: Sequence[str]) -> tuple[list[int], list[str]]:
    """The live contacts with these addresses (the oldest one per address), and the rest."""
    wanted = [e.lower() for e in emails]
    owners: dict[str, int] = {}
    if wanted:
        for address, contact_id in session.execute(
            sa.select(ContactEmail.address, ContactEmail.contact_id)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.address.in_(wanted), live(Contact))
            .order_by(ContactEmail.contact_id)
        ):
            owners.setdefault(address, contact_id)
    return (list(dict.fromkeys(owners[e] for e in wanted if e in owners)),
            [e for e in wanted if e not in owners])


def _meeting_data(
    event: Event, contact_ids: list[int], strangers: list[str], owner_id: int | None
) -> dict[str, object]:
    minutes = 60 if not event.duration else -(-event.duration // timedelta(minutes=1))
    location = _cut(event.location, _LOCATION_MAX)
    if location.lower().startswith(("http://", "https://")):
        channel = MeetingChannel.VIDEO
    else:
        channel = MeetingChannel.IN_PERSON if location else MeetingChannel.VIDEO
    notes = f"Other attendees (not in tuicrm): {', '.join(strangers)}" if strangers else ""
    return {
        "title": _title(event), "starts_at": event.start, "duration_minutes": max(1, minutes),
        "timezone": _arranged_zone(event.zone), "location": location, "channel": channel,
        "agenda": event.description, "notes": notes, "owner_id": owner_id,
        "attendee_ids": contact_ids,
    }


def _arranged_zone(zone: str) -> str:
    """The zone a meeting is kept in: its own, or, for a time the file gave in UTC only
    (or in a zone of the file's own making, as Outlook's "Customized Time Zone"), the
    user's: so that moving it later across a change of the clocks keeps its hour."""
    name = _zone_name(zone)
    if name != "UTC":
        return name
    return getattr(dates.local_zone(), "key", None) or "UTC"


def _title(event: Event) -> str:
    return _cut(event.summary, _TITLE_MAX) or "(no title)"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
