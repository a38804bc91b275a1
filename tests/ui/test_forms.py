"""The activity forms (interaction, follow-up, meeting, sale), driven like a person would.

Each test opens a form over a real SQLite file, fills it from the keyboard (or
sets an input's text, as a paste would), saves with ctrl+s and then looks at
what the services read back from the file.
"""

from __future__ import annotations

import io
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from tuicrm import dates, recurrence
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services import followups, interactions, meetings, sales
from tuicrm.services.contacts import create_contact
from tuicrm.textclean import clean_text
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.followup import FollowUpForm, repeat_choices, shown_repeat
from tuicrm.ui.forms.interaction import InteractionForm
from tuicrm.ui.forms.meeting import MeetingForm
from tuicrm.ui.forms.sale import SaleForm
from tuicrm.ui.screens.dialogs import ConfirmDialog, ConflictDialog
from tuicrm.ui.widgets.sale_lines import LineRow, SaleLines

SIZE = (120, 40)
ZONE = "Europe/Berlin"
TODAY = date(2026, 3, 10)
HOSTILE = ["[/]", "[@click=app.quit]x", "a [/", "\x1b]52;c;aGk=\x07evil"]


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is Tuesday 10 March 2026, 09:00 in Berlin, for the app and the test."""
    monkeypatch.setenv("TUICRM_TZ", ZONE)
    monkeypatch.setenv("TUICRM_TODAY", TODAY.isoformat())


@pytest.fixture
def crm(db: Database, db_path: Path) -> dict[str, Any]:
    """Ada (stay in touch every 30 days) and Grace (no cadence)."""
    with db.write() as session:
        ada = create_contact(session=session, data={"name": "Ada Lovelace", "cadence_days": 30})
        grace = create_contact(session=session, data={"name": "Grace Hopper"})
        return {"path": db_path, "ada": ada.id, "grace": grace.id}


# --- helpers -------------------------------------------------------------------


async def open_form(pilot: Any, ui: Any, form: RecordForm) -> RecordForm:
    await ui.wait_loaded(pilot)
    pilot.app.push_screen(form)
    await ui.wait_until(pilot, lambda: pilot.app.screen is form and form.loaded)
    return form


def set_input(form: RecordForm, name: str, text: str) -> None:
    """Put ``text`` in a field's box, as typing or a paste would."""
    box = form.query_one(f"#input-{name}")
    if isinstance(box, TextArea):
        box.text = text
    elif isinstance(box, Select):
        box.value = text
    else:
        box.value = text  # type: ignore[attr-defined]


async def type_in(pilot: Any, form: RecordForm, name: str, text: str) -> None:
    """Focus a field's box and type ``text`` key by key."""
    form.query_one(f"#input-{name}").focus()
    await pilot.pause()
    await pilot.press(*text)


def error_at(form: RecordForm, name: str) -> str:
    field = form.field(name)
    assert field is not None, name
    if not field.has_class("-invalid"):
        return ""
    return plain(field.query_one(".field--error", Static))


def plain(widget: Static | Label) -> str:
    content = widget.content
    return getattr(content, "plain", str(content))


def rendered(widget: Static) -> str:
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def save_disabled(form: RecordForm) -> bool:
    return form.query_one("#form-save", Button).disabled


def total_text(form: SaleForm) -> str:
    return plain(form.query_one("#sale-total", Static))


def rows(form: SaleForm) -> list[LineRow]:
    return form.query_one(SaleLines).rows


async def save(pilot: Any, ui: Any, form: RecordForm) -> None:
    """ctrl+s, then wait until the form has closed."""
    await pilot.press("ctrl+s")
    await ui.wait_until(pilot, lambda: not form.is_attached)


def berlin(day: date, at: time) -> Any:
    return dates.to_utc(dates.local_datetime(day, at, ZONE))


def actor(db: Database) -> int:
    from tuicrm.services.team import list_members

    with db.read() as session:
        return next(m.id for m in list_members(session=session) if m.name == "tester")


def test_form_bindings_have_ids_and_descriptions():
    bindings = [b for cls in (RecordForm, SaleForm) for b in cls.BINDINGS]
    ids = [b.id for b in bindings]
    assert all(ids) and all(b.description for b in bindings)
    assert len(ids) == len(set(ids))


# --- interactions ----------------------------------------------------------------


async def test_log_a_call(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, InteractionForm(contact_id=crm["ada"], kind="call"))
        assert plain(form.query_one(".form--title", Static)) == "Log a call"
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == crm["ada"])
        assert form.query_one("#input-contact_id", Input).value == "Ada Lovelace"
        assert form.query_one("#input-day", Input).value == "2026-03-10"
        await type_in(pilot, form, "subject", "Renewal terms")
        await type_in(pilot, form, "body", "She wants a yearly plan.")
        set_input(form, "at", "14:30")
        await save(pilot, ui, form)
        assert any("Call logged" in n.message for n in app._notifications)
    with db.read() as session:
        [entry] = interactions.list_interactions(session=session, contact_id=crm["ada"]).items
    assert (entry.kind, entry.subject, entry.body) == ("call", "Renewal terms",
                                                       "She wants a yearly plan.")
    assert dates.to_utc(entry.occurred_at) == berlin(TODAY, time(14, 30))
    assert entry.author_id == actor(db)


