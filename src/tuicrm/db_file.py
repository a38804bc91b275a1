"""Is a database file one tuicrm can open? Checked before anything heavy loads.

Used by ``tuicrm`` (through click, or straight from the launcher) and by the
subcommands, so a directory, an unreadable, read-only, damaged or non-SQLite
file is refused in the same plain words everywhere.
"""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

from tuicrm.errors import CrmError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_database_file(target: str) -> None:
    """Refuse, in plain words, a database file tuicrm cannot use.

    Cheap (no SQLAlchemy): a missing file is fine (it is created), a
    directory, an unreadable, read-only or non-SQLite file is not.
    """
    if "://" in target:
        return
    path = Path(target).expanduser()
    if path.is_dir():
        raise CrmError(f"{path} is a directory, not a database file.")
    if not path.exists():
        parent = next((p for p in path.absolute().parents if p.exists()), None)
        if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
            raise CrmError(f"cannot create {path}: {parent} is not writable.")
        return
    if not os.access(path, os.R_OK):
        raise CrmError(f"{path} cannot be read: permission denied.")
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise CrmError(f"{path} is read-only; tuicrm needs to write to it "
                       "(make it writable with chmod u+w, or open a copy).")
    if not os.access(path.parent, os.W_OK):
        raise CrmError(f"{path.parent} is read-only; SQLite keeps its journal files beside "
                       f"{path.name} and cannot create them.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise CrmError(f"{path} is not a tuicrm database (not a SQLite file).")
    import sqlite3

    try:
        uri = f"{path.resolve().as_uri()}?mode=rw"
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as err:
        raise CrmError(f"{path} cannot be opened ({err}); it may be damaged. "
                       "Restore it from a backup.") from err
