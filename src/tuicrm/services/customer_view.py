"""One contact as a customer and as a relationship: what the purchase log's side
panel and the contact page's Insight tab show.

Nothing is defined here: the figures are :func:`customer_stats` (orders,
spend, gap, returns, segment), :func:`reengage_entry` (whether they are on
the re-engage list, and how far past their usual gap) and
:func:`health_score` (the score and its factors), read in one session so
they agree with each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.services.metrics_customer_lists import QuietCustomer, reengage_entry
from tuicrm.services.metrics_customers import (
    CustomerStats,
    SegmentThresholds,
    customer_stats,
    segment_thresholds,
)
from tuicrm.services.metrics_health import Health, health_score

__all__ = ["CustomerView", "customer_view"]


@dataclass(frozen=True)
class CustomerView:
    contact_id: int
    stats: CustomerStats
    thresholds: SegmentThresholds
    quiet: QuietCustomer | None  # set when the customer is on the re-engage list
    health: Health


def customer_view(*, session: Session, contact_id: int, now: datetime) -> CustomerView:
    """The customer view of a live contact at ``now``; NotFoundError for a deleted one."""
    health = health_score(session=session, contact_id=contact_id,
                          today=dates.to_local(now).date())
    return CustomerView(
        contact_id=contact_id,
        stats=customer_stats(session=session, contact_id=contact_id),
        thresholds=segment_thresholds(session=session),
        quiet=reengage_entry(session=session, contact_id=contact_id, now=now),
        health=health,
    )
