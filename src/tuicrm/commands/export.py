"""``tuicrm export``: data for other programs, one option per format.

- ``--ics FILE``: the live meetings and the open follow-ups as an iCalendar
  file that calendar programs import; importing it again updates the events
  (stable UIDs, SEQUENCE from each record's version). ``--from`` and ``--to``
  limit it to those days (both included; "today", "+2w" and the other forms
  the app accepts).
- ``--json FILE``: everything in the database as one JSON document (see
  :mod:`tuicrm.services.export_all`); with ``--contact`` (an id, an email or
  a full name), everything held about that one person instead (a subject
  access request; :func:`tuicrm.services.personal_data.personal_data`).
- ``--vcard FILE``: every contact as vCard 4.0, which ``tuicrm import`` and
  address books read back.
- ``--csv FILE``: the contacts list as the app exports it, formula cells
  neutralised.

One format per call. Tables are read page by page inside one read
transaction (one consistent snapshot). Files are written complete or not at
all, readable by their owner only (0600).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from tuicrm.commands.common import command_core, database_target, open_database, say

if TYPE_CHECKING:
    from tuicrm.core.exports import Exports

FORMATS = "--ics FILE, --json FILE, --vcard FILE or --csv FILE"
_FILE = click.Path(dir_okay=False, path_type=Path)


@click.command("export")
@click.option("--ics", "ics_file", metavar="FILE", type=_FILE,
              help="Write meetings, open follow-ups (as tasks) and contract dates as an "
                   "iCalendar (.ics) file.")
@click.option("--json", "json_file", metavar="FILE", type=_FILE,
              help="Write everything in the database as one JSON file.")
@click.option("--vcard", "vcard_file", metavar="FILE", type=_FILE,
              help="Write every contact as a vCard 4.0 (.vcf) file.")
@click.option("--csv", "csv_file", metavar="FILE", type=_FILE,
              help="Write the contacts list as a CSV file for spreadsheets.")
@click.option("--contact", metavar="ID_OR_EMAIL_OR_NAME",
              help="With --json: only everything held about this one person.")
@click.option("--from", "first_text", metavar="DATE",
              help="With --ics: only from this day on (e.g. 2026-05-01, today, -1m).")
@click.option("--to", "last_text", metavar="DATE",
              help="With --ics: only up to this day, included (e.g. 2026-06-30, +2w).")
@click.option("--alarm", "alarm_minutes", metavar="MINUTES", type=click.IntRange(0, 10080),
              help="With --ics: remind this many minutes before each meeting (0: no "
                   "reminder); kept for later exports (15 until set).")
@click.pass_context
def export_command(
    ctx: click.Context, ics_file: Path | None, json_file: Path | None,
    vcard_file: Path | None, csv_file: Path | None, contact: str | None,
    first_text: str | None, last_text: str | None, alarm_minutes: int | None,
) -> None:
    """Export data to files other programs read (one format per call)."""
    chosen = {name: path for name, path in (("--ics", ics_file), ("--json", json_file),
                                            ("--vcard", vcard_file), ("--csv", csv_file))
              if path is not None}
    if len(chosen) != 1:
        start = "say what to export" if not chosen else "export one format at a time"
        raise click.UsageError(f"{start}: {FORMATS}.")
    (option, path), = chosen.items()
    if contact is not None and option != "--json":
        raise click.UsageError("--contact goes with --json (everything about one person).")
    if (first_text is not None or last_text is not None) and option != "--ics":
        raise click.UsageError("--from and --to go with --ics.")
    if alarm_minutes is not None and option != "--ics":
        raise click.UsageError("--alarm goes with --ics.")
    path = _target(ctx, path)
    if option == "--ics":
        first, last = _day("--from", first_text), _day("--to", last_text)
        if first is not None and last is not None and first > last:
            _fail(f"--from {first.isoformat()} is after --to {last.isoformat()}")
        _export_ics(ctx, path, first, last, alarm_minutes)
    elif option == "--json" and contact is not None:
        _export_person(ctx, path, contact)
    elif option == "--json":
        _export_json(ctx, path)
    elif option == "--vcard":
        _export_vcard(ctx, path)
    else:
        _export_csv(ctx, path)


def _fail(message: str) -> NoReturn:
    from tuicrm.errors import CrmError

    raise CrmError(f"{message}; nothing was exported.")


def _target(ctx: click.Context, path: Path) -> Path:
    from tuicrm.backup import database_files

    path = path.expanduser()
    if not path.parent.is_dir():
        _fail(f"{path.parent} is not a folder that exists")
    database = database_target(ctx)
    # the export replaces FILE whole: naming the database would replace the database
    if "://" not in database and path.resolve() in {
            p.resolve() for p in database_files(Path(database).expanduser())}:
        _fail(f"{path} is the database itself; choose another file")
    return path


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    from tuicrm import dates

    try:
        return dates.parse_date(text)
    except dates.DateError as err:
        _fail(f"{option}: {err}")


def _export_ics(ctx: click.Context, path: Path, first: date | None, last: date | None,
                alarm_minutes: int | None) -> None:
    with _exports(ctx) as exports:
        if alarm_minutes is not None:
            exports.set_alarm_minutes(alarm_minutes)
        written = exports.calendar_ics(path, since=first, until=last)
    say(f"Exported {written.words()} to {path}")


def _export_json(ctx: click.Context, path: Path) -> None:
    with _exports(ctx) as exports:
        counts = exports.everything_json(path)
    listed = ", ".join(f"{n:,} {name.replace('follow_', 'follow-').replace('_', ' ')}"
                       for name, n in counts.items())
    say(f"Exported everything to {path}: {listed}.")


def _export_person(ctx: click.Context, path: Path, wanted: str) -> None:
    with _exports(ctx) as exports:
        who = exports.person_json(path, wanted)
    say(f"Exported everything held about {who} to {path}.")


def _export_vcard(ctx: click.Context, path: Path) -> None:
    with _exports(ctx) as exports:
        count = exports.vcards(path)
    say(f"Exported {count:,} contact{'' if count == 1 else 's'} to {path}")


def _export_csv(ctx: click.Context, path: Path) -> None:
    with _exports(ctx) as exports:
        _path, count = exports.contacts_csv({}, "name", path)
    say(f"Exported {count:,} contact{'' if count == 1 else 's'} to {path}")


@contextmanager
def _exports(ctx: click.Context) -> Iterator[Exports]:

    with open_database(ctx) as database:
        yield command_core(database).exports