async def test_changing_the_kind_renames_the_form_and_editing_keeps_the_entry(crm, db,
                                                                              make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, InteractionForm(contact_id=crm["grace"]))
        assert plain(form.query_one(".form--title", Static)) == "Log a note"
        set_input(form, "kind", "email")
        await ui.wait_until(pilot, lambda: plain(form.query_one(".form--title", Static))
                            == "Log an email")
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == crm["grace"])
        set_input(form, "subject", "Invoice")
        await save(pilot, ui, form)
        with db.read() as session:
            [entry] = interactions.list_interactions(session=session).items
        assert entry.kind == "email"
        form = await open_form(pilot, ui, InteractionForm(record_id=entry.id))
        assert form.query_one("#input-subject", Input).value == "Invoice"
        assert form.query_one("#input-contact_id", Input).value == "Grace Hopper"
        set_input(form, "subject", "Invoice sent")
        await save(pilot, ui, form)
    with db.read() as session:
        again = interactions.get_interaction(session=session, interaction_id=entry.id)
    assert (again.subject, again.version) == ("Invoice sent", entry.version + 1)
    assert again.occurred_at == entry.occurred_at


# --- follow-ups ------------------------------------------------------------------


async def test_add_a_follow_up_in_two_weeks(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(contact_id=crm["ada"]))
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == crm["ada"])
        assert app.focused is form.query_one("#input-due_date")
        await pilot.press("plus", "2", "w")
        label = form.field("due_date").query_one(".field--label", Label)
        assert plain(label).endswith("→ Tue 24 Mar 2026")  # says which day "+2w" is
        await type_in(pilot, form, "note", "Send the proposal")
        set_input(form, "recurrence", "FREQ=MONTHLY;INTERVAL=1")
        await save(pilot, ui, form)
    with db.read() as session:
        [followup] = followups.list_followups(session=session, contact_id=crm["ada"]).items
    assert followup.due_date == date(2026, 3, 24)
    assert followup.due_time is None
    assert followup.note == "Send the proposal"
    assert followup.recurrence == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=24"  # the due day
    assert followup.owner_id == actor(db)  # the signed-in member by default
    assert followup.timezone == ZONE


async def test_editing_a_follow_up_keeps_a_rule_the_list_does_not_offer(crm, db, make_app, ui):
    with db.write() as session:
        followup = followups.create_followup(session=session, data={
            "contact_id": crm["grace"], "due_date": date(2026, 4, 1), "due_time": time(9, 15),
            "recurrence": "FREQ=DAILY;INTERVAL=3", "timezone": "America/New_York"})
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(record_id=followup.id))
        assert form.query_one("#input-due_time", Input).value == "09:15"
        assert form.field("recurrence").value == "FREQ=DAILY;INTERVAL=3"
        set_input(form, "note", "Check in")
        await save(pilot, ui, form)
    with db.read() as session:
        again = followups.get_followup(session=session, followup_id=followup.id)
    assert (again.note, again.recurrence, again.timezone) == (
        "Check in", "FREQ=DAILY;INTERVAL=3", "America/New_York")
    assert again.due_date == date(2026, 4, 1)


def repeat_words(form: RecordForm) -> dict[str, str]:
    return {value: text.plain for text, value in form.field("recurrence").options}


MONTH = "FREQ=MONTHLY;INTERVAL=1"
LAST_DAY = f"{MONTH};BYMONTHDAY=-1"


@pytest.mark.parametrize(("due", "expected"), [
    (date(2026, 11, 17), ["Monthly on the 17th", "Monthly on the third Tuesday"]),
    (date(2026, 3, 1), ["Monthly on the 1st", "Monthly on the first Sunday"]),
    (date(2026, 2, 21), ["Monthly on the 21st", "Monthly on the third Saturday"]),
    # Nov 2026 has 30 days: the 23rd is the 4th Monday but not the last (the 30th is)
    (date(2026, 11, 23), ["Monthly on the 23rd", "Monthly on the fourth Monday"]),
    # the 4th Tuesday and also the last: November 2026 has no 5th
    (date(2026, 11, 24), ["Monthly on the 24th", "Monthly on the fourth Tuesday",
                          "Monthly on the last Tuesday"]),
    (date(2026, 2, 22), ["Monthly on the 22nd", "Monthly on the fourth Sunday",
                         "Monthly on the last Sunday"]),
    (date(2026, 3, 31), ["Monthly on the 31st", "Monthly on the fifth Tuesday",
                         "Monthly on the last Tuesday", "Monthly on the last day"]),
    (date(2026, 2, 28), ["Monthly on the 28th", "Monthly on the fourth Saturday",
                         "Monthly on the last Saturday", "Monthly on the last day"]),
    (date(2028, 2, 29), ["Monthly on the 29th", "Monthly on the fifth Tuesday",
                         "Monthly on the last Tuesday", "Monthly on the last day"]),
])
def test_monthly_repeat_choices_name_the_due_date_s_place_in_its_month(due, expected):
    choices = repeat_choices(due)
    assert [words for words, rule in choices if rule.startswith(MONTH)] == expected
    # and each one's series really starts on the due date
    for _words, rule in choices:
        if rule.startswith(MONTH):
            series = recurrence.parse(recurrence.anchored(rule, due))
            assert series.next_after(due - timedelta(days=1)) == due, rule


