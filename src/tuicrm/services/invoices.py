"""Invoices and credit notes: drafts, issue, and what each one's status is.

A draft can be edited or deleted; it has no number. Issuing gives it the next
number of its series (``invoice_numbers``), its issue date, and its due date
from the payment terms (the client's own, else the firm's). From then on
nothing on it changes but what was paid and credited against it (kept on the
row, in the transaction of the payment or the credit note). A mistake is put
right by a credit note: a draft made from the invoice's lines, edited down to
what is taken off, then issued in its own series.

Line and total amounts follow the one rounding rule in ``tuicrm.invoice_math``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm import dates, invoice_math
from tuicrm.enums import InvoiceKind, InvoiceStatus
from tuicrm.errors import NotFoundError, ValidationError
from tuicrm.models import (
    MAX_AMOUNT_MINOR,
    Contact,
    Contract,
    Invoice,
    InvoiceCreate,
    InvoiceLine,
    Payment,
    Sale,
    TimeEntry,
)
from tuicrm.money import shown_amount
from tuicrm.services import history, invoice_numbers
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    check_version,
    get_row,
    keyset_page,
    live,
    require_live_contact,
    restore,
    validate,
)
from tuicrm.services.invoice_settings import InvoiceSettings, invoice_settings

_NEWEST = SortKey([Invoice.id], descending=True)

balance_sql: sa.ColumnElement[int] = Invoice.total_minor - Invoice.paid_minor - Invoice.credited_minor


def balance_of(invoice: Any) -> int:
    """What is still owed on an issued invoice (0 on a draft or a credit note)."""
    if invoice.issued_at is None or invoice.kind == InvoiceKind.CREDIT_NOTE:
        return 0
    return invoice.total_minor - invoice.paid_minor - invoice.credited_minor


def status_of(invoice: Any, today: date) -> InvoiceStatus:
    """Worked out from the row, never typed: a credit note is issued or a draft."""
    if invoice.issued_at is None:
        return InvoiceStatus.DRAFT
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.ISSUED
    if balance_of(invoice) <= 0:
        return InvoiceStatus.PAID if invoice.paid_minor > 0 or invoice.credited_minor == 0 \
            else InvoiceStatus.CREDITED
    if invoice.due_date is not None and invoice.due_date < today:
        return InvoiceStatus.OVERDUE
    return InvoiceStatus.PARTLY_PAID if invoice.paid_minor > 0 else InvoiceStatus.ISSUED


def receivable() -> sa.ColumnElement[bool]:
    """Issued, live invoices (not credit notes): what can be owed."""
    return sa.and_(Invoice.kind == InvoiceKind.INVOICE, Invoice.issued_at.is_not(None),
                   live(Invoice))


def overdue_sql(today: date) -> sa.ColumnElement[bool]:
    return sa.and_(receivable(), Invoice.due_date < today, balance_sql > 0)


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str | None
    kind: InvoiceKind
    status: InvoiceStatus
    contact_id: int
    client: str
    issue_date: date | None
    due_date: date | None
    currency: str
    total_minor: int
    balance_minor: int
    version: int


@dataclass(frozen=True)
class InvoiceDetail:
    invoice: Invoice
    status: InvoiceStatus
    client: str
    client_address: tuple[str, ...]  # street, postal code and city, region, country
    client_country: str  # as typed on the contact (Factur-X wants a two-letter code)
    firm: InvoiceSettings | None  # the firm's details at issue (None for a draft)
    lines: list[InvoiceLine]
    totals: invoice_math.Totals
    payments: list[Payment]
    credit_notes: list[Invoice]  # issued and draft credit notes against it
    credits_number: str | None  # the invoice a credit note corrects
    balance_minor: int


# --- drafts -----------------------------------------------------------------


def create_draft(*, session: Session, data: InvoiceCreate | Mapping[str, Any],
                 kind: InvoiceKind = InvoiceKind.INVOICE, credits_id: int | None = None,
                 contract_id: int | None = None, period: tuple[date, date] | None = None,
                 sale_id: int | None = None) -> Invoice:
    values: InvoiceCreate = validate(InvoiceCreate, data)
    require_live_contact(session, values.contact_id)
    invoice = Invoice(contact_id=values.contact_id, currency=values.currency, note=values.note,
                      kind=kind, credits_id=credits_id, contract_id=contract_id,
                      period_start=period[0] if period else None,
                      period_end=period[1] if period else None, sale_id=sale_id)
    session.add(invoice)
    session.flush()
    _write_lines(session, invoice, values)
    return invoice


def update_draft(*, session: Session, invoice_id: int, data: InvoiceCreate | Mapping[str, Any],
                 expected_version: int | None) -> Invoice:
    """Replace a draft's client, currency, note and lines."""
    invoice = _draft(session, invoice_id)
    check_version(session, invoice, expected_version)
    values: InvoiceCreate = validate(InvoiceCreate, data)
    require_live_contact(session, values.contact_id)
    if invoice.kind == InvoiceKind.CREDIT_NOTE and (
            values.contact_id != invoice.contact_id or values.currency != invoice.currency):
        raise ValidationError({"contact_id": "a credit note keeps its invoice's client and currency"})
    before = draft_input(session, invoice)
    invoice.contact_id, invoice.currency, invoice.note = (values.contact_id, values.currency,
                                                          values.note)
    history.note_lists(session, invoice, before, values.model_dump(), ("lines",))
    session.execute(sa.delete(InvoiceLine).where(InvoiceLine.invoice_id == invoice.id))
    _write_lines(session, invoice, values)
    invoice.updated_at = dates.utcnow()  # new lines are a change even at the same total
    session.flush()
    return invoice


