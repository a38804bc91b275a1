"""Meetings and follow-ups through the services on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.services import contacts, followups, meetings

T0 = datetime(2026, 11, 2, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def people(db):
    with db.write() as s:
        return [contacts.create_contact(session=s, data={"name": n}).id for n in ("Ann", "Bo", "Cy")]


def meet(db, attendees, when=T0, **extra):
    with db.write() as s:
        return meetings.create_meeting(session=s, data={
            "title": "Kick-off", "starts_at": when, "attendee_ids": attendees, **extra})


def test_meeting_with_attendees_and_its_zone(db, people):
    berlin = dates.local_datetime(date(2026, 11, 2), time(15, 0), "Europe/Berlin")
    m = meet(db, people[:2], when=berlin, timezone="Europe/Berlin", channel="in_person")
    with db.read() as s:
        detail = meetings.get_meeting(session=s, meeting_id=m.id)
    assert [name for _, name in detail.attendees] == ["Ann", "Bo"]
    assert detail.meeting.starts_at == datetime(2026, 11, 2, 14, 0, tzinfo=timezone.utc)
    assert dates.to_local(detail.meeting.starts_at, "Europe/Berlin").hour == 15


def test_attendees_must_exist_and_can_be_replaced(db, people):
    with pytest.raises(ValidationError, match="999"):
        meet(db, [people[0], 999])
    m = meet(db, [people[0]])
    with db.write() as s:
        meetings.update_meeting(session=s, meeting_id=m.id, expected_version=m.version,
                                changes={"attendee_ids": [people[1], people[2]]})
    with db.read() as s:
        detail = meetings.get_meeting(session=s, meeting_id=m.id)
    assert [n for _, n in detail.attendees] == ["Bo", "Cy"]
    assert detail.meeting.version == m.version + 1


def test_meetings_per_contact_and_range(db, people):
    for day in range(5):
        meet(db, [people[day % 2]], when=T0 + timedelta(days=day))
    with db.read() as s:
        anns = meetings.list_meetings(session=s, contact_id=people[0])
        soon = meetings.list_meetings(session=s, since=T0 + timedelta(days=1),
                                      until=T0 + timedelta(days=3), upcoming_first=True)
    assert [m.starts_at.day for m in anns] == [6, 4, 2]
    assert [m.starts_at.day for m in soon] == [3, 4]


def test_follow_up_complete_snooze_and_overdue_order(db, people):
    with db.write() as s:
        late = followups.create_followup(session=s, data={
            "contact_id": people[0], "due_date": date(2026, 11, 1), "note": "Call back"})
        later = followups.create_followup(session=s, data={
            "contact_id": people[1], "due_date": date(2026, 11, 30), "due_time": time(9, 30)})
    with db.read() as s:
        assert [f.id for f in followups.list_followups(session=s)] == [late.id, later.id]
    with db.write() as s:
        followups.snooze_followup(session=s, followup_id=late.id, until=date(2026, 12, 5))
        assert followups.complete_followup(session=s, followup_id=later.id) is None
    with db.read() as s:
        open_now = followups.list_followups(session=s)
        everything = followups.list_followups(session=s, open_only=False)
    assert [(f.id, f.due_date, f.snooze_count) for f in open_now] == [
        (late.id, date(2026, 12, 5), 1)]
    assert len(everything) == 2


def test_snoozing_only_moves_a_follow_up_later(db, people):
    with dates.fixed_now(datetime(2026, 11, 10, 9, tzinfo=timezone.utc)), db.write() as s:
        overdue = followups.create_followup(session=s, data={
            "contact_id": people[0], "due_date": date(2026, 11, 1)})
        with pytest.raises(ValidationError, match="after today"):
            followups.snooze_followup(session=s, followup_id=overdue.id, until=date(2026, 11, 5))
        followups.complete_followup(session=s, followup_id=overdue.id)
        with pytest.raises(ValidationError, match="already done"):
            followups.snooze_followup(session=s, followup_id=overdue.id, until=date(2026, 12, 1))


@pytest.mark.parametrize(
    ("rule", "due", "expected"),
    [("FREQ=WEEKLY;INTERVAL=2", date(2026, 11, 2), date(2026, 11, 16)),
     ("FREQ=MONTHLY", date(2026, 1, 31), date(2026, 2, 28)),
     ("FREQ=YEARLY", date(2028, 2, 29), date(2029, 2, 28)),
     ("FREQ=DAILY;INTERVAL=3", date(2026, 12, 30), date(2027, 1, 2))],
)
def test_completing_a_recurring_follow_up_creates_the_next(db, people, rule, due, expected):
    with db.write() as s:
        f = followups.create_followup(session=s, data={
            "contact_id": people[0], "due_date": due, "recurrence": rule})
    on_time = datetime.combine(due, time(9), tzinfo=timezone.utc)  # done the day it was due
    with dates.fixed_now(on_time), db.write() as s:
        nxt = followups.complete_followup(session=s, followup_id=f.id)
    assert nxt is not None and nxt.due_date == expected and nxt.previous_id == f.id


def test_a_bad_repeat_rule_is_refused(db, people):
    with pytest.raises(ValidationError, match="repeat rule"), db.write() as s:
        followups.create_followup(session=s, data={
            "contact_id": people[0], "due_date": date(2026, 1, 1), "recurrence": "FREQ=SOMETIMES"})


def test_unknown_zones_repeat_parts_and_members_are_refused(db, people):
    with pytest.raises(ValidationError, match="not a time zone"):
        meet(db, people[:1], timezone="Mars/Olympus")
    with pytest.raises(ValidationError, match="owner_id"):
        meet(db, people[:1], owner_id=42)
    with pytest.raises(ValidationError, match="COUNT"), db.write() as s:
        followups.create_followup(session=s, data={
            "contact_id": people[0], "due_date": date(2026, 1, 1),
            "recurrence": "FREQ=MONTHLY;COUNT=3"})


def test_a_deleted_contact_s_follow_ups_leave_the_agenda(db, people):
    with db.write() as s:
        followups.create_followup(session=s, data={"contact_id": people[0], "due_date": date(2026, 11, 1)})
        followups.create_followup(session=s, data={"contact_id": people[1], "due_date": date(2026, 11, 2)})
    with db.write() as s:
        contacts.delete_contact(session=s, contact_id=people[0])
    with db.read() as s:
        assert [f.contact_id for f in followups.list_followups(session=s)] == [people[1]]
