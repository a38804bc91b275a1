"""Importing sales from CSV: one sale per line, to a customer found or created.

Columns (see :mod:`tuicrm.interop.csv_mapping`): customer (a name or an
email address) and/or email, date, items (text: the sale's one line),
amount (as typed: "12.50", "12,50", "1.234,50", "€12"), currency (ISO code;
the import's default otherwise), and optionally note and status (paid or
pending; refunds are recorded in tuicrm, against the sale).

The customer is found, or created once per customer, as
:mod:`.import_customers` says; update-only skips a line whose customer is
not there. A line that matches a sale already recorded (same customer,
moment, amount and currency) is not recorded twice, so importing the same
file again is safe. Dates are read as :mod:`.import_values` says.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.interop.import_source import SourceFile, SourceRow
from tuicrm.models import Sale, SaleCreate, SaleStatus
from tuicrm.money import MoneyError, format_amount, normalize_currency, parse_amount
from tuicrm.services import import_lookup as lookup
from tuicrm.services.common import live, validate
from tuicrm.services.import_customers import (
    Customer,
    Customers,
    Named,
    held_contacts,
    write_new_contacts,
)
from tuicrm.services.import_plan import Action, ImportMode, ImportPlan, PlanLine
from tuicrm.services.import_values import default_currency, parse_moment
from tuicrm.textclean import clean_text

DEFAULT_ITEM = "Imported sale"
_STATUSES = {"paid": SaleStatus.PAID, "pending": SaleStatus.PENDING}


@dataclass
class NewSale:
    values: SaleCreate  # contact_id is filled in when the customer is known
    customer: Customer


def plan_sales(session: Session, source: SourceFile, mode: ImportMode, *, currency: str,
               date_order: str | None) -> ImportPlan:
    fallback = default_currency(currency)
    order = date_order or dates.infer_date_order(r.values.get("date", "") for r in source.rows)
    lines = [PlanLine(p.line, Action.SKIP, "", p.message, record_type="sale")
             for p in source.problems]
    named = [_customer(row) for row in source.rows]
    customers = Customers(session, named, mode)
    for row, who in zip(source.rows, named, strict=True):
        shown = who.email or clean_text(row.values.get("customer", ""), multiline=False)
        line = PlanLine(row.line, Action.SKIP, shown or "(no customer)", record_type="sale")
        lines.append(line)
        if not who:
            line.detail = "no customer (a name or an email address)"
            continue
        values = _sale_values(row, line, fallback, order)
        if values is None:
            continue
        customer = customers.find(who, line)
        if customer is not None:
            line.action, line.payload = Action.CREATE, NewSale(values, customer)
    lines += customers.created
    _skip_recorded(session, lines, mode)
    return ImportPlan(source, mode, lines)


def write_sales(session: Session, lines: list[PlanLine], tick: Callable[[int], None],
                new_ids: dict[str, int]) -> None:
    """Write some of the plan's writes (``customer_writes``, in its order): new customers
    in bulk, then each sale through ``create_sale`` (totals, lines); ``new_ids``
    carries the new customers' ids from one batch to the next."""
    from tuicrm.services.sales import create_sale

    write_new_contacts(session, lines, tick, new_ids)
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "sale"]
    held = held_contacts(session, [*new_ids.values(), *(p.payload.customer.id for p in planned)])
    for p in planned:
        sale: NewSale = p.payload
        contact_id = sale.customer.id or new_ids[sale.customer.key or ""]
        p.record_id = create_sale(session=session, data=sale.values.model_copy(
            update={"contact_id": contact_id})).id
        tick(1)
    del held


def _customer(row: SourceRow) -> Named:
    """Whom the line names: its customer cell is a name or an email address."""
    customer = row.values.get("customer", "")
    email = row.values.get("email", "") or (customer if "@" in customer else "")
    return Named.of(email, "" if "@" in customer else customer)


def _sale_values(row: SourceRow, line: PlanLine, fallback: str,
                 order: str | None) -> SaleCreate | None:
    v = row.values
    try:
        currency = normalize_currency(v.get("currency") or fallback)
        if not v.get("amount"):
            raise MoneyError("no amount")
        amount = parse_amount(v["amount"], currency)
    except MoneyError as err:
        line.detail = f"invalid amount: {err}"
        return None
    if amount < 0:
        line.detail = "a negative amount (a refund?) is not a sale: record refunds in tuicrm"
        return None
    if not v.get("date"):
        line.detail = "no date"
        return None
    try:
        sold_at = parse_moment(v["date"], order)
    except ValueError as err:
        line.detail = f"invalid date: {err}"
        return None
    status = _STATUSES.get(v.get("status", "paid").strip().lower())
    if status is None:
        line.detail = (f"status {v['status']!r} cannot be imported (paid or pending; record "
                       "refunds in tuicrm)")
        return None
    line.label = (f"{line.label}: {format_amount(amount, currency)} on "
                  f"{dates.to_local(sold_at).date().isoformat()}")
    data = {"contact_id": 0, "sold_at": sold_at, "currency": currency, "status": status,
            "note": v.get("note", ""), "lines": [{"description": v.get("items") or DEFAULT_ITEM,
                                                  "quantity": 1, "unit_price_minor": amount}]}
    try:
        return validate(SaleCreate, data)
    except ValidationError as err:
        line.detail = lookup.reason(err)
        return None


def _skip_recorded(session: Session, lines: list[PlanLine], mode: ImportMode) -> None:
    """Lines whose sale is already recorded are not recorded twice."""
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "sale"
               and p.payload.customer.id is not None]
    recorded: dict[tuple[int, datetime, int, str], int] = {}
    for batch in lookup.chunks({p.payload.customer.id for p in planned}):
        rows = session.execute(sa.select(Sale.id, Sale.contact_id, Sale.sold_at, Sale.total_minor,
                                         Sale.currency)
                               .where(Sale.contact_id.in_(batch), live(Sale)))
        for sale_id, contact_id, sold_at, total, currency in rows:
            recorded.setdefault((contact_id, dates.to_utc(sold_at), total, currency), sale_id)
    for p in planned:
        values: SaleCreate = p.payload.values
        key = (p.payload.customer.id, dates.to_utc(values.sold_at),
               values.lines[0].unit_price_minor, values.currency)
        if key in recorded:
            p.action = Action.SKIP if mode is ImportMode.CREATE else Action.UNCHANGED
            p.detail, p.record_id, p.payload = f"already recorded as sale {recorded[key]}", recorded[key], None
