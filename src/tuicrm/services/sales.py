"""Sales (purchases) with their line items and refunds, and the product catalogue.

A sale and its lines are written in one transaction, so a sale is never
stored without its lines. Totals are computed here and stored, so reports can
sum them in SQL: ``total = sum(quantity * unit price) - discount``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates, search_index
from tuicrm.errors import NotFoundError, ValidationError
from tuicrm.models import (
    MAX_AMOUNT_MINOR,
    Contact,
    Product,
    ProductCreate,
    Refund,
    RefundCreate,
    Sale,
    SaleCreate,
    SaleLine,
    SalesChannel,
    SaleStatus,
)
from tuicrm.services import history
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    assign,
    check_version,
    get_row,
    insert_row,
    keyset_page,
    live,
    require_live_contact,
    restore,
    soft_delete,
    validate,
    validate_changes,
)
from tuicrm.services.edits import reconcile

_NEWEST = SortKey([Sale.sold_at, Sale.id], descending=True)
_HEADER_FIELDS = [f for f in SaleCreate.model_fields if f != "lines"]


@dataclass(frozen=True)
class SaleRow:
    id: int
    sold_at: datetime
    contact_id: int
    customer: str
    items: str  # "Logo design ×1, Business cards ×2"
    total_minor: int
    refunded_minor: int
    currency: str
    status: SaleStatus
    version: int


@dataclass(frozen=True)
class SaleDetail:
    sale: Sale
    lines: list[SaleLine]
    refunds: list[Refund]


# --- sales -----------------------------------------------------------------


def create_sale(*, session: Session, data: SaleCreate | Mapping[str, Any]) -> Sale:
    values: SaleCreate = validate(SaleCreate, data)
    _check_customer(session, values.contact_id)
    sale = Sale()
    assign(sale, values, _HEADER_FIELDS)
    _set_totals(sale, values)
    session.add(sale)
    session.flush()
    _write_lines(session, sale, values)
    return sale


def update_sale(
    *, session: Session, sale_id: int, changes: Mapping[str, Any], expected_version: int | None,
    base: Mapping[str, Any] | None = None,
) -> Sale:
    """Change a sale; ``lines`` in ``changes`` replaces all of its lines."""
    sale = get_row(session, Sale, sale_id)
    current = sale_input(session, sale)
    changes = reconcile(session, sale, SaleCreate, current, changes,
                        expected_version=expected_version, base=base)
    values: SaleCreate = validate_changes(SaleCreate, current, changes)
    _check_customer(session, values.contact_id)
    assign(sale, values, _HEADER_FIELDS)
    _set_totals(sale, values)
    if sale.refunded_minor > sale.total_minor:
        raise ValidationError({"lines": "the total would be less than what was already refunded"})
    if "lines" in changes:
        history.note_lists(session, sale, current, values.model_dump(), ("lines",))
        session.execute(sa.delete(SaleLine).where(SaleLine.sale_id == sale.id))
        _write_lines(session, sale, values)
        sale.updated_at = dates.utcnow()  # new lines are a change even at the same total
    session.flush()
    return sale


def sale_input(session: Session, sale: Sale) -> dict[str, Any]:
    """The stored sale in the shape a save sends (with its lines)."""
    current = {f: getattr(sale, f) for f in _HEADER_FIELDS}
    current["lines"] = [_line_input(line) for line in _lines(session, sale.id)]
    return current


def refund_sale(
    *, session: Session, sale_id: int, data: RefundCreate | Mapping[str, Any],
    expected_version: int | None = None,
) -> Refund:
    """Record a refund or return; the sale becomes partially or fully refunded."""
    values: RefundCreate = validate(RefundCreate, data)
    sale = get_row(session, Sale, sale_id)
    check_version(session, sale, expected_version)
    if sale.status == SaleStatus.PENDING:
        raise ValidationError({"amount_minor": "this sale is not paid yet: nothing to refund"})
    left = sale.total_minor - sale.refunded_minor
    if values.amount_minor > left:
        raise ValidationError({"amount_minor": f"at most {left} can still be refunded"})
    refund = Refund(sale_id=sale.id, refunded_at=dates.utcnow(), **values.model_dump())
    session.add(refund)
    sale.refunded_minor += values.amount_minor
    sale.status = (
        SaleStatus.REFUNDED if sale.refunded_minor == sale.total_minor
        else SaleStatus.PARTIALLY_REFUNDED
    )
    session.flush()
    return refund


def undo_refund(*, session: Session, refund_id: int) -> Sale:
    """Take back a refund recorded by mistake; the sale's status follows."""
    refund = session.get(Refund, refund_id)
    if refund is None:
        raise NotFoundError("Refund", refund_id)
    sale = get_row(session, Sale, refund.sale_id)
    sale.refunded_minor -= refund.amount_minor
    sale.status = SaleStatus.PARTIALLY_REFUNDED if sale.refunded_minor else SaleStatus.PAID
    session.delete(refund)
    session.flush()
    return sale


