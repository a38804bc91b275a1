"""``tuicrm import FILE.ics``: meetings from an iCalendar file (a part of ``tuicrm import``).

The report lists every event of the file with what happened to it (created,
skipped and why, or not readable and why), each with the line its
BEGIN:VEVENT (or its faulty property) is on, then one summary line. The
import is one write transaction, so it is all saved or none of it;
``--dry-run`` runs the same checks inside it and rolls them back. A file that
holds no readable event and is not a calendar at all (or is too big) is one
plain line on stderr and exit status 1, like an unreadable CSV file.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from tuicrm.commands.common import command_core, open_database

if TYPE_CHECKING:
    from tuicrm.core.data import ImportResult
    from tuicrm.interop.ical import Event, Problem

CALENDAR_SUFFIXES = (".ics", ".ical", ".icalendar")


def looks_like_calendar(data: bytes) -> bool:
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith(b"BEGIN:VCALENDAR")


def import_calendar(ctx: click.Context, *, name: str, data: bytes, dry_run: bool,
                    window: tuple[date, date]) -> None:
    """Read ``data`` (the file called ``name``), import its meetings and print the report;
    a repeating event brings in its occurrences on the days of ``window``."""
    from tuicrm.interop.ical import read_calendar
    from tuicrm.interop.ical_repeats import expand
    from tuicrm.interop.import_source import ImportFileError

    events, problems = read_calendar(data)
    whole_file = [p for p in problems if p.event == 0]
    if not events and whole_file:  # nothing in it could be a meeting: say why, once
        raise ImportFileError(f"{name}: {whole_file[0].message}.")
    series = sum(1 for e in events if e.repeats and e.recurrence_id is None)
    events = expand(events, *window)
    if series:
        click.echo(f"Repeating events: {series}, brought in from {window[0].isoformat()} to "
                   f"{window[1].isoformat()} (--repeats-from and --repeats-to choose the days)")
    with open_database(ctx) as database:
        result = command_core(database).imports.meetings(events, dry_run=dry_run)
    click.echo(report(name, events, problems, result))


def report(name: str, events: list[Event], problems: list[Problem], result: ImportResult) -> str:
    """The import as text: the file, one line per event or problem (by line), a summary."""
    starts = {e.line: e for e in events}
    rows: list[tuple[int, str, str]] = []
    for item in result.created:
        event = starts.get(item.line)
        when = f" ({_when(event)})" if event is not None else ""
        rows.append((item.line, "create", f"{_clean(item.summary) or '(no title)'}{when}"))
    for item in result.skipped:
        title, reason = _clean(item.summary), _clean(item.reason)
        rows.append((item.line, "skip", f"{title}: {reason}" if title else reason))
    rows += [(p.line, "problem", _clean(p.message)) for p in problems]
    rows.sort(key=lambda row: row[0])
    count = len(events) + sum(p.event != 0 for p in problems)
    out = [f"{_clean(name)}: iCalendar, {count} {'event' if count == 1 else 'events'}"]
    width = len(str(max((line for line, _, _ in rows), default=0)))
    out += [f"line {line:>{width}}  {what:<9}  {text}" for line, what, text in rows]
    if result.unknown_attendees:
        out.append("Attendees not in tuicrm (named in the meetings' notes): "
                   + ", ".join(map(_clean, result.unknown_attendees)))
    summary = result.summary().rstrip(".")
    if problems:
        summary += f", {len(problems)} not readable"
    if result.dry_run:
        out.append(f"Dry run: {summary}. Nothing was changed.")
    else:
        out.append(f"Imported: {summary}.")
    return "\n".join(out)


def _when(event: Event) -> str:
    from datetime import datetime

    from tuicrm import dates

    if not isinstance(event.start, datetime):
        return event.start.isoformat()
    return f"{dates.format_datetime_local(event.start, event.zone)} {event.zone}"


def _clean(text: str) -> str:
    from tuicrm.textclean import clean_text

    return clean_text(text, multiline=False)
