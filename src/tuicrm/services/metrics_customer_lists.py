"""Customers as a whole: the period's orders, segments, and whom to re-engage.

All SQL over the sales table with a fixed number of queries; the
per-customer figures come from :mod:`tuicrm.services.metrics_customers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import GAP_DAYS, Contact, Sale
from tuicrm.services import purchase_figures
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    aware,
    keyset_page,
    live,
)
from tuicrm.services.metrics import (
    days_between,
    moment_literal,
    net_amount,
    order_condition,
    period_bounds,
    round_ratio,
)
from tuicrm.services.metrics_customers import (
    Segment,
    median_gap_query,
    segment_thresholds,
)

__all__ = ["DEFAULT_OVERDUE_FACTOR", "OrderFigures", "QuietCustomer", "live_reengage_count",
           "live_reengage_list", "live_segment_counts", "order_figures", "reengage_count",
           "reengage_entry", "reengage_list", "segment_counts"]

#: A customer is listed once the time since their last order passes this many typical gaps.
DEFAULT_OVERDUE_FACTOR = 2.0


@dataclass(frozen=True)
class QuietCustomer:
    contact_id: int
    name: str
    orders: int
    last_purchase: datetime
    typical_gap_days: float  # the median gap between the customer's orders
    days_since: float  # from the last order to ``now``
    overdue_days: float  # days_since - typical gap: how long past the expected next order


@dataclass(frozen=True)
class OrderFigures:
    """The orders of a period, taken together."""

    orders: int
    customers: int  # distinct customers who ordered
    refunded_orders: int  # orders with any refund or return
    spent: dict[str, int]  # net of refunds, per currency
    average_order: dict[str, int]  # per currency, to the nearest minor unit

    @property
    def orders_per_customer(self) -> float | None:
        """Purchase frequency: orders / customers in the period (None without orders)."""
        return self.orders / self.customers if self.customers else None

    @property
    def return_rate(self) -> float | None:
        """Refunded orders / orders (0.0 to 1.0; None without orders)."""
        return self.refunded_orders / self.orders if self.orders else None


def order_figures(*, session: Session, period_start: date, period_end: date) -> OrderFigures:
    """Orders placed on the period's days, with the customer view's definitions.

    Definition: **average order value** per currency is the net amount of the
    period's orders in that currency / their number (nearest minor unit,
    halves up); **orders per customer** (purchase frequency) is orders /
    distinct customers; **return rate** is orders with any refund or return
    / orders. Live contacts only. Two queries.
    """
    start, end = period_bounds(period_start, period_end)
    conditions = [order_condition(), live(Contact), Sale.sold_at >= start, Sale.sold_at < end]
    rows = session.execute(
        sa.select(Sale.currency, sa.func.count(), sa.func.sum(net_amount))
        .join(Contact, Contact.id == Sale.contact_id).where(*conditions)
        .group_by(Sale.currency).order_by(Sale.currency)
    ).all()
    refunded_order = sa.case((Sale.refunded_minor > 0, 1), else_=0)
    customers, refunded = session.execute(
        sa.select(sa.func.count(sa.distinct(Sale.contact_id)),
                  sa.func.coalesce(sa.func.sum(refunded_order), 0))
        .join(Contact, Contact.id == Sale.contact_id).where(*conditions)
    ).one()
    return OrderFigures(
        orders=sum(int(count) for _, count, _ in rows), customers=int(customers),
        refunded_orders=int(refunded),
        spent={currency: int(net) for currency, _, net in rows},
        average_order={currency: round_ratio(int(net), int(count))
                       for currency, count, net in rows},
    )


def segment_counts(*, session: Session, until: datetime) -> dict[Segment, int]:
    """How many customers are in each segment, counting orders placed before ``until``.

    Definition: every live contact with at least one order before ``until``
    is in the segment :meth:`~tuicrm.services.metrics_customers.SegmentThresholds.segment_of`
    its number of orders gives (every segment present, maybe 0).
    One query: customers are grouped by their order count in SQL, and the few
    distinct counts are mapped to segments here. The counts are the ones each
    contact keeps (:mod:`~tuicrm.services.purchase_figures`) where they hold
    before ``until``, and counted from the sales for the other contacts only
    (:func:`live_segment_counts` counts everyone's).
    """
    kept = (sa.select(Contact.order_count.label("orders"))
            # a count above 0 was worked out and has a last order: it holds
            # when that is before ``until`` (purchase_figures.hold_before)
            .where(live(Contact), Contact.order_count > 0, Contact.last_order_at < until))
    counted = _orders_before(until, purchase_figures.live_ids(until))
    return _segments(session, sa.union_all(kept, sa.select(counted.c.orders)).subquery())


def live_segment_counts(*, session: Session, until: datetime) -> dict[Segment, int]:
    """:func:`segment_counts` counted from every customer's sales (the definition
    itself; seconds at 1M sales)."""
    return _segments(session, _orders_before(until))


def _orders_before(until: datetime, contact_ids: sa.CompoundSelect | None = None) -> sa.Subquery:
    """``(contact_id, orders)``: each live customer's orders before ``until``."""
    per_customer = (
        sa.select(Sale.contact_id, sa.func.count().label("orders"))
        .join(Contact, Contact.id == Sale.contact_id)
        .where(order_condition(), live(Contact), Sale.sold_at < until)
    )
    if contact_ids is not None:
        per_customer = per_customer.where(Sale.contact_id.in_(contact_ids))
    return per_customer.group_by(Sale.contact_id).subquery()


