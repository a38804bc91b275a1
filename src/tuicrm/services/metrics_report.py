"""The key figures of a period in one read: what ``tuicrm report`` and the reports screen show.

Nothing is defined here: each figure is the metric of the same name in the
``metrics_*`` modules; this only picks the days they are taken on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.services.metrics import period_bounds
from tuicrm.services.metrics_clients import (
    RenewalRate,
    monthly_recurring_revenue,
    renewal_rate,
)
from tuicrm.services.metrics_customer_lists import (
    OrderFigures,
    order_figures,
    reengage_count,
    segment_counts,
)
from tuicrm.services.metrics_customers import Segment
from tuicrm.services.metrics_revenue import (
    MonthRevenue,
    Ranked,
    revenue_by_month,
    top_clients,
    top_customers,
)
from tuicrm.services.metrics_satisfaction import Csat, Nps, csat, nps

__all__ = ["KeyFigures", "key_figures"]

TOP = 5


@dataclass(frozen=True)
class KeyFigures:
    period_start: date
    period_end: date
    today: date
    mrr_on: date  # the period's last day, or today if that is earlier
    mrr: dict[str, int]
    months: list[MonthRevenue]
    renewals: RenewalRate
    nps: Nps
    csat: Csat
    orders: OrderFigures
    segments: dict[Segment, int]  # customers by their orders up to the period's end
    top_clients: dict[str, list[Ranked]]
    top_customers: dict[str, list[Ranked]]
    reengage: int  # customers to re-engage now

    @property
    def recurring(self) -> dict[str, int]:
        """The period's contract billing per currency (its months added up)."""
        return _add_up(m.recurring for m in self.months)

    @property
    def one_off(self) -> dict[str, int]:
        """The period's purchases, net of refunds, per currency."""
        return _add_up(m.one_off for m in self.months)


def key_figures(
    *, session: Session, period_start: date, period_end: date, now: datetime | None = None,
    top: int = TOP,
) -> KeyFigures:
    """Every key figure of the period, as of ``now`` (default: the clock's now)."""
    now = now or dates.utcnow()
    today = dates.to_local(now).date()
    end = period_bounds(period_start, period_end)[1]
    span = {"period_start": period_start, "period_end": period_end}
    mrr_on = min(period_end, today)
    return KeyFigures(
        period_start=period_start, period_end=period_end, today=today, mrr_on=mrr_on,
        mrr=monthly_recurring_revenue(session=session, on=mrr_on),
        months=revenue_by_month(session=session, today=today, **span),
        renewals=renewal_rate(session=session, today=today, **span),
        nps=nps(session=session, **span), csat=csat(session=session, **span),
        orders=order_figures(session=session, **span),
        segments=segment_counts(session=session, until=min(end, now)),
        top_clients=top_clients(session=session, today=today, limit=top, **span),
        top_customers=top_customers(session=session, limit=top, **span),
        reengage=reengage_count(session=session, now=now),
    )


def _add_up(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for currency, amount in part.items():
            total[currency] = total.get(currency, 0) + amount
    return dict(sorted(total.items()))
