"""A calendar file's repeating events as their occurrences within a window of days.

tuicrm meetings happen once, so a series (RRULE, RDATE) comes in as one
meeting per occurrence from ``first`` to ``last`` (the window the person
states, or the next twelve months). Each occurrence keeps its series' wall
clock time in its zone across a change of the clocks (a weekly 09:00 in
London stays at 09:00 in summer). EXDATE leaves occurrences out, and a changed
occurrence (an event with RECURRENCE-ID) replaces the one it names. Each
occurrence gets a UID of its own (the series' UID and its start), so importing
the file again finds them all already there. Pure: no database.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from tuicrm import dates
from tuicrm.interop.ical import Event

MAX_OCCURRENCES = 1000  # of one series: a rule that never ends is cut at the window


def expand(events: list[Event], first: date, last: date) -> list[Event]:
    """``events`` with each series replaced by its occurrences in ``[first, last]``."""
    changed: dict[str, dict[object, Event]] = {}
    for event in events:
        if event.recurrence_id is not None:
            changed.setdefault(event.uid, {})[_key(event.recurrence_id)] = event
    out: list[Event] = []
    for event in events:
        if event.recurrence_id is not None:
            if event.uid not in {e.uid for e in events if e.recurrence_id is None}:
                out += _once(event, event.recurrence_id, first, last)
            continue
        if not (event.rule or event.extra):
            out.append(event)
            continue
        replaced = changed.get(event.uid, {})
        excluded = {_key(x) for x in event.excluded}
        for start in _starts(event, first, last):
            key = _key(start)
            if key in excluded:
                continue
            override = replaced.pop(key, None)
            out += _once(override or replace(event, start=start), start, first, last)
        for override in replaced.values():  # moved into the window from outside it
            out += _once(override, override.recurrence_id, first, last)
    return out


def _once(event: Event, original: datetime | date | None, first: date, last: date) -> list[Event]:
    """One occurrence as a one-off event, if it falls in the window."""
    if not first <= _day(event.start) <= last:
        return []
    stamp = original.isoformat() if original is not None else event.start.isoformat()
    return [replace(event, uid=f"{event.uid}/{stamp}", rule="", extra=(), excluded=(),
                    recurrence_id=None, repeats=False)]


def _starts(event: Event, first: date, last: date) -> list[datetime | date]:
    start = event.start
    found: list[datetime | date] = list(event.extra)
    if event.rule:
        wall = start if isinstance(start, datetime) else datetime.combine(start, time())
        rule = rrulestr(event.rule, dtstart=_naive_wall(wall), forceset=False,
                        ignoretz=True, unfold=True)
        begin = datetime.combine(first, time()) - timedelta(days=1)
        end = datetime.combine(last, time()) + timedelta(days=1)
        for n, moment in enumerate(rule.xafter(begin, inc=True)):
            if moment > end or n >= MAX_OCCURRENCES:
                break
            if isinstance(start, datetime):
                found.append(dates.local_datetime(moment.date(), moment.time(), _zone(start)))
            else:
                found.append(moment.date())
    return sorted(set(found), key=_key)


def _naive_wall(moment: datetime) -> datetime:
    """The series' start as its own clock shows it (the rule repeats that clock time)."""
    return moment.replace(tzinfo=None)


def _zone(moment: datetime) -> ZoneInfo:
    zone = moment.tzinfo
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo("UTC")


def _key(moment: datetime | date) -> object:
    return dates.to_utc(moment) if isinstance(moment, datetime) else moment


def _day(moment: datetime | date) -> date:
    return dates.to_local(moment).date() if isinstance(moment, datetime) else moment
