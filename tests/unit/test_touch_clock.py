"""The stay-in-touch clock each contact keeps (services.touch_clock).

Every write that adds, moves, deletes or restores a touch must leave each
contact's stored clock equal to what its touches say; a clock that no longer
holds (a planned meeting has taken place, or nothing was ever worked out)
must still give the right due day, read live. The oracle here is plain
Python over the touches' moments, read back from the database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from tuicrm import dates
from tuicrm.dates import aware
from tuicrm.models import Contact, Contract, Interaction, Meeting, MeetingAttendee, Role, Sale
from tuicrm.services import (
    cadence,
    contacts,
    contracts,
    interactions,
    meetings,
    sales,
    touch_clock,
)

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def _touch_moments(s, contact_id: int) -> list[datetime]:
    """Every live touch of the contact, from the rows themselves."""
    moments = list(s.scalars(sa.select(Interaction.occurred_at).where(
        Interaction.contact_id == contact_id, Interaction.deleted_at.is_(None))))
    moments += s.scalars(sa.select(Meeting.starts_at).join(
        MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id).where(
        MeetingAttendee.contact_id == contact_id, Meeting.deleted_at.is_(None)))
    moments += s.scalars(sa.select(Sale.sold_at).where(
        Sale.contact_id == contact_id, Sale.deleted_at.is_(None)))
    return [dates.to_utc(aware(m)) for m in moments]


def _role(s, contact_id: int) -> Role:
    """What the contact's live contracts and sales make it, from the rows themselves."""
    def has(model) -> bool:
        return s.scalar(sa.select(sa.func.count()).select_from(model).where(
            model.contact_id == contact_id, model.deleted_at.is_(None))) > 0
    client, customer = has(Contract), has(Sale)
    return (Role.BOTH if client and customer else Role.CLIENT if client
            else Role.CUSTOMER if customer else Role.LEAD)


def assert_clocks_hold(db) -> None:
    """Each contact's stored clock and kept role are what its records say now, or
    the clock is marked out of date."""
    now = dates.utcnow()
    with db.read() as s:
        for contact in s.scalars(sa.select(Contact)):
            if contact.touch_clock_at is None:
                continue  # worked out live by the readers
            moments = _touch_moments(s, contact.id)
            past = [m for m in moments if m <= now]
            ahead = [m for m in moments if m > now]
            assert contact.last_touch_at == (max(past) if past else None), contact.name
            assert contact.touch_clock_at == (max(past) if past else contact.created_at)
            assert contact.next_touch_at == (min(ahead) if ahead else None), contact.name
            assert contact.kept_role == _role(s, contact.id), contact.name


def _contact(db, name: str, **extra) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **extra}).id


def _sale(s, contact_id: int, when: datetime) -> Sale:
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when, "currency": "EUR",
        "lines": [{"description": "Poster", "unit_price_minor": 25_00}]})


def test_every_kind_of_write_keeps_the_clocks(any_db) -> None:
    ada, bea, cy = (_contact(any_db, n) for n in ("Ada", "Bea", "Cy"))
    assert_clocks_hold(any_db)  # new contacts count from when they were added
    with any_db.write() as s:
        sale = _sale(s, ada, NOW - 40 * DAY)
        call = interactions.log_interaction(session=s, data={
            "contact_id": bea, "kind": "call", "occurred_at": NOW - 5 * DAY, "subject": "hi"})
        meeting = meetings.create_meeting(session=s, data={
            "title": "Plan", "starts_at": NOW + 3 * DAY, "attendee_ids": [ada, bea]})
    assert_clocks_hold(any_db)
    with any_db.write() as s:  # the sale moves to another customer, and a day earlier
        sales.update_sale(session=s, sale_id=sale.id, expected_version=sale.version,
                          changes={"contact_id": cy, "sold_at": NOW - 41 * DAY})
    assert_clocks_hold(any_db)
    with any_db.write() as s:  # the meeting is brought forward to yesterday, Bea dropped
        meetings.update_meeting(session=s, meeting_id=meeting.id, expected_version=None,
                                changes={"starts_at": NOW - DAY, "attendee_ids": [ada]})
    assert_clocks_hold(any_db)
    with any_db.write() as s:
        interactions.delete_interaction(session=s, interaction_id=call.id)
        meetings.delete_meeting(session=s, meeting_id=meeting.id)
    assert_clocks_hold(any_db)
    with any_db.write() as s:  # undo
        interactions.restore_interaction(session=s, interaction_id=call.id)
        meetings.restore_meeting(session=s, meeting_id=meeting.id)
    assert_clocks_hold(any_db)
    with any_db.read() as s:
        stored = {c.name: c.last_touch_at for c in s.scalars(sa.select(Contact))}
    assert stored == {"Ada": NOW - DAY, "Bea": NOW - 5 * DAY, "Cy": NOW - 41 * DAY}


