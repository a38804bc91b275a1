"""``tuicrm import FILE``: contacts, sales or deals from CSV, contacts from vCard; ``--undo``.

Meetings from an iCalendar file (.ics) are imported by :mod:`import_calendar`.

The report lists every line of the file with what happened to it (created,
updated, unchanged, skipped and why), then one summary line. ``--dry-run``
prints the same report and changes nothing. A real import is one transaction:
all of it is saved or none of it. A file that cannot be read at all (too
big, no name column, an unknown --map column, ...) is one plain line on
stderr and exit status 1. User text is cleaned of control characters before it
reaches the terminal.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from tuicrm.commands.common import command_core, open_database
from tuicrm.commands.import_calendar import (
    CALENDAR_SUFFIXES,
    import_calendar,
    looks_like_calendar,
)

if TYPE_CHECKING:
    from tuicrm.core.data import ImportPlan
    from tuicrm.interop.import_source import SourceFile, Target

PROGRESS_FROM = 1000  # rows; smaller imports finish before a bar is worth drawing


@click.command("import")
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--mode", type=click.Choice(["create", "upsert", "update"]), default="create",
              show_default=True, help="create: only new records (existing ones are skipped); "
              "upsert: create new ones and update existing ones; update: only existing ones.")
@click.option("--dry-run", is_flag=True, help="Show what would happen; change nothing.")
@click.option("--map", "maps", multiple=True, metavar="COLUMN=FIELD",
              help='Read COLUMN (its header, or its number from 1) as FIELD, e.g. '
                   '--map "Mail=email"; FIELD "ignore" skips a column. Repeatable.')
@click.option("--delimiter", metavar="CHAR", help="',', ';' or 'tab' (default: detected).")
@click.option("--encoding", help="The file's encoding, e.g. cp1252 (default: detected).")
@click.option("--no-header", is_flag=True, help="The first line is data, not column names.")
@click.option("--sales", is_flag=True, help="The file holds sales (customer, date, items, "
              "amount, currency), not contacts.")
@click.option("--deals", is_flag=True, help="The file holds deals (title, contact person, "
              "organisation, value, currency, stage, status, lost reason, close date, owner, "
              "created), e.g. Pipedrive's or HubSpot's deals export.")
@click.option("--currency", default="EUR", show_default=True,
              help="Currency of sales or deals whose line has none.")
@click.option("--date-order", type=click.Choice(["dmy", "mdy"]),
              help="How to read dates like 03/04/2026 (default: from the file).")
@click.option("--repeats-from", "repeats_from", metavar="DATE",
              help="A calendar's repeating events: their occurrences from this day "
                   "(default: today).")
@click.option("--repeats-to", "repeats_to", metavar="DATE",
              help="... up to this day, included (default: a year from the first).")
@click.option("--undo", is_flag=True, help="Undo the last import (no FILE).")
@click.pass_context
def import_command(ctx: click.Context, file: Path | None, mode: str, dry_run: bool,
                   maps: tuple[str, ...], delimiter: str | None, encoding: str | None,
                   no_header: bool, sales: bool, deals: bool, currency: str,
                   date_order: str | None, repeats_from: str | None, repeats_to: str | None,
                   undo: bool) -> None:
    """Import contacts (CSV or vCard), sales (CSV, --sales), deals (CSV, --deals), meetings
    (.ics) or emails (an mbox file or a Maildir folder) from FILE.

    A deals file makes one deal per line, for the contact its person, organisation or
    email names (found, or created once). Its stage is our stage of that name, or the
    one that means the same (HubSpot's closedwon, contractsent, ...; Pipedrive's status
    won or lost), else the first open stage. A value that cannot be read is left out
    and listed with its line; the deal is still made. Deals already there are not
    made again, and --undo takes them back."""
    if undo:
        if file is not None:
            raise click.UsageError("--undo takes no FILE: it undoes the last import.")
        _undo(ctx)
        return
    if file is None:
        raise click.UsageError("give the FILE to import (or --undo to undo the last import).")
    if sales and deals:
        raise click.UsageError("--sales and --deals do not go together: a file holds one or "
                               "the other.")
    if _is_mail(file):
        _refuse_options(ctx, f"{file.name} holds email messages, and")
        from tuicrm.commands.mail import import_mail

        import_mail(ctx, file.expanduser(), dry_run=dry_run)
        return
    path, data = _file_bytes(file)
    if path.suffix.lower() in CALENDAR_SUFFIXES or looks_like_calendar(data):
        _refuse_options(ctx, f"{path.name} is an iCalendar file: it holds meetings, and")
        import_calendar(ctx, name=path.name, data=data, dry_run=dry_run,
                        window=_window(repeats_from, repeats_to))
        return
    if repeats_from or repeats_to:
        raise click.UsageError("--repeats-from and --repeats-to go with a calendar (.ics) file.")
    target: Target = "sales" if sales else "deals" if deals else "contacts"
    source = _read(path, data, maps=maps, delimiter=delimiter, encoding=encoding,
                   no_header=no_header, target=target)

    options = {"mode": mode, "currency": currency, "date_order": date_order}
    with open_database(ctx) as database:
        imports = command_core(database).imports
        if dry_run:
            plan = imports.plan(source, **options)
        else:
            with _ProgressBar(len(source.rows)) as progress:
                plan = imports.apply(source, progress=progress, **options)
    click.echo(report(plan))


def _is_mail(file: Path) -> bool:
    """A Maildir folder, or an mbox file (it starts with a "From " line)."""
    path = file.expanduser()
    if path.is_dir():
        return (path / "cur").is_dir() or (path / "new").is_dir()
    try:
        with path.open("rb") as handle:
            return handle.read(5) == b"From "
    except OSError:
        return False


def _file_bytes(file: Path) -> tuple[Path, bytes]:
    from tuicrm.interop.import_source import MAX_FILE_BYTES, ImportFileError

    path = file.expanduser()
    if path.is_dir():
        raise ImportFileError(f"{path} is a folder, not a file to import.")
    if path.exists() and path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MiB; "
                              "split it into smaller files.")
    return path, path.read_bytes()  # a missing or unreadable file: a plain OSError message


# The options that only a CSV (or vCard) import reads; the calendar import takes none.
_CSV_OPTIONS = {"mode": "--mode", "maps": "--map", "delimiter": "--delimiter",
                "encoding": "--encoding", "no_header": "--no-header", "sales": "--sales",
                "deals": "--deals", "currency": "--currency", "date_order": "--date-order"}


def _window(first_text: str | None, last_text: str | None) -> tuple[date, date]:
    """The days a calendar's repeating events are brought in for."""
    from tuicrm import dates

    def day(option: str, text: str | None, default: date) -> date:
        if text is None:
            return default
        try:
            return dates.parse_date(text)
        except dates.DateError as err:
            raise click.UsageError(f"{option}: {err}") from None

    first = day("--repeats-from", first_text, dates.today())
    last = day("--repeats-to", last_text, dates.add_months(first, 12))
    if last < first:
        raise click.UsageError(f"--repeats-to {last.isoformat()} is before --repeats-from "
                               f"{first.isoformat()}")
    return first, last


