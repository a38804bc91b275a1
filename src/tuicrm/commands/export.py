"""``tuicrm export``: data for other programs, one option per format.

``--ics FILE`` writes the live meetings and the open follow-ups as an
iCalendar file that calendar programs import; importing it again updates the
events (stable UIDs, SEQUENCE from each record's version). ``--from`` and
``--to`` limit it to those days (both included; "today", "+2w" and the other
forms the app accepts). Files are written complete or not at all, readable by
their owner only (0600). Further formats become further options (``--json``,
``--vcard``) next to ``--ics``; each writes its own file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from tuicrm.commands.common import open_database


@click.command("export")
@click.option("--ics", "ics_file", metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Write meetings and open follow-ups as an iCalendar (.ics) file.")
@click.option("--from", "first_text", metavar="DATE",
              help="Only from this day on (e.g. 2026-05-01, today, -1m).")
@click.option("--to", "last_text", metavar="DATE",
              help="Only up to this day, included (e.g. 2026-06-30, +2w).")
@click.pass_context
def export_command(
    ctx: click.Context, ics_file: Path | None, first_text: str | None, last_text: str | None
) -> None:
    """Export data to files other programs read."""
    if ics_file is None:
        raise click.UsageError("say what to export, e.g. --ics FILE.")
    first = _day("--from", first_text)
    last = _day("--to", last_text)
    if first is not None and last is not None and first > last:
        from tuicrm.errors import CrmError

        raise CrmError(f"--from {first.isoformat()} is after --to {last.isoformat()}; "
                       "nothing was exported.")
    ics_file = ics_file.expanduser()
    if not ics_file.parent.is_dir():
        from tuicrm.errors import CrmError

        raise CrmError(f"{ics_file.parent} is not a folder that exists; nothing was exported.")
    _export_ics(ctx, ics_file, first, last)


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    from tuicrm import dates
    from tuicrm.errors import CrmError

    try:
        return dates.parse_date(text)
    except dates.DateError as err:
        raise CrmError(f"{option}: {err}; nothing was exported.") from None


def _export_ics(ctx: click.Context, path: Path, first: date | None, last: date | None) -> None:
    from tuicrm.interop.ical import write_calendar_file
    from tuicrm.services.ical import calendar_events, database_uid

    with open_database(ctx) as database:
        with database.write() as session:  # the first export stores the database's id
            database_uid(session=session)
        with database.read() as session:
            events = calendar_events(session=session, since=first, until=last)
    write_calendar_file(path, events, name="tuicrm")
    meetings = sum(e.uid.startswith("meeting-") for e in events)
    followups = len(events) - meetings
    click.echo(f"Exported {_count(meetings, 'meeting')} and "
               f"{_count(followups, 'follow-up')} to {path}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
