"""A recurring contract's billing cycles, from its row: plain Python, so the
quick path (Today's invoices to issue) works them out by the same code as
the figures (:mod:`~tuicrm.services.metrics`) and billing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tuicrm import dates
from tuicrm.enums import BillingCycle, ContractStatus

CYCLE_MONTHS = {BillingCycle.MONTHLY: 1, BillingCycle.QUARTERLY: 3, BillingCycle.YEARLY: 12}


def current_period(contract: Any, today: date) -> tuple[date, date]:
    """The billing cycle of a recurring contract that ``today`` falls in."""
    start: date = contract.start_date
    months = CYCLE_MONTHS[BillingCycle(contract.billing_cycle)]
    elapsed = (today.year - start.year) * 12 + today.month - start.month
    cycles = elapsed // months
    if dates.add_months(start, cycles * months) > today:
        cycles -= 1
    first = dates.add_months(start, cycles * months)
    last = dates.add_months(start, (cycles + 1) * months) - timedelta(days=1)
    ends = [d for d in (contract.end_date, contract.ended_on) if d is not None]
    return first, min([last, *ends])


def runs_on(contract: Any, day: date) -> bool:
    """Whether a contract runs on ``day``: agreed (not a draft), started on or
    before it, and neither ended for real (``ended_on``) nor past its agreed
    end (``end_date``) before it; both ends count as days it runs.

    Its status label does not matter otherwise, so a figure for a past day never
    changes when the contract is ended later: a contract renewed early runs
    until its own end, and its follow-on from its own start. This is the rule
    for one contract in hand; :func:`running_sql` is the same rule in SQL.
    """
    return (ContractStatus(contract.status) != ContractStatus.DRAFT
            and contract.start_date <= day
            and (contract.ended_on is None or contract.ended_on >= day)
            and (contract.end_date is None or contract.end_date >= day))
