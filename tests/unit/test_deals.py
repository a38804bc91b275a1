"""Deals: every move between stages is kept with who and when; losing needs a
reason; winning makes a contract or sale linked back; the board's totals, the
forecast, the win rate, the days in each stage and the stale deals follow
what happened and when, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from tuicrm import dates
from tuicrm.core import Core
from tuicrm.core.data import DealFilter, StageEdit
from tuicrm.enums import DealOutcome, Role
from tuicrm.errors import ValidationError
from tuicrm.models import Contact
from tuicrm.services import contacts, followups, interactions, team

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


def _contact(db, name: str = "Ada Lovelace", **values) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **values}).id


def _stage(core: Core, name: str) -> int:
    return next(s.id for s in core.deals.stages() if s.name == name)


def _deal(core: Core, contact_id: int, title: str = "Website", value: int = 1_000_00,
          **values) -> int:
    return core.deals.save(None, {"title": title, "contact_id": contact_id, "value_minor": value,
                                  "currency": "EUR", **values}, None).id


def test_every_move_is_kept_with_who_moved_it_when_and_how_long_it_stayed(db):
    with db.write() as s:
        mo = team.create_member(session=s, data={"name": "Mo Okafor", "initials": "MO"}).id
    db.actor_id = mo
    core = Core(db)
    with dates.fixed_now(NOW):
        deal = _deal(core, _contact(db))
    with dates.fixed_now(NOW + timedelta(days=3)):
        core.deals.move(deal, _stage(core, "Qualified"))
    with dates.fixed_now(NOW + timedelta(days=10)):
        moved = core.deals.move(deal, _stage(core, "Proposal sent"))
    assert (moved.stage, moved.outcome) == ("Proposal sent", DealOutcome.OPEN)

    history = core.deals.detail(deal).moves
    assert [(m.stage, m.from_stage, m.by, m.via) for m in history] == [
        ("New", None, "Mo Okafor", "form"), ("Qualified", "New", "Mo Okafor", "board"),
        ("Proposal sent", "Qualified", "Mo Okafor", "board")]
    assert [m.at for m in history] == [NOW, NOW + timedelta(days=3), NOW + timedelta(days=10)]
    assert [m.days for m in history] == [3.0, 7.0, None]


def test_a_lost_deal_needs_its_reason_and_keeps_it(db):
    core = Core(db)
    deal = _deal(core, _contact(db))
    lost = _stage(core, "Lost")
    with pytest.raises(ValidationError, match="why the deal was lost"):
        core.deals.move(deal, lost)
    assert core.deals.detail(deal).row.stage == "New"  # refused whole

    with dates.fixed_now(NOW):
        core.deals.move(deal, lost, lost_reason="  went with a cheaper agency ")
    detail = core.deals.detail(deal)
    assert (detail.row.outcome, detail.lost_reason) == (DealOutcome.LOST,
                                                        "went with a cheaper agency")
    assert detail.closed_at == NOW


def test_a_won_deal_becomes_a_draft_contract_linked_back(db):
    core = Core(db)
    ada = _contact(db)
    deal = _deal(core, ada, "Shop redesign", 12_500_00)
    with pytest.raises(ValidationError, match="only a won deal"):
        core.deals.won_contract(deal)
    core.deals.move(deal, _stage(core, "Won"))

    draft = core.deals.won_contract(deal)
    assert (draft["contact"], draft["title"], draft["amount_minor"], draft["currency"],
            draft["status"]) == ((ada, "Ada Lovelace"), "Shop redesign", 12_500_00, "EUR", "draft")
    values = {k: v for k, v in draft.items() if k != "contact"} | {"contact_id": ada}
    contract_id = core.records.save_contract(None, values, None).id
    core.deals.link(deal, contract_id=contract_id)

    detail = core.deals.detail(deal)
    assert (detail.contract_id, detail.contract) == (contract_id, "Shop redesign")
    assert core.deals.of_contact(ada)[0].outcome == DealOutcome.WON


def _roles(db, contact_id: int) -> tuple[Role, Role | None]:
    """The role worked out now, and the one the contact keeps for lists and Today."""
    with db.read() as s:
        return (contacts.get_contact(session=s, contact_id=contact_id).role,
                s.get(Contact, contact_id).kept_role)


def test_a_contact_with_only_an_open_deal_is_a_prospect(db):
    core = Core(db)
    ada = _contact(db)
    assert _roles(db, ada) == (Role.LEAD, Role.LEAD)
    deal = _deal(core, ada)
    assert _roles(db, ada) == (Role.PROSPECT, Role.PROSPECT)
    core.deals.move(deal, _stage(core, "Lost"), lost_reason="no budget")
    assert _roles(db, ada) == (Role.LEAD, Role.LEAD)


def test_a_deal_with_nothing_done_for_the_set_days_is_stale_until_touched(db):
    core = Core(db)
    ada = _contact(db)
    deal = _deal(core, ada)
    later = NOW + timedelta(days=15)
    with dates.fixed_now(later):
        assert [d.id for d in core.deals.stale()] == [deal]  # 14 days by default
        core.deals.save_stages([StageEdit(s.id, s.name, s.probability)
                                for s in core.deals.stages()], stale_days=30)
        assert core.deals.stale() == []
        assert core.deals.count(DealFilter("stale")) == 0
    with dates.fixed_now(NOW + timedelta(days=31)):
        assert core.deals.detail(deal).row.stale
        with db.write() as s:  # a call with the contact is a touch
            interactions.log_interaction(session=s, data={
                "contact_id": ada, "kind": "call", "occurred_at": dates.utcnow()})
        assert not core.deals.detail(deal).row.stale
        assert core.deals.stale() == []


def test_the_next_step_is_a_follow_up_of_the_contact(db):
    core = Core(db)
    ada = _contact(db)
    deal = core.deals.save(None, {"title": "Audit", "contact_id": ada}, None,
                           next_step_due=date(2026, 11, 25), next_step="send the proposal").id
    with db.read() as s:
        [step] = followups.list_followups(session=s, contact_id=ada).items
    assert (step.due_date, step.note) == (date(2026, 11, 25), "send the proposal")
    assert core.deals.detail(deal).row.next_step_due == date(2026, 11, 25)
    form = core.deals.form(deal)
    core.deals.save(deal, {"title": "Audit"}, form["version"], form["base"],
                    next_step_due=None, next_step="")
    with db.read() as s:
        assert followups.list_followups(session=s, contact_id=ada).items == []


def test_the_board_totals_and_weights_each_stage_per_currency(any_db):
    core = Core(any_db)
    ada = _contact(any_db)
    _deal(core, ada, "A", 1_000_00)  # New: 10 %
    _deal(core, ada, "B", 2_000_00, probability=50)  # its own chance
    _deal(core, ada, "C", 500_00, currency="GBP")
    proposal = _deal(core, ada, "D", 3_000_00)
    core.deals.move(proposal, _stage(core, "Proposal sent"))
    columns = {c.stage.name: c for c in core.deals.board()}
    new = columns["New"]
    assert (new.count, new.totals, new.weighted) == (
        3, {"EUR": 3_000_00, "GBP": 500_00}, {"EUR": 100_00 + 1_000_00, "GBP": 50_00})
    assert [d.title for d in new.deals] == ["A", "B", "C"]
    assert (columns["Proposal sent"].totals, columns["Proposal sent"].weighted) == (
        {"EUR": 3_000_00}, {"EUR": 1_500_00})
    assert list(columns) == ["New", "Qualified", "Proposal sent", "Negotiation", "Won", "Lost"]


def test_the_forecast_weights_open_deals_by_month_of_expected_close(any_db):
    core = Core(any_db)
    ada = _contact(any_db)
    _deal(core, ada, "Late", 1_000_00, expected_close=date(2026, 11, 1))  # before today
    _deal(core, ada, "Soon", 2_000_00, expected_close=date(2026, 11, 30), probability=40)
    _deal(core, ada, "January", 3_000_00, expected_close=date(2027, 1, 15))
    _deal(core, ada, "January too", 1_000_00, currency="GBP", expected_close=date(2027, 1, 2))
    _deal(core, ada, "Undated", 5_000_00)
    _deal(core, ada, "Far", 9_000_00, expected_close=date(2027, 9, 1))  # beyond six months
    won = _deal(core, ada, "Won already", 7_000_00, expected_close=date(2026, 12, 1))
    core.deals.move(won, _stage(core, "Won"))

    months = core.deals.figures(date(2026, 11, 1), date(2026, 11, 30), today=date(2026, 11, 22)
                                ).forecast
    shown = {m.label: (m.weighted, m.count) for m in months}
    assert shown == {
        "overdue": ({"EUR": 100_00}, 1), "undated": ({"EUR": 500_00}, 1),
        "2026-11": ({"EUR": 800_00}, 1), "2026-12": ({}, 0),
        "2027-01": ({"EUR": 300_00, "GBP": 100_00}, 2), "2027-02": ({}, 0),
        "2027-03": ({}, 0), "2027-04": ({}, 0)}


def test_win_rate_days_in_stage_and_conversion_by_source(any_db):
    core = Core(any_db)
    ada = _contact(any_db)
    with dates.fixed_now(NOW):
        won = _deal(core, ada, "Won", 4_000_00, source="referral")
        lost = _deal(core, ada, "Lost", 1_000_00, source="referral")
        _deal(core, ada, "Open", 1_000_00, source="website")
    with dates.fixed_now(NOW + timedelta(days=2)):
        core.deals.move(won, _stage(core, "Qualified"))
        core.deals.move(lost, _stage(core, "Lost"), lost_reason="timing")
    with dates.fixed_now(NOW + timedelta(days=6)):
        core.deals.move(won, _stage(core, "Won"))
        figures = core.deals.figures(date(2026, 11, 1), date(2026, 11, 30))
    assert (figures.win_rate.won, figures.win_rate.lost, figures.win_rate.rate,
            figures.win_rate.won_value) == (1, 1, 0.5, {"EUR": 4_000_00})
    days = {d.stage: (d.stays, d.average_days) for d in figures.days_in_stage}
    assert days["New"] == (2, pytest.approx(2.0))
    assert days["Qualified"] == (1, pytest.approx(4.0))
    assert days["Negotiation"] == (0, None)
    by_source = {c.source: (c.created, c.won, c.lost, c.open) for c in figures.by_source}
    assert by_source == {"referral": (2, 1, 1, 0), "website": (1, 0, 0, 1)}


def test_stages_are_renamed_reordered_and_kept_while_deals_are_in_them(db):
    core = Core(db)
    deal = _deal(core, _contact(db))
    stages = core.deals.stages()
    new, qualified = stages[0], stages[1]
    kept = [s for s in stages if s.id != new.id]
    with pytest.raises(ValidationError, match="New still has 1 deal"):
        core.deals.save_stages([StageEdit(s.id, s.name, s.probability) for s in kept])
    with pytest.raises(ValidationError, match="won stage is always there"):
        core.deals.save_stages([StageEdit(s.id, s.name, s.probability) for s in stages
                                if s.outcome != DealOutcome.WON])
    edits = [StageEdit(qualified.id, "Qualified", 30), StageEdit(new.id, "Lead in", 5),
             StageEdit(None, "Demo given", 60),
             *[StageEdit(s.id, s.name, s.probability) for s in stages[2:]]]
    after = core.deals.save_stages(edits)
    assert [(s.name, s.probability) for s in after][:3] == [
        ("Qualified", 30), ("Lead in", 5), ("Demo given", 60)]
    assert core.deals.detail(deal).row.stage == "Lead in"
    assert core.deals.detail(deal).row.probability == 5


# --- tuicrm deals ------------------------------------------------------------------


def _run(db_path, *args: str):
    from click.testing import CliRunner

    from tuicrm import cli

    return CliRunner().invoke(cli.main, ["--db", str(db_path), "deals", *args])


def test_the_deals_command_lists_a_stage_as_json_and_text(db, db_path):
    core = Core(db)
    ada = _contact(db)
    _deal(core, ada, "Shop", 12_000_00, expected_close=date(2026, 12, 20), currency="GBP")
    other = _deal(core, ada, "Logo", 900_00)
    core.deals.move(other, _stage(core, "Qualified"))

    result = _run(db_path, "--stage", "new", "--json")
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert {k: row[k] for k in ("title", "stage", "value_minor", "currency", "probability",
                                "expected_close")} == {
        "title": "Shop", "stage": "New", "value_minor": 12_000_00, "currency": "GBP",
        "probability": 10, "expected_close": "2026-12-20"}
    assert row["id"] and row["contact"] == "Ada Lovelace"

    text = _run(db_path).output  # open deals, soonest close first (undated last)
    assert [line.split()[0] for line in text.splitlines()] == ["Shop", "Logo"]
    import sqlite3

    with sqlite3.connect(db_path) as conn:  # a name another program stored
        conn.execute("UPDATE deal_stage SET name = ? WHERE name = 'Lost'", ("\x1b]0;pwned\x07Lost",))
    refused = _run(db_path, "--stage", "Nowhere")
    assert refused.exit_code == 2 and "no stage called 'Nowhere'" in refused.output
    assert "\x1b" not in refused.output and "pwned" in refused.output


def test_a_deals_edits_are_in_its_history_with_who_and_how(db, db_path):
    core = Core(db)
    deal = _deal(core, _contact(db), "Audit", 1_000_00)
    form = core.deals.form(deal)
    core.deals.save(deal, {"value_minor": 1_500_00}, form["version"], form["base"])
    from click.testing import CliRunner

    from tuicrm import cli

    result = CliRunner().invoke(cli.main, ["--db", str(db_path), "history", "deal", str(deal),
                                           "--json"])
    assert result.exit_code == 0, result.output
    [change] = [c for c in json.loads(result.output) if c["field"] == "value_minor"]
    assert (change["old"], change["new"], change["via"]) == (100000, 150000, "form")


# --- what a review found ---------------------------------------------------------------


def test_a_stage_is_added_on_both_databases(any_db):
    # the default stages were inserted with their ids: PostgreSQL's sequence started at 1
    core = Core(any_db)
    stages = core.deals.stages()
    edits = [StageEdit(s.id, s.name, s.probability) for s in stages if s.is_open]
    edits += [StageEdit(None, "Demo given", 60),
              *[StageEdit(s.id, s.name, s.probability) for s in stages if not s.is_open]]
    after = core.deals.save_stages(edits, expected=stages)
    assert [s.name for s in after] == [
        "New", "Qualified", "Proposal sent", "Negotiation", "Demo given", "Won", "Lost"]


def test_stages_changed_meanwhile_are_not_overwritten(db):
    core = Core(db)
    shown = core.deals.stages()  # alice opens the form
    bob = [StageEdit(s.id, s.name, s.probability) for s in shown]
    core.deals.save_stages([*bob[:4], StageEdit(None, "Demo given", 60), *bob[4:]],
                           expected=shown)
    alice = [StageEdit(s.id, s.name, 30 if s.name == "Qualified" else s.probability)
             for s in shown]
    with pytest.raises(ValidationError, match="changed the stages meanwhile"):
        core.deals.save_stages(alice, expected=shown)
    assert "Demo given" in [s.name for s in core.deals.stages()]


def test_an_edit_leaves_a_next_step_someone_moved_meanwhile(db):
    core = Core(db)
    ada = _contact(db)
    deal = core.deals.save(None, {"title": "Audit", "contact_id": ada}, None,
                           next_step_due=date(2026, 11, 25), next_step="send it").id
    form = core.deals.form(deal)  # alice opens the deal
    with db.read() as s:
        step = followups.list_followups(session=s, contact_id=ada).items[0]
    core.due.snooze_followup(step.id, date(2026, 12, 2), step.version)  # bob snoozes it
    shown = (form["next_step_due"], form["next_step"])
    core.deals.save(deal, {**form["base"], "value_minor": 5_000_00}, form["version"],
                    form["base"], next_step_due=shown[0], next_step=shown[1],
                    next_step_base=shown)
    detail = core.deals.detail(deal)
    assert (detail.row.value_minor, detail.row.next_step_due) == (5_000_00, date(2026, 12, 2))
    with pytest.raises(ValidationError, match="changed the next step meanwhile"):
        core.deals.save(deal, {}, None, None, next_step_due=date(2026, 12, 9),
                        next_step="send it", next_step_base=shown)


def test_saving_an_unchanged_deal_neither_wakes_nor_bumps_it(db):
    core = Core(db)
    deal = _deal(core, _contact(db))
    with dates.fixed_now(NOW + timedelta(days=20)):
        form = core.deals.form(deal)
        core.deals.save(deal, form["base"], form["version"], form["base"],
                        next_step_due=None, next_step="", next_step_base=(None, ""))
        assert core.deals.form(deal)["version"] == form["version"]
        assert core.deals.detail(deal).row.stale


def test_undo_brings_a_deal_back_into_an_open_stage_when_its_own_was_removed(db):
    core = Core(db)
    deal = _deal(core, _contact(db))
    core.deals.move(deal, _stage(core, "Qualified"))
    core.removal.delete("deal", deal, None)
    stages = core.deals.stages()
    core.deals.save_stages([StageEdit(s.id, s.name, s.probability) for s in stages
                            if s.name != "Qualified"], expected=stages)
    core.removal.restore("deal", deal)
    assert core.deals.detail(deal).row.stage == "New"
    assert [m.stage for m in core.deals.detail(deal).moves][-1] == "New"


def test_a_contact_with_a_deal_is_archived_not_deleted(db):
    core = Core(db)
    ada = _contact(db)
    _deal(core, ada)
    assert core.removal.delete("contact", ada, None) == "archived"


def test_a_meeting_that_has_happened_wakes_a_stale_deal(db):
    core = Core(db)
    ada = _contact(db)
    deal = _deal(core, ada)
    with db.write() as s:
        from tuicrm.services import meetings

        meetings.create_meeting(session=s, data={
            "title": "Kick-off", "starts_at": NOW + timedelta(days=20), "attendee_ids": [ada]})
    with dates.fixed_now(NOW + timedelta(days=22)):  # it happened two days ago
        assert not core.deals.detail(deal).row.stale
        assert core.deals.stale() == []


def test_days_in_stage_count_a_stay_in_the_local_month_it_ended(any_db):
    core = Core(any_db)
    dates.set_local_zone("America/New_York")
    try:
        with dates.fixed_now(datetime(2026, 11, 20, 15, tzinfo=UTC)):
            deal = _deal(core, _contact(any_db))
        # 21:00 on 30 November in New York: 02:00 on 1 December in UTC
        with dates.fixed_now(datetime(2026, 12, 1, 2, tzinfo=UTC)):
            core.deals.move(deal, _stage(core, "Qualified"))
        november = core.deals.figures(date(2026, 11, 1), date(2026, 11, 30)).days_in_stage
        december = core.deals.figures(date(2026, 12, 1), date(2026, 12, 31)).days_in_stage
    finally:
        dates.set_local_zone(None)
    assert {d.stage: d.stays for d in november}["New"] == 1
    assert {d.stage: d.stays for d in december}["New"] == 0


def test_the_board_lists_undated_deals_first_on_both_databases(any_db):
    core = Core(any_db)
    ada = _contact(any_db)
    _deal(core, ada, "Dated", expected_close=date(2026, 12, 1))
    _deal(core, ada, "Undated")
    new = next(c for c in core.deals.board() if c.stage.name == "New")
    assert [d.title for d in new.deals] == ["Undated", "Dated"]


def test_a_lost_deal_taken_back_is_open_again_never_won(db):
    core = Core(db)
    deal = _deal(core, _contact(db))
    core.deals.move(deal, _stage(core, "Lost"), lost_reason="budget")
    assert core.deals.neighbour(deal, -1).name == "Negotiation"
    assert core.deals.neighbour(deal, 1) is None
    core.deals.move(deal, _stage(core, "Won"))
    assert core.deals.neighbour(deal, -1).name == "Negotiation"
    assert core.deals.neighbour(deal, 1).name == "Lost"


def test_a_next_step_due_is_on_today_saying_which_deal_it_moves(db):
    core = Core(db)
    ada = _contact(db)
    core.deals.save(None, {"title": "Audit", "contact_id": ada}, None,
                    next_step_due=date(2026, 11, 20), next_step="send the proposal")
    today = core.schedule.today(date(2026, 11, 22), limit=50, action_days=30)
    [item] = today.lists["today-overdue"]
    assert (item.title, item.contact) == ("send the proposal", "Ada Lovelace")
    assert item.detail == "next step of the deal Audit"


def test_a_move_into_a_stage_being_removed_waits_and_is_refused(any_db):
    """Bob saves the stages without Qualified while Alice moves a deal into it: her
    move waits for his commit, then finds the stage gone (on PostgreSQL both went
    through before, leaving the deal off the board; SQLite's writes take turns)."""
    import threading
    import time

    from tuicrm.core import open_database
    from tuicrm.services import deal_stages, deals

    core = Core(any_db)
    deal = _deal(core, _contact(any_db))
    qualified = _stage(core, "Qualified")
    kept = [StageEdit(s.id, s.name, s.probability) for s in core.deals.stages()
            if s.id != qualified]
    removing = threading.Event()
    moved: list[object] = []

    def remove() -> None:
        with any_db.write() as s:
            deal_stages.save_stages(session=s, edits=kept)  # locks the stages
            removing.set()
            # Alice's move gets under way meanwhile. A sleep, not a timed wait: under
            # faketime a timed wait's deadline is 800 days off, so it never ends.
            time.sleep(0.5)

    def move() -> None:
        removing.wait()
        other = open_database(any_db.url)
        try:
            with other.write() as s:
                deals.move_deal(session=s, deal_id=deal, stage_id=qualified)
            moved.append("moved")
        except ValidationError as error:
            moved.append(error)
        finally:
            other.dispose()

    threads = [threading.Thread(target=remove), threading.Thread(target=move)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert isinstance(moved[0], ValidationError) and "no such stage" in str(moved[0])
    assert core.deals.detail(deal).row.stage == "New"


def test_a_deal_won_then_reopened_stays_won_in_the_period_it_was_won(any_db):
    core = Core(any_db)
    with dates.fixed_now(NOW):
        deal = _deal(core, _contact(any_db), "Retainer", 2_000_00)
        core.deals.move(deal, _stage(core, "Won"))
    with dates.fixed_now(NOW + timedelta(days=20)):  # 12 December: reopened
        core.deals.move(deal, _stage(core, "Negotiation"))
    november = core.deals.figures(date(2026, 11, 1), date(2026, 11, 30)).win_rate
    december = core.deals.figures(date(2026, 12, 1), date(2026, 12, 31)).win_rate
    assert (november.won, november.lost, november.won_value) == (1, 0, {"EUR": 2_000_00})
    assert (december.won, december.lost) == (0, 0)
