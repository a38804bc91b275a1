"""``tuicrm backup``: checked copies through the backup API, rotated per database."""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import tempfile
import time
from contextlib import closing, suppress
from pathlib import Path

from tuicrm import dates
from tuicrm.backup import BackupError, remove_database_files, verify_copy
from tuicrm.maintenance.common import (
    _SQLITE_BUSY,
    _SQLITE_LOCKED,
    DEFAULT_KEEP,
    MANIFEST_FILE,
    MAX_MANIFEST_BYTES,
    MaintenanceError,
    _backups_folder,
    _begin_read,
    _connect_read_only,
    _is_disk_full,
    _is_lock,
    _is_read_only,
    _locked,
    _one_line,
    _os_failure,
    _plain_errors,
    _readable_file,
    _require_sqlite,
    _timeout,
)

# --- backup ------------------------------------------------------------------


def backup(
    database_path: str | Path,
    *,
    keep: int = DEFAULT_KEEP,
    busy_timeout: float | None = None,
    directory: Path | None = None,
) -> Path:
    """Copy ``database_path`` into the backups folder; return the checked copy.

    The copy is named ``<stem>-YYYYMMDD-HHMMSS[-n].db`` (local time; ``-n``
    when several are made in one second), is private (0600), has no journal
    files beside it, and has passed ``integrity_check``. Then only the newest
    ``keep`` copies this function made of the same database are kept.
    """
    busy_timeout = _timeout(busy_timeout)
    if keep < 1:
        raise MaintenanceError("keep at least one backup (--keep 1 or more).")
    path = _readable_file(database_path, "nothing was backed up")
    _require_sqlite(path, "nothing was backed up")
    folder = _backups_folder(directory)
    with _plain_errors(path, reading=True), closing(_connect_read_only(path, busy_timeout)) as src:
        _begin_read(src)  # the copy is this snapshot; another program's lock shows here
        dest = copy_into_folder(src, folder, f"{path.stem}-{_stamp()}", source_path=path,
                                busy_timeout=busy_timeout)
    _record_and_rotate(folder, dest, path, keep)
    return dest


#: A copy in the making: hidden, and named so that nothing takes it for a backup.
PARTIAL = re.compile(r"\..+\.partial(?:-journal)?")
DEBRIS_AGE_S = 3600  # an older partial copy was left by a run that was killed


def copy_into_folder(source: sqlite3.Connection, folder: Path, base: str, *,
                     source_path: Path, busy_timeout: float) -> Path:
    """Copy ``source`` into ``folder`` as ``base[-n].db``, never leaving a file by
    that name that is not a checked copy.

    The copy is made under a hidden temporary name (``.<base>-XXXX.partial``),
    checked, then linked to its real name (a link fails rather than replace a
    file that appeared meanwhile) and the temporary name removed. A run killed
    halfway leaves only the hidden file, which the next run clears.
    """
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{base}-", suffix=".partial", dir=folder)
    except OSError as err:
        raise MaintenanceError(_os_failure(err, folder) + " Nothing was copied.") from err
    os.close(fd)  # mkstemp makes it 0600
    temp = Path(temp_name)
    clear_debris(folder, now=temp.stat().st_mtime, keep=temp)
    try:
        _copy_checked(source, temp, source_path=source_path, busy_timeout=busy_timeout)
        return _link_free_name(temp, folder, base)
    finally:
        with suppress(OSError):
            remove_database_files(temp)


def clear_debris(folder: Path, *, now: float, keep: Path) -> None:
    """Remove the hidden partial copies that killed runs left (an hour old or more).

    ``now`` is the file system's own clock (the new partial file's time), so ages
    are measured on one clock whatever the process's says.
    """
    with suppress(OSError):
        for entry in folder.iterdir():
            if PARTIAL.fullmatch(entry.name) and entry != keep:
                with suppress(OSError):
                    if now - entry.stat().st_mtime > DEBRIS_AGE_S:
                        entry.unlink()


def _link_free_name(temp: Path, folder: Path, base: str) -> Path:
    """Give the checked copy ``temp`` the name ``base[-n].db``; ``n`` goes past the
    highest one in the folder for this second, so names sort in the order copies
    were made."""
    used = re.compile(re.escape(base) + r"(?:-(\d+))?\.db")
    taken = [int(m.group(1) or 1) for p in folder.iterdir() if (m := used.fullmatch(p.name))]
    first = max(taken, default=0) + 1
    for n in range(first, first + 1000):
        candidate = folder / (f"{base}.db" if n == 1 else f"{base}-{n}.db")
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError as err:
            if err.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise MaintenanceError(_os_failure(err, candidate) + " Nothing was kept.") from err
            if candidate.exists():  # a file system without hard links (FAT): rename
                continue
            os.replace(temp, candidate)
        return candidate
    raise MaintenanceError(f"too many backups named {base} in {folder}; try again in a second.")


