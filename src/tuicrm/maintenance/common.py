"""What the maintenance commands share: limits, errors, read-only connections."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tuicrm import config
from tuicrm.db_file import SQLITE_HEADER
from tuicrm.errors import CrmError
from tuicrm.private_paths import make_private_dirs

BUSY_TIMEOUT_S = 10.0
"""How long to wait for another program's lock; the same as ``db.BUSY_TIMEOUT_S``."""
DEFAULT_KEEP = 10
MANIFEST_FILE = "backups.json"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_PROBLEMS = 10
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
COUNTED_TABLES = (
    ("contact", "contact", "contacts"),
    ("contract", "contract", "contracts"),
    ("meeting", "meeting", "meetings"),
    ("follow_up", "follow-up", "follow-ups"),
    ("sale", "sale", "sales"),
)


class MaintenanceError(CrmError):
    """A backup, restore or check that could not be done; the message says why."""


@dataclass(frozen=True)
class CheckReport:
    """What :func:`check` found in one database file.

    ``problems`` is empty when the file is sound; ``counts`` (records per kind,
    e.g. ``{"contacts": 60}``) and ``revision`` (the schema's Alembic revision)
    are filled in when the file could be read. ``tables`` is the number of
    tables when the integrity check passed (``0``: a blank database), else
    ``None``.
    """

    path: Path
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    revision: str | None = None
    tables: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """ "60 contacts, 12 contracts, ..." (empty if nothing was counted)."""
        return ", ".join(f"{n} {name}" for name, n in self.counts.items())

    def verdict(self) -> str:
        """A plain verdict: one line when sound, one line per problem otherwise."""
        if self.ok:
            counted = f" ({self.summary()})" if self.counts else ""
            return f"OK: integrity and foreign keys check out{counted}."
        lines = [f"PROBLEMS: {self.path} failed its check:"]
        lines += [f"  - {problem}" for problem in self.problems]
        lines.append("Restore it from a backup (tuicrm restore FILE) or from a copy you trust.")
        return "\n".join(lines)



# --- shared helpers ----------------------------------------------------------


def _readable_file(path_like: str | Path, consequence: str) -> Path:
    path = Path(path_like).expanduser()
    if path.is_dir():
        raise MaintenanceError(f"{path} is a directory, not a database file; {consequence}.")
    if not path.exists():
        raise MaintenanceError(f"{path} does not exist; {consequence}.")
    if not os.access(path, os.R_OK):
        raise MaintenanceError(f"{path} cannot be read: permission denied; {consequence}.")
    return path


def _file_kind(path: Path) -> str:
    """"sqlite", "empty" (no bytes, nothing in a -wal either) or "other"."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        return "sqlite"
    if header:
        return "other"
    wal = path.with_name(path.name + "-wal")  # a new WAL database may live in its -wal
    return "sqlite" if wal.is_file() and wal.stat().st_size else "empty"


def _require_sqlite(path: Path, consequence: str) -> None:
    kind = _file_kind(path)
    if kind == "other":
        raise MaintenanceError(f"{path} is not a SQLite database; {consequence}.")
    if kind == "empty":
        raise MaintenanceError(f"{path} is empty; {consequence}.")


def _backups_folder(directory: Path | None) -> Path:
    try:
        folder = directory if directory is not None else config.backups_dir()
        make_private_dirs(folder)
    except OSError as err:
        raise MaintenanceError(_os_failure(err, directory or Path("backups"))
                               + " Nothing was copied.") from err
    if not _writable_dir(folder):
        raise MaintenanceError(f"{folder} is read-only; cannot write a backup there. "
                               "Nothing was changed.")
    return folder


def _writable_dir(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK) and bool(folder.stat().st_mode & 0o222)


def _connect_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
    conn.execute("PRAGMA query_only=ON")
    return conn


def _begin_read(conn: sqlite3.Connection) -> None:
    """Start a read transaction and take its lock now (BEGIN alone is lazy)."""
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()


@contextmanager
def _plain_errors(path: Path, *, reading: bool) -> Iterator[None]:
    """Turn a driver or OS error about ``path`` into one plain line."""
    try:
        yield
    except CrmError:
        raise
    except (sqlite3.Error, OSError) as err:
        raise MaintenanceError(_describe(err, path, reading=reading)) from err


def _describe(err: BaseException, path: Path, *, reading: bool) -> str:
    nothing = "Nothing was changed."
    if _is_lock(err):
        return _locked(path)
    if _is_disk_full(err):
        return f"not enough disk space to write beside {path}. {nothing}"
    if _is_read_only(err):
        if reading:  # a read-only connection cannot finish an interrupted write
            return (f"{path} has an interrupted write that must be recovered first; open it in "
                    f"tuicrm once, then try again. {nothing}")
        return f"{path} is read-only. {nothing}"
    if isinstance(err, OSError):
        return f"{_os_failure(err, path)} {nothing}"
    if isinstance(err, sqlite3.OperationalError) and "unable to open" in str(err):
        return (f"{path} cannot be opened ({_one_line(err)}); check that it and its folder can be "
                f"read and written. {nothing}")
    return f"{path} is not a SQLite database or is damaged ({_one_line(err)}). {nothing}"


def _timeout(busy_timeout: float | None) -> float:
    return BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout


def _os_failure(err: OSError, path: Path) -> str:
    where = err.filename or path
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"not enough disk space to write {where}."
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{where} is not writable ({err.strerror})."
    return f"{where}: {err.strerror or err}."


def _locked(path: Path) -> str:
    return (f"{path} is locked: another program is writing to it; try again in a moment. "
            "Nothing was changed.")


def _is_lock(err: BaseException) -> bool:
    text = str(err).lower()
    return isinstance(err, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def _is_disk_full(err: BaseException) -> bool:
    if isinstance(err, OSError):
        return err.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(err, sqlite3.Error) and "disk is full" in str(err).lower()


def _is_read_only(err: BaseException) -> bool:
    if isinstance(err, OSError):
        return err.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    return isinstance(err, sqlite3.Error) and "readonly" in str(err).lower()


def _one_line(value: object) -> str:
    return " ".join(str(value).split())
