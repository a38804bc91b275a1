"""The pieces of reading a .ics file (:func:`tuicrm.interop.ical.read_calendar`).

First the file is split into its events' lines, keeping line numbers: lines
are unfolded, each VEVENT's lines are collected with the physical line they
began on, nested components (VALARM) are dropped, and each VTIMEZONE is kept
by its TZID. Only the properties an event is made of are kept, and the size
caps apply to those alone, so a large ATTACH or X-ALT-DESC costs nothing. An
event that breaks a cap or has no END:VEVENT becomes a :class:`Problem`.

Then each event's values are taken from what ``icalendar`` parsed, cleaned
(:func:`~tuicrm.textclean.clean_text`) and checked; a value an event cannot
do without (its start, its end) that is wrong raises :class:`EventProblem`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone import tzp

from tuicrm import dates
from tuicrm.textclean import clean_text

MAX_ATTENDEES = 1_000


class Problem(NamedTuple):
    """Something in the file that was not read: its line, event number (0: the file), why."""

    line: int
    event: int
    message: str


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"([A-Za-z0-9-]+)[ \t]*(?=[;:])")
# The properties an Event is made of; everything else is dropped unread.
_READ = frozenset({"UID", "SUMMARY", "DESCRIPTION", "LOCATION", "DTSTART", "DTEND",
                   "DURATION", "SEQUENCE", "LAST-MODIFIED", "ATTENDEE", "STATUS",
                   "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"})


class Line(NamedTuple):
    """One unfolded line and the physical line it began on."""

    number: int
    name: str  # upper-cased, "" if the line is not NAME[;params]:value
    text: str
    too_long: bool


def _logical_lines(text: str, limit: int) -> Iterator[Line]:
    """Unfolded lines with the physical line each began on; longer than ``limit``: cut."""
    number, pieces, size = 0, [], 0
    for index, raw in enumerate(_LINE_BREAK.split(text), 1):
        if raw[:1] in (" ", "\t") and pieces:
            size += len(raw) - 1
            if size <= limit:
                pieces.append(raw[1:])
            continue
        if pieces:
            yield _line(number, "".join(pieces), size > limit)
        number, pieces, size = index, [raw[: limit + 1]], len(raw)
    if pieces:
        yield _line(number, "".join(pieces), size > limit)


def _line(number: int, text: str, too_long: bool) -> Line:
    match = _NAME.match(text)
    return Line(number, match.group(1).upper() if match else "", text, too_long)


@dataclass
class Block:
    """The lines read of one VEVENT, or the problem that rules it out."""

    line: int
    number: int  # the how-manieth VEVENT of the file
    lines: list[Line] = field(default_factory=list)
    problem: Problem | None = None
    attendees: int = 0


@dataclass
class Split:
    """A whole file: its events, its own time zones and what was wrong."""

    events: list[Block] = field(default_factory=list)
    zones: dict[str, list[str]] = field(default_factory=dict)  # TZID -> VTIMEZONE lines
    problems: list[Problem] = field(default_factory=list)


def split_calendar(text: str, *, max_field: int, max_events: int) -> Split:
    """The file's VEVENTs (the properties read) and VTIMEZONEs, by line."""
    out = Split()
    event: Block | None = None
    zone: list[str] | None = None
    nested = 0  # depth of components inside the open VEVENT or VTIMEZONE (VALARM...)
    started, calendar_seen = 0, False
    for line in _logical_lines(text, max_field + 1_000):
        word = line.text.partition(":")[2].strip().upper() if line.name in ("BEGIN", "END") else ""
        if line.name == "BEGIN":
            if word == "VCALENDAR":
                calendar_seen = True
                continue
            if event is not None and word == "VEVENT" and not nested:
                out.problems.append(Problem(event.line, event.number, "this event has no "
                                            f"END:VEVENT before the next one (line {line.number}); skipped"))
                event = None
            elif event is not None or zone is not None:
                nested += 1
                if zone is not None:
                    zone.append(line.text)
                continue
            if word == "VEVENT":
                if started >= max_events:
                    out.problems.append(Problem(line.number, 0, f"more than {max_events:,} events; "
                                                "this one and the rest were not read"))
                    break
                started += 1
                event = Block(line.number, started)
            elif word == "VTIMEZONE":
                zone = [line.text]
        elif line.name == "END":
            if nested:
                nested -= 1
                if zone is not None:
                    zone.append(line.text)
            elif word == "VEVENT" and event is not None:
                out.events.append(event)
                event = None
            elif word == "VTIMEZONE" and zone is not None:
                _keep_zone(out.zones, [*zone, line.text])
                zone = None
        elif zone is not None:
            zone.append(line.text)
        elif event is not None and not nested and line.name in _READ and event.problem is None:
            _add_property(event, line, max_field)
    if event is not None:
        out.problems.append(Problem(event.line, event.number, "this event has no END:VEVENT; skipped"))
    if not calendar_seen and started == 0:
        out.problems.append(Problem(1, 0, "this is not an iCalendar file (no BEGIN:VCALENDAR)"))
    return out


def _keep_zone(zones: dict[str, list[str]], lines: list[str]) -> None:
    for text in lines:
        if _line(0, text, False).name == "TZID":
            zones.setdefault(text.partition(":")[2].strip(), lines)
            return


