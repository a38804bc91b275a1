"""Tests for tuicrm.dates: aware UTC storage, DST edges, the fixable clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuicrm.dates import (
    DateError,
    add_days,
    add_months,
    day_bounds_utc,
    fix_now,
    fixed_now,
    format_date,
    format_datetime_local,
    humanize_delta,
    local_datetime,
    local_zone,
    now,
    parse_date,
    parse_time,
    set_local_zone,
    start_of_day,
    to_local,
    to_utc,
    today,
    utcnow,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = timedelta(hours=1)


@pytest.fixture(autouse=True)
def _clean_clock(monkeypatch: pytest.MonkeyPatch):
    """Every test starts from the real clock and the system zone."""
    monkeypatch.delenv("TUICRM_TODAY", raising=False)
    monkeypatch.delenv("TUICRM_TZ", raising=False)
    fix_now(None)
    set_local_zone(None)
    yield
    fix_now(None)
    set_local_zone(None)


# --- DST edges -------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "zone", "hours"),
    [
        (date(2026, 3, 29), "Europe/Berlin", 23),
        (date(2026, 10, 25), "Europe/Berlin", 25),
        (date(2026, 6, 1), "Europe/Berlin", 24),
        (date(2026, 3, 8), "America/New_York", 23),
        (date(2026, 11, 1), "America/New_York", 25),
    ],
)
def test_day_bounds_length(day: date, zone: str, hours: int) -> None:
    start, end = day_bounds_utc(day, zone)
    assert start.tzinfo is UTC and end.tzinfo is UTC
    assert end - start == timedelta(hours=hours)
    assert to_local(start, zone) == datetime.combine(day, time(0), ZoneInfo(zone))


def test_day_bounds_values_berlin() -> None:
    assert day_bounds_utc(date(2026, 3, 29), BERLIN) == (
        datetime(2026, 3, 28, 23, tzinfo=UTC),
        datetime(2026, 3, 29, 22, tzinfo=UTC),
    )


def test_day_bounds_default_to_local_zone() -> None:
    set_local_zone("Europe/Berlin")
    start, end = day_bounds_utc(date(2026, 10, 25))
    assert (start, end - start) == (datetime(2026, 10, 24, 22, tzinfo=UTC), 25 * HOUR)


@pytest.mark.parametrize(
    ("day", "zone", "utc"),
    [
        (date(2026, 3, 29), BERLIN, datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
        (date(2026, 3, 8), NEW_YORK, datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
    ],
)
def test_local_datetime_in_gap_shifts_forward(
    day: date, zone: ZoneInfo, utc: datetime
) -> None:
    dt = local_datetime(day, time(2, 30), zone)  # 02:30 does not exist that day
    assert (dt.hour, dt.minute) == (3, 30)
    assert dt == utc


@pytest.mark.parametrize(
    ("day", "zone", "utc"),
    [
        (date(2026, 10, 25), BERLIN, datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        (date(2026, 11, 1), NEW_YORK, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ],
)
def test_local_datetime_in_overlap_takes_first(
    day: date, zone: ZoneInfo, utc: datetime
) -> None:
    t = time(2, 30) if zone is BERLIN else time(1, 30)  # happens twice that day
    dt = local_datetime(day, t, zone)
    # Compare in UTC: Python's == between zones is always False for ambiguous times.
    assert to_utc(dt) == utc
    assert (dt.hour, dt.minute, dt.fold) == (t.hour, 30, 0)


def test_local_datetime_ordinary_time_unchanged() -> None:
    dt = local_datetime(date(2026, 7, 1), time(14, 30), "Europe/Berlin")
    assert dt == datetime(2026, 7, 1, 12, 30, tzinfo=UTC)


def test_start_of_day_where_midnight_is_skipped() -> None:
    # Santiago springs forward at 24:00 on 2026-09-05: the 6th starts at 01:00.
    start = start_of_day(date(2026, 9, 6), "America/Santiago")
    assert (start.date(), start.hour) == (date(2026, 9, 6), 1)
    assert start == datetime(2026, 9, 6, 4, tzinfo=UTC)
    assert start_of_day(date(2026, 9, 7), "America/Santiago").hour == 0


def test_to_utc_to_local_round_trip_across_change() -> None:
    base = datetime(2026, 10, 24, 22, tzinfo=UTC)  # Berlin midnight before fall back
    locals_ = [to_local(base + i * HOUR, BERLIN) for i in range(6)]
    assert [to_utc(x) for x in locals_] == [base + i * HOUR for i in range(6)]
    # Wall clock shows 02:xx twice, with different offsets.
    assert [x.hour for x in locals_] == [0, 1, 2, 2, 3, 4]
    assert {x.utcoffset() for x in locals_ if x.hour == 2} == {2 * HOUR, HOUR}


@pytest.mark.parametrize("func", [to_utc, to_local, format_datetime_local])
def test_naive_datetimes_refused(func) -> None:
    with pytest.raises(DateError, match="a time without a zone"):
        func(datetime(2026, 1, 1, 12))


def test_format_datetime_local() -> None:
    moment = datetime(2026, 11, 22, 13, 30, tzinfo=UTC)
    assert format_datetime_local(moment, "Europe/Berlin") == "2026-11-22 14:30"
    set_local_zone(NEW_YORK)
    assert format_datetime_local(moment) == "2026-11-22 08:30"


# --- zones -------------------------------------------------------------------


def test_local_zone_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    set_local_zone(None)  # re-detect the system zone
    assert local_zone() == ZoneInfo("Asia/Tokyo")
    monkeypatch.setenv("TUICRM_TZ", "Europe/Berlin")
    assert local_zone() == BERLIN
    set_local_zone("America/New_York")
    assert local_zone() == NEW_YORK
    set_local_zone(None)
    assert local_zone() == BERLIN


def test_local_zone_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUICRM_TZ", "Mars/Olympus")
    with pytest.raises(DateError, match="Unknown time zone 'Mars/Olympus'"):
        local_zone()
    with pytest.raises(DateError, match="Unknown time zone"):
        set_local_zone("Nowhere")


# --- the clock -----------------------------------------------------------------


@pytest.mark.real_clock
def test_real_clock_is_aware_utc() -> None:
    before = datetime.now(UTC)
    assert before - HOUR < utcnow() < before + HOUR
    assert utcnow().utcoffset() == timedelta(0)
    assert now().tzinfo == local_zone()


@pytest.mark.real_clock
def test_fix_now_drives_today() -> None:
    set_local_zone(BERLIN)
    fix_now(datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    assert utcnow() == datetime(2026, 11, 22, 23, 30, tzinfo=UTC)
    assert now().hour == 0 and now().tzinfo == BERLIN
    assert today() == date(2026, 11, 23)  # already tomorrow in Berlin
    fix_now(None)
    assert abs(utcnow() - datetime.now(UTC)) < HOUR


def test_fix_now_refuses_naive() -> None:
    with pytest.raises(DateError, match="a time without a zone"):
        fix_now(datetime(2026, 11, 22, 9))


def test_fixed_now_restores_previous() -> None:
    outer = datetime(2026, 1, 1, 12, tzinfo=UTC)
    inner = datetime(2030, 6, 1, 12, tzinfo=BERLIN)
    fix_now(outer)
    with fixed_now(inner):
        assert utcnow() == inner and today() == date(2030, 6, 1)
    assert utcnow() == outer
    with pytest.raises(RuntimeError), fixed_now(inner):
        raise RuntimeError
    assert utcnow() == outer


def test_clock_shift_env_moves_the_ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUICRM_CLOCK_SHIFT", str(-365 * 86400))
    a_year_ago = datetime.now(UTC) - timedelta(days=365)
    assert abs(utcnow() - a_year_ago) < HOUR
    first = utcnow()
    assert utcnow() >= first  # it still ticks
    with fixed_now(datetime(2020, 2, 29, 12, tzinfo=UTC)):  # a fixed moment wins
        assert today() == date(2020, 2, 29)
    monkeypatch.setenv("TUICRM_CLOCK_SHIFT", "soon")
    with pytest.raises(DateError, match="TUICRM_CLOCK_SHIFT"):
        utcnow()


def test_the_suite_runs_at_its_pinned_now_in_subprocesses_too() -> None:
    """The test clock (tests/conftest.py) is an environment variable, so a CLI
    started by a test sees the same "now" as the test, whatever the machine's date."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "from tuicrm import dates; print(dates.utcnow().isoformat())"],
                         capture_output=True, text=True, check=True).stdout
    here = utcnow()
    assert here.date() == date(2026, 11, 22)  # tests/conftest.py's PINNED_NOW
    assert abs(datetime.fromisoformat(out.strip()) - here) < timedelta(minutes=1)