def test_every_write_to_a_contract_or_sale_keeps_the_role(any_db) -> None:
    ada, bea = (_contact(any_db, n) for n in ("Ada", "Bea"))
    with any_db.write() as s:
        deal = contracts.create_contract(session=s, data={
            "contact_id": ada, "title": "Retainer", "status": "active",
            "start_date": NOW.date(), "currency": "EUR"})
    assert_clocks_hold(any_db)
    with any_db.write() as s:
        sale = _sale(s, ada, NOW - 3 * DAY)
    assert_clocks_hold(any_db)  # Ada: both
    with any_db.write() as s:  # the contract goes to Bea
        deal = contracts.update_contract(session=s, contract_id=deal.id,
                                         changes={"contact_id": bea},
                                         expected_version=deal.version)
    assert_clocks_hold(any_db)
    with any_db.write() as s:
        contracts.delete_contract(session=s, contract_id=deal.id)
        sales.delete_sale(session=s, sale_id=sale.id)
    assert_clocks_hold(any_db)  # both leads again
    with any_db.write() as s:
        contracts.restore_contract(session=s, contract_id=deal.id)
    assert_clocks_hold(any_db)
    with any_db.read() as s:
        kept = {c.name: c.kept_role for c in s.scalars(sa.select(Contact))}
    assert kept == {"Ada": Role.LEAD, "Bea": Role.CLIENT}


def test_a_planned_meeting_counts_once_it_has_taken_place(any_db) -> None:
    """No write happens when the meeting's time comes: the reader sees the stored
    clock no longer holds, works it out live, and the app's refresh stores it."""
    ada = _contact(any_db, "Ada", cadence_days=10)
    with any_db.write() as s:
        _sale(s, ada, NOW - 30 * DAY)
        meetings.create_meeting(session=s, data={
            "title": "Review", "starts_at": NOW + 2 * DAY, "attendee_ids": [ada]})

    def overdue() -> list[str]:
        with any_db.read() as s:
            return [q.name for q in cadence.due_between(session=s, first=None,
                                                        last=dates.today() - DAY)]

    assert overdue() == ["Ada"]  # the meeting is still ahead: 30 days without a touch
    dates.fix_now(NOW + 3 * DAY)
    assert overdue() == []  # it took place yesterday, with no write since
    with any_db.write() as s:
        assert touch_clock.refresh_out_of_date(session=s) == 1
    assert_clocks_hold(any_db)
    with any_db.write() as s:
        assert touch_clock.refresh_out_of_date(session=s) == 0


def test_a_contact_whose_clock_was_never_worked_out_is_still_listed(any_db) -> None:
    """A bulk insert writes no clock: readers work it out from the touches."""
    ada = _contact(any_db, "Ada", cadence_days=10)
    bea = _contact(any_db, "Bea", cadence_days=10)
    with any_db.write() as s:
        _sale(s, ada, NOW - 20 * DAY)
        _sale(s, bea, NOW - 15 * DAY)
        s.execute(sa.update(Contact).values(touch_clock_at=None, last_touch_at=None,
                                            next_touch_at=None).where(Contact.id == ada))
    with any_db.read() as s:
        quiet = cadence.due_between(session=s, first=None, last=dates.today())
    assert [(q.name, q.last_touch) for q in quiet] == [
        ("Ada", NOW - 20 * DAY), ("Bea", NOW - 15 * DAY)]  # earliest due first, merged


def test_role_cadences_and_own_cadences_merge_in_due_order(any_db) -> None:
    """Clients (30 days), customers (90) and a contact's own cadence are read
    apart; the answer is one list, earliest due first, cut at the limit."""
    from tuicrm.services import contracts

    client = _contact(any_db, "Client")
    customer = _contact(any_db, "Customer")
    own = _contact(any_db, "Own", cadence_days=7)
    with any_db.write() as s:
        contracts.create_contract(session=s, data={
            "contact_id": client, "title": "Retainer", "start_date": dates.today() - 200 * DAY,
            "currency": "EUR"})
        interactions.log_interaction(session=s, data={
            "contact_id": client, "kind": "call", "occurred_at": NOW - 35 * DAY,
            "subject": "x"})  # due 5 days ago
        _sale(s, customer, NOW - 100 * DAY)  # due 10 days ago
        interactions.log_interaction(session=s, data={
            "contact_id": own, "kind": "call", "occurred_at": NOW - 8 * DAY,
            "subject": "x"})  # due yesterday
    with any_db.read() as s:
        quiet = cadence.due_between(session=s, first=None, last=dates.today())
        assert [q.name for q in quiet] == ["Customer", "Client", "Own"]
        assert [q.cadence_days for q in quiet] == [90, 30, 7]
        first_two = cadence.due_between(session=s, first=None, last=dates.today(), limit=2)
        assert [q.name for q in first_two] == ["Customer", "Client"]
        due_yesterday = dates.today() - DAY
        assert [q.name for q in cadence.due_between(
            session=s, first=due_yesterday, last=due_yesterday)] == ["Own"]