def _copy_checked(
    source: sqlite3.Connection, dest: Path, *, source_path: Path, busy_timeout: float
) -> None:
    """Copy ``source`` into the reserved empty file ``dest``, then check the copy.

    On any failure the copy (and any journal beside it) is deleted and a plain
    :class:`MaintenanceError` is raised.
    """
    try:
        with closing(sqlite3.connect(dest, timeout=busy_timeout)) as target:
            _backup_pages(source, target, busy_timeout)
            # A backup is one file a person can move around: no -wal beside it.
            target.execute("PRAGMA journal_mode=DELETE")
        verify_copy(dest)
    except BaseException as err:
        with suppress(OSError):
            remove_database_files(dest)
        if isinstance(err, BackupError):
            raise MaintenanceError(
                f"the copy of {source_path} failed its integrity check and was deleted; "
                f"{source_path} itself may be damaged: run `tuicrm check`.") from err
        if isinstance(err, sqlite3.Error | OSError):
            raise MaintenanceError(_copy_failure(err, source_path, dest)) from err
        raise


def _copy_failure(err: BaseException, source: Path, dest: Path) -> str:
    if _is_disk_full(err):
        return f"not enough disk space in {dest.parent} for a copy of {source}; nothing was kept."
    if _is_lock(err):
        return _locked(source)
    if _is_read_only(err):
        return f"{dest.parent} is not writable; nothing was copied."
    if isinstance(err, OSError):
        return _os_failure(err, dest)
    return (f"{source} could not be copied ({_one_line(err)}); it may be damaged: "
            "run `tuicrm check`.")


def _backup_pages(
    source: sqlite3.Connection, target: sqlite3.Connection, busy_timeout: float
) -> None:
    """``source.backup(target)``, but giving up on a lock after ``busy_timeout``.

    Python's ``Connection.backup`` retries a busy step forever; the progress
    callback ends that once the lock has lasted longer than the busy timeout.
    """
    deadline: float | None = None

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal deadline
        if status not in (_SQLITE_BUSY, _SQLITE_LOCKED):
            deadline = None
            return
        now = time.monotonic()
        if deadline is None:
            deadline = now + busy_timeout
        elif now >= deadline:
            raise sqlite3.OperationalError("database is locked")

    source.backup(target, progress=progress, sleep=0.05)


def _stamp() -> str:
    return dates.now().strftime("%Y%m%d-%H%M%S")



# --- rotation ----------------------------------------------------------------


def _backup_name(database: Path) -> re.Pattern[str]:
    return re.compile(re.escape(database.stem) + r"-\d{8}-\d{6}(?:-\d+)?\.db")


def _record_and_rotate(folder: Path, copy: Path, database: Path, keep: int) -> list[Path]:
    """Record ``copy`` and delete this database's recorded copies beyond ``keep``.

    Never fails the backup: the copy is made and checked by now, and a record
    that cannot be written only means an old copy stays.
    """
    entries = _load_manifest(folder)
    entries.append({"file": copy.name, "database": str(database.resolve()),
                    "created": dates.utcnow().isoformat()})
    pattern, source = _backup_name(database), str(database.resolve())
    entries = [e for e in entries if (folder / e["file"]).is_file()]  # forget deleted copies
    mine = [e for e in entries if e["database"] == source and pattern.fullmatch(e["file"])]
    mine.sort(key=lambda e: e["created"])
    removed: list[Path] = []
    for entry in mine[:-keep]:
        old = folder / entry["file"]
        try:
            remove_database_files(old)
        except OSError:
            continue
        removed.append(old)
    gone = {p.name for p in removed}
    with suppress(OSError):
        _save_manifest(folder, [e for e in entries if e["file"] not in gone])
    return removed


def _load_manifest(folder: Path) -> list[dict[str, str]]:
    """The recorded copies; a missing, damaged or foreign file records none."""
    try:
        with (folder / MANIFEST_FILE).open("rb") as handle:
            data = handle.read(MAX_MANIFEST_BYTES + 1)
        raw = json.loads(data.decode("utf-8")) if len(data) <= MAX_MANIFEST_BYTES else {}
    except (OSError, ValueError):
        return []
    entries = raw.get("backups") if isinstance(raw, dict) else None
    keys = ("file", "database", "created")
    return [
        {k: e[k] for k in keys}
        for e in entries or []
        if isinstance(e, dict)
        and all(isinstance(e.get(k), str) for k in keys)
        and e["file"] == Path(e["file"]).name  # a bare name: never a path out of the folder
        and e["file"] not in ("", ".", "..")
    ] if isinstance(entries, list) else []


def _save_manifest(folder: Path, entries: list[dict[str, str]]) -> None:
    text = json.dumps({"format": 1, "backups": entries}, indent=1) + "\n"
    fd, temp = tempfile.mkstemp(prefix=".backups-", suffix=".tmp", dir=folder)  # 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder / MANIFEST_FILE)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