def test_tuicrm_today_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUICRM_TZ", "Europe/Berlin")
    monkeypatch.setenv("TUICRM_TODAY", "2026-11-22")
    assert today() == date(2026, 11, 22)
    assert now() == datetime(2026, 11, 22, 9, tzinfo=BERLIN)
    assert utcnow() == datetime(2026, 11, 22, 8, tzinfo=UTC)
    assert parse_date("tomorrow") == date(2026, 11, 23)
    # A fixed moment wins over the environment variable.
    with fixed_now(datetime(2020, 2, 29, 12, tzinfo=UTC)):
        assert today() == date(2020, 2, 29)
    monkeypatch.setenv("TUICRM_TODAY", "22/11/2026")
    with pytest.raises(DateError, match="TUICRM_TODAY"):
        today()


# --- calendar arithmetic -----------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 31), 1, date(2026, 6, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -13, date(2024, 12, 15)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 8, 31), 0, date(2026, 8, 31)),
    ],
)
def test_add_months(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected


def test_add_months_and_days_out_of_range() -> None:
    with pytest.raises(DateError):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(DateError):
        add_days(date(1, 1, 1), -1)
    assert add_days(date(2028, 2, 28), 1) == date(2028, 2, 29)


# --- parsing ---------------------------------------------------------------------

TODAY = date(2026, 1, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-22", date(2026, 11, 22)),
        ("2026-1-5", date(2026, 1, 5)),
        ("22.11.2026", date(2026, 11, 22)),
        ("2026/11/22", date(2026, 11, 22)),
        ("29.02.2028", date(2028, 2, 29)),
        ("today", TODAY),
        (" Today ", TODAY),
        ("tomorrow", date(2026, 2, 1)),
        ("yesterday", date(2026, 1, 30)),
        ("+3d", date(2026, 2, 3)),
        ("-2w", date(2026, 1, 17)),
        ("+1m", date(2026, 2, 28)),
        ("-1m", date(2025, 12, 31)),
        ("+1y", date(2027, 1, 31)),
        ("3d", date(2026, 2, 3)),
        ("in 3 days", date(2026, 2, 3)),
        ("in 1 week", date(2026, 2, 7)),
        ("in 2 months", date(2026, 3, 31)),
        ("2 days ago", date(2026, 1, 29)),
        # weekdays: the next one strictly after today (a Saturday)
        ("friday", date(2026, 2, 6)),
        ("Fri", date(2026, 2, 6)),
        ("next friday", date(2026, 2, 6)),
        (" NEXT  Fri ", date(2026, 2, 6)),
        ("sunday", date(2026, 2, 1)),
        ("mon", date(2026, 2, 2)),
        ("Tuesday", date(2026, 2, 3)),
        ("wed", date(2026, 2, 4)),
        ("thu", date(2026, 2, 5)),
        ("saturday", date(2026, 2, 7)),  # today's weekday: a week on, not today
        ("sat", date(2026, 2, 7)),
        ("next saturday", date(2026, 2, 7)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                 "sunday"]


@pytest.mark.parametrize("offset", range(7))  # today on each day of the week
def test_a_weekday_name_is_the_next_such_day_within_a_week(offset: int) -> None:
    base = date(2026, 3, 2) + timedelta(days=offset)  # Monday 2 March + offset
    for number, name in enumerate(WEEKDAY_NAMES):
        for text in (name, name[:3], f"next {name}", name.upper()):
            day = parse_date(text, today=base)
            assert day.weekday() == number, text
            assert 1 <= (day - base).days <= 7, (text, base)
            assert ((day - base).days == 7) == (number == base.weekday()), (text, base)


def test_a_weekday_name_counts_from_the_clock() -> None:
    with fixed_now(datetime(2026, 11, 20, 12, tzinfo=UTC)):  # a Friday
        set_local_zone("UTC")
        assert parse_date("friday") == date(2026, 11, 27)
        assert parse_date("mon") == date(2026, 11, 23)


def test_parse_date_uses_the_clock() -> None:
    with fixed_now(datetime(2026, 11, 22, 12, tzinfo=UTC)):
        set_local_zone("UTC")
        assert parse_date("+1w") == date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.02.2026", "'31.02.2026' is not a date"),
        ("2026-13-01", "'2026-13-01' is not a date"),
        ("2026-11-22T10:00", "'2026-11-22T10:00' is not a date"),
        ("+3x", "'+3x' is not a date"),
        ("soon", "'soon' is not a date"),
        ("frid", "'frid' is not a date"),
        ("fryday", "'fryday' is not a date"),
        ("fr", "'fr' is not a date"),
        ("next", "'next' is not a date"),
        ("next frid", "'next frid' is not a date"),
        ("nextfriday", "'nextfriday' is not a date"),
        ("last friday", "'last friday' is not a date"),
        ("friday 3", "'friday 3' is not a date"),
        ("", "Enter a date"),
    ],
)
def test_parse_date_rejects(text: str, message: str) -> None:
    with pytest.raises(DateError) as err:
        parse_date(text, today=TODAY)
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("14h", time(14)),
        ("14h30", time(14, 30)),
        ("2pm", time(14)),
        ("2:30 pm", time(14, 30)),
        ("2:30 P.M.", time(14, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("0:00", time(0)),
        ("23:59", time(23, 59)),
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "9:60", "13pm", "0am", "9:5", "noon", "9 30"])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(DateError, match=f"^'{text}' is not a time$"):
        parse_time(text)
    with pytest.raises(DateError, match="Enter a time"):
        parse_time(" ")


