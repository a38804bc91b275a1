"""iCalendar (RFC 5545) out and in: meetings and follow-ups as plain :class:`Event` values.

Writing builds the file with the ``icalendar`` library, which escapes text
(``\\``, ``;``, ``,``, newlines) and folds lines at 75 octets without
splitting a character. Each event's start carries the TZID of its own zone
(UTC is written with ``Z``) and the file carries a VTIMEZONE for every zone
used, covering the years of its events, so programs that do not know IANA
names still place the events right. Only one-off events are written; a
follow-up is a task (VTODO, due on its day), a meeting may carry a reminder
(VALARM), and the same events always give the same bytes.

Reading is done event by event, so one malformed VEVENT is reported as a
:class:`Problem` (with its line and its number in the file) and skipped while
the others are kept (quality.md, "Bad input"). Only the properties an
:class:`Event` is made of are read; the size cap on values applies to those,
so a large attachment or HTML description does not cost an event. A TZID that
is not an IANA or Windows zone name is taken from the file's own VTIMEZONE,
never from a definition some earlier file gave the same name. A repeating
event is read with its rule (RRULE, RDATE, EXDATE) and a changed occurrence
with the one it replaces (RECURRENCE-ID); :mod:`.ical_repeats` turns a series
into its occurrences.
"""

from __future__ import annotations

import codecs
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from tuicrm import dates
from tuicrm.interop import ical_parse as parse
from tuicrm.interop.ical_parse import Problem
from tuicrm.interop.private_file import write_private_bytes
from tuicrm.textclean import clean_text

__all__ = ["Event", "Problem", "read_calendar", "write_calendar", "write_calendar_file"]

PRODID = "-//tuicrm//tuicrm//EN"
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MAX_FILE_BYTES = 50_000_000
MAX_FIELD = 100_000  # characters in one value that is read
MAX_EVENTS = 100_000


