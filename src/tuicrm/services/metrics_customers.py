"""The customer view: how often and how much a customer buys, and who has gone quiet.

Every figure is over the customer's *orders* (live, not pending sales; see
:mod:`tuicrm.services.metrics`) and computed in SQL: one grouped query for
counts and amounts, one with window functions (``LAG``, ``ROW_NUMBER``) for
the typical gap, one for refunds, whatever the number of customers asked for.
Segment thresholds are the team's, stored in the database beside the other
settings (:func:`segment_thresholds`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.enums import SEGMENT_LABELS, Segment
from tuicrm.errors import ValidationError
from tuicrm.models import Refund, Sale
from tuicrm.services.common import aware
from tuicrm.services.meta import get_meta, set_meta
from tuicrm.services.metrics import (
    days_between,
    net_amount,
    order_condition,
    round_ratio,
)

__all__ = ["SEGMENT_LABELS", "CustomerStats", "Segment", "SegmentThresholds", "customer_stats",
           "customer_stats_for", "median_gap_query", "median_gaps", "segment_thresholds",
           "set_segment_thresholds"]

MAX_THRESHOLD = 10_000
_META_KEY = "segments.{name}"


@dataclass(frozen=True)
class SegmentThresholds:
    """Where the segments start, in orders (one-time is always exactly one order).

    With the defaults: 1 order one-time, 2 or 3 occasional, 4 to 9 repeat,
    10 or more loyal.
    """

    repeat_from: int = 4
    loyal_from: int = 10

    def segment_of(self, orders: int) -> Segment | None:
        """The segment of a customer with ``orders`` orders (None: no orders, not a customer).

        Definition of the segments: exactly one order is *one-time*; from two
        orders up to ``repeat_from - 1`` *occasional*; from ``repeat_from`` up
        to ``loyal_from - 1`` *repeat*; ``loyal_from`` or more *loyal*.
        Counted over the customer's whole history of orders.
        """
        if orders <= 0:
            return None
        if orders == 1:
            return Segment.ONE_TIME
        if orders < self.repeat_from:
            return Segment.OCCASIONAL
        return Segment.REPEAT if orders < self.loyal_from else Segment.LOYAL


@dataclass(frozen=True)
class CustomerStats:
    """One customer's figures; every amount per currency, in minor units."""

    contact_id: int
    orders: int = 0
    spent: dict[str, int] = field(default_factory=dict)  # net of refunds
    average_order: dict[str, int] = field(default_factory=dict)
    first_purchase: datetime | None = None
    last_purchase: datetime | None = None
    typical_gap_days: float | None = None  # None below two orders
    refunds: int = 0  # refunds and returns recorded
    refunded: dict[str, int] = field(default_factory=dict)
    refunded_orders: int = 0  # orders with any refund or return
    segment: Segment | None = None

    @property
    def return_rate(self) -> float | None:
        """Refunded orders / orders (0.0 to 1.0); None without orders."""
        return self.refunded_orders / self.orders if self.orders else None


# --- thresholds --------------------------------------------------------------


def segment_thresholds(*, session: Session) -> SegmentThresholds:
    """The team's segment thresholds (the defaults until someone sets them)."""
    stored: dict[str, int] = {}
    for name in ("repeat_from", "loyal_from"):
        value = get_meta(session=session, key=_META_KEY.format(name=name))
        if value and value.isdigit():
            stored[name] = int(value)
    try:
        return _checked(SegmentThresholds(**stored))
    except ValidationError:  # a half-written or hand-edited pair: fall back as a whole
        return SegmentThresholds()


def set_segment_thresholds(
    *, session: Session, thresholds: SegmentThresholds | Mapping[str, Any],
) -> SegmentThresholds:
    """Store new thresholds: ``3 <= repeat_from < loyal_from <= 10000`` (whole numbers)."""
    if isinstance(thresholds, Mapping):
        unknown = sorted(set(thresholds) - {"repeat_from", "loyal_from"})
        if unknown:
            raise ValidationError({name: "is not a segment threshold" for name in unknown})
        thresholds = SegmentThresholds(**{**vars(segment_thresholds(session=session)),
                                          **thresholds})
    checked = _checked(thresholds)
    for name, value in vars(checked).items():
        set_meta(session=session, key=_META_KEY.format(name=name), value=str(value))
    return checked


def _checked(thresholds: SegmentThresholds) -> SegmentThresholds:
    problems: dict[str, str] = {}
    repeat, loyal = thresholds.repeat_from, thresholds.loyal_from
    for name, value in (("repeat_from", repeat), ("loyal_from", loyal)):
        # bool is an int, and "4" or 4.5 would be stored and then silently dropped
        if type(value) is not int or not 3 <= value <= MAX_THRESHOLD:
            problems[name] = f"a whole number of orders from 3 to {MAX_THRESHOLD}"
    if not problems and loyal <= repeat:
        problems["loyal_from"] = "must be more orders than repeat starts at"
    if problems:
        raise ValidationError(problems)
    return thresholds


# --- the customer view -------------------------------------------------------


def customer_stats(*, session: Session, contact_id: int) -> CustomerStats:
    """The customer view of one contact (all zeros and None for a contact without orders)."""
    return customer_stats_for(session=session, contact_ids=[contact_id])[contact_id]


