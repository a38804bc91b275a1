"""Revenue over a period: by month (for a chart), and the top clients and customers.

Contract billing and purchases are kept apart, and every amount is per
currency. Billing follows :func:`~tuicrm.services.metrics.billed_to_date`
(what a contract billed in a span is what it had billed by the span's last
day minus what it had billed the day before the span began, never counting
past ``today``); purchases are orders (live, not pending sales) at their net
amount, in the span where they were sold. Deleted contacts are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Contract, Sale
from tuicrm.services.common import live
from tuicrm.services.metrics import (
    MAX_MONTHS,
    billed_sql,
    bills_between,
    check_period,
    day_before,
    net_amount,
    order_condition,
    period_bounds,
)

__all__ = ["MonthRevenue", "Ranked", "revenue_by_month", "top_clients", "top_customers"]

MAX_TOP = 100


@dataclass(frozen=True)
class MonthRevenue:
    month: date  # the month's first day
    first_day: date  # the first day counted (the period's, if it starts within the month)
    last_day: date  # the last day counted
    recurring: dict[str, int] = field(default_factory=dict)  # contract billing
    one_off: dict[str, int] = field(default_factory=dict)  # purchases, net of refunds


@dataclass(frozen=True)
class Ranked:
    contact_id: int
    name: str
    amount: int  # minor units of the currency it is listed under


def revenue_by_month(
    *, session: Session, period_start: date, period_end: date, today: date,
) -> list[MonthRevenue]:
    """Revenue of every month the period touches, split recurring / one-off, per currency.

    Definition: a month's **recurring** revenue is what contracts billed on
    its days (the monthly, quarterly or yearly charge that fell due in it,
    and a one-off contract's fee in the month it started): contract billing
    as a whole, the client side of the business. Its **one-off** revenue is
    the net amount of the orders sold in it (a refund lowers the month of its
    sale). The first and last months are cut to the period, so the months
    add up to the period's figures. Nothing is billed after ``today``.
    Two queries, at most :data:`~tuicrm.services.metrics.MAX_MONTHS` months.
    """
    buckets = _months(period_start, period_end)
    spans = sa.union_all(*[
        sa.select(sa.literal(i).label("i"),
                  sa.literal(min(last, today), sa.Date).label("upto"),
                  sa.literal(min(day_before(first), today), sa.Date).label("before"))
        for i, (_, first, last) in enumerate(buckets)
    ]).cte("spans")
    billed = session.execute(
        sa.select(spans.c.i, Contract.currency,
                  sa.func.sum(billed_sql(session, spans.c.upto)
                              - billed_sql(session, spans.c.before)))
        .select_from(Contract).join(Contact, Contact.id == Contract.contact_id)
        .join(spans, bills_between(spans.c.before, spans.c.upto))
        .where(live(Contract), live(Contact)).group_by(spans.c.i, Contract.currency)
    ).all()
    start, end = period_bounds(period_start, period_end)
    bucket = sa.case(*[(Sale.sold_at < dates.day_bounds_utc(last)[1], i)
                       for i, (_, _, last) in enumerate(buckets)])
    sold = session.execute(
        sa.select(bucket, Sale.currency, sa.func.sum(net_amount))
        .join(Contact, Contact.id == Sale.contact_id)
        .where(order_condition(), live(Contact), Sale.sold_at >= start, Sale.sold_at < end)
        .group_by(bucket, Sale.currency)
    ).all()
    recurring: list[dict[str, int]] = [{} for _ in buckets]
    one_off: list[dict[str, int]] = [{} for _ in buckets]
    for target, rows in ((recurring, billed), (one_off, sold)):
        for i, currency, amount in sorted(rows, key=lambda r: (r[0], r[1])):
            if amount:
                target[int(i)][currency] = int(amount)
    return [MonthRevenue(month, first, last, recurring[i], one_off[i])
            for i, (month, first, last) in enumerate(buckets)]


def top_clients(
    *, session: Session, period_start: date, period_end: date, today: date, limit: int = 10,
) -> dict[str, list[Ranked]]:
    """The clients whose contracts billed most in the period, per currency, at most ``limit`` each.

    Definition: a client's value in the period is what their live contracts
    billed on the period's days (up to ``today``), per currency; only clients
    with something billed are listed, largest first (ties by name, then id).
    """
    check_period(period_start, period_end)
    upto, before = min(period_end, today), min(day_before(period_start), today)
    value = sa.func.sum(billed_sql(session, upto) - billed_sql(session, before))
    per_client = (
        sa.select(Contract.contact_id, Contract.currency, value.label("amount"))
        .where(live(Contract), bills_between(before, upto))
        .group_by(Contract.contact_id, Contract.currency)
    )
    return _top(session, per_client.subquery("per_client"), limit)


def top_customers(
    *, session: Session, period_start: date, period_end: date, limit: int = 10,
) -> dict[str, list[Ranked]]:
    """The customers who spent most in the period, per currency, at most ``limit`` each.

    Definition: a customer's spend is the net amount of their orders sold on
    the period's days, per currency; only customers who spent something are
    listed, largest first (ties by name, then id).
    """
    start, end = period_bounds(period_start, period_end)
    per_customer = (
        sa.select(Sale.contact_id, Sale.currency, sa.func.sum(net_amount).label("amount"))
        .where(order_condition(), Sale.sold_at >= start, Sale.sold_at < end)
        .group_by(Sale.contact_id, Sale.currency)
    )
    return _top(session, per_customer.subquery("per_customer"), limit)


def _top(session: Session, amounts: sa.Subquery, limit: int) -> dict[str, list[Ranked]]:
    """The first ``limit`` contacts per currency of ``(contact_id, currency, amount)``."""
    if not 1 <= limit <= MAX_TOP:
        raise ValidationError({"limit": f"from 1 to {MAX_TOP}"})
    ranked = (
        sa.select(amounts, Contact.name, sa.func.row_number().over(
            partition_by=amounts.c.currency,
            order_by=(amounts.c.amount.desc(), Contact.sort_name, Contact.id)).label("place"))
        .join(Contact, Contact.id == amounts.c.contact_id)
        .where(live(Contact), amounts.c.amount > 0).subquery("ranked")
    )
    rows: Any = session.execute(
        sa.select(ranked).where(ranked.c.place <= limit)
        .order_by(ranked.c.currency, ranked.c.place)
    )
    result: dict[str, list[Ranked]] = {}
    for row in rows:
        result.setdefault(row.currency, []).append(
            Ranked(contact_id=row.contact_id, name=row.name, amount=int(row.amount)))
    return result


def _months(period_start: date, period_end: date) -> list[tuple[date, date, date]]:
    """(month, first day counted, last day counted) of each month the period touches."""
    check_period(period_start, period_end)
    month = period_start.replace(day=1)
    result = []
    while month <= period_end:
        following = dates.add_months(month, 1)
        result.append((month, max(month, period_start), min(day_before(following), period_end)))
        month = following
    if len(result) > MAX_MONTHS:
        raise ValidationError({"period_end": f"a monthly breakdown covers at most "
                               f"{MAX_MONTHS // 12} years"})
    return result
