"""Meetings and follow-ups to .ics and back, on real SQLite files, and `tuicrm export`."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from tuicrm import cli, dates
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.interop.ical import Event, read_calendar, write_calendar
from tuicrm.services import contacts, followups, meetings
from tuicrm.services.ical import calendar_events, database_uid, import_meetings

TUICRM = Path(sys.executable).with_name("tuicrm")
LONDON = "Europe/London"  # clocks go forward on 29 March 2026


def at(day: date, hour: int, minute: int = 0, zone: str = LONDON) -> datetime:
    return dates.local_datetime(day, time(hour, minute), zone)


@pytest.fixture
def crm(db: Database) -> dict[str, int]:
    """Two meetings either side of the DST change, follow-ups, and the rows not exported."""
    with db.write() as s:
        ann = contacts.create_contact(session=s, data={
            "name": "Ann Archer", "emails": ["Ann@Example.com", "ann.home@example.net"]}).id
        bo = contacts.create_contact(session=s, data={"name": "Bo Brown", "emails": ["bo@example.org"]}).id
        gone = contacts.create_contact(session=s, data={"name": "Cy Gone", "emails": ["cy@example.com"]}).id
        quiet = contacts.create_contact(session=s, data={"name": "Di NoMail"}).id
        before = meetings.create_meeting(session=s, data={
            "title": "Kick-off, phase 1; budget", "starts_at": at(date(2026, 3, 28), 10),
            "duration_minutes": 90, "timezone": LONDON, "location": "Café Rouge, Leeds",
            "agenda": "1. scope\n2. costs", "attendee_ids": [bo, ann, gone, quiet]}).id
        after = meetings.create_meeting(session=s, data={
            "title": "Review", "starts_at": at(date(2026, 3, 30), 10), "duration_minutes": 45,
            "timezone": LONDON, "attendee_ids": [ann]}).id
        deleted = meetings.create_meeting(session=s, data={
            "title": "Deleted", "starts_at": at(date(2026, 3, 29), 9)}).id
        meetings.delete_meeting(session=s, meeting_id=deleted)
        day_one = followups.create_followup(session=s, data={
            "contact_id": ann, "due_date": date(2026, 3, 31), "note": "send the quote"}).id
        timed = followups.create_followup(session=s, data={
            "contact_id": bo, "due_date": date(2026, 4, 2), "due_time": time(14, 30),
            "timezone": "Europe/Paris"}).id
        done = followups.create_followup(session=s, data={"contact_id": bo, "due_date": date(2026, 3, 1)}).id
        followups.complete_followup(session=s, followup_id=done)
        followups.create_followup(session=s, data={"contact_id": gone, "due_date": date(2026, 4, 1)})
        contacts.delete_contact(session=s, contact_id=gone)
    return {"ann": ann, "bo": bo, "before": before, "after": after, "day_one": day_one,
            "timed": timed}


def export(db: Database, **window: date) -> tuple[list[Event], bytes]:
    with db.write() as s:
        events = calendar_events(session=s, **window)
    return events, write_calendar(events)


def vevents(data: bytes) -> dict[str, icalendar.Component]:
    """The file's events and tasks by title."""
    return {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(data).walk()
            if e.name in ("VEVENT", "VTODO")}


# --- export --------------------------------------------------------------------


