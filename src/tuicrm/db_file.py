"""Is a database file one tuicrm can open? Checked before anything heavy loads,
and before anything in the file changes.

Used by ``tuicrm`` (through click, or straight from the launcher), by the
subcommands and by :meth:`tuicrm.db.Database.open`, so a directory, an
unreadable, read-only, damaged or non-SQLite file, another program's SQLite
file or one from a newer tuicrm is refused in the same plain words
everywhere, and untouched: no journal mode switched, no table added.

The structure check (:func:`structure_problems`, SQLite's ``quick_check``)
reads every page: about 1.2 s on the 1M-sale bench file (550 MiB), against
8 s for a full ``integrity_check``. Commands that write run it first; the app
runs it in the background after its first frame and holds writes until it
passes (``Database.hold_writes``).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from tuicrm.errors import CrmError, MigrationError

SQLITE_HEADER = b"SQLite format 3\x00"
#: The newest migration's revision. Opening a database already at it skips
#: loading Alembic (half a second of imports); a test keeps this equal to
#: Alembic's own head. Revisions are numbered "0001", "0002" ... in order.
SCHEMA_HEAD = "0013"
#: How long a check waits for another program's lock (the app's busy timeout).
LOCK_WAIT_S = 10.0
BUSY_TIMEOUT_S = 10
#: Every connection that may write sets these (``tuicrm.db``, ``tuicrm.db_quick``).
SQLITE_PRAGMAS = (
    "foreign_keys=ON",
    f"busy_timeout={BUSY_TIMEOUT_S * 1000}",
    "secure_delete=ON",  # an erased contact must not linger in free pages
    "synchronous=FULL",  # a commit that returned survives a power cut
    # Each pooled connection keeps its own page cache, and SQLite's default
    # (2 MiB) filled on every one is ~5 MiB of a session's peak at 1M sales.
    # The file's pages stay in the OS's cache: a search keystroke at 100k
    # contacts was no slower with 512 KiB (bench/screens.py).
    "cache_size=-512",
)


class DamagedDatabaseError(CrmError):
    """The file failed SQLite's structure check: nothing may be written into it."""

    def __init__(self, path: str | Path, problems: list[str]) -> None:
        lines = [line.strip() for p in problems for line in p.splitlines()
                 if line.strip() and not line.startswith("***")]
        first = "; ".join(line[:80] for line in lines[:2]) + (" ..." if len(lines) > 2 else "")
        super().__init__(
            f"{path} is damaged (SQLite's structure check found: {first}). Nothing was "
            "written to it. Restore it from a backup with `tuicrm restore FILE` (the "
            "backups are in the backups folder of the data directory).")
        self.path, self.problems = str(path), problems


def check_database_file(target: str, *, writing: bool = True) -> list[str]:
    """Refuse, in plain words, a database file tuicrm cannot use; returns notes to
    show the person (a file whose permissions were tightened, or should be).

    Cheap (no SQLAlchemy): a missing file is fine when ``writing`` (it is
    created), a directory, an unreadable, non-SQLite, foreign or newer file is
    not, nor a read-only one when ``writing``, nor one another user owns that
    anyone may write to. Commands that only read pass ``writing=False``: a file
    made read-only (0400) still answers them.
    """
    if "://" in target:
        return []
    path = Path(target).expanduser()
    if path.is_dir():
        raise CrmError(f"{path} is a directory, not a database file.")
    if not path.exists():
        parent = next((p for p in path.absolute().parents if p.exists()), None)
        if writing and parent is not None and not os.access(parent, os.W_OK | os.X_OK):
            raise CrmError(f"cannot create {path}: {parent} is not writable.")
        return []
    if not os.access(path, os.R_OK):
        raise CrmError(f"{path} cannot be read: permission denied.")
    if writing:
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            raise CrmError(f"{path} is read-only; tuicrm needs to write to it "
                           "(make it writable with chmod u+w, or open a copy).")
        if not os.access(path.parent, os.W_OK):
            raise CrmError(f"{path.parent} is read-only; SQLite keeps its journal files beside "
                           f"{path.name} and cannot create them.")
    refuse_a_file_not_ours(path)
    return _keep_private(path, writing=writing)  # only a file tuicrm will use


