"""Dates and times: stored as aware UTC, shown in local time, one clock.

Why: naive datetimes silently shift by hours when a server, a laptop and a
database disagree about the zone, and "due today" lists break twice a year at
DST changes.  So every instant here is timezone-aware, conversion goes
through :mod:`zoneinfo`, and all code asks *this* module what time it is, so
tests and the demo seed can pin the clock.

Clock precedence (highest first), evaluated on every call:

1. a moment fixed with :func:`fix_now` / :func:`fixed_now`;
2. the ``TUICRM_TODAY=YYYY-MM-DD`` environment variable: that day at 09:00
   local time;
3. the real system clock, moved by ``TUICRM_CLOCK_SHIFT`` seconds if set.

The shift is how the test suite pins "now" (``tests/conftest.py``): the clock
still ticks, so stamps keep their order, and a subprocess started by a test
inherits the variable and agrees with the test on what time it is, even when
the machine's clock is moved years ahead.

Local zone precedence: :func:`set_local_zone` override, then the
``TUICRM_TZ`` environment variable, then the system zone (``TZ`` variable,
the ``/etc/localtime`` link target, else UTC; detected once and cached).
"""

from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tuicrm.patterns import LazyPattern

__all__ = [
    "DateError", "add_days", "add_months", "day_bounds_utc", "fix_now",
    "fixed_now", "format_date", "format_datetime_local", "humanize_delta",
    "local_datetime", "local_parts", "local_zone", "now", "parse_date", "parse_time",
    "set_local_zone", "start_of_day", "to_local", "to_utc", "today", "utcnow",
]

Zone = str | tzinfo | None


class DateError(ValueError):
    """A bad date, time or zone; the message is meant for the user."""


# --- zones ---------------------------------------------------------------

_zone_override: ZoneInfo | None = None