def test_without_a_due_date_no_choice_is_tied_to_a_day():
    rules = [rule for _words, rule in repeat_choices(None)]
    assert MONTH in rules
    assert not [rule for rule in rules if "BYDAY" in rule or "BYMONTHDAY" in rule]


def test_a_stored_rule_is_shown_as_the_choice_it_is():
    assert shown_repeat(f"{MONTH};BYDAY=-1TU", date(2026, 11, 24)) == f"{MONTH};BYDAY=-1TU"
    assert shown_repeat(f"{MONTH};BYDAY=3TU", date(2026, 11, 17)) == f"{MONTH};BYDAY=3TU"
    assert shown_repeat(f"{MONTH};BYMONTHDAY=17", date(2026, 11, 17)) == MONTH
    assert shown_repeat(LAST_DAY, date(2026, 11, 30)) == LAST_DAY
    # a rule the date does not offer stays itself (the form adds it to the list)
    assert shown_repeat("FREQ=MONTHLY;BYDAY=1TU", date(2026, 11, 17)) == f"{MONTH};BYDAY=1TU"


async def test_repeat_choices_follow_the_due_date(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(contact_id=crm["ada"], due=TODAY))
        words = repeat_words(form)  # Tuesday 10 March: the second Tuesday
        assert words[MONTH] == "Monthly on the 10th"
        assert words[f"{MONTH};BYDAY=2TU"] == "Monthly on the second Tuesday"
        assert f"{MONTH};BYDAY=1TU" not in words
        assert f"{MONTH};BYDAY=-1TU" not in words
        assert LAST_DAY not in words  # the 10th is not the month's last day
        set_input(form, "recurrence", f"{MONTH};BYDAY=2TU")
        form.query_one("#input-due_date", Input).clear()
        await type_in(pilot, form, "due_date", "2026-03-19")  # the third Thursday
        await ui.wait_until(pilot, lambda: f"{MONTH};BYDAY=3TH" in repeat_words(form))
        assert repeat_words(form)[MONTH] == "Monthly on the 19th"
        assert form.field("recurrence").value == f"{MONTH};BYDAY=3TH"
        await save(pilot, ui, form)
    with db.read() as session:
        [followup] = followups.list_followups(session=session, contact_id=crm["ada"]).items
    assert (followup.due_date, followup.recurrence) == (date(2026, 3, 19), f"{MONTH};BYDAY=3TH")


async def test_a_last_weekday_or_last_day_choice_survives_moving_the_due_date(crm, db,
                                                                               make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(contact_id=crm["ada"],
                                                       due=date(2026, 3, 31)))
        words = repeat_words(form)
        assert words[f"{MONTH};BYDAY=5TU"] == "Monthly on the fifth Tuesday"
        assert words[f"{MONTH};BYDAY=-1TU"] == "Monthly on the last Tuesday"
        assert words[LAST_DAY] == "Monthly on the last day"
        set_input(form, "recurrence", f"{MONTH};BYDAY=-1TU")
        set_input(form, "due_date", "2026-04-28")  # the 4th Tuesday, and the last
        await ui.wait_until(pilot, lambda: f"{MONTH};BYDAY=4TU" in repeat_words(form))
        assert form.field("recurrence").value == f"{MONTH};BYDAY=-1TU"
        assert LAST_DAY not in repeat_words(form)
        set_input(form, "due_date", "2026-04-14")  # the 2nd Tuesday: no "last" any more
        await ui.wait_until(pilot, lambda: f"{MONTH};BYDAY=2TU" in repeat_words(form))
        assert form.field("recurrence").value == f"{MONTH};BYDAY=2TU"
        assert f"{MONTH};BYDAY=-1TU" not in repeat_words(form)
        set_input(form, "due_date", "2026-04-30")
        await ui.wait_until(pilot, lambda: LAST_DAY in repeat_words(form))
        set_input(form, "recurrence", LAST_DAY)
        set_input(form, "due_date", "2026-05-15")  # a chosen "last day" is not dropped
        await ui.wait_until(pilot, lambda: f"{MONTH};BYDAY=3FR" in repeat_words(form))
        assert form.field("recurrence").value == LAST_DAY
        assert repeat_words(form)[LAST_DAY] == "Monthly on the last day"
        await save(pilot, ui, form)
    with db.read() as session:
        [followup] = followups.list_followups(session=session, contact_id=crm["ada"]).items
    assert (followup.due_date, followup.recurrence) == (date(2026, 5, 15), LAST_DAY)


