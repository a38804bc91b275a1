"""``tuicrm report``: the key figures as JSON for scripts and as a table, without Textual.

The day is pinned the way a script would pin it (``TUICRM_TODAY``, ``TUICRM_TZ``);
records are made through the services on that morning. Every expected figure
is worked out here from the records (cycle days listed beside each contract).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.services import contacts, contracts, sales, satisfaction

TODAY = date(2026, 11, 22)
ZONE = "Europe/Berlin"
ENV = {"TUICRM_TODAY": TODAY.isoformat(), "TUICRM_TZ": ZONE}
MORNING = dates.local_datetime(TODAY, time(9), ZONE)
PERIOD = ["--from", "2026-09-01", "--to", "2026-11-30"]


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db_path), "report", *args], env=ENV)


def at(day: date) -> datetime:
    return dates.local_datetime(day, time(12), ZONE)


@pytest.fixture
def books(db, db_path) -> dict[str, int]:
    with dates.fixed_now(MORNING), db.write() as s:
        ann = contacts.create_contact(session=s, data={"name": "Ann Archer"}).id
        bo = contacts.create_contact(session=s, data={"name": "Bo Baker"}).id
        cy = contacts.create_contact(session=s, data={"name": "Cy Quiet"}).id

        def contract(start: date, cycle: str, amount: int, currency: str, **extra):
            return contracts.create_contract(session=s, data={
                "contact_id": ann, "title": cycle, "status": "active", "start_date": start,
                "billing_cycle": cycle, "amount_minor": amount, "currency": currency,
                **extra})

        contract(date(2026, 1, 10), "monthly", 1000_00, "EUR")  # Sep 10, Oct 10, Nov 10
        contract(date(2026, 3, 1), "yearly", 1200_00, "GBP")  # March only
        fee = contract(date(2026, 1, 1), "one_off", 500_00, "EUR", end_date=date(2026, 9, 30))
        contracts.renew_contract(session=s, contract_id=fee.id)  # a new fee on Oct 1

        def order(who: int, day: date, price: int, currency: str = "EUR"):
            return sales.create_sale(session=s, data={
                "contact_id": who, "sold_at": at(day), "currency": currency,
                "lines": [{"description": "Item", "unit_price_minor": price}]})

        order(bo, date(2026, 9, 5), 50_00)
        partly = order(bo, date(2026, 10, 5), 30_00)
        sales.refund_sale(session=s, sale_id=partly.id, data={"amount_minor": 10_00})
        order(bo, date(2026, 10, 20), 20_00, "USD")
        order(cy, date(2026, 1, 1), 9_00)  # a weekly buyer, quiet since January
        order(cy, date(2026, 1, 8), 9_00)
        for kind, score in (("nps", 10), ("nps", 3), ("csat", 5)):
            satisfaction.record_response(session=s, data={
                "contact_id": ann, "kind": kind, "score": score,
                "responded_at": at(date(2026, 10, 1))})
    return {"ann": ann, "bo": bo, "cy": cy}


def test_json_has_the_key_figures(books, db_path):
    result = run(db_path, *PERIOD, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["period"] == {"from": "2026-09-01", "to": "2026-11-30"}
    assert data["today"] == TODAY.isoformat() and data["mrr_on"] == TODAY.isoformat()
    # the one-off fee is not recurring; the yearly GBP contract is a twelfth a month
    assert data["mrr_minor"] == {"EUR": 1000_00, "GBP": 1200_00 // 12}
    billing = {"2026-09": {"EUR": 1000_00}, "2026-10": {"EUR": 1000_00 + 500_00},
               "2026-11": {"EUR": 1000_00}}
    purchases = {"2026-09": {"EUR": 50_00}, "2026-10": {"EUR": 30_00 - 10_00, "USD": 20_00},
                 "2026-11": {}}
    assert [(m["month"], m["recurring_minor"], m["one_off_minor"])
            for m in data["revenue_by_month"]] == [
        (month, billing[month], purchases[month]) for month in billing]
    assert data["revenue_minor"] == {"recurring": {"EUR": 3 * 1000_00 + 500_00},
                                     "one_off": {"EUR": 70_00, "USD": 20_00}}
    assert data["renewals"] == {"reached_end": 1, "renewed": 1, "rate": 1.0}
    assert data["nps"] == {"score": 0, "responses": 2, "promoters": 1, "passives": 0,
                           "detractors": 1}
    assert data["csat"] == {"score": 100, "responses": 1, "satisfied": 1, "mean": 5.0}
    assert data["orders"] == {  # Bo's three orders; Cy's are before the period
        "orders": 3, "customers": 1, "refunded_orders": 1,
        "spent_minor": {"EUR": 50_00 + 20_00, "USD": 20_00},
        "average_order_minor": {"EUR": (50_00 + 20_00) // 2, "USD": 20_00},
        "orders_per_customer": 3.0, "return_rate": round(1 / 3, 4)}
    assert data["segments"] == {"one_time": 0, "occasional": 2, "repeat": 0, "loyal": 0}
    assert data["top_clients"] == {"EUR": [
        {"contact_id": books["ann"], "name": "Ann Archer", "amount_minor": 3_500_00}]}
    assert data["top_customers"] == {
        "EUR": [{"contact_id": books["bo"], "name": "Bo Baker", "amount_minor": 70_00}],
        "USD": [{"contact_id": books["bo"], "name": "Bo Baker", "amount_minor": 20_00}]}
    assert data["reengage"] == 1  # Cy: 7 days apart, quiet since January


def test_the_default_period_is_twelve_months_to_today(books, db_path):
    data = json.loads(run(db_path, "--json").stdout)
    assert data["period"] == {"from": "2025-12-01", "to": TODAY.isoformat()}
    months = [m["month"] for m in data["revenue_by_month"]]
    assert (len(months), months[0], months[-1]) == (12, "2025-12", "2026-11")


def test_table_shows_the_figures(books, db_path):
    result = run(db_path, *PERIOD)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Key figures, 2026-09-01 to 2026-11-30" in out
    for expected in ("1,000.00 EUR", "100.00 GBP", "3,500.00 EUR", "70.00 EUR", "20.00 USD",
                     "100% (1 of 1 renewed)", "0 (2 responses)", "Ann Archer", "Bo Baker",
                     "Occasional", "Oct 2026"):
        assert expected in out, expected


HOSTILE = "[bold]Eve[/]\x1b]52;c;SGVsbG8=\x07\x9b31m\u202eEvil[/]"
UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e"]


def test_hostile_names_print_without_markup_or_control_bytes(books, db_path):
    with closing(sqlite3.connect(db_path)) as conn, conn:  # stored by another program
        conn.execute("UPDATE contact SET name = ? WHERE id = ?", (HOSTILE, books["bo"]))
    table = run(db_path, *PERIOD)
    assert table.exit_code == 0, table.output
    assert "[bold]Eve[/]" in table.stdout  # shown as typed, not as markup
    assert not [c for c in UNSAFE if c in table.stdout]
    raw = run(db_path, *PERIOD, "--json")
    assert not [c for c in UNSAFE if c in raw.stdout]
    assert json.loads(raw.stdout)["top_customers"]["EUR"][0]["name"] == HOSTILE


def test_a_backwards_period_and_a_missing_file_are_plain_errors(books, db_path, tmp_path):
    backwards = run(db_path, "--from", "2026-11-01", "--to", "2026-10-01")
    assert backwards.exit_code == 2 and "is after --to" in backwards.stderr
    bad_day = run(db_path, "--from", "2026-13-01")
    assert bad_day.exit_code == 2 and "--from" in bad_day.stderr
    missing = run(tmp_path / "typo.db")
    assert missing.exit_code == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.startswith("tuicrm: there is no database at")
    assert not (tmp_path / "typo.db").exists()


@pytest.mark.parametrize("args", [["report", "--help"], ["report", "--json"], ["report"]])
def test_report_never_imports_textual(books, db_path, args):
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        f"try:\n    main(['--db', {str(db_path)!r}, *{args!r}])\n"
        "except SystemExit as done:\n    assert not done.code, done.code\n"
        "print('TEXTUAL', 'textual' in sys.modules, 'DATA', 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, **ENV}, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    helping = "--help" in args
    assert ("Usage:" if helping else "Bo Baker") in done.stdout
    # help does not even load the data layer; a report needs it, but never Textual
    assert done.stdout.strip().splitlines()[-1] == f"TEXTUAL False DATA {not helping}"


def test_an_empty_database_reports_nothing_without_failing(db, db_path):
    data = json.loads(run(db_path, "--json").stdout)
    assert data["mrr_minor"] == {} and data["reengage"] == 0
    assert data["nps"]["score"] is None and data["renewals"]["rate"] is None
    assert all(m["recurring_minor"] == {} == m["one_off_minor"] for m in data["revenue_by_month"])
    text = run(db_path)
    assert text.exit_code == 0 and "none in this period" in text.stdout


def test_days_are_counted_in_the_local_zone(db, db_path):
    # 23:30 UTC on Aug 31 is 01:30 on Sep 1 in Berlin: inside a period from Sep 1
    with dates.fixed_now(MORNING), db.write() as s:
        who = contacts.create_contact(session=s, data={"name": "Night Owl"}).id
        sales.create_sale(session=s, data={
            "contact_id": who, "sold_at": datetime(2026, 8, 31, 23, 30, tzinfo=UTC),
            "currency": "EUR", "lines": [{"description": "Late", "unit_price_minor": 5_00}]})
    data = json.loads(run(db_path, *PERIOD, "--json").stdout)
    assert data["revenue_minor"]["one_off"] == {"EUR": 5_00}


def test_a_currency_this_version_does_not_know_is_shown_not_fatal(books, db_path):
    """A row another program wrote, with a code tuicrm has no table for: the report
    shows its bare minor units and goes on (it failed with MoneyError)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE sale SET currency = 'XQZ' WHERE currency = 'USD'")
        conn.execute("UPDATE contract SET currency = 'XQZ' WHERE currency = 'GBP'")
    result = run(db_path, *PERIOD)
    assert result.exit_code == 0, result.output
    assert "2000 XQZ (minor units)" in result.stdout  # the sale of 20.00 "USD"
    assert "Ann Archer" in result.stdout  # and the rest of the report is there


def test_a_past_months_report_stays_when_contracts_are_ended_later(seeded_db, db_path):
    """October's figures on the demo firm, before and after two of its running
    contracts are ended and one terminated today: the same, to the last cent."""
    import sqlalchemy as sa

    from tuicrm.models import Contract, ContractStatus
    from tuicrm.services import contracts

    before = run(db_path, "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    assert before.exit_code == 0, before.output
    with seeded_db.write() as s:
        running = s.execute(sa.select(Contract.id).where(
            Contract.status == ContractStatus.ACTIVE, Contract.deleted_at.is_(None),
            Contract.start_date <= date(2026, 10, 1)).order_by(Contract.id).limit(3)).scalars()
        for n, contract_id in enumerate(list(running)):
            contracts.end_contract(session=s, contract_id=contract_id, on=date(2026, 11, 22),
                                   terminated=n == 2)
    after = run(db_path, "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    assert after.exit_code == 0, after.output
    assert json.loads(after.output) == json.loads(before.output)
    assert json.loads(before.output)["mrr_minor"]  # there was something to keep