def delete_draft(*, session: Session, invoice_id: int,
                 expected_version: int | None = None) -> Invoice:
    invoice = _draft(session, invoice_id)
    check_version(session, invoice, expected_version)
    invoice.deleted_at = dates.utcnow()
    # its time is unbilled again (bringing the draft back does not take it back)
    session.execute(sa.update(TimeEntry).where(TimeEntry.invoice_id == invoice_id)
                    .values(invoice_id=None, version=TimeEntry.version + 1))
    session.flush()
    return invoice


def restore_draft(*, session: Session, invoice_id: int) -> Invoice:
    return restore(session, Invoice, invoice_id)


def draft_input(session: Session, invoice: Invoice) -> dict[str, Any]:
    """A draft's values in the shape :func:`update_draft` takes."""
    return {"contact_id": invoice.contact_id, "currency": invoice.currency, "note": invoice.note,
            "lines": [{"description": line.description, "quantity_milli": line.quantity_milli,
                       "unit_price_minor": line.unit_price_minor, "tax_rate": line.tax_rate}
                      for line in _lines(session, invoice.id or 0)]}


def draft_credit_note(*, session: Session, invoice_id: int) -> Invoice:
    """A draft credit note against an issued invoice, with the invoice's lines,
    to be cut down to what is taken off."""
    invoice = get_row(session, Invoice, invoice_id)
    if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
        raise ValidationError({"invoice": "only an issued invoice can be credited"})
    values = draft_input(session, invoice)
    values["note"] = f"Credit note for invoice {invoice.number}"
    return create_draft(session=session, data=values, kind=InvoiceKind.CREDIT_NOTE,
                        credits_id=invoice.id)


# --- issue --------------------------------------------------------------------


def issue(*, session: Session, invoice_id: int, on: date,
          expected_version: int | None = None) -> Invoice:
    """Give a draft its number, issue date and due date; from now on it is fixed."""
    invoice = _draft(session, invoice_id, lock=True)
    check_version(session, invoice, expected_version)
    require_live_contact(session, invoice.contact_id)
    if invoice.total_minor <= 0:
        raise ValidationError({"lines": "an invoice must come to more than nothing"})
    settings = invoice_settings(session=session)
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        prefix = settings.credit_prefix
        _take_off(session, invoice)
    else:
        prefix = settings.invoice_prefix
        _refuse_billed_twice(session, invoice)
    contact = session.get(Contact, invoice.contact_id)
    terms = contact.payment_terms_days if contact and contact.payment_terms_days is not None \
        else settings.terms_days
    series = invoice_numbers.series_for(prefix, on)
    sequence = invoice_numbers.take_next(session=session, series=series)
    invoice.series, invoice.sequence = series, sequence
    invoice.number = invoice_numbers.format_number(series, sequence)
    invoice.issue_date, invoice.terms_days = on, terms
    invoice.due_date = on + timedelta(days=terms)
    invoice.issued_at = dates.utcnow()
    invoice.issued_by_id = session.info.get("actor_id")
    invoice.issued_details = json.dumps({
        "firm": asdict(settings),
        "client": {"name": contact.name if contact else "",
                   "address": list(_address(contact)) if contact else [],
                   "country": contact.country if contact else ""}}, ensure_ascii=False)
    session.flush()
    return invoice


