"""``tuicrm backup``, ``restore`` and ``check`` on real files, faults included.

Every database here is a real SQLite file in ``tmp_path`` (the ``db`` fixture,
made the demo firm by ``seeded(db)``). Faults are real where they can be made real (a
second process writing, another connection holding a lock, garbage and
damaged pages, read-only files and folders); a full disk is simulated by
making the copy step fail the way SQLite and the OS report it.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from tuicrm import cli, config, maintenance
from tuicrm.commands import common
from tuicrm.core import open_database
from tuicrm.db import BUSY_TIMEOUT_S, Database
from tuicrm.maintenance import MaintenanceError
from tuicrm.services.contacts import create_contact

SHORT = 0.2  # busy timeout for the lock tests, in seconds
BACKUP_NAME = re.compile(r"crm-\d{8}-\d{6}(?:-\d+)?\.db")


# --- helpers -----------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(path: Path) -> dict[str, str]:
    """The bytes of a database and of each journal file beside it."""
    return {p.name: sha256(p) for p in path.parent.glob(path.name + "*")}


def query(path: Path, sql: str, *args: object) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, args).fetchall()


def integrity(path: Path) -> list[tuple]:
    return query(path, "PRAGMA integrity_check")


def contact_names(path: Path) -> list[str]:
    return [name for (name,) in query(path, "SELECT name FROM contact ORDER BY id")]


def add_contact(db: Database, name: str) -> None:
    with db.write() as session:
        create_contact(session=session, data={"name": name})


def backups() -> list[str]:
    return sorted(p.name for p in config.backups_dir().iterdir())


def damaged_copy(db: Database, tmp_path: Path, name: str = "damaged.db") -> Path:
    """A checked copy of ``db`` whose middle pages are overwritten with garbage."""
    copy = maintenance.backup(db.url.database)
    path = tmp_path / name
    path.write_bytes(copy.read_bytes())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("VACUUM")  # no free pages: every page in the middle is in use
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    start, end = pages * 2 // 5 * 4096, pages * 3 // 5 * 4096
    data[start:end] = b"\xa5" * (end - start)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def hold_lock() -> Iterator:
    """``hold_lock(path)``: another connection holding ``BEGIN EXCLUSIVE`` on ``path``."""
    holders: list[sqlite3.Connection] = []

    def hold(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        holders.append(conn)
        return conn

    yield hold
    for conn in holders:
        conn.close()


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# --- backup --------------------------------------------------------------------


def test_backup_is_a_complete_private_checked_copy(db, db_path, seeded):
    seeded(db)
    add_contact(db, "Latest Commit")  # still in the -wal: a file copy could miss it
    assert Path(f"{db_path}-wal").stat().st_size > 0

    copy = maintenance.backup(db_path)

    assert copy.parent == config.backups_dir()
    assert BACKUP_NAME.fullmatch(copy.name)
    assert copy.stat().st_mode & 0o777 == 0o600
    assert integrity(copy) == [("ok",)]
    assert query(copy, "PRAGMA journal_mode") == [("delete",)]
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(copy.name + "-")]
    assert contact_names(copy) == contact_names(db_path)
    assert "Latest Commit" in contact_names(copy)
    for table in ("contract", "meeting", "sale", "sale_line", "follow_up", "alembic_version"):
        assert query(copy, f"SELECT * FROM {table}") == query(db_path, f"SELECT * FROM {table}")


def test_backup_names_copies_made_in_the_same_second_apart(db, db_path):
    first, second = maintenance.backup(db_path), maintenance.backup(db_path)
    assert first != second
    assert BACKUP_NAME.fullmatch(first.name) and BACKUP_NAME.fullmatch(second.name)


def test_rotation_keeps_the_newest_and_never_deletes_other_files(db, db_path, tmp_path):
    folder = config.backups_dir()
    others = {
        "crm-20000101-000000.db": b"looks like ours, but this command did not make it",
        "crm-before-restore-20000101-000000.db": b"safety copy",
        "notes.txt": b"a person's file",
    }
    for name, data in others.items():
        (folder / name).write_bytes(data)
    outside = tmp_path / "outside.db"
    outside.write_bytes(b"outside the folder")
    # Another database with the same file name, elsewhere: its copies are its own.
    other_db = tmp_path / "elsewhere" / "crm.db"
    other_db.parent.mkdir()
    open_database(other_db).dispose()
    other_copy = maintenance.backup(other_db, keep=1)

    made = [maintenance.backup(db_path, keep=2) for _ in range(4)]

    remaining = set(backups())
    assert {made[2].name, made[3].name} <= remaining
    assert not {made[0].name, made[1].name} & remaining
    assert set(others) <= remaining and other_copy.name in remaining
    assert all((folder / n).read_bytes() == d for n, d in others.items())
    assert outside.read_bytes() == b"outside the folder"


def test_rotation_ignores_a_tampered_record(db, db_path, tmp_path):
    maintenance.backup(db_path)
    victim = tmp_path / "crm-20000101-000000.db"
    victim.write_bytes(b"not yours to delete")
    manifest = config.backups_dir() / maintenance.MANIFEST_FILE
    manifest.write_text(
        '{"format": 1, "backups": [{"file": "../' + victim.name + '", '
        '"database": "' + str(db_path.resolve()) + '", "created": "1999"}]}')
    maintenance.backup(db_path, keep=1)
    assert victim.read_bytes() == b"not yours to delete"


def test_a_damaged_record_file_never_fails_a_backup(db, db_path):
    (config.backups_dir() / maintenance.MANIFEST_FILE).write_bytes(b"\xff{not json")
    copy = maintenance.backup(db_path, keep=1)
    assert copy.is_file()


WRITER = r"""
import os, sqlite3, sys
path, stop = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(path, isolation_level=None, timeout=30)
batch = 0
while not os.path.exists(stop):
    batch += 1
    conn.execute("BEGIN IMMEDIATE")
    for part in "ab":  # one transaction, two rows of the same batch
        conn.execute("INSERT INTO app_meta(key, value) VALUES (?, ?)",
                     (f"probe-{batch:06d}-{part}", f"{batch}:" + "x" * 400))
    conn.execute("COMMIT")
    if batch == 1:
        print("started", flush=True)