async def test_editing_a_last_weekday_follow_up_shows_and_keeps_its_rule(crm, db, make_app, ui):
    with db.write() as session:
        followup = followups.create_followup(session=session, data={
            "contact_id": crm["grace"], "due_date": date(2026, 11, 24),
            "recurrence": f"{MONTH};BYDAY=-1TU"})
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(record_id=followup.id))
        assert form.field("recurrence").value == f"{MONTH};BYDAY=-1TU"
        words = repeat_words(form)
        assert words[f"{MONTH};BYDAY=4TU"] == "Monthly on the fourth Tuesday"
        assert words[f"{MONTH};BYDAY=-1TU"] == "Monthly on the last Tuesday"
        assert list(words).count(f"{MONTH};BYDAY=-1TU") == 1
        set_input(form, "note", "Monthly report")
        await save(pilot, ui, form)
    with db.read() as session:
        again = followups.get_followup(session=session, followup_id=followup.id)
    assert (again.note, again.due_date, again.recurrence) == (
        "Monthly report", date(2026, 11, 24), f"{MONTH};BYDAY=-1TU")


async def test_moving_a_monthly_follow_up_s_due_date_moves_its_day(crm, db, make_app, ui):
    with db.write() as session:
        followup = followups.create_followup(session=session, data={
            "contact_id": crm["grace"], "due_date": date(2026, 3, 24),
            "recurrence": "FREQ=MONTHLY"})
    assert followup.recurrence == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=24"
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(record_id=followup.id))
        assert form.field("recurrence").value == "FREQ=MONTHLY;INTERVAL=1"  # "on the 24th"
        set_input(form, "due_date", "2026-03-31")
        await ui.wait_until(
            pilot, lambda: repeat_words(form)["FREQ=MONTHLY;INTERVAL=1"] == "Monthly on the 31st")
        await save(pilot, ui, form)
    with db.read() as session:
        again = followups.get_followup(session=session, followup_id=followup.id)
    assert (again.due_date, again.recurrence) == (
        date(2026, 3, 31), "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31")


# --- meetings --------------------------------------------------------------------


async def test_log_a_meeting_and_accept_the_proposed_follow_up(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, MeetingForm(contact_id=crm["ada"]))
        await ui.wait_until(pilot, lambda: form.field("attendee_ids").value == [crm["ada"]])
        assert form.query_one("#input-timezone", Input).value == ZONE
        await type_in(pilot, form, "title", "Quarterly review")
        set_input(form, "day", "2026-03-12")
        set_input(form, "at", "10:00")
        set_input(form, "duration_minutes", "45")
        set_input(form, "channel", "in_person")
        set_input(form, "location", "Her office")
        await type_in(pilot, form, "outcome", "Renewing for a year.")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = plain(app.screen.query_one(".dialog--question", Static))
        # the meeting day + Ada's cadence of 30 days
        assert "Schedule the next follow-up with Ada Lovelace on Sat 11 Apr 2026?" in question
        assert "every 30 days" in question
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, FollowUpForm))
        proposed = app.screen
        await ui.wait_until(pilot, lambda: proposed.field("contact_id").value == crm["ada"])
        assert proposed.query_one("#input-due_date", Input).value == "2026-04-11"
        assert proposed.query_one("#input-note", Input).value == "Follow up on Quarterly review"
        await save(pilot, ui, proposed)
    with db.read() as session:
        [meeting] = meetings.list_meetings(session=session, contact_id=crm["ada"]).items
        detail = meetings.get_meeting(session=session, meeting_id=meeting.id)
        [followup] = followups.list_followups(session=session, contact_id=crm["ada"]).items
    assert meeting.title == "Quarterly review"
    assert dates.to_utc(meeting.starts_at) == berlin(date(2026, 3, 12), time(10))
    assert (meeting.duration_minutes, meeting.channel, meeting.location, meeting.timezone) == (
        45, "in_person", "Her office", ZONE)
    assert meeting.outcome == "Renewing for a year."
    assert detail.attendees == [(crm["ada"], "Ada Lovelace")]
    assert followup.due_date == date(2026, 4, 11)
    assert followup.note == "Follow up on Quarterly review"


async def test_a_meeting_without_cadence_proposes_two_weeks_and_no_leaves_it(crm, db,
                                                                            make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, MeetingForm(contact_id=crm["grace"]))
        await ui.wait_until(pilot, lambda: form.field("attendee_ids").value == [crm["grace"]])
        # a second attendee, picked by typing part of her name
        await type_in(pilot, form, "attendee_ids", "ada")
        await ui.wait_until(pilot, lambda: form.query_one("#suggest-attendee_ids").has_class(
            "-shown"))
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: form.field("attendee_ids").value == [
            crm["grace"], crm["ada"]])
        set_input(form, "title", "Kick-off")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        question = plain(app.screen.query_one(".dialog--question", Static))
        assert "with Grace Hopper on Tue 24 Mar 2026?" in question  # today + 14 days
        assert "default 14 days" in question
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, (ConfirmDialog,
                                                                       RecordForm)))
    with db.read() as session:
        [meeting] = meetings.list_meetings(session=session).items
        assert len(meetings.get_meeting(session=session, meeting_id=meeting.id).attendees) == 2
        assert followups.list_followups(session=session).items == []


