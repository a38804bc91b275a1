"""``tuicrm agenda``: overdue first, then each day; plain text or JSON; plain errors.

The day is pinned the way a script would pin it: ``TUICRM_TODAY`` (09:00 local
that day) and ``TUICRM_TZ``. The records are made through the services with the
clock pinned to the same morning; expected times and days are worked out here
from the records (local wall time in Berlin, days late from the due day).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.services import contacts, contracts, followups, interactions, meetings

TODAY = date(2026, 11, 22)
ZONE = "Europe/Berlin"
ENV = {"TUICRM_TODAY": TODAY.isoformat(), "TUICRM_TZ": ZONE}
MORNING = dates.local_datetime(TODAY, time(9), ZONE)
ADDED = MORNING - timedelta(days=30)


def day(n: int) -> date:
    return TODAY + timedelta(days=n)


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db_path), "agenda", *args], env=ENV)


def header(d: date) -> str:
    return d.strftime("%A %d %B %Y")


def local_hhmm(moment: datetime) -> str:
    return dates.to_local(moment, ZONE).strftime("%H:%M")


@pytest.fixture
def week(db, db_path) -> dict[str, object]:
    """Overdue items, today's, and some for the next days, made on TODAY's morning."""
    made: dict[str, object] = {}
    with dates.fixed_now(ADDED), db.write() as s:
        ann = contacts.create_contact(session=s, data={"name": "Ann Archer"}).id
        # Never touched, every 7 days: due 7 days after being added, long overdue.
        made["quiet"] = contacts.create_contact(
            session=s, data={"name": "Quentin Quiet", "cadence_days": 7})
    made["ann"] = ann
    with dates.fixed_now(MORNING), db.write() as s:
        # Ann becomes a client below (a stay-in-touch default); she was called yesterday.
        interactions.log_interaction(session=s, data={
            "contact_id": ann, "kind": "call", "occurred_at": MORNING - timedelta(days=1)})
        made["late"] = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": day(-4), "note": "Chase the invoice"})
        made["meeting"] = meetings.create_meeting(session=s, data={
            "title": "Design review", "timezone": ZONE, "attendee_ids": [ann],
            "starts_at": dates.to_utc(dates.local_datetime(TODAY, time(14, 0), ZONE))})
        made["anytime"] = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": TODAY, "note": "Send the draft"})
        made["london"] = followups.create_followup(session=s, data={  # 16:30 London time
            "contact_id": ann, "due_date": TODAY, "due_time": time(16, 30),
            "timezone": "Europe/London", "note": "Call Ann"})
        done = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": TODAY, "note": "Already done"})
        followups.complete_followup(session=s, followup_id=done.id)
        made["tomorrow"] = meetings.create_meeting(session=s, data={
            "title": "Kick-off", "timezone": ZONE, "attendee_ids": [ann],
            "starts_at": dates.to_utc(dates.local_datetime(day(1), time(9, 15), ZONE))})
        made["contract"] = contracts.create_contract(session=s, data={
            "contact_id": ann, "title": "Support retainer", "status": "active",
            "start_date": date(2026, 1, 1), "end_date": day(2 + 30), "notice_days": 30,
            "currency": "EUR"})  # cancel-by: the day after tomorrow
        made["later"] = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": day(3), "note": "Beyond three days"})
    return made


def test_text_lists_overdue_first_then_today(week, db_path):
    result = run(db_path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    quiet_due = dates.to_local(ADDED, ZONE).date() + timedelta(days=7)

    assert lines[0] == "Overdue (2)"
    assert "Quentin Quiet" in lines[1] and "Stay in touch" in lines[1]  # due earlier
    assert dates.humanize_delta(quiet_due, today=TODAY) in lines[1]
    assert "Chase the invoice" in lines[2] and "Ann Archer" in lines[2]
    assert dates.humanize_delta(day(-4), today=TODAY) in lines[2]
    assert lines[3] == ""
    assert lines[4] == f"{header(TODAY)} (today)"
    today_lines = lines[5:]
    assert len(today_lines) == 3  # the done follow-up is not there
    meeting, london, anytime = today_lines
    assert "Design review" in meeting and meeting.split()[0] == "14:00"
    expected_london = local_hhmm(dates.local_datetime(TODAY, time(16, 30), "Europe/London"))
    assert expected_london == "17:30"  # shown in Berlin time, not London's
    assert "Call Ann" in london and london.split()[0] == expected_london
    assert "Send the draft" in anytime and anytime.split()[:2] == ["any", "time"]
    for later in ("Kick-off", "Support retainer", "Beyond three days", header(day(1))):
        assert later not in result.stdout


def test_three_days_cover_today_tomorrow_and_the_day_after(week, db_path):
    result = run(db_path, "--days", "3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    headers = [line for line in out.splitlines()
               if line and not line.startswith((" ", "Overdue"))]
    assert headers == [f"{header(TODAY)} (today)", f"{header(day(1))} (tomorrow)", header(day(2))]
    tomorrow = out[out.index(header(day(1))):out.index(header(day(2)))]
    assert "Kick-off" in tomorrow and "09:15" in tomorrow
    after = out[out.index(header(day(2))):]
    assert "Cancel-by" in after and "Support retainer" in after and "30 days before" in after
    assert "Beyond three days" not in out
    assert "Beyond three days" in run(db_path, "--days", "4").stdout


def test_json_has_the_same_items_for_scripts(week, db_path):
    result = run(db_path, "--days", "3", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["today"], data["until"]) == (TODAY.isoformat(), day(2).isoformat())
    quiet_due = dates.to_local(ADDED, ZONE).date() + timedelta(days=7)

    overdue = {i["title"]: i for i in data["overdue"]}
    assert list(overdue) == ["Quentin Quiet", "Chase the invoice"]
    assert overdue["Quentin Quiet"]["kind"] == "stay_in_touch"
    assert overdue["Quentin Quiet"]["days_late"] == (TODAY - quiet_due).days
    assert overdue["Chase the invoice"]["days_late"] == 4
    assert overdue["Chase the invoice"]["record_id"] == week["late"].id

    assert [d["date"] for d in data["days"]] == [day(n).isoformat() for n in range(3)]
    first, second, third = (d["items"] for d in data["days"])
    assert [(i["kind"], i["title"], i["time"]) for i in first] == [
        ("meeting", "Design review", "14:00"), ("followup", "Call Ann", "17:30"),
        ("followup", "Send the draft", None)]
    assert [(i["kind"], i["title"], i["time"]) for i in second] == [
        ("meeting", "Kick-off", "09:15")]
    assert [(i["kind"], i["record_id"], i["date"]) for i in third] == [
        ("cancel_by", week["contract"].id, day(2).isoformat())]
    assert all(i["days_late"] == 0 for d in data["days"] for i in d["items"])
    assert first[0]["contact"] == "Ann Archer" and first[0]["contact_id"] == week["ann"]
    assert data["incomplete_kinds"] == []


@pytest.mark.parametrize("days", [1, 3])
def test_an_empty_database_says_there_is_nothing(db, db_path, days):
    result = run(db_path, "--days", str(days))
    assert result.exit_code == 0, result.output
    span = "today" if days == 1 else f"from today to {day(days - 1).isoformat()}"
    assert result.stdout.strip() == f"Nothing due {span}, and nothing overdue."
    data = json.loads(run(db_path, "--days", str(days), "--json").stdout)
    assert (data["overdue"], data["days"]) == ([], [])


HOSTILE = "Eve\x1b]52;c;SGVsbG8=\x07\x1b[2J\x9b31m\u202eEvil\x7f\x00"
UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e", "\x7f", "\x00"]


def test_hostile_names_print_without_control_bytes(db, db_path):
    with dates.fixed_now(MORNING), db.write() as s:
        eve = contacts.create_contact(session=s, data={"name": "Eve"}).id
        followups.create_followup(session=s, data={
            "contact_id": eve, "due_date": TODAY, "note": "Note"})
    # Stored by another program (or an older version) without cleaning.
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE contact SET name = ?", (HOSTILE,))
        conn.execute("UPDATE follow_up SET note = ?", (HOSTILE,))

    text = run(db_path)
    assert text.exit_code == 0, text.output
    assert "Eve]52;c;SGVsbG8=[2J31mEvil" in text.stdout  # harmless without the ESC bytes
    assert not [c for c in UNSAFE if c in text.stdout]

    raw = run(db_path, "--json")
    assert not [c for c in UNSAFE if c in raw.stdout]
    item = json.loads(raw.stdout)["days"][0]["items"][0]
    assert (item["title"], item["contact"]) == (HOSTILE, HOSTILE)  # escaped, not lost


def assert_one_plain_error(result: Result, *words: str) -> None:
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tuicrm: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_a_missing_database_is_refused_and_not_created(tmp_path):
    missing = tmp_path / "typo.db"
    assert_one_plain_error(run(missing), str(missing))
    assert not missing.exists()


def test_a_read_only_database_is_read(db, db_path):
    """The agenda only reads: a file made read-only still answers it."""
    db.dispose()
    db_path.chmod(0o444)
    try:
        result = run(db_path)
        assert result.exit_code == 0, result.output
        assert "Nothing due today, and nothing overdue." in result.output
    finally:
        db_path.chmod(0o600)


def test_a_file_that_is_not_sqlite_is_one_plain_line(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list\n" * 100)
    assert_one_plain_error(run(notes), str(notes), "not a tuicrm database")
    assert notes.read_text() == "shopping list\n" * 100


def test_days_must_be_sensible(db, db_path):
    result = run(db_path, "--days", "0")
    assert result.exit_code == 2 and "--days" in result.stderr


def test_agenda_never_imports_textual(week, db_path):
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        f"try:\n    main(['--db', {str(db_path)!r}, 'agenda', '--days', '3'])\n"
        "except SystemExit as done:\n    assert not done.code, done.code\n"
        "print('TEXTUAL', 'textual' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, **ENV}, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Design review" in done.stdout  # it really printed the agenda
    assert done.stdout.strip().splitlines()[-1] == "TEXTUAL False"
