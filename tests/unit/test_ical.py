"""Tests for tuicrm.interop.ical: writing and reading .ics files, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tuicrm.dates import to_utc
from tuicrm.interop.ical import Event, Problem, read_calendar, write_calendar
from tuicrm.textclean import clean_text

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
STAMP = datetime(2026, 3, 1, 12, tzinfo=UTC)

TRICKY = Event(
    uid="meeting-7@0f0e-db",
    summary="Review, Q1; with Zoë & 李小龍 🎉",
    start=datetime(2026, 3, 28, 10, 30, tzinfo=LONDON),
    zone="Europe/London",
    duration=timedelta(hours=25),  # across the spring change (clocks go forward on the 29th)
    description="Agenda:\n1. numbers, costs; risks\n2. back\\slash\n"
    + " ".join(["Ein sehr langer Absatz mit Umlauten äöü und Emoji 👩‍👩‍👧"] * 12),
    location="Café de l'Église, 12 rue X; 2nd floor",
    sequence=4,
    last_modified=datetime(2026, 2, 1, 8, tzinfo=UTC),
    attendees=("zoe@example.com", "li@example.cn"),
)
DAY = Event(uid="followup-3@0f0e-db", summary="Follow up: Ann", start=date(2026, 3, 29),
            duration=timedelta(days=1), description="call back")
IN_UTC = Event(uid="u-1", summary="Standup", start=datetime(2026, 7, 1, 9, tzinfo=UTC),
               duration=timedelta(minutes=15))
ELSEWHERE = Event(uid="u-2", summary="NY call", start=datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK),
                  zone="America/New_York", duration=timedelta(minutes=45))


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def wrap(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return crlf(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{body}END:VCALENDAR\n")


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


# --- writing -------------------------------------------------------------------


def test_a_written_file_reads_back_as_the_same_events() -> None:
    events = [TRICKY, DAY, IN_UTC, ELSEWHERE]
    data = write_calendar(events, stamp=STAMP)
    read, problems = read_calendar(data)
    assert problems == []
    # The summary is one line in a calendar; everything else comes back exactly.
    assert read == events
    assert read[0].end == datetime(2026, 3, 29, 12, 30, tzinfo=LONDON)  # 25 h later, in BST
    assert read[0].line == 1 + physical_lines(data).index(b"BEGIN:VEVENT")


@settings(max_examples=150, deadline=None)
@given(summary=st.text(max_size=200), description=st.text(max_size=400),
       location=st.text(max_size=100))
@example(summary="C:\\New", description="a\\N b\\n c\\\\N", location="\\N")  # icalendar made these line breaks
def test_any_text_survives_the_round_trip_as_cleaned(summary, description, location) -> None:
    event = Event(uid="u", summary=summary, start=date(2026, 1, 1), duration=timedelta(days=1),
                  description=description, location=location)
    data = write_calendar([event], stamp=STAMP)
    for raw in physical_lines(data):
        assert len(raw) <= 75
        raw.decode("utf-8")
    [back], problems = read_calendar(data)
    assert problems == []
    assert back.summary == clean_text(summary, multiline=False)
    assert back.description == clean_text(description, multiline=True)
    assert back.location == clean_text(location, multiline=False)


def test_text_is_escaped_and_lines_folded_at_75_octets_on_character_boundaries() -> None:
    data = write_calendar([TRICKY], stamp=STAMP)
    for raw in physical_lines(data):
        assert len(raw) <= 75, raw
        raw.decode("utf-8")  # a character split across two lines would not decode
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "SUMMARY:Review\\, Q1\\; with Zoë & 李小龍 🎉\r\n" in unfolded
    assert "DESCRIPTION:Agenda:\\n1. numbers\\, costs\\; risks\\n2. back\\\\slash\\n" in unfolded
    assert "LOCATION:Café de l'Église\\, 12 rue X\\; 2nd floor\r\n" in unfolded
    # Any other RFC 5545 reader sees the same values.
    vevent = icalendar.Calendar.from_ical(data).events[0]
    assert str(vevent["SUMMARY"]) == TRICKY.summary
    assert str(vevent["DESCRIPTION"]) == TRICKY.description


def test_timed_events_carry_their_zone_and_the_file_defines_it() -> None:
    data = write_calendar([TRICKY, IN_UTC, ELSEWHERE], stamp=STAMP)
    text = data.replace(b"\r\n ", b"").decode("utf-8")
    assert "DTSTART;TZID=Europe/London:20260328T103000\r\n" in text
    assert "DTEND;TZID=Europe/London:20260329T123000\r\n" in text
    assert "DTSTART;TZID=America/New_York:20261101T013000\r\n" in text
    assert "DTSTART:20260701T090000Z\r\n" in text  # UTC needs no VTIMEZONE
    calendar = icalendar.Calendar.from_ical(data)
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["America/New_York", "Europe/London"]
    assert calendar.get_missing_tzids() == set()
    assert "PRODID:-//tuicrm//tuicrm//EN" in text and "VERSION:2.0" in text


def test_a_program_that_knows_no_zone_names_gets_the_same_instants_from_the_vtimezones() -> None:
    data = write_calendar([TRICKY, ELSEWHERE], stamp=STAMP)
    anonymous = data.replace(b"Europe/London", b"Zone A").replace(b"America/New_York", b"Zone B")
    (london, new_york), problems = read_calendar(anonymous)
    assert problems == []
    assert london.zone == "UTC" and london.start == TRICKY.start  # 10:30 GMT, before the change
    assert london.end == TRICKY.end  # 12:30 BST, after it
    # Compared in UTC: == across zones is always False for a time in the repeated hour (PEP 495).
    assert to_utc(new_york.start) == to_utc(ELSEWHERE.start) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert to_utc(new_york.end) == to_utc(ELSEWHERE.end)


def test_an_end_in_the_repeated_hour_is_written_in_utc() -> None:
    # 01:30 EDT + 45 min = 01:15 EST: a TZID time there would mean the first 01:15 (EDT).
    vevent = icalendar.Calendar.from_ical(write_calendar([ELSEWHERE], stamp=STAMP)).events[0]
    assert vevent["DTSTART"].params["TZID"] == "America/New_York"
    assert vevent["DTEND"].dt == datetime(2026, 11, 1, 6, 15, tzinfo=UTC)


def test_stamps_sequence_and_uid_are_written() -> None:
    vevent = icalendar.Calendar.from_ical(write_calendar([TRICKY], stamp=STAMP)).events[0]
    assert str(vevent["UID"]) == "meeting-7@0f0e-db"
    assert vevent["DTSTAMP"].dt == TRICKY.last_modified  # the record's change: same bytes
    undated = replace(TRICKY, last_modified=None)
    again = icalendar.Calendar.from_ical(write_calendar([undated], stamp=STAMP)).events[0]
    assert again["DTSTAMP"].dt == STAMP
    assert vevent["SEQUENCE"] == 4
    assert vevent["LAST-MODIFIED"].dt == TRICKY.last_modified
    assert [str(a) for a in vevent["ATTENDEE"]] == ["mailto:zoe@example.com", "mailto:li@example.cn"]


def test_all_day_events_are_dates_and_timed_ones_are_not() -> None:
    calendar = icalendar.Calendar.from_ical(write_calendar([DAY, IN_UTC], stamp=STAMP))
    day, timed = calendar.events
    assert day["DTSTART"].dt == date(2026, 3, 29) and not isinstance(day["DTSTART"].dt, datetime)
    assert day["DTEND"].dt == date(2026, 3, 30)
    assert timed["DTSTART"].dt == datetime(2026, 7, 1, 9, tzinfo=UTC)
    assert timed["DTEND"].dt == datetime(2026, 7, 1, 9, 15, tzinfo=UTC)


def test_control_bytes_never_reach_the_file() -> None:
    nasty = Event(uid="x", summary="Evil\x1b]52;c;AAAA\x07 name\u202e", start=date(2026, 1, 1))
    data = write_calendar([nasty], stamp=STAMP)
    assert b"\x1b" not in data and b"\x07" not in data and "\u202e".encode() not in data
    assert read_calendar(data)[0][0].summary == "Evil]52;c;AAAA name"


def test_a_timed_event_needs_an_aware_start() -> None:
    with pytest.raises(ValueError):
        Event(uid="x", summary="naive", start=datetime(2026, 1, 1, 9))


# --- reading what other programs write -----------------------------------------


def test_reads_zones_by_iana_windows_and_the_files_own_definition() -> None:
    data = crlf("""BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Custom Plus Two
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0200
TZOFFSETTO:+0200
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:a
SUMMARY:London
DTSTART;TZID=Europe/London:20260328T100000
DURATION:PT1H30M
END:VEVENT
BEGIN:VEVENT
UID:b
SUMMARY:Outlook
DTSTART;TZID=W. Europe Standard Time:20260328T100000
DTEND;TZID=W. Europe Standard Time:20260328T103000
END:VEVENT
BEGIN:VEVENT
UID:c
SUMMARY:Custom
DTSTART;TZID=Custom Plus Two:20260328T100000
END:VEVENT
BEGIN:VEVENT
UID:d
SUMMARY:Floating
DTSTART:20260328T100000
END:VEVENT
END:VCALENDAR
""")
    events, problems = read_calendar(data, default_zone="Asia/Tokyo")
    assert problems == []
    london, outlook, custom, floating = events
    assert (london.zone, london.duration) == ("Europe/London", timedelta(minutes=90))
    assert outlook.zone == "Europe/Berlin" and outlook.duration == timedelta(minutes=30)
    assert custom.zone == "UTC" and custom.start == datetime(2026, 3, 28, 8, tzinfo=UTC)
    assert custom.duration is None
    assert floating.zone == "Asia/Tokyo" and floating.start.hour == 10


def test_folded_lines_attendees_alarms_and_unknown_properties() -> None:
    data = wrap("""UID:x
