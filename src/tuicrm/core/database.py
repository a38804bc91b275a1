"""Opening a database the way the app writes to it.

A :class:`~tuicrm.db.Database` knows transactions, not what the records
mean; here it is given the upkeep its writes owe: the derived contact columns
(:mod:`tuicrm.services.derived`) and the field history
(:mod:`tuicrm.services.history`), both noted at each flush and settled once
before each commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from tuicrm import db_file
from tuicrm.db import Database, Upkeep, sqlite_path
from tuicrm.services import derived, history


def _note(session: Session, flush_context: Any) -> None:
    derived.note_flush(session, flush_context)
    history.note_flush(session, flush_context)


def _settle(session: Session) -> None:
    derived.refresh_noted(session)
    history.write_noted(session)  # last: nothing after it changes a tracked field


UPKEEP = Upkeep(note=_note, settle=_settle)


def open_database(target: str | Path | URL, *, migrate_schema: bool = True,
                  read_only: bool = False) -> Database:
    """Open (creating if needed) and bring the schema up to date; ``read_only``
    opens an existing file for reading alone (``Database.open``)."""
    return Database.open(target, upkeep=UPKEEP, migrate_schema=migrate_schema,
                         read_only=read_only)


def check_structure(database: Database) -> None:
    """Raise ``DamagedDatabaseError`` if the SQLite file fails its structure check
    (``db_file.structure_problems``); PostgreSQL keeps its own pages sound."""
    path = sqlite_path(database.url)
    if path is not None:
        db_file.check_structure(path)
