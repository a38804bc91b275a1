"""The purchase figures each contact keeps (services.purchase_figures), on SQLite and PostgreSQL.

Segments, the re-engage list (and count, and one customer's entry) and the
contacts per role read figures each contact keeps instead of going through
every sale. After every kind of write (a sale added, refunded, deleted and
restored, moved to another customer, made pending, imported and the import
undone; a contact deleted, archived, restored, erased; figures never worked
out) they must give exactly what the definitions give, worked out from the
sales themselves: the ``live_*`` functions, the old queries kept as oracles.
Also asked about past moments (a past period's end, an earlier "now"), where
later orders exist and the kept figures must not be used as they are.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa

from tuicrm import dates
from tuicrm.interop.csv_import import read_csv
from tuicrm.models import Contact, Sale
from tuicrm.services import contacts, overview, personal_data, sales, touch_clock
from tuicrm.services.import_runs import undo_last_import
from tuicrm.services.importing import apply_import
from tuicrm.services.metrics import order_condition
from tuicrm.services.metrics_customer_lists import (
    live_reengage_count,
    live_reengage_list,
    live_segment_counts,
    reengage_count,
    reengage_entry,
    reengage_list,
    segment_counts,
)
from tuicrm.services.metrics_customers import median_gap_query

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def _customer(s, name: str) -> int:
    return contacts.create_contact(session=s, data={"name": name}).id


def _order(s, contact_id: int, when: datetime, **extra: Any) -> int:
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when, "currency": "EUR",
        "lines": [{"description": "Item", "unit_price_minor": 10_00}], **extra}).id


def _moments() -> list[datetime]:
    """The moments asked about: now, a past period's end, the very moment of an
    order (Twice's last), far back, and ahead."""
    return [dates.utcnow(), ago(3), ago(40.5), ago(60), ago(400), NOW + timedelta(days=30)]


def _whole_list(fetch, **kw) -> list[Any]:
    """Every row of a re-engage list, two at a time (so keyset paging is exercised)."""
    rows, after = [], None
    while True:
        page = fetch(after=after, limit=2, **kw)
        rows += page.items
        if page.next_cursor is None:
            return rows
        after = page.next_cursor


def assert_kept_figures_hold(db) -> None:
    """Each worked-out contact's figures are its orders' own (the gap as SQL gives it)."""
    with db.read() as s:
        gaps = dict(s.execute(sa.select(*median_gap_query(s).c)).all())
        figures = {r.contact_id: r for r in s.execute(
            sa.select(Sale.contact_id, sa.func.count().label("n"),
                      sa.func.min(Sale.sold_at).label("first"),
                      sa.func.max(Sale.sold_at).label("last"))
            .where(order_condition()).group_by(Sale.contact_id))}
        for c in s.scalars(sa.select(Contact)):
            if c.order_count is None:
                continue  # never worked out: read live
            mine = figures.get(c.id)
            assert c.order_count == (mine.n if mine else 0), c.name
            assert c.first_order_at == (dates.to_utc(mine.first) if mine else None), c.name
            assert c.last_order_at == (dates.to_utc(mine.last) if mine else None), c.name
            assert c.order_gap_days == gaps.get(c.id), c.name


def assert_same_as_live(db, *, each_contact: bool = True) -> None:
    """The fast readers agree with the definitions at every moment asked about (and,
    ``each_contact``, each contact's own entry too, at every moment and factor)."""
    assert_kept_figures_hold(db)
    with db.read() as s:
        assert overview.contacts_by_role(session=s) == overview.live_contacts_by_role(session=s)
        ids = list(s.scalars(sa.select(Contact.id))) if each_contact else []
        for moment in _moments():
            assert segment_counts(session=s, until=moment) == \
                live_segment_counts(session=s, until=moment), moment
            for factor in (1.0, 2.0):
                kw = {"session": s, "now": moment, "factor": factor}
                expected = _whole_list(live_reengage_list, **kw)
                assert _whole_list(reengage_list, **kw) == expected, moment
                assert reengage_count(**kw) == live_reengage_count(**kw) == len(expected)
                listed = {q.contact_id: q for q in expected}
                for contact_id in ids:
                    assert reengage_entry(contact_id=contact_id, **kw) == \
                        listed.get(contact_id), (moment, contact_id)


@pytest.fixture
def shop(any_db) -> dict[str, Any]:
    """Customers with 0, 1, 2 and many orders: some the same moment, some pending,
    one two on one day, one with an order dated ahead, one long quiet."""
    hour = timedelta(hours=1)
    with any_db.write() as s:
        ids = {name: _customer(s, name) for name in (
            "Lead", "Once", "Twice", "Many", "Ties", "Sameday", "Ahead", "Quiet")}
        sale_ids: dict[str, list[int]] = {}

        def buy(name: str, *moments: datetime, **extra: Any) -> None:
            sale_ids.setdefault(name, []).extend(
                _order(s, ids[name], m, **extra) for m in moments)

        buy("Once", ago(50))
        buy("Twice", ago(90.25), ago(60))
        buy("Many", *(ago(d) + 7 * hour for d in (300, 250, 200, 190, 100, 95, 20, 2)))
        buy("Many", ago(150), status="pending")  # not an order
        buy("Ties", ago(80), ago(80), ago(80), ago(41), ago(41) + 3 * hour)
        buy("Sameday", ago(70), ago(70) + 5 * hour)
        buy("Ahead", ago(200), ago(100), NOW + timedelta(days=5))
        buy("Quiet", ago(700), ago(690), ago(681.5), ago(600))
    return {"db": any_db, "ids": ids, "sales": sale_ids}


def test_kept_figures_equal_the_definitions_after_every_write(shop):
    db, ids, sale_ids = shop["db"], shop["ids"], shop["sales"]
    with db.read() as s:  # the fast path is taken: the figures were kept as the sales came
        assert s.get(Contact, ids["Many"]).order_count == 8
        assert s.get(Contact, ids["Lead"]).order_count == 0
    assert_same_as_live(db)

    steps = [
        ("a new sale", lambda s: _order(s, ids["Once"], ago(1))),
        ("a refund", lambda s: sales.refund_sale(
            session=s, sale_id=sale_ids["Twice"][0], data={"amount_minor": 10_00})),
        ("a partial refund", lambda s: sales.refund_sale(
            session=s, sale_id=sale_ids["Many"][1], data={"amount_minor": 1_00})),
        ("a deleted sale", lambda s: sales.delete_sale(session=s, sale_id=sale_ids["Twice"][1])),
        ("the sale restored",
         lambda s: sales.restore_sale(session=s, sale_id=sale_ids["Twice"][1])),
        ("a sale moved to another customer", lambda s: sales.update_sale(
            session=s, sale_id=sale_ids["Many"][0], changes={"contact_id": ids["Twice"]},
            expected_version=None)),
        ("a sale made pending", lambda s: sales.update_sale(
            session=s, sale_id=sale_ids["Quiet"][3], changes={"status": "pending"},
            expected_version=None)),
        ("a sale moved in time", lambda s: sales.update_sale(
            session=s, sale_id=sale_ids["Sameday"][1], changes={"sold_at": ago(10)},
            expected_version=None)),
        ("a customer archived", lambda s: contacts.archive_contact(
            session=s, contact_id=ids["Quiet"])),
        ("a customer deleted (archived: it has sales)", lambda s: contacts.delete_contact(
            session=s, contact_id=ids["Ties"])),
        ("customers restored", lambda s: [contacts.restore_contact(session=s, contact_id=i)
                                          for i in (ids["Quiet"], ids["Ties"])]),
        ("a customer erased", lambda s: personal_data.erase_contact(
            session=s, contact_id=ids["Sameday"])),
    ]
    for n, (what, write) in enumerate(steps, 1):
        with db.write() as s:
            write(s)
        try:  # each contact's entry, one at a time, after every third write and the last
            assert_same_as_live(db, each_contact=n % 3 == 0 or n == len(steps))
        except AssertionError as error:
            raise AssertionError(f"after {what}: {error}") from error


def test_a_deleted_customer_is_left_out(shop):
    db, ids, sale_ids = shop["db"], shop["ids"], shop["sales"]
    with db.write() as s:  # no live sale left: the delete is a real one
        sales.delete_sale(session=s, sale_id=sale_ids["Once"][0])
        assert contacts.delete_contact(session=s, contact_id=ids["Once"]) == "deleted"
    with db.write() as s:  # its sale back, the contact still deleted
        sales.restore_sale(session=s, sale_id=sale_ids["Once"][0])
    assert_same_as_live(db)


def test_imported_sales_and_their_undo(shop):
    db, ids = shop["db"], shop["ids"]
    source = read_csv(("Customer,Date,Amount,Currency\n"
                       "Twice,2026-06-01,5,EUR\n"
                       "Twice,2026-06-01,7,EUR\n"
                       "Lead,2025-01-05 10:00,5,EUR\n"
                       "Lead,2025-03-05,5,EUR\n"
                       "Newcomer,2025-02-01,9,EUR\n"
                       "Newcomer,2025-02-09,9,EUR\n").encode(), name="s.csv", target="sales")
    with db.write() as s:
        apply_import(session=s, source=source)
    with db.read() as s:
        assert s.get(Contact, ids["Lead"]).order_count == 2
        newcomer = s.scalars(sa.select(Contact).where(Contact.name == "Newcomer")).one()
        assert newcomer.order_count == 2
    assert_same_as_live(db)
    with db.write() as s:
        assert undo_last_import(session=s).removed_sales == 6
    with db.read() as s:
        assert s.get(Contact, ids["Lead"]).order_count == 0
    assert_same_as_live(db)


def test_figures_never_worked_out_are_read_live_then_filled_in(shop):
    db, ids = shop["db"], shop["ids"]
    with db.write() as s:  # as just after the upgrade that added them
        s.execute(sa.update(Contact).where(Contact.id.in_([ids["Many"], ids["Twice"]]))
                  .values(order_count=None, first_order_at=None, last_order_at=None,
                          order_gap_days=None))
        s.execute(sa.update(Contact).where(Contact.id.in_([ids["Lead"], ids["Once"]]))
                  .values(kept_role=None))
    assert_same_as_live(db)
    with db.write() as s:
        assert touch_clock.refresh_out_of_date(session=s) == 4
    with db.read() as s:
        assert s.get(Contact, ids["Many"]).order_count == 8
    assert_same_as_live(db)


def test_figures_do_not_age_when_the_clock_moves(shop):
    db, ids = shop["db"], shop["ids"]
    with db.read() as s:
        assert s.get(Contact, ids["Ahead"]).last_order_at == NOW + timedelta(days=5)
    # the order dated ahead is now in the past: the kept figures hold as they are
    dates.fix_now(NOW + timedelta(days=200))
    assert_same_as_live(db)
    dates.fix_now(NOW + timedelta(days=2000))
    assert_same_as_live(db)
