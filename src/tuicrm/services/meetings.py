"""Meetings: when, how, with whom, and what came of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Meeting, MeetingAttendee, MeetingCreate
from tuicrm.services import derived, history
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    assign,
    get_row,
    keyset_page,
    live,
    require_member,
    restore,
    soft_delete,
    validate,
    validate_changes,
)
from tuicrm.services.edits import reconcile

_OWN_FIELDS = [f for f in MeetingCreate.model_fields if f != "attendee_ids"]
_NEWEST = SortKey([Meeting.starts_at, Meeting.id], descending=True)
_SOONEST = SortKey([Meeting.starts_at, Meeting.id])


@dataclass(frozen=True)
class MeetingDetail:
    meeting: Meeting
    attendees: list[tuple[int, str]]  # (contact id, name)


def create_meeting(*, session: Session, data: MeetingCreate | Mapping[str, Any]) -> Meeting:
    values: MeetingCreate = validate(MeetingCreate, data)
    _check_attendees(session, values.attendee_ids)
    require_member(session, values.owner_id)
    meeting = Meeting()
    assign(meeting, values, _OWN_FIELDS)
    session.add(meeting)
    session.flush()
    _set_attendees(session, meeting.id, values.attendee_ids)
    return meeting


def update_meeting(
    *, session: Session, meeting_id: int, changes: Mapping[str, Any], expected_version: int | None,
    base: Mapping[str, Any] | None = None,
) -> Meeting:
    """Change a meeting; ``attendee_ids`` in ``changes`` replaces the attendees."""
    meeting = get_row(session, Meeting, meeting_id)
    current = meeting_input(session, meeting)
    changes = reconcile(session, meeting, MeetingCreate, current, changes,
                        expected_version=expected_version, base=base)
    values: MeetingCreate = validate_changes(MeetingCreate, current, changes)
    require_member(session, values.owner_id)
    assign(meeting, values, [f for f in changes if f != "attendee_ids"])
    if "attendee_ids" in changes:
        _check_attendees(session, values.attendee_ids)
        history.note_lists(session, meeting, current, values.model_dump(), ("attendee_ids",))
        _set_attendees(session, meeting_id, values.attendee_ids)
        meeting.updated_at = dates.utcnow()  # an attendee change is a change of the meeting
    session.flush()
    return meeting


def meeting_input(session: Session, meeting: Meeting) -> dict[str, Any]:
    """The stored meeting in the shape a save sends (with its attendees)."""
    current = {f: getattr(meeting, f) for f in _OWN_FIELDS}
    current["attendee_ids"] = _attendee_ids(session, meeting.id)
    return current


def delete_meeting(*, session: Session, meeting_id: int, expected_version: int | None = None) -> Meeting:
    return soft_delete(session, Meeting, meeting_id, expected_version)


def restore_meeting(*, session: Session, meeting_id: int) -> Meeting:
    return restore(session, Meeting, meeting_id)


def get_meeting(*, session: Session, meeting_id: int) -> MeetingDetail:
    meeting = get_row(session, Meeting, meeting_id)
    rows = session.execute(
        sa.select(Contact.id, Contact.name)
        .join(MeetingAttendee, MeetingAttendee.contact_id == Contact.id)
        .where(MeetingAttendee.meeting_id == meeting_id, live(Contact))
        .order_by(Contact.sort_name)
    ).all()
    return MeetingDetail(meeting, [(r.id, r.name) for r in rows])


def list_meetings(
    *,
    session: Session,
    contact_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    upcoming_first: bool = False,
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[Meeting]:
    """Meetings newest first (or soonest first), in ``[since, until)``."""
    stmt = sa.select(Meeting).where(live(Meeting))
    if contact_id is not None:
        stmt = stmt.where(sa.exists().where(
            MeetingAttendee.meeting_id == Meeting.id, MeetingAttendee.contact_id == contact_id))
    if since is not None:
        stmt = stmt.where(Meeting.starts_at >= since)
    if until is not None:
        stmt = stmt.where(Meeting.starts_at < until)
    return keyset_page(
        session, stmt, _SOONEST if upcoming_first else _NEWEST, after=after, limit=limit,
        row_factory=lambda r: r.Meeting, cursor_of=lambda r: (r.Meeting.starts_at, r.Meeting.id),
    )


def _attendee_ids(session: Session, meeting_id: int) -> list[int]:
    return list(session.scalars(
        sa.select(MeetingAttendee.contact_id).where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(MeetingAttendee.contact_id)  # the same order on both dialects
    ))


def _set_attendees(session: Session, meeting_id: int, contact_ids: list[int]) -> None:
    dropped = set(_attendee_ids(session, meeting_id)) - set(contact_ids)
    session.execute(sa.delete(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id))
    session.add_all(
        MeetingAttendee(meeting_id=meeting_id, contact_id=c) for c in dict.fromkeys(contact_ids)
    )
    session.flush()
    derived.note(session, dropped)  # a Core delete: no flush sees it


def _check_attendees(session: Session, contact_ids: list[int]) -> None:
    wanted = set(contact_ids)
    if not wanted:
        return
    found = set(session.scalars(
        sa.select(Contact.id).where(Contact.id.in_(wanted), live(Contact))
    ))
    if missing := wanted - found:
        raise ValidationError({"attendee_ids": f"no such contact: {sorted(missing)}"})