async def test_editing_a_meeting_shows_its_own_zone_and_proposes_nothing(crm, db, make_app,
                                                                        ui):
    with db.write() as session:
        meeting = meetings.create_meeting(session=session, data={
            "title": "Call with NY", "timezone": "America/New_York", "channel": "call",
            "starts_at": dates.local_datetime(date(2026, 3, 20), time(16), "America/New_York"),
            "attendee_ids": [crm["ada"], crm["grace"]]})
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, MeetingForm(record_id=meeting.id))
        assert plain(form.query_one(".form--title", Static)) == "Edit meeting"
        assert [form.query_one(f"#input-{name}", Input).value
                for name in ("day", "at", "timezone")] == ["2026-03-20", "16:00",
                                                           "America/New_York"]
        assert form.field("attendee_ids").value == [crm["ada"], crm["grace"]]
        set_input(form, "at", "17:30")
        set_input(form, "timezone", "Mars/Olympus")
        await pilot.pause()
        assert error_at(form, "timezone") == "'Mars/Olympus' is not a time zone " \
            "(e.g. Europe/London)"
        assert save_disabled(form)
        set_input(form, "timezone", "America/New_York")
        await save(pilot, ui, form)
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
    with db.read() as session:
        again = meetings.get_meeting(session=session, meeting_id=meeting.id)
    assert dates.to_utc(again.meeting.starts_at) == dates.to_utc(
        dates.local_datetime(date(2026, 3, 20), time(17, 30), "America/New_York"))
    assert len(again.attendees) == 2
    assert again.meeting.version == meeting.version + 1


# --- sales -----------------------------------------------------------------------


async def fill_line(pilot: Any, form: SaleForm, row: LineRow, description: str,
                    quantity: str, price: str) -> None:
    await type_in(pilot, form, row.name_of("description"), description)
    set_input(form, row.name_of("quantity"), quantity)
    set_input(form, row.name_of("unit_price_minor"), price)
    await pilot.pause()


async def test_record_a_sale_with_two_lines_and_see_the_total(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(contact_id=crm["ada"]))
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == crm["ada"])
        [first] = rows(form)
        await fill_line(pilot, form, first, "Logo design", "1", "100")
        await ui.wait_until(pilot, lambda: total_text(form)
                            == "Subtotal 100.00 EUR · Total 100.00 EUR")
        await pilot.press("ctrl+n")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 2)
        second = rows(form)[1]
        assert app.focused is form.query_one(f"#input-{second.name_of('description')}")
        await pilot.press(*"Business cards")
        set_input(form, second.name_of("quantity"), "2")
        set_input(form, second.name_of("unit_price_minor"), "10")
        await type_in(pilot, form, "discount_minor", "10")
        await ui.wait_until(pilot, lambda: total_text(form)
                            == "Subtotal 120.00 EUR · discount 10.00 · Total 110.00 EUR")
        set_input(form, "payment_method", "bank_transfer")
        await save(pilot, ui, form)
        assert any("total 110.00 EUR" in n.message for n in app._notifications)
    with db.read() as session:
        [row] = sales.list_sales(session=session, contact_id=crm["ada"]).items
        detail = sales.get_sale(session=session, sale_id=row.id)
    sale = detail.sale
    assert (sale.subtotal_minor, sale.discount_minor, sale.total_minor, sale.currency) == (
        12000, 1000, 11000, "EUR")
    assert (sale.status, sale.payment_method, sale.channel) == ("paid", "bank_transfer",
                                                                "online")
    assert dates.to_utc(sale.sold_at) == berlin(TODAY, time(9))
    assert [(line.position, line.description, line.quantity, line.unit_price_minor,
             line.line_total_minor) for line in detail.lines] == [
        (0, "Logo design", 1, 10000, 10000), (1, "Business cards", 2, 1000, 2000)]


async def test_the_total_follows_the_currency_and_a_product_fills_its_line(crm, db,
                                                                         make_app, ui):
    with db.write() as session:
        audit = sales.create_product(session=session, data={
            "name": "Website audit", "unit_price_minor": 45000, "currency": "EUR"}).id
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(contact_id=crm["ada"]))
        [first] = rows(form)
        product = form.query_one(f"#input-{first.name_of('product_id')}", Select)
        await ui.wait_until(pilot, lambda: product.parent.display)
        product.value = audit
        await ui.wait_until(pilot, lambda: total_text(form)
                            == "Subtotal 450.00 EUR · Total 450.00 EUR")
        assert form.query_one(f"#input-{first.name_of('description')}", Input).value == \
            "Website audit"
        set_input(form, first.name_of("unit_price_minor"), "1,234.5")
        set_input(form, "currency", "JPY")  # no decimals: the price no longer fits
        await ui.wait_until(pilot, lambda: "JPY has no decimals" in total_text(form))
        assert error_at(form, first.name_of("unit_price_minor")) == "JPY has no decimals"
        assert save_disabled(form)
        set_input(form, first.name_of("unit_price_minor"), "1234")
        await ui.wait_until(pilot, lambda: total_text(form)
                            == "Subtotal 1,234 JPY · Total 1,234 JPY")
        await save(pilot, ui, form)
    with db.read() as session:
        [row] = sales.list_sales(session=session).items
        [line] = sales.get_sale(session=session, sale_id=row.id).lines
    assert (row.currency, row.total_minor, line.product_id) == ("JPY", 1234, audit)
    assert line.description == "Website audit"


