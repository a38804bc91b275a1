"""The CSV rows of the contracts and purchases lists, read from a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tuicrm import dates
from tuicrm.db import Database
from tuicrm.services import (
    contacts,
    contract_export,
    contracts,
    sale_export,
    sales,
    team,
)
from tuicrm.services.contract_export import contract_filters, contract_rows
from tuicrm.services.sale_export import SALE_HEADER, sale_rows

TODAY = date(2026, 5, 4)


@pytest.fixture
def book(db: Database) -> Database:
    """Three contracts of two clients, one owned by a team member."""
    dates.fix_now(datetime(2026, 5, 4, 9, tzinfo=UTC))
    with db.write() as s:
        zed = contacts.create_contact(session=s, data={"name": "Zed Ltd", "kind": "organisation"}).id
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        owner = team.create_member(session=s, data={"name": "Pat Owner", "initials": "PO"}).id
        for data in (
            {"contact_id": zed, "title": "Support", "status": "active", "owner_id": owner,
             "start_date": date(2026, 1, 1), "end_date": date(2026, 5, 31), "notice_days": 14,
             "review_date": date(2026, 5, 10), "amount_minor": 123450, "currency": "EUR",
             "billing_cycle": "monthly"},
            {"contact_id": ada, "title": "=cmd", "status": "active", "start_date": date(2026, 3, 1),
             "amount_minor": 50000, "currency": "JPY", "billing_cycle": "one_off"},
            {"contact_id": ada, "title": "Draft deal", "status": "draft",
             "start_date": date(2026, 4, 1), "amount_minor": 5, "currency": "KWD",
             "billing_cycle": "yearly"},
        ):
            contracts.create_contract(session=s, data=data)
    return db


def rows_of(db: Database, rows) -> list[list[object]]:
    with db.read() as s:
        return [list(r) for r in rows(s)]


def action_by() -> date:
    return TODAY + timedelta(days=30)


def test_contract_rows_have_every_column_in_the_lists_order(book: Database) -> None:
    rows = rows_of(book, contract_rows(contract_filters("all", "newest", action_by=action_by())))
    assert len(contract_export.CONTRACT_HEADER) == len(rows[0])
    assert rows == [
        ["Draft deal", "Ada Lovelace", "draft", "2026-04-01", "", "", "", "0.005", "KWD",
         "yearly", ""],
        ["=cmd", "Ada Lovelace", "active", "2026-03-01", "", "", "", "50000", "JPY",
         "one_off", ""],
        ["Support", "Zed Ltd", "active", "2026-01-01", "2026-05-31", "2026-05-10", "2026-05-17",
         "1234.50", "EUR", "monthly", "PO"],
    ]


def test_contract_rows_follow_the_screens_filter_and_sort(book: Database) -> None:
    def titles(status: str, sort: str) -> list[object]:
        return [r[0] for r in rows_of(book, contract_rows(
            contract_filters(status, sort, action_by=action_by())))]

    assert titles("active", "client") == ["=cmd", "Support"]  # Ada before Zed
    assert titles("draft", "newest") == ["Draft deal"]
    assert titles("action", "newest") == ["Support"]  # ends within 30 days
    assert titles("all", "ending") == ["Support"]  # only contracts with an end date
    assert titles("terminated", "newest") == []


def test_contract_rows_read_every_page(book: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contract_export, "PAGE", 1)  # one row per query: three queries
    rows = rows_of(book, contract_rows(contract_filters("all", "client", action_by=action_by())))
    assert [r[0] for r in rows] == ["=cmd", "Draft deal", "Support"]


def test_sale_rows_newest_first_in_local_time_without_deleted_sales(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    dates.set_local_zone("Europe/Paris")
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        grace = contacts.create_contact(session=s, data={"name": "Grace Hopper"}).id
        old = sales.create_sale(session=s, data={
            "contact_id": ada, "sold_at": datetime(2026, 1, 5, 23, 30, tzinfo=UTC),
            "currency": "EUR", "lines": [{"description": "Logo", "unit_price_minor": 125050}]})
        sales.create_sale(session=s, data={
            "contact_id": grace, "sold_at": datetime(2026, 2, 1, 8, tzinfo=UTC),
            "currency": "JPY", "status": "pending", "lines": [
                {"description": "Cards", "quantity": 2, "unit_price_minor": 1500}]})
        gone = sales.create_sale(session=s, data={
            "contact_id": ada, "sold_at": datetime(2026, 3, 1, 8, tzinfo=UTC),
            "currency": "EUR", "lines": [{"description": "Deleted", "unit_price_minor": 100}]})
        sales.delete_sale(session=s, sale_id=gone.id)
        sales.refund_sale(session=s, sale_id=old.id, data={"amount_minor": 50})
    expected = [
        ["2026-02-01 09:00", "Grace Hopper", "Cards ×2", "3000", "JPY", "pending"],
        ["2026-01-06 00:30", "Ada Lovelace", "Logo ×1", "1250.50", "EUR", "partially_refunded"],
    ]
    assert rows_of(db, sale_rows) == expected
    assert len(SALE_HEADER) == len(expected[0])
    monkeypatch.setattr(sale_export, "PAGE", 1)
    assert rows_of(db, sale_rows) == expected
