"""Client metrics: recurring revenue, lifetime value, renewal rate, referrals.

Each is defined in its function's docstring; the shared rules (per currency,
in SQL, what an order is, what a contract has billed) are in
:mod:`tuicrm.services.metrics`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm.enums import BillingCycle, ContractStatus
from tuicrm.models import Contact, Contract, Sale
from tuicrm.services.common import live
from tuicrm.services.metrics import (
    CYCLE_MONTHS,
    billed_sql,
    check_period,
    net_amount,
    order_condition,
    per_currency,
    round_ratio,
    running_sql,
)

__all__ = ["LifetimeValue", "Referrals", "RenewalRate", "lifetime_value",
           "monthly_recurring_revenue", "referrals", "renewal_rate"]


@dataclass(frozen=True)
class LifetimeValue:
    """Value so far, per currency, in two parts that are never mixed silently."""

    contracts: dict[str, int] = field(default_factory=dict)  # contracts billed to date
    purchases: dict[str, int] = field(default_factory=dict)  # orders, net of refunds

    def total(self) -> dict[str, int]:
        """Both parts added, per currency (only equal currencies are added)."""
        result = dict(self.contracts)
        for currency, amount in self.purchases.items():
            result[currency] = result.get(currency, 0) + amount
        return dict(sorted(result.items()))


@dataclass(frozen=True)
class RenewalRate:
    reached_end: int  # contracts whose term ended in the period
    renewed: int  # of those, how many a follow-on contract renews

    @property
    def rate(self) -> float | None:
        """``renewed / reached_end`` (0.0 to 1.0), None when no contract reached its end."""
        return self.renewed / self.reached_end if self.reached_end else None


@dataclass(frozen=True)
class Referrals:
    count: int  # live contacts this contact referred
    value: LifetimeValue  # their lifetime value together, per currency


def monthly_recurring_revenue(
    *, session: Session, on: date, contact_id: int | None = None,
) -> dict[str, int]:
    """Monthly recurring revenue (MRR) on day ``on``, per currency, in minor units.

    Definition: the monthly equivalent of every live contract that runs on
    ``on`` (:func:`~tuicrm.services.metrics.runs_on`: from the dates it ran,
    not from today's status label, so the figure for a past day stays what it
    was when a contract is ended later). A monthly amount counts as it is, a
    quarterly one a third, a yearly one a twelfth; one-off contracts are not
    recurring and count for nothing. Only live contacts (or the one
    ``contact_id``).

    Rounding: the yearly equivalents (monthly x 12, quarterly x 4, yearly x 1)
    are added exactly per currency and divided by 12 once, to the nearest
    minor unit (halves up); contracts are not rounded one by one.
    """
    stmt = (
        sa.select(Contract.currency, Contract.billing_cycle, sa.func.sum(Contract.amount_minor))
        .join(Contact, Contact.id == Contract.contact_id)
        .where(live(Contract), live(Contact), running_sql(on),
               Contract.billing_cycle != BillingCycle.ONE_OFF)
        .group_by(Contract.currency, Contract.billing_cycle)
    )
    if contact_id is not None:
        stmt = stmt.where(Contract.contact_id == contact_id)
    yearly: dict[str, int] = {}
    for currency, cycle, amount in session.execute(stmt):
        per_year = 12 // CYCLE_MONTHS[BillingCycle(cycle)]
        yearly[currency] = yearly.get(currency, 0) + int(amount) * per_year
    return {c: round_ratio(yearly[c], 12) for c in sorted(yearly) if yearly[c]}


def lifetime_value(*, session: Session, contact_id: int, today: date) -> LifetimeValue:
    """A contact's lifetime value so far, per currency, in two parts.

    Definition: ``contracts`` is what the contact's live contracts have
    billed by ``today`` (:func:`~tuicrm.services.metrics.billed_to_date`),
    ``purchases`` the net amount of the contact's orders (refunds taken off).
    A contact who is both client and customer has both parts; the total is
    :meth:`LifetimeValue.total`. Currencies with nothing are left out.
    """
    return _value(session, Contract.contact_id == contact_id, Sale.contact_id == contact_id,
                  today)


def referrals(*, session: Session, contact_id: int, today: date) -> Referrals:
    """The referrals a contact made, and what they are worth.

    Definition: the live contacts whose *referred by* is ``contact_id``, and
    their :func:`lifetime_value` by ``today``, added up per currency (each
    part apart).
    """
    referred = sa.select(Contact.id).where(Contact.referred_by_id == contact_id, live(Contact))
    count = session.execute(sa.select(sa.func.count()).select_from(referred.subquery())).scalar()
    value = _value(session, Contract.contact_id.in_(referred), Sale.contact_id.in_(referred),
                   today)
    return Referrals(count=int(count or 0), value=value)


def renewal_rate(
    *, session: Session, period_start: date, period_end: date, today: date,
) -> RenewalRate:
    """The share of contracts that reached their end in a period and were renewed.

    Definition: a contract *reached its end* on the day its term stopped:
    the day it really ended (``ended_on``: ended, terminated early, or the
    end of the term a renewal continues) or else its agreed end date, when
    that day falls in the period and is not after ``today`` (an end still
    ahead has not been reached). Drafts never reach an end. It *was renewed*
    when a live contract renews it (its ``renews_id`` points at it).
    A terminated contract counts as reached and not renewed; so does an
    active one left past its end date. Live contacts' contracts only.
    """
    check_period(period_start, period_end)
    follow_on = aliased(Contract, name="follow_on")
    renewed = sa.exists().where(follow_on.renews_id == Contract.id, live(follow_on))
    ended = sa.func.coalesce(Contract.ended_on, Contract.end_date)
    row = session.execute(
        sa.select(sa.func.count(), sa.func.sum(sa.case((renewed, 1), else_=0)))
        .select_from(Contract).join(Contact, Contact.id == Contract.contact_id)
        .where(live(Contract), live(Contact), Contract.status != ContractStatus.DRAFT,
               ended >= period_start, ended <= min(period_end, today))
    ).one()
    return RenewalRate(reached_end=int(row[0] or 0), renewed=int(row[1] or 0))


def _value(session: Session, contracts_of: sa.ColumnElement[bool],
           sales_of: sa.ColumnElement[bool], today: date) -> LifetimeValue:
    billed = session.execute(
        sa.select(Contract.currency, sa.func.sum(billed_sql(session, today)))
        .where(live(Contract), contracts_of).group_by(Contract.currency)
    ).all()
    bought: Any = session.execute(
        sa.select(Sale.currency, sa.func.sum(net_amount))
        .where(order_condition(), sales_of).group_by(Sale.currency)
    ).all()
    return LifetimeValue(contracts=per_currency(billed), purchases=per_currency(bought))
