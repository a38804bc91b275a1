"""Consistent copies of a SQLite database through the online backup API.

A plain file copy of a live WAL database can miss every recent commit (they
sit in the -wal file), so copies always go through ``sqlite3.Connection.backup``
and are checked before anyone relies on them.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from tuicrm.errors import CrmError
from tuicrm.private_paths import make_private_dirs


class BackupError(CrmError):
    pass


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner (0600) if it is missing.

    SQLite would create it 0644; its -wal and -shm files copy the mode of the
    main file, so creating this one private covers all three.
    """
    make_private_dirs(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


SIDECARS = ("-wal", "-shm", "-journal")


def database_files(path: Path) -> list[Path]:
    """A SQLite file and the journal files that may sit beside it."""
    return [path, *(path.with_name(path.name + s) for s in SIDECARS)]


def remove_database_files(path: Path) -> None:
    for file in database_files(path):
        file.unlink(missing_ok=True)


def copy_database(source: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open database ``source`` into a new private file ``dest``."""
    if dest.exists():
        raise BackupError(f"{dest} already exists; not overwriting it.")
    create_private_file(dest)
    with closing(sqlite3.connect(dest)) as target:
        source.backup(target)
        # A backup is a single file a person can move around: no -wal beside it.
        target.execute("PRAGMA journal_mode=DELETE")
    verify_copy(dest)
    return dest


def copy_database_file(source: Path, dest: Path) -> Path:
    """Copy the database at ``source`` (read-only access) into ``dest``."""
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as conn:
        return copy_database(conn, dest)


def verify_copy(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` passes SQLite's integrity check."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as err:
        raise BackupError(f"{path} is not a readable database: {err}") from err
    if verdict != [("ok",)]:
        raise BackupError(f"{path} failed its integrity check: {verdict[:3]}")