async def test_remove_a_line(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(contact_id=crm["ada"]))
        for _ in range(2):
            await pilot.press("ctrl+n")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 3)
        for row, (text, price) in zip(rows(form), [("One", "1"), ("Two", "2"), ("Three", "3")],
                                      strict=True):
            await fill_line(pilot, form, row, text, "1", price)
        await ui.wait_until(pilot, lambda: total_text(form).endswith("Total 6.00 EUR"))
        # ctrl+d on the second line removes it
        form.query_one(f"#input-{rows(form)[1].name_of('unit_price_minor')}").focus()
        await pilot.press("ctrl+d")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 2)
        assert total_text(form) == "Subtotal 4.00 EUR · Total 4.00 EUR"
        # the Remove button removes the first
        await pilot.click(f"#line-remove-{rows(form)[0].serial}")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 1)
        assert total_text(form) == "Subtotal 3.00 EUR · Total 3.00 EUR"
        # the last line stays: a sale needs one
        form.query_one(f"#input-{rows(form)[0].name_of('description')}").focus()
        await pilot.press("ctrl+d")
        await ui.wait_until(pilot, lambda: any("at least one line" in n.message
                                               for n in app._notifications))
        assert len(rows(form)) == 1
        # ctrl+d outside a line deletes a character as in any box
        note = form.query_one("#input-discount_minor", Input)
        note.value = "12"
        note.focus()
        note.cursor_position = 0
        await pilot.press("ctrl+d")
        assert note.value == "2"
        note.value = ""
        await save(pilot, ui, form)
    with db.read() as session:
        [row] = sales.list_sales(session=session).items
        lines = sales.get_sale(session=session, sale_id=row.id).lines
    assert [(line.description, line.unit_price_minor) for line in lines] == [("Three", 300)]
    assert row.total_minor == 300


async def test_bad_amount_is_marked_at_its_line_and_blocks_saving(crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(contact_id=crm["ada"]))
        await pilot.press("ctrl+n")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 2)
        first, second = rows(form)
        await fill_line(pilot, form, first, "Logo", "1", "100")
        await fill_line(pilot, form, second, "Cards", "0", "12.3.4")
        price, quantity = second.name_of("unit_price_minor"), second.name_of("quantity")
        await ui.wait_until(pilot, lambda: error_at(form, price) != "")
        assert error_at(form, price) == "'12.3.4' is not an amount"
        assert error_at(form, quantity) == "Enter a number from 1 to 1,000,000"
        assert total_text(form).startswith("Line 2: ")
        assert total_text(form).endswith("fix it to see the total")
        assert save_disabled(form)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "nothing was saved" in plain(form.query_one(".form--problem", Static))
        assert app.screen is form
        assert form.query_one(f"#input-{price}", Input).value == "12.3.4"  # kept as typed
        # a discount larger than the items
        set_input(form, quantity, "1")
        set_input(form, price, "5")
        set_input(form, "discount_minor", "200")
        await ui.wait_until(pilot, lambda: error_at(form, "discount_minor") != "")
        assert error_at(form, "discount_minor") == "More than the items cost"
        assert "the discount is not valid" in total_text(form)
        assert save_disabled(form)
        set_input(form, "discount_minor", "5")
        await ui.wait_until(pilot, lambda: not save_disabled(form))
        assert total_text(form) == "Subtotal 105.00 EUR · discount 5.00 · Total 100.00 EUR"
    with db.read() as session:
        assert sales.list_sales(session=session).items == []


async def test_bad_date_and_missing_fields_are_marked_and_nothing_is_saved(crm, db,
                                                                          make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(contact_id=crm["ada"]))
        await pilot.press(*"32.13.2026")
        assert error_at(form, "due_date") == "'32.13.2026' is not a date"
        assert save_disabled(form)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#input-due_date", Input).value == "32.13.2026"
        await pilot.press("escape")  # typed something: it asks first
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: not isinstance(app.screen, (ConfirmDialog,
                                                                       RecordForm)))
        # a meeting with no title and no customer for a sale
        form = await open_form(pilot, ui, MeetingForm())
        set_input(form, "duration_minutes", "ninety")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert error_at(form, "title") == "Title is required"
        assert error_at(form, "duration_minutes") == "Enter a whole number"
        assert app.focused is form.query_one("#input-title")
        assert "Fix the 2 marked fields" in plain(form.query_one(".form--problem", Static))
        form.dismiss(None)
        await ui.wait_until(pilot, lambda: not form.is_attached)
        form = await open_form(pilot, ui, SaleForm())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert error_at(form, "contact_id") == "Customer is required: type a name and pick it"
        assert error_at(form, rows(form)[0].name_of("description")) == \
            "Description is required"
        assert app.screen is form
    with db.read() as session:
        assert followups.list_followups(session=session).items == []
        assert meetings.list_meetings(session=session).items == []
        assert sales.list_sales(session=session).items == []