def test_export_parses_back_to_the_same_meetings_and_follow_ups(db, crm) -> None:
    _events, data = export(db)
    got = vevents(data)
    assert sorted(got) == ["Deleted", "Follow up: Ann Archer", "Follow up: Bo Brown",
                           "Kick-off, phase 1; budget", "Review"]
    assert str(got["Deleted"]["STATUS"]) == "CANCELLED"  # so calendars drop it

    kickoff, review = got["Kick-off, phase 1; budget"], got["Review"]
    # 10:00 in London is 10:00 UTC before the change and 09:00 UTC after it.
    assert dates.to_utc(kickoff["DTSTART"].dt) == datetime(2026, 3, 28, 10, tzinfo=UTC)
    assert dates.to_utc(review["DTSTART"].dt) == datetime(2026, 3, 30, 9, tzinfo=UTC)
    assert kickoff["DTSTART"].params["TZID"] == LONDON
    assert dates.to_utc(kickoff["DTEND"].dt) - dates.to_utc(kickoff["DTSTART"].dt) == timedelta(minutes=90)
    assert dates.to_utc(review["DTEND"].dt) - dates.to_utc(review["DTSTART"].dt) == timedelta(minutes=45)
    # Live attendees with an address, each by their first address, lower-cased as stored.
    assert [str(a) for a in kickoff["ATTENDEE"]] == ["mailto:ann@example.com", "mailto:bo@example.org"]
    assert str(kickoff["LOCATION"]) == "Café Rouge, Leeds"
    assert str(kickoff["DESCRIPTION"]) == "1. scope\n2. costs"

    # follow-ups are tasks, due on their day (or at their time, in their zone)
    ann_due, bo_due = got["Follow up: Ann Archer"], got["Follow up: Bo Brown"]
    assert (ann_due.name, str(ann_due["STATUS"])) == ("VTODO", "NEEDS-ACTION")
    assert ann_due["DUE"].dt == date(2026, 3, 31)
    assert str(ann_due["DESCRIPTION"]) == "send the quote"
    assert bo_due["DUE"].params["TZID"] == "Europe/Paris"
    assert dates.to_utc(bo_due["DUE"].dt) == datetime(2026, 4, 2, 12, 30, tzinfo=UTC)
    # each meeting reminds 15 minutes before it starts
    [alarm] = kickoff.subcomponents
    assert (alarm.name, alarm["TRIGGER"].dt) == ("VALARM", -timedelta(minutes=15))

    calendar = icalendar.Calendar.from_ical(data)
    assert {tz.tz_name for tz in calendar.timezones} == {LONDON, "Europe/Paris"}


def test_the_window_is_local_days_both_included(db, crm) -> None:
    dates.set_local_zone("Asia/Tokyo")  # 30 March 10:00 London is 18:00 in Tokyo, same day
    events, _ = export(db, since=date(2026, 3, 30), until=date(2026, 3, 31))
    assert [e.summary for e in events] == ["Review", "Follow up: Ann Archer"]
    events, _ = export(db, until=date(2026, 3, 28))
    assert [e.summary for e in events] == ["Kick-off, phase 1; budget"]


def test_re_export_keeps_the_uids_and_raises_the_sequence_of_what_changed(db, crm, tmp_path) -> None:
    first, _ = export(db)
    with db.write() as s:
        meetings.update_meeting(session=s, meeting_id=crm["after"], changes={"title": "Review v2"},
                                expected_version=None)
    second, _ = export(db)
    assert [e.uid for e in second] == [e.uid for e in first]
    with db.read() as s:
        origin = database_uid(session=s)
    assert f"meeting-{crm['after']}@{origin}" in [e.uid for e in second]
    assert f"followup-{crm['timed']}@{origin}" in [e.uid for e in second]
    before = {e.uid: e.sequence for e in first}
    changed = {e.uid for e in second if e.sequence > before[e.uid]}
    assert changed == {f"meeting-{crm['after']}@{origin}"}

    other = open_database(tmp_path / "other.db")
    try:
        with other.write() as s:
            assert database_uid(session=s) != origin
    finally:
        other.dispose()


# --- import --------------------------------------------------------------------


def test_export_then_import_into_another_database_round_trips_the_meetings(db, crm, tmp_path) -> None:
    _, data = export(db)
    events, problems = read_calendar(data)
    assert problems == []
    other = open_database(tmp_path / "other.db")
    try:
        with other.write() as s:  # the same people, made in another order (other ids)
            bo = contacts.create_contact(session=s, data={"name": "Bo B.", "emails": ["BO@example.org"]}).id
            ann = contacts.create_contact(session=s, data={"name": "Ann A.", "emails": ["ann@example.com"]}).id
            result = import_meetings(session=s, events=events)
        # the follow-ups are tasks, not events; the deleted meeting is said cancelled
        assert result.summary() == "2 meetings created, 1 events skipped."
        assert {x.reason for x in result.skipped} == {"cancelled"}
        with other.read() as s:
            made = {m.title: meetings.get_meeting(session=s, meeting_id=m.id)
                    for m in meetings.list_meetings(session=s)}
        kickoff, review = made["Kick-off, phase 1; budget"].meeting, made["Review"].meeting
        assert kickoff.starts_at == datetime(2026, 3, 28, 10, tzinfo=UTC)
        assert review.starts_at == datetime(2026, 3, 30, 9, tzinfo=UTC)
        assert (kickoff.duration_minutes, review.duration_minutes) == (90, 45)
        assert kickoff.timezone == review.timezone == LONDON
        assert (kickoff.location, kickoff.agenda) == ("Café Rouge, Leeds", "1. scope\n2. costs")
        assert sorted(c for c, _ in made["Kick-off, phase 1; budget"].attendees) == sorted([ann, bo])
        assert [c for c, _ in made["Review"].attendees] == [ann]

        with other.write() as s:  # the same file again adds nothing
            again = import_meetings(session=s, events=events)
        assert again.created == []
        assert "already here" in again.skipped[0].reason
    finally:
        other.dispose()