def delete_sale(*, session: Session, sale_id: int, expected_version: int | None = None) -> Sale:
    return soft_delete(session, Sale, sale_id, expected_version)


def restore_sale(*, session: Session, sale_id: int) -> Sale:
    return restore(session, Sale, sale_id)


def get_sale(*, session: Session, sale_id: int) -> SaleDetail:
    sale = get_row(session, Sale, sale_id)
    refunds = session.scalars(
        sa.select(Refund).where(Refund.sale_id == sale_id).order_by(Refund.refunded_at, Refund.id)
    )
    return SaleDetail(sale, _lines(session, sale_id), list(refunds))


def list_sales(
    *,
    session: Session,
    contact_id: int | None = None,
    statuses: Collection[SaleStatus] = (),
    since: datetime | None = None,
    until: datetime | None = None,
    product_id: int | None = None,
    channels: Collection[SalesChannel] = (),
    customer: str = "",
    product: str = "",
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[SaleRow]:
    """Sales newest first, filtered in SQL; ``until`` is exclusive.

    ``customer`` is searched as the contacts list searches (every word, by
    prefix, in the full-text index). ``product`` matches a line's description
    or its catalogue product's name, anywhere, ignoring case.
    """
    stmt = (
        sa.select(Sale, Contact.name.label("customer"), items_summary().label("items"))
        .join(Contact, Contact.id == Sale.contact_id)
        .where(live(Sale))
    )
    if contact_id is not None:
        stmt = stmt.where(Sale.contact_id == contact_id)
    if statuses:
        stmt = stmt.where(Sale.status.in_([SaleStatus(s) for s in statuses]))
    if since is not None:
        stmt = stmt.where(Sale.sold_at >= since)
    if until is not None:
        stmt = stmt.where(Sale.sold_at < until)
    if product_id is not None:
        stmt = stmt.where(
            sa.exists().where(SaleLine.sale_id == Sale.id, SaleLine.product_id == product_id)
        )
    if channels:
        stmt = stmt.where(Sale.channel.in_([SalesChannel(c) for c in channels]))
    customer, product = search_index.filter_text(customer), search_index.filter_text(product)
    if customer:
        stmt = stmt.where(_customer_matches(session, customer))
    if product:
        stmt = stmt.where(_has_product_like(product))
    return keyset_page(
        session, stmt, _NEWEST, after=after, limit=limit, row_factory=_row,
        cursor_of=lambda r: (r.Sale.sold_at, r.Sale.id),
    )


# --- products --------------------------------------------------------------


def create_product(*, session: Session, data: ProductCreate | Mapping[str, Any]) -> Product:
    return insert_row(session, Product, ProductCreate, data, check=partial(_check_sku, session))


def delete_product(*, session: Session, product_id: int, expected_version: int | None = None) -> Product:
    return soft_delete(session, Product, product_id, expected_version)


def list_products(
    *, session: Session, active_only: bool = True, after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[Product]:
    stmt = sa.select(Product).where(live(Product))
    if active_only:
        stmt = stmt.where(Product.active.is_(True))
    return keyset_page(
        session, stmt, SortKey([Product.name, Product.id]), after=after, limit=limit,
        row_factory=lambda r: r.Product, cursor_of=lambda r: (r.Product.name, r.Product.id),
    )


# --- helpers ---------------------------------------------------------------


def _set_totals(sale: Sale, values: SaleCreate) -> None:
    subtotal = sum(line.quantity * line.unit_price_minor for line in values.lines)
    if subtotal > MAX_AMOUNT_MINOR:
        raise ValidationError({"lines": "the total is too large to record"})
    if values.discount_minor > subtotal:
        raise ValidationError({"discount_minor": "cannot be more than the items cost"})
    sale.subtotal_minor = subtotal
    sale.total_minor = subtotal - values.discount_minor


def _write_lines(session: Session, sale: Sale, values: SaleCreate) -> None:
    for position, line in enumerate(values.lines):
        product = session.get(Product, line.product_id) if line.product_id is not None else None
        if line.product_id is not None and (product is None or product.deleted_at is not None):
            raise ValidationError({f"lines.{position}.product_id": "no such product"})
        session.add(SaleLine(
            sale_id=sale.id, position=position, product_id=line.product_id,
            description=line.description, quantity=line.quantity,
            unit_price_minor=line.unit_price_minor,
            line_total_minor=line.quantity * line.unit_price_minor,
        ))
    session.flush()


def _lines(session: Session, sale_id: int) -> list[SaleLine]:
    return list(session.scalars(
        sa.select(SaleLine).where(SaleLine.sale_id == sale_id)
        .order_by(SaleLine.position, SaleLine.id)
    ))


def _line_input(line: SaleLine) -> dict[str, Any]:
    return {"description": line.description, "product_id": line.product_id,
            "quantity": line.quantity, "unit_price_minor": line.unit_price_minor}


def items_summary() -> sa.ScalarSelect[Any]:
    """The first few line descriptions with quantities, in SQL (one per row shown)."""
    first_lines = (
        sa.select(SaleLine.description, SaleLine.quantity)
        .where(SaleLine.sale_id == Sale.id).order_by(SaleLine.position).limit(3)
        .correlate(Sale).subquery()
    )
    label = first_lines.c.description + " ×" + sa.cast(first_lines.c.quantity, sa.String)
    # aggregate_strings is group_concat on SQLite and string_agg on PostgreSQL.
    return sa.select(sa.func.aggregate_strings(label, ", ")).scalar_subquery()


def _customer_matches(session: Session, text: str) -> sa.ColumnElement[bool]:
    from tuicrm.services.contact_queries import search_condition

    condition = search_condition(session, text)
    # Text with no searchable word ("--") matches nobody rather than everybody.
    return condition if condition is not None else sa.false()


def _has_product_like(text: str) -> sa.ColumnElement[bool]:
    named = sa.select(Product.id).where(Product.name.icontains(text, autoescape=True))
    return sa.exists().where(
        SaleLine.sale_id == Sale.id,
        sa.or_(SaleLine.description.icontains(text, autoescape=True),
               SaleLine.product_id.in_(named)),
    )


def _row(r: Any) -> SaleRow:
    s: Sale = r.Sale
    return SaleRow(
        id=s.id, sold_at=s.sold_at, contact_id=s.contact_id, customer=r.customer,
        items=r.items or "", total_minor=s.total_minor, refunded_minor=s.refunded_minor,
        currency=s.currency, status=s.status, version=s.version,
    )


def _check_customer(session: Session, contact_id: int) -> None:
    require_live_contact(session, contact_id)


def _check_sku(session: Session, values: ProductCreate, existing: Product | None) -> None:
    if not values.sku:
        return
    other = session.scalars(sa.select(Product.id).where(Product.sku == values.sku)).first()
    if other is not None and (existing is None or other != existing.id):
        raise ValidationError({"sku": f"'{values.sku}' is already used by another product"})
