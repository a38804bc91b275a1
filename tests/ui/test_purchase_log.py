"""The purchase log as a shop owner uses it: filtering by keyboard, recording a
refund or a return, the customer beside the list, whom to re-engage, and the
contact page's Insight tab. Real SQLite files; "today" is pinned."""

from __future__ import annotations

import csv
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rich.console import Console
from textual.widgets import DataTable, Input, Static

from tuicrm import config, dates
from tuicrm.db import Database
from tuicrm.models import Sale
from tuicrm.services import contacts, sales
from tuicrm.ui.forms.refund import RefundForm
from tuicrm.ui.forms.sale import SaleForm
from tuicrm.ui.screens.contact_page import ContactPage
from tuicrm.ui.screens.purchases import PurchasesScreen
from tuicrm.ui.screens.reengage import ReengageScreen
from tuicrm.ui.screens.segments import SegmentsDialog

SIZE = (150, 40)
NARROW = (120, 40)  # the customer panel is hidden until asked for with i
ZONE = "Europe/London"
TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUICRM_TZ", ZONE)
    monkeypatch.setenv("TUICRM_TODAY", TODAY.isoformat())


def at(day: date, hour: int = 12) -> Any:
    return dates.to_utc(dates.local_datetime(day, time(hour), ZONE))


def sell(s: Any, contact_id: int, day: date, description: str, minor: int,
         **extra: Any) -> int:
    return sales.create_sale(session=s, data={
        "contact_id": contact_id, "sold_at": at(day), "currency": "EUR",
        "lines": [{"description": description, "unit_price_minor": minor}], **extra}).id


@pytest.fixture
def shop(db: Database, db_path: Path) -> dict[str, Any]:
    """Ada and Grace, two sales each, on different days, channels and statuses."""
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        grace = contacts.create_contact(session=s, data={"name": "Grace Hopper"}).id
        poster = sell(s, ada, date(2026, 2, 1), "Poster", 10_00)
        sell(s, ada, date(2026, 3, 1), "Canvas", 30_00, status="pending", channel="in_store")
        xl = sell(s, grace, date(2026, 2, 15), "Poster XL", 20_00, channel="phone")
        sales.refund_sale(session=s, sale_id=xl, data={"amount_minor": 5_00})
        sell(s, grace, date(2026, 3, 5), "Mug", 8_00)
    return {"path": db_path, "ada": ada, "grace": grace, "poster": poster, "xl": xl}