def _refuse_options(ctx: click.Context, what: str) -> None:
    given = [flag for name, flag in _CSV_OPTIONS.items()
             if ctx.get_parameter_source(name) not in (None, ParameterSource.DEFAULT)]
    if given:
        raise click.UsageError(f"{what} {', '.join(given)} "
                               f"{'does' if len(given) == 1 else 'do'} not apply.")


def _read(path: Path, data: bytes, *, maps: tuple[str, ...], delimiter: str | None,
          encoding: str | None, no_header: bool, target: Target) -> SourceFile:
    from tuicrm.interop import csv_mapping
    from tuicrm.interop.csv_import import read_csv
    from tuicrm.interop.import_source import ImportFileError, is_vcard, source_from_vcard_bytes

    if is_vcard(path.name, data):
        if target != "contacts" or maps or delimiter or no_header:
            raise ImportFileError(f"{path.name} is a vCard file: it holds contacts, and "
                                  "--sales, --deals, --map, --delimiter and --no-header do "
                                  "not apply.")
        return source_from_vcard_bytes(data, name=path.name)
    return read_csv(data, target=target, name=path.name,
                    mapping=csv_mapping.parse_map_options(maps), encoding=encoding,
                    delimiter=delimiter, has_header=False if no_header else None)


class _ProgressBar:
    """A bar on stderr while a large import is written, when stderr is a terminal."""

    def __init__(self, rows: int) -> None:
        self.bar: Any = None
        self.show = rows >= PROGRESS_FROM and _stderr_is_terminal()

    def __enter__(self) -> Any:
        return self.update if self.show else None

    def update(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=max(total, 1), label="Importing",
                                         file=sys.stderr).__enter__()
        self.bar.update(done - self.bar.pos)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _undo(ctx: click.Context) -> None:

    with open_database(ctx) as database:
        result = command_core(database).imports.undo_last()
    click.echo(_clean(result.summary()))


def report(plan: ImportPlan) -> str:
    """The plan as text: how the file was read, one line per line of the file, a summary."""
    from tuicrm.core.data import Action

    source = plan.source
    out = [f"{_clean(source.name or 'file')}: {source.describe()}"]
    if source.mapping:
        used = ", ".join(f"{' + '.join(map(_quoted, cols))} -> {_field(name)}"
                         for name, cols in source.mapping.items())
        out.append(f"Columns: {used}")
    if source.unmapped:
        out.append(f"Not imported: {', '.join(map(_quoted, source.unmapped))}")
    out.append(f"Mode: {plan.mode.description}")
    width = len(str(max((p.line for p in plan.lines), default=0)))
    for p in plan.lines:
        what = p.action.value
        text, detail = _clean(p.label), _clean(p.detail)
        if detail:
            text = (f"{text}: {detail}" if text else detail) if p.action is Action.SKIP \
                else f"{text} ({detail})"
        out.append(f"line {p.line:>{width}}  {what:<9}  {text}")
    if plan.applied and plan.run_id is not None:
        out.append(f"Imported: {plan.summary()}. Undo with: tuicrm import --undo")
    elif plan.applied:
        out.append(f"Nothing to import: {plan.summary()}.")
    else:
        out.append(f"Dry run: {plan.summary()}. Nothing was changed.")
    return "\n".join(out)


def _field(name: str) -> str:
    return {"emails": "email", "phones": "phone"}.get(name, name)


def _quoted(column: str) -> str:
    return f'"{_clean(column)}"'


def _clean(text: str) -> str:
    from tuicrm.textclean import clean_text

    return clean_text(text, multiline=False)