@dataclass(frozen=True)
class Event:
    """One calendar event.

    ``start`` is an aware datetime (a timed event, shown in the IANA ``zone``)
    or a date (an all-day event). ``duration`` None means the file gave no end.
    ``repeats`` marks a series or a changed occurrence of one (RRULE, RDATE,
    RECURRENCE-ID); it is read, never written. ``line`` is where the event's
    BEGIN:VEVENT was in the file it was read from.
    """

    uid: str
    summary: str
    start: datetime | date
    zone: str = "UTC"
    duration: timedelta | None = None
    description: str = ""
    location: str = ""
    sequence: int = 0
    last_modified: datetime | None = None
    attendees: tuple[str, ...] = ()  # e-mail addresses
    repeats: bool = False
    cancelled: bool = False
    line: int = field(default=0, compare=False)
    # How a series repeats, as read (RRULE text, RDATE and EXDATE moments), and which
    # occurrence of its series a changed occurrence replaces: see ical_repeats.
    rule: str = ""
    extra: tuple[datetime | date, ...] = ()
    excluded: tuple[datetime | date, ...] = ()
    recurrence_id: datetime | date | None = None
    todo: bool = False  # written as a VTODO due at ``start`` (a follow-up), not a VEVENT
    alarm: timedelta | None = None  # a reminder this long before the start
    categories: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.start, datetime) and self.start.utcoffset() is None:
            raise ValueError("a timed event needs an aware start")

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime)

    @property
    def end(self) -> datetime | date:
        """When it ends (an all-day event: the day after its last day)."""
        if not isinstance(self.start, datetime):
            days = max(1, -(-(self.duration or timedelta(days=1)) // timedelta(days=1)))
            return self.start + timedelta(days=days)
        # Through UTC: aware arithmetic in one zone is wall-clock arithmetic.
        moment = dates.to_utc(self.start) + (self.duration or timedelta(0))
        return moment.astimezone(self.start.tzinfo)


# --- writing -----------------------------------------------------------------


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return ZoneInfo("UTC")


def _wall_clock(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` as ``zone``'s clock shows it, or in UTC where that clock is ambiguous.

    A TZID time in the hour that repeats when clocks go back means its first
    occurrence (RFC 5545 3.3.5), so the second one can only be written in UTC.
    """
    local = moment.astimezone(zone)
    if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
        return moment.astimezone(UTC)
    return local


class _Text(icalendar.vText):
    """A TEXT value escaped as RFC 5545 says, and nothing more: icalendar 7's own
    escaping first turns a literal backslash-N into a line break, so a note
    holding ``\\N`` (a Windows path, say) came back changed."""

    def to_ical(self) -> bytes:
        escaped = (str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                   .replace("\r\n", "\\n").replace("\n", "\\n"))
        return escaped.encode(self.encoding)


def _vevent(event: Event, stamp: datetime | None) -> icalendar.Component:
    vevent = icalendar.Todo() if event.todo else icalendar.Event()
    vevent.add("uid", event.uid)
    # DTSTAMP: when the record last changed, so that the same data gives the same
    # bytes (``stamp`` when the record does not say).
    vevent.add("dtstamp", dates.to_utc(event.last_modified or stamp or _EPOCH))
    start: datetime | date = event.start
    if isinstance(start, datetime):
        start = _wall_clock(start, _zone(event.zone))
    if event.todo:
        vevent.add("due", start)
        vevent.add("status", "CANCELLED" if event.cancelled else "NEEDS-ACTION")
    elif isinstance(event.start, datetime):
        vevent.add("dtstart", start)
        if event.duration is not None:
            vevent.add("dtend", _wall_clock(event.end, _zone(event.zone)))  # type: ignore[arg-type]
    else:
        vevent.add("dtstart", event.start)
        vevent.add("dtend", event.end)
        vevent.add("transp", "TRANSPARENT")  # a deadline or a birthday: not busy
    vevent.add("sequence", max(0, event.sequence))
    if event.last_modified is not None:
        vevent.add("last-modified", dates.to_utc(event.last_modified))
    vevent.add("summary", _Text(clean_text(event.summary, multiline=False)))
    if description := clean_text(event.description, multiline=True):
        vevent.add("description", _Text(description))
    if location := clean_text(event.location, multiline=False):
        vevent.add("location", _Text(location))
    for address in event.attendees:
        vevent.add("attendee", icalendar.vCalAddress(f"mailto:{address}"))
    if event.categories:
        vevent.add("categories", list(event.categories))
    if event.cancelled and not event.todo:
        vevent.add("status", "CANCELLED")
    if event.alarm is not None and not event.cancelled:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _Text(clean_text(event.summary, multiline=False) or "Reminder"))
        alarm.add("trigger", -event.alarm)
        vevent.add_component(alarm)
    return vevent


def write_calendar(
    events: Iterable[Event], *, name: str | None = None, stamp: datetime | None = None
) -> bytes:
    """The events as one iCalendar file (CRLF, folded, UTF-8): the same events give the
    same bytes (each DTSTAMP is its record's last change, else ``stamp``; the time
    zones come first, in name order)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", clean_text(name, multiline=False))
    years: list[int] = []
    for event in events:
        calendar.add_component(_vevent(event, stamp))
        years += [event.start.year, event.end.year]
    if years:  # transitions for the years the events fall in, not 1970-2038
        calendar.add_missing_timezones(date(min(years), 1, 1), date(max(years) + 1, 1, 1))
    zones = sorted((c for c in calendar.subcomponents if c.name == "VTIMEZONE"),
                   key=lambda c: str(c.get("TZID")))
    calendar.subcomponents = zones + [c for c in calendar.subcomponents
                                      if c.name != "VTIMEZONE"]
    return calendar.to_ical()


def write_calendar_file(path: Path, events: Iterable[Event], *, name: str | None = None) -> None:
    """Write the events to ``path``: private (0600), replacing a file only once complete."""
    write_private_bytes(path, write_calendar(events, name=name))




# --- reading -------------------------------------------------------------------

_REPEATS = frozenset({"RRULE", "RDATE", "RECURRENCE-ID"})


def _decode(data: bytes) -> str:
    """UTF-8 (RFC 5545), with or without a BOM; else Windows-1252 as older Outlooks wrote."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def read_calendar(
    data: bytes,
    *,
    default_zone: str | tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_field: int = MAX_FIELD,
    max_events: int = MAX_EVENTS,
) -> tuple[list[Event], list[Problem]]:
    """Every well-formed event of a .ics file, and a :class:`Problem` for each one that was not.

    A time without a zone ("floating") is taken in ``default_zone`` (the local
    zone unless given); a time in a zone that is not an IANA name is converted
    to UTC, so ``zone`` is always a name :class:`~zoneinfo.ZoneInfo` knows.
    """
    if len(data) > max_bytes:
        return [], [Problem(0, 0, f"the file is {len(data):,} bytes long; files over "
                                  f"{max_bytes:,} bytes are not read")]
    split = parse.split_calendar(_decode(data), max_field=max_field, max_events=max_events)
    zones = parse.Zones(split.zones)
    floating = dates.local_zone() if default_zone is None else (
        ZoneInfo(default_zone) if isinstance(default_zone, str) else default_zone)
    events: list[Event] = []
    problems = list(split.problems)
    with warnings.catch_warnings():  # "/vendor/Europe/Paris" is taken as Europe/Paris quietly
        warnings.simplefilter("ignore", icalendar.GloballyUniqueTZIDGuessed)
        for block in split.events:
            if block.problem is not None:
                problems.append(block.problem)
                continue
            try:
                events.append(_event(block, zones, floating))
            except parse.EventProblem as err:
                problems.append(Problem(err.line, block.number, str(err)))
    problems.sort(key=lambda p: (p.line, p.event))
    return events, problems


def _event(block: parse.Block, zones: parse.Zones, floating: tzinfo) -> Event:
    lines = {x.name: x for x in reversed(block.lines)}  # the first of each property
    try:
        component = icalendar.Event.from_ical(
            "BEGIN:VEVENT\r\n" + "".join(f"{x.text}\r\n" for x in block.lines) + "END:VEVENT\r\n")
    except ValueError as err:
        raise parse.EventProblem(block.line, f"this event cannot be read ({err}); skipped") from None

    def moment(name: str) -> datetime | date | None:
        line = lines.get(name)
        return parse.moment(parse.first(component, name), line, zones, floating) if line else None

    start = moment("DTSTART")
    if start is None:
        raise parse.EventProblem(block.line, "this event has no start (DTSTART); skipped")
    length = parse.duration(component, start, moment("DTEND"), lines)
    zone = "UTC"
    if isinstance(start, datetime):
        if isinstance(start.tzinfo, ZoneInfo) and start.tzinfo.key:
            zone = start.tzinfo.key
        else:
            start = start.astimezone(UTC)
    def moments(name: str) -> tuple[datetime | date, ...]:
        found: list[datetime | date] = []
        values = component.get(name)
        for value in values if isinstance(values, list) else [values] if values else []:
            for item in getattr(value, "dts", []):
                day = item.dt
                if isinstance(day, datetime) and day.tzinfo is None and isinstance(start, datetime):
                    day = day.replace(tzinfo=start.tzinfo)
                found.append(day)
        return tuple(found)

    rule_line = lines.get("RRULE")
    recurrence = lines.get("RECURRENCE-ID")
    return Event(
        rule=rule_line.text.partition(":")[2].strip() if rule_line else "",
        extra=moments("RDATE"),
        excluded=moments("EXDATE"),
        recurrence_id=moment("RECURRENCE-ID") if recurrence else None,
        uid=parse.text(component, "UID"),
        summary=parse.text(component, "SUMMARY"),
        start=start,
        zone=zone,
        duration=length,
        description=parse.text(component, "DESCRIPTION", multiline=True),
        location=parse.text(component, "LOCATION"),
        sequence=parse.whole_number(parse.first(component, "SEQUENCE")),
        last_modified=parse.utc(parse.first(component, "LAST-MODIFIED")),
        attendees=parse.attendees(component),
        repeats=not _REPEATS.isdisjoint(lines),
        cancelled=parse.text(component, "STATUS").upper() == "CANCELLED",
        line=block.line,
    )