def _segments(session: Session, per_customer: sa.Subquery) -> dict[Segment, int]:
    thresholds = segment_thresholds(session=session)
    counts = dict.fromkeys(Segment, 0)
    for orders, customers in session.execute(
        sa.select(per_customer.c.orders, sa.func.count()).group_by(per_customer.c.orders)
    ):
        segment = thresholds.segment_of(int(orders))
        if segment is not None:
            counts[segment] += int(customers)
    return counts


def reengage_list(
    *, session: Session, now: datetime, factor: float = DEFAULT_OVERDUE_FACTOR,
    after: Cursor | None = None, limit: int = DEFAULT_PAGE,
) -> Page[QuietCustomer]:
    """Customers who have gone quiet for them: one page, longest overdue first.

    Definition: a live, unarchived contact with at least two orders (so a
    typical gap exists) whose time since the last order (up to ``now``) is
    more than ``factor`` times their typical gap, the median days between
    their orders (taken as at least one day, so two orders on one day do not
    list a customer the next morning). Ordered by days past the expected next
    order (time since the last order minus the typical gap), most first.
    """
    return _quiet_page(session, _quiet(session, now, factor), after, limit)


def reengage_count(
    *, session: Session, now: datetime, factor: float = DEFAULT_OVERDUE_FACTOR,
) -> int:
    """How many customers :func:`reengage_list` lists in all."""
    return _count(session, _quiet(session, now, factor, named=False))


def reengage_entry(
    *, session: Session, contact_id: int, now: datetime,
    factor: float = DEFAULT_OVERDUE_FACTOR,
) -> QuietCustomer | None:
    """The contact's row of :func:`reengage_list`, or None when they are not on it
    (the same definition, computed for this one customer's orders only)."""
    quiet = _quiet(session, now, factor, contact_id=contact_id)
    row = session.execute(sa.select(quiet)).first()
    return _row(row) if row is not None else None


def live_reengage_list(
    *, session: Session, now: datetime, factor: float = DEFAULT_OVERDUE_FACTOR,
    after: Cursor | None = None, limit: int = DEFAULT_PAGE,
) -> Page[QuietCustomer]:
    """:func:`reengage_list` worked out from every customer's sales (the
    definition itself; seconds at 1M sales)."""
    return _quiet_page(session, _live_quiet(session, now, factor), after, limit)


def live_reengage_count(
    *, session: Session, now: datetime, factor: float = DEFAULT_OVERDUE_FACTOR,
) -> int:
    """:func:`reengage_count` worked out from every customer's sales."""
    return _count(session, _live_quiet(session, now, factor, named=False))


def _quiet_page(session: Session, quiet: sa.Subquery, after: Cursor | None,
                limit: int) -> Page[QuietCustomer]:
    """One page of ``quiet`` (kept or live), longest overdue first."""
    key = SortKey([quiet.c.overdue_days, quiet.c.contact_id], descending=True)
    return keyset_page(
        session, sa.select(quiet), key, after=after, limit=limit, row_factory=_row,
        cursor_of=lambda r: (r.overdue_days, r.contact_id),
    )