def rows(app: Any) -> list[list[str]]:
    table = app.screen.query_one("#purchases-table", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def items(app: Any) -> list[str]:
    return [row[2] for row in rows(app)]


def status(app: Any) -> str:
    content = app.screen.query_one("#section-status", Static).content
    return getattr(content, "plain", str(content))


def shown(app: Any, selector: str, width: int = 100) -> str:
    """A Static's Rich content as the terminal shows it, in plain text."""
    console = Console(width=width, color_system=None)
    with console.capture() as capture:
        console.print(app.screen.query_one(selector, Static).content)
    return " ".join(capture.get().split())


def notified(app: Any, text: str) -> bool:
    return any(text in n.message for n in app._notifications)


async def open_log(pilot: Any, ui: Any, count: int) -> None:
    await pilot.press("5")
    await ui.wait_until(pilot, lambda: isinstance(pilot.app.screen, PurchasesScreen)
                        and status(pilot.app).startswith(f"Sales 1–{count},"))


async def choose(pilot: Any, select_id: str, steps_down: int) -> None:
    """Open a Select from the keyboard and pick the option ``steps_down`` below the first."""
    pilot.app.screen.query_one(f"#{select_id}").focus()
    await pilot.press("enter", "home", *["down"] * steps_down, "enter")


async def test_the_log_is_filtered_from_the_keyboard(shop, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        assert items(app) == ["Mug ×1", "Canvas ×1", "Poster XL ×1", "Poster ×1"]
        await pilot.press("f", *"grace")
        await ui.wait_until(pilot, lambda: len(rows(app)) == 2)
        assert {row[1] for row in rows(app)} == {"Grace Hopper"}
        assert "customer “grace”" in status(app)
        await pilot.press("tab", *"poster")
        await ui.wait_until(pilot, lambda: items(app) == ["Poster XL ×1"])
        assert rows(app)[0][3] == "20.00 EUR (−5.00)"
        assert rows(app)[0][4] == "partially refunded"

        await pilot.press("escape")  # out of the bar, back on the list
        assert app.focused is app.screen.query_one("#purchases-table")
        await pilot.press("ctrl+e")  # the export is what the list shows
        await ui.wait_until(pilot, lambda: notified(app, "Exported 1 row"))
        [path] = config.exports_dir().glob("purchases-*.csv")
        with path.open(encoding="utf-8-sig", newline="") as handle:
            assert [row[2] for row in csv.reader(handle)] == ["Items", "Poster XL ×1"]

        await pilot.press("escape")  # every filter dropped
        await ui.wait_until(pilot, lambda: len(rows(app)) == 4)
        assert all(box.value == "" for box in app.screen.query("#purchases-bar Input"))

        # a date range, typed as people type dates; Enter goes back to the list
        await pilot.press("f", "tab", "tab", *"2026-02-10", "tab", *"4 mar 2026")
        await ui.wait_until(pilot, lambda: "is not a date" in status(app))
        assert app.screen.query_one("#purchases-to", Input).has_class("-invalid")
        assert len(rows(app)) == 3  # the From date still applies
        app.screen.query_one("#purchases-to", Input).value = ""
        await pilot.press(*"2026-03-04", "enter")
        await ui.wait_until(pilot, lambda: items(app) == ["Canvas ×1", "Poster XL ×1"])
        assert app.focused is app.screen.query_one("#purchases-table")
        assert "from 2026-02-10 · to 2026-03-04" in status(app)

        await choose(pilot, "purchases-status", 2)  # Any, Paid, Pending
        await ui.wait_until(pilot, lambda: items(app) == ["Canvas ×1"])
        await choose(pilot, "purchases-channel", 2)  # Any, Online, In store
        await ui.wait_until(pilot, lambda: "sold in store" in status(app))
        assert items(app) == ["Canvas ×1"]
        await choose(pilot, "purchases-channel", 3)  # Phone: the pending sale was in store
        await ui.wait_until(pilot, lambda: not rows(app) and status(app).startswith(
            "No sale matches"))
        assert "No sale matches these filters" in shown(app, "#purchases-empty")


async def test_a_refund_and_a_return_are_recorded_against_a_sale(shop, db, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("down")  # Canvas: pending, not paid
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: notified(app, "not paid yet"))
        assert isinstance(app.screen, PurchasesScreen)

        await pilot.press("down")  # Poster XL: 20.00, 5.00 already refunded
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, RefundForm)
                            and app.screen.loaded)
        form = app.screen
        assert "left to refund 15.00 EUR" in shown(app, "#refund-sale")
        amount = form.query_one("#input-amount_minor", Input)
        assert amount.value == "15.00"  # what is left, offered
        amount.value = ""
        amount.focus()
        await pilot.press(*"16")
        await ui.wait_until(pilot, lambda: form.field("amount_minor").problem is not None)
        assert "at most 15.00 EUR" in form.field("amount_minor").problem
        assert form.query_one("#form-save").disabled
        amount.value = ""
        await pilot.press(*"7.50")
        await choose(pilot, "input-kind", 1)  # Return (goods came back)
        form.query_one("#input-reason", Input).focus()
        await pilot.press(*"scratched")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
        assert notified(app, "Return of 7.50 EUR recorded.")
        await ui.wait_until(pilot, lambda: rows(app)[2][3] == "20.00 EUR (−12.50)")
        assert rows(app)[2][4] == "partially refunded"
        # the customer beside the list counts it
        await ui.wait_until(pilot, lambda: "return rate 50%, 1 of 2 orders"
                            in shown(app, "#purchases-customer"))

        await pilot.press("r")  # the rest, as a plain refund: the sale is refunded in full
        await ui.wait_until(pilot, lambda: isinstance(app.screen, RefundForm)
                            and app.screen.loaded)
        assert app.screen.query_one("#input-amount_minor", Input).value == "7.50"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen)
                            and rows(app)[2][4] == "refunded")
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: notified(app, "already refunded in full"))
    with db.read() as s:
        detail = sales.get_sale(session=s, sale_id=shop["xl"])
    assert [(r.amount_minor, r.is_return, r.reason) for r in detail.refunds] == [
        (5_00, False, ""), (7_50, True, "scratched"), (7_50, False, "")]
    assert detail.sale.refunded_minor == detail.sale.total_minor == 20_00


