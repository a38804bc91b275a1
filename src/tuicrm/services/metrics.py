"""Business metrics: each one defined once, with its definition in its docstring.

Rules every metric keeps:

- amounts are integer minor units per currency (``dict[str, int]``, currency
  code to amount); different currencies are never added together, and
  contract billing and purchases are kept apart unless a result names both
  (:class:`~tuicrm.services.metrics_clients.LifetimeValue`);
- figures are computed in SQL with a fixed number of grouped queries, never by
  loading sales or contracts into Python; Python only combines a few result
  rows (and divides, see :func:`round_ratio`);
- deleted records count for nothing, and figures over everyone leave out
  deleted contacts;
- days are local calendar days; a period runs from ``period_start`` to
  ``period_end``, both days included.

Shared definitions:

- an **order** is a live sale that is not pending (paid, partially refunded or
  refunded: a refunded order was still placed); its **net amount** is
  ``total - refunded`` (:data:`net_amount`);
- what a contract has **billed to date**: :func:`billed_to_date`.

Where each metric is defined (one function each, its definition in its docstring):

- :mod:`~tuicrm.services.metrics_clients`: monthly recurring revenue,
  lifetime value (contracts and purchases apart), renewal rate, referrals;
- :mod:`~tuicrm.services.metrics_satisfaction`: NPS, CSAT;
- :mod:`~tuicrm.services.metrics_customers`: the customer view (orders,
  spend, average order, first and last purchase, typical gap, refunds,
  return rate) and segments with their thresholds;
- :mod:`~tuicrm.services.metrics_customer_lists`: a period's orders taken
  together, customers per segment, the re-engage list;
- :mod:`~tuicrm.services.metrics_revenue`: revenue by month, top clients,
  top customers;
- :mod:`~tuicrm.services.metrics_health`: the health score and its factors;
- :mod:`~tuicrm.services.metrics_report`: a period's key figures together.

This module holds what they share: the definitions above and the SQL that
works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import BillingCycle, ContractStatus, SaleStatus
from tuicrm.errors import ValidationError
from tuicrm.models import Contract, Sale
from tuicrm.money import round_ratio
from tuicrm.services.billing_periods import (  # noqa: F401 - the figures' API, kept here
    CYCLE_MONTHS,
    current_period,
    runs_on,
)
from tuicrm.services.common import is_sqlite, live

__all__ = [
    "CYCLE_MONTHS", "MAX_MONTHS", "billed_sql", "billed_to_date", "bills_between", "check_period",
    "current_period",
    "day_before",
    "days_between", "is_sqlite", "moment_literal", "net_amount", "order_condition",
    "per_currency", "period_bounds", "round_ratio", "running_sql", "runs_on",
]

#: How many months one billing cycle spans (one-off contracts bill once).
#: The longest period a monthly breakdown covers (ten years).
MAX_MONTHS = 120
_FAR_FUTURE = date(9999, 12, 31)

net_amount: sa.ColumnElement[int] = Sale.total_minor - Sale.refunded_minor


def order_condition() -> sa.ColumnElement[bool]:
    """Which sales are orders: live, and not pending."""
    return sa.and_(live(Sale), Sale.status != SaleStatus.PENDING)


def per_currency(rows: Iterable[Any], *, keep_zero: bool = False) -> dict[str, int]:
    """``(currency, amount)`` rows as a dict in currency order (PostgreSQL sums are Decimal)."""
    result = {str(currency): int(amount or 0) for currency, amount in rows}
    return {c: result[c] for c in sorted(result) if keep_zero or result[c]}


def check_period(period_start: date, period_end: date) -> None:
    if period_end < period_start:
        raise ValidationError({"period_end": "the period ends before it starts"})


def period_bounds(period_start: date, period_end: date) -> tuple[datetime, datetime]:
    """UTC ``[start, end)`` of the local days ``period_start`` to ``period_end``."""
    check_period(period_start, period_end)
    return dates.day_bounds_utc(period_start)[0], dates.day_bounds_utc(period_end)[1]



def days_between(session: Session | str, later: Any, earlier: Any) -> sa.ColumnElement[float]:
    """Days (with fractions) from moment ``earlier`` to moment ``later``, in SQL."""
    if is_sqlite(session):
        return sa.func.julianday(later) - sa.func.julianday(earlier)
    return sa.extract("epoch", later - earlier) / sa.literal_column("86400.0")


def moment_literal(session: Session, moment: datetime) -> Any:
    """An instant as SQL compares it with stored moments (naive UTC text on SQLite)."""
    utc = dates.to_utc(moment)
    if is_sqlite(session):
        return sa.literal(utc.replace(tzinfo=None).isoformat(" "))
    return sa.literal(utc, sa.DateTime(timezone=True))


# --- billing -----------------------------------------------------------------


def billed_to_date(contract: Any, today: date) -> int:
    """What a contract has billed by ``today``, in its own currency's minor units.

    Definition: a recurring contract bills its amount at the start of every
    billing cycle (monthly, quarterly, yearly), counted from ``start_date``
    (cycle k starts ``k`` cycles later, on the same day of the month, clamped
    to the month's end), for every cycle that began on or before the last
    billed day: the earliest of ``today``, the day it really ended
    (``ended_on``) and its agreed ``end_date``. A one-off contract bills its
    amount once, when it starts. A contract that has not started bills
    nothing; so does a draft.

    This is the definition for one contract in hand; :func:`billed_sql` is the
    same rule in SQL for sums over many (a test keeps the two equal).
    """
    if ContractStatus(contract.status) == ContractStatus.DRAFT:
        return 0
    last = min(d for d in (today, contract.ended_on, contract.end_date) if d is not None)
    start: date = contract.start_date
    if last < start:
        return 0
    cycle = BillingCycle(contract.billing_cycle)
    if cycle == BillingCycle.ONE_OFF:
        return contract.amount_minor
    months = (last.year - start.year) * 12 + last.month - start.month
    if dates.add_months(start, months) > last:
        months -= 1  # that month's cycle day is still ahead
    return (months // CYCLE_MONTHS[cycle] + 1) * contract.amount_minor


def running_sql(day: date) -> sa.ColumnElement[bool]:
    """:func:`runs_on` for the ``Contract`` row in the query."""
    return sa.and_(Contract.status != ContractStatus.DRAFT, Contract.start_date <= day,
                   sa.or_(Contract.ended_on.is_(None), Contract.ended_on >= day),
                   sa.or_(Contract.end_date.is_(None), Contract.end_date >= day))


def billed_sql(session: Session, as_of: date | sa.ColumnElement[Any]) -> sa.ColumnElement[int]:
    """:func:`billed_to_date` of the ``Contract`` row in the query, as of ``as_of``.

    The month arithmetic: cycle day ``add_months(start, n)`` lies in the last
    billed day's month; it is still ahead exactly when the start's day of the
    month is later than the last day's and the last day is not its month's
    last day (on a month's last day, a clamped cycle day has come).
    """
    if not isinstance(as_of, sa.ColumnElement):
        as_of = sa.literal(as_of, sa.Date)
    if is_sqlite(session):
        far = sa.literal(_FAR_FUTURE, sa.Date)
        # SQLite's min() of several values is a scalar; dates are ISO text, so text order works.
        last = sa.func.min(as_of, sa.func.coalesce(Contract.ended_on, far),
                           sa.func.coalesce(Contract.end_date, far), type_=sa.Date)
        next_day = sa.func.date(last, "+1 day", type_=sa.Date)
    else:
        last = sa.func.least(as_of, Contract.ended_on, Contract.end_date, type_=sa.Date)
        next_day = last + sa.literal_column("1", sa.Integer)

    def part(field: str, value: Any) -> sa.ColumnElement[int]:
        return sa.cast(sa.extract(field, value), sa.Integer)

    start = Contract.start_date
    months = (part("year", last) - part("year", start)) * 12 + part("month", last) \
        - part("month", start)
    ahead = sa.and_(part("day", start) > part("day", last), part("day", next_day) != 1)
    whole = months - sa.case((ahead, 1), else_=0)
    cycle_months = sa.case(
        *[(Contract.billing_cycle == cycle, sa.literal_column(str(n), sa.Integer))
          for cycle, n in CYCLE_MONTHS.items()],
        else_=sa.literal_column("1", sa.Integer),
    )
    cycles = sa.case(
        (Contract.status == ContractStatus.DRAFT, 0),
        (last < start, 0),
        (Contract.billing_cycle == BillingCycle.ONE_OFF, 1),
        else_=whole // cycle_months + 1,
    )
    return cycles * Contract.amount_minor


def bills_between(
    before: date | sa.ColumnElement[Any], upto: date | sa.ColumnElement[Any],
) -> sa.ColumnElement[bool]:
    """The ``Contract`` rows whose :func:`billed_sql` as of ``upto`` may differ
    from the one as of ``before`` (``before <= upto``): a filter that only drops
    rows billing nothing between them, so sums of the difference are unchanged
    and far fewer rows are worked out.

    A difference needs a contract that is not a draft, started by ``upto``
    (else both are 0), and whose own end (``ended_on``, ``end_date``) comes
    after ``before`` (else both stop at that end); a one-off one must also
    start after ``before`` (else it had billed its one fee by then).
    """
    if not isinstance(before, sa.ColumnElement):
        before = sa.literal(before, sa.Date)
    if not isinstance(upto, sa.ColumnElement):
        upto = sa.literal(upto, sa.Date)
    return sa.and_(
        Contract.status != ContractStatus.DRAFT, Contract.start_date <= upto,
        sa.or_(Contract.ended_on.is_(None), Contract.ended_on > before),
        sa.or_(Contract.end_date.is_(None), Contract.end_date > before),
        sa.or_(Contract.billing_cycle != BillingCycle.ONE_OFF, Contract.start_date > before),
    )


def day_before(day: date) -> date:
    return day - timedelta(days=1)
