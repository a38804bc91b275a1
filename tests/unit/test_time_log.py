"""Time against contracts: typed, timed across a restart, counted against a
retainer's hours, and billed once on the next draft."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tuicrm import dates, invoice_math
from tuicrm.core import Core, open_database
from tuicrm.errors import ValidationError
from tuicrm.models import Contract
from tuicrm.services import contacts, team

DAY = date(2026, 11, 22)


@pytest.fixture
def retainer(db) -> int:
    """Monthly from the 15th, 20 h included, 80.00 an hour beyond."""
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada"}).id
        contract = Contract(contact_id=ada, title="Support retainer", status="active",
                            start_date=date(2026, 1, 15), billing_cycle="monthly",
                            amount_minor=150_000, included_minutes=20 * 60,
                            hourly_rate_minor=8_000)
        s.add(contract)
        s.flush()
        return contract.id


@pytest.mark.parametrize("text, minutes", [("1:30", 90), ("1.5h", 90), ("1,5", 90), ("90m", 90),
                                           ("1h30", 90), ("2 hours", 120), ("0:05", 5)])
def test_durations_read_as_people_type_them(text, minutes):
    assert invoice_math.parse_duration(text) == minutes


@pytest.mark.parametrize("text, problem", [("", "how long"), ("soon", "not a length of time"),
                                           ("0", "more than nothing"), ("25:00", "at most 24 hours")])
def test_a_wrong_duration_says_why(text, problem):
    with pytest.raises(ValueError, match=problem):
        invoice_math.parse_duration(text)


def test_hours_used_say_how_many_and_when_they_run_out(db, retainer):
    core = Core(db)
    for day, minutes in ((date(2026, 11, 15), 180), (date(2026, 11, 20), 360),
                         (date(2026, 11, 14), 600)):  # the 14th: last period
        core.time.log({"contract_id": retainer, "work_date": day, "minutes": minutes})
    used = core.time.hours_used(retainer, DAY)
    assert (used.period_start, used.period_end, used.used_minutes) == (
        date(2026, 11, 15), date(2026, 12, 14), 540)
    # 9 h in 8 days: 20 h last 17.8 days, so they are gone on the 2nd of December
    assert used.words() == "9 of 20 h used; at this pace they run out on 2026-12-02"


def test_a_timer_survives_closing_the_app_and_counts_from_its_start(db, db_path, retainer):
    with db.write() as s:
        me = team.create_member(session=s, data={"name": "Mo", "initials": "MO"}).id
    db.actor_id = me
    with dates.fixed_now(datetime(2026, 11, 22, 9, 0, tzinfo=UTC)):
        Core(db).time.start(retainer, "Server upgrade")
        with pytest.raises(ValidationError, match="already running"):
            Core(db).time.start(retainer)
    db.dispose()
    reopened = open_database(db_path)  # the app was closed and opened again
    reopened.actor_id = me
    core = Core(reopened)
    assert core.time.running().contract == "Support retainer"
    with dates.fixed_now(datetime(2026, 11, 22, 10, 44, 10, tzinfo=UTC)):
        assert core.time.stop() == 105  # 1 h 44 min 10 s, rounded up
    assert core.time.running() is None
    [entry] = core.time.entries(retainer)
    assert (entry.minutes, entry.note, entry.who) == (105, "Server upgrade", "Mo")
    reopened.dispose()


def test_time_beyond_a_retainers_hours_is_billed_once_on_its_draft(db, retainer):
    core = Core(db)
    core.time.log({"contract_id": retainer, "work_date": date(2026, 11, 16), "minutes": 21 * 60,
                   "note": "Migration"})
    core.time.log({"contract_id": retainer, "work_date": date(2026, 11, 18), "minutes": 30})
    draft = core.invoicing.draft_for_contract(retainer, DAY)
    lines = core.invoicing.invoice(draft).lines
    assert [(x.description, x.quantity_milli, x.unit_price_minor) for x in lines] == [
        ("Support retainer, 2026-11-15 to 2026-12-14", 1000, 150_000),
        ("Time beyond the 20 h included: 1.5 h", 1500, 8_000)]
    assert all(e.billed for e in core.time.entries(retainer))
    with pytest.raises(ValidationError, match="on an invoice"):
        core.time.delete(core.time.entries(retainer)[0].id)
    core.removal.delete("invoice", draft, None)  # the time is free again
    assert not any(e.billed for e in core.time.entries(retainer))


def test_time_on_a_contract_without_hours_included_is_a_line_per_entry(db, retainer):
    core = Core(db)
    with db.write() as s:
        s.get(Contract, retainer).included_minutes = None
    core.time.log({"contract_id": retainer, "work_date": date(2026, 11, 16), "minutes": 90,
                   "note": "Workshop"})
    lines = core.invoicing.invoice(core.invoicing.draft_for_contract(retainer, DAY)).lines
    assert [(x.description, x.quantity_milli, x.net_minor) for x in lines[1:]] == [
        ("2026-11-16 Workshop", 1500, 12_000)]
    # the period is on that draft: a second one is refused, and says where it is
    with pytest.raises(ValidationError, match="already on a draft invoice"):
        core.invoicing.draft_for_contract(retainer, DAY)


def test_erasing_a_client_takes_the_time_on_their_contracts_with_them(db, retainer):
    core = Core(db)
    core.time.log({"contract_id": retainer, "work_date": DAY, "minutes": 30})
    core.invoicing.draft_for_contract(retainer, DAY)  # the time is on a draft
    with db.read() as s:
        ada = s.get(Contract, retainer).contact_id
    assert len(core.personal_data.held(ada)["time_entries"]) == 1
    assert core.personal_data.erase(ada)["contracts"] == 1
    with db.read() as s:
        assert s.get(Contract, retainer) is None