def _zoneinfo(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DateError(f"Unknown time zone {name!r}") from exc


@cache
def _system_zone() -> ZoneInfo:
    """Best guess of the machine's zone by *name* (needed for DST rules)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    link = "/etc/localtime"  # os.path, not pathlib: this module is on the quick start path
    if os.path.islink(link):
        candidates.append(os.path.realpath(link).partition("zoneinfo/")[2])
    try:  # Debian and many containers copy the zone file and name it here
        with open("/etc/timezone", encoding="utf-8") as named:
            candidates.append(named.read().strip())
    except OSError:
        pass
    for name in filter(None, candidates):
        try:
            return _zoneinfo(name)
        except DateError:
            continue
    return ZoneInfo("UTC")


def set_local_zone(tz: str | ZoneInfo | None) -> None:
    """Override the local zone; ``None`` resets and re-detects the system zone."""
    global _zone_override
    _zone_override = _zoneinfo(tz) if isinstance(tz, str) else tz
    if tz is None:
        _system_zone.cache_clear()


def local_zone() -> ZoneInfo:
    """The zone used for display and for interpreting "today"."""
    if _zone_override is not None:
        return _zone_override
    if name := os.environ.get("TUICRM_TZ"):
        return _zoneinfo(name)
    return _system_zone()


def _zone(tz: Zone) -> tzinfo:
    if tz is None:
        return local_zone()
    return _zoneinfo(tz) if isinstance(tz, str) else tz


# --- the clock -----------------------------------------------------------

_fixed: datetime | None = None


def fix_now(moment: datetime | None) -> None:
    """Pin the clock to an aware instant, or unpin it with ``None``."""
    global _fixed
    if moment is not None:
        moment = to_utc(moment)
    _fixed = moment


@contextmanager
def fixed_now(moment: datetime | None) -> Iterator[datetime | None]:
    """Pin the clock inside a ``with`` block, restoring the previous pin."""
    global _fixed
    previous = _fixed
    fix_now(moment)
    try:
        yield moment
    finally:
        _fixed = previous


def utcnow() -> datetime:
    """The current instant, aware, in UTC (honours the fixed clock)."""
    if _fixed is not None:
        return _fixed
    if env := os.environ.get("TUICRM_TODAY", "").strip():
        try:
            day = date.fromisoformat(env)
        except ValueError:
            raise DateError(f"TUICRM_TODAY={env!r} is not a YYYY-MM-DD date") from None
        return to_utc(local_datetime(day, time(9)))
    if shift := os.environ.get("TUICRM_CLOCK_SHIFT", "").strip():
        try:
            return datetime.now(UTC) + timedelta(seconds=float(shift))
        except (ValueError, OverflowError):
            raise DateError(f"TUICRM_CLOCK_SHIFT={shift!r} is not a number of seconds") from None
    return datetime.now(UTC)


def now() -> datetime:
    """The current instant in the local zone."""
    return utcnow().astimezone(local_zone())


def today() -> date:
    """The local calendar date; the one source of "today" for the app."""
    return now().date()


# --- conversions ---------------------------------------------------------


def to_utc(dt: datetime) -> datetime:
    """Convert an aware datetime to UTC; refuse naive ones (zone unknown)."""
    if not isinstance(dt, datetime):
        raise DateError(f"{dt!r} is not a date and time")
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise DateError(f"Got a time without a zone: {dt.isoformat(' ')}")
    return dt.astimezone(UTC)


def aware(moment: datetime | str) -> datetime:
    """A stored moment as an aware UTC datetime: SQL aggregates may bypass the
    column type on SQLite and give naive UTC, or its text."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_local(dt: datetime, tz: Zone = None) -> datetime:
    """Show an aware instant in ``tz`` (default: the local zone)."""
    return to_utc(dt).astimezone(_zone(tz))


def local_parts(moment: datetime, tz: Zone = None) -> tuple[str, str]:
    """A stored instant as the ("YYYY-MM-DD", "HH:MM") a wall clock in ``tz`` shows."""
    local = to_local(moment, tz)
    return local.date().isoformat(), local.strftime("%H:%M")


def local_datetime(d: date, t: time, tz: Zone = None) -> datetime:
    """The aware instant a wall clock in ``tz`` shows ``t`` on day ``d``.

    In a DST gap (02:30 when clocks jump 02:00->03:00) the time is shifted
    forward like a wall clock (03:30); in an overlap the first occurrence
    (fold=0, summer time) is taken.  The UTC round trip does the shift.
    Compare results with :func:`to_utc` applied: Python's ``==`` across zones
    is always False for an ambiguous wall time (PEP 495).
    """
    zone = _zone(tz)
    wall = datetime.combine(d, t.replace(tzinfo=None, fold=0), tzinfo=zone)
    return wall.astimezone(UTC).astimezone(zone)


def start_of_day(d: date, tz: Zone = None) -> datetime:
    """Local midnight, or the first existing instant where midnight is skipped."""
    return local_datetime(d, time(0), tz)


def day_bounds_utc(d: date, tz: Zone = None) -> tuple[datetime, datetime]:
    """UTC ``[start, next start)`` of local day ``d``: 23, 24 or 25 hours."""
    return to_utc(start_of_day(d, tz)), to_utc(start_of_day(d + timedelta(days=1), tz))


# --- calendar arithmetic -------------------------------------------------


def add_days(d: date, n: int) -> date:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        raise DateError("That date is out of range") from None


def add_months(d: date, n: int) -> date:
    """Same day ``n`` months later, clamped to month end (Jan 31 + 1 = Feb 28/29)."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    if not 1 <= year <= 9999:
        raise DateError("That date is out of range")
    return date(year, month0 + 1, min(d.day, calendar.monthrange(year, month0 + 1)[1]))


# --- parsing and formatting ----------------------------------------------

_UNITS = {"d": "d", "day": "d", "w": "w", "week": "w", "m": "m", "month": "m",
          "y": "y", "year": "y"}
_NAMED = {"today": 0, "tomorrow": 1, "yesterday": -1}
# English on purpose (not calendar.day_name, which follows the locale): 0 = Monday.
_WEEKDAYS = {name: number for number, full in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    for name in (full, full[:3])}
_NEXT_WEEKDAY = LazyPattern(r"(?:next\s+)?(?P<day>[a-z]+)")
_ABSOLUTE = [
    (LazyPattern(r"(\d{4})-(\d{1,2})-(\d{1,2})"), (1, 2, 3)),
    (LazyPattern(r"(\d{4})/(\d{1,2})/(\d{1,2})"), (1, 2, 3)),
    (LazyPattern(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), (3, 2, 1)),
]
_RELATIVE = [
    LazyPattern(r"(?P<sign>[+-]?)\s*(?P<n>\d+)\s*(?P<unit>[dwmy])"),
    LazyPattern(r"in\s+(?P<n>\d+)\s+(?P<unit>day|week|month|year)s?"),
    LazyPattern(r"(?P<n>\d+)\s+(?P<unit>day|week|month|year)s?\s+(?P<sign>ago)"),
]


def _shift(base: date, n: int, unit: str) -> date:
    if unit in ("m", "y"):
        return add_months(base, n * (12 if unit == "y" else 1))
    return add_days(base, n * (7 if unit == "w" else 1))


def parse_date(text: str, *, today: date | None = None) -> date:
    """Parse "2026-11-22", "22.11.2026", "2026/11/22", "today", "tomorrow",
    "yesterday", "+3d", "-2w", "+1m", "in 3 days", "2 weeks ago", or a weekday:
    "friday", "fri" or "next friday".

    Relative forms count from ``today`` (default: the module clock). A weekday is
    the first such day strictly after today, with or without "next": "friday" typed
    on a Friday is a week later, never today.
    """
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise DateError("Enter a date")
    word = raw.lower()
    base = today if today is not None else now().date()
    if word in _NAMED:
        return add_days(base, _NAMED[word])
    for pattern, order in _ABSOLUTE:
        if m := pattern.fullmatch(word):
            y, mo, d = (int(m.group(i)) for i in order)
            try:
                return date(y, mo, d)
            except ValueError:
                break
    for pattern in _RELATIVE:
        if m := pattern.fullmatch(word):
            n = int(m["n"]) * (-1 if m.groupdict().get("sign") in ("-", "ago") else 1)
            return _shift(base, n, _UNITS[m["unit"]])
    if (m := _NEXT_WEEKDAY.fullmatch(word)) and m["day"] in _WEEKDAYS:
        return add_days(base, (_WEEKDAYS[m["day"]] - base.weekday() - 1) % 7 + 1)
    raise DateError(f"'{raw}' is not a date")


_TIME = LazyPattern(
    r"(?P<h>\d{1,2})(?:[:h.](?P<m>\d{2}))?\s*(?P<suffix>[ap]\.?m\.?|h)?", re.IGNORECASE
)


def parse_time(text: str) -> time:
    """Parse "9", "9:30", "09:30", "14h", "14h30", "2pm" or "2:30 pm"."""
    raw = text.strip() if isinstance(text, str) else ""
    if not raw:
        raise DateError("Enter a time")
    m = _TIME.fullmatch(raw)
    if m:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        suffix = (m["suffix"] or "").lower().replace(".", "")
        if suffix in ("am", "pm"):
            hour = hour % 12 + (12 if suffix == "pm" else 0) if 1 <= hour <= 12 else 99
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise DateError(f"'{raw}' is not a time")


def format_date(d: date) -> str:
    """ISO form: sortable, unambiguous in every locale."""
    return d.isoformat()


def format_datetime_local(dt: datetime, tz: Zone = None) -> str:
    """An aware instant as local wall time, e.g. "2026-11-22 14:30"."""
    return to_local(dt, tz).strftime("%Y-%m-%d %H:%M")


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == 1 else "s")


#: The year a day without its year is stored in (a birthday given as "--04-15"):
#: a leap year, so 29 February fits, long before any real birthday, as Apple
#: Contacts does.
NO_YEAR = 1604


def day_words(day: date) -> str:
    """A birthday or anniversary as read: "15 Apr 1985", or "15 Apr" without its year."""
    return f"{day.day} {day:%b}" if day.year == NO_YEAR else f"{day.day} {day:%b %Y}"


def parse_yearly_day(text: str) -> date:
    """A birthday or anniversary as typed: a date ("1985-04-15", "15.04.1985"), or a
    day without its year ("15.04.", "--04-15", "04-15"). Raises DateError."""
    day = read_day(text)
    if day is None:
        return parse_date(text)  # says "Enter a date"
    return day


def next_yearly(day: date, after: date) -> date:
    """The first day on or after ``after`` that is ``day``'s day of the year (29
    February falls on 28 February in other years)."""
    for year in (after.year, after.year + 1):
        try:
            candidate = date(year, day.month, day.day)
        except ValueError:
            candidate = date(year, 2, 28)
        if candidate >= after:
            return candidate
    raise AssertionError("a year always has the day")  # pragma: no cover


_ISO = LazyPattern(r"(\d{4}|-)-?-?(\d{2})-?(\d{2})(?:[T ].*)?")
_MONTH_DAY = LazyPattern(r"(\d{2})-(\d{2})")  # our own CSV export's day without its year
_DOTTED = LazyPattern(r"(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?(\d{4}|\d{2}))?")
_SLASHED = LazyPattern(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?: .*)?")
_SLASHED_ANYWHERE = LazyPattern(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_EMPTY_DAYS = frozenset({"0/0/00", "0/0/0000", "0.0.00", "0.0.0000", "00.00.0000", "0000-00-00"})


def infer_date_order(texts: Iterable[str]) -> str | None:
    """ "dmy" or "mdy" when the file's slashed dates show it (a part above 12), else None."""
    day_first = month_first = False
    for text in texts:
        if match := _SLASHED_ANYWHERE.search(text or ""):
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12
            month_first |= second > 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None



