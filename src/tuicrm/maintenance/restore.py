"""``tuicrm restore FILE``: verify the copy, keep the current file, replace through the backup API."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

from tuicrm.backup import create_private_file, remove_database_files
from tuicrm.maintenance import copies
from tuicrm.maintenance.check import (
    check,
)
from tuicrm.maintenance.common import (
    CheckReport,
    MaintenanceError,
    _backups_folder,
    _begin_read,
    _connect_read_only,
    _is_disk_full,
    _is_lock,
    _is_read_only,
    _locked,
    _one_line,
    _plain_errors,
    _readable_file,
    _timeout,
    _writable_dir,
)
from tuicrm.maintenance.copies import (
    _stamp,
    copy_into_folder,
)

# --- restore -----------------------------------------------------------------


def verify_backup(backup_file: str | Path, *, busy_timeout: float | None = None) -> CheckReport:
    """Check that ``backup_file`` can be restored, or raise a plain error.

    It must pass :func:`check` (integrity, foreign keys, a tuicrm schema) and
    its schema revision must be one this tuicrm knows (not a newer tuicrm's).
    """
    busy_timeout = _timeout(busy_timeout)
    path = _readable_file(backup_file, "nothing was changed")
    report = check(path, busy_timeout=busy_timeout)
    if not report.ok:
        raise MaintenanceError(
            f"{path} cannot be restored: {'; '.join(report.problems)}. Nothing was changed.")
    if report.revision is not None and not _known_revision(report.revision):
        raise MaintenanceError(
            f"{path} was written by a newer tuicrm (schema {report.revision}); upgrade tuicrm "
            "to restore it. Nothing was changed.")
    return report


def restore(
    backup_file: str | Path,
    database_path: str | Path,
    *,
    busy_timeout: float | None = None,
    directory: Path | None = None,
) -> Path | None:
    """Replace the contents of ``database_path`` with the checked ``backup_file``.

    Returns the checked copy of the database as it was before (named
    ``<stem>-before-restore-YYYYMMDD-HHMMSS[-n].db`` in the backups folder),
    or ``None`` when there was no database (or a blank one) to keep.
    Everything that can be refused is refused before the first write.
    """
    busy_timeout = _timeout(busy_timeout)
    source = verify_backup(backup_file, busy_timeout=busy_timeout).path
    target = Path(database_path).expanduser()
    if target.is_dir():
        raise MaintenanceError(
            f"{target} is a directory, not a database file; nothing was changed.")
    if target.exists() and os.path.samefile(source, target):
        raise MaintenanceError(f"{source} is the database itself; nothing was changed.")
    _require_writable_target(target)
    keep_previous = False
    if target.exists():
        current = check(target, busy_timeout=busy_timeout)
        if not current.ok and current.tables != 0:
            raise MaintenanceError(
                f"{target} fails its own check ({'; '.join(current.problems)}); restore does not "
                f"write over a file that failed its check. Move it aside (for example "
                f"mv {target} {target}.damaged) and run the restore again. Nothing was changed.")
        keep_previous = current.tables != 0
    folder = _backups_folder(directory)
    created = not target.exists()
    try:
        with _plain_errors(target, reading=False):
            create_private_file(target)
        previous = _restore_into(source, target, folder, keep_previous, busy_timeout)
    except BaseException:
        if created:  # leave no empty file behind where there was none
            with suppress(OSError):
                remove_database_files(target)
        raise
    result = check(target, busy_timeout=busy_timeout)
    if not result.ok:
        kept = f"; the database as it was before is kept at {previous}" if previous else ""
        raise MaintenanceError(
            f"{target} failed its check after the restore ({'; '.join(result.problems)}){kept}.")
    return previous


def _restore_into(
    source: Path, target: Path, folder: Path, keep_previous: bool, busy_timeout: float
) -> Path | None:
    previous = None
    with _plain_errors(target, reading=False), \
            closing(sqlite3.connect(target, timeout=busy_timeout, isolation_level=None)) as dest:
        dest.execute("BEGIN IMMEDIATE")  # someone holding the write lock shows here, plainly
        dest.execute("ROLLBACK")
        if keep_previous:
            previous = copy_into_folder(dest, folder, f"{target.stem}-before-restore-{_stamp()}",
                                        source_path=target, busy_timeout=busy_timeout)
        with _plain_errors(source, reading=True), \
                closing(_connect_read_only(source, busy_timeout)) as src:
            _begin_read(src)
            _replace_contents(src, dest, target, previous, busy_timeout)
    return previous


def _replace_contents(
    src: sqlite3.Connection, dest: sqlite3.Connection, target: Path,
    previous: Path | None, busy_timeout: float,
) -> None:
    """The one write of a restore: all of it commits, or the target is as it was."""
    kept = f" The database as it was before is also kept at {previous}." if previous else ""
    try:
        copies._backup_pages(src, dest, busy_timeout)  # one place tests can stand in for
    except (sqlite3.Error, OSError) as err:
        if _is_lock(err):
            message = _locked(target)
        elif _is_disk_full(err):
            message = f"not enough disk space to restore into {target}"
        elif _is_read_only(err):
            message = f"{target} is read-only"
        else:
            message = f"the restore into {target} failed ({_one_line(err)})"
        raise MaintenanceError(f"{message.rstrip('.')}; {target} is as it was.{kept}") from err


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory  # only a restore needs Alembic

    from tuicrm.migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
        return False


def _require_writable_target(target: Path) -> None:
    """Refuse a read-only database file or folder (by mode bits too, even as root)."""
    if target.exists():
        if not os.access(target, os.W_OK) or not target.stat().st_mode & 0o222:
            raise MaintenanceError(
                f"{target} is read-only; make it writable (chmod u+w) to restore into it. "
                "Nothing was changed.")
        folder = target.parent
    else:
        folder = next((p for p in target.absolute().parents if p.exists()), Path("/"))
    if not _writable_dir(folder):
        raise MaintenanceError(
            f"{folder} is read-only; SQLite needs to write its journal there to restore "
            f"{target.name}. Nothing was changed.")