print(batch, flush=True)
"""


def test_backup_while_another_process_writes_is_complete_and_consistent(db, db_path, tmp_path, seeded):
    seeded(db)
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "started"
        copies = []
        for _ in range(6):
            copies.append(maintenance.backup(db_path, keep=10))
            time.sleep(0.05)
        assert writer.poll() is None, "the writer must still be writing during every backup"
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=60)
    total = int(out.split()[-1])

    seen = []
    for copy in copies:
        assert integrity(copy) == [("ok",)]
        assert query(copy, "PRAGMA foreign_key_check") == []
        rows = query(copy, "SELECT key FROM app_meta WHERE key LIKE 'probe-%'")
        batches: dict[int, set[str]] = {}
        for (key,) in rows:
            _, number, part = key.split("-")
            batches.setdefault(int(number), set()).add(part)
        # Every writer transaction is all there or absent, and commits are in order.
        assert all(parts == {"a", "b"} for parts in batches.values())
        assert sorted(batches) == list(range(1, len(batches) + 1))
        assert contact_names(copy) == contact_names(db_path)
        seen.append(len(batches))
    assert seen == sorted(seen)
    assert 0 < seen[0] and seen[-1] < total, (seen, total)


def test_a_writer_holding_the_lock_does_not_block_a_backup_of_a_wal_database(
    db, db_path, hold_lock
, seeded):
    seeded(db)
    holder = hold_lock(db_path)
    holder.execute("INSERT INTO app_meta(key, value) VALUES ('uncommitted', 'x')")
    copy = maintenance.backup(db_path, busy_timeout=SHORT)
    assert query(copy, "SELECT count(*) FROM app_meta WHERE key = 'uncommitted'") == [(0,)]
    assert contact_names(copy) == contact_names(db_path)


@pytest.fixture
def rollback_journal_db(db, db_path) -> Path:
    """The database in rollback-journal mode, where a writer's lock blocks readers."""
    db.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    return db_path


def test_backup_and_check_of_a_locked_database_say_so_plainly(rollback_journal_db, hold_lock):
    hold_lock(rollback_journal_db)
    before = backups()
    started = time.monotonic()
    with pytest.raises(MaintenanceError) as caught:
        maintenance.backup(rollback_journal_db, busy_timeout=SHORT)
    assert time.monotonic() - started < 5
    assert str(caught.value) == (
        f"{rollback_journal_db} is locked: another program is writing to it; "
        "try again in a moment. Nothing was changed.")
    assert backups() == before  # no half-made copy
    with pytest.raises(MaintenanceError, match="another program is writing to it; try again"):
        maintenance.check(rollback_journal_db, busy_timeout=SHORT)