def read_day(text: str | date | None, order: str | None = None) -> date | None:
    """A birthday or anniversary as another tool (or a person) writes it: ISO
    ("1985-04-15", with a time after it or not), vCard ("19850415", "--0415", no
    year), Google ("--04-15"), our CSV export ("04-15"), dotted ("15.04.1985",
    "15.04."), slashed ("4/15/1985": which part is the day is ``order``, "dmy" or
    "mdy", for a whole file :func:`infer_date_order`; one that could be either is
    refused, never guessed). A day without its year is in the year ``NO_YEAR``;
    None for an empty cell (Outlook writes "0/0/00"). Raises DateError."""
    if text is None or isinstance(text, date):
        return text
    raw = " ".join(text.split())
    if not raw or raw in _EMPTY_DAYS:
        return None
    if match := _ISO.fullmatch(raw):
        year = NO_YEAR if match.group(1) == "-" else int(match.group(1))
        return _day_of(raw, year, int(match.group(2)), int(match.group(3)))
    if match := _MONTH_DAY.fullmatch(raw):
        return _day_of(raw, NO_YEAR, int(match.group(1)), int(match.group(2)))
    if match := _DOTTED.fullmatch(raw):
        return _day_of(raw, _year_of(match.group(3)), int(match.group(2)), int(match.group(1)))
    if match := _SLASHED.fullmatch(raw):
        a, b = int(match.group(1)), int(match.group(2))
        if order is None and a <= 12 and b <= 12 and a != b:
            raise DateError(f"{raw!r} could be either day/month or month/day: write it as "
                          "YYYY-MM-DD")
        day_first = order == "dmy" or (order is None and a > 12)
        month, day = (b, a) if day_first else (a, b)
        return _day_of(raw, _year_of(match.group(3)), month, day)
    raise DateError(f"{raw!r} is not a date")


def _year_of(text: str | None) -> int:
    if not text:
        return NO_YEAR
    year = int(text)
    return year + (1900 if year > 30 else 2000) if len(text) == 2 else year


def _day_of(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"{raw!r} is not a date") from None


def humanize_delta(d: date, *, today: date | None = None) -> str:
    """Relative wording for lists: "today", "in 3 days", "2 weeks ago"."""
    base = today if today is not None else now().date()
    days = (d - base).days
    if days in (0, 1, -1):
        return {0: "today", 1: "tomorrow", -1: "yesterday"}[days]
    n = abs(days)
    if n < 14:
        text = _count(n, "day")
    elif n < 60:
        text = _count(n // 7, "week")
    elif n < 365:
        text = _count(n // 30, "month")
    else:
        text = _count(n // 365, "year")
    return f"in {text}" if days > 0 else f"{text} ago"

