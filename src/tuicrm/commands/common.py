"""What the subcommands share: which database they work on, and opening it."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Database


def database_target(ctx: click.Context) -> str:
    """``--db``, then ``TUICRM_DB``, then the default database, as ``tuicrm`` picks it."""
    from tuicrm import config

    return ctx.find_root().params.get("database") or config.default_database()


@contextmanager
def open_database(ctx: click.Context, *, writing: bool = True) -> Iterator[Database]:
    """The chosen database, checked and migrated like the app opens it; disposed after.

    A command that writes first runs the file's structure check: nothing is
    ever written into a damaged file. One that only reads (``writing=False``)
    opens the file read-only, so it works on a file made read-only and
    changes nothing in it.
    """
    from tuicrm import core
    from tuicrm.db_file import check_database_file, check_structure, is_behind

    target = database_target(ctx)
    if not writing and is_behind(target) and os.access(Path(target).expanduser(), os.W_OK):
        writing = True  # an older file is brought up to date first (with a backup), as the app does
    for note in check_database_file(target, writing=writing):
        click.echo(f"tuicrm: {note}", err=True)
    if writing and "://" not in target:
        check_structure(target)
    database = core.open_database(target, read_only=not writing)
    try:
        yield database
    finally:
        database.dispose()


def command_core(database: Database) -> Core:
    """The core for a command line: its writes are signed by the person at the
    keyboard (``TUICRM_USER`` or the OS user), as the app's are, with the sign-in
    in the same transaction as the first write; a command that only reads
    writes nothing, not even that."""
    from tuicrm import config
    from tuicrm.core import Core

    return Core(database, username=config.current_username())


def say(text: str) -> None:
    """Print a message that names files or stored values: its control bytes (an
    escape sequence in a file name, say) are removed, as on the screen."""
    from tuicrm.textclean import clean_text

    click.echo(clean_text(text))


def echo_json(text: str) -> None:
    """Print JSON text with the control bytes a terminal would act on escaped."""
    from tuicrm.textclean import clean_json_text

    click.echo(clean_json_text(text))


def refuse_a_missing_file(ctx: click.Context) -> None:
    """A report reads: a mistyped path must not create an empty database that has nothing due."""
    from pathlib import Path

    from tuicrm.errors import CrmError

    target = database_target(ctx)
    if "://" not in target and not Path(target).expanduser().exists():
        raise CrmError(f"there is no database at {target}; check the path "
                       "(tuicrm --db FILE creates one when it opens the app).")


def is_interactive() -> bool:
    """Whether a person can answer a question (stdin is a terminal)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
