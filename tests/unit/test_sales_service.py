"""Sales, line items, refunds and products on a real SQLite file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tuicrm.errors import ValidationError
from tuicrm.models import SaleStatus
from tuicrm.services import contacts, sales

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def buyer(db):
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": "Buyer"})


def sell(db, buyer, *, when=T0, lines=None, **extra):
    lines = lines or [{"description": "Poster", "quantity": 2, "unit_price_minor": 25_00},
                      {"description": "Frame", "unit_price_minor": 40_00}]
    with db.write() as s:
        return sales.create_sale(session=s, data={
            "contact_id": buyer.id, "sold_at": when, "currency": "EUR", "lines": lines, **extra})


def test_sale_totals_come_from_its_lines(db, buyer):
    sale = sell(db, buyer, discount_minor=5_00)
    with db.read() as s:
        detail = sales.get_sale(session=s, sale_id=sale.id)
    assert [(l.description, l.line_total_minor) for l in detail.lines] == [
        ("Poster", 5000), ("Frame", 4000)]
    assert (detail.sale.subtotal_minor, detail.sale.total_minor) == (9000, 8500)


def test_a_sale_needs_lines_and_a_sane_discount(db, buyer):
    with pytest.raises(ValidationError) as err, db.write() as s:
        sales.create_sale(session=s, data={"contact_id": buyer.id, "sold_at": T0, "lines": []})
    assert "lines" in err.value.field_errors
    with pytest.raises(ValidationError, match="more than the items"):
        sell(db, buyer, discount_minor=1_000_00)
    with pytest.raises(ValidationError):
        sell(db, buyer, lines=[{"description": "X", "quantity": 0, "unit_price_minor": 1}])
    with db.read() as s:
        assert len(sales.list_sales(session=s)) == 0  # nothing half-stored


def test_a_naive_time_is_refused(db, buyer):
    with pytest.raises(ValidationError, match="time zone"):
        sell(db, buyer, when=datetime(2026, 3, 1, 12, 0))


def test_refunds_move_the_status_and_cannot_exceed_the_total(db, buyer):
    sale = sell(db, buyer)
    with db.write() as s:
        sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 40_00, "is_return": True})
    with db.read() as s:
        assert sales.get_sale(session=s, sale_id=sale.id).sale.status is SaleStatus.PARTIALLY_REFUNDED
    with pytest.raises(ValidationError, match="at most 5000"), db.write() as s:
        sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 50_01})
    with db.write() as s:
        sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 50_00})
    with db.read() as s:
        detail = sales.get_sale(session=s, sale_id=sale.id)
    assert detail.sale.status is SaleStatus.REFUNDED
    assert detail.sale.refunded_minor == 9000
    assert [r.amount_minor for r in detail.refunds] == [4000, 5000]
    assert detail.refunds[0].is_return


def test_editing_lines_recomputes_the_total(db, buyer):
    sale = sell(db, buyer)
    with db.write() as s:
        sales.update_sale(session=s, sale_id=sale.id, expected_version=sale.version,
                          changes={"lines": [{"description": "Mug", "quantity": 3,
                                              "unit_price_minor": 12_00}]})
    with db.read() as s:
        detail = sales.get_sale(session=s, sale_id=sale.id)
    assert detail.sale.total_minor == 3600
    assert [l.description for l in detail.lines] == ["Mug"]


def test_log_is_newest_first_paged_and_filtered(db, buyer):
    for day in range(7):
        sell(db, buyer, when=T0 + timedelta(days=day), status="pending" if day == 3 else "paid")
    with db.read() as s:
        first = sales.list_sales(session=s, limit=4)
        rest = sales.list_sales(session=s, limit=4, after=first.next_cursor)
        pending = sales.list_sales(session=s, statuses=[SaleStatus.PENDING])
        window = sales.list_sales(session=s, since=T0 + timedelta(days=2), until=T0 + timedelta(days=4))
    days = [r.sold_at for r in first.items + rest.items]
    assert days == sorted(days, reverse=True) and len(set(days)) == 7
    assert rest.next_cursor is None
    assert [r.sold_at for r in pending] == [T0 + timedelta(days=3)]
    assert len(window) == 2
    assert first.items[0].items == "Poster ×2, Frame ×1"


def test_products_and_filtering_sales_by_product(db, buyer):
    with db.write() as s:
        print_run = sales.create_product(session=s, data={
            "name": "Print run", "sku": "PR-1", "unit_price_minor": 99_00, "currency": "EUR"})
    with pytest.raises(ValidationError, match="already used"), db.write() as s:
        sales.create_product(session=s, data={"name": "Other", "sku": "PR-1"})
    sell(db, buyer)
    sell(db, buyer, lines=[{"description": "Print run", "product_id": print_run.id,
                            "unit_price_minor": 99_00}])
    with db.read() as s:
        found = sales.list_sales(session=s, product_id=print_run.id)
        catalogue = sales.list_products(session=s)
    assert len(found) == 1 and found.items[0].total_minor == 9900
    assert [p.name for p in catalogue] == ["Print run"]


def test_delete_and_undo(db, buyer):
    sale = sell(db, buyer)
    with db.write() as s:
        sales.delete_sale(session=s, sale_id=sale.id)
    with db.read() as s:
        assert len(sales.list_sales(session=s)) == 0
    with db.write() as s:
        sales.restore_sale(session=s, sale_id=sale.id)
    with db.read() as s:
        assert len(sales.list_sales(session=s)) == 1


def test_an_unpaid_sale_cannot_be_refunded(db, buyer):
    sale = sell(db, buyer, status="pending")
    with pytest.raises(ValidationError, match="not paid"), db.write() as s:
        sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 100})


def test_a_stale_edit_of_only_the_lines_is_still_a_conflict(db, buyer):
    from tuicrm.errors import ConflictError

    sale = sell(db, buyer)
    swap = [{"description": "Frame", "unit_price_minor": 40_00},
            {"description": "Poster", "quantity": 2, "unit_price_minor": 25_00}]  # same total
    with db.write() as s:
        sales.update_sale(session=s, sale_id=sale.id, changes={"lines": swap},
                          expected_version=sale.version)
    with pytest.raises(ConflictError), db.write() as s:
        sales.update_sale(session=s, sale_id=sale.id, expected_version=sale.version,
                          changes={"lines": [{"description": "Mine", "unit_price_minor": 1}]})
    with db.read() as s:
        assert [l.description for l in sales.get_sale(session=s, sale_id=sale.id).lines] == [
            "Frame", "Poster"]


def test_absurd_amounts_and_deleted_products_are_refused_not_crashed(db, buyer):
    with pytest.raises(ValidationError):
        sell(db, buyer, lines=[{"description": "X", "unit_price_minor": 10**19}])
    with pytest.raises(ValidationError, match="too large"):
        sell(db, buyer, lines=[{"description": "X", "quantity": 1_000_000,
                                "unit_price_minor": 10**17}])
    with db.write() as s:
        gone = sales.create_product(session=s, data={"name": "Old", "unit_price_minor": 100})
    with db.write() as s:
        sales.delete_product(session=s, product_id=gone.id)
    with pytest.raises(ValidationError, match="no such product"):
        sell(db, buyer, lines=[{"description": "Old", "product_id": gone.id, "unit_price_minor": 1}])


def test_a_mistaken_refund_can_be_taken_back(db, buyer):
    sale = sell(db, buyer)
    with db.write() as s:
        first = sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 10_00})
        second = sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 80_00})
    with db.write() as s:
        assert sales.undo_refund(session=s, refund_id=second.id).status is SaleStatus.PARTIALLY_REFUNDED
    with db.write() as s:
        restored = sales.undo_refund(session=s, refund_id=first.id)
    assert (restored.status, restored.refunded_minor) == (SaleStatus.PAID, 0)
    with db.read() as s:
        assert sales.get_sale(session=s, sale_id=sale.id).refunds == []


def test_the_log_filters_by_customer_channel_and_product_text(any_db):
    with any_db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        bob = contacts.create_contact(session=s, data={"name": "Bob Ross"}).id
        canvas = sales.create_product(session=s, data={
            "name": "Canvas 50% off", "unit_price_minor": 10_00, "currency": "EUR"}).id
        for day, (who, channel, line) in enumerate([
            (ada, "online", {"description": "Poster", "unit_price_minor": 5_00}),
            (ada, "in_store", {"description": "Big frame", "unit_price_minor": 9_00}),
            (bob, "in_store", {"description": "Item", "product_id": canvas,
                               "unit_price_minor": 10_00}),
            (bob, "phone", {"description": "Poster_XL", "unit_price_minor": 7_00}),
        ]):
            sales.create_sale(session=s, data={
                "contact_id": who, "sold_at": T0 + timedelta(days=day), "currency": "EUR",
                "channel": channel, "lines": [line]})

    def totals(**filters):
        with any_db.read() as s:
            return [r.total_minor for r in sales.list_sales(session=s, **filters)]

    assert totals(customer="ada") == [9_00, 5_00]  # by word prefix, any case
    assert totals(customer="lovelace ada") == [9_00, 5_00]
    assert totals(customer="--") == []  # no word to search: nobody, not everybody
    assert totals(channels=["in_store"]) == [10_00, 9_00]
    assert totals(channels=["in_store", "phone"], customer="bob") == [7_00, 10_00]
    assert totals(product="POSTER") == [7_00, 5_00]  # the line's description
    assert totals(product="50%") == [10_00]  # the catalogue name; % is literal
    assert totals(product="r_x") == [7_00]  # _ is literal too
    assert totals(product="frame", since=T0, until=T0 + timedelta(days=1)) == []


@pytest.mark.parametrize("typed", ["x" * 60_000, "Post\x00er", "\x00", "%_\\" * 30_000])
def test_a_pasted_filter_is_cleaned_and_bounded_on_both_dialects(any_db, typed):
    """50k characters or a NUL in the product or customer filter: an answer, never
    "LIKE pattern too complex" (SQLite) or a DataError (PostgreSQL)."""
    from tuicrm.services import contacts

    with any_db.write() as s:
        ann = contacts.create_contact(session=s, data={"name": "Ann"}).id
        sales.create_sale(session=s, data={
            "contact_id": ann, "sold_at": datetime(2026, 11, 1, 10, tzinfo=timezone.utc),
            "currency": "EUR", "lines": [{"description": "Poster", "unit_price_minor": 900}]})
    with any_db.read() as s:
        by_product = sales.list_sales(session=s, product=typed).items
        by_customer = sales.list_sales(session=s, customer=typed).items
    nothing_left = typed.replace("\x00", "") == ""  # a filter of nothing shows every sale
    assert [r.customer for r in by_product] == (
        ["Ann"] if nothing_left or typed.replace("\x00", "") == "Poster" else [])
    assert [r.customer for r in by_customer] == (["Ann"] if nothing_left else [])