def test_undoing_a_sales_import_takes_its_sales_off_the_clocks(any_db) -> None:
    """The undo deletes the imported sales in bulk, which no flush sees."""
    from tuicrm.interop.csv_import import read_csv
    from tuicrm.services.import_runs import undo_last_import
    from tuicrm.services.importing import apply_import

    ada = _contact(any_db, "Ada", cadence_days=10)
    with any_db.write() as s:
        _sale(s, ada, NOW - 30 * DAY)
    source = read_csv(b"Customer,Date,Amount\nAda,2026-02-28,5\n", name="sales.csv",
                      target="sales")
    with any_db.write() as s:
        apply_import(session=s, source=source, mode="upsert", currency="EUR")
    assert_clocks_hold(any_db)
    with any_db.read() as s:
        assert s.get(Contact, ada).last_touch_at.date() == datetime(2026, 2, 28).date()
    with any_db.write() as s:
        undo_last_import(session=s)
    assert_clocks_hold(any_db)
    with any_db.read() as s:
        assert s.get(Contact, ada).last_touch_at == NOW - 30 * DAY
        assert [q.name for q in cadence.due_between(session=s, first=None,
                                                    last=dates.today())] == ["Ada"]


@pytest.mark.postgres
def test_two_writers_touching_one_contact_at_once_both_count(pg_db) -> None:
    """PostgreSQL: the second writer's clock waits for the first's lock and must
    then see the first's touch (not its own snapshot from before the wait)."""
    import threading
    import time

    ada = _contact(pg_db, "Ada")
    first_flushed, first_may_commit = threading.Event(), threading.Event()

    def first_writer() -> None:
        with pg_db.write() as s:
            interactions.log_interaction(session=s, data={
                "contact_id": ada, "kind": "call", "occurred_at": NOW - DAY, "subject": "a"})
            first_flushed.set()  # its clock update holds Ada's row until it commits
            first_may_commit.wait(10)

    thread = threading.Thread(target=first_writer)
    thread.start()
    assert first_flushed.wait(10)
    second = threading.Thread(target=lambda: _second_writer(pg_db, ada))
    second.start()
    time.sleep(0.5)  # the second writer is now waiting for Ada's row
    first_may_commit.set()
    thread.join(10)
    second.join(10)
    assert_clocks_hold(pg_db)
    with pg_db.read() as s:
        assert s.get(Contact, ada).last_touch_at == NOW - DAY  # the call, not the older sale


def _second_writer(db, contact_id: int) -> None:
    with db.write() as s:
        _sale(s, contact_id, NOW - 10 * DAY)


def test_two_terminals_adding_touches_for_one_contact_do_not_deadlock(pg_db) -> None:
    """PostgreSQL: a row that points at a contact holds a KEY SHARE lock on it
    until commit. The clock's lock must not wait for that, or two terminals each
    adding a sale for one customer wait for each other (a deadlock)."""
    import threading
    import time

    ada = _contact(pg_db, "Ada")
    first_inserted, first_may_refresh = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def first_terminal() -> None:
        try:
            with pg_db.write() as s:
                # Core, as an import does: the row's foreign key locks Ada (KEY SHARE)
                s.execute(sa.insert(Interaction).values(
                    contact_id=ada, kind="call", occurred_at=NOW - DAY, subject="a",
                    created_at=NOW, updated_at=NOW, version=1))
                first_inserted.set()
                first_may_refresh.wait(10)
                touch_clock.refresh(s, [ada])
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    def second_terminal() -> None:
        try:
            with pg_db.write() as s:
                _sale(s, ada, NOW - 10 * DAY)  # its insert and its clock refresh
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    first = threading.Thread(target=first_terminal)
    first.start()
    assert first_inserted.wait(10)
    second = threading.Thread(target=second_terminal)
    second.start()
    time.sleep(0.5)  # the second terminal's refresh is under way
    first_may_refresh.set()
    first.join(20)
    second.join(20)
    assert failures == []
    assert_clocks_hold(pg_db)
    with pg_db.read() as s:
        assert s.get(Contact, ada).last_touch_at == NOW - DAY
