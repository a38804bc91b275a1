"""Calendars from Google and Outlook: repeating events and the zone a meeting is kept in.

What a person would notice: a weekly meeting comes in as each of its weeks in
the days asked (at the same hour on both sides of the clock change, without
the week it was cancelled, with the week it was moved), importing the file
again adds nothing, and a meeting the file gave in UTC, or in Outlook's
"Customized Time Zone", is kept in the user's own zone, so moving it later
across a clock change keeps its hour.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.db import Database
from tuicrm.services import contacts, meetings

EXPORTS = Path(__file__).parent.parent / "fixtures" / "exports"


def tuicrm(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *args],
                              env={"TUICRM_TZ": "Europe/Berlin"})


def made(db: Database) -> list[tuple[str, str, str]]:
    """Every meeting: title, start on its own zone's clock, and that zone."""
    with db.read() as s:
        found = meetings.list_meetings(session=s, upcoming_first=True, limit=100).items
    return [(m.title, dates.to_local(m.starts_at, m.timezone).strftime("%Y-%m-%d %H:%M"),
             m.timezone) for m in found]


def test_a_weekly_series_comes_in_week_by_week(db: Database, db_path: Path) -> None:
    with db.write() as s:
        contacts.create_contact(session=s, data={"name": "Ada", "emails": ["ada@example.org"]})
    result = tuicrm(db_path, "import", str(EXPORTS / "google_calendar.ics"),
                    "--repeats-from", "2026-03-01", "--repeats-to", "2026-04-30")
    assert result.exit_code == 0, result.output
    assert "Repeating events: 1, brought in from 2026-03-01 to 2026-04-30" in result.output
    weekly = [m for m in made(db) if m[0].startswith("Weekly")]
    assert weekly == [
        ("Weekly check-in with Ada", "2026-03-16 09:00", "Europe/London"),
        ("Weekly check-in with Ada", "2026-03-23 09:00", "Europe/London"),
        # the clocks went forward on 29 March: still 09:00 in London
        ("Weekly check-in with Ada", "2026-03-30 09:00", "Europe/London"),
        # 6 April was cancelled (EXDATE); 13 April was moved to the 14th, 15:00
        ("Weekly check-in with Ada (moved)", "2026-04-14 15:00", "Europe/London"),
        ("Weekly check-in with Ada", "2026-04-20 09:00", "Europe/London"),
    ]
    again = tuicrm(db_path, "import", str(EXPORTS / "google_calendar.ics"),
                   "--repeats-from", "2026-03-01", "--repeats-to", "2026-04-30")
    assert again.output.splitlines()[-1].startswith("Imported: 0 meetings created")


def test_only_the_days_asked_come_in(db: Database, db_path: Path) -> None:
    tuicrm(db_path, "import", str(EXPORTS / "google_calendar.ics"),
           "--repeats-from", "2026-03-20", "--repeats-to", "2026-03-31")
    assert [m[1] for m in made(db) if m[0].startswith("Weekly")] == [
        "2026-03-23 09:00", "2026-03-30 09:00"]


def test_a_time_given_in_utc_is_kept_in_the_users_zone(db: Database, db_path: Path) -> None:
    tuicrm(db_path, "import", str(EXPORTS / "google_calendar.ics"),
           "--repeats-from", "2026-03-01", "--repeats-to", "2026-03-02")
    [bob] = [m for m in made(db) if m[0].startswith("Call with Bob")]
    assert bob == ("Call with Bob (in UTC)", "2026-03-25 15:00", "Europe/Berlin")
    with db.write() as s:  # moved a week on, past the clock change: still 15:00 for the user
        [meeting] = [m for m in meetings.list_meetings(session=s).items
                     if m.title.startswith("Call with Bob")]
        moved = dates.local_datetime(date(2026, 4, 1), time(15), "Europe/Berlin")
        meetings.update_meeting(session=s, meeting_id=meeting.id,
                                changes={"starts_at": moved}, expected_version=None)
    [bob] = [m for m in made(db) if m[0].startswith("Call with Bob")]
    assert bob[1] == "2026-04-01 15:00"


def test_outlooks_customized_time_zone_is_read_and_kept_in_the_users_zone(
        db: Database, db_path: Path) -> None:
    result = tuicrm(db_path, "import", str(EXPORTS / "outlook_calendar.ics"))
    assert result.exit_code == 0, result.output
    # 10:00 in the file's own zone (+01:00 in November) is 10:00 in Berlin
    assert made(db) == [("Jahresgespräch Müller", "2026-11-10 10:00", "Europe/Berlin")]


@pytest.mark.parametrize("args", [["--repeats-from", "soon"],
                                  ["--repeats-from", "2026-05-01", "--repeats-to", "2026-04-01"]])
def test_a_bad_window_is_a_plain_message(db_path: Path, args: list[str]) -> None:
    result = tuicrm(db_path, "import", str(EXPORTS / "google_calendar.ics"), *args)
    assert result.exit_code == 2
    assert "--repeats-" in result.output and "Traceback" not in result.output
