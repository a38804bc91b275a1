"""Who owes what: aging, overdue invoices, days to get paid, a client's statement.

Figures as of a day come from what had happened by that day: invoices issued
by then, less the payments dated by then and the credit notes issued by then.
Every figure is per currency; amounts of two currencies are never added.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm import invoice_math
from tuicrm.enums import InvoiceKind
from tuicrm.models import Contact, Invoice, Payment
from tuicrm.services.common import is_sqlite, live
from tuicrm.services.invoice_settings import invoice_settings
from tuicrm.services.invoices import balance_sql, overdue_sql, receivable

#: The aging buckets, by days past the due date: (label, first day, last day).
BUCKETS: tuple[tuple[str, int | None, int | None], ...] = (
    ("current", None, 0), ("1–30", 1, 30), ("31–60", 31, 60), ("61–90", 61, 90),
    ("over 90", 91, None),
)


@dataclass(frozen=True)
class Aging:
    """Per currency, what is owed in each bucket (in :data:`BUCKETS` order)."""

    as_of: date
    buckets: dict[str, tuple[int, ...]]
    labels: tuple[str, ...] = tuple(label for label, _first, _last in BUCKETS)

    def outstanding(self) -> dict[str, int]:
        return {currency: sum(amounts) for currency, amounts in self.buckets.items()}


@dataclass(frozen=True)
class OverdueInvoice:
    id: int
    number: str
    contact_id: int
    client: str
    due_date: date
    days_late: int
    currency: str
    balance_minor: int
    interest_minor: int  # late-payment interest that could be claimed, at the firm's rate


@dataclass(frozen=True)
class StatementLine:
    day: date
    what: str  # "invoice", "credit note", "payment"
    reference: str  # the number, or the paid invoice's number and the method
    currency: str
    amount_minor: int  # + billed, − paid or credited
    balance_minor: int  # the client's balance in this currency after this line


_CREDIT = aliased(Invoice, name="credit")  # made once: an alias copies every column


def owed_as_of(stmt: sa.Select[Any], as_of: date) -> tuple[sa.Select[Any], sa.ColumnElement[int]]:
    """``stmt`` (over ``Invoice``) joined to what was paid and credited by the end of
    ``as_of``, and the row's balance then. Each is summed once per invoice in one
    pass (a correlated sum per invoice made SQLite scan every invoice for the credit
    notes of each, its statistics saying ``credits_id`` is nearly always NULL)."""
    paid = (sa.select(Payment.invoice_id.label("invoice_id"),
                      sa.func.sum(Payment.amount_minor).label("amount"))
            .where(live(Payment), Payment.paid_on <= as_of)
            .group_by(Payment.invoice_id).subquery("paid"))
    credit = _CREDIT
    credited = (sa.select(credit.credits_id.label("invoice_id"),
                          sa.func.sum(credit.total_minor).label("amount"))
                .where(credit.kind == InvoiceKind.CREDIT_NOTE, credit.issued_at.is_not(None),
                       credit.deleted_at.is_(None), credit.issue_date <= as_of)
                .group_by(credit.credits_id).subquery("credited"))
    owed = (Invoice.total_minor - sa.func.coalesce(paid.c.amount, 0)
            - sa.func.coalesce(credited.c.amount, 0))
    return (stmt.outerjoin(paid, paid.c.invoice_id == Invoice.id)
            .outerjoin(credited, credited.c.invoice_id == Invoice.id)), owed


def aging(*, session: Session, as_of: date) -> Aging:
    """What was owed at the end of ``as_of``, per currency and bucket."""
    bucket = sa.case(
        *[(Invoice.due_date >= as_of - timedelta(days=last or 0), index)
          for index, (_label, _first, last) in enumerate(BUCKETS[:-1])],
        else_=len(BUCKETS) - 1)
    base = sa.select(Invoice.currency.label("currency"), bucket.label("bucket"))
    stmt, owed = owed_as_of(base, as_of)
    inner = stmt.add_columns(owed.label("owed")).where(
        receivable(), Invoice.issue_date <= as_of).subquery()
    rows = session.execute(
        sa.select(inner.c.currency, inner.c.bucket, sa.func.sum(inner.c.owed))
        .where(inner.c.owed > 0).group_by(inner.c.currency, inner.c.bucket)).all()
    buckets: dict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
    for currency, index, amount in rows:
        buckets[str(currency)][int(index)] = int(amount)
    return Aging(as_of, {c: tuple(buckets[c]) for c in sorted(buckets)})


def overdue(*, session: Session, today: date, limit: int = 50,
            contact_id: int | None = None) -> list[OverdueInvoice]:
    """Issued invoices past their due date with something still owed, longest late first."""
    stmt = (sa.select(Invoice.id, Invoice.number, Invoice.contact_id, Contact.name,
                      Invoice.due_date, Invoice.currency, balance_sql)
            .join(Contact, Contact.id == Invoice.contact_id)
            .where(overdue_sql(today)).order_by(Invoice.due_date, Invoice.id).limit(limit))
    if contact_id is not None:
        stmt = stmt.where(Invoice.contact_id == contact_id)
    rate = invoice_settings(session=session).interest_rate
    result = []
    for row in session.execute(stmt):
        days = (today - row.due_date).days
        balance = int(row[6])
        result.append(OverdueInvoice(
            id=row.id, number=row.number, contact_id=row.contact_id, client=row.name,
            due_date=row.due_date, days_late=days, currency=row.currency, balance_minor=balance,
            interest_minor=invoice_math.late_interest(balance, rate, days)))
    return result


def count_overdue(*, session: Session, today: date) -> int:
    return int(session.scalar(sa.select(sa.func.count()).select_from(Invoice)
                              .where(overdue_sql(today))) or 0)


def balances(*, session: Session, contact_id: int | None = None) -> dict[str, int]:
    """What is owed now, per currency (one client's, or everyone's)."""
    stmt = (sa.select(Invoice.currency, sa.func.sum(balance_sql)).where(receivable())
            .group_by(Invoice.currency))
    if contact_id is not None:
        stmt = stmt.where(Invoice.contact_id == contact_id)
    return {str(c): int(a) for c, a in session.execute(stmt) if a}


def days_to_get_paid(*, session: Session, since: date, until: date) -> float | None:
    """The mean days from issue to the last payment, over the invoices paid in full
    by payments whose last one came in between ``since`` and ``until``."""
    last_paid = (sa.select(Payment.invoice_id, sa.func.max(Payment.paid_on).label("paid_on"))
                 .where(live(Payment)).group_by(Payment.invoice_id).subquery())
    if is_sqlite(session):
        days: Any = sa.func.julianday(last_paid.c.paid_on) - sa.func.julianday(Invoice.issue_date)
    else:
        days = last_paid.c.paid_on - Invoice.issue_date
    mean = session.scalar(
        sa.select(sa.func.avg(days)).join(last_paid, last_paid.c.invoice_id == Invoice.id)
        .where(receivable(), balance_sql <= 0, Invoice.paid_minor > 0,
               last_paid.c.paid_on.between(since, until)))
    return None if mean is None else round(float(mean), 1)


def statement(*, session: Session, contact_id: int, until: date) -> list[StatementLine]:
    """Every issued invoice, credit note and payment of a client up to ``until``,
    in date order, with the running balance per currency."""
    documents = session.execute(
        sa.select(Invoice.issue_date, Invoice.kind, Invoice.number, Invoice.currency,
                  Invoice.total_minor, Invoice.id)
        .where(Invoice.contact_id == contact_id, Invoice.issued_at.is_not(None), live(Invoice),
               Invoice.issue_date <= until)).all()
    payments = session.execute(
        sa.select(Payment.paid_on, Invoice.number, Payment.method, Invoice.currency,
                  Payment.amount_minor, Payment.id)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(Invoice.contact_id == contact_id, live(Payment), Payment.paid_on <= until)).all()
    events: list[tuple[date, int, int, str, str, str, int]] = []
    for day, kind, number, currency, total, record_id in documents:
        credit = kind == InvoiceKind.CREDIT_NOTE
        events.append((day, 0, record_id, "credit note" if credit else "invoice", number,
                       currency, -total if credit else total))
    for day, number, method, currency, amount, record_id in payments:
        events.append((day, 1, record_id, "payment",
                       f"{number}, {str(getattr(method, 'value', method)).replace('_', ' ')}",
                       currency, -amount))
    running: dict[str, int] = defaultdict(int)
    lines = []
    for day, _order, _id, what, reference, currency, amount in sorted(events):
        running[currency] += amount
        lines.append(StatementLine(day, what, reference, currency, amount, running[currency]))
    return lines