def test_a_copy_step_that_stays_busy_gives_up_after_the_timeout(tmp_path, hold_lock):
    """Python's Connection.backup retries a busy step forever; ours stops."""
    target = tmp_path / "target.db"
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("CREATE TABLE t (x)")
    hold_lock(target)
    started = time.monotonic()
    with closing(sqlite3.connect(":memory:")) as src, \
            closing(sqlite3.connect(target, timeout=0.05)) as dest:
        src.execute("CREATE TABLE s (y)")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            maintenance.copies._backup_pages(src, dest, SHORT)
    assert time.monotonic() - started < 5


def test_backup_of_a_full_disk_keeps_nothing(db, db_path, monkeypatch):
    before = backups()

    def disk_full(source, target, timeout):
        target.execute("CREATE TABLE partial (x)")  # something was written
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(maintenance.copies, "_backup_pages", disk_full)
    with pytest.raises(MaintenanceError, match=r"^not enough disk space in .* nothing was kept"):
        maintenance.backup(db_path)
    assert backups() == before


def test_a_backup_killed_halfway_leaves_nothing_that_looks_like_a_backup(db, db_path):
    """kill -9 in the middle of the copy: no file is left under a backup's name (the
    copy is made under a hidden one and named only once checked)."""
    script = (
        "import os, signal, sys\n"
        "from tuicrm import maintenance\n"
        "def killed(source, target, timeout):\n"
        "    target.execute('CREATE TABLE partial (x)')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "maintenance.copies._backup_pages = killed\n"
        "maintenance.backup(sys.argv[1])\n")
    result = subprocess.run([sys.executable, "-c", script, str(db_path)], timeout=60)
    assert result.returncode == -signal.SIGKILL
    left = [name for name in backups() if not name.startswith(".")]
    assert not [name for name in left if BACKUP_NAME.fullmatch(name)]
    assert [name for name in backups() if name.startswith(".")]  # the debris, hidden


def test_the_next_backup_clears_what_a_killed_one_left(db, db_path):
    """kill -9 leaves the hidden partial copy (and its journal); the next run removes
    those an hour old, and leaves a newer one (another backup may be writing it)."""
    folder = config.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / ".crm-20261101-120000-abcd.partial"
    old_journal = folder / ".crm-20261101-120000-abcd.partial-journal"
    recent = folder / ".crm-20261122-095959-efgh.partial"
    for path in (old, old_journal, recent):
        path.write_bytes(b"half a copy")
    hour_ago = recent.stat().st_mtime - 3700  # on the file system's clock
    for path in (old, old_journal):
        os.utime(path, (hour_ago, hour_ago))

    copy = maintenance.backup(db_path)

    assert not old.exists() and not old_journal.exists() and recent.exists()
    assert BACKUP_NAME.fullmatch(copy.name) and integrity(copy) == [("ok",)]


def test_backup_when_the_folder_cannot_be_written_by_the_os(db, db_path, monkeypatch):
    real_open = os.open
    folder = config.backups_dir()

    def refuse(path, flags, mode=0o777, **kw):
        if Path(path).parent == folder:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, flags, mode, **kw)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(MaintenanceError, match="^not enough disk space to write .*Nothing was"):
        maintenance.backup(db_path)


