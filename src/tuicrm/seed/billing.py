"""Seeding the studio's invoicing: settings, invoices, payments, a credit note, time.

Runs after the other phases, so their random draws stay as they were. Each
running recurring contract is billed at the start of each period of the last
four months (and of its current period if that began earlier), in the order
the invoices were issued, so their numbers run in that order; the periods
that start on the anchor day are left for Today to propose. Most invoices
were paid a few days to a few weeks later; :data:`INVOICE_FATES` picks the
overdue, part-paid and credited ones. Two recent sales are invoiced, one
period is left as a draft, and time is logged on a retainer with hours
included and on a contract billed by the hour. Every step is a write of its
own at the moment it happened, so the invoices' history reads true.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.models import (
    BillingCycle,
    Contact,
    Contract,
    ContractStatus,
    Invoice,
    PaymentMethod,
    Sale,
    SaleStatus,
)
from tuicrm.seed.context import Seed
from tuicrm.seed.data import (
    CREDIT_LINE,
    EXPORT_NOTE,
    INVOICE_FATES,
    INVOICE_SETTINGS,
    STUDIO_COUNTRY,
    STUDIO_ZONE,
    TIME_LOGS,
)
from tuicrm.services import billing, invoice_settings, invoices, payments, time_log
from tuicrm.services.metrics import CYCLE_MONTHS, current_period, runs_on

_DRAFTED = "priya"  # this client's current period is left as a draft
_DEPOSIT = ("fjordlight", 40)  # a one-off fee invoiced in part: 40 % on signature
_SALE_FATES = ("part", "open")  # the older invoiced sale part-paid, the newer not yet


def seed_billing(s: Seed) -> None:
    with s.writing("maya", s.now - timedelta(days=400)) as session:
        invoice_settings.set_invoice_settings(session=session, changes=INVOICE_SETTINGS)
        jobs = sorted(_to_bill(s, session))
    clients = {c.id: c.key for c in s.contacts.values()}
    made: dict[str, int] = {}
    sale_fates = list(_SALE_FATES)
    for day, contract_id, sale_id in jobs:
        with s.writing(s.pick_member("maya", 0.7), s.moment(day, time(10, 30))) as session:
            invoice_id, contact_id = _issue(s, session, day, contract_id, sale_id)
        key = clients[contact_id]
        n = made[key] = made.get(key, -1) + 1
        fate = sale_fates.pop(0) if sale_id else INVOICE_FATES.get((key, n), "paid")
        _settle(s, invoice_id, day, key, fate)
    with s.writing(s.contacts[_DRAFTED].owner, s.now - timedelta(minutes=40)) as session:
        billing.draft_for_period(session=session, today=s.today,
                                 contract_id=_live_contract(s, session, _DRAFTED).id or 0)
    _log_time(s)


def _to_bill(s: Seed, session: Session) -> list[tuple[date, int | None, int | None]]:
    """(issue day, contract, sale) of every invoice to issue."""
    since = dates.add_months(s.today, -4)
    jobs: list[tuple[date, int | None, int | None]] = []
    for contract in session.scalars(sa.select(Contract).where(
            Contract.status != ContractStatus.DRAFT).order_by(Contract.id)):
        if contract.billing_cycle == BillingCycle.ONE_OFF:
            if (contract.contact_id == s.contacts[_DEPOSIT[0]].id
                    and since <= contract.start_date < s.today):
                jobs.append((contract.start_date, contract.id, None))
            continue
        step, k = CYCLE_MONTHS[BillingCycle(contract.billing_cycle)], 0
        current = current_period(contract, s.today)[0]
        while (start := dates.add_months(contract.start_date, k * step)) < s.today:
            k += 1
            ended = contract.ended_on is not None and start >= contract.ended_on
            if (since <= start or start == current) and runs_on(contract, start) and not ended:
                jobs.append((start, contract.id, None))
    recent = session.scalars(sa.select(Sale).where(
        Sale.payment_method == PaymentMethod.INVOICE, Sale.status == SaleStatus.PENDING,
        Sale.sold_at >= s.now - timedelta(days=25)).order_by(Sale.sold_at, Sale.id))
    jobs += [(dates.to_local(sale.sold_at, STUDIO_ZONE).date() + timedelta(days=1), None,
              sale.id) for sale in list(recent)[:len(_SALE_FATES)]]  # the next morning
    return jobs


def _issue(s: Seed, session: Session, day: date, contract_id: int | None,
           sale_id: int | None) -> tuple[int, int]:
    if sale_id is not None:
        draft = billing.draft_for_sale(session=session, sale_id=sale_id)
    else:
        draft = billing.draft_for_period(session=session, contract_id=contract_id or 0,
                                         today=day)
    _fit_draft(s, session, draft, deposit=contract_id is not None
               and draft.contact_id == s.contacts[_DEPOSIT[0]].id)
    issued = invoices.issue(session=session, invoice_id=draft.id or 0, on=day)
    return issued.id or 0, issued.contact_id


def _fit_draft(s: Seed, session: Session, draft: Invoice, *, deposit: bool) -> None:
    """No UK VAT for a client abroad; only the first part of a one-off fee."""
    values = invoices.draft_input(session, draft)
    export = session.get(Contact, draft.contact_id).country != STUDIO_COUNTRY
    if not (export or deposit):
        return
    for line in values["lines"]:
        line["tax_rate"] = 0 if export else line["tax_rate"]
        if deposit:
            line["description"] = f"{line['description']}: {_DEPOSIT[1]}% on signature"
            line["unit_price_minor"] = line["unit_price_minor"] * _DEPOSIT[1] // 100
    values["note"] = "\n".join(n for n in (values["note"], EXPORT_NOTE if export else "") if n)
    invoices.update_draft(session=session, invoice_id=draft.id or 0, data=values,
                          expected_version=None)


def _settle(s: Seed, invoice_id: int, issued: date, key: str, fate: str) -> None:
    """Pay it (in full or in part), credit part of it first, or leave it owed."""
    if fate == "credit":
        _credit(s, invoice_id, issued + timedelta(days=6))
    if fate in ("unpaid", "open"):
        return
    paid_on = issued + timedelta(days=s.rng.randint(4, 33) if fate != "part" else 3)
    if paid_on >= s.today:
        return  # not in yet
    method = (s.rng.choice((PaymentMethod.CARD, PaymentMethod.PAYPAL)) if key == _DRAFTED
              else s.rng.choices((PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD),
                                 weights=(85, 15))[0])
    with s.writing("maya", s.moment(paid_on, time(16, 0))) as session:
        owed = invoices.balance_of(session.get(Invoice, invoice_id))
        payments.record_payment(session=session, today=s.today, data={
            "invoice_id": invoice_id, "paid_on": paid_on, "method": method,
            "amount_minor": owed // 2 // 100 * 100 if fate == "part" else owed,
            "note": "Part payment" if fate == "part" else ""})


def _credit(s: Seed, invoice_id: int, on: date) -> None:
    """A credit note taking part of the invoice's first line off."""
    with s.writing("maya", s.moment(on, time(11, 0))) as session:
        note = invoices.draft_credit_note(session=session, invoice_id=invoice_id)
        values = invoices.draft_input(session, note)
        description, amount = CREDIT_LINE
        values["lines"] = [{**values["lines"][0], "description": description,
                            "unit_price_minor": amount}]
        invoices.update_draft(session=session, invoice_id=note.id or 0, data=values,
                              expected_version=None)
        invoices.issue(session=session, invoice_id=note.id or 0, on=on)


def _log_time(s: Seed) -> None:
    """Each client's :data:`TIME_LOGS` on weekdays of its current period (or of
    the three weeks before it, if it has only just begun)."""
    for key, entries in TIME_LOGS.items():
        with s.db.read() as session:
            contract = _live_contract(s, session, key)
        first = current_period(contract, s.today)[0]
        if first >= s.today - timedelta(days=7):
            first = s.today - timedelta(days=21)
        weekdays = [day for n in range((s.today - first).days)
                    if (day := first + timedelta(days=n)).weekday() < 5]
        for day, (minutes, note) in zip(sorted(s.rng.sample(weekdays, len(entries))), entries,
                                        strict=True):
            member = s.pick_member(s.contacts[key].owner)
            with s.writing(member, s.moment(day, time(17, 30))) as session:
                time_log.log_time(session=session, data={
                    "contract_id": contract.id, "work_date": day, "minutes": minutes,
                    "note": note})


def _live_contract(s: Seed, session: Session, key: str) -> Contract:
    return session.scalars(sa.select(Contract).where(
        Contract.contact_id == s.contacts[key].id, Contract.status == ContractStatus.ACTIVE)
    ).one()
