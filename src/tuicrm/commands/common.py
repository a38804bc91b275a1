"""What the subcommands share: which database they work on, and opening it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from tuicrm.db import Database


def database_target(ctx: click.Context) -> str:
    """``--db``, then ``TUICRM_DB``, then the default database, as ``tuicrm`` picks it."""
    from tuicrm import config

    return ctx.find_root().params.get("database") or config.default_database()


@contextmanager
def open_database(ctx: click.Context) -> Iterator[Database]:
    """The chosen database, checked and migrated like the app opens it; disposed after."""
    from tuicrm.cli import check_database_file
    from tuicrm.db import Database

    target = database_target(ctx)
    check_database_file(target)
    database = Database.open(target)
    try:
        yield database
    finally:
        database.dispose()