SUMMARY:A long sum
 mary with a fold
DTSTART;VALUE=DATE:20260401
ATTENDEE;CN="Doe, Jane";ROLE=REQ-PARTICIPANT:MAILTO:Jane.Doe@Example.COM
ATTENDEE;EMAIL=bob@example.com:urn:uuid:1234
ATTENDEE:mailto:jane.doe@example.com
ATTACH;ENCODING=BASE64;VALUE=BINARY:""" + "A" * 300_000 + """
X-ALT-DESC;FMTTYPE=text/html:<b>hi</b>
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:not the event's description
TRIGGER:-PT15M
END:VALARM
STATUS:CANCELLED
RRULE:FREQ=WEEKLY""")
    [event], problems = read_calendar(data)
    assert problems == []
    assert event.summary == "A long summary with a fold"
    assert event.all_day and event.start == date(2026, 4, 1) and event.end == date(2026, 4, 2)
    assert event.attendees == ("jane.doe@example.com", "bob@example.com")
    assert event.description == ""
    assert event.cancelled and event.repeats


# --- bad input -----------------------------------------------------------------


def test_a_malformed_event_is_reported_with_its_line_and_the_others_kept() -> None:
    data = wrap(
        "UID:good-1\nSUMMARY:First\nDTSTART:20260401T090000Z",
        "UID:bad\nSUMMARY:Broken\nDTSTART:2026-04-01 nine",
        "UID:no-start\nSUMMARY:Nothing",
        "UID:backwards\nDTSTART:20260401T100000Z\nDTEND:20260401T090000Z",
        "UID:nowhere\nDTSTART;TZID=Mars/Olympus:20260401T100000",
        "UID:good-2\nSUMMARY:Last\nDTSTART:20260402T090000Z",
    )
    events, problems = read_calendar(data)
    assert [e.uid for e in events] == ["good-1", "good-2"]
    assert [(p.line, p.event) for p in problems] == [(12, 2), (14, 3), (21, 4), (25, 5)]
    assert "DTSTART '2026-04-01 nine' is not a date or a time" in problems[0].message
    assert "no start" in problems[1].message
    assert "ends before it starts" in problems[2].message
    assert "'Mars/Olympus'" in problems[3].message
    for problem in problems:
        assert "\n" not in problem.message and "Traceback" not in problem.message


def test_an_event_without_end_is_skipped_and_the_next_one_kept() -> None:
    data = crlf("""BEGIN:VCALENDAR
