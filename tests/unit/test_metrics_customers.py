"""The customer view, segments and the re-engage list, on SQLite and PostgreSQL.

Orders are placed at whole days before NOW, so every gap is a whole number of
days; the expected figures are worked out here from the orders' own dates and
amounts (median with the statistics module, averages by hand).
"""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.services import contacts, sales
from tuicrm.services.metrics_customer_lists import (
    order_figures,
    reengage_count,
    reengage_entry,
    reengage_list,
    segment_counts,
)
from tuicrm.services.metrics_customers import (
    Segment,
    SegmentThresholds,
    customer_stats,
    customer_stats_for,
    segment_thresholds,
    set_segment_thresholds,
)

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pinned_clock() -> None:
    dates.set_local_zone("Europe/London")
    dates.fix_now(NOW)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def customer(s, name: str, **extra: Any) -> int:
    return contacts.create_contact(session=s, data={"name": name, **extra}).id


def order(s, contact_id: int, when: datetime, price: int, currency: str = "EUR", **extra: Any):
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": when, "currency": currency,
        "lines": [{"description": "Item", "unit_price_minor": price}], **extra})


def test_customer_view_of_one_customer(any_db):
    # (days ago, price, currency): four EUR orders, one USD order between them
    placed = [(165, 100_00, "EUR"), (155, 50_00, "EUR"), (135, 30_00, "EUR"),
              (134, 40_00, "USD"), (105, 20_00, "EUR")]
    with any_db.write() as s:
        ann = customer(s, "Ann")
        made = [order(s, ann, ago(d), price, cur) for d, price, cur in placed]
        sales.refund_sale(session=s, sale_id=made[2].id, data={"amount_minor": 10_00})
        sales.refund_sale(session=s, sale_id=made[4].id, data={"amount_minor": 20_00,
                                                                "is_return": True})
        # neither a pending sale nor a deleted one is an order
        order(s, ann, ago(10), 999_00, status="pending")
        gone = order(s, ann, ago(5), 999_00)
        sales.delete_sale(session=s, sale_id=gone.id)
    with any_db.read() as s:
        stats = customer_stats(session=s, contact_id=ann)

    eur = [price for _, price, cur in placed if cur == "EUR"]
    assert stats.orders == len(placed) == 5
    assert stats.spent == {"EUR": sum(eur) - 10_00 - 20_00, "USD": 40_00}
    assert stats.average_order == {"EUR": (sum(eur) - 30_00) // 4, "USD": 40_00}
    assert (stats.first_purchase, stats.last_purchase) == (ago(165), ago(105))
    days = sorted(d for d, _, _ in placed)
    gaps = [later - earlier for earlier, later in pairwise(days)]  # 29, 1, 20, 10
    assert stats.typical_gap_days == statistics.median(gaps) == 15
    assert (stats.refunds, stats.refunded, stats.refunded_orders) == (2, {"EUR": 30_00}, 2)
    assert stats.return_rate == 2 / 5
    assert stats.segment == Segment.REPEAT  # 4 to 9 orders by default


def test_averages_round_to_the_nearest_minor_unit(any_db):
    with any_db.write() as s:
        bo = customer(s, "Bo")
        for days, price in ((30, 10_01), (20, 10_00), (10, 10_00)):  # 30.01 / 3 = 10.0033
            order(s, bo, ago(days), price)
        jo = customer(s, "Jo")
        for days, price in ((30, 1), (20, 2)):  # JPY has no decimals: 3 / 2 = 1.5 -> 2
            order(s, jo, ago(days), price, "JPY")
    with any_db.read() as s:
        found = customer_stats_for(session=s, contact_ids=[bo, jo])
    assert found[bo].average_order == {"EUR": 10_00}
    assert found[jo].average_order == {"JPY": 2}


def test_many_customers_at_once_and_a_contact_without_orders(any_db):
    with any_db.write() as s:
        ann, bo, lead = customer(s, "Ann"), customer(s, "Bo"), customer(s, "Lead")
        for days in (40, 30, 10):  # gaps 10 and 20: the median of two is their mean
            order(s, ann, ago(days), 5_00)
        order(s, bo, ago(3), 7_50, "GBP")
    with any_db.read() as s:
        found = customer_stats_for(session=s, contact_ids=[ann, bo, lead, ann])
    assert set(found) == {ann, bo, lead}
    assert (found[ann].orders, found[ann].typical_gap_days, found[ann].segment) == (
        3, (10 + 20) / 2, Segment.OCCASIONAL)
    assert (found[bo].orders, found[bo].spent, found[bo].typical_gap_days) == (
        1, {"GBP": 7_50}, None)
    assert found[bo].segment == Segment.ONE_TIME and found[bo].return_rate == 0
    nobody = found[lead]
    assert (nobody.orders, nobody.spent, nobody.segment, nobody.return_rate) == (
        0, {}, None, None)
    assert nobody.first_purchase is None and nobody.typical_gap_days is None


@pytest.mark.parametrize(("orders", "defaults", "changed"), [
    (1, Segment.ONE_TIME, Segment.ONE_TIME),
    (2, Segment.OCCASIONAL, Segment.OCCASIONAL),
    (3, Segment.OCCASIONAL, Segment.REPEAT),
    (4, Segment.REPEAT, Segment.REPEAT),
    (5, Segment.REPEAT, Segment.LOYAL),
    (9, Segment.REPEAT, Segment.LOYAL),
    (10, Segment.LOYAL, Segment.LOYAL),
])
def test_segment_thresholds(orders, defaults, changed):
    assert SegmentThresholds().segment_of(orders) == defaults
    assert SegmentThresholds(repeat_from=3, loyal_from=5).segment_of(orders) == changed


def test_changing_thresholds_moves_customers_between_segments(any_db):
    with any_db.write() as s:
        for name, count in (("One", 1), ("Two", 2), ("Three", 3), ("Four", 4), ("Ten", 10)):
            who = customer(s, name)
            for n in range(count):
                order(s, who, ago(100 - n), 1_00)
        late = customer(s, "Late")  # its only order comes after the cut-off below
        order(s, late, ago(1), 1_00)
    with any_db.read() as s:
        before = segment_counts(session=s, until=ago(2))
        assert segment_thresholds(session=s) == SegmentThresholds(4, 10)
    assert before == {Segment.ONE_TIME: 1, Segment.OCCASIONAL: 2, Segment.REPEAT: 1,
                      Segment.LOYAL: 1}
    with any_db.write() as s:
        set_segment_thresholds(session=s, thresholds={"repeat_from": 3, "loyal_from": 4})
    with any_db.read() as s:
        assert segment_thresholds(session=s) == SegmentThresholds(3, 4)
        after = segment_counts(session=s, until=NOW)
    assert after == {Segment.ONE_TIME: 2, Segment.OCCASIONAL: 1, Segment.REPEAT: 1,
                     Segment.LOYAL: 2}


@pytest.mark.parametrize(("change", "field"), [
    ({"repeat_from": 2}, "repeat_from"),  # occasional would be empty
    ({"repeat_from": 10}, "loyal_from"),  # not below loyal (10)
    ({"loyal_from": 4}, "loyal_from"),
    ({"loyal_from": True}, "loyal_from"),
    ({"loyal_from": "12"}, "loyal_from"),
    ({"loyal_from": 10_001}, "loyal_from"),
    ({"vip_from": 20}, "vip_from"),
])
def test_bad_thresholds_are_refused_and_nothing_is_stored(db, change, field):
    with pytest.raises(ValidationError) as err, db.write() as s:
        set_segment_thresholds(session=s, thresholds=change)
    assert field in err.value.field_errors
    with db.read() as s:
        assert segment_thresholds(session=s) == SegmentThresholds()


def test_the_orders_of_a_period_taken_together(any_db):
    may = (date(2026, 5, 1), date(2026, 5, 31))
    with any_db.write() as s:
        ann, bo, cy = customer(s, "Ann"), customer(s, "Bo"), customer(s, "Cy")
        order(s, ann, datetime(2026, 5, 2, 10, tzinfo=UTC), 30_00)
        order(s, ann, datetime(2026, 5, 3, 10, tzinfo=UTC), 10_01)
        partly = order(s, bo, datetime(2026, 5, 4, 10, tzinfo=UTC), 50_00)
        sales.refund_sale(session=s, sale_id=partly.id, data={"amount_minor": 5_00})
        order(s, bo, datetime(2026, 5, 5, 10, tzinfo=UTC), 7_000, "JPY")
        order(s, cy, datetime(2026, 5, 6, 10, tzinfo=UTC), 9_00, status="pending")
        # 23:30 UTC on May 31 is June 1 in London; 23:30 on April 30 is May 1
        order(s, cy, datetime(2026, 5, 31, 23, 30, tzinfo=UTC), 99_00)
        order(s, cy, datetime(2026, 4, 30, 23, 30, tzinfo=UTC), 1_00)
    with any_db.read() as s:
        figures = order_figures(session=s, period_start=may[0], period_end=may[1])
    eur = [30_00, 10_01, 50_00 - 5_00, 1_00]
    assert (figures.orders, figures.customers, figures.refunded_orders) == (5, 3, 1)
    assert figures.spent == {"EUR": sum(eur), "JPY": 7_000}
    assert figures.average_order == {"EUR": round(sum(eur) / len(eur)), "JPY": 7_000}
    assert figures.orders_per_customer == 5 / 3 and figures.return_rate == 1 / 5


def test_reengage_lists_customers_long_past_their_own_gap(any_db):
    with any_db.write() as s:
        ids = {}
        # name: days ago of each order
        patterns = {
            "Weekly": [44, 37, 30],  # gap 7, quiet 30 days: 23 days past the expected order
            "Monthly": [110, 80, 50],  # gap 30, quiet 50: not yet twice the gap
            "Yearly": [1530, 1165, 800],  # gap 365, quiet 800: 435 days past
            "Once": [1000],  # one order has no gap to compare with
            "Same day": [3.2, 3],  # gap 0.2 days, taken as 1 day; quiet 3 days
        }
        for name, days in patterns.items():
            ids[name] = customer(s, name)
            for d in days:
                order(s, ids[name], ago(d), 10_00)
        shelved = customer(s, "Archived")
        for d in (44, 37, 30):
            order(s, shelved, ago(d), 10_00)
        contacts.archive_contact(session=s, contact_id=shelved)
    with any_db.read() as s:
        first = reengage_list(session=s, now=NOW, limit=2)
        rest = reengage_list(session=s, now=NOW, limit=2, after=first.next_cursor)
        count = reengage_count(session=s, now=NOW)
        stricter = reengage_list(session=s, now=NOW, factor=3)
        one_by_one = {name: reengage_entry(session=s, contact_id=i, now=NOW)
                      for name, i in {**ids, "Archived": shelved}.items()}
    listed = {q.contact_id: q for q in first.items + rest.items}
    # asked about one customer, the answer is that customer's row of the list, or None
    assert {name: entry for name, entry in one_by_one.items() if entry is not None} == {
        name: listed[i] for name, i in ids.items() if i in listed}
    assert [q.name for q in first.items + rest.items] == ["Yearly", "Weekly", "Same day"]
    assert rest.next_cursor is None and count == 3
    yearly, weekly, same_day = first.items + rest.items
    assert (yearly.orders, yearly.typical_gap_days, yearly.days_since) == (3, 365, 800)
    assert yearly.overdue_days == 800 - 365 and yearly.last_purchase == ago(800)
    assert (weekly.typical_gap_days, weekly.overdue_days) == (7, 30 - 7)
    assert same_day.typical_gap_days == 0.2 and same_day.days_since == 3
    # three gaps: the weekly buyer (30 > 21) only; the yearly one is not 3 x 365 days quiet
    assert [q.name for q in stricter] == ["Weekly"]


def test_reengage_factor_must_be_sensible(db):
    with pytest.raises(ValidationError), db.read() as s:
        reengage_list(session=s, now=NOW, factor=0.5)