# --- formatting ------------------------------------------------------------------


def test_format_date() -> None:
    assert format_date(date(2026, 3, 5)) == "2026-03-05"


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (0, "today"), (1, "tomorrow"), (-1, "yesterday"), (3, "in 3 days"),
        (-5, "5 days ago"), (13, "in 13 days"), (14, "in 2 weeks"),
        (-21, "3 weeks ago"), (90, "in 3 months"), (-400, "1 year ago"),
        (800, "in 2 years"),
    ],
)
def test_humanize_delta(delta: int, text: str) -> None:
    base = date(2026, 11, 22)
    assert humanize_delta(base + timedelta(days=delta), today=base) == text


def test_humanize_delta_uses_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUICRM_TODAY", "2026-11-22")
    assert humanize_delta(date(2026, 11, 25)) == "in 3 days"


# --- properties --------------------------------------------------------------------


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
    st.sampled_from([BERLIN, NEW_YORK, ZoneInfo("America/Santiago")]),
)
def test_utc_local_round_trip(naive: datetime, zone: ZoneInfo) -> None:
    instant = naive.replace(tzinfo=UTC)
    assert to_utc(to_local(instant, zone)) == instant
    # local_datetime of the wall time shown is the same instant, unless ambiguous.
    shown = to_local(instant, zone)
    again = to_utc(local_datetime(shown.date(), shown.time(), zone))
    assert again == instant or (shown.fold == 1 and again - instant == -HOUR)


@given(st.integers(min_value=-7, max_value=13))
def test_humanize_then_parse_round_trip(delta: int) -> None:
    base = date(2026, 11, 22)
    target = base + timedelta(days=delta)
    assert parse_date(humanize_delta(target, today=base), today=base) == target