def test_importing_this_databases_own_export_skips_meetings_that_still_exist(db, crm) -> None:
    _, data = export(db)
    events, _ = read_calendar(data)
    with db.write() as s:
        meetings.update_meeting(session=s, meeting_id=crm["after"], changes={"title": "Renamed"},
                                expected_version=None)
        result = import_meetings(session=s, events=events)
    assert result.created == []
    assert f"already here (meeting {crm['after']} of this database)" in [x.reason for x in result.skipped]
    with db.write() as s:
        meetings.delete_meeting(session=s, meeting_id=crm["before"])
        result = import_meetings(session=s, events=events)
    assert [x.summary for x in result.created] == ["Kick-off, phase 1; budget"]


def test_what_is_not_a_one_off_meeting_is_skipped_with_its_reason(db, crm) -> None:
    start = datetime(2026, 5, 4, 9, tzinfo=UTC)
    events = [
        Event(uid="a", summary="Bank holiday", start=date(2026, 5, 4), line=1),
        Event(uid="b", summary="Weekly", start=start, repeats=True, line=2),
        Event(uid="c", summary="Off", start=start, cancelled=True, line=3),
        Event(uid="d", summary="Conference", start=start, duration=timedelta(days=2), line=4),
        Event(uid="e", summary="Lunch", start=start, zone="UTC", duration=timedelta(0),
              attendees=("ann@example.com", "stranger@elsewhere.com"), line=5),
        Event(uid="e", summary="Lunch again", start=start, line=6),
        Event(uid="f", summary="", start=start + timedelta(hours=1), location="https://meet.example/x",
              line=7),
    ]
    with db.write() as s:
        dry = import_meetings(session=s, events=events, dry_run=True)
    with db.read() as s:
        assert len(meetings.list_meetings(session=s)) == 2  # nothing was kept by the dry run
    with db.write() as s:
        result = import_meetings(session=s, events=events)
    assert dry.summary() == "2 meetings would be created, 5 events skipped."
    assert [(x.line, x.reason) for x in result.skipped] == [
        (1, "an all-day event; meetings have a start time"),
        (2, "a repeating event (or one change to one); only one-off events are imported"),
        (3, "cancelled"),
        (4, "lasts more than 24 hours; a meeting can't"),
        (6, "the file has this event twice (same UID as the event at line 5)"),
    ]
    assert result.unknown_attendees == ["stranger@elsewhere.com"]
    with db.read() as s:
        lunch = meetings.get_meeting(session=s, meeting_id=result.created[0].meeting_id)
        untitled = meetings.get_meeting(session=s, meeting_id=result.created[1].meeting_id).meeting
    assert lunch.attendees == [(crm["ann"], "Ann Archer")]
    assert lunch.meeting.notes == "Other attendees (not in tuicrm): stranger@elsewhere.com"
    assert lunch.meeting.duration_minutes == 60  # no length given: the meeting default
    assert (untitled.title, untitled.channel) == ("(no title)", "video")


# --- the command line ----------------------------------------------------------


def test_tuicrm_export_ics_writes_a_private_file_and_says_what(db_path, crm, tmp_path) -> None:
    dates.set_local_zone(LONDON)  # --from/--to are local days
    out = tmp_path / "crm.ics"
    out.write_text("old")
    out.chmod(0o644)
    result = CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == ("Exported 2 meetings, 2 follow-ups, 0 contract dates and 1 "
                             f"cancelled meeting to {out}\n")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(vevents(out.read_bytes())) == ["Deleted", "Follow up: Ann Archer",
                                                 "Follow up: Bo Brown",
                                                 "Kick-off, phase 1; budget", "Review"]
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []

    result = CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out),
                                           "--from", "2026-03-30", "--to", "2026-03-31"])
    assert result.output == f"Exported 1 meeting, 1 follow-up and 0 contract dates to {out}\n"