def customer_stats_for(
    *, session: Session, contact_ids: Collection[int],
) -> dict[int, CustomerStats]:
    """The customer view of each given contact, in three queries (e.g. for one page of a list).

    Definitions (orders as in :mod:`tuicrm.services.metrics`):

    - **orders**: how many; **spent**: their net amount (refunds taken off),
      per currency; **average order**: spent / orders of that currency, to
      the nearest minor unit (halves up);
    - **first and last purchase**: the earliest and latest order's moment;
    - **typical gap**: the median of the days between consecutive orders
      (with fractions; the mean of the middle two for an even number of
      gaps): see :func:`median_gaps`;
    - **refunds**: refunds and returns recorded against the orders, how many
      and how much per currency; **return rate**: orders with any refund or
      return / orders;
    - **segment**: :meth:`SegmentThresholds.segment_of` the number of orders.
    """
    wanted = sorted(set(contact_ids))
    thresholds = segment_thresholds(session=session)
    if not wanted:
        return {}
    rows = session.execute(
        sa.select(Sale.contact_id, Sale.currency, sa.func.count(), sa.func.sum(net_amount),
                  sa.func.sum(Sale.refunded_minor),
                  sa.func.sum(sa.case((Sale.refunded_minor > 0, 1), else_=0)),
                  sa.func.min(Sale.sold_at), sa.func.max(Sale.sold_at))
        .where(order_condition(), Sale.contact_id.in_(wanted))
        .group_by(Sale.contact_id, Sale.currency).order_by(Sale.contact_id, Sale.currency)
    ).all()
    refunds = dict(session.execute(
        sa.select(Sale.contact_id, sa.func.count(Refund.id))
        .join(Refund, Refund.sale_id == Sale.id)
        .where(order_condition(), Sale.contact_id.in_(wanted)).group_by(Sale.contact_id)
    ).all())
    gaps = median_gaps(session=session, contact_ids=wanted)
    parts: dict[int, dict[str, Any]] = {}
    for contact_id, currency, count, spent, refunded, refunded_orders, first, last in rows:
        part = parts.setdefault(contact_id, {"orders": 0, "spent": {}, "average_order": {},
                                             "refunded": {}, "refunded_orders": 0,
                                             "first_purchase": None, "last_purchase": None})
        part["orders"] += count
        part["spent"][currency] = int(spent)
        part["average_order"][currency] = round_ratio(int(spent), count)
        if refunded:
            part["refunded"][currency] = int(refunded)
        part["refunded_orders"] += int(refunded_orders)
        first, last = aware(first), aware(last)
        part["first_purchase"] = min(filter(None, (part["first_purchase"], first)))
        part["last_purchase"] = max(filter(None, (part["last_purchase"], last)))
    result = {}
    for contact_id in wanted:
        part = parts.get(contact_id, {})
        result[contact_id] = CustomerStats(
            contact_id=contact_id, **part, typical_gap_days=gaps.get(contact_id),
            refunds=int(refunds.get(contact_id, 0)),
            segment=thresholds.segment_of(part.get("orders", 0)))
    return result


def median_gaps(
    *, session: Session, contact_ids: Collection[int] | None = None,
) -> dict[int, float]:
    """Each customer's typical gap between orders, in days (customers with two orders or more).

    See :func:`median_gap_query`; ``contact_ids`` None means every customer.
    """
    query = median_gap_query(session, contact_ids)
    return {contact_id: round(float(gap), 2)
            for contact_id, gap in session.execute(sa.select(query.c.contact_id, query.c.gap))}


def median_gap_query(
    session: Session | str,
    contact_ids: Collection[int] | sa.Select[Any] | sa.CompoundSelect | sa.BindParameter[Any] | None = None,
    until: datetime | None = None,
) -> sa.Subquery:
    """``(contact_id, gap)``: the median of the days between a customer's consecutive orders.

    In SQL on SQLite and PostgreSQL alike: ``LAG`` pairs each order with the
    one before (by time, then id), the gaps are ranked per customer with
    ``ROW_NUMBER`` and counted with ``COUNT(*) OVER``, and the middle one
    (or the mean of the middle two) is kept. ``until``: orders up to then only;
    ``contact_ids``: those customers' only (ids, a select of them, or an
    expanding bound parameter that will hold them).
    """
    previous = sa.func.lag(Sale.sold_at).over(partition_by=Sale.contact_id,
                                              order_by=(Sale.sold_at, Sale.id))
    orders = sa.select(Sale.contact_id, days_between(session, Sale.sold_at, previous)
                       .label("gap")).where(order_condition())
    if isinstance(contact_ids, (sa.Select, sa.CompoundSelect, sa.BindParameter)):
        orders = orders.where(Sale.contact_id.in_(contact_ids))
    elif contact_ids is not None:
        orders = orders.where(Sale.contact_id.in_(sorted(set(contact_ids))))
    if until is not None:
        orders = orders.where(Sale.sold_at <= until)
    gaps = orders.subquery("gaps")
    ranked = sa.select(
        gaps.c.contact_id, gaps.c.gap,
        sa.func.row_number().over(partition_by=gaps.c.contact_id, order_by=gaps.c.gap)
        .label("position"),
        sa.func.count().over(partition_by=gaps.c.contact_id).label("gaps"),
    ).where(gaps.c.gap.is_not(None)).subquery("ranked")
    middle = sa.or_(ranked.c.position == (ranked.c.gaps + 1) // 2,
                    ranked.c.position == (ranked.c.gaps + 2) // 2)
    return (sa.select(ranked.c.contact_id, sa.func.avg(ranked.c.gap).label("gap"))
            .where(middle).group_by(ranked.c.contact_id).subquery("median_gap"))