def _add_property(event: Block, line: Line, max_field: int) -> None:
    value = line.text.partition(":")[2]
    if line.too_long or len(value) > max_field:
        event.problem = Problem(line.number, event.number, f"{line.name} is longer than "
                                f"{max_field:,} characters; the event was skipped")
    elif line.name == "ATTENDEE" and event.attendees >= MAX_ATTENDEES:
        event.problem = Problem(line.number, event.number, f"more than {MAX_ATTENDEES:,} "
                                "attendees; the event was skipped")
    else:
        event.attendees += line.name == "ATTENDEE"
        event.lines.append(line)


# --- values ---------------------------------------------------------------------


class EventProblem(Exception):
    """Why one event cannot be read, and the line that shows it."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


class Zones:
    """The file's own VTIMEZONEs, made into tzinfo objects when first used.

    Made with ``create_timezone``, which caches nothing: a zone called
    "Custom" in this file never borrows the "Custom" of a file read earlier.
    """

    def __init__(self, definitions: dict[str, list[str]]) -> None:
        self._definitions = definitions
        self._made: dict[str, tzinfo | None] = {}

    def get(self, tzid: str) -> tzinfo | None:
        if tzid not in self._made:
            self._made[tzid] = self._make(tzid)
        return self._made[tzid]

    def _make(self, tzid: str) -> tzinfo | None:
        lines = self._definitions.get(tzid)
        if lines is None:
            return None
        try:
            component = icalendar.Timezone.from_ical("".join(f"{x}\r\n" for x in lines))
            return tzp.create_timezone(component)
        except Exception:  # noqa: BLE001 - any failure on a hostile file means "no such zone"
            return None


def first(component: icalendar.Event, name: str) -> Any:
    """The property ``name`` (the first one, if the event has several), or None."""
    value = component.get(name)
    return (value[0] if value else None) if isinstance(value, list) else value


def moment(prop: Any, line: Line, zones: Zones, floating: tzinfo) -> datetime | date:
    """A DTSTART/DTEND as a date or an aware datetime; a TZID only the file defines uses its definition."""
    value = getattr(prop, "dt", None) if not isinstance(prop, icalendar.vBroken) else None
    if not isinstance(value, date):  # a broken value, a period, a bare time
        shown = clean_text(line.text.partition(":")[2], multiline=False)[:40]
        raise EventProblem(line.number, f"{line.name} '{shown}' is not a date or a time; "
                                         "the event was skipped")
    if not isinstance(value, datetime):
        return value
    tzid = prop.params.get("TZID")
    if tzid and not isinstance(value.tzinfo, ZoneInfo):
        zone = zones.get(tzid)
        if zone is None:
            raise EventProblem(line.number, f"{line.name} is in time zone '{tzid}', which is "
                                "neither known nor defined in the file; the event was skipped")
        return dates.local_datetime(value.date(), value.time(), zone)
    if value.tzinfo is None:
        return dates.local_datetime(value.date(), value.time(), floating)
    return value


def duration(
    component: icalendar.Event, start: datetime | date, end: datetime | date | None,
    lines: dict[str, Line],
) -> timedelta | None:
    """How long the event lasts, from DTEND or DURATION; None for a timed event with neither."""
    timed = isinstance(start, datetime)
    if end is not None:
        if isinstance(end, datetime) != timed:
            raise EventProblem(lines["DTEND"].number, "DTSTART and DTEND must both be days "
                                "or both be times; the event was skipped")
        span = dates.to_utc(end) - dates.to_utc(start) if timed else end - start  # type: ignore[arg-type,operator]
    elif "DURATION" in lines:
        span = getattr(first(component, "DURATION"), "dt", None)
        if not isinstance(span, timedelta):
            raise EventProblem(lines["DURATION"].number, "DURATION is not a length of time; "
                                "the event was skipped")
    else:
        return None if timed else timedelta(days=1)  # RFC 5545: a day event lasts the day
    if span < timedelta(0):
        where = lines.get("DTEND") or lines["DURATION"]
        raise EventProblem(where.number, "the event ends before it starts; skipped")
    return span


def text(component: icalendar.Event, name: str, *, multiline: bool = False) -> str:
    """A TEXT value, unescaped by icalendar and cleaned of control characters."""
    value = first(component, name)
    return clean_text(str(value), multiline=multiline) if value is not None else ""


def whole_number(prop: Any) -> int:
    """An INTEGER such as SEQUENCE; 0 when missing or not a number (it is not worth an event)."""
    try:
        return max(0, min(int(prop), 2**31 - 1))
    except (TypeError, ValueError):
        return 0


def utc(prop: Any) -> datetime | None:
    """A UTC stamp such as LAST-MODIFIED, or None."""
    value = getattr(prop, "dt", None)
    if not isinstance(value, datetime):
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def attendees(component: icalendar.Event) -> tuple[str, ...]:
    """The attendees' e-mail addresses, lower-cased, each once; other URIs are dropped."""
    values = component.get("ATTENDEE") or []
    found: list[str] = []
    for value in values if isinstance(values, list) else [values]:
        params = getattr(value, "params", {})
        address = str(params.get("EMAIL") or value)  # RFC 7986 EMAIL wins over the URI
        if address[:7].lower() == "mailto:":
            address = address[7:]
        address = clean_text(address, multiline=False).lower()
        if "@" in address and " " not in address and address not in found:
            found.append(address)
    return tuple(found)
