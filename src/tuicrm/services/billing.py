"""Invoices from what is already recorded: contracts' billing cycles and sales.

A running recurring contract bills its amount at the start of each cycle
(``metrics.billed_to_date`` has the rule: cycle k starts k cycles after its
start, on the same day of the month). Its current cycle, once begun, is
proposed as an invoice until an invoice (draft or issued, not wholly credited)
holds that period. Only the current cycle is proposed: a contract recorded
long after it started does not propose years of back invoices. A one-off
contract is billed by hand (a draft with its client and amount).

A draft for a contract also carries its unbilled time (``time_log``): a
retainer's hours beyond those included in the period, or else each entry, at
the contract's hourly rate.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import BillingCycle, ContractStatus, InvoiceKind
from tuicrm.errors import ValidationError
from tuicrm.invoice_math import hours_text
from tuicrm.models import Contact, Contract, Invoice, Sale, SaleLine, TimeEntry
from tuicrm.money import round_ratio
from tuicrm.services import time_log
from tuicrm.services.common import get_row, live
from tuicrm.services.invoice_settings import invoice_settings
from tuicrm.services.invoices import billed_on, create_draft
from tuicrm.services.metrics import CYCLE_MONTHS, current_period, running_sql, runs_on


def to_invoice(today: Any) -> sa.Select[Any]:
    """The running recurring contracts whose current period (on ``today``) no
    invoice holds yet (draft or issued, not wholly credited), oldest first."""
    held = sa.select(Invoice.id).where(
        Invoice.contract_id == Contract.id, live(Invoice), Invoice.kind == InvoiceKind.INVOICE,
        Invoice.period_end >= today, Invoice.period_start <= today,
        Invoice.credited_minor < Invoice.total_minor)
    return (sa.select(*PROPOSAL_COLUMNS).join(Contact, Contact.id == Contract.contact_id)
            .where(live(Contract), live(Contact), Contact.archived_at.is_(None),
                   # the cycles this version knows (a stored one it does not is left out)
                   Contract.billing_cycle.in_(list(CYCLE_MONTHS)), Contract.amount_minor > 0,
                   running_sql(today), ~held.exists())
            .order_by(Contract.start_date, Contract.id))


PROPOSAL_COLUMNS = (Contract.id, Contract.contact_id, Contact.name.label("client"), Contract.title,
                    Contract.start_date, Contract.billing_cycle, Contract.end_date,
                    Contract.ended_on, Contract.amount_minor, Contract.currency)


def count_proposals(*, session: Session, today: date) -> int:
    """How many :func:`proposals` there are, counted in SQL."""
    return int(session.scalar(sa.select(sa.func.count()).select_from(
        to_invoice(today).subquery())) or 0)


def draft_for_period(*, session: Session, contract_id: int, today: date) -> Invoice:
    """A draft invoice for a contract's current billing period (or its one fee)."""
    contract = get_row(session, Contract, contract_id)
    tax_rate = invoice_settings(session=session).tax_rate
    if contract.billing_cycle == BillingCycle.ONE_OFF:
        if contract.status == ContractStatus.DRAFT:
            raise ValidationError({"contract": "A draft contract is billed once it is agreed."})
        period = (contract.start_date, max(contract.start_date,
                                           contract.end_date or contract.start_date))
        description = contract.title
    else:
        if contract.billing_cycle not in CYCLE_MONTHS or not runs_on(contract, today):
            raise ValidationError({"contract": (
                "Only a contract running today is billed by its cycle; bill this one by hand "
                "(n on Invoices).")})
        period = current_period(contract, today)
        description = (f"{contract.title}, {dates.format_date(period[0])} to "
                       f"{dates.format_date(period[1])}")
    held = billed_on(session, contract_id=contract_id, period=period, issued_only=False)
    if held is not None:
        on = f"invoice {held}" if held else "a draft invoice"
        raise ValidationError({"contract": (
            f"This contract's period from {dates.format_date(period[0])} is already on {on}; "
            "time logged since goes on the next period's invoice.")})
    lines = [{"description": description[:300], "quantity_milli": 1000,
              "unit_price_minor": contract.amount_minor, "tax_rate": tax_rate}]
    time = time_log.unbilled(session=session, contract_id=contract_id, until=period[1])
    if contract.included_minutes is not None:
        # a retainer's hours count in their own period: this draft takes this period's
        time = [e for e in time if period[0] <= e.work_date <= period[1]]
    lines += _time_lines(contract, time, period, tax_rate)
    draft = create_draft(session=session, data={
        "contact_id": contract.contact_id, "currency": contract.currency, "lines": lines},
        contract_id=contract.id, period=period)
    if lines[1:] or contract.included_minutes:  # the time is on this draft (a retainer's: covered)
        for entry in time:
            entry.invoice_id = draft.id
        session.flush()
    return draft


def _time_lines(contract: Contract, time: list[TimeEntry], period: tuple[date, date],
                tax_rate: int) -> list[dict[str, object]]:
    """Unbilled time as lines: a retainer's hours beyond those included in the
    period, or else each entry, at the contract's hourly rate (none without one)."""
    rate = contract.hourly_rate_minor
    if not rate:
        return []
    if contract.included_minutes is not None:
        in_period = sum(e.minutes or 0 for e in time if period[0] <= e.work_date <= period[1])
        over = in_period - contract.included_minutes
        if over <= 0:
            return []
        return [{"description": (f"Time beyond the {hours_text(contract.included_minutes)} "
                                 f"included: {hours_text(over)}"),
                 "quantity_milli": round_ratio(over * 1000, 60), "unit_price_minor": rate,
                 "tax_rate": tax_rate}]
    return [{"description": f"{dates.format_date(e.work_date)} {e.note or 'Time'}"[:300],
             "quantity_milli": round_ratio((e.minutes or 0) * 1000, 60),
             "unit_price_minor": rate, "tax_rate": tax_rate} for e in time]


def draft_for_sale(*, session: Session, sale_id: int) -> Invoice:
    """A draft invoice with a sale's lines (its discount as a line of its own)."""
    sale = get_row(session, Sale, sale_id)
    already = billed_on(session, sale_id=sale_id, issued_only=False)
    if already is not None:
        raise ValidationError({"sale": f"This sale is already on invoice {already}."
                               if already else "This sale already has a draft invoice."})
    if sale.refunded_minor >= sale.total_minor:
        raise ValidationError({"sale": "This sale was refunded in full: nothing to invoice."})
    tax_rate = invoice_settings(session=session).tax_rate
    lines = [{"description": line.description, "quantity_milli": line.quantity * 1000,
              "unit_price_minor": line.unit_price_minor, "tax_rate": tax_rate}
             for line in session.scalars(sa.select(SaleLine).where(SaleLine.sale_id == sale_id)
                                         .order_by(SaleLine.position, SaleLine.id))]
    if sale.discount_minor:
        lines.append({"description": "Discount", "quantity_milli": 1000,
                      "unit_price_minor": -sale.discount_minor, "tax_rate": tax_rate})
    if sale.refunded_minor:
        lines.append({"description": "Refunded", "quantity_milli": 1000,
                      "unit_price_minor": -sale.refunded_minor, "tax_rate": tax_rate})
    return create_draft(session=session, data={
        "contact_id": sale.contact_id, "currency": sale.currency, "lines": lines,
        "note": sale.note}, sale_id=sale.id)
