"""The reports screen: a period's key figures, revenue by month as a chart, the top lists.

"Today" is pinned to Wednesday 18 November 2026, 09:00 UTC, so the default
period (the last 12 months) runs from 1 December 2025 to 18 November 2026.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable, Static

from tuicrm import config, dates
from tuicrm.db import Database
from tuicrm.money import format_amount
from tuicrm.services import contacts, contracts, sales
from tuicrm.services.metrics_report import key_figures
from tuicrm.ui.screens.reports import ReportsScreen
from tuicrm.ui.widgets.revenue_chart import RevenueChart, chart_text

SIZE = (120, 40)
TODAY = date(2026, 11, 18)


@pytest.fixture(autouse=True)
def pinned_today() -> None:
    dates.set_local_zone("UTC")
    dates.fix_now(datetime.combine(TODAY, time(9), tzinfo=UTC))


@pytest.fixture
def shop_db(db: Database, db_path: Path) -> Path:
    """Two clients billing monthly (100.00 EUR since January, 500.00 GBP since June), a
    purchase of 50.00 EUR in October, and one of 20.00 USD in June 2025."""
    with db.write() as s:
        def contact(name: str) -> int:
            return contacts.create_contact(session=s, data={"name": name}).id

        for name, amount, currency, start in (("Client Co", 10000, "EUR", date(2026, 1, 1)),
                                              ("Big Client", 50000, "GBP", date(2026, 6, 1))):
            contracts.create_contract(session=s, data={
                "contact_id": contact(name), "title": "Retainer", "status": "active",
                "start_date": start, "amount_minor": amount, "currency": currency,
                "billing_cycle": "monthly"})
        for name, when, currency, price in (("Ada Lovelace", datetime(2026, 10, 5, 12), "EUR",
                                             5000),
                                            ("Grace Hopper", datetime(2025, 6, 1, 12), "USD",
                                             2000)):
            sales.create_sale(session=s, data={
                "contact_id": contact(name), "sold_at": when.replace(tzinfo=UTC),
                "currency": currency, "lines": [{"description": "Poster",
                                                 "unit_price_minor": price}]})
    return db_path


def rendered(app, selector: str) -> str:
    console = Console(width=80, color_system=None)
    with console.capture() as capture:
        console.print(app.screen.query_one(selector, Static).content)
    return capture.get()


def heading(app) -> str:
    return app.screen.query_one("#reports-period", Static).content.plain


def chart(app) -> RevenueChart:
    return app.screen.query_one(RevenueChart)


def cells(app, table_id: str) -> list[list[str]]:
    table = app.screen.query_one(f"#{table_id}", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def shown_period(app) -> tuple[date, date] | None:
    shown = app.screen.shown
    return None if shown is None else (shown.figures.period_start, shown.figures.period_end)


async def open_reports(app, pilot, ui, period: tuple[date, date]) -> None:
    await ui.wait_until(pilot, lambda: isinstance(app.screen, ReportsScreen)
                        and shown_period(app) == period and "loading" not in heading(app))


async def test_the_figures_are_the_metrics_of_the_period(shop_db, db, make_app, ui) -> None:
    period = (date(2025, 12, 1), TODAY)
    with db.read() as s:
        expected = key_figures(session=s, period_start=period[0], period_end=period[1])
    assert expected.mrr == {"EUR": 10000, "GBP": 50000}
    assert expected.recurring == {"EUR": 110000, "GBP": 300000}
    assert expected.one_off == {"EUR": 5000}
    app = make_app(shop_db, start="reports")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reports(app, pilot, ui, period)
        assert "12 months to 18 Nov 2026" in heading(app)
        figures = rendered(app, "#reports-figures")
        for currency, amount in expected.mrr.items():
            assert format_amount(amount, currency) in figures
        for line in ("1,100.00 EUR recurring", "50.00 EUR one-off", "3,000.00 GBP recurring",
                     "0.00 GBP one-off"):
            assert line in figures
        assert "No contract reached its end".lower() in figures.lower()
        assert "Customers to re-engage now" in figures
        # The top lists are the service's answers, per currency, largest first.
        assert cells(app, "reports-top-clients") == [
            [r.name, format_amount(r.amount, currency, with_code=False), currency]
            for currency, ranked in expected.top_clients.items() for r in ranked]
        assert cells(app, "reports-top-clients") == [["Client Co", "1,100.00", "EUR"],
                                                     ["Big Client", "3,000.00", "GBP"]]
        assert cells(app, "reports-top-customers") == [["Ada Lovelace", "50.00", "EUR"]]
        # The chart opens on the currency with most revenue (GBP), one bar per month.
        assert chart(app).currency == "GBP"
        drawn = chart(app).render().plain
        assert "Revenue by month, GBP" in drawn
        assert "Dec 2025" in drawn and "Nov 2026" in drawn and "500.00" in drawn
        assert "scale: the full width is 500.00 GBP" in drawn


async def test_brackets_move_the_period_and_the_figures_follow(shop_db, db, make_app,
                                                               ui) -> None:
    app = make_app(shop_db, start="reports")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reports(app, pilot, ui, (date(2025, 12, 1), TODAY))
        await pilot.press("left_square_bracket")
        earlier = (date(2024, 12, 1), date(2025, 11, 18))
        await open_reports(app, pilot, ui, earlier)
        with db.read() as s:
            expected = key_figures(session=s, period_start=earlier[0], period_end=earlier[1])
        assert expected.one_off == {"USD": 2000} and not expected.recurring
        figures = rendered(app, "#reports-figures")
        assert "0.00 USD recurring" in figures and "20.00 USD one-off" in figures
        assert "EUR" not in figures
        assert cells(app, "reports-top-customers") == [["Grace Hopper", "20.00", "USD"]]
        assert app.screen.query_one("#reports-top-clients-empty").display
        assert chart(app).currency == "USD"
        await pilot.press("right_square_bracket")
        await open_reports(app, pilot, ui, (date(2025, 12, 1), TODAY))
        assert "1,100.00 EUR recurring" in rendered(app, "#reports-figures")
        # p: this month, then its quarter, its year, and back to the last 12 months.
        for key_period, label in (((date(2026, 11, 1), date(2026, 11, 30)), "November 2026"),
                                  ((date(2026, 10, 1), date(2026, 12, 31)), "Q4 2026"),
                                  ((date(2026, 1, 1), date(2026, 12, 31)), "2026"),
                                  ((date(2025, 12, 1), TODAY), "12 months to")):
            await pilot.press("p")
            await open_reports(app, pilot, ui, key_period)
            assert label in heading(app)
        await pilot.press("p", "left_square_bracket")  # the month before
        await open_reports(app, pilot, ui, (date(2026, 10, 1), date(2026, 10, 31)))
        assert cells(app, "reports-top-customers") == [["Ada Lovelace", "50.00", "EUR"]]


async def test_c_shows_the_chart_in_the_next_currency(shop_db, make_app, ui) -> None:
    app = make_app(shop_db, start="reports")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reports(app, pilot, ui, (date(2025, 12, 1), TODAY))
        assert chart(app).currencies == ["GBP", "EUR"]
        await pilot.press("c")
        await pilot.pause()
        drawn = chart(app).render().plain
        assert "Revenue by month, EUR" in drawn and "GBP" not in drawn
        # October: 100.00 billed plus the 50.00 purchase, the month with most EUR.
        october = next(line for line in drawn.splitlines() if line.startswith("Oct 2026"))
        assert october.rstrip().endswith("150.00") and "█" in october and "▒" in october
        await pilot.press("c")
        await pilot.pause()
        assert chart(app).currency == "GBP"


def test_the_chart_keeps_one_scale_and_stacks_billing_and_purchases() -> None:
    from tuicrm.services.metrics_revenue import MonthRevenue

    months = [MonthRevenue(date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 31),
                           {"EUR": 1000}, {"EUR": 1000, "USD": 999999}),
              MonthRevenue(date(2026, 2, 1), date(2026, 2, 1), date(2026, 2, 28),
                           {"EUR": 1000}, {})]
    lines = chart_text(months, "EUR", 51).plain.splitlines()
    january, february = lines[2], lines[3]
    assert january.count("█") == february.count("█") == january.count("▒")
    assert january.count("█") + january.count("▒") == 51 - 8 - len("20.00") - 4
    assert "20.00 EUR" in lines[-1] and "9,999.99" not in "\n".join(lines)


async def test_ctrl_e_exports_the_top_clients(shop_db, make_app, ui) -> None:
    app = make_app(shop_db, start="reports")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_reports(app, pilot, ui, (date(2025, 12, 1), TODAY))
        assert app.screen.focused.id == "reports-top-clients"
        await pilot.press("ctrl+e")
        await ui.wait_until(pilot, lambda: any("Exported 2 rows" in n.message
                                               for n in app._notifications))
    [path] = config.exports_dir().glob("top-clients-*.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["Name", "Amount", "Currency"],
                                            ["Client Co", "1100.00", "EUR"],
                                            ["Big Client", "3000.00", "GBP"]]
