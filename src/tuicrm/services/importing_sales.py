"""Importing sales from CSV: one sale per line, to a customer found or created.

Columns (see :mod:`tuicrm.interop.csv_mapping`): customer (a name or an
email address) and/or email, date, items (text: the sale's one line),
amount (as typed: "12.50", "12,50", "1.234,50", "€12"), currency (ISO code;
the import's default otherwise), and optionally note and status (paid or
pending; refunds are recorded in tuicrm, against the sale).

The customer is the contact with that email, else the one with that exact
name; when there is none, the modes that create make a new contact (once per
customer, however many lines name them) and update-only skips the line. A
line that matches a sale already recorded (same customer, moment, amount and
currency) is not recorded twice, so importing the same file again is safe.

Dates: ISO (``2026-11-22``, ``2026-11-22T14:30+01:00``), ``22.11.2026``,
``2026/11/22``, and slashed day/month orders (``22/11/2026``, ``11/22/2026``):
the order is taken from the file when one of its dates shows it (a part above
12), or given as ``date_order`` ("dmy" or "mdy"); a date that stays
ambiguous is reported, never guessed. A date without a time is noon, local.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import CrmError, ValidationError
from tuicrm.interop.import_source import SourceFile, SourceRow
from tuicrm.models import Contact, ContactCreate, Sale, SaleCreate, SaleStatus
from tuicrm.money import MoneyError, format_amount, normalize_currency, parse_amount
from tuicrm.services import import_lookup as lookup
from tuicrm.services.common import live, validate
from tuicrm.services.contact_bulk import insert_contacts
from tuicrm.services.import_plan import Action, ImportMode, ImportPlan, PlanLine
from tuicrm.services.importing_contacts import NewContact, email_keys, key_of
from tuicrm.textclean import clean_text

DEFAULT_ITEM = "Imported sale"
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_STATUSES = {"paid": SaleStatus.PAID, "pending": SaleStatus.PENDING}


@dataclass
class NewSale:
    values: SaleCreate  # contact_id is filled in when the customer is known
    customer_id: int | None
    customer_key: str | None = None  # a customer this import creates


def plan_sales(session: Session, source: SourceFile, mode: ImportMode, *, currency: str,
               date_order: str | None) -> ImportPlan:
    try:
        default_currency = normalize_currency(currency)
    except MoneyError as err:
        raise CrmError(f"--currency: {err}") from None
    order = date_order or dates.infer_date_order(r.values.get("date", "") for r in source.rows)
    lines = [PlanLine(p.line, Action.SKIP, "", p.message, record_type="sale")
             for p in source.problems]
    customers = [_customer_keys(row) for row in source.rows]
    by_email = lookup.contacts_by_email(session, (e for e, _ in customers if e))
    by_name = lookup.contacts_by_name(session, (n for _, n in customers if n))
    new_customers: dict[str, PlanLine] = {}
    for row, (email, name) in zip(source.rows, customers, strict=True):
        who = email or clean_text(row.values.get("customer", ""), multiline=False)
        line = PlanLine(row.line, Action.SKIP, who or "(no customer)", record_type="sale")
        lines.append(line)
        if not email and not name:
            line.detail = "no customer (a name or an email address)"
            continue
        values = _sale_values(row, line, default_currency, order)
        if values is None:
            continue
        ids = by_email.get(email, set()) if email else set()
        known = [k.id for k in by_name.get(name, [])] if name and not ids else []
        if len(ids) > 1 or len(known) > 1:
            line.detail = f"more than one contact is {who}: add the customer's email"
            continue
        found = next(iter(ids), None) or (known[0] if known else None)
        payload = NewSale(values, found)
        if found is None:
            key = email or name
            if key not in new_customers:
                if not mode.creates:
                    line.detail = f"no customer {who} and the mode is update only"
                    continue
                created = _new_customer(row, email, line)
                if created is None:
                    continue
                lines.append(created)
                new_customers[key] = created
            payload.customer_key = key
        line.action, line.payload = Action.CREATE, payload
    _skip_recorded(session, lines, mode)
    return ImportPlan(source, mode, lines)


def sale_writes(plan: ImportPlan) -> list[PlanLine]:
    """The plan's writes in the order they are made: new customers, then the sales."""
    return ([p for p in plan.lines if p.action is Action.CREATE and p.record_type == "contact"]
            + [p for p in plan.lines if p.action is Action.CREATE and p.record_type == "sale"])


