"""The health score: four factors, their points worked out here, and why.

The clock is pinned to NOW (local days are London days); contacts are added
ADDED, 100 days earlier. Each expected point count is computed from the
factor's rule in services/metrics_health.py and the records made here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tuicrm import dates
from tuicrm.errors import NotFoundError
from tuicrm.services import contacts, contracts, followups, interactions, satisfaction
from tuicrm.services.metrics_health import (
    RENEWAL_WINDOW_DAYS,
    health_score,
    health_scores,
)

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
TODAY = date(2026, 6, 15)
ADDED = NOW - timedelta(days=100)


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def person(any_db, name: str, **extra: Any) -> int:
    with dates.fixed_now(ADDED), any_db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **extra}).id


def respond(s, who: int, kind: str, score: int, days_ago: int) -> None:
    satisfaction.record_response(session=s, data={
        "contact_id": who, "kind": kind, "score": score,
        "responded_at": NOW - timedelta(days=days_ago)})


def points(health) -> dict[str, int]:
    return {f.factor: f.points for f in health.factors}


def explained(health) -> dict[str, str]:
    return {f.factor: f.explanation for f in health.factors}


def test_an_unhealthy_client_and_why(any_db):
    ann = person(any_db, "Ann")
    with any_db.write() as s:
        interactions.log_interaction(session=s, data={
            "contact_id": ann, "kind": "call", "occurred_at": NOW - timedelta(days=45)})
        for days in (12, 3):
            followups.create_followup(session=s, data={
                "contact_id": ann, "due_date": TODAY - timedelta(days=days)})
        done = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": TODAY - timedelta(days=30)})
        followups.complete_followup(session=s, followup_id=done.id)
        followups.create_followup(session=s, data={"contact_id": ann, "due_date": TODAY})
        # cancel-by: 40 days to the end, 10 days' notice -> 30 days from today
        contracts.create_contract(session=s, data={
            "contact_id": ann, "title": "Retainer", "status": "active",
            "start_date": date(2025, 7, 1), "end_date": TODAY + timedelta(days=40),
            "notice_days": 10})
        # cancel-by long past, but renewed: nothing to worry about (its renewal runs a year)
        old = contracts.create_contract(session=s, data={
            "contact_id": ann, "title": "Old", "status": "active",
            "start_date": date(2025, 7, 1), "end_date": TODAY + timedelta(days=5),
            "notice_days": 30})
        contracts.renew_contract(session=s, contract_id=old.id)
        respond(s, ann, "csat", 1, days_ago=20)
        respond(s, ann, "nps", 8, days_ago=2)  # the latest counts
    with any_db.read() as s:
        health = health_score(session=s, contact_id=ann, today=TODAY)

    cadence, late = 30, 45 - 30  # a client's default cadence
    expected = {
        "Last touch": round(30 * (cadence - late) / cadence),
        "Follow-ups": max(0, 20 - 10 * 2),
        "Renewal": round(30 * 30 / RENEWAL_WINDOW_DAYS),
        "Satisfaction": round(20 * 8 / 10),
    }
    assert points(health) == expected == {"Last touch": 15, "Follow-ups": 0, "Renewal": 15,
                                          "Satisfaction": 16}
    assert health.score == sum(expected.values()) == 46
    assert [f.max_points for f in health.factors] == [30, 20, 30, 20]
    why = explained(health)
    assert why["Last touch"] == "last touch 45 days ago, every 30 days: 15 days late"
    assert why["Follow-ups"] == "2 follow-ups overdue, the oldest by 12 days"
    assert why["Renewal"] == "cancel-by date of “Retainer” is in 30 days; no renewal recorded yet"
    assert why["Satisfaction"].startswith("latest NPS 8 of 10 on ")


def test_a_healthy_relationship_scores_100(any_db):
    bo = person(any_db, "Bo", cadence_days=30)
    with any_db.write() as s:
        interactions.log_interaction(session=s, data={
            "contact_id": bo, "kind": "email", "occurred_at": NOW - timedelta(days=1)})
        respond(s, bo, "csat", 5, days_ago=1)
    with any_db.read() as s:
        health = health_score(session=s, contact_id=bo, today=TODAY)
    assert health.score == 100
    why = explained(health)
    assert why["Last touch"] == "last touch 1 day ago, every 30 days: next due in 29 days"
    assert why["Follow-ups"] == "no follow-up overdue"
    assert why["Renewal"] == "no active contract waiting on a renewal"


def test_never_touched_a_passed_cancel_by_and_no_survey(any_db):
    cy = person(any_db, "Cy", cadence_days=7)
    with any_db.write() as s:
        contracts.create_contract(session=s, data={
            "contact_id": cy, "title": "Site", "status": "active",
            "start_date": date(2025, 1, 1), "end_date": TODAY + timedelta(days=10),
            "notice_days": 30})  # cancel-by 20 days ago
    with any_db.read() as s:
        health = health_score(session=s, contact_id=cy, today=TODAY)
    assert points(health) == {"Last touch": 0, "Follow-ups": 20, "Renewal": 0,
                              "Satisfaction": 10}
    why = explained(health)
    assert why["Last touch"] == "never touched; added 100 days ago, every 7 days: 93 days late"
    assert why["Renewal"] == ("cancel-by date of “Site” passed 20 days ago and no renewal "
                              "is recorded")
    assert why["Satisfaction"] == "no satisfaction response yet (neutral)"


def test_many_at_once_and_a_deleted_contact(any_db):
    ann, bo, gone = (person(any_db, n, cadence_days=10) for n in ("Ann", "Bo", "Gone"))
    with any_db.write() as s:
        interactions.log_interaction(session=s, data={
            "contact_id": ann, "kind": "note", "occurred_at": NOW - timedelta(days=15)})
        contacts.delete_contact(session=s, contact_id=gone)
    with any_db.read() as s:
        found = health_scores(session=s, contact_ids=[ann, bo, gone], today=TODAY)
        with pytest.raises(NotFoundError):
            health_score(session=s, contact_id=gone, today=TODAY)
    assert set(found) == {ann, bo}
    assert points(found[ann])["Last touch"] == round(30 * (10 - 5) / 10)  # 5 days late
    assert points(found[bo])["Last touch"] == 0  # 90 days late
