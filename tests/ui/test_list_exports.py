"""ctrl+e on the Contracts and Purchases lists writes the list to a private CSV file."""

from __future__ import annotations

import csv
import stat
from datetime import UTC, date, datetime
from pathlib import Path

from textual.widgets import Select

from tuicrm import config, dates
from tuicrm.db import Database
from tuicrm.services import contacts, contracts, sales
from tuicrm.ui.screens.contracts import ContractsScreen
from tuicrm.ui.screens.purchases import PurchasesScreen

SIZE = (120, 40)


def exported(name: str) -> list[list[str]]:
    """The one CSV file the export wrote, as rows, after checking it is private and has a BOM."""
    [path] = config.exports_dir().glob(f"{name}-*.csv")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def notified(app, text: str) -> bool:
    return any(text in n.message for n in app._notifications)


async def test_the_filtered_contracts_list_exports_to_csv(db: Database, db_path: Path,
                                                          make_app, ui) -> None:
    with db.write() as s:
        client = contacts.create_contact(session=s, data={"name": "Client Co",
                                                          "kind": "organisation"}).id
        for title, status, start in (("=cmd", "active", date(2026, 2, 1)),
                                     ("Hosting", "active", date(2026, 1, 1)),
                                     ("Not yet", "draft", date(2026, 3, 1))):
            contracts.create_contract(session=s, data={
                "contact_id": client, "title": title, "status": status, "start_date": start,
                "end_date": date(2026, 12, 31), "notice_days": 30, "amount_minor": 120050,
                "currency": "EUR", "billing_cycle": "monthly"})
    app = make_app(db_path, start="contracts")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractsScreen)
                            and len(app.screen._rows) == 3)
        app.screen.query_one("#contracts-filter", Select).value = "active"
        await ui.wait_until(pilot, lambda: len(app.screen._rows) == 2)
        await pilot.press("ctrl+e")
        await ui.wait_until(pilot, lambda: notified(app, "Exported 2 rows"))
    assert exported("contracts") == [
        ["Title", "Client", "Status", "Start", "End", "Review", "Cancel by", "Amount",
         "Currency", "Billing cycle", "Owner"],
        ["'=cmd", "Client Co", "active", "2026-02-01", "2026-12-31", "", "2026-12-01",
         "1200.50", "EUR", "monthly", ""],
        ["Hosting", "Client Co", "active", "2026-01-01", "2026-12-31", "", "2026-12-01",
         "1200.50", "EUR", "monthly", ""],
    ]


async def test_every_purchase_exports_to_csv_newest_first(db: Database, db_path: Path,
                                                          make_app, ui) -> None:
    dates.set_local_zone("Europe/London")
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        evil = contacts.create_contact(session=s, data={"name": "=cmd"}).id
        sales.create_sale(session=s, data={
            "contact_id": ada, "sold_at": datetime(2026, 1, 5, 12, tzinfo=UTC),
            "currency": "EUR", "lines": [{"description": "Logo", "unit_price_minor": 9900}]})
        sales.create_sale(session=s, data={
            "contact_id": evil, "sold_at": datetime(2026, 6, 1, 12, tzinfo=UTC),
            "currency": "GBP", "lines": [{"description": "+SUM(A1)", "quantity": 3,
                                          "unit_price_minor": 250}]})
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("5")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
        await pilot.press("ctrl+e")
        await ui.wait_until(pilot, lambda: notified(app, "Exported 2 rows"))
    assert exported("purchases") == [
        ["Date", "Customer", "Items", "Total", "Currency", "Status"],
        ["2026-06-01 13:00", "'=cmd", "'+SUM(A1) ×3", "7.50", "GBP", "paid"],
        ["2026-01-05 12:00", "Ada Lovelace", "Logo ×1", "99.00", "EUR", "paid"],
    ]