def _keep_private(path: Path, *, writing: bool) -> list[str]:
    """Clients' personal data is for the team, not for every user of the machine.

    A file of ours that anyone may read is tightened (the group's access, for a
    team sharing one machine, is kept). One another user owns is refused when
    anyone may write to it (they could swap in a database of their own), and
    its reader is told when anyone may read it.
    """
    from tuicrm.textclean import clean_text

    shown = clean_text(str(path), multiline=False)
    mode = path.stat().st_mode & 0o777
    if not mode & 0o007:
        return []
    if path.stat().st_uid != os.geteuid():
        if mode & 0o002:
            raise CrmError(f"{shown} belongs to another user and anyone on this machine may "
                           "write to it; tuicrm does not open it. Ask its owner to run "
                           f"chmod o-w on it.")
        return [f"{shown} can be read by every user of this machine; its owner can fix "
                f"that with: chmod o-rwx {shown}"]
    if not writing:
        return [f"{shown} can be read by every user of this machine; fix it with: "
                f"chmod o-rwx {shown}"]
    for file in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            if file.exists() and (file is path or not file.is_symlink()):
                os.chmod(file, file.stat().st_mode & 0o770)
        except OSError:
            return [f"{shown} can be read by every user of this machine, and could not be "
                    f"made private; fix it with: chmod o-rwx {shown}"]
    return [f"{shown} could be read by every user of this machine; it is now private to "
            "you (and your group)."]


def refuse_a_file_not_ours(path: Path) -> None:
    """Refuse a file that is not SQLite, is damaged at its start, belongs to another
    program, or was written by a newer tuicrm; read-only, so nothing in it changes."""
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if not header:
        return  # an empty file: a new database
    if header != SQLITE_HEADER:
        raise CrmError(f"{path} is not a tuicrm database (not a SQLite file).")
    try:
        with closing(_read_only(path)) as conn:
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            versions = ([v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
                        if "alembic_version" in tables else [])
    except sqlite3.DatabaseError as err:
        raise sqlite_failure(err, path) from err
    ours = "alembic_version" in tables and "contact" in tables
    if tables - {"sqlite_sequence"} and not ours:
        some = ", ".join(sorted(t for t in tables if not t.startswith("sqlite_"))[:3])
        raise CrmError(f"{path} is another program's SQLite database (tables {some}), not "
                       "tuicrm's; it was left as it was. Give tuicrm a file of its own "
                       "with --db.")
    newer = [v for v in versions if not (len(v) == 4 and v.isdigit() and v <= SCHEMA_HEAD)]
    if newer:
        raise MigrationError(f"{path} was written by a newer tuicrm (schema {newer[0]}); "
                             "upgrade tuicrm to open it. Nothing was changed.")


def quick_read_notes(target: str) -> list[str] | None:
    """What opening the file ``target`` to read would say about it (its notes),
    before a read without the data layer (``tuicrm.core.quick``); or None where
    that read must not be tried: a server, a missing file, a file refused or
    brought up to date first (the usual path does it, or says why)."""
    if "://" in target or not Path(target).expanduser().is_file() or is_behind(target):
        return None
    try:
        return check_database_file(target, writing=False)
    except CrmError:
        return None


def is_behind(target: str) -> bool:
    """Whether the tuicrm file ``target`` is at an older schema than this version's
    (it is brought up to date, with a backup first, when it is opened to write)."""
    if "://" in target or not Path(target).expanduser().exists():
        return False
    try:
        with closing(_read_only(Path(target).expanduser())) as conn:
            versions = [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.DatabaseError:
        return False  # a new file, or one to refuse plainly elsewhere
    return bool(versions) and all(v < SCHEMA_HEAD for v in versions)


def structure_problems(path: str | Path) -> list[str]:
    """What SQLite's ``quick_check`` finds wrong with the file (``[]``: sound).

    A file that cannot be read for another reason (locked by another program,
    a disk error) raises that, in plain words: it is not called damaged.
    """
    try:
        with closing(_read_only(Path(path))) as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
    except sqlite3.DatabaseError as err:
        failure = sqlite_failure(err, Path(path))
        if isinstance(failure, DamagedDatabaseError):
            return [str(err)]
        raise failure from err
    return [] if found == ["ok"] else found


def sqlite_failure(err: BaseException, path: Path) -> CrmError:
    """What went wrong with a SQLite file, said as it is: locked by another program,
    a full disk, a read-only file or folder, or (only then) damaged."""
    from tuicrm.textclean import clean_text

    text = str(err).lower()
    shown = clean_text(str(path), multiline=False)
    if "locked" in text or "busy" in text:
        return CrmError(f"{shown} is locked by another program (it is writing to it, or "
                        "holds it exclusively); try again when it is done. Nothing was changed.")
    if "disk is full" in text or getattr(err, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
        return CrmError(f"The disk holding {shown} is full; nothing was saved. Free some space "
                        "and try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text or \
            getattr(err, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CrmError(f"{shown} cannot be written: the file or its folder is read-only, or "
                        "not yours. Nothing was saved.")
    if "disk i/o error" in text:
        return CrmError(f"{shown} could not be read from the disk (an input/output error); "
                        "check the disk, then run `tuicrm check`. Nothing was changed.")
    return DamagedDatabaseError(path, [str(err)])


def check_structure(path: str | Path) -> None:
    """Raise :class:`DamagedDatabaseError` if the file fails its structure check."""
    if Path(path).exists():
        problems = structure_problems(path)
        if problems:
            raise DamagedDatabaseError(path, problems)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT_S)