def write_sales(session: Session, lines: list[PlanLine], tick: Callable[[int], None],
                new_ids: dict[str, int]) -> None:
    """Write some of :func:`sale_writes` (in its order): new customers in bulk, then each
    sale through ``create_sale`` (totals, lines); ``new_ids`` carries the new customers'
    ids from one batch to the next."""
    from tuicrm.services.sales import create_sale

    customers = [p for p in lines if p.action is Action.CREATE and p.record_type == "contact"]
    ids = insert_contacts(session=session, contacts=[p.payload.values for p in customers],
                          progress=tick)
    for p, new_id in zip(customers, ids, strict=True):
        p.record_id = new_id
        new_ids[p.payload.key] = new_id
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "sale"]
    # create_sale checks each customer with session.get; holding them here keeps
    # them in the session's (weak) identity map instead of reloading per sale.
    wanted = {*new_ids.values(), *(p.payload.customer_id for p in planned)} - {None}
    held = [session.scalars(sa.select(Contact).where(Contact.id.in_(batch))).all()
            for batch in lookup.chunks(wanted)]
    for p in planned:
        sale: NewSale = p.payload
        contact_id = sale.customer_id or new_ids[sale.customer_key or ""]
        p.record_id = create_sale(session=session, data=sale.values.model_copy(
            update={"contact_id": contact_id})).id
        tick(1)
    del held


def parse_moment(text: str, order: str | None) -> datetime:
    """A sale's moment from what the file says; raises DateError/ValueError with a plain message."""
    raw = " ".join(text.split())
    try:
        return _aware(datetime.fromisoformat(raw)) if len(raw) > 10 else _noon(date.fromisoformat(raw))
    except ValueError:
        pass
    day_text, _, time_text = raw.partition(" ")
    if match := _SLASHED.fullmatch(day_text):
        a, b, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
        if order is None and a <= 12 and b <= 12 and a != b:
            raise ValueError(f"'{raw}' could be either day/month or month/day: write it as "
                             "YYYY-MM-DD or give the date order")
        day_month = (a, b) if order == "dmy" or (order is None and a > 12) else (b, a)
        try:
            day = date(year, day_month[1], day_month[0])
        except ValueError:
            raise ValueError(f"'{raw}' is not a date") from None
    else:
        day = dates.parse_date(day_text)
    if not time_text:
        return _noon(day)
    return dates.local_datetime(day, dates.parse_time(time_text))


def _noon(day: date) -> datetime:
    return dates.local_datetime(day, time(12))


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return dates.local_datetime(moment.date(), moment.time())
    return moment


def _customer_keys(row: SourceRow) -> tuple[str, str]:
    """(lower-cased email, casefolded name) the line names its customer by."""
    customer = row.values.get("customer", "")
    email = row.values.get("email", "") or (customer if "@" in customer else "")
    emails = email_keys({"emails": [email]}) if email else []
    name = "" if "@" in customer else key_of(customer)
    return (emails[0] if emails else ""), name


def _sale_values(row: SourceRow, line: PlanLine, default_currency: str,
                 order: str | None) -> SaleCreate | None:
    v = row.values
    try:
        currency = normalize_currency(v.get("currency") or default_currency)
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


def _new_customer(row: SourceRow, email: str, line: PlanLine) -> PlanLine | None:
    name = clean_text(row.values.get("customer", ""), multiline=False) or email
    try:
        values = validate(ContactCreate, {"name": name, "emails": [email] if email else []})
    except ValidationError as err:
        line.detail = f"the new customer cannot be created: {lookup.reason(err)}"
        return None
    return PlanLine(row.line, Action.CREATE, values.name, f"new customer for line {row.line}",
                    payload=NewContact(values, key=email or key_of(name)))


def _skip_recorded(session: Session, lines: list[PlanLine], mode: ImportMode) -> None:
    """Lines whose sale is already recorded are not recorded twice."""
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "sale"
               and p.payload.customer_id is not None]
    recorded: dict[tuple[int, datetime, int, str], int] = {}
    for batch in lookup.chunks({p.payload.customer_id for p in planned}):
        rows = session.execute(sa.select(Sale.id, Sale.contact_id, Sale.sold_at, Sale.total_minor,
                                         Sale.currency)
                               .where(Sale.contact_id.in_(batch), live(Sale)))
        for sale_id, contact_id, sold_at, total, currency in rows:
            recorded.setdefault((contact_id, dates.to_utc(sold_at), total, currency), sale_id)
    for p in planned:
        values: SaleCreate = p.payload.values
        key = (p.payload.customer_id, dates.to_utc(values.sold_at),
               values.lines[0].unit_price_minor, values.currency)
        if key in recorded:
            p.action = Action.SKIP if mode is ImportMode.CREATE else Action.UNCHANGED
            p.detail, p.record_id, p.payload = f"already recorded as sale {recorded[key]}", recorded[key], None