def test_backup_refuses_missing_and_foreign_files(tmp_path):
    with pytest.raises(MaintenanceError, match="does not exist; nothing was backed up"):
        maintenance.backup(tmp_path / "missing.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    with pytest.raises(MaintenanceError, match="is not a SQLite database; nothing was backed up"):
        maintenance.backup(junk)
    with pytest.raises(MaintenanceError, match="is a directory"):
        maintenance.backup(tmp_path)


def test_backup_of_a_read_only_database_works(db, db_path, tmp_path, seeded):
    seeded(db)
    copy = tmp_path / "read-only.db"
    copy.write_bytes(maintenance.backup(db_path).read_bytes())  # a single-file database
    copy.chmod(0o400)
    made = maintenance.backup(copy)
    assert contact_names(made) == contact_names(db_path)


def test_backup_into_a_read_only_folder_is_refused(db, db_path):
    folder = config.backups_dir()
    folder.chmod(0o500)
    try:
        with pytest.raises(MaintenanceError, match="is read-only; cannot write a backup there"):
            maintenance.backup(db_path)
    finally:
        folder.chmod(0o700)
    assert backups() == []


def test_the_busy_timeout_matches_the_apps():
    assert maintenance.BUSY_TIMEOUT_S == BUSY_TIMEOUT_S


# --- check -----------------------------------------------------------------------


def test_check_reports_ok_with_counts(db, db_path, seeded):
    seeded(db)
    wal = Path(f"{db_path}-wal")
    before = (sha256(db_path), db_path.stat().st_mtime_ns, sha256(wal))
    report = maintenance.check(db_path)
    assert (sha256(db_path), db_path.stat().st_mtime_ns, sha256(wal)) == before
    assert report.ok and report.problems == []
    contacts = query(db_path, "SELECT count(*) FROM contact")[0][0]
    assert report.counts["contacts"] == contacts > 0
    assert report.verdict().startswith(
        f"OK: integrity and foreign keys check out ({contacts} contacts, ")


def test_check_finds_a_damaged_page_without_writing(db, tmp_path, seeded):
    seeded(db)
    path = damaged_copy(db, tmp_path)
    before, mtime = sha256(path), path.stat().st_mtime_ns
    report = maintenance.check(path)
    assert not report.ok and report.problems
    assert report.verdict().startswith(f"PROBLEMS: {path} failed its check:")
    assert sha256(path) == before and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.glob("damaged.db*")) == ["damaged.db"]


def test_check_finds_broken_references(db, tmp_path, seeded):
    seeded(db)
    path = tmp_path / "broken.db"
    path.write_bytes(maintenance.backup(db.url.database).read_bytes())
    with closing(sqlite3.connect(path)) as conn:  # foreign keys are off by default
        conn.execute("UPDATE contact_email SET contact_id = 999999 "
                     "WHERE rowid = (SELECT min(rowid) FROM contact_email)")
        conn.commit()
    report = maintenance.check(path)
    assert not report.ok
    assert report.problems == [report.problems[0]]
    assert report.problems[0].startswith("1 broken reference (contact_email row ")


