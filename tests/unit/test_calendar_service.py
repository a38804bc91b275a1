"""One calendar of everything due: contract dates, local days across clock changes,
overdue follow-ups, gone-quiet contacts and moving items, on a real SQLite file.

Expected days are worked out from the inputs: a cancel-by day is the end date
minus the notice days, a meeting's day is the local wall-clock date it was
created at, and ``counts_by_day`` must agree with ``due_between``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from query_plans import sqlite_plans

from tuicrm import dates
from tuicrm.errors import ConflictError, ValidationError
from tuicrm.models import Contact, FollowUp
from tuicrm.services import calendar, contacts, contracts, followups, meetings
from tuicrm.services.calendar import DueKind

CONTRACT_KINDS = set(calendar.CONTRACT_KINDS)


@pytest.fixture
def ann(db) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": "Ann Client"}).id


def new_contract(db, contact_id: int, **extra: Any):
    data = {"contact_id": contact_id, "title": "Retainer", "status": "active",
            "start_date": date(2020, 1, 1), "currency": "EUR", **extra}
    with db.write() as s:
        return contracts.create_contract(session=s, data=data)


def meet(db, contact_id: int, when: datetime, zone: str = "UTC", title: str = "Meeting"):
    with db.write() as s:
        return meetings.create_meeting(session=s, data={
            "title": title, "starts_at": when, "timezone": zone, "attendee_ids": [contact_id]})


def follow_up(db, contact_id: int, due: date, **extra: Any):
    with db.write() as s:
        return followups.create_followup(session=s, data={
            "contact_id": contact_id, "due_date": due, "note": "Call back", **extra})


def items(db, first: date, last: date, kinds=calendar.ALL_KINDS) -> list[calendar.DueItem]:
    with db.read() as s:
        return calendar.due_between(session=s, first=first, last=last, kinds=kinds).items


def counts(db, first: date, last: date) -> dict[date, Counter]:
    with db.read() as s:
        return calendar.counts_by_day(session=s, first=first, last=last)


def only(by_day: dict[date, Counter], kinds) -> dict[date, Counter]:
    """``by_day`` without the kinds a test does not look at."""
    kept = {d: Counter({k: n for k, n in c.items() if k in kinds}) for d, c in by_day.items()}
    return {d: c for d, c in kept.items() if c}


def counted(found: list[calendar.DueItem]) -> dict[date, Counter]:
    """What counts_by_day should say for these items."""
    result: dict[date, Counter] = {}
    for item in found:
        result.setdefault(item.day, Counter())[item.kind] += 1
    return result


# --- cancel-by dates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "notice", "expected"),
    [(date(2026, 12, 31), 30, date(2026, 12, 1)),
     (date(2027, 1, 15), 30, date(2026, 12, 16)),  # across a year end
     (date(2026, 3, 1), 1, date(2026, 2, 28)),  # across a month end, no leap day
     (date(2028, 3, 1), 1, date(2028, 2, 29)),  # onto a leap day
     (date(2028, 3, 30), 30, date(2028, 2, 29)),
     (date(2026, 3, 31), 31, date(2026, 2, 28)),
     (date(2029, 1, 1), 366, date(2028, 1, 1)),  # a whole leap year back
     (date(2026, 6, 30), 0, date(2026, 6, 30))],  # no notice: the end date itself
)
def test_cancel_by_is_the_end_date_minus_the_notice(db, ann, end, notice, expected):
    assert expected == end - timedelta(days=notice)  # the rule, spelled out
    contract = new_contract(db, ann, end_date=end, notice_days=notice)
    around = (expected - timedelta(days=2), expected + timedelta(days=2))

    found = items(db, *around, kinds=[DueKind.CANCEL_BY])
    assert [(i.kind, i.day, i.record_id, i.contact_id) for i in found] == [
        (DueKind.CANCEL_BY, expected, contract.id, ann)]
    assert f"{notice} day" in found[0].detail and end.isoformat() in found[0].detail
    assert contracts.cancel_by(contract) == expected  # Python and SQL agree
    assert counts(db, *around).get(expected, Counter())[DueKind.CANCEL_BY] == 1
    assert {d for d, c in counts(db, *around).items() if c[DueKind.CANCEL_BY]} == {expected}


def test_review_renewal_and_cancel_by_each_fall_on_their_day(db, ann):
    end, notice, review = date(2026, 9, 30), 45, date(2026, 6, 15)
    contract = new_contract(db, ann, end_date=end, notice_days=notice, review_date=review,
                            auto_renew=True)
    found = items(db, date(2026, 6, 1), date(2026, 10, 31))
    assert [(i.kind, i.day) for i in found] == sorted(
        [(DueKind.REVIEW, review), (DueKind.CANCEL_BY, end - timedelta(days=notice)),
         (DueKind.RENEWAL, end)], key=lambda p: p[1])
    assert {i.record_id for i in found} == {contract.id}
    assert only(counts(db, date(2026, 6, 1), date(2026, 10, 31)), CONTRACT_KINDS) == \
        counted(found)
    renewal = next(i for i in found if i.kind == DueKind.RENEWAL)
    assert "renews automatically" in renewal.detail


def test_only_open_contracts_of_live_contacts_have_dates(db, ann):
    end = date(2026, 12, 31)
    terms = {"end_date": end, "notice_days": 10, "review_date": date(2026, 11, 1)}
    draft = new_contract(db, ann, status="draft", title="Draft", **terms)
    active = new_contract(db, ann, title="Active", **terms)
    ended = new_contract(db, ann, title="Ended", **terms)
    terminated = new_contract(db, ann, title="Terminated", **terms)
    deleted = new_contract(db, ann, title="Deleted", **terms)
    with db.write() as s:
        bo = contacts.create_contact(session=s, data={"name": "Bo Gone"}).id
    orphan = new_contract(db, bo, title="Of a deleted contact", **terms)
    with db.write() as s:
        contracts.end_contract(session=s, contract_id=ended.id, on=date(2026, 6, 1))
        contracts.end_contract(session=s, contract_id=terminated.id, on=date(2026, 6, 1),
                               terminated=True)
        contracts.delete_contract(session=s, contract_id=deleted.id)
        # A contact with a contract is only archived; with its contract deleted first
        # it can be deleted, and restoring the contract leaves it on a deleted contact.
        contracts.delete_contract(session=s, contract_id=orphan.id)
        assert contacts.delete_contact(session=s, contact_id=bo) == "deleted"
        contracts.restore_contract(session=s, contract_id=orphan.id)

    found = items(db, date(2026, 10, 1), date(2027, 1, 31), kinds=calendar.CONTRACT_KINDS)
    assert {i.record_id for i in found} == {draft.id, active.id}
    assert len(found) == 2 * len(CONTRACT_KINDS)
    assert only(counts(db, date(2026, 10, 1), date(2027, 1, 31)), CONTRACT_KINDS) == \
        counted(found)


def test_a_renewed_contract_hands_its_dates_to_the_follow_on(db, ann):
    old = new_contract(db, ann, start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
                       notice_days=30)
    with db.write() as s:
        new = contracts.renew_contract(session=s, contract_id=old.id)
    found = items(db, date(2026, 1, 1), date(2028, 12, 31), kinds=[DueKind.RENEWAL])
    assert [(i.record_id, i.day) for i in found] == [(new.id, new.end_date)]


# --- contracts needing action ------------------------------------------------------


def test_contracts_needing_action_once_each_on_the_most_urgent_day(db, ann):
    today = date(2026, 5, 4)
    dates.fix_now(datetime(2026, 5, 4, 9, tzinfo=UTC))

    def day(n: int) -> date:
        return today + timedelta(days=n)

    cancel_first = new_contract(db, ann, title="Cancel first", end_date=day(40),
                                notice_days=35, review_date=day(12))
    review_first = new_contract(db, ann, title="Review first", end_date=day(29),
                                notice_days=10, review_date=day(3))
    overdue = new_contract(db, ann, title="Ended on paper", end_date=day(-3), notice_days=30,
                           start_date=date(2026, 1, 1))
    notice_missed = new_contract(db, ann, title="Notice missed", end_date=day(20),
                                 notice_days=30)
    new_contract(db, ann, title="Far away", end_date=day(90), notice_days=30,
                 review_date=day(45))
    new_contract(db, ann, title="Open-ended", end_date=None, review_date=day(31))
    finished = new_contract(db, ann, title="Finished", end_date=day(10), notice_days=5)
    with db.write() as s:
        contracts.end_contract(session=s, contract_id=finished.id, on=day(-1))

    with db.read() as s:
        found = calendar.contracts_needing_action(session=s, today=today, days=30)
    assert [(i.title, i.kind, i.day) for i in found] == sorted([
        (overdue.title, DueKind.RENEWAL, overdue.end_date),  # the end date passed: first
        (cancel_first.title, DueKind.CANCEL_BY, day(40 - 35)),  # before its review
        (review_first.title, DueKind.REVIEW, day(3)),  # before its cancel-by, day(19)
        (notice_missed.title, DueKind.RENEWAL, day(20)),  # its cancel-by has passed
    ], key=lambda t: t[2])
    late = found[0]
    assert late.day < today and "ended" in late.detail
    assert all(i.day >= today for i in found[1:])



def test_a_deleted_clients_contracts_need_no_action(db, ann):
    today = date(2026, 5, 4)
    dates.fix_now(datetime(2026, 5, 4, 9, tzinfo=UTC))
    with db.write() as s:
        gone = contacts.create_contact(session=s, data={"name": "Gone Client"}).id
    new_contract(db, ann, title="Kept", end_date=today + timedelta(days=20), notice_days=0)
    new_contract(db, gone, title="Orphan", end_date=today + timedelta(days=20), notice_days=0)
    with db.write() as s:  # its contract stays, as a deleted contact's records do
        s.execute(sa.update(Contact).where(Contact.id == gone).values(deleted_at=dates.utcnow()))

    with db.read() as s:
        found = calendar.contracts_needing_action(session=s, today=today, days=30)
    assert [i.title for i in found] == ["Kept"]

# --- local days across clock changes -------------------------------------------------

CLOCK_CHANGES = [  # zone, the day its clocks change, hours in that day
    ("Europe/London", date(2026, 3, 29), 23),
    ("Europe/London", date(2026, 10, 25), 25),
    ("America/New_York", date(2026, 3, 8), 23),
    ("America/New_York", date(2026, 11, 1), 25),
]


@pytest.mark.parametrize(("zone", "change", "hours"), CLOCK_CHANGES)
def test_meetings_fall_on_their_local_day_across_a_clock_change(db, ann, zone, change, hours):
    dates.set_local_zone(zone)
    start, end = dates.day_bounds_utc(change)
    assert end - start == timedelta(hours=hours)

    before, after = change - timedelta(days=1), change + timedelta(days=1)
    walls = [(before, time(23, 30)), (change, time(0, 30)), (change, time(1, 30)),
             (change, time(23, 59)), (after, time(0, 0)), (after, time(0, 30)),
             (after, time(23, 30))]
    made = {}
    for day, wall in walls:
        moment = dates.local_datetime(day, wall, zone)
        made[meet(db, ann, dates.to_utc(moment), zone, title=f"{day} {wall}").id] = day
    # The test means something only if some local days differ from the UTC days.
    assert any(dates.to_utc(dates.local_datetime(d, w, zone)).date() != d for d, w in walls)

    found = items(db, before, after, kinds=[DueKind.MEETING])
    assert {i.record_id: i.day for i in found} == made
    assert [i.at for i in found] == sorted(i.at for i in found)
    for first in (before, change, after):
        one_day = items(db, first, first, kinds=[DueKind.MEETING])
        assert sorted(i.record_id for i in one_day) == sorted(
            m for m, d in made.items() if d == first)
    assert counts(db, before, after) == counted(found)
    assert counts(db, change, change) == counted([i for i in found if i.day == change])


@pytest.mark.parametrize(("zone", "change", "hours"), CLOCK_CHANGES)
def test_timed_follow_ups_in_a_zone_across_a_clock_change(db, ann, zone, change, hours):
    dates.set_local_zone(zone)
    wall = time(2, 30) if hours == 23 else time(1, 30)  # a skipped, or a repeated, time
    timed = follow_up(db, ann, change, due_time=wall, timezone=zone)
    evening = follow_up(db, ann, change, due_time=time(23, 45), timezone=zone)
    untimed = follow_up(db, ann, change)

    found = items(db, change, change, kinds=[DueKind.FOLLOWUP])
    assert [i.record_id for i in found] == [timed.id, evening.id, untimed.id]
    assert {i.day for i in found} == {change}
    expected = dates.local_datetime(change, wall, zone)
    assert dates.to_utc(found[0].at) == dates.to_utc(expected)
    assert dates.to_local(found[0].at).date() == change
    assert found[2].at is None
    assert items(db, change + timedelta(days=1), change + timedelta(days=1),
                 kinds=[DueKind.FOLLOWUP]) == []
    assert counts(db, change - timedelta(days=1), change + timedelta(days=1)) == counted(found)


def test_counts_by_day_agree_with_due_between_over_a_month(db, ann):
    dates.set_local_zone("Europe/London")
    dates.fix_now(datetime(2026, 10, 1, 9, tzinfo=UTC))
    with db.write() as s:
        quiet = contacts.create_contact(session=s, data={"name": "Quiet", "cadence_days": 20}).id
    for n in range(0, 31, 3):  # one meeting at 23:30 and one at 00:30 local every third day
        day = date(2026, 10, 1) + timedelta(days=n)
        for wall in (time(23, 30), time(0, 30)):
            meet(db, ann, dates.to_utc(dates.local_datetime(day, wall)), "Europe/London")
        follow_up(db, ann, day, due_time=time(8), timezone="Europe/London")
    new_contract(db, ann, end_date=date(2026, 11, 2), notice_days=9, review_date=date(2026, 10, 9))
    first, last = date(2026, 10, 1), date(2026, 10, 31)

    found = items(db, first, last)
    kinds = {i.kind for i in found}
    assert kinds == {DueKind.MEETING, DueKind.FOLLOWUP, DueKind.STAY_IN_TOUCH,
                     DueKind.REVIEW, DueKind.CANCEL_BY}
    assert quiet in [i.record_id for i in found if i.kind == DueKind.STAY_IN_TOUCH]
    assert counts(db, first, last) == counted(found)


def test_a_range_with_too_many_items_of_a_kind_says_so(db, ann):
    for n in range(3):
        follow_up(db, ann, date(2026, 4, 1) + timedelta(days=n))
    with db.read() as s:
        capped = calendar.due_between(session=s, first=date(2026, 4, 1), last=date(2026, 4, 30),
                                      limit=2)
        whole = calendar.due_between(session=s, first=date(2026, 4, 1), last=date(2026, 4, 30),
                                     limit=3)
    assert len(capped.items) == 2 and capped.truncated == {DueKind.FOLLOWUP}
    assert len(whole.items) == 3 and whole.truncated == frozenset()
    assert [i.record_id for i in whole.on(date(2026, 4, 2))] == [whole.items[1].record_id]


def test_next_meeting_is_the_first_still_to_start(db, ann):
    dates.fix_now(datetime(2026, 4, 1, 12, tzinfo=UTC))
    meet(db, ann, datetime(2026, 4, 1, 11, tzinfo=UTC), title="Earlier today")
    soon = meet(db, ann, datetime(2026, 4, 1, 15, tzinfo=UTC), title="Soon")
    meet(db, ann, datetime(2026, 4, 2, 9, tzinfo=UTC), title="Tomorrow")
    with db.read() as s:
        found = calendar.next_meeting(session=s)
    assert found is not None and (found.record_id, found.contact) == (soon.id, "Ann Client")


# --- overdue and gone quiet ------------------------------------------------------------


def test_overdue_follow_ups_leave_out_done_deleted_and_those_of_deleted_contacts(db, ann):
    today = date(2026, 5, 10)
    dates.fix_now(datetime(2026, 5, 10, 9, tzinfo=UTC))
    with db.write() as s:
        bo = contacts.create_contact(session=s, data={"name": "Bo"}).id
    oldest = follow_up(db, ann, today - timedelta(days=9))
    late = follow_up(db, ann, today - timedelta(days=1), due_time=time(17))
    done = follow_up(db, ann, today - timedelta(days=5))
    deleted = follow_up(db, ann, today - timedelta(days=4))
    of_deleted = follow_up(db, bo, today - timedelta(days=3))
    follow_up(db, ann, today)  # due today: not overdue
    with db.write() as s:
        followups.complete_followup(session=s, followup_id=done.id)
        followups.delete_followup(session=s, followup_id=deleted.id)
        contacts.delete_contact(session=s, contact_id=bo)
    assert of_deleted.id

    with db.read() as s:
        found = calendar.overdue_followups(session=s, today=today)
    assert [i.record_id for i in found] == [oldest.id, late.id]
    assert [i.day for i in found] == [oldest.due_date, late.due_date]


def test_overdue_follow_ups_walk_the_open_ones_in_due_order_and_stop(db, ann):
    """Today's overdue list reads the first open follow-ups from their own index;
    SQLite used to fetch every open one and sort them (22 ms at 100k)."""
    today = date(2026, 3, 10)
    for days in range(1, 30):
        follow_up(db, ann, today - timedelta(days=days))
    plans = sqlite_plans(db, lambda s: calendar.overdue_followups(session=s, today=today,
                                                                  limit=5))
    (plan,) = [p for p in plans if "follow_up" in p]
    assert plan.startswith("SEARCH follow_up USING INDEX ix_follow_up_open_due")
    assert "TEMP B-TREE" not in plan


def test_gone_quiet_is_longest_quiet_first_and_never_today(db):
    dates.set_local_zone("Europe/London")
    added = datetime(2026, 3, 1, 12, tzinfo=UTC)
    every = {"Ann": 5, "Bo": 2, "Cy": 9, "Di": 20}
    with dates.fixed_now(added), db.write() as s:
        ids = {n: contacts.create_contact(session=s, data={"name": n, "cadence_days": d}).id
               for n, d in every.items()}
    today = dates.to_local(added).date() + timedelta(days=9)  # Cy is due today
    due = {n: dates.to_local(added).date() + timedelta(days=d) for n, d in every.items()}
    with dates.fixed_now(added + timedelta(days=9)), db.read() as s:
        found = calendar.gone_quiet(session=s, today=today)
    expected = sorted((n for n in every if due[n] < today), key=lambda n: due[n])
    assert [i.record_id for i in found] == [ids[n] for n in expected] and expected == ["Bo", "Ann"]
    assert all(i.kind == DueKind.STAY_IN_TOUCH and i.at is None for i in found)


# --- moving items --------------------------------------------------------------------


def move(db, kind: DueKind, record_id: int, day: date, version: int | None) -> date:
    with db.write() as s:
        return calendar.move_to_day(session=s, kind=kind, record_id=record_id, day=day,
                                    expected_version=version)


def test_moving_a_follow_up_changes_its_day_but_not_its_snoozes(db, ann):
    dates.fix_now(datetime(2026, 5, 1, 9, tzinfo=UTC))
    f = follow_up(db, ann, date(2026, 5, 4))
    with db.write() as s:
        f = followups.snooze_followup(session=s, followup_id=f.id, until=date(2026, 5, 6))
    assert f.snooze_count == 1
    assert move(db, DueKind.FOLLOWUP, f.id, date(2026, 5, 12), f.version) == date(2026, 5, 12)
    with db.read() as s:
        moved = followups.get_followup(session=s, followup_id=f.id)
    assert (moved.due_date, moved.snooze_count, moved.version) == (
        date(2026, 5, 12), 1, f.version + 1)
    assert [i.record_id for i in items(db, date(2026, 5, 12), date(2026, 5, 12))] == [f.id]
    assert items(db, date(2026, 5, 6), date(2026, 5, 6)) == []


@pytest.mark.parametrize(("frm", "to"), [(date(2026, 3, 27), date(2026, 3, 30)),
                                         (date(2026, 10, 30), date(2026, 10, 23))])
def test_moving_a_meeting_keeps_its_wall_clock_time_across_a_clock_change(db, ann, frm, to):
    dates.set_local_zone("Europe/London")
    start = dates.local_datetime(frm, time(10, 0), "Europe/London")
    m = meet(db, ann, dates.to_utc(start), "Europe/London")
    assert move(db, DueKind.MEETING, m.id, to, m.version) == to
    with db.read() as s:
        moved = meetings.get_meeting(session=s, meeting_id=m.id).meeting
    wall = dates.to_local(moved.starts_at, "Europe/London")
    assert (wall.date(), wall.time()) == (to, time(10, 0))
    # The same wall time is another UTC hour on the other side of the change.
    assert dates.to_utc(moved.starts_at).hour != dates.to_utc(start).hour
    assert moved.version == m.version + 1
    assert [i.record_id for i in items(db, to, to, kinds=[DueKind.MEETING])] == [m.id]


def test_moving_a_meeting_arranged_in_another_zone_lands_on_the_local_day_asked(db, ann):
    dates.set_local_zone("Europe/London")
    start = dates.local_datetime(date(2026, 6, 10), time(23, 30), "America/New_York")
    m = meet(db, ann, dates.to_utc(start), "America/New_York")
    shown_on = dates.to_local(start).date()
    assert shown_on == date(2026, 6, 11)  # 04:30 in London
    target = shown_on + timedelta(days=5)
    move(db, DueKind.MEETING, m.id, target, m.version)
    with db.read() as s:
        moved = meetings.get_meeting(session=s, meeting_id=m.id).meeting
    assert dates.to_local(moved.starts_at, "America/New_York").time() == time(23, 30)
    assert dates.to_local(moved.starts_at).date() == target
    assert [i.record_id for i in items(db, target, target, kinds=[DueKind.MEETING])] == [m.id]


@pytest.mark.parametrize("kind", calendar.CONTRACT_KINDS)
def test_contract_dates_cannot_be_moved_from_the_calendar(db, ann, kind):
    contract = new_contract(db, ann, end_date=date(2026, 12, 31), review_date=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="contract's dates on its page"):
        move(db, kind, contract.id, date(2026, 7, 1), contract.version)
    with db.read() as s:
        kept = contracts.get_contract(session=s, contract_id=contract.id)
    assert (kept.end_date, kept.review_date, kept.version) == (
        contract.end_date, contract.review_date, contract.version)


def test_moving_from_a_stale_copy_is_a_conflict(db, ann):
    f = follow_up(db, ann, date(2026, 5, 4))
    m = meet(db, ann, datetime(2026, 5, 4, 10, tzinfo=UTC))
    with db.write() as s:
        followups.update_followup(session=s, followup_id=f.id, changes={"note": "Changed"},
                                  expected_version=f.version)
        meetings.update_meeting(session=s, meeting_id=m.id, changes={"title": "Changed"},
                                expected_version=m.version)
    with pytest.raises(ConflictError):
        move(db, DueKind.FOLLOWUP, f.id, date(2026, 5, 9), f.version)
    with pytest.raises(ConflictError):
        move(db, DueKind.MEETING, m.id, date(2026, 5, 9), m.version)
    with db.read() as s:
        assert followups.get_followup(session=s, followup_id=f.id).due_date == date(2026, 5, 4)
        kept = meetings.get_meeting(session=s, meeting_id=m.id).meeting
    assert kept.starts_at == datetime(2026, 5, 4, 10, tzinfo=UTC)


# --- both dialects -----------------------------------------------------------------


def test_the_calendar_sql_on_both_dialects(any_db):
    db = any_db
    dates.set_local_zone("Europe/London")
    added = datetime(2028, 2, 10, 9, tzinfo=UTC)
    with dates.fixed_now(added), db.write() as s:
        ann = contacts.create_contact(session=s, data={"name": "Ann", "cadence_days": 3}).id
    dates.fix_now(datetime(2028, 2, 20, 9, tzinfo=UTC))
    today = dates.today()
    ends = {date(2028, 3, 1): 1, date(2029, 1, 1): 366, date(2028, 3, 5): 0}  # end: notice
    made = {new_contract(db, ann, end_date=end, notice_days=notice, title=str(end)).id:
            end - timedelta(days=notice) for end, notice in ends.items()}
    change = date(2028, 3, 26)  # London's clocks go forward
    night = dates.local_datetime(change + timedelta(days=1), time(0, 30))
    assert dates.to_utc(night).date() == change  # the UTC day is the day before
    meet(db, ann, dates.to_utc(night), "Europe/London")
    late = follow_up(db, ann, today - timedelta(days=2))
    first, last = date(2027, 12, 1), date(2028, 3, 31)

    found = items(db, first, last)
    assert {i.record_id: i.day for i in found if i.kind == DueKind.CANCEL_BY} == made
    assert [i.day for i in found if i.kind == DueKind.MEETING] == [change + timedelta(days=1)]
    assert counts(db, first, last) == counted(found)
    with db.read() as s:
        overdue = calendar.overdue_followups(session=s, today=today)
        quiet = calendar.gone_quiet(session=s, today=today)
        action = calendar.contracts_needing_action(session=s, today=today, days=30)
    assert [i.record_id for i in overdue] == [late.id]
    assert [(i.record_id, i.day) for i in quiet] == [
        (ann, dates.to_local(added).date() + timedelta(days=3))]
    horizon = today + timedelta(days=30)
    # End 2028-03-01: cancel-by the leap day first; end 2028-03-05 without notice: its end;
    # the long notice (cancel-by 2028-01-01) has passed and its end is beyond the horizon.
    assert [(i.kind, i.day) for i in action] == [
        (DueKind.CANCEL_BY, date(2028, 2, 29)), (DueKind.RENEWAL, date(2028, 3, 5))]
    assert all(today <= i.day <= horizon for i in action)


def test_a_follow_ups_deal_is_looked_up_not_read_from_every_deal(db, ann):
    """Most deals have no next step: SQLite's statistics of an index of every
    deal's (NULL) next step made it read all the deals for each follow-up on
    Today (0.35 s at 50k deals); the index of the deals that have one is used."""
    today = date(2026, 3, 10)
    follow_up(db, ann, today - timedelta(days=1))
    with db.write() as s:
        stage = s.execute(sa.text("SELECT min(id) FROM deal_stage")).scalar_one()
        s.execute(sa.text(
            "INSERT INTO deal (title, contact_id, value_minor, currency, probability, stage_id,"
            " outcome, lost_reason, source, notes, version, created_at, updated_at) "
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "SELECT 'Deal ' || i, :contact, 100, 'EUR', NULL, :stage, 'open', '', NULL, '',"
            " 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n"),
            {"contact": ann, "stage": stage})
        s.execute(sa.text("ANALYZE"))
    plans = sqlite_plans(db, lambda s: calendar.overdue_followups(session=s, today=today))
    (plan,) = [p for p in plans if "follow_up" in p]
    assert "SEARCH deal USING INDEX ix_deal_next_step" in plan and "SCAN deal" not in plan


def test_a_read_in_a_write_sees_the_changes_made_before_it(db, ann):
    """Today's reads run SQL compiled ahead on SQLite (``SessionRows``), past the
    session's autoflush: a change not yet flushed must still be seen, as
    SQLAlchemy's own execution would see it."""
    today = date(2026, 3, 10)
    later = follow_up(db, ann, today + timedelta(days=5))
    with db.write() as s:
        s.get(FollowUp, later.id).due_date = today - timedelta(days=1)  # not flushed yet
        overdue = calendar.overdue_followups(session=s, today=today)
        s.rollback()
    assert [i.record_id for i in overdue] == [later.id]
