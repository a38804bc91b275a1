"""A contact's timeline and summary, on real SQLite files (and PostgreSQL when set)."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from types import SimpleNamespace

import pytest

from tuicrm import dates
from tuicrm.enums import Role
from tuicrm.errors import NotFoundError
from tuicrm.services import (
    contacts,
    contracts,
    followups,
    interactions,
    meetings,
    sales,
    team,
)
from tuicrm.services.contact_summary import billed_to_date, contact_followups, contact_summary
from tuicrm.services.timeline import list_timeline

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def fixed_today():
    dates.set_local_zone("UTC")
    with dates.fixed_now(NOW):
        yield NOW
    dates.set_local_zone(None)


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=timezone.utc)


def seed(database) -> dict[str, int]:
    """One contact with a record of every kind, at known moments (see the timeline test)."""
    ids: dict[str, int] = {}
    with database.write() as s:
        member = team.create_member(session=s, data={"name": "Olive Owner", "initials": "OO"})
        ann = contacts.create_contact(session=s, data={"name": "Ann", "owner_id": member.id})
        other = contacts.create_contact(session=s, data={"name": "Bo"})
        ids.update(ann=ann.id, other=other.id, member=member.id)
        ids["email"] = interactions.log_interaction(session=s, data={
            "contact_id": ann.id, "kind": "email", "occurred_at": at(6, 1), "subject": "Quote",
            "body": "Here it is", "author_id": member.id}).id
        ids["note"] = interactions.log_interaction(session=s, data={
            "contact_id": ann.id, "kind": "note", "occurred_at": at(3, 1, 9), "body": "Met"}).id
        # Someone else's note: never on Ann's timeline.
        interactions.log_interaction(session=s, data={
            "contact_id": other.id, "kind": "note", "occurred_at": at(6, 2), "body": "Bo"})
        sale = sales.create_sale(session=s, data={
            "contact_id": ann.id, "sold_at": at(4, 10), "currency": "EUR",
            "lines": [{"description": "Poster", "quantity": 2, "unit_price_minor": 25_00},
                      {"description": "Frame", "unit_price_minor": 40_00}]})
        ids["sale"] = sale.id
        ids["refund"] = sales.refund_sale(session=s, sale_id=sale.id, data={
            "amount_minor": 15_00, "reason": "bent frame", "is_return": True}).id  # at NOW
        ids["usd"] = sales.create_sale(session=s, data={
            "contact_id": ann.id, "sold_at": at(5, 20), "currency": "USD",
            "lines": [{"description": "Book", "unit_price_minor": 30_00}]}).id
        ids["pending"] = sales.create_sale(session=s, data={
            "contact_id": ann.id, "sold_at": at(5, 21), "currency": "USD", "status": "pending",
            "lines": [{"description": "Course", "unit_price_minor": 500_00}]}).id
        # Attended by Ann and Bo, owned by nobody; Ann is not the first attendee.
        ids["meeting"] = meetings.create_meeting(session=s, data={
            "title": "Kick-off", "starts_at": at(2, 2, 14), "outcome": "Go",
            "attendee_ids": [other.id, ann.id]}).id
        # A meeting without Ann.
        meetings.create_meeting(session=s, data={
            "title": "Bo only", "starts_at": at(6, 3), "attendee_ids": [other.id]})
        ids["monthly"] = contracts.create_contract(session=s, data={
            "contact_id": ann.id, "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 31), "review_date": date(2026, 5, 1),
            "billing_cycle": "monthly", "amount_minor": 1000_00, "currency": "EUR"}).id
        ids["draft"] = contracts.create_contract(session=s, data={
            "contact_id": ann.id, "title": "Maybe", "start_date": date(2026, 1, 1),
            "billing_cycle": "monthly", "amount_minor": 1_00}).id
        followup = followups.create_followup(session=s, data={
            "contact_id": ann.id, "due_date": date(2026, 6, 10), "note": "Call back"})
        ids["followup"] = followup.id
    with dates.fixed_now(at(6, 12, 8)), database.write() as s:
        followups.complete_followup(session=s, followup_id=ids["followup"])
    return ids


def everything(database, contact_id: int, limit: int = 50) -> list:
    entries, cursor = [], None
    with database.read() as s:
        while True:
            page = list_timeline(session=s, contact_id=contact_id, after=cursor, limit=limit)
            entries.extend(page.items)
            cursor = page.next_cursor
            if cursor is None:
                return entries


def test_timeline_mixes_every_kind_newest_first(db):
    ids = seed(db)
    with db.read() as s:
        page = list_timeline(session=s, contact_id=ids["ann"])
    assert page.next_cursor is None
    assert [(e.kind, e.record_id, e.when) for e in page] == [
        ("refund", ids["refund"], NOW),
        ("followup_done", ids["followup"], at(6, 12, 8)),
        ("email", ids["email"], at(6, 1)),
        ("sale", ids["pending"], at(5, 21)),
        ("sale", ids["usd"], at(5, 20)),
        ("contract_review", ids["monthly"], datetime(2026, 5, 1, tzinfo=timezone.utc)),
        ("sale", ids["sale"], at(4, 10)),
        ("note", ids["note"], at(3, 1, 9)),
        ("meeting", ids["meeting"], at(2, 2, 14)),
        ("contract_started", ids["monthly"], datetime(2026, 1, 31, tzinfo=timezone.utc)),
    ]  # the draft contract has no events; Bo's note and meeting are not here
    by_key = {e.key: e for e in page}
    refund = by_key[f"refund:{ids['refund']}"]
    assert (refund.title, refund.detail, refund.amount_minor, refund.currency,
            refund.sale_id) == ("Return", "bent frame", 15_00, "EUR", ids["sale"])
    sale = by_key[f"sale:{ids['sale']}"]
    assert (sale.title, sale.amount_minor, sale.status) == (
        "Poster ×2, Frame ×1", 90_00, "partially_refunded")
    email = by_key[f"email:{ids['email']}"]
    assert (email.title, email.detail, email.author) == ("Quote", "Here it is", "OO")
    assert by_key[f"meeting:{ids['meeting']}"].detail == "Go"
    assert all(e.when.tzinfo is not None for e in page)


def test_contract_end_and_renewal_events(db):
    ids = seed(db)
    with db.write() as s:
        # an open-ended contract is renewed as of today: the old term ends on June 15
        renewed = contracts.renew_contract(session=s, contract_id=ids["monthly"], changes={
            "start_date": date(2026, 6, 1), "end_date": date(2027, 5, 31)})
        contracts.end_contract(session=s, contract_id=renewed.id, on=date(2026, 6, 14),
                               terminated=True)
    with db.read() as s:
        kinds = {(e.kind, e.record_id): e for e in list_timeline(session=s, contact_id=ids["ann"])}
    assert kinds[("contract_renewed", ids["monthly"])].when == NOW.replace(hour=0)
    assert ("contract_started", renewed.id) in kinds
    ended = kinds[("contract_ended", renewed.id)]
    assert ended.when == datetime(2026, 6, 14, tzinfo=timezone.utc)
    assert ended.status == "terminated"


def test_paging_returns_every_entry_exactly_once(db):
    ids = seed(db)
    with db.write() as s:  # many entries at the same moment, across kinds
        for _ in range(7):
            interactions.log_interaction(session=s, data={
                "contact_id": ids["ann"], "kind": "call", "occurred_at": at(6, 1)})
            followups.complete_followup(session=s, followup_id=followups.create_followup(
                session=s, data={"contact_id": ids["ann"], "due_date": date(2026, 6, 1)}).id)
    whole = everything(db, ids["ann"], limit=500)
    assert len(whole) == 10 + 14
    for size in (1, 2, 3, 7):
        paged = everything(db, ids["ann"], limit=size)
        assert [e.key for e in paged] == [e.key for e in whole]
    assert len({e.key for e in whole}) == len(whole)
    moments = [e.when for e in whole]
    assert moments == sorted(moments, reverse=True)


def test_deleted_rows_are_left_out(db):
    ids = seed(db)
    with db.write() as s:
        interactions.delete_interaction(session=s, interaction_id=ids["email"])
        sales.delete_sale(session=s, sale_id=ids["sale"])  # and its refund with it
        meetings.delete_meeting(session=s, meeting_id=ids["meeting"])
        contracts.delete_contract(session=s, contract_id=ids["monthly"])
        followups.delete_followup(session=s, followup_id=ids["followup"])
    with db.read() as s:
        left = list_timeline(session=s, contact_id=ids["ann"])
    assert [e.key for e in left] == [
        f"sale:{ids['pending']}", f"sale:{ids['usd']}", f"note:{ids['note']}"]


def test_attendee_meetings_are_on_each_attendees_timeline(db):
    ids = seed(db)
    with db.read() as s:
        bo = list_timeline(session=s, contact_id=ids["other"])
    assert [e.title for e in bo if e.kind == "meeting"] == ["Bo only", "Kick-off"]


def test_summary_value_per_currency_role_and_next_followup(db):
    ids = seed(db)
    with db.write() as s:
        later = followups.create_followup(session=s, data={
            "contact_id": ids["ann"], "due_date": date(2026, 6, 20), "note": "Later"}).id
        today = followups.create_followup(session=s, data={
            "contact_id": ids["ann"], "due_date": date(2026, 6, 15), "due_time": time(9, 0),
            "note": "This morning"}).id
    with db.read() as s:
        summary = contact_summary(session=s, contact_id=ids["ann"])
        listed = contact_followups(session=s, contact_id=ids["ann"])
    assert summary.role == Role.BOTH and summary.owner_name == "Olive Owner"
    # 25.00 x 2 + 40.00 - 15.00 refunded; the pending USD sale is not money yet
    assert summary.purchases == {"EUR": 75_00, "USD": 30_00}
    # monthly from Jan 31: Jan 31, Feb 28, Mar 31, Apr 30, May 31 = 5 cycles by Jun 15;
    # the draft contract bills nothing
    assert summary.billed == {"EUR": 5 * 1000_00}
    assert summary.last_touch == at(6, 1)  # the email; a refund is not a touch
    assert (summary.contracts, summary.meetings, summary.sales, summary.open_followups) == (
        2, 1, 3, 2)
    follow = summary.next_followup
    assert (follow.id, follow.note, follow.overdue) == (today, "This morning", True)
    assert [f.id for f in listed] == [today, later, ids["followup"]]


def test_summary_of_a_deleted_contact_is_not_found(db):
    ids = seed(db)
    with db.write() as s:
        contacts.delete_contact(session=s, contact_id=ids["other"])
    with pytest.raises(NotFoundError), db.read() as s:
        contact_summary(session=s, contact_id=ids["other"])


def contract(start, cycle, amount=100, *, end=None, ended_on=None, status="active"):
    return SimpleNamespace(start_date=start, billing_cycle=cycle, amount_minor=amount,
                           end_date=end, ended_on=ended_on, status=status)


@pytest.mark.parametrize(("deal", "today", "expected"), [
    # monthly from Jan 15: Jan 15, Feb 15, Mar 15 by Mar 15 ...
    (contract(date(2026, 1, 15), "monthly"), date(2026, 3, 15), 300),
    # ... but only Jan and Feb on Mar 14
    (contract(date(2026, 1, 15), "monthly"), date(2026, 3, 14), 200),
    # started today: the first cycle is billed; not started yet: nothing
    (contract(date(2026, 1, 15), "monthly"), date(2026, 1, 15), 100),
    (contract(date(2026, 1, 15), "monthly"), date(2026, 1, 14), 0),
    # month ends clamp: Jan 31, Feb 28, Mar 31
    (contract(date(2026, 1, 31), "monthly"), date(2026, 3, 30), 200),
    (contract(date(2026, 1, 31), "monthly"), date(2026, 3, 31), 300),
    # quarterly from Jan 1: Jan 1, Apr 1, Jul 1, Oct 1
    (contract(date(2026, 1, 1), "quarterly"), date(2026, 10, 1), 400),
    (contract(date(2026, 1, 1), "quarterly"), date(2026, 9, 30), 300),
    # yearly from 2024-02-29: 2024, 2025-02-28, 2026-02-28
    (contract(date(2024, 2, 29), "yearly"), date(2026, 3, 1), 300),
    # one-off: once, when started
    (contract(date(2026, 1, 1), "one_off", 5000), date(2027, 1, 1), 5000),
    (contract(date(2026, 1, 1), "one_off", 5000), date(2025, 12, 31), 0),
    # stops at the agreed end, or at the day it really ended
    (contract(date(2026, 1, 1), "monthly", end=date(2026, 3, 31)), date(2027, 1, 1), 300),
    (contract(date(2026, 1, 1), "monthly", end=date(2026, 12, 31), ended_on=date(2026, 2, 1)),
     date(2027, 1, 1), 200),
    # a draft bills nothing
    (contract(date(2026, 1, 1), "monthly", status="draft"), date(2027, 1, 1), 0),
])
def test_billed_to_date(deal, today, expected):
    assert billed_to_date(deal, today) == expected


@pytest.mark.postgres
def test_timeline_paging_and_summary_on_postgres(pg_db):
    ids = seed(pg_db)
    whole = everything(pg_db, ids["ann"], limit=500)
    assert [e.kind for e in whole][:3] == ["refund", "followup_done", "email"]
    assert [e.key for e in everything(pg_db, ids["ann"], limit=3)] == [e.key for e in whole]
    contract_started = whole[-1]
    assert contract_started.when == datetime(2026, 1, 31, tzinfo=timezone.utc)
    with pg_db.read() as s:
        summary = contact_summary(session=s, contact_id=ids["ann"])
    assert summary.purchases == {"EUR": 75_00, "USD": 30_00}
    assert summary.billed == {"EUR": 5 * 1000_00}


def test_timeline_of_a_quiet_contact_is_empty(db):
    with db.write() as s:
        quiet = contacts.create_contact(session=s, data={"name": "Quiet"}).id
    with db.read() as s:
        page = list_timeline(session=s, contact_id=quiet)
        summary = contact_summary(session=s, contact_id=quiet)
    assert page.items == [] and page.next_cursor is None
    assert summary.role == Role.LEAD and summary.last_touch is None
    assert summary.next_followup is None and summary.purchases == {} == summary.billed