def _take_off(session: Session, credit_note: Invoice) -> None:
    """Apply an issued credit note to its invoice: at most what is still owed."""
    invoice = locked_invoice(session, credit_note.credits_id or 0)
    owed = balance_of(invoice)
    if credit_note.total_minor > owed:
        raise ValidationError({"lines": (
            f"A credit note can take off at most what is still owed on {invoice.number}: "
            f"{shown_amount(owed, invoice.currency)}. Take back a payment first to credit more.")})
    invoice.credited_minor += credit_note.total_minor


def billed_on(session: Session, *, contract_id: int | None = None,
              period: tuple[date, date] | None = None, sale_id: int | None = None,
              issued_only: bool = True, besides: int | None = None) -> str | None:
    """The number of a live invoice (``issued_only=False``: or a draft, as "") that
    already bills part of this contract ``period`` or this sale, not wholly
    credited; None if none does. The one rule of "billed twice": periods that
    overlap by a day are the same work.

    The contract or sale row is locked first (PostgreSQL; SQLite's write is
    alone already), so two people billing it at once are checked one after the
    other: the second sees the first's invoice."""
    if contract_id is not None and period is not None:
        session.execute(sa.select(Contract.id).where(Contract.id == contract_id)
                        .with_for_update())
        same = sa.and_(Invoice.contract_id == contract_id, Invoice.period_start <= period[1],
                       Invoice.period_end >= period[0])
    elif sale_id is not None:
        session.execute(sa.select(Sale.id).where(Sale.id == sale_id).with_for_update())
        same = Invoice.sale_id == sale_id
    else:
        return None
    shown = receivable() if issued_only else sa.and_(
        Invoice.kind == InvoiceKind.INVOICE, live(Invoice))
    found = session.execute(
        sa.select(Invoice.number).where(same, shown, Invoice.id != (besides or 0),
                                        Invoice.credited_minor < Invoice.total_minor)
        .order_by(Invoice.number.is_(None)).limit(1)).first()
    return None if found is None else (found.number or "")


def _refuse_billed_twice(session: Session, invoice: Invoice) -> None:
    """The same contract period, or the same sale, is never on two issued invoices
    (one wholly credited does not count)."""
    period = ((invoice.period_start, invoice.period_end)
              if invoice.period_start and invoice.period_end else None)
    billed = billed_on(session, contract_id=invoice.contract_id, period=period,
                       sale_id=invoice.sale_id if period is None else None, besides=invoice.id)
    if billed is not None:
        what = (f"This contract's period from {dates.format_date(period[0])}" if period
                else "This sale")
        raise ValidationError({"invoice": f"{what} is already billed on invoice {billed}."})


def locked_invoice(session: Session, invoice_id: int) -> Invoice:
    """The invoice, locked until the commit on PostgreSQL (SQLite's write is already alone)."""
    invoice = session.scalars(sa.select(Invoice).where(Invoice.id == invoice_id)
                              .with_for_update()).first()
    if invoice is None or invoice.deleted_at is not None:
        raise NotFoundError("Invoice", invoice_id)
    session.refresh(invoice)
    return invoice


# --- reading ------------------------------------------------------------------


def get_invoice(*, session: Session, invoice_id: int, today: date) -> InvoiceDetail:
    invoice = get_row(session, Invoice, invoice_id)
    lines = _lines(session, invoice_id)
    payments = list(session.scalars(
        sa.select(Payment).where(Payment.invoice_id == invoice_id, live(Payment))
        .order_by(Payment.paid_on, Payment.id)))
    credit_notes = list(session.scalars(
        sa.select(Invoice).where(Invoice.credits_id == invoice_id, live(Invoice))
        .order_by(Invoice.id)))
    credits_number = (session.scalar(sa.select(Invoice.number)
                                     .where(Invoice.id == invoice.credits_id))
                      if invoice.credits_id else None)
    contact = session.get(Contact, invoice.contact_id)
    client = {"name": contact.name if contact else "",
              "address": list(_address(contact)) if contact else [],
              "country": contact.country if contact else ""}
    firm = None
    if invoice.issued_details:  # issued: the details as they were then
        kept = json.loads(invoice.issued_details)
        client.update(kept.get("client", {}))
        firm = InvoiceSettings(**{k: v for k, v in kept.get("firm", {}).items()
                                  if k in InvoiceSettings.__dataclass_fields__})
    return InvoiceDetail(
        invoice=invoice, status=status_of(invoice, today),
        client=str(client["name"]), client_address=tuple(client["address"]),
        client_country=str(client["country"]), firm=firm,
        lines=lines, totals=invoice_math.totals(
            (line.quantity_milli, line.unit_price_minor, line.tax_rate) for line in lines),
        payments=payments, credit_notes=credit_notes, credits_number=credits_number,
        balance_minor=balance_of(invoice))


