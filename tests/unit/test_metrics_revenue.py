"""Revenue by month (contract billing vs purchases) and the top lists, on SQLite and PostgreSQL.

Local days are London days; each contract's charges in the period are listed
in a comment beside it, and the months' expected figures are added up from them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.services import contacts, contracts, sales
from tuicrm.services.metrics_revenue import (
    Ranked,
    revenue_by_month,
    top_clients,
    top_customers,
)

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
PERIOD = (date(2026, 1, 15), date(2026, 4, 10))


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def person(s, name: str) -> int:
    return contacts.create_contact(session=s, data={"name": name}).id


def contract(s, contact_id: int, start: date, cycle: str, amount: int, currency: str = "EUR",
             **extra: Any) -> int:
    return contracts.create_contract(session=s, data={
        "contact_id": contact_id, "title": cycle, "status": "active", "start_date": start,
        "billing_cycle": cycle, "amount_minor": amount, "currency": currency, **extra}).id


def sale(s, contact_id: int, when: datetime, price: int, currency: str = "EUR", **extra: Any):
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when, "currency": currency,
        "lines": [{"description": "Item", "unit_price_minor": price}], **extra})


def test_revenue_by_month_splits_contract_billing_from_purchases(any_db):
    with any_db.write() as s:
        ann, bo = person(s, "Ann"), person(s, "Bo")
        contract(s, ann, date(2025, 11, 20), "monthly", 100_00)  # Jan 20, Feb 20, Mar 20
        contract(s, ann, date(2026, 1, 10), "quarterly", 300_00, "USD")  # (Jan 10), Apr 10
        contract(s, bo, date(2025, 2, 28), "yearly", 1200_00)  # 2026-02-28
        contract(s, bo, date(2026, 3, 5), "one_off", 500_00)  # Mar 5
        contract(s, bo, date(2026, 1, 1), "monthly", 9_00, status="draft")
        refunded = sale(s, ann, datetime(2026, 1, 20, 10, tzinfo=UTC), 50_00)
        sales.refund_sale(session=s, sale_id=refunded.id, data={"amount_minor": 10_00})
        sale(s, ann, datetime(2026, 2, 2, 10, tzinfo=UTC), 30_00, status="pending")
        sale(s, bo, datetime(2026, 3, 10, 10, tzinfo=UTC), 70_00, "USD")
        # 00:30 on April 1 in London (summer time): April, though March 31 in UTC
        sale(s, bo, datetime(2026, 3, 31, 23, 30, tzinfo=UTC), 20_00)
        sale(s, bo, datetime(2026, 1, 14, 23, 30, tzinfo=UTC), 99_00)  # Jan 14: before
        sale(s, bo, datetime(2026, 4, 10, 23, 30, tzinfo=UTC), 99_00)  # Apr 11 in London
    with any_db.read() as s:
        months = revenue_by_month(session=s, period_start=PERIOD[0], period_end=PERIOD[1],
                                  today=TODAY)
    assert [(m.month, m.first_day, m.last_day) for m in months] == [
        (date(2026, 1, 1), date(2026, 1, 15), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 4, 1), date(2026, 4, 10)),
    ]
    assert [m.recurring for m in months] == [
        {"EUR": 100_00}, {"EUR": 100_00 + 1200_00}, {"EUR": 100_00 + 500_00}, {"USD": 300_00}]
    assert [m.one_off for m in months] == [
        {"EUR": 50_00 - 10_00}, {}, {"USD": 70_00}, {"EUR": 20_00}]


def test_nothing_is_billed_after_today(any_db):
    with any_db.write() as s:
        ann = person(s, "Ann")
        contract(s, ann, date(2026, 1, 20), "monthly", 100_00)  # Jun 20 is after TODAY
        contract(s, ann, date(2026, 1, 10), "monthly", 1_00, "USD")  # Jun 10, not Jul 10
    with any_db.read() as s:
        months = revenue_by_month(session=s, period_start=date(2026, 6, 1),
                                  period_end=date(2026, 7, 31), today=TODAY)
    assert [m.recurring for m in months] == [{"USD": 1_00}, {}]


def test_a_period_is_checked(db):
    with db.read() as s:
        with pytest.raises(ValidationError):
            revenue_by_month(session=s, period_start=PERIOD[1], period_end=PERIOD[0],
                             today=TODAY)
        with pytest.raises(ValidationError):  # more than ten years of months
            revenue_by_month(session=s, period_start=date(2000, 1, 1),
                             period_end=date(2010, 1, 1), today=TODAY)
        with pytest.raises(ValidationError):
            top_customers(session=s, period_start=PERIOD[0], period_end=PERIOD[1], limit=0)


def test_top_clients_by_what_their_contracts_billed_in_the_period(any_db):
    with any_db.write() as s:
        ids = {name: person(s, name) for name in ("Ann", "Bo", "Cy", "Di", "Ed")}
        contract(s, ids["Ann"], date(2026, 1, 1), "monthly", 100_00)  # Feb 1, Mar 1, Apr 1
        contract(s, ids["Bo"], date(2025, 5, 1), "yearly", 250_00)  # next on 2026-05-01: none
        contract(s, ids["Bo"], date(2026, 2, 1), "quarterly", 200_00)  # Feb 1
        contract(s, ids["Cy"], date(2026, 2, 20), "one_off", 300_00)  # Feb 20
        contract(s, ids["Di"], date(2026, 3, 1), "monthly", 40_00, "USD")  # Mar 1, Apr 1
        contract(s, ids["Ed"], date(2026, 5, 1), "monthly", 999_00)  # after the period
    period = {"period_start": date(2026, 2, 1), "period_end": date(2026, 4, 10)}
    with any_db.read() as s:
        top = top_clients(session=s, today=TODAY, limit=2, **period)
        everyone = top_clients(session=s, today=TODAY, **period)
    assert top == {"EUR": [Ranked(ids["Ann"], "Ann", 300_00), Ranked(ids["Cy"], "Cy", 300_00)],
                   "USD": [Ranked(ids["Di"], "Di", 80_00)]}  # a tie goes by name
    assert [(r.name, r.amount) for r in everyone["EUR"]] == [
        ("Ann", 300_00), ("Cy", 300_00), ("Bo", 200_00)]


def test_top_customers_by_net_spend_in_the_period(any_db):
    with any_db.write() as s:
        ids = {name: person(s, name) for name in ("Ann", "Bo", "Cy", "Di")}
        in_period = datetime(2026, 3, 1, 10, tzinfo=UTC)
        sale(s, ids["Ann"], in_period, 80_00)
        sale(s, ids["Ann"], in_period, 30_00)
        big = sale(s, ids["Bo"], in_period, 200_00)
        sales.refund_sale(session=s, sale_id=big.id, data={"amount_minor": 150_00})
        sale(s, ids["Cy"], in_period, 60_00)
        sale(s, ids["Cy"], datetime(2025, 3, 1, tzinfo=UTC), 999_00)  # before the period
        sale(s, ids["Di"], in_period, 5_000, "JPY")
        refunded = sale(s, ids["Di"], in_period, 10_00)
        sales.refund_sale(session=s, sale_id=refunded.id, data={"amount_minor": 10_00})
    with any_db.read() as s:
        top = top_customers(session=s, period_start=PERIOD[0], period_end=PERIOD[1], limit=2)
    assert top == {"EUR": [Ranked(ids["Ann"], "Ann", 110_00), Ranked(ids["Cy"], "Cy", 60_00)],
                   "JPY": [Ranked(ids["Di"], "Di", 5_000)]}
