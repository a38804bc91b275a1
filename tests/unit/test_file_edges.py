"""Files tuicrm must not write into: another program's, a damaged one, a read-only
one for commands that only read. Each is refused (or read) leaving every byte as
it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm.cli import main
from tuicrm.core import open_database
from tuicrm.errors import CrmError


def run(db_path: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


@pytest.fixture
def bookmarks(tmp_path: Path) -> Path:
    path = tmp_path / "places.sqlite"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    return path


@pytest.fixture
def a_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nZed Zeta,zed@example.org\n")
    return path


@pytest.mark.parametrize("args", [["agenda"], ["report"], ["export", "--json", "out.json"],
                                  ["import", "CSV"], ["history", "contact", "1"]])
def test_another_programs_file_is_refused_and_left_as_it_was(bookmarks, a_csv, tmp_path, args):
    before = digest(bookmarks)
    args = [str(a_csv) if a == "CSV" else str(tmp_path / a) if a.endswith(".json") else a
            for a in args]
    result = run(bookmarks, *args)
    assert result.exit_code == 1
    assert "another program's SQLite database (tables bookmarks)" in result.output
    assert "Traceback" not in result.output and "CREATE TABLE" not in result.output
    assert digest(bookmarks) == before and journal_mode(bookmarks) == "delete"
    assert not Path(f"{bookmarks}-wal").exists()


def test_a_refused_file_keeps_its_permissions(bookmarks):
    """Refusing another program's file leaves it as it was: its mode too (a file
    tuicrm does not use is not made private behind its owner's back)."""
    os.chmod(bookmarks, 0o644)
    result = run(bookmarks, "import", "--undo")
    assert result.exit_code == 1 and "another program's" in result.output
    assert bookmarks.stat().st_mode & 0o777 == 0o644


def test_the_app_refuses_another_programs_file_too(bookmarks):
    with pytest.raises(CrmError, match="another program's"):
        open_database(bookmarks)
    assert journal_mode(bookmarks) == "delete"


def test_a_file_with_its_own_contact_table_is_not_mistaken_for_ours(tmp_path):
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, who TEXT)")
    result = run(path, "agenda")
    assert result.exit_code == 1 and "another program's SQLite database" in result.output
    assert "[SQL:" not in result.output


@pytest.fixture
def damaged(seeded_db, db_path) -> Path:
    """A copy of the demo firm with 16 KiB overwritten in its middle."""
    seeded_db.checkpoint()
    seeded_db.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(bytes(range(256)) * 64)
    return db_path


@pytest.mark.parametrize("args", [["import", "CSV"], ["export", "--json", "out.json"],
                                  ["erase", "1", "--yes"]])
def test_a_damaged_file_is_refused_before_any_write(damaged, a_csv, tmp_path, args):
    before = digest(damaged)
    args = [str(a_csv) if a == "CSV" else str(tmp_path / a) if a.endswith(".json") else a
            for a in args]
    result = run(damaged, *args)
    assert result.exit_code == 1, result.output
    assert "is damaged" in result.output and "tuicrm restore" in result.output
    assert "Exported" not in result.output
    assert digest(damaged) == before
    assert not (tmp_path / "out.json").exists()


def test_commands_that_only_read_work_on_a_read_only_file_and_change_nothing(seeded_db, db_path):
    seeded_db.checkpoint()
    seeded_db.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    os.chmod(db_path, 0o400)
    before = digest(db_path)
    for args in (["agenda"], ["report", "--json"], ["history", "contact", "1"]):
        result = run(db_path, *args)
        assert result.exit_code == 0, (args, result.output)
    assert digest(db_path) == before and journal_mode(db_path) == "delete"
    refused = run(db_path, "import", "--undo")
    assert refused.exit_code == 1 and "is read-only" in refused.output  # a write says why


def test_printed_paths_carry_no_control_bytes(db, tmp_path):
    """A folder named with a terminal escape in it: backup and export name their files
    without the escape reaching the terminal."""
    folder = tmp_path / "evil\x1b[2Jdir\x07"
    folder.mkdir()
    path = folder / "crm.db"
    open_database(path).dispose()
    outputs = [run(path, "backup").output, run(path, "export", "--csv", str(folder / "c.csv")).output,
               run(path, "export", "--json", str(folder / "all.json")).output]
    for output in outputs:
        assert "evil[2Jdir" in output  # the path is there ...
        assert "\x1b" not in output and "\x07" not in output  # ... without its controls


def test_another_programs_exclusive_lock_is_said_as_a_lock_not_damage(seeded_db, db_path, a_csv,
                                                                      monkeypatch):
    from tuicrm import db_file

    monkeypatch.setattr(db_file, "LOCK_WAIT_S", 0.2)  # not the app's 10 s, in a test
    seeded_db.dispose()
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        for args in (["import", str(a_csv)], ["agenda"]):
            result = run(db_path, *args)
            assert result.exit_code == 1
            assert "is locked by another program" in result.output, result.output
            assert "damaged" not in result.output
    finally:
        holder.close()


def test_a_full_disk_while_saving_is_said_plainly_and_saves_nothing(db, monkeypatch):
    """The disk fills up mid-write (SQLite's page limit stands in for it)."""
    from sqlalchemy import event

    from tuicrm.core import Core

    with db.read() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(db.engine, "connect",
                 lambda conn, _r: conn.execute(f"PRAGMA max_page_count={pages + 2}"))
    db.engine.dispose()  # new connections, with the limit
    core = Core(db, username="alice")
    with pytest.raises(CrmError, match="^The disk is full; nothing was saved"):
        core.people.save_contact(None, {"name": "Big", "notes": "x" * 200_000}, None)
    with db.read() as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM contact").scalar() == 0


def test_a_read_command_on_an_older_file_brings_it_up_to_date_first(seeded_db, db_path):
    """A file from the version before (as after an upgrade, before the app was opened):
    the agenda upgrades it, as the app would (with its backup), then reads it."""
    from alembic import command

    from tuicrm.db import SCHEMA_HEAD
    from tuicrm.migrate import alembic_config

    seeded_db.dispose()
    engine = open_database(db_path).engine
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007")
    finally:
        engine.dispose()
    result = run(db_path, "agenda")
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_HEAD,)