def find_by_number(*, session: Session, number: str) -> int:
    found = session.scalar(sa.select(Invoice.id).where(
        sa.func.upper(Invoice.number) == number.strip().upper(), live(Invoice)))
    if found is None:
        raise NotFoundError("Invoice", number.strip())
    return int(found)


_CLIENT = aliased(Contact, name="client")  # made once: an alias copies every column


def list_invoices(*, session: Session, today: date, overdue: bool = False,
                  contact_id: int | None = None, drafts: bool = True,
                  after: Cursor | None = None, limit: int = DEFAULT_PAGE) -> Page[InvoiceRow]:
    """Invoices and credit notes, newest first; ``overdue`` keeps those past due and unpaid."""
    client = _CLIENT
    stmt = (sa.select(Invoice, client.name)
            .join(client, client.id == Invoice.contact_id)
            .where(live(Invoice)))
    if overdue:
        stmt = stmt.where(overdue_sql(today))
    if contact_id is not None:
        stmt = stmt.where(Invoice.contact_id == contact_id)
    if not drafts:
        stmt = stmt.where(Invoice.issued_at.is_not(None))
    return keyset_page(session, stmt, _NEWEST, after=after, limit=limit,
                       row_factory=lambda r: _row(r[0], r[1], today),
                       cursor_of=lambda r: (r[0].id,))


def _row(invoice: Invoice, client: str, today: date) -> InvoiceRow:
    return InvoiceRow(
        id=invoice.id or 0, number=invoice.number, kind=invoice.kind,  # as stored (UnknownValue)
        status=status_of(invoice, today), contact_id=invoice.contact_id, client=client,
        issue_date=invoice.issue_date, due_date=invoice.due_date, currency=invoice.currency,
        total_minor=invoice.total_minor, balance_minor=balance_of(invoice),
        version=invoice.version)


# --- helpers --------------------------------------------------------------------


def _address(contact: Contact) -> tuple[str, ...]:
    town = " ".join(p for p in (contact.postal_code, contact.city) if p)
    return tuple(p for p in (contact.street, town, contact.region, contact.country) if p)


def _draft(session: Session, invoice_id: int, *, lock: bool = False) -> Invoice:
    stmt = sa.select(Invoice).where(Invoice.id == invoice_id)
    invoice = session.scalars(stmt.with_for_update() if lock else stmt).first()
    if invoice is None or invoice.deleted_at is not None:
        raise NotFoundError("Invoice", invoice_id)
    if invoice.issued_at is not None:
        raise ValidationError({"invoice": (
            f"Invoice {invoice.number} was issued and cannot change; "
            "correct it with a credit note.")})
    return invoice


def _write_lines(session: Session, invoice: Invoice, values: InvoiceCreate) -> None:
    lines = [(line.quantity_milli, line.unit_price_minor, line.tax_rate) for line in values.lines]
    totals = invoice_math.totals(lines)
    if abs(totals.total_minor) > MAX_AMOUNT_MINOR or any(
            abs(invoice_math.line_amounts(*line).net_minor) > MAX_AMOUNT_MINOR for line in lines):
        raise ValidationError({"lines": "the total is too large to record"})
    for position, line in enumerate(values.lines):
        amounts = invoice_math.line_amounts(line.quantity_milli, line.unit_price_minor,
                                            line.tax_rate)
        session.add(InvoiceLine(
            invoice_id=invoice.id, position=position, description=line.description,
            quantity_milli=line.quantity_milli, unit_price_minor=line.unit_price_minor,
            tax_rate=line.tax_rate, net_minor=amounts.net_minor, tax_minor=amounts.tax_minor))
    invoice.net_minor, invoice.tax_minor = totals.net_minor, totals.tax_minor
    invoice.total_minor = totals.total_minor
    session.flush()


def _lines(session: Session, invoice_id: int) -> list[InvoiceLine]:
    return list(session.scalars(sa.select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id)
                                .order_by(InvoiceLine.position, InvoiceLine.id)))
