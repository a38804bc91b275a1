"""The command line: bare ``tuicrm`` opens the TUI; subcommands for scripts.

Start-up rule: ``tuicrm --help`` and the non-UI commands never import
Textual, and this module imports nothing heavy at import time: the data
layer (SQLAlchemy/SQLModel, Alembic) is imported inside the commands that
need it, the TUI inside :func:`run_tui`.

Errors a person can act on (:class:`~tuicrm.errors.CrmError`, a read-only or
corrupt file, a missing directory) are printed as one plain line,
``tuicrm: <message>``, with exit status 1, never a traceback. Set
``TUICRM_DEBUG=1`` to get the traceback of an unexpected error.
"""

from __future__ import annotations

import os
from contextlib import closing
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import click

from tuicrm import __version__
from tuicrm.backup import database_files, remove_database_files
from tuicrm.commands import common
from tuicrm.commands import register as register_commands
from tuicrm.db_file import check_database_file
from tuicrm.errors import CrmError, plain_message
from tuicrm.tui import run_tui

SEED_ANCHOR = date(2026, 11, 22)
"""The day the committed sample.db is generated "on"; the demo shifts from it."""
DEBUG_HINT = "TUICRM_DEBUG=1 shows more"


class _PlainErrors(click.Group):
    """A group that reports failures as one plain line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as err:  # noqa: BLE001 - the point is to catch them all
            if os.environ.get("TUICRM_DEBUG"):
                raise
            click.echo(f"tuicrm: {plain_message(err, unexpected_hint=DEBUG_HINT)}", err=True)
            ctx.exit(1)


@click.group(cls=_PlainErrors, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "database", metavar="PATH_OR_URL", envvar="TUICRM_DB",
              help="Database file or PostgreSQL URL (default: your own tuicrm.db; "
                   "env TUICRM_DB).")
@click.option("--demo", is_flag=True,
              help="Open a fresh copy of the bundled sample database, dated to today.")
@click.version_option(__version__, "--version", prog_name="tuicrm", message="%(prog)s %(version)s")
@click.pass_context
def main(ctx: click.Context, database: str | None, demo: bool) -> None:
    """tuicrm: a keyboard-driven CRM in your terminal.

    Run without a command to open the app on your database.
    """
    if ctx.invoked_subcommand is not None:
        return
    if demo:
        if ctx.get_parameter_source("database") == click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--demo opens its own copy of the sample; leave out --db.")
        from tuicrm import demo as demo_copy

        demo_copy.require_sample()  # a missing sample is said here, plainly
        # The copy is made by the app's start-up worker, after the first frame.
        run_tui(str(demo_copy.demo_path()), title="tuicrm demo", prepare=demo_copy.prepare_demo)
        return
    from tuicrm import config

    target = database or config.default_database()
    run_tui(target, notes=check_database_file(target))


@main.command("version")
def version_command() -> None:
    """Print the version."""
    click.echo(f"tuicrm {__version__}")


@main.command("seed")
@click.option("--out", "out", required=True, metavar="PATH",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Where to create the sample database.")
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
def seed_command(out: Path, force: bool) -> None:
    """Create the deterministic sample database (how sample.db is made)."""
    out = out.expanduser()
    existing = [p for p in database_files(out) if p.exists()]
    if existing and not force:
        raise CrmError(f"{out} already exists; pass --force to replace it.")
    if out.is_dir():
        raise CrmError(f"{out} is a directory; give a file name for the database.")
    remove_database_files(out)

    from tuicrm import dates
    from tuicrm import seed as seeding
    from tuicrm.core import open_database

    # Every created_at stamp and "today" inside the seed is the anchor day.
    try:
        with dates.fixed_now(datetime.combine(SEED_ANCHOR, time(12), tzinfo=UTC)):
            database = open_database(out)
            try:
                seeding.seed_database(database, today=SEED_ANCHOR)
            finally:
                database.dispose()
        compact_database(out)
    except BaseException:
        remove_database_files(out)  # nothing half-made is left behind
        raise
    common.say(f"Created {out} (sample data anchored on {SEED_ANCHOR.isoformat()}).")


# --- backup, restore, check --------------------------------------------------


@main.command("backup")
@click.option("--keep", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many of this database's copies made by `tuicrm backup` to keep; "
                   "older ones are deleted (nothing else in the folder is).")
@click.pass_context
def backup_command(ctx: click.Context, keep: int) -> None:
    """Copy the database into the backups folder (consistent, checked, private)."""
    from tuicrm import maintenance

    database = sqlite_file(ctx, "backup")
    copy = maintenance.backup(database, keep=keep)
    common.say(f"Backed up {database} to {copy} (checked).")


@main.command("restore")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the database without asking.")
@click.pass_context
def restore_command(ctx: click.Context, file: Path, yes: bool) -> None:
    """Replace the database with the backup FILE.

    FILE is checked first; the current database is kept as a checked backup
    before it is replaced, and the result is checked.
    """
    from tuicrm import maintenance

    database = sqlite_file(ctx, "restore")
    if not yes and not common.is_interactive():
        raise CrmError(f"restore replaces {database}; confirm at a terminal or pass --yes. "
                       "Nothing was changed.")
    report = maintenance.verify_backup(file)
    counted = f" ({report.summary()})" if report.counts else ""
    if not yes and not click.confirm(
        f"Replace {database} with {file}{counted}? The current database is kept as a "
        "backup first; close tuicrm everywhere else before going on.", default=False, err=True,
    ):
        raise CrmError("restore cancelled; nothing was changed.")
    previous = maintenance.restore(file, database)
    common.say(f"Restored {database} from {file}{counted}; checked.")
    if previous is not None:
        common.say(f"The database as it was before is kept at {previous}.")


@main.command("check")
@click.pass_context
def check_command(ctx: click.Context) -> None:
    """Check the database (integrity and foreign keys) without changing it.

    Exits with status 1 when it finds problems.
    """
    from tuicrm import maintenance

    report = maintenance.check(sqlite_file(ctx, "check"))
    common.say(report.verdict())
    if not report.ok:
        ctx.exit(1)


def sqlite_file(ctx: click.Context, command: str) -> Path:
    """The SQLite file ``command`` works on, chosen like ``tuicrm`` chooses it.

    ``--db``, then ``TUICRM_DB``, then the default database. A ``sqlite://``
    URL gives its file; any other URL (PostgreSQL) is refused in plain words.
    """
    from tuicrm import config

    target = ctx.find_root().params.get("database") or config.default_database()
    if "://" in target:
        scheme = target.split("://", 1)[0]
        if not scheme.startswith("sqlite"):
            raise CrmError(f"`tuicrm {command}` works on SQLite database files, not {scheme} "
                           "URLs; for PostgreSQL use pg_dump and pg_restore.")
        from sqlalchemy.engine import make_url

        name = make_url(target).database
        if not name or name == ":memory:":
            raise CrmError(f"`tuicrm {command}` needs a database file; {target} names none.")
        target = name
    return Path(target).expanduser()


# --- helpers -----------------------------------------------------------------


def compact_database(path: Path) -> None:
    """Make ``path`` one self-contained, compact file: no -wal, no free pages."""
    import sqlite3

    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        verdict = conn.execute("PRAGMA integrity_check").fetchall()
    if verdict != [("ok",)]:
        raise CrmError(f"{path} failed its integrity check after seeding: {verdict[:3]}")


# The script commands (agenda, export, import, ...) live in tuicrm.commands.
register_commands(main)