def _sale(db: Database, contact_id: int) -> int:
    with db.write() as session:
        return sales.create_sale(session=session, data={
            "contact_id": contact_id, "sold_at": berlin(date(2026, 3, 1), time(11)),
            "currency": "EUR", "note": "first",
            "lines": [{"description": "Logo", "quantity": 1, "unit_price_minor": 10000},
                      {"description": "Cards", "quantity": 3, "unit_price_minor": 500}],
        }).id


def _their_change(db_path: Path, sale_id: int) -> None:
    """Someone in another terminal changes the sale (their own Database)."""
    other = open_database(db_path)
    try:
        with other.write() as session:
            version = sales.get_sale(session=session, sale_id=sale_id).sale.version
            sales.update_sale(session=session, sale_id=sale_id, changes={"note": "theirs"},
                              expected_version=version)
    finally:
        other.dispose()


async def test_a_stale_sale_merges_their_change_with_mine(crm, db, make_app, ui):
    sale_id = _sale(db, crm["ada"])
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(record_id=sale_id))
        assert [row.part("description").raw for row in rows(form)] == ["Logo", "Cards"]
        assert total_text(form) == "Subtotal 115.00 EUR · Total 115.00 EUR"
        assert form.query_one("#input-contact_id", Input).value == "Ada Lovelace"
        _their_change(crm["path"], sale_id)  # their note
        set_input(form, "discount_minor", "15")  # my discount: no clash
        await ui.wait_until(pilot, lambda: total_text(form).endswith("Total 100.00 EUR"))
        await save(pilot, ui, form)
        assert any("Merged" in (n.title or "") and "Note" in n.message
                   for n in app._notifications)
    with db.read() as session:
        detail = sales.get_sale(session=session, sale_id=sale_id)
    assert (detail.sale.note, detail.sale.discount_minor, detail.sale.total_minor) == (
        "theirs", 1500, 10000)  # theirs and mine
    assert [line.description for line in detail.lines] == ["Logo", "Cards"]


async def test_a_stale_sale_clash_overwritten_deliberately(crm, db, make_app, ui):
    sale_id = _sale(db, crm["ada"])
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(record_id=sale_id))
        _their_change(crm["path"], sale_id)
        form.query_one("#input-note", TextArea).text = "mine"
        set_input(form, "discount_minor", "15")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        shown = rendered(app.screen.query_one("#conflict-table", Static))
        assert "Note" in shown and "theirs" in shown and "mine" in shown  # the clash, both
        assert "Discount" not in shown  # only I changed it: no clash
        assert "sold_at" not in shown  # the same moment is not a difference
        await pilot.press("o")
        await ui.wait_until(pilot, lambda: not form.is_attached)
    with db.read() as session:
        detail = sales.get_sale(session=session, sale_id=sale_id)
    assert (detail.sale.note, detail.sale.discount_minor, detail.sale.total_minor) == (
        "mine", 1500, 10000)  # mine over theirs, as chosen
    assert [line.description for line in detail.lines] == ["Logo", "Cards"]


async def test_a_stale_sale_reloads_theirs(crm, db, make_app, ui):
    sale_id = _sale(db, crm["ada"])
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(record_id=sale_id))
        _their_change(crm["path"], sale_id)
        form.query_one("#input-note", TextArea).text = "mine"
        await pilot.press("ctrl+n")
        await ui.wait_until(pilot, lambda: len(rows(form)) == 3)
        await fill_line(pilot, form, rows(form)[2], "Extra", "1", "1")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: app.screen is form and form.loaded
                            and len(rows(form)) == 2)
        assert form.query_one("#input-note", TextArea).text == "theirs"
        assert total_text(form) == "Subtotal 115.00 EUR · Total 115.00 EUR"
        assert not form.dirty
        # saving now works from their version
        set_input(form, "discount_minor", "5")
        await save(pilot, ui, form)
    with db.read() as session:
        detail = sales.get_sale(session=session, sale_id=sale_id)
    assert (detail.sale.note, detail.sale.total_minor, len(detail.lines)) == ("theirs",
                                                                             11000, 2)


# --- hostile text ------------------------------------------------------------------