async def test_new_and_edit_open_the_sale_form(shop, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        side = app.screen.query_one("#purchases-side")
        assert not side.display and rows(app)[1][2] == "Canvas ×1"  # room for the list
        await pilot.press("i")
        await ui.wait_until(pilot, lambda: "Grace Hopper" in shown(app, "#purchases-side-heading")
                            and "Orders 2" in shown(app, "#purchases-customer"))
        await pilot.press("i")
        await ui.wait_until(pilot, lambda: not side.display)
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, SaleForm))
        assert app.screen.record_id is None and app.screen.field("contact_id").value is None
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
        await pilot.press("down", "down", "down", "e")  # the first sale, Ada's poster
        await ui.wait_until(pilot, lambda: isinstance(app.screen, SaleForm)
                            and app.screen.loaded)
        assert app.screen.record_id == shop["poster"]
        assert app.screen.query_one("#input-contact_id", Input).value == "Ada Lovelace"


@pytest.fixture
def regulars(db: Database, db_path: Path) -> dict[str, Any]:
    """Wendy bought weekly, then stopped 30 days ago; Nora bought last week, once."""
    with db.write() as s:
        wendy = contacts.create_contact(session=s, data={"name": "Wendy Weekly"}).id
        nora = contacts.create_contact(session=s, data={"name": "Nora New"}).id
        for days_ago in (44, 37, 30):
            sell(s, wendy, TODAY - timedelta(days=days_ago), "Bread", 4_00)
        sell(s, nora, TODAY - timedelta(days=7), "Cake", 12_00, currency="GBP")
    return {"path": db_path, "wendy": wendy, "nora": nora}


async def test_the_customer_beside_the_log_and_whom_to_re_engage(regulars, make_app, ui):
    app = make_app(regulars["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await ui.wait_until(pilot, lambda: "Orders 1" in shown(app, "#purchases-customer"))
        nora = shown(app, "#purchases-customer")
        assert "Segment One-time (1 order)" in nora
        assert "Spent 12.00 GBP" in nora and "Typical gap — (one order)" in nora
        assert "Re-engage" not in nora
        await pilot.press("down")
        await ui.wait_until(pilot, lambda: "Orders 3" in shown(app, "#purchases-customer"))
        wendy = shown(app, "#purchases-customer")
        assert "Segment Occasional (2–3 orders)" in wendy
        assert "Typical gap every 7 days (median)" in wendy
        assert "Re-engage 30 days since the last order, 23 days past the usual gap" in wendy
        assert "Health" in wendy and "Last touch" in wendy

        await pilot.press("w")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ReengageScreen)
                            and app.screen.query_one("#reengage-table").row_count == 1)
        table = app.screen.query_one("#reengage-table", DataTable)
        assert [c.plain for c in table.get_row_at(0)] == [
            "Wendy Weekly", "3", "2026-02-08", "7 days", "30 days", "23 days"]
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage)
                            and app.screen.summary is not None)
        app.screen.action_show_pane("insight")
        await ui.wait_until(pilot, lambda: "Orders 3" in shown(app, "#contact-insight"))
        assert "Re-engage 30 days since the last order" in shown(app, "#contact-insight")
        await pilot.press("escape", "escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))


async def test_refund_from_the_contact_page_purchases_tab(shop, db, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.open_contact(shop["ada"])
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage)
                            and app.screen.summary is not None)
        app.screen.action_show_pane("purchases")
        await pilot.pause()
        await pilot.press("down", "r")  # Ada's paid poster (the canvas is pending)
        await ui.wait_until(pilot, lambda: isinstance(app.screen, RefundForm)
                            and app.screen.loaded)
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))
    with db.read() as s:
        assert sales.get_sale(session=s, sale_id=shop["poster"]).sale.status == "refunded"


