"""Payments against invoices: partial ones add up; more than is owed is refused;
taking one back (an undo) marks it deleted and gives the amount back to the
invoice's balance. What was paid is kept on the invoice in the same
transaction, so its balance is always total − payments − credit notes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import InvoiceKind
from tuicrm.errors import ValidationError
from tuicrm.models import Payment, PaymentCreate
from tuicrm.money import shown_amount
from tuicrm.services.common import get_row, validate
from tuicrm.services.invoices import balance_of, locked_invoice


def record_payment(*, session: Session, data: PaymentCreate | Mapping[str, Any],
                   today: date) -> Payment:
    values: PaymentCreate = validate(PaymentCreate, data)
    invoice = locked_invoice(session, values.invoice_id)
    if invoice.issued_at is None or invoice.kind != InvoiceKind.INVOICE:
        raise ValidationError({"invoice_id": "a payment is recorded against an issued invoice"})
    if values.paid_on > today:
        raise ValidationError({"paid_on": "a payment is recorded once it has come in, "
                                          "not on a day still ahead"})
    owed = balance_of(invoice)
    if values.amount_minor > owed:
        raise ValidationError({"amount_minor": (
            f"That is more than is owed: {shown_amount(owed, invoice.currency)} is left "
            f"on {invoice.number}." if owed else f"Nothing is owed on {invoice.number}.")})
    payment = Payment(**values.model_dump())
    session.add(payment)
    invoice.paid_minor += values.amount_minor
    session.flush()
    return payment


def take_back_payment(*, session: Session, payment_id: int) -> Payment:
    """Undo a payment: it no longer counts, and the invoice owes it again."""
    payment = get_row(session, Payment, payment_id)
    invoice = locked_invoice(session, payment.invoice_id)
    payment.deleted_at = dates.utcnow()
    invoice.paid_minor -= payment.amount_minor
    session.flush()
    return payment