async def test_hostile_text_is_stored_clean_and_never_crashes(db, db_path, make_app, ui):
    with db.write() as session:
        contact_id = create_contact(session=session, data={"name": "[/]"}).id
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, InteractionForm(contact_id=contact_id, kind="call"))
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == contact_id)
        set_input(form, "subject", HOSTILE[3])
        set_input(form, "body", "\n".join(HOSTILE))
        await save(pilot, ui, form)

        form = await open_form(pilot, ui, MeetingForm(contact_id=contact_id))
        await ui.wait_until(pilot, lambda: form.field("attendee_ids").value == [contact_id])
        set_input(form, "title", HOSTILE[1])
        set_input(form, "location", HOSTILE[2])
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "with [/] on" in plain(app.screen.query_one(".dialog--question", Static))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, FollowUpForm))
        proposed = app.screen
        await ui.wait_until(pilot, lambda: proposed.field("contact_id").value == contact_id)
        set_input(proposed, "note", HOSTILE[3])
        await save(pilot, ui, proposed)

        form = await open_form(pilot, ui, SaleForm(contact_id=contact_id))
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == contact_id)
        row = rows(form)[0]
        set_input(form, row.name_of("description"), HOSTILE[0])
        set_input(form, row.name_of("unit_price_minor"), "9.99")
        set_input(form, "note", HOSTILE[3])
        await save(pilot, ui, form)
        assert app.is_running
    with db.read() as session:
        [entry] = interactions.list_interactions(session=session).items
        [meeting] = meetings.list_meetings(session=session).items
        [followup] = followups.list_followups(session=session).items
        [sale_row] = sales.list_sales(session=session).items
        sale = sales.get_sale(session=session, sale_id=sale_row.id)
    assert entry.subject == clean_text(HOSTILE[3], multiline=False) == "]52;c;aGk=evil"
    assert entry.body == "[/]\n[@click=app.quit]x\na [/\n]52;c;aGk=evil"
    assert (meeting.title, meeting.location) == ("[@click=app.quit]x", "a [/")
    assert followup.note == "]52;c;aGk=evil"
    assert sale.lines[0].description == "[/]"
    assert sale.sale.note == "]52;c;aGk=evil"


# --- the contact picker and date hints ------------------------------------------------


async def test_a_pick_holds_while_the_text_says_its_name_and_typing_goes_after_it(
        crm, db, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm())
        await type_in(pilot, form, "contact_id", "ada")
        await ui.wait_until(pilot, lambda: form.query_one("#suggest-contact_id").has_class(
            "-shown"))
        await pilot.press("enter")
        box = form.query_one("#input-contact_id", Input)
        await ui.wait_until(pilot, lambda: form.field("contact_id").value == crm["ada"])
        assert box.value == "Ada Lovelace" and box.cursor_position == len("Ada Lovelace")
        await pilot.press("x")  # typed after the name, not inside it
        assert box.value == "Ada Lovelacex"
        assert form.field("contact_id").value is None  # other text: not her any more
        await pilot.press("backspace")  # the text says her name again: the pick holds
        assert form.field("contact_id").value == crm["ada"]
        assert error_at(form, "contact_id") == ""
        set_input(form, "due_date", "2026-12-01")
        await save(pilot, ui, form)
    with db.read() as session:
        (followup,) = followups.list_followups(session=session).items
    assert followup.contact_id == crm["ada"]


async def test_tab_leaves_the_picker_for_the_next_field_not_its_suggestions(crm, make_app, ui):
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm())
        await type_in(pilot, form, "contact_id", "gra")
        await ui.wait_until(pilot, lambda: form.query_one("#suggest-contact_id").has_class(
            "-shown"))
        await pilot.press("tab")
        assert app.focused is form.query_one("#input-due_date")
        await pilot.press(*"+3d")
        assert form.query_one("#input-due_date", Input).value == "+3d"
        # ↓ still goes into the suggestions
        form.query_one("#input-contact_id").focus()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is form.query_one("#suggest-contact_id")


async def test_an_edit_forms_date_hint_reads_the_fields_own_day(crm, db, make_app, ui):
    with db.write() as session:
        followup_id = followups.create_followup(session=session, data={
            "contact_id": crm["ada"], "due_date": date(2026, 12, 24), "note": "Card"}).id
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, FollowUpForm(record_id=followup_id))
        label = plain(form.field("due_date").query_one(".field--label", Label))
        assert label.endswith("→ Thu 24 Dec 2026")


async def test_a_stored_value_this_version_does_not_know_is_shown_never_swapped(
        crm, db, make_app, ui):
    """A sale another program marked channel "marketplace": the form shows that value,
    and a save refuses it at the field rather than writing another channel for it."""
    import sqlalchemy as sa

    sale_id = _sale(db, crm["ada"])
    with db.write() as session:
        session.execute(sa.text("UPDATE sale SET channel = 'marketplace' WHERE id = :i"),
                        {"i": sale_id})
    app = make_app(crm["path"])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(pilot, ui, SaleForm(record_id=sale_id))
        assert form.field("channel").value == "marketplace"
        set_input(form, "note", "called back")
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: error_at(form, "channel") != "")
        assert app.screen is form
    with db.read() as session:
        stored = session.execute(sa.text("SELECT channel, note FROM sale WHERE id = :i"),
                                 {"i": sale_id}).one()
    assert tuple(stored) == ("marketplace", "first")