@pytest.mark.parametrize(("args", "words"), [
    (["--from", "someday"], "--from: 'someday' is not a date; nothing was exported."),
    (["--from", "2026-05-02", "--to", "2026-05-01"], "--from 2026-05-02 is after --to 2026-05-01"),
])
def test_bad_dates_are_one_plain_line_and_exit_1(db_path, tmp_path, args, words) -> None:
    out = tmp_path / "out.ics"
    done = subprocess.run([str(TUICRM), "--db", str(db_path), "export", "--ics", str(out), *args],
                          check=False, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith("tuicrm: ") and words in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not out.exists()


def test_export_without_a_format_is_a_usage_error(db_path) -> None:
    result = CliRunner().invoke(cli.main, ["--db", str(db_path), "export"])
    assert result.exit_code == 2 and "--ics FILE" in result.output


def test_export_help_loads_neither_textual_nor_the_data_layer() -> None:
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        "try:\n    main(['export', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('textual', 'sqlalchemy', 'sqlmodel', 'icalendar')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "--ics FILE" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED []"


# --- what calendar and task programs need -------------------------------------------


def test_the_same_data_gives_the_same_bytes(db, crm, db_path, tmp_path) -> None:
    with db.write() as s:  # a third zone
        meetings.create_meeting(session=s, data={
            "title": "Tokyo call", "starts_at": at(date(2026, 4, 1), 9, zone="Asia/Tokyo"),
            "timezone": "Asia/Tokyo", "attendee_ids": [crm["bo"]]})
    files = [tmp_path / "one.ics", tmp_path / "two.ics", tmp_path / "three.ics"]
    result = CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics",
                                           str(files[0])])
    assert result.exit_code == 0, result.output
    for seed, path in enumerate(files[1:]):  # other processes, a moment apart: other hash
        subprocess.run([TUICRM, "--db", db_path, "export", "--ics", path], check=True,  # orders
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}, capture_output=True)
    one, two, three = (p.read_bytes() for p in files)
    assert b"STATUS:CANCELLED" in one and one != two  # the first said the deleted meeting
    assert two == three
    for data in (two, three):
        calendar = icalendar.Calendar.from_ical(data)
        assert [c["TZID"] for c in calendar.subcomponents[:3]] == [
            "Asia/Tokyo", "Europe/London", "Europe/Paris"]


def test_a_deleted_meeting_is_said_cancelled_once(db, crm, db_path, tmp_path) -> None:
    out = tmp_path / "c.ics"
    said = []
    for _ in range(2):
        CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out)])
        said.append(sorted(str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(
            out.read_bytes()).walk("VEVENT") if str(e.get("STATUS")) == "CANCELLED"))
    assert said == [["Deleted"], []]


def test_open_contracts_deadlines_are_all_day_events(db, crm) -> None:
    from tuicrm.services import contracts

    with db.write() as s:
        made = contracts.create_contract(session=s, data={
            "contact_id": crm["ann"], "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 1), "end_date": date(2026, 12, 31), "notice_days": 30,
            "review_date": date(2026, 6, 30), "auto_renew": True, "amount_minor": 100_00})
        ended = contracts.create_contract(session=s, data={
            "contact_id": crm["ann"], "title": "Old job", "status": "ended",
            "start_date": date(2025, 1, 1), "end_date": date(2025, 12, 31)})
    events, data = export(db)
    deadlines = {e.uid.split("@")[0]: (e.start, e.summary) for e in events
                 if e.uid.startswith("contract-")}
    assert deadlines == {
        f"contract-{made.id}-review": (date(2026, 6, 30), "Review: Retainer (Ann Archer)"),
        f"contract-{made.id}-renewal": (date(2026, 12, 31), "Renews: Retainer (Ann Archer)"),
        f"contract-{made.id}-cancel-by": (date(2026, 12, 1),
                                         "Last day to stop the renewal: Retainer (Ann Archer)"),
    }
    assert not any(str(ended.id) in uid for uid in deadlines)
    review = vevents(data)["Review: Retainer (Ann Archer)"]
    assert (review["DTSTART"].dt, review["DTEND"].dt) == (date(2026, 6, 30), date(2026, 7, 1))


def test_the_reminder_is_set_once_for_every_later_export(db, crm, db_path, tmp_path) -> None:
    out = tmp_path / "r.ics"

    def triggers() -> set[timedelta]:
        return {a["TRIGGER"].dt for a in icalendar.Calendar.from_ical(out.read_bytes())
                .walk("VALARM")}

    CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out),
                                  "--alarm", "45"])
    assert triggers() == {-timedelta(minutes=45)}
    CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out)])
    assert triggers() == {-timedelta(minutes=45)}  # kept
    CliRunner().invoke(cli.main, ["--db", str(db_path), "export", "--ics", str(out),
                                  "--alarm", "0"])
    assert triggers() == set()
