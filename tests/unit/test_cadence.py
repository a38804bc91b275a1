"""Stay-in-touch cadences: every kind of touch resets them, role defaults, who has gone quiet.

A contact is added on ADDED, touched long ago on OLD_TOUCH and looked at on NOW
(the clock is pinned; local days are London days). The due day is always
worked out here from the touch that should count: its local day plus the cadence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Role
from tuicrm.services import (
    cadence,
    calendar,
    contacts,
    contracts,
    interactions,
    meetings,
    sales,
)

ADDED = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
OLD_TOUCH = datetime(2026, 1, 10, 16, 0, tzinfo=UTC)
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
RECENT = NOW - timedelta(days=3, hours=2)  # a touch three days ago


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def local_day(moment: datetime) -> date:
    return dates.to_local(moment).date()


def today() -> date:
    return dates.today()


def add_contact(db, name: str, **extra: Any) -> int:
    with dates.fixed_now(ADDED), db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **extra}).id


# --- touches, each returning (record id, how to delete it) -------------------


def _log(kind: str) -> Callable[..., tuple[int, Callable[..., Any]]]:
    def touch(s, contact_id: int, when: datetime):
        row = interactions.log_interaction(session=s, data={
            "contact_id": contact_id, "kind": kind, "occurred_at": when, "subject": kind})
        return row.id, lambda s2, i: interactions.delete_interaction(session=s2, interaction_id=i)
    return touch


def _attend(s, contact_id: int, when: datetime):
    row = meetings.create_meeting(session=s, data={
        "title": "Catch-up", "starts_at": when, "attendee_ids": [contact_id]})
    return row.id, lambda s2, i: meetings.delete_meeting(session=s2, meeting_id=i)


def _sell(s, contact_id: int, when: datetime):
    row = sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when, "currency": "EUR",
        "lines": [{"description": "Poster", "unit_price_minor": 25_00}]})
    return row.id, lambda s2, i: sales.delete_sale(session=s2, sale_id=i)


TOUCHES = {"call": _log("call"), "email": _log("email"), "message": _log("message"),
           "note": _log("note"), "meeting": _attend, "sale": _sell}


def touch(db, kind: str, contact_id: int, when: datetime) -> tuple[int, Callable[..., Any]]:
    with db.write() as s:
        return TOUCHES[kind](s, contact_id, when)


def due(db, contact_id: int) -> date | None:
    with db.read() as s:
        found = cadence.next_touch_due(session=s, contact_id=contact_id)
    return found.due if found else None


def quiet(db) -> list[int]:
    """Contact ids on the "gone quiet" list today, in its order."""
    with db.read() as s:
        return [i.record_id for i in calendar.gone_quiet(session=s, today=today())]


def due_on(db, day: date) -> list[int]:
    with db.read() as s:
        return [q.contact_id for q in cadence.due_between(session=s, first=day, last=day)]


# --- every kind of touch -------------------------------------------------------


@pytest.mark.parametrize("kind", TOUCHES)
def test_each_kind_of_touch_moves_the_due_day_and_ends_the_quiet(db, kind):
    ann = add_contact(db, "Ann", cadence_days=14)
    touch(db, "note", ann, OLD_TOUCH)
    assert due(db, ann) == local_day(OLD_TOUCH) + timedelta(days=14) < today()
    assert quiet(db) == [ann]

    touch(db, kind, ann, RECENT)

    expected = local_day(RECENT) + timedelta(days=14)
    assert due(db, ann) == expected > today()
    assert quiet(db) == []
    assert due_on(db, expected) == [ann]
    with db.read() as s:
        item, = calendar.due_between(session=s, first=expected, last=expected,
                                     kinds=[calendar.DueKind.STAY_IN_TOUCH]).items
    assert (item.record_id, item.day) == (ann, expected)
    assert local_day(RECENT).isoformat() in item.detail


@pytest.mark.parametrize("kind", ["call", "meeting", "sale"])
def test_a_deleted_touch_no_longer_counts(db, kind):
    ann = add_contact(db, "Ann", cadence_days=14)
    touch(db, "note", ann, OLD_TOUCH)
    record_id, delete = touch(db, kind, ann, RECENT)
    assert quiet(db) == []
    with db.write() as s:
        delete(s, record_id)
    assert due(db, ann) == local_day(OLD_TOUCH) + timedelta(days=14)
    assert quiet(db) == [ann]


@pytest.mark.parametrize("kind", ["meeting", "call"])
def test_a_touch_in_the_future_counts_only_once_it_has_happened(db, kind):
    ann = add_contact(db, "Ann", cadence_days=14)
    touch(db, "note", ann, OLD_TOUCH)
    later = NOW + timedelta(days=2)
    touch(db, kind, ann, later)
    assert due(db, ann) == local_day(OLD_TOUCH) + timedelta(days=14)
    assert quiet(db) == [ann]
    with dates.fixed_now(later + timedelta(hours=1)):
        assert due(db, ann) == local_day(later) + timedelta(days=14)


def test_only_the_latest_touch_of_any_kind_counts(db):
    ann = add_contact(db, "Ann", cadence_days=14)
    latest = NOW - timedelta(days=5)
    touch(db, "meeting", ann, latest - timedelta(days=9))
    touch(db, "call", ann, latest)
    touch(db, "sale", ann, latest - timedelta(days=2))
    assert due(db, ann) == local_day(latest) + timedelta(days=14)


def test_a_meeting_only_touches_its_attendees(db):
    ann = add_contact(db, "Ann", cadence_days=14)
    bo = add_contact(db, "Bo", cadence_days=14)
    touch(db, "meeting", ann, RECENT)
    assert due(db, ann) == local_day(RECENT) + timedelta(days=14)
    assert due(db, bo) == local_day(ADDED) + timedelta(days=14)


def test_a_contact_never_touched_counts_from_when_it_was_added(db):
    ann = add_contact(db, "Ann", cadence_days=14)
    with db.read() as s:
        found = cadence.next_touch_due(session=s, contact_id=ann)
    assert found is not None
    assert found.last_touch is None and found.added == ADDED
    assert found.due == local_day(ADDED) + timedelta(days=14)
    assert found.days_late(today()) == (today() - found.due).days
    assert quiet(db) == [ann]


def test_the_due_day_is_counted_in_local_calendar_days(db):
    dates.set_local_zone("America/New_York")
    ann = add_contact(db, "Ann", cadence_days=10)
    evening = datetime(2026, 2, 20, 3, 30, tzinfo=UTC)  # still the 19th in New York
    touch(db, "call", ann, evening)
    assert local_day(evening) != evening.date()
    expected = local_day(evening) + timedelta(days=10)
    assert due(db, ann) == expected
    assert due_on(db, expected) == [ann]
    assert due_on(db, evening.date() + timedelta(days=10)) == []


# --- defaults per role -----------------------------------------------------------


def make_client(db, name: str, **extra: Any) -> int:
    contact_id = add_contact(db, name, **extra)
    with dates.fixed_now(ADDED), db.write() as s:
        contracts.create_contract(session=s, data={
            "contact_id": contact_id, "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 1), "currency": "EUR"})
    return contact_id


def make_customer(db, name: str) -> int:
    contact_id = add_contact(db, name)
    touch(db, "sale", contact_id, OLD_TOUCH)
    return contact_id


def set_defaults(db, **by_role: int | None) -> None:
    with db.write() as s:
        cadence.set_cadence_defaults(session=s, defaults={Role(r): d for r, d in by_role.items()})


def test_a_client_without_its_own_cadence_gets_the_client_default(db):
    client = make_client(db, "Client Co")
    default = cadence.DEFAULT_CADENCES[Role.CLIENT]
    assert default is not None
    assert due(db, client) == local_day(ADDED) + timedelta(days=default)


def test_customers_and_both_get_their_own_defaults(db):
    buyer = make_customer(db, "Buyer")
    both = make_client(db, "Both Ltd")
    touch(db, "sale", both, OLD_TOUCH)
    assert due(db, buyer) == local_day(OLD_TOUCH) + timedelta(
        days=cadence.DEFAULT_CADENCES[Role.CUSTOMER])
    assert due(db, both) == local_day(OLD_TOUCH) + timedelta(
        days=cadence.DEFAULT_CADENCES[Role.BOTH])


def test_changing_a_default_changes_the_answer_and_none_means_no_cadence(db):
    client = make_client(db, "Client Co")
    set_defaults(db, client=7)
    with db.read() as s:
        assert cadence.cadence_defaults(session=s)[Role.CLIENT] == 7
    assert due(db, client) == local_day(ADDED) + timedelta(days=7)
    assert quiet(db) == [client]

    set_defaults(db, client=None)
    with db.read() as s:
        assert cadence.cadence_defaults(session=s)[Role.CLIENT] is None
    assert due(db, client) is None
    assert quiet(db) == []


def test_a_contact_s_own_cadence_wins_over_its_role_default(db):
    client = make_client(db, "Client Co", cadence_days=60)
    set_defaults(db, client=7)
    assert due(db, client) == local_day(ADDED) + timedelta(days=60)


def test_a_lead_has_no_cadence_until_its_role_gets_a_default(db):
    lead = add_contact(db, "Lead")
    assert cadence.DEFAULT_CADENCES[Role.LEAD] is None
    assert due(db, lead) is None
    assert quiet(db) == []
    set_defaults(db, lead=21)
    assert due(db, lead) == local_day(ADDED) + timedelta(days=21)


def test_archived_and_deleted_contacts_never_show(db):
    archived = add_contact(db, "Archived", cadence_days=14)
    deleted = add_contact(db, "Deleted", cadence_days=14)
    kept = add_contact(db, "Kept", cadence_days=14)
    assert quiet(db) == [archived, deleted, kept]
    with db.write() as s:
        contacts.archive_contact(session=s, contact_id=archived)
        assert contacts.delete_contact(session=s, contact_id=deleted) == "deleted"
    assert quiet(db) == [kept]
    assert due_on(db, local_day(ADDED) + timedelta(days=14)) == [kept]
    with db.read() as s:
        assert cadence.next_touch_due(session=s, contact_id=deleted) is None


@pytest.mark.parametrize("bad", [0, -1, cadence.MAX_CADENCE + 1, "30", 2.5, True])
def test_bad_defaults_are_refused_and_nothing_is_stored(db, bad):
    with db.read() as s:
        before = cadence.cadence_defaults(session=s)
    with pytest.raises(ValidationError) as err, db.write() as s:
        cadence.set_cadence_defaults(session=s, defaults={Role.CUSTOMER: 45, Role.CLIENT: bad})
    assert "client" in err.value.field_errors
    with db.read() as s:
        assert cadence.cadence_defaults(session=s) == before


def test_an_unknown_role_is_refused_in_plain_words(db):
    with pytest.raises(ValidationError, match="not a role"), db.write() as s:
        cadence.set_cadence_defaults(session=s, defaults={"vip": 10})  # type: ignore[dict-item]


def test_the_limits_themselves_are_accepted(db):
    set_defaults(db, lead=1, customer=cadence.MAX_CADENCE)
    with db.read() as s:
        stored = cadence.cadence_defaults(session=s)
    assert (stored[Role.LEAD], stored[Role.CUSTOMER]) == (1, cadence.MAX_CADENCE)


def test_a_contact_s_own_cadence_is_validated(db):
    with pytest.raises(ValidationError) as err:
        add_contact(db, "Ann", cadence_days=0)
    assert "cadence_days" in err.value.field_errors


# --- lists -------------------------------------------------------------------


def test_gone_quiet_lists_the_longest_quiet_first(db):
    touched = {  # name -> (cadence, days since the last touch)
        "Ann": (14, 20), "Bo": (7, 30), "Cy": (30, 35), "Di": (14, 10), "Ed": (5, 40),
    }
    ids = {}
    for name, (every, ago) in touched.items():
        ids[name] = add_contact(db, name, cadence_days=every)
        touch(db, "call", ids[name], NOW - timedelta(days=ago))
    due_days = {name: local_day(NOW - timedelta(days=ago)) + timedelta(days=every)
                for name, (every, ago) in touched.items()}
    expected = sorted((n for n, d in due_days.items() if d < today()),
                      key=lambda n: (due_days[n], ids[n]))
    assert len(expected) == 4  # Di is not due yet

    with db.read() as s:
        listed = calendar.gone_quiet(session=s, today=today())
    assert [i.contact for i in listed] == expected
    assert [i.day for i in listed] == [due_days[n] for n in expected]


def test_due_between_covers_its_range_inclusively_in_due_order(db):
    ids = [add_contact(db, f"C{n}", cadence_days=every) for n, every in enumerate([9, 3, 6, 12])]
    days = {cid: local_day(ADDED) + timedelta(days=every)
            for cid, every in zip(ids, [9, 3, 6, 12], strict=True)}
    first, last = local_day(ADDED) + timedelta(days=3), local_day(ADDED) + timedelta(days=9)
    with db.read() as s:
        found = cadence.due_between(session=s, first=first, last=last)
        capped = cadence.due_between(session=s, first=None, last=last, limit=2)
    in_range = sorted((c for c in ids if first <= days[c] <= last), key=days.__getitem__)
    assert [q.contact_id for q in found] == in_range and len(in_range) == 3
    assert [q.contact_id for q in capped] == in_range[:2]


# --- both dialects -------------------------------------------------------------


def test_latest_touch_and_due_days_in_sql_on_both_dialects(any_db):
    db = any_db
    ann = add_contact(db, "Ann", cadence_days=14)
    bo = add_contact(db, "Bo", cadence_days=14)  # never touched
    cy = make_client(db, "Cy Ltd")  # role default only
    dee = add_contact(db, "Dee")  # a lead: no cadence
    touch(db, "meeting", ann, RECENT - timedelta(days=4))
    touch(db, "sale", ann, RECENT - timedelta(days=1))
    touch(db, "call", ann, RECENT)
    touch(db, "call", ann, NOW + timedelta(days=1))  # not yet a touch
    touch(db, "call", cy, OLD_TOUCH)

    client_default = cadence.DEFAULT_CADENCES[Role.CLIENT]
    assert client_default is not None
    expected = {ann: local_day(RECENT) + timedelta(days=14),
                bo: local_day(ADDED) + timedelta(days=14),
                cy: local_day(OLD_TOUCH) + timedelta(days=client_default)}
    assert {c: due(db, c) for c in (ann, bo, cy, dee)} == {**expected, dee: None}
    with db.read() as s:
        listed = cadence.due_between(session=s, first=None, last=max(expected.values()))
    assert [q.contact_id for q in listed] == sorted(expected, key=lambda c: (expected[c], c))
    assert quiet(db) == sorted((c for c in expected if expected[c] < today()),
                               key=lambda c: (expected[c], c))


def test_role_defaults_in_sql_on_both_dialects(any_db):
    db = any_db
    client = make_client(db, "Client Co")
    buyer = make_customer(db, "Buyer")
    lead = add_contact(db, "Lead")
    set_defaults(db, client=11, customer=None, lead=4)
    assert due(db, client) == local_day(ADDED) + timedelta(days=11)
    assert due(db, buyer) is None
    assert due(db, lead) == local_day(ADDED) + timedelta(days=4)


# --- the month grid's counts -----------------------------------------------------


def grid_counts(db, first: date, last: date) -> dict[date, int]:
    with db.read() as s:
        by_day = calendar.counts_by_day(session=s, first=first, last=last)
    return {d: c[calendar.DueKind.STAY_IN_TOUCH] for d, c in by_day.items()
            if c[calendar.DueKind.STAY_IN_TOUCH]}


def test_grid_counts_fall_on_local_days_across_a_clock_change_on_both_dialects(any_db):
    """Role cadences are counted per day in SQL: a touch at 00:30 local on the
    day London's clocks go forward is still 23:30 UTC the day before."""
    db = any_db
    later = datetime(2026, 4, 20, 12, tzinfo=UTC)
    dates.fix_now(later)  # every touch below is in the past: the clocks hold
    set_defaults(db, lead=5)
    change = date(2026, 3, 29)
    walls = [(change - timedelta(days=1), time(23, 30)), (change, time(0, 30)),
             (change, time(23, 30)), (change + timedelta(days=1), time(0, 30)),
             (change + timedelta(days=1), time(0, 30))]
    moments = [dates.to_utc(dates.local_datetime(day, wall)) for day, wall in walls]
    assert any(m.date() != day for m, (day, _) in zip(moments, walls, strict=True))
    expected: dict[date, int] = {}
    for n, moment in enumerate(moments):
        lead = add_contact(db, f"Lead {n}")
        touch(db, "call", lead, moment)
        due_day = local_day(moment) + timedelta(days=5)
        expected[due_day] = expected.get(due_day, 0) + 1
    own = add_contact(db, "Own", cadence_days=2)
    touch(db, "call", own, dates.to_utc(dates.local_datetime(change, time(0, 0))))
    expected[change + timedelta(days=2)] = expected.get(change + timedelta(days=2), 0) + 1

    first, last = change - timedelta(days=3), change + timedelta(days=10)
    assert grid_counts(db, first, last) == expected
    with db.read() as s:
        listed = cadence.due_between(session=s, first=first, last=last)
    assert grid_counts(db, first, last) == {
        d: sum(1 for q in listed if q.due == d) for d in {q.due for q in listed}}
    one_day = change + timedelta(days=5)
    assert grid_counts(db, one_day, one_day) == {one_day: expected[one_day]}
    assert grid_counts(db, last, first) == {}  # an empty range counts nothing


def test_grid_counts_every_contact_due_however_many(db):
    """The grid's count is not the length of a capped list: 700 leads due on one
    day count 700, where the list of that day holds its 500."""
    from tuicrm.models import ContactCreate
    from tuicrm.services.contact_bulk import insert_contacts

    set_defaults(db, lead=5)
    with db.write() as s:
        insert_contacts(session=s, contacts=[ContactCreate(name=f"Lead {n:03d}")
                                             for n in range(700)])
    due_day = local_day(NOW) + timedelta(days=5)
    with db.read() as s:
        assert len(cadence.due_between(session=s, first=due_day, last=due_day)) == 500
    assert grid_counts(db, due_day - timedelta(days=1), due_day + timedelta(days=1)) == {
        due_day: 700}
