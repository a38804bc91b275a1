"""``tuicrm check``: integrity and foreign keys, read-only, with a plain verdict."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tuicrm.maintenance.common import (
    COUNTED_TABLES,
    MAX_PROBLEMS,
    CheckReport,
    _begin_read,
    _connect_read_only,
    _file_kind,
    _is_lock,
    _one_line,
    _plain_errors,
    _readable_file,
    _timeout,
)

# --- check -------------------------------------------------------------------


def check(database_path: str | Path, *, busy_timeout: float | None = None) -> CheckReport:
    """Check ``database_path`` (integrity, foreign keys, tuicrm schema) read-only.

    A file that is not a SQLite database, or one SQLite finds damaged, gives a
    report with problems; a missing or unreadable file, or a lock held past
    ``busy_timeout`` seconds (default :data:`BUSY_TIMEOUT_S`), raises
    :class:`MaintenanceError`.

    The database file is never written. (A WAL-mode file that no program has
    open gets the empty ``-wal`` and ``-shm`` files SQLite needs to read it.)
    """
    busy_timeout = _timeout(busy_timeout)
    path = _readable_file(database_path, "nothing to check")
    kind = _file_kind(path)
    if kind == "other":
        return CheckReport(path, ["it is not a SQLite database (its first bytes are not "
                                  "a SQLite header)"])
    if kind == "empty":
        return CheckReport(path, ["the file is empty: it holds no tuicrm data"], tables=0)
    with _plain_errors(path, reading=True), closing(_connect_read_only(path, busy_timeout)) as conn:
        return _inspect(conn, path)


def _inspect(conn: sqlite3.Connection, path: Path) -> CheckReport:
    try:
        _begin_read(conn)  # one snapshot for everything below; a lock shows here
        rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS + 1})").fetchall()
    except sqlite3.DatabaseError as err:
        if _is_lock(err):
            raise
        return CheckReport(path, [f"SQLite cannot read it: {_one_line(err)}"])
    if rows != [("ok",)]:
        return CheckReport(path, _limited([_one_line(r[0]) for r in rows], "integrity problem"))
    problems: list[str] = []
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        sample = ", ".join(f"{t} row {rowid} -> {parent}" for t, rowid, parent, _fk in broken[:5])
        more = "" if len(broken) <= 5 else ", ..."
        problems.append(f"{len(broken)} broken reference{'s' if len(broken) != 1 else ''} "
                        f"({sample}{more})")
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    revision = None
    if "alembic_version" not in tables:
        problems.append("it is not a tuicrm database (it has no alembic_version table)")
    else:
        versions = [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
        if len(versions) != 1:
            problems.append(f"its schema version is unclear ({len(versions)} rows in "
                            "alembic_version)")
        else:
            revision = versions[0]
    counts: dict[str, int] = {}
    for table, one, many in COUNTED_TABLES:
        if table in tables:
            n = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            counts[one if n == 1 else many] = n
    return CheckReport(path, problems, counts, revision, tables=len(tables))


def _limited(problems: list[str], what: str) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], f"and more {what}s"]
