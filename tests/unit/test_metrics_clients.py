"""Client metrics: billing to date, MRR, lifetime value, renewals, referrals, NPS and CSAT.

Run on SQLite and PostgreSQL. Expected amounts are worked out here from each
contract's start day, cycle and amount (the cycle days are listed in comments).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contract
from tuicrm.services import contacts, contracts, sales, satisfaction
from tuicrm.services.metrics import (
    billed_sql,
    billed_to_date,
    bills_between,
    round_ratio,
    runs_on,
)
from tuicrm.services.metrics_clients import (
    lifetime_value,
    monthly_recurring_revenue,
    referrals,
    renewal_rate,
)
from tuicrm.services.metrics_satisfaction import csat, nps

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def person(s, name: str, **extra: Any) -> int:
    return contacts.create_contact(session=s, data={"name": name, **extra}).id


def contract(s, contact_id: int, start: date, cycle: str, amount: int, currency: str = "EUR",
             **extra: Any) -> Contract:
    return contracts.create_contract(session=s, data={
        "contact_id": contact_id, "title": f"{cycle} {amount}", "status": "active",
        "start_date": start, "billing_cycle": cycle, "amount_minor": amount,
        "currency": currency, **extra})


def sale(s, contact_id: int, price: int, currency: str = "EUR", when: datetime = NOW):
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when - timedelta(days=1), "currency": currency,
        "lines": [{"description": "Item", "unit_price_minor": price}]})


def test_billing_in_sql_matches_the_definition_on_every_day(any_db):
    starts = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 15), date(2024, 11, 30)]
    with any_db.write() as s:
        who = person(s, "Client")
        made = []
        for start in starts:
            for cycle in ("monthly", "quarterly", "yearly", "one_off"):
                made.append(contract(s, who, start, cycle, 100))
                made.append(contract(s, who, start, cycle, 100, end_date=date(2025, 5, 30)))
            ended = contract(s, who, start, "monthly", 100, end_date=date(2026, 12, 31))
            contracts.end_contract(session=s, contract_id=ended.id, on=date(2025, 2, 28))
        contract(s, who, date(2024, 1, 1), "monthly", 100, status="draft")
    days = [date(2023, 12, 31) + timedelta(days=n) for n in range(0, 900, 3)]
    days += [date(2025, 2, 28), date(2025, 3, 31), date(2025, 4, 30), date(2024, 2, 29)]
    with any_db.read() as s:
        rows = list(s.scalars(sa.select(Contract)))
        for day in days:
            in_sql = dict(s.execute(sa.select(Contract.id, billed_sql(s, day))).all())
            assert in_sql == {c.id: billed_to_date(c, day) for c in rows}, day


def test_the_billing_filter_only_leaves_out_contracts_that_bill_nothing(any_db):
    """Reports work billing out only for :func:`bills_between` contracts: every
    contract it leaves out must bill nothing between the two days (definition:
    :func:`billed_to_date`), so the period sums stay exactly the same."""
    starts = [date(2024, 1, 31), date(2024, 2, 29), date(2024, 11, 30), date(2025, 3, 1)]
    with any_db.write() as s:
        who = person(s, "Client")
        for start in starts:
            for cycle in ("monthly", "quarterly", "yearly", "one_off"):
                contract(s, who, start, cycle, 100)
                contract(s, who, start, cycle, 100, end_date=date(2025, 5, 30))
                contract(s, who, start, cycle, 100, status="draft")
                ended = contract(s, who, start, cycle, 100, end_date=date(2026, 12, 31))
                contracts.end_contract(session=s, contract_id=ended.id,
                                       on=max(start + timedelta(days=40), date(2025, 2, 28)))
    befores = [date(2023, 12, 31) + timedelta(days=n) for n in range(0, 900, 7)]
    befores += [date(2025, 2, 27), date(2025, 2, 28), date(2025, 5, 29), date(2025, 5, 30),
                date(2024, 1, 30), date(2024, 1, 31), date(2025, 2, 28), date(2025, 3, 1)]
    with any_db.read() as s:
        rows = {c.id: c for c in s.scalars(sa.select(Contract))}
        for before in befores:
            for span in (0, 1, 29, 31, 92, 400):
                upto = before + timedelta(days=span)
                kept = set(s.scalars(sa.select(Contract.id).where(bills_between(before, upto))))
                left_out = {i: billed_to_date(c, upto) - billed_to_date(c, before)
                            for i, c in rows.items() if i not in kept}
                assert set(left_out.values()) <= {0}, (before, upto, left_out)
        assert len(kept) < len(rows)  # it does leave some out


def test_mrr_counts_each_cycle_as_its_monthly_equivalent(any_db):
    with any_db.write() as s:
        ann, bo = person(s, "Ann"), person(s, "Bo")
        contract(s, ann, date(2026, 1, 1), "monthly", 1000_00)
        contract(s, ann, date(2026, 2, 1), "quarterly", 3000_00)  # 1000.00 a month
        contract(s, bo, date(2025, 7, 1), "yearly", 1000_01)  # 83.33416... a month
        contract(s, bo, date(2026, 1, 1), "monthly", 50_00, "USD")
        # none of these is recurring revenue today
        contract(s, ann, date(2026, 1, 1), "one_off", 5000_00)
        contract(s, ann, date(2026, 1, 1), "monthly", 99_00, status="draft")
        contract(s, ann, date(2026, 7, 1), "monthly", 99_00)  # not started
        contract(s, ann, date(2025, 1, 1), "monthly", 99_00, end_date=date(2026, 6, 14))
        ended = contract(s, bo, date(2026, 1, 1), "monthly", 99_00)
        contracts.end_contract(session=s, contract_id=ended.id, on=date(2026, 5, 1))
        gone = contract(s, bo, date(2026, 1, 1), "monthly", 99_00)
        contracts.delete_contract(session=s, contract_id=gone.id)
    with any_db.read() as s:
        mrr = monthly_recurring_revenue(session=s, on=TODAY)
        ann_only = monthly_recurring_revenue(session=s, on=TODAY, contact_id=ann)
    yearly_eur = 1000_00 * 12 + 3000_00 * 4 + 1000_01  # exact, rounded once below
    expected = Fraction(yearly_eur, 12)
    assert mrr == {"EUR": int(expected + Fraction(1, 2)), "USD": 50_00}
    assert mrr["EUR"] == 2083_33  # 2000.00 + 83.334166...
    assert ann_only == {"EUR": 1000_00 + 3000_00 // 3}


@pytest.mark.parametrize(("numerator", "denominator", "expected"), [
    (7, 2, 4), (5, 2, 3), (-5, 2, -3), (1, 3, 0), (2, 3, 1), (12_000_001, 12, 1_000_000),
])
def test_rounding_halves_away_from_zero(numerator, denominator, expected):
    assert round_ratio(numerator, denominator) == expected


def test_lifetime_value_of_a_client_who_is_also_a_customer(any_db):
    with any_db.write() as s:
        ann = person(s, "Ann")
        # monthly from Jan 15: Jan 15, Feb 15, Mar 15, Apr 15, May 15, Jun 15 by TODAY
        contract(s, ann, date(2026, 1, 15), "monthly", 1000_00)
        # quarterly from 2025-12-01: Dec 1, Mar 1, Jun 1
        contract(s, ann, date(2025, 12, 1), "quarterly", 300_00, "USD")
        contract(s, ann, date(2026, 1, 1), "monthly", 1_00, status="draft")
        kept = sale(s, ann, 50_00)
        sales.refund_sale(session=s, sale_id=kept.id, data={"amount_minor": 20_00})
        returned = sale(s, ann, 9_00, "GBP")
        sales.refund_sale(session=s, sale_id=returned.id, data={"amount_minor": 9_00})
        other = person(s, "Other")
        sale(s, other, 1_000_00)
    with any_db.read() as s:
        value = lifetime_value(session=s, contact_id=ann, today=TODAY)
        earlier = lifetime_value(session=s, contact_id=ann, today=date(2026, 2, 28))
    assert value.contracts == {"EUR": 6 * 1000_00, "USD": 3 * 300_00}
    assert value.purchases == {"EUR": 50_00 - 20_00}  # GBP: all refunded, nothing left
    assert value.total() == {"EUR": 6 * 1000_00 + 30_00, "USD": 900_00}
    assert earlier.contracts == {"EUR": 2 * 1000_00, "USD": 1 * 300_00}  # Jan 15, Feb 15; Dec 1


def test_renewal_rate_over_a_period_with_a_renewal_chain(any_db):
    year = (date(2025, 1, 1), date(2025, 12, 31))
    with any_db.write() as s:
        ann = person(s, "Ann")
        first = contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2025, 12, 31))
        second = contracts.renew_contract(session=s, contract_id=first.id)  # all of 2026
        # reached their end in 2025 and not renewed: ended, terminated early, left active
        ended = contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2025, 6, 30))
        contracts.end_contract(session=s, contract_id=ended.id, on=date(2025, 6, 30))
        cut = contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2025, 12, 31))
        contracts.end_contract(session=s, contract_id=cut.id, on=date(2025, 3, 1),
                               terminated=True)
        contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2025, 9, 30))
        # not in 2025: a draft, one ending in 2026, one without an end
        contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2025, 5, 1),
                 status="draft")
        contract(s, ann, date(2025, 1, 1), "monthly", 100, end_date=date(2026, 3, 31))
        contract(s, ann, date(2025, 1, 1), "monthly", 100)
    with any_db.read() as s:
        rate_2025 = renewal_rate(session=s, period_start=year[0], period_end=year[1],
                                 today=TODAY)
        # 2026 so far: only the one that ended on March 31 (the renewal ends in December)
        rate_2026 = renewal_rate(session=s, period_start=date(2026, 1, 1),
                                 period_end=date(2026, 12, 31), today=TODAY)
    assert (rate_2025.reached_end, rate_2025.renewed, rate_2025.rate) == (4, 1, 1 / 4)
    assert (rate_2026.reached_end, rate_2026.renewed, rate_2026.rate) == (1, 0, 0.0)

    with any_db.write() as s:  # renewing the renewal: the chain goes on
        contracts.renew_contract(session=s, contract_id=second.id)
    with any_db.read() as s:
        later = renewal_rate(session=s, period_start=date(2026, 1, 1),
                             period_end=date(2026, 12, 31), today=date(2027, 1, 5))
        empty = renewal_rate(session=s, period_start=date(2030, 1, 1),
                             period_end=date(2030, 12, 31), today=date(2031, 1, 1))
    assert (later.reached_end, later.renewed) == (2, 1)
    assert (empty.reached_end, empty.rate) == (0, None)
    with pytest.raises(ValidationError), any_db.read() as s:
        renewal_rate(session=s, period_start=year[1], period_end=year[0], today=TODAY)


def test_referrals_and_their_value(any_db):
    with any_db.write() as s:
        ann = person(s, "Ann")
        buyer = person(s, "Buyer", referred_by_id=ann, source="referral")
        client = person(s, "Client", referred_by_id=ann, source="referral")
        gone = person(s, "Gone", referred_by_id=ann)
        stranger = person(s, "Stranger")
        sale(s, buyer, 120_00)
        sale(s, buyer, 5_00, "USD")
        contract(s, client, date(2026, 5, 1), "monthly", 400_00)  # May 1, Jun 1
        contacts.archive_contact(session=s, contact_id=buyer)  # archived: still referred
        assert contacts.delete_contact(session=s, contact_id=gone) == "deleted"
        sale(s, stranger, 999_00)
    with any_db.read() as s:
        made = referrals(session=s, contact_id=ann, today=TODAY)
        none = referrals(session=s, contact_id=stranger, today=TODAY)
    assert made.count == 2
    assert made.value.purchases == {"EUR": 120_00, "USD": 5_00}
    assert made.value.contracts == {"EUR": 2 * 400_00}
    assert (none.count, none.value.total()) == (0, {})


def test_nps_and_csat_from_the_responses_in_a_period(any_db):
    june = (date(2026, 6, 1), date(2026, 6, 30))
    with any_db.write() as s:
        ann, bo = person(s, "Ann"), person(s, "Bo")

        def respond(who: int, kind: str, score: int, when: datetime) -> int:
            return satisfaction.record_response(session=s, data={
                "contact_id": who, "kind": kind, "score": score, "responded_at": when}).id

        nps_scores = [10, 9, 8, 7, 6, 0, 10]
        for i, score in enumerate(nps_scores):
            respond(ann if i % 2 else bo, "nps", score, datetime(2026, 6, 2 + i, tzinfo=UTC))
        respond(ann, "nps", 0, datetime(2026, 5, 31, 22, 30, tzinfo=UTC))  # 23:30 May 31 BST
        respond(ann, "nps", 0, datetime(2026, 6, 30, 23, 30, tzinfo=UTC))  # July 1 in London
        deleted = respond(ann, "nps", 0, datetime(2026, 6, 10, tzinfo=UTC))
        satisfaction.delete_response(session=s, response_id=deleted)
        for score in (5, 4, 3, 1):
            respond(bo, "csat", score, datetime(2026, 6, 5, tzinfo=UTC))
    with any_db.read() as s:
        score = nps(session=s, period_start=june[0], period_end=june[1])
        satisfied = csat(session=s, period_start=june[0], period_end=june[1])
        anns = nps(session=s, period_start=june[0], period_end=june[1], contact_id=ann)
        quiet = csat(session=s, period_start=date(2026, 1, 1), period_end=date(2026, 1, 31))
    promoters = sum(1 for x in nps_scores if x >= 9)
    detractors = sum(1 for x in nps_scores if x <= 6)
    assert (score.responses, score.promoters, score.detractors, score.passives) == (
        7, promoters, detractors, 7 - promoters - detractors)
    assert score.score == round(100 * (promoters - detractors) / 7) == 14
    ann_scores = nps_scores[1::2]  # 9, 7, 0
    assert (anns.responses, anns.score) == (len(ann_scores), round(100 * (1 - 1) / 3))
    assert (satisfied.responses, satisfied.satisfied, satisfied.score) == (4, 2, 50)
    assert satisfied.mean == (5 + 4 + 3 + 1) / 4
    assert (quiet.responses, quiet.score, quiet.mean) == (0, None, None)


def test_nps_rounds_halves_away_from_zero(db):
    with db.write() as s:
        ann = person(s, "Ann")
        for score in (10, 8, 8, 8, 8, 8, 8, 8):  # one promoter in eight: 12.5
            satisfaction.record_response(session=s, data={
                "contact_id": ann, "kind": "nps", "score": score, "responded_at": NOW})
        bo = person(s, "Bo")
        for score in (0, 8, 8, 8, 8, 8, 8, 8):  # one detractor in eight: -12.5
            satisfaction.record_response(session=s, data={
                "contact_id": bo, "kind": "nps", "score": score, "responded_at": NOW})
    with db.read() as s:
        assert nps(session=s, period_start=TODAY, period_end=TODAY, contact_id=ann).score == 13
        assert nps(session=s, period_start=TODAY, period_end=TODAY, contact_id=bo).score == -13


# --- MRR from the dates contracts ran, not from today's status labels ---------------

_DAYS = st.dates(date(2025, 1, 1), date(2027, 12, 31))


@st.composite
def contract_histories(draw: Any) -> dict[str, Any]:
    """One contract as any history may leave it: any status label, begun any day,
    with or without an agreed end, ended for real or not."""
    start = draw(_DAYS)
    end = draw(st.none() | st.dates(start, date(2028, 12, 31)))
    ended_on = draw(st.none() | st.dates(start, date(2028, 12, 31)))
    return {"status": draw(st.sampled_from(["draft", "active", "ended", "terminated", "renewed"])),
            "start_date": start, "end_date": end, "ended_on": ended_on,
            "billing_cycle": draw(st.sampled_from(["monthly", "quarterly", "yearly", "one_off"])),
            "amount_minor": draw(st.integers(1, 10_000_00)),
            "currency": draw(st.sampled_from(["EUR", "GBP"]))}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories=st.lists(contract_histories(), min_size=1, max_size=6),
       days=st.lists(_DAYS, min_size=1, max_size=5))
def test_mrr_on_any_day_is_what_the_contracts_running_that_day_add_up_to(db, histories, days):
    with db.write() as s:
        who = person(s, "Client")
        rows = [Contract(contact_id=who, title="C", **h) for h in histories]
        s.add_all(rows)
    for day in days:
        yearly: dict[str, int] = {}
        for c in rows:
            if runs_on(c, day) and c.billing_cycle != "one_off":
                per_year = {"monthly": 12, "quarterly": 4, "yearly": 1}[c.billing_cycle]
                yearly[c.currency] = yearly.get(c.currency, 0) + c.amount_minor * per_year
        expected = {cur: int(Fraction(v, 12) + Fraction(1, 2)) for cur, v in sorted(yearly.items())}
        with db.read() as s:
            assert monthly_recurring_revenue(session=s, on=day, contact_id=who) == expected, day


def test_a_contract_renewed_early_counts_until_it_ends_and_its_follow_on_from_its_start(any_db):
    with any_db.write() as s:
        who = person(s, "Brewery")
        old = contract(s, who, date(2026, 1, 1), "monthly", 1500_00,
                       end_date=date(2026, 6, 30))
        steady = contract(s, who, date(2026, 1, 1), "monthly", 3390_00)
        new = contracts.renew_contract(session=s, contract_id=old.id)  # early: in June
    assert (steady.id, new.start_date) == (steady.id, date(2026, 7, 1))
    with any_db.read() as s:
        june = monthly_recurring_revenue(session=s, on=TODAY)
        july = monthly_recurring_revenue(session=s, on=date(2026, 7, 15))
        renewed = s.get(Contract, old.id)
    assert str(getattr(renewed.status, "value", renewed.status)) == "renewed"  # the label
    assert june == {"EUR": 4890_00}  # the renewed one still runs (was 3,390.00)
    assert july == {"EUR": 4890_00}  # its follow-on now runs instead


def test_a_past_days_mrr_stays_when_a_contract_is_ended_later(any_db):
    with any_db.write() as s:
        who = person(s, "Client")
        a = contract(s, who, date(2026, 1, 1), "monthly", 1000_00)
        b = contract(s, who, date(2026, 1, 1), "yearly", 1200_00)
    with any_db.read() as s:
        before = monthly_recurring_revenue(session=s, on=date(2026, 5, 31))
    with any_db.write() as s:
        contracts.end_contract(session=s, contract_id=a.id, on=TODAY)
        contracts.end_contract(session=s, contract_id=b.id, on=TODAY, terminated=True)
    with any_db.read() as s:
        assert monthly_recurring_revenue(session=s, on=date(2026, 5, 31)) == before == {
            "EUR": 1100_00}
        assert monthly_recurring_revenue(session=s, on=TODAY + timedelta(days=1)) == {}