def _count(session: Session, quiet: sa.Subquery) -> int:
    return int(session.execute(sa.select(sa.func.count()).select_from(quiet)).scalar_one())


def _quiet(session: Session, now: datetime, factor: float,
           contact_id: int | None = None, *, named: bool = True) -> sa.Subquery:
    """The re-engage rows: from the purchase figures each contact keeps where
    they hold at ``now`` (no order after it), worked out from the sales for
    the other contacts only (:func:`_live_quiet`). ``named`` False: without the
    name, which only the listed rows need (a count reads no contact row then)."""
    _check_factor(factor)
    since = days_between(session, moment_literal(session, now), Contact.last_order_at)
    gap = Contact.order_gap_days
    typical = sa.case((gap < 1, 1.0), else_=gap)
    kept = (
        sa.select(Contact.id.label("contact_id"), *([Contact.name] if named else []),
                  Contact.order_count.label("orders"),
                  Contact.last_order_at.label("last_purchase"),
                  gap.label("typical_gap_days"), since.label("days_since"),
                  _days(since - gap).label("overdue_days"))
        # as in segment_counts: a count of 2 or more holds when its last order
        # is at or before ``now`` (purchase_figures.hold_before, inclusive)
        .where(live(Contact), Contact.archived_at.is_(None), Contact.order_count >= 2,
               Contact.last_order_at <= now, since > typical * factor)
    )
    rest: Any = purchase_figures.live_ids(now, inclusive=True)
    if contact_id is not None:
        kept = kept.where(Contact.id == contact_id)
        rest = sa.select(Contact.id).where(
            Contact.id == contact_id, sa.not_(purchase_figures.hold_before(now, inclusive=True)))
    worked_out = _live_quiet(session, now, factor, rest, named=named)
    # (The live part first: a union's columns take the first SELECT's types, so
    # rows come back typed exactly as from the live list.)
    return sa.union_all(sa.select(worked_out), kept).subquery("quiet")


def _days(days: sa.ColumnElement[Any]) -> sa.ColumnElement[float]:
    """Days typed as SQL gives them (an exact numeric on PostgreSQL), so the
    keyset cursor binds back exactly; typed as an integer, as the expression
    otherwise is, it was cut to whole days on PostgreSQL and pages repeated rows."""
    return sa.type_coerce(days, GAP_DAYS)


def _check_factor(factor: float) -> None:
    if not 1 <= factor <= 100:
        raise ValidationError({"factor": "a number of typical gaps from 1 to 100"})


def _live_quiet(session: Session, now: datetime, factor: float,
                contact_ids: Any = None, *, named: bool = True) -> sa.Subquery:
    """The re-engage rows worked out from the sales (of ``contact_ids`` only:
    a list or a select of ids; None: everyone's)."""
    _check_factor(factor)
    medians = median_gap_query(session, contact_ids=contact_ids, until=now)
    orders = sa.select(Sale.contact_id, sa.func.count().label("orders"),
                       sa.func.max(Sale.sold_at).label("last_purchase")
                       ).where(order_condition(), Sale.sold_at <= now)
    if contact_ids is not None:
        orders = orders.where(Sale.contact_id.in_(contact_ids))
    latest = orders.group_by(Sale.contact_id).subquery("latest")
    typical = sa.case((medians.c.gap < 1, 1.0), else_=medians.c.gap)
    since = days_between(session, moment_literal(session, now), latest.c.last_purchase)
    return (
        sa.select(Contact.id.label("contact_id"), *([Contact.name] if named else []),
                  latest.c.orders,
                  latest.c.last_purchase, medians.c.gap.label("typical_gap_days"),
                  since.label("days_since"), _days(since - medians.c.gap).label("overdue_days"))
        .join(latest, latest.c.contact_id == Contact.id)
        .join(medians, medians.c.contact_id == Contact.id)
        .where(live(Contact), Contact.archived_at.is_(None), latest.c.orders >= 2,
               since > typical * factor)
        .subquery("live_quiet")
    )


def _row(r: Any) -> QuietCustomer:
    return QuietCustomer(
        contact_id=r.contact_id, name=r.name, orders=int(r.orders),
        last_purchase=aware(r.last_purchase), typical_gap_days=round(float(r.typical_gap_days), 2),
        days_since=round(float(r.days_since), 2), overdue_days=round(float(r.overdue_days), 2),
    )
