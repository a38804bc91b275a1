"""Today (the home screen) and the Calendar, used from the keyboard.

"Today" is pinned to Wednesday 18 November 2026, 09:00 UTC, with the local
zone UTC, so the grid and the relative words are the same on every run.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from textual.widgets import DataTable, Input, Static

from tuicrm import dates
from tuicrm.services import contacts, contracts, followups, interactions, meetings
from tuicrm.ui.app import create_app
from tuicrm.ui.forms.followup import FollowUpForm
from tuicrm.ui.forms.interaction import InteractionForm
from tuicrm.ui.forms.meeting import MeetingForm
from tuicrm.ui.screens.calendar import CalendarScreen
from tuicrm.ui.screens.contract_view import ContractView
from tuicrm.ui.screens.dashboard import TodayScreen
from tuicrm.ui.screens.dialogs import ChoiceDialog, DateDialog
from tuicrm.ui.widgets.month_grid import MonthGrid

SIZE = (120, 40)
TODAY = date(2026, 11, 18)


@pytest.fixture(autouse=True)
def pinned_today() -> None:
    dates.set_local_zone("UTC")
    dates.fix_now(datetime.combine(TODAY, time(9), tzinfo=UTC))


def cells(app, table_id: str) -> list[list[str]]:
    table = app.screen.query_one(f"#{table_id}", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def status(app) -> str:
    content = app.screen.query_one("#section-status", Static).content
    return getattr(content, "plain", str(content))


def ids(db) -> dict[str, int]:
    with db.read() as s:
        return {r.name.split()[0].lower(): r.id for r in contacts.list_contacts(session=s)}


def followup(db, followup_id: int):
    with db.read() as s:
        return followups.get_followup(session=s, followup_id=followup_id)


def put_cursor_on(app, table_id: str, text: str) -> DataTable:
    table = app.screen.query_one(f"#{table_id}", DataTable)
    table.focus()
    row = next(i for i in range(table.row_count)
               if any(text in cell.plain for cell in table.get_row_at(i)))
    table.move_cursor(row=row)
    return table


@pytest.fixture
def busy_db(people_db, db):
    """Ada, Grace and Alan with an overdue, a due-today and a later follow-up, a meeting
    today, a contract whose cancel-by date is in ten days, and Alan gone quiet."""
    who = ids(db)
    with db.write() as s:
        late = followups.create_followup(session=s, data={
            "contact_id": who["grace"], "due_date": TODAY - timedelta(days=3),
            "note": "Send [/] quote"}).id
        due = followups.create_followup(session=s, data={
            "contact_id": who["ada"], "due_date": TODAY, "due_time": time(10, 30),
            "note": "Call about the renewal"}).id
        followups.create_followup(session=s, data={
            "contact_id": who["ada"], "due_date": TODAY + timedelta(days=2), "note": "Later"})
        meetings.create_meeting(session=s, data={
            "title": "Kick-off", "starts_at": datetime.combine(TODAY, time(15), tzinfo=UTC),
            "attendee_ids": [who["alan"], who["ada"]]})
        contracts.create_contract(session=s, data={
            "contact_id": who["ada"], "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 1), "end_date": TODAY + timedelta(days=40),
            "notice_days": 30, "currency": "EUR"})
        contacts.update_contact(session=s, contact_id=who["alan"],
                                changes={"cadence_days": 14}, expected_version=None)
        interactions.log_interaction(session=s, data={
            "contact_id": who["alan"], "kind": "call", "subject": "Catch-up",
            "occurred_at": datetime.combine(TODAY - timedelta(days=20), time(12), tzinfo=UTC)})
    return {"path": people_db, "late": late, "due": due, **who}


async def test_the_app_opens_on_today(people_db):
    app = create_app(str(people_db))  # as the CLI builds it: no start section given
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)


async def test_today_shows_whom_to_contact_and_why(busy_db, make_app, ui):
    app = make_app(busy_db["path"], start="dashboard")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: "1 overdue" in status(app))
        overdue = cells(app, "today-overdue")
        assert [r[0] for r in overdue] == ["3 days ago"]
        assert "Send [/] quote" in overdue[0][1] and overdue[0][2] == "Grace Hopper"
        due = cells(app, "today-due")
        assert [(r[0], r[1].split(":")[0]) for r in due] == [
            ("10:30", "◆ Follow-up"), ("15:00", "● Meeting")]
        assert due[1][2] == "Ada Lovelace, Alan Turing"  # attendees A to Z
        (contract,) = cells(app, "today-contracts")
        cancel_by = TODAY + timedelta(days=10)
        assert contract[0] == f"{cancel_by:%a %d %b}" and contract[1].startswith("! Cancel-by")
        assert "give notice" in contract[3]
        (quiet,) = cells(app, "today-quiet")
        assert quiet[0] == "6 days ago" and quiet[2] == "Alan Turing"  # 20 days, every 14
        assert "every 14 days" in quiet[3]
        assert "Next meeting in 6 h 00 min" in str(
            app.screen.query_one("#today-countdown", Static).content)


async def test_today_clears_from_the_keyboard(busy_db, db, make_app, ui):
    app = make_app(busy_db["path"], start="dashboard")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: "1 overdue" in status(app))
        assert app.focused is app.screen.query_one("#today-overdue")
        await pilot.press("x")  # done: the overdue one leaves the list
        await ui.wait_until(pilot, lambda: "overdue" not in status(app).split("·")[1])
        assert followup(db, busy_db["late"]).done_at is not None
        assert not app.screen.query_one("#today-overdue").display
        put_cursor_on(app, "today-due", "Call about the renewal")
        await pilot.press("s")  # snooze: tomorrow is offered
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen)
                            and len(cells(app, "today-due")) == 1)
        snoozed = followup(db, busy_db["due"])
        assert (snoozed.due_date, snoozed.snooze_count) == (TODAY + timedelta(days=1), 1)
        put_cursor_on(app, "today-quiet", "Alan Turing")
        await pilot.press("l")  # log a call with the quiet contact
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InteractionForm))
        assert app.screen.contact_id == busy_db["alan"]
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen))
        put_cursor_on(app, "today-contracts", "Retainer")
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView))


async def test_calendar_keys_move_jump_create_complete_and_snooze(busy_db, db, make_app, ui):
    app = make_app(busy_db["path"], start="calendar")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = app.screen
        assert isinstance(screen, CalendarScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("Today: 2 items"))
        grid = screen.query_one(MonthGrid)
        assert app.focused is grid and grid.counts[TODAY]["followup"] == 1
        assert grid.counts[TODAY]["meeting"] == 1
        assert grid.counts[TODAY + timedelta(days=10)]["cancel_by"] == 1
        # move by day and week, step weeks and months, jump back to today
        for key, expected in (("right", TODAY + timedelta(days=1)), ("l", TODAY + timedelta(2)),
                              ("down", TODAY + timedelta(9)), ("k", TODAY + timedelta(2)),
                              ("h", TODAY + timedelta(1)), ("left", TODAY),
                              ("w", TODAY + timedelta(7)), ("W", TODAY),
                              ("m", date(2026, 12, 18)), ("M", TODAY),
                              ("j", TODAY + timedelta(7)), ("t", TODAY)):
            await pilot.press(key)
            assert screen.selected == expected, key
        await pilot.press("l", "l")  # the later follow-up's day
        await ui.wait_until(pilot, lambda: "Later" in str(cells(app, "calendar-table")))
        heading = screen.query_one("#calendar-heading", Static).content
        assert str(heading).startswith("Friday 20 November 2026")
        # g: go to a typed date
        await pilot.press("g")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        app.screen.query_one("#input-date", Input).value = "2026-12-24"
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, CalendarScreen))
        assert screen.selected == date(2026, 12, 24)
        # n: a meeting on the selected day
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("m")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, MeetingForm))
        form = app.screen
        assert form.query_one("#input-day", Input).value == "2026-12-24"
        form.query_one("#input-title", Input).value = "Year-end review"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: not form.is_attached)
        await ui.wait_until(pilot, lambda: "Year-end review" in str(cells(app, "calendar-table")))
        with db.read() as s:
            (made,) = [m for m in meetings.list_meetings(session=s) if m.title == "Year-end review"]
        assert dates.to_local(made.starts_at).date() == date(2026, 12, 24)
        # n, f: a follow-up form for the selected day
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("f")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, FollowUpForm))
        assert app.screen.query_one("#input-due_date", Input).value == "2026-12-24"
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, CalendarScreen))
        # back to today: complete the overdue one, snooze today's
        await pilot.press("t")
        await ui.wait_until(pilot, lambda: "Send [/] quote" in str(cells(app, "calendar-table")))
        put_cursor_on(app, "calendar-table", "Send [/] quote")
        await pilot.press("x")
        await ui.wait_until(pilot, lambda: followup(db, busy_db["late"]).done_at is not None)
        await ui.wait_until(pilot, lambda: "Send [/] quote" not in str(
            cells(app, "calendar-table")))
        put_cursor_on(app, "calendar-table", "Call about the renewal")
        await pilot.press("s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        app.screen.query_one("#input-date", Input).value = "+3d"
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: followup(db, busy_db["due"]).snooze_count == 1)
        assert followup(db, busy_db["due"]).due_date == TODAY + timedelta(days=3)
        await ui.wait_until(pilot, lambda: screen.query_one(MonthGrid).counts.get(
            TODAY + timedelta(days=3), {}).get("followup") == 1)


async def test_calendar_views_show_the_week_and_the_upcoming_days(busy_db, make_app, ui):
    app = make_app(busy_db["path"], start="calendar")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = app.screen
        await ui.wait_until(pilot, lambda: status(app).startswith("Today: 2 items"))
        await pilot.press("v")  # week: Monday 16 to Sunday 22 November
        await ui.wait_until(pilot, lambda: status(app).startswith("From Mon 16 Nov"))
        firsts = [row[0] for row in cells(app, "calendar-table")]
        assert firsts[0] == "Overdue" and "Wed 18 Nov" in firsts and "Fri 20 Nov" in firsts
        await pilot.press("v")  # upcoming 14 days, overdue first
        await ui.wait_until(pilot, lambda: "Next 14 days" in str(
            screen.query_one("#calendar-heading", Static).content))
        rows = cells(app, "calendar-table")
        assert ["! Retainer"] == [r[1] for r in rows if r[1].startswith("!")]  # cancel-by
        assert any("Stay in touch" in row[1] for row in rows[:4])  # Alan, overdue


async def test_calendar_exports_an_ics_file_calendar_programs_read(busy_db, make_app, ui):
    import icalendar

    from tuicrm import config

    app = make_app(busy_db["path"], start="calendar")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: status(app).startswith("Today: 2 items"))
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: any(
            n.title == "Calendar export" for n in app._notifications))
    (path,) = config.exports_dir().glob("calendar-*.ics")
    assert path.stat().st_mode & 0o777 == 0o600
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert "Kick-off" in summaries
    tasks = [str(e["SUMMARY"]) for e in calendar.walk("VTODO")]
    assert sum(s.startswith("Follow up") for s in tasks) == 3  # the three open ones


async def test_team_cadence_defaults_decide_who_has_gone_quiet(busy_db, db, make_app, ui):
    from tuicrm.services.cadence import cadence_defaults
    from tuicrm.ui.screens.cadences import CadencesDialog

    with db.write() as s:  # Grace buys once, 100 days ago: a customer, quiet by default?
        from tuicrm.services import sales

        sales.create_sale(session=s, data={
            "contact_id": busy_db["grace"], "currency": "EUR",
            "sold_at": datetime.combine(TODAY - timedelta(days=100), time(12), tzinfo=UTC),
            "lines": [{"description": "Poster", "unit_price_minor": 900}]})
    app = make_app(busy_db["path"], start="dashboard")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: "2 gone quiet" in status(app))  # 90 days default
        await pilot.press("D")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, CadencesDialog)
                            and app.screen.query_one("#input-customer", Input).value == "90")
        app.screen.query_one("#input-customer", Input).value = "0"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, CadencesDialog)  # 0 days is refused where typed
        app.screen.query_one("#input-customer", Input).value = ""
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen)
                            and "1 gone quiet" in status(app))
        assert [r[2] for r in cells(app, "today-quiet")] == ["Alan Turing"]
    with db.read() as s:
        assert cadence_defaults(session=s)["customer"] is None


async def test_contract_rows_clear_from_today_and_a_double_press_is_harmless(
        busy_db, db, make_app, ui):
    who = ids(db)
    with db.write() as s:
        review = contracts.create_contract(session=s, data={
            "contact_id": who["grace"], "title": "Care plan", "status": "active",
            "start_date": date(2026, 1, 1), "review_date": TODAY - timedelta(days=2),
            "currency": "EUR"}).id
    app = make_app(busy_db["path"], start="dashboard")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: "1 overdue" in status(app))
        rows = cells(app, "today-contracts")
        late = next(r for r in rows if "Care plan" in r[1])
        assert late[0] == "2 days ago" and "review left undone" in late[3]
        put_cursor_on(app, "today-overdue", "Send [/] quote")
        await pilot.press("x", "x")  # a second press before the first is saved
        await ui.wait_until(pilot, lambda: followup(db, busy_db["late"]).done_at is not None)
        await ui.wait_until(pilot, lambda: not app.screen.query_one("#today-overdue").display)
        assert not [n for n in app._notifications if n.severity == "error"]
        put_cursor_on(app, "today-contracts", "Care plan")
        await pilot.press("x")  # reviewed: when is the next review?
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        await pilot.press("enter")  # a year on is offered
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen) and not any(
            "Care plan" in r[1] for r in cells(app, "today-contracts")))
        with db.read() as s:
            assert contracts.get_contract(session=s, contract_id=review).review_date == date(
                2027, 11, 18)


async def test_calendar_acts_from_the_grid_only_on_a_days_single_item(busy_db, db, make_app,
                                                                     ui):
    app = make_app(busy_db["path"], start="calendar")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = app.screen
        await ui.wait_until(pilot, lambda: status(app).startswith("Today: 2 items"))
        assert isinstance(app.focused, MonthGrid)
        await pilot.press("x")  # today has several: nothing is done behind the person's back
        await pilot.pause()
        assert followup(db, busy_db["late"]).done_at is None
        assert any("Tab to the list" in n.message for n in app._notifications)
        await pilot.press("l", "l")  # Friday: one follow-up ("Later")
        await ui.wait_until(pilot, lambda: screen.selected == TODAY + timedelta(days=2)
                            and len(screen.items) == 1)
        await pilot.press("x")
        await ui.wait_until(pilot, lambda: not screen.items)
