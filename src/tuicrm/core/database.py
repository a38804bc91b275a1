"""Opening a database the way the app writes to it.

A :class:`~tuicrm.db.Database` knows transactions, not what the records
mean; here it is given the upkeep its writes owe the derived contact columns
(:mod:`tuicrm.services.derived`): notes taken at each flush, one refresh
before each commit.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from tuicrm.db import Database, Upkeep
from tuicrm.services import derived

UPKEEP = Upkeep(note=derived.note_flush, settle=derived.refresh_noted)


def open_database(target: str | Path | URL, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) and bring the schema up to date."""
    return Database.open(target, upkeep=UPKEEP, migrate_schema=migrate_schema)