BEGIN:VEVENT
UID:open
DTSTART:20260401T090000Z
BEGIN:VEVENT
UID:closed
DTSTART:20260401T100000Z
END:VEVENT
BEGIN:VEVENT
UID:cut-off
DTSTART:20260401T110000Z
""")
    events, problems = read_calendar(data)
    assert [e.uid for e in events] == ["closed"]
    assert problems == [
        Problem(2, 1, "this event has no END:VEVENT before the next one (line 5); skipped"),
        Problem(9, 3, "this event has no END:VEVENT; skipped"),
    ]


def test_a_huge_field_skips_its_event_and_a_huge_file_is_refused() -> None:
    data = wrap("UID:big\nDTSTART:20260401T090000Z\nDESCRIPTION:" + "x" * 2_000,
                "UID:small\nDTSTART:20260401T090000Z\nDESCRIPTION:short")
    events, problems = read_calendar(data, max_field=1_000)
    assert [e.uid for e in events] == ["small"]
    assert problems == [Problem(7, 1, "DESCRIPTION is longer than 1,000 characters; "
                                      "the event was skipped")]
    events, problems = read_calendar(data, max_bytes=100)
    assert events == [] and problems[0].event == 0 and "not read" in problems[0].message


def test_more_events_than_the_cap_are_reported_not_read() -> None:
    data = wrap(*[f"UID:n{i}\nDTSTART:20260401T090000Z" for i in range(5)])
    events, problems = read_calendar(data, max_events=3)
    assert len(events) == 3
    assert len(problems) == 1 and "more than 3 events" in problems[0].message


@pytest.mark.parametrize("data", [b"", b"hello world\r\n", b"\x00\xff\xfe garbage", b"BEGIN:VCARD\r\n"])
def test_what_is_not_a_calendar_is_said_so(data: bytes) -> None:
    events, problems = read_calendar(data)
    assert events == []
    assert [p.message for p in problems] == ["this is not an iCalendar file (no BEGIN:VCALENDAR)"]


def test_bom_bare_newlines_and_windows_1252_are_read() -> None:
    data = b"\xef\xbb\xbf" + wrap("UID:x\nSUMMARY:Café\nDTSTART:20260401T090000Z")
    assert read_calendar(data.replace(b"\r\n", b"\n"))[0][0].summary == "Café"
    latin = wrap("UID:x\nSUMMARY:Café\nDTSTART:20260401T090000Z").replace("é".encode(), b"\xe9")
    assert read_calendar(latin)[0][0].summary == "Café"