async def test_segment_thresholds_are_the_teams_to_set(regulars, db, make_app, ui):
    app = make_app(regulars["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("down")
        await ui.wait_until(pilot, lambda: "Occasional (2–3 orders)"
                            in shown(app, "#purchases-customer"))
        await pilot.press("S")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, SegmentsDialog)
                            and app.screen.query_one("#input-repeat_from", Input).value == "4")
        dialog = app.screen
        repeat = dialog.query_one("#input-repeat_from", Input)
        loyal = dialog.query_one("#input-loyal_from", Input)
        assert loyal.value == "10"
        repeat.value = ""
        await pilot.press("6")
        loyal.value = ""
        loyal.focus()
        await pilot.press("5", "ctrl+s")  # loyal must start above repeat
        await ui.wait_until(pilot, lambda: dialog.query_one("#field-loyal_from")
                            .has_class("-invalid"))
        assert "more orders than repeat" in shown(app, "#field-loyal_from .field--error")
        assert app.screen is dialog  # nothing stored, still open
        repeat.value = ""
        repeat.focus()
        await pilot.press("3", "ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
        await ui.wait_until(pilot, lambda: "Segment Repeat (3–4 orders)"
                            in shown(app, "#purchases-customer"))
    with db.read() as s:
        from tuicrm.services.metrics_customers import segment_thresholds

        assert vars(segment_thresholds(session=s)) == {"repeat_from": 3, "loyal_from": 5}


async def test_typed_filter_text_is_shown_literally(shop, make_app, ui):
    hostile = "[@click=app.quit]x"
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("f", *hostile, "tab", "tab", *hostile)
        await ui.wait_until(pilot, lambda: "is not a date" in status(app))
        assert f"“{hostile}” is not a date" in status(app)
        assert f"customer “{hostile}”" in status(app)
        assert app.is_running and not rows(app)


async def test_a_refund_saved_elsewhere_meanwhile_is_not_doubled(shop, db, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("down", "down", "r")  # Poster XL: 15.00 left
        await ui.wait_until(pilot, lambda: isinstance(app.screen, RefundForm)
                            and app.screen.loaded)
        form = app.screen
        amount = form.query_one("#input-amount_minor", Input)
        amount.value = ""
        amount.focus()
        await pilot.press(*"12")
        with db.write() as s:  # another terminal refunds 5.00 of it first
            sales.refund_sale(session=s, sale_id=shop["xl"], data={"amount_minor": 5_00})
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "left to refund 10.00 EUR" in shown(app, "#refund-sale"))
        assert app.screen is form and "changed meanwhile" in shown(app, ".form--problem")
        assert amount.value == "12"  # what was typed stays, and no longer fits
        assert "at most 10.00 EUR" in form.field("amount_minor").problem
        amount.value = ""
        await pilot.press(*"10", "ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen))
    with db.read() as s:
        detail = sales.get_sale(session=s, sale_id=shop["xl"])
    assert [r.amount_minor for r in detail.refunds] == [5_00, 5_00, 10_00]
    assert detail.sale.status == "refunded"


async def test_an_unknown_currency_code_is_shown_not_crashed_on(shop, db, make_app, ui):
    with db.write() as s:  # as another program might have written it
        s.execute(sa.update(Sale).where(Sale.id == shop["poster"]).values(currency="[/]"))
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("down", "down", "down")  # Ada's poster
        await ui.wait_until(pilot, lambda: "(minor units)" in shown(app, "#purchases-customer"))
        assert "1000 [/] (minor units)" in shown(app, "#purchases-customer")
        assert rows(app)[3][3] == "1000 [/] (minor units)"
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, RefundForm))
        await ui.wait_until(pilot, lambda: "not one tuicrm knows" in shown(app, "#refund-sale"))
        assert app.screen.query_one("#form-save").disabled
        assert app.is_running


async def test_a_new_filter_starts_at_the_top(shop, make_app, ui):
    app = make_app(shop["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_log(pilot, ui, 4)
        await pilot.press("down", "down")
        table = app.screen.query_one("#purchases-table", DataTable)
        assert table.cursor_row == 2
        await pilot.press("f", "tab", *"poster", "enter")
        await ui.wait_until(pilot, lambda: items(app) == ["Poster XL ×1", "Poster ×1"])
        assert table.cursor_row == 0