def test_check_of_files_that_are_not_tuicrm_databases(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello " * 1000)
    assert maintenance.check(junk).problems == [
        "it is not a SQLite database (its first bytes are not a SQLite header)"]
    empty = tmp_path / "empty.db"
    empty.touch()
    assert not maintenance.check(empty).ok
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE notes (x)")
    assert maintenance.check(other).problems == [
        "it is not a tuicrm database (it has no alembic_version table)"]
    with pytest.raises(MaintenanceError, match="does not exist; nothing to check"):
        maintenance.check(tmp_path / "missing.db")


# --- restore -----------------------------------------------------------------------


def test_restore_replaces_the_contents_and_keeps_the_previous_database(db, db_path, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    add_contact(db, "Added After The Backup")
    was = contact_names(db_path)

    previous = maintenance.restore(copy, db_path)

    assert previous is not None and previous.parent == config.backups_dir()
    assert re.fullmatch(r"crm-before-restore-\d{8}-\d{6}(?:-\d+)?\.db", previous.name)
    assert previous.stat().st_mode & 0o777 == 0o600
    assert contact_names(previous) == was
    assert "Added After The Backup" not in contact_names(db_path)
    assert contact_names(db_path) == contact_names(copy)
    assert integrity(db_path) == [("ok",)]
    assert db_path.stat().st_mode & 0o777 == 0o600
    # The app's open connections see the restored data (an ordinary commit).
    with db.read() as session:
        count = session.execute(sa.text("SELECT count(*) FROM contact")).scalar_one()
    assert count == len(contact_names(copy))
    add_contact(db, "Written After The Restore")  # and can carry on writing
    assert maintenance.check(db_path).ok


def test_restore_into_a_new_file_creates_it_private(db, db_path, tmp_path, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    target = tmp_path / "new" / "fresh.db"
    assert maintenance.restore(copy, target) is None
    assert target.stat().st_mode & 0o777 == 0o600
    assert contact_names(target) == contact_names(db_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "damaged page", "not tuicrm"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(db, db_path, tmp_path, damage, seeded):
    seeded(db)
    bad = tmp_path / "bad.db"
    if damage == "garbage":
        bad.write_bytes(os.urandom(64 * 1024))
    elif damage == "truncated":
        data = maintenance.backup(db_path).read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif damage == "damaged page":
        bad = damaged_copy(db, tmp_path, "bad.db")
    else:
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE contact (name)")
    before, kept = fingerprint(db_path), backups()

    with pytest.raises(MaintenanceError) as caught:
        maintenance.restore(bad, db_path)

    message = str(caught.value)
    assert message.startswith(f"{bad} cannot be restored: ")
    assert message.endswith("Nothing was changed.") and "\n" not in message
    assert fingerprint(db_path) == before
    assert backups() == kept


def test_restore_refuses_a_backup_from_a_newer_tuicrm(db, db_path, tmp_path):
    newer = tmp_path / "newer.db"
    newer.write_bytes(maintenance.backup(db_path).read_bytes())
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        conn.commit()
    before = fingerprint(db_path)
    with pytest.raises(MaintenanceError, match="written by a newer tuicrm"):
        maintenance.restore(newer, db_path)
    assert fingerprint(db_path) == before


def test_restore_never_writes_over_a_damaged_database(db, tmp_path, seeded):
    seeded(db)
    good = maintenance.backup(db.url.database)
    target = damaged_copy(db, tmp_path)
    before = fingerprint(target)
    with pytest.raises(MaintenanceError, match="fails its own check .* Move it aside"):
        maintenance.restore(good, target)
    assert fingerprint(target) == before


def test_restore_into_a_locked_database_says_so_and_changes_nothing(db, db_path, hold_lock, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    add_contact(db, "Kept")
    hold_lock(db_path)
    before, kept = fingerprint(db_path), backups()
    with pytest.raises(MaintenanceError) as caught:
        maintenance.restore(copy, db_path, busy_timeout=SHORT)
    assert str(caught.value) == (
        f"{db_path} is locked: another program is writing to it; try again in a moment. "
        "Nothing was changed.")
    assert fingerprint(db_path) == before and backups() == kept
    assert "Kept" in contact_names(db_path)


def test_restore_on_a_full_disk_leaves_the_database_as_it_was(db, db_path, monkeypatch, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    add_contact(db, "Kept")
    real = maintenance.copies._backup_pages

    def full_on_restore(source, target, timeout):
        if source.execute("PRAGMA database_list").fetchone()[2] == str(copy):
            raise sqlite3.OperationalError("database or disk is full")
        real(source, target, timeout)  # the safety copy works

    monkeypatch.setattr(maintenance.copies, "_backup_pages", full_on_restore)
    with pytest.raises(MaintenanceError) as caught:
        maintenance.restore(copy, db_path)
    message = str(caught.value)
    assert message.startswith(f"not enough disk space to restore into {db_path}; "
                              f"{db_path} is as it was.")
    assert "Kept" in contact_names(db_path)
    assert maintenance.check(db_path).ok


def test_restore_into_a_read_only_file_or_folder_is_refused(db, db_path, tmp_path, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    target = tmp_path / "ro" / "crm.db"
    target.parent.mkdir()
    target.write_bytes(copy.read_bytes())
    target.chmod(0o400)
    before = fingerprint(target)
    with pytest.raises(MaintenanceError, match=r"is read-only; make it writable \(chmod u\+w\)"):
        maintenance.restore(copy, target)
    target.chmod(0o600)
    target.parent.chmod(0o500)
    try:
        with pytest.raises(MaintenanceError, match="ro is read-only; SQLite needs to write"):
            maintenance.restore(copy, target)
    finally:
        target.parent.chmod(0o700)
    assert fingerprint(target) == before


def test_restore_refuses_the_database_itself(db, db_path):
    with pytest.raises(MaintenanceError, match="is the database itself"):
        maintenance.restore(db_path, db_path)


@pytest.mark.skipif(is_root(), reason="root reads files whatever their mode")
def test_an_unreadable_backup_is_refused(db, db_path, tmp_path):
    copy = tmp_path / "secret.db"
    copy.write_bytes(maintenance.backup(db_path).read_bytes())
    copy.chmod(0o000)
    with pytest.raises(MaintenanceError, match="cannot be read: permission denied"):
        maintenance.restore(copy, db_path)


# --- the command line ----------------------------------------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def one_plain_line(result, *words: str, after_prompt: bool = False) -> str:
    """Status 1 and one ``tuicrm: ...`` line on stderr (after the question, if asked)."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    if after_prompt:
        assert lines[0].endswith("[y/N]: n")
        lines = lines[1:]
    assert len(lines) == 1 and lines[0].startswith("tuicrm: "), result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def test_cli_backup_and_check(runner, db, db_path, seeded):
    seeded(db)
    result = runner.invoke(cli.main, ["--db", str(db_path), "backup", "--keep", "3"])
    assert result.exit_code == 0, result.output
    (made,) = [name for name in backups() if BACKUP_NAME.fullmatch(name)]
    assert result.stdout.strip() == (
        f"Backed up {db_path} to {config.backups_dir() / made} (checked).")
    result = runner.invoke(cli.main, ["--db", str(db_path), "check"])
    assert result.exit_code == 0
    assert result.stdout.startswith("OK: integrity and foreign keys check out (60 contacts, ")


def test_cli_check_exits_1_on_problems(runner, db, tmp_path, seeded):
    seeded(db)
    path = damaged_copy(db, tmp_path)
    result = runner.invoke(cli.main, ["--db", str(path), "check"])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"PROBLEMS: {path} failed its check:")
    assert "Traceback" not in result.output


def test_cli_uses_the_environment_and_default_database(runner, db, db_path, monkeypatch):
    monkeypatch.setenv("TUICRM_DB", str(db_path))
    assert runner.invoke(cli.main, ["check"]).exit_code == 0
    monkeypatch.delenv("TUICRM_DB")
    result = runner.invoke(cli.main, ["check"])  # the default database does not exist yet
    one_plain_line(result, str(Path(config.default_database())), "does not exist")


def test_cli_restore_asks_first(runner, db, db_path, monkeypatch, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    add_contact(db, "Added After The Backup")
    argv = ["--db", str(db_path), "restore", str(copy)]

    result = runner.invoke(cli.main, argv)  # no terminal, no --yes
    one_plain_line(result, "pass --yes", "Nothing was changed")
    assert "Added After The Backup" in contact_names(db_path)

    monkeypatch.setattr(common, "is_interactive", lambda: True)
    result = runner.invoke(cli.main, argv, input="n\n")
    one_plain_line(result, "restore cancelled; nothing was changed.", after_prompt=True)
    assert "Added After The Backup" in contact_names(db_path)

    result = runner.invoke(cli.main, argv, input="y\n")
    assert result.exit_code == 0, result.output
    assert "Added After The Backup" not in contact_names(db_path)
    assert f"Restored {db_path} from {copy} (60 contacts, " in result.stdout
    assert "The database as it was before is kept at " in result.stdout


def test_cli_restore_yes_and_refusals(runner, db, db_path, tmp_path, seeded):
    seeded(db)
    copy = maintenance.backup(db_path)
    result = runner.invoke(cli.main, ["--db", str(db_path), "restore", "--yes", str(copy)])
    assert result.exit_code == 0, result.output
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = fingerprint(db_path)
    result = runner.invoke(cli.main, ["--db", str(db_path), "restore", "--yes", str(junk)])
    one_plain_line(result, str(junk), "cannot be restored", "not a SQLite database")
    result = runner.invoke(cli.main, ["--db", str(db_path), "restore", "--yes",
                                      str(tmp_path / "missing.db")])
    one_plain_line(result, "missing.db does not exist; nothing was changed.")
    assert fingerprint(db_path) == before


@pytest.mark.parametrize("command", [["backup"], ["check"], ["restore", "--yes", "x.db"]])
def test_cli_refuses_postgresql_plainly(runner, command):
    url = "postgresql://someone:secret@db.example/crm"
    result = runner.invoke(cli.main, ["--db", url, *command])
    line = one_plain_line(result, "SQLite database files", "pg_dump")
    assert "secret" not in line


def test_cli_accepts_a_sqlite_url(runner, db, db_path):
    result = runner.invoke(cli.main, ["--db", f"sqlite:///{db_path}", "check"])
    assert result.exit_code == 0, result.output


def test_cli_locked_database_is_one_plain_line(rollback_journal_db, hold_lock, monkeypatch):
    hold_lock(rollback_journal_db)
    monkeypatch.setattr(maintenance.common, "BUSY_TIMEOUT_S", SHORT)
    for command in (["backup"], ["check"]):
        result = CliRunner().invoke(cli.main, ["--db", str(rollback_journal_db), *command])
        one_plain_line(result, "another program is writing to it; try again")


def test_console_script_check_of_a_damaged_file(db, tmp_path, seeded):
    """A real process: verdict on stdout, status 1, no traceback."""
    seeded(db)
    path = damaged_copy(db, tmp_path)
    tuicrm = Path(sys.executable).with_name("tuicrm")
    done = subprocess.run([str(tuicrm), "--db", str(path), "check"], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stdout.startswith("PROBLEMS:") and "Traceback" not in done.stderr
