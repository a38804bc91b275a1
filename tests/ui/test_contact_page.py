"""Pilot flows through a contact's page, on a real SQLite file with a fixed "today"."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta, timezone

import pytest
import sqlalchemy as sa
from rich.console import Console
from textual.widgets import DataTable, Static, TabbedContent

from tuicrm import dates
from tuicrm.services import (
    contacts,
    contracts,
    followups,
    interactions,
    meetings,
    sales,
    team,
)
from tuicrm.ui.screens.contact_page import ContactPage
from tuicrm.ui.widgets.record_tables import keys

SIZE = (140, 44)
NOW = datetime(2026, 5, 20, 12, 0, tzinfo=timezone.utc)
HOSTILE = ["[/]", "[@click=app.quit]x", "a [/", "\x1b]52;c;aGk=\x07evil"]


@pytest.fixture(autouse=True)
def fixed_today():
    """Every date on the page depends on today: 2026-05-20, in UTC."""
    dates.set_local_zone("UTC")
    dates.fix_now(NOW)
    yield NOW
    dates.fix_now(None)
    dates.set_local_zone(None)


def at(day: int, month: int = 5, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=timezone.utc)


def seed_ada(db, name: str = "Ada Lovelace", words: str = "") -> dict[str, int]:
    """A contact that is both client and customer, with one record of every kind."""
    ids: dict[str, int] = {}
    with db.write() as s:
        owner = team.create_member(session=s, data={"name": "Olive Owner", "initials": "OO"})
        org = contacts.create_contact(session=s, data={
            "name": "Analytical Engines Ltd", "kind": "organisation"})
        ada = contacts.create_contact(session=s, data={
            "name": name, "organisation_id": org.id, "job_title": "Countess",
            "owner_id": owner.id, "emails": ["ada@example.org"], "phones": ["+44 20 7946 0001"],
            "tags": ["vip", "math"]})
        ids["contact"] = ada.id
        ids["call"] = interactions.log_interaction(session=s, data={
            "contact_id": ada.id, "kind": "call", "occurred_at": at(18),
            "subject": f"Check-in call {words}", "body": f"Went well {words}",
            "author_id": owner.id}).id
        ids["note"] = interactions.log_interaction(session=s, data={
            "contact_id": ada.id, "kind": "note", "occurred_at": at(1, 4),
            "subject": "Kick-off notes"}).id
        eur = sales.create_sale(session=s, data={
            "contact_id": ada.id, "sold_at": at(10), "currency": "EUR",
            "lines": [{"description": f"Poster {words}", "quantity": 2,
                       "unit_price_minor": 25_00}]})
        ids["sale"] = eur.id
        ids["usd_sale"] = sales.create_sale(session=s, data={
            "contact_id": ada.id, "sold_at": at(1, 3), "currency": "USD",
            "lines": [{"description": "Book", "unit_price_minor": 30_00}]}).id
        ids["refund"] = sales.refund_sale(session=s, sale_id=eur.id,
                                          data={"amount_minor": 10_00}).id  # at NOW
        ids["contract"] = contracts.create_contract(session=s, data={
            "contact_id": ada.id, "title": f"Retainer {words}", "status": "active",
            "start_date": date(2026, 1, 10), "billing_cycle": "monthly",
            "amount_minor": 100_00, "currency": "EUR"}).id
        ids["meeting"] = meetings.create_meeting(session=s, data={
            "title": f"{words} Quarterly review".strip(), "starts_at": at(5),
            "attendee_ids": [ada.id]}).id
        ids["overdue"] = followups.create_followup(session=s, data={
            "contact_id": ada.id, "due_date": date(2026, 5, 15),
            "note": f"Send proposal {words}"}).id
        ids["later"] = followups.create_followup(session=s, data={
            "contact_id": ada.id, "due_date": date(2026, 6, 1), "due_time": time(9, 30),
            "note": "Renewal talk"}).id
    return ids


async def open_page(app, pilot, ui, contact_id: int) -> ContactPage:
    await ui.wait_loaded(pilot)
    page = ContactPage(contact_id)
    await app.push_screen(page)
    await ui.wait_until(pilot, lambda: page.summary is not None)
    return page


PANE_ORDER = ["timeline", "contracts", "meetings", "purchases", "followups"]


async def go(pilot, page: ContactPage, pane: str) -> None:
    """Press ] until ``pane`` is the active tab."""
    for _ in PANE_ORDER:
        if page.active_pane == pane:
            return
        await pilot.press("right_square_bracket")
    assert page.active_pane == pane


def line(page: ContactPage, ui, which: str) -> str:
    return ui.widget_text(page.query_one(f"#contact-{which}", Static))


def column(page: ContactPage, pane: str, index: int) -> list[str]:
    table = page.query_one(f"#{pane}-table", DataTable)
    return [table.get_row_at(i)[index].plain for i in range(table.row_count)]


async def test_header_sums_up_the_contact(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        name = line(page, ui, "name")
        assert "Ada Lovelace" in name and "Countess at Analytical Engines Ltd" in name
        facts = line(page, ui, "facts")
        assert "Role Both" in facts and "Owner Olive Owner" in facts
        # purchases net of the refund, per currency; contract: Jan 10 .. May 10 = 5 months
        assert ("Value so far purchases 40.00 EUR + 30.00 USD  ·  "
                "contracts billed 500.00 EUR") in facts
        touch = line(page, ui, "touch")
        assert "Last touch 2 days ago (2026-05-18)" in touch
        assert "1 contract, 1 meeting, 2 sales, 2 open follow-ups" in touch
        following = page.query_one("#contact-next", Static)
        assert "2026-05-15 (overdue, 5 days ago)" in ui.widget_text(following)
        assert "Send proposal" in ui.widget_text(following)
        assert following.has_class("-overdue")
        reach = line(page, ui, "reach")
        assert "math, vip" in reach and "ada@example.org" in reach and "+44 20 7946 0001" in reach
        assert not app._notifications


async def test_timeline_is_newest_first_across_kinds(db, db_path, make_app, ui):
    ids = seed_ada(db)
    dates.set_local_zone("America/New_York")  # moments show in local time, days as days
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        table = page.query_one("#timeline-table", DataTable)
        assert list(keys(table)) == [
            f"refund:{ids['refund']}", f"call:{ids['call']}", f"sale:{ids['sale']}",
            f"meeting:{ids['meeting']}", f"note:{ids['note']}", f"sale:{ids['usd_sale']}",
            f"contract_started:{ids['contract']}"]
        assert column(page, "timeline", 1)[:3] == ["Refund", "Call", "Sale"]
        assert column(page, "timeline", 4)[:3] == ["-10.00 EUR", "", "50.00 EUR"]
        assert column(page, "timeline", 5)[1] == "OO"
        assert column(page, "timeline", 0)[1] == "2026-05-18 06:00"  # 10:00 UTC
        assert column(page, "timeline", 0)[-1] == "2026-01-10"  # the contract's start day
        assert app.focused is table


async def test_panes_switch_by_key_and_list_their_records(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        tabs = page.query_one(TabbedContent)
        await pilot.press("right_square_bracket")
        assert tabs.active == "contracts"
        assert app.focused is page.query_one("#contracts-table")
        assert column(page, "contracts", 0) == ["Retainer"]
        assert column(page, "contracts", 5) == ["100.00 EUR"]
        await pilot.press("right_square_bracket")
        assert tabs.active == "meetings"
        assert column(page, "meetings", 1) == ["Quarterly review"]
        await go(pilot, page, "purchases")
        assert column(page, "purchases", 1) == ["Poster ×2", "Book ×1"]
        assert column(page, "purchases", 4) == ["partially refunded", "paid"]
        await go(pilot, page, "followups")
        assert column(page, "followups", 2) == ["Send proposal", "Renewal talk"]
        assert column(page, "followups", 1)[0].startswith("overdue")
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert tabs.active == "meetings"
        await pilot.press("right_square_bracket", "right_square_bracket",
                          "right_square_bracket")
        assert tabs.active == "invoices"  # what they were billed and owe
        await pilot.press("right_square_bracket")
        assert tabs.active == "deals"  # what might come in from them
        await pilot.press("right_square_bracket")
        assert tabs.active == "insight"  # the customer view and the health score
        console = Console(width=100, color_system=None)
        with console.capture() as capture:
            console.print(page.query_one("#contact-insight", Static).content)
        insight = " ".join(capture.get().split())
        assert "Orders 2" in insight and "Health" in insight
        await pilot.press("right_square_bracket")
        assert tabs.active == "history"  # what changed, field by field
        await pilot.press("right_square_bracket")
        assert tabs.active == "timeline"  # round the end
        await pilot.press("escape")
        assert not isinstance(app.screen, ContactPage)


async def test_x_completes_the_highlighted_follow_up(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        await pilot.press("x")  # not on the follow-ups pane: nothing happens
        await go(pilot, page, "followups")
        await pilot.press("x")
        await ui.wait_until(pilot, lambda: column(page, "followups", 2)[-1] == "Send proposal")
        assert column(page, "followups", 1)[-1] == "done 2026-05-20"
        with db.read() as s:
            done = followups.get_followup(session=s, followup_id=ids["overdue"])
            later = followups.get_followup(session=s, followup_id=ids["later"])
        assert done.done_at == NOW and later.done_at is None
        # the header moves on to the next one; the timeline shows the completed one
        assert "2026-06-01 09:30 (in 12 days)" in line(page, ui, "next")
        assert not page.query_one("#contact-next", Static).has_class("-overdue")
        assert f"followup_done:{ids['overdue']}" in keys(page.query_one("#timeline-table"))
        assert any("Follow-up done" in str(n.message) for n in app._notifications)


async def test_e_opens_the_contact_form_and_a_save_reloads_the_page(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ContactForm")
        await ui.wait_until(pilot, lambda: app.screen.loaded)
        assert app.screen.record_id == ids["contact"]
        app.screen.field("job_title").set_raw("Analyst")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: app.screen is page
                            and "Analyst at" in line(page, ui, "name"))


async def test_d_archives_a_contact_with_a_sale_and_ctrl_z_restores_it(
    db, db_path, make_app, ui
):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        await go(pilot, page, "followups")  # keys work from any pane
        await pilot.press("d")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ConfirmDialog")
        question = ui.widget_text(app.screen.query_one(".dialog--question", Static))
        assert "1 contract and 2 sales" in question and "archived instead" in question
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, ContactPage))
        assert page not in app.screen_stack
        with db.read() as s:
            assert s.get(contacts.Contact, ids["contact"]).archived_at is not None
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: any("Undone" in str(n.message)
                                               for n in app._notifications))
        with db.read() as s:
            contact = s.get(contacts.Contact, ids["contact"])
            assert contact.archived_at is None and contact.deleted_at is None


async def test_a_contact_deleted_underneath_sends_you_back(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        with db.write() as s:  # another terminal deletes it
            s.execute(sa.text("UPDATE contact SET deleted_at = '2026-05-20 11:00:00.000000' "
                              "WHERE id = :id"), {"id": ids["contact"]})
        app.data_changed()
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, ContactPage))
        assert page not in app.screen_stack
        assert any("no longer exists" in str(n.message) for n in app._notifications)
        assert app.is_running


async def test_the_timeline_loads_more_when_the_cursor_reaches_the_end(
    db, db_path, make_app, ui
):
    with db.write() as s:
        who = contacts.create_contact(session=s, data={"name": "Chatty"}).id
        for i in range(120):
            interactions.log_interaction(session=s, data={
                "contact_id": who, "kind": "note", "subject": f"Note {i:03d}",
                "occurred_at": NOW - timedelta(hours=i + 1)})
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, who)
        table = page.query_one("#timeline-table", DataTable)
        assert table.row_count == 51 and keys(table)[-1] == "more"
        await pilot.press("ctrl+end")
        await ui.wait_until(pilot, lambda: table.row_count == 101)
        assert column(page, "timeline", 2)[50] == "Note 050"
        assert table.cursor_row == 50  # on the first new entry
        await pilot.press("ctrl+end")
        await ui.wait_until(pilot, lambda: table.row_count == 120)
        assert column(page, "timeline", 2) == [f"Note {i:03d}" for i in range(120)]
        # a reload keeps every entry shown and the highlighted row
        table.move_cursor(row=77)
        app.data_changed()
        await ui.wait_until(pilot, lambda: True)
        assert table.row_count == 120 and table.cursor_row == 77


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_text_shows_literally(db, db_path, make_app, ui, name):
    ids = seed_ada(db, name=name, words=name)
    # A file written by another program is not cleaned on the way in: put the
    # raw escape back behind the services' back.
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE contact SET name = ? WHERE id = ?", (name, ids["contact"]))
        conn.execute("UPDATE interaction SET subject = ? WHERE id = ?", (name, ids["call"]))
    shown = name.replace("\x1b", "").replace("\x07", "")
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        assert line(page, ui, "name").startswith(shown)
        assert shown in line(page, ui, "next")
        titles = column(page, "timeline", 2)
        assert shown in titles and f"Poster {shown} ×2" in titles
        for pane, index in (("contracts", 0), ("meetings", 1), ("followups", 2)):
            assert any(shown in cell for cell in column(page, pane, index)), pane
        for text in (line(page, ui, "name"), *titles):
            assert not any(c in text for c in "\x1b\x07")
        for pane in PANE_ORDER:
            await go(pilot, page, pane)
        await pilot.click("#contact-name")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_c_logs_a_call_that_shows_on_the_timeline(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        await pilot.press("c")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "InteractionForm")
        form = app.screen
        assert (form.kind, form.contact_id, form.record_id) == ("call", ids["contact"], None)
        await ui.wait_until(pilot, lambda: form.field("contact_id").chosen)
        form.field("subject").set_raw("Rang back")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: app.screen is page
                            and "Rang back" in column(page, "timeline", 2))
        assert "Last touch today (2026-05-20)" in line(page, ui, "touch")
        with db.read() as s:
            logged = interactions.list_interactions(session=s, contact_id=ids["contact"]).items
        assert [(str(i.kind), i.subject) for i in logged][0] == ("call", "Rang back")


async def test_enter_opens_the_record_under_the_cursor(db, db_path, make_app, ui):
    ids = seed_ada(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        table = page.query_one("#timeline-table", DataTable)
        table.move_cursor(row=keys(table).index(f"call:{ids['call']}"))
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "InteractionForm")
        assert app.screen.record_id == ids["call"]
        await ui.wait_until(pilot, lambda: app.screen.loaded)
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: app.screen is page)
        # a refund opens its sale
        table.move_cursor(row=keys(table).index(f"refund:{ids['refund']}"))
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "SaleForm")
        assert app.screen.record_id == ids["sale"]
        await ui.wait_until(pilot, lambda: app.screen.loaded)
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: app.screen is page)
        # the contracts pane opens the contract's page
        await go(pilot, page, "contracts")
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ContractView")
        assert app.screen.contract_id == ids["contract"]


async def test_the_history_pane_shows_a_change_and_u_puts_the_old_value_back(
        db, db_path, make_app, ui):
    from tuicrm.core import Core, open_database
    from tuicrm.ui.screens.history_pane import HistoryTable

    ids = seed_ada(db)
    other = open_database(db_path)  # Bob changes her city from his own app
    try:
        bob = Core(other, username="bob")
        form = bob.people.contact_form(ids["contact"])
        bob.people.save_contact(ids["contact"], {**form["base"], "city": "Paris"},
                                form["version"], form["base"])
    finally:
        other.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = await open_page(app, pilot, ui, ids["contact"])
        for _ in range(8):
            await pilot.press("right_square_bracket")
        await ui.wait_until(pilot, lambda: page.active_pane == "history")
        table = page.query_one(HistoryTable)
        await ui.wait_until(pilot, lambda: bool(table.changes))
        row = [cell.plain for cell in table.get_row_at(0)]
        assert row[1:] == ["bob", "form", "city", "—", "Paris"]
        assert app.focused is table
        await pilot.press("u")
        await ui.wait_until(pilot, lambda: len(table.changes) == 2)
        assert [cell.plain for cell in table.get_row_at(0)][2:] == [
            "restore", "city", "Paris", "—"]
        assert any("City put back" in n.message for n in app._notifications)
    with db.read() as session:
        assert contacts.get_contact(session=session, contact_id=ids["contact"]).contact.city == ""
