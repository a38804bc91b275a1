"""``tuicrm import FILE.ics``: meetings from a calendar file, as a person runs it.

A small database is exported with ``tuicrm export --ics`` and the file is
imported into a fresh one through click's test runner; what was created is
read back through the services.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services import contacts, followups, meetings

LONDON = "Europe/London"


def tuicrm(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


def dump(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def meetings_in(db_path: Path) -> list[tuple[str, str, int, list[str], str]]:
    """(title, local start, minutes, attendee names, notes) of every live meeting, soonest first."""
    database = open_database(db_path)
    try:
        with database.read() as s:
            found = []
            for m in meetings.list_meetings(session=s, upcoming_first=True, limit=100):
                people = meetings.get_meeting(session=s, meeting_id=m.id).attendees
                found.append((m.title, dates.format_datetime_local(m.starts_at, LONDON),
                              m.duration_minutes, sorted(name for _, name in people), m.notes))
            return found
    finally:
        database.dispose()


@pytest.fixture
def exported(db: Database, db_path: Path, tmp_path: Path) -> Path:
    """Two meetings and a follow-up of one database, written by ``tuicrm export --ics``."""
    dates.set_local_zone(LONDON)
    with db.write() as s:
        ann = contacts.create_contact(session=s, data={"name": "Ann Archer",
                                                       "emails": ["ann@example.com"]}).id
        bo = contacts.create_contact(session=s, data={"name": "Bo Brown",
                                                      "emails": ["bo@example.org"]}).id
        meetings.create_meeting(session=s, data={
            "title": "Kick-off", "timezone": LONDON, "duration_minutes": 90,
            "starts_at": dates.local_datetime(date(2026, 3, 28), time(10), LONDON),
            "attendee_ids": [ann, bo]})
        meetings.create_meeting(session=s, data={
            "title": "Review", "timezone": LONDON, "duration_minutes": 45,
            "starts_at": dates.local_datetime(date(2026, 3, 30), time(10), LONDON)})
        followups.create_followup(session=s, data={"contact_id": ann,
                                                   "due_date": date(2026, 3, 31)})
    path = tmp_path / "crm.ics"
    result = tuicrm(db_path, "export", "--ics", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    """Another database, where only Ann is known (by the same address)."""
    path = tmp_path / "fresh.db"
    database = open_database(path)
    try:
        with database.write() as s:
            contacts.create_contact(session=s, data={"name": "Ann A.",
                                                     "emails": ["ann@example.com"]})
    finally:
        database.dispose()
    return path


def event_lines(path: Path) -> list[int]:
    """The line numbers of the file's BEGIN:VEVENT lines (from 1)."""
    text = path.read_bytes().decode()
    return [n for n, line in enumerate(text.splitlines(), 1) if line == "BEGIN:VEVENT"]


def test_an_exported_calendar_imports_into_a_fresh_database(exported: Path, fresh: Path) -> None:
    first, second = event_lines(exported)  # the follow-up is a task (VTODO), not an event
    result = tuicrm(fresh, "import", str(exported))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        "crm.ics: iCalendar, 2 events",
        f"line {first:>2}  create     Kick-off (2026-03-28 10:00 Europe/London)",
        f"line {second:>2}  create     Review (2026-03-30 10:00 Europe/London)",
        "Attendees not in tuicrm (named in the meetings' notes): bo@example.org",
        "Imported: 2 meetings created, 0 events skipped.",
    ]
    assert meetings_in(fresh) == [
        ("Kick-off", "2026-03-28 10:00", 90, ["Ann A."],
         "Other attendees (not in tuicrm): bo@example.org"),
        ("Review", "2026-03-30 10:00", 45, [], ""),
    ]
    again = tuicrm(fresh, "import", str(exported))  # a second import adds nothing
    assert again.exit_code == 0, again.output
    assert "a meeting with this title at this time is already here" in again.stdout
    assert again.stdout.splitlines()[-1] == "Imported: 0 meetings created, 2 events skipped."
    assert len(meetings_in(fresh)) == 2


def test_a_dry_run_reports_the_same_and_changes_nothing(exported: Path, fresh: Path) -> None:
    before = dump(fresh)
    result = tuicrm(fresh, "import", str(exported), "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "create     Kick-off (2026-03-28 10:00 Europe/London)" in lines[1]
    assert lines[-1] == ("Dry run: 2 meetings would be created, 0 events skipped. "
                         "Nothing was changed.")
    assert dump(fresh) == before
    assert meetings_in(fresh) == []


def test_a_malformed_event_is_reported_with_its_line_and_the_rest_imported(
        exported: Path, fresh: Path) -> None:
    text = exported.read_bytes().decode()
    bad = ("BEGIN:VEVENT\r\nUID:broken-1@example.org\r\nSUMMARY:Broken\r\n"
           "DTSTART:next tuesday\r\nEND:VEVENT\r\n")
    cut = text.index("BEGIN:VEVENT")
    exported.write_bytes((text[:cut] + bad + text[cut:]).encode())
    bad_line = text[:cut].count("\r\n") + 4  # its DTSTART line
    result = tuicrm(fresh, "import", str(exported))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "crm.ics: iCalendar, 3 events"
    problem = [line for line in lines if " problem " in line]
    assert len(problem) == 1 and problem[0].startswith(f"line {bad_line:>2}  problem    DTSTART")
    assert "next tuesday" in problem[0]
    assert lines[1] == problem[0]  # the report is in the file's order
    assert lines[-1] == "Imported: 2 meetings created, 0 events skipped, 1 not readable."
    assert [m[0] for m in meetings_in(fresh)] == ["Kick-off", "Review"]


def test_options_for_csv_files_are_a_usage_error(exported: Path, fresh: Path) -> None:
    before = dump(fresh)
    for args in (["--mode", "upsert"], ["--sales"], ["--map", "A=name"],
                 ["--currency", "EUR", "--delimiter", ";"]):
        result = tuicrm(fresh, "import", str(exported), *args)
        assert result.exit_code == 2, (args, result.output)
        assert "crm.ics is an iCalendar file: it holds meetings" in result.stderr
        assert "Traceback" not in result.stderr
    assert "--delimiter, --currency do not apply" in result.stderr
    assert dump(fresh) == before


def test_a_file_that_is_no_calendar_is_one_plain_line_and_exit_1(
        fresh: Path, tmp_path: Path) -> None:
    path = tmp_path / "notes.ics"
    path.write_text("Name,Email\nAda,ada@example.org\n")
    result = tuicrm(fresh, "import", str(path))
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [
        "tuicrm: notes.ics: this is not an iCalendar file (no BEGIN:VCALENDAR)."]
    assert result.stdout == ""


def test_a_calendar_is_recognised_by_its_content_and_escapes_are_removed(
        fresh: Path, tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
                     b"BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:\x1b]52;c;aGk=\x07Call\r\n"
                     b"DTSTART:20260401T090000Z\r\nDURATION:PT30M\r\nEND:VEVENT\r\n"
                     b"END:VCALENDAR\r\n")
    result = tuicrm(fresh, "import", str(path), "--dry-run")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert result.stdout.splitlines()[1].startswith("line 4  create     ")
