"""The SQLite engine and sessions keep the promises of quality.md.

Each test opens a real file in tmp_path and checks what a person would see: a
private file, settings that hold on every connection, writers that queue
instead of failing, readers that never block writers, and changes that are
all there or not at all.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from tuicrm.core import open_database
from tuicrm.db import Database, make_engine, to_url
from tuicrm.models import Contact, ContactEmail, ContactTag
from tuicrm.services import contacts


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@contextmanager
def _umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _raw(path: Path) -> sqlite3.Connection:
    """Another program's connection: no busy timeout, autocommit."""
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def _count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _new_contact(db: Database, name: str = "Ada Lovelace", **extra: object) -> Contact:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **extra})


# --- the file --------------------------------------------------------------


def test_new_database_and_its_wal_files_are_private(db_path: Path) -> None:
    with _umask(0o022):  # the usual umask: SQLite alone would make 0644 files
        database = open_database(db_path)
        try:
            _new_contact(database, emails=["ada@example.org"])
            wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
            assert wal.exists() and shm.exists()
            assert {p.name: oct(_mode(p)) for p in (db_path, wal, shm)} == {
                p.name: oct(0o600) for p in (db_path, wal, shm)
            }
        finally:
            database.dispose()


def test_journal_mode_is_wal(db: Database, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:  # persistent: any reader sees it
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- per-connection settings -----------------------------------------------


def _settings(conn: sa.Connection) -> dict[str, object]:
    pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
    return {
        "foreign_keys": pragma("foreign_keys"),
        "secure_delete": pragma("secure_delete"),
        "journal_mode": pragma("journal_mode"),
        "synchronous": pragma("synchronous"),
        "busy_timeout": pragma("busy_timeout"),
    }


def test_every_pooled_connection_has_the_safety_settings(db: Database) -> None:
    # Hold several connections at once so the pool must open distinct ones,
    # then open one more from a worker thread (the UI loads in threads).
    held = [db.engine.connect() for _ in range(3)]
    from_thread: dict[str, object] = {}

    def in_thread() -> None:
        try:
            with db.engine.connect() as conn:
                from_thread["id"] = id(conn.connection.dbapi_connection)
                from_thread["settings"] = _settings(conn)
        except BaseException as err:  # reported by the assertion below
            from_thread["error"] = err

    try:
        worker = threading.Thread(target=in_thread)
        worker.start()
        worker.join()
        assert "error" not in from_thread, from_thread.get("error")
        ids = {id(c.connection.dbapi_connection) for c in held} | {from_thread["id"]}
        assert len(ids) == 4, "expected four distinct DBAPI connections"
        for settings in [_settings(c) for c in held] + [from_thread["settings"]]:
            assert settings["foreign_keys"] == 1
            assert settings["secure_delete"] == 1
            assert settings["journal_mode"] == "wal"
            assert settings["synchronous"] == 2  # FULL
            # About 10 s: long enough to wait out another writer's commit.
            assert 5_000 <= settings["busy_timeout"] <= 30_000
    finally:
        for conn in held:
            conn.close()


# --- transactions ----------------------------------------------------------


def test_write_session_holds_the_write_lock_from_its_first_read(
    db: Database, db_path: Path
) -> None:
    contact_id = _new_contact(db).id
    with closing(_raw(db_path)) as other:
        with db.write() as s:
            s.get(Contact, contact_id)  # only a read so far: BEGIN IMMEDIATE already locked
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        # Once the write session ends, the other writer gets in at once.
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE contact SET city = 'Leeds' WHERE id = ?", (contact_id,))
        other.execute("COMMIT")
    with db.read() as s:
        assert s.get(Contact, contact_id).city == "Leeds"


def test_read_session_does_not_block_a_writer_and_keeps_its_snapshot(
    db: Database, db_path: Path
) -> None:
    contact_id = _new_contact(db, city="York").id
    with db.read() as s:
        assert s.get(Contact, contact_id).city == "York"
        with closing(_raw(db_path)) as other:  # timeout=0: it must not have to wait
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE contact SET city = 'Hull' WHERE id = ?", (contact_id,))
            other.execute("COMMIT")
        # One consistent snapshot for the whole read session.
        assert s.execute(
            sa.select(Contact.city).where(Contact.id == contact_id)
        ).scalar_one() == "York"
    with db.read() as s:
        assert s.get(Contact, contact_id).city == "Hull"


def test_a_failing_write_session_stores_nothing(db: Database, db_path: Path) -> None:
    kept = _new_contact(db, city="York")

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted):
        with db.write() as s:
            contacts.update_contact(
                session=s, contact_id=kept.id, changes={"city": "Hull"},
                expected_version=kept.version,
            )
            contacts.create_contact(
                session=s,
                data={"name": "Half Saved", "emails": ["half@example.org"], "tags": ["vip"]},
            )
            s.flush()  # the rows have reached the file's transaction...
            raise Interrupted  # ...and then something goes wrong

    with db.read() as s:
        again = s.get(Contact, kept.id)
        assert (again.city, again.version) == ("York", kept.version)
        assert contacts.list_contacts(session=s, query="half").items == []
    assert _count(db_path, "contact") == 1
    assert _count(db_path, "contact_email") == 0
    assert _count(db_path, "contact_tag") == 0


def test_foreign_key_violation_is_refused(db: Database, db_path: Path) -> None:
    with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY constraint failed"):
        with db.write() as s:
            s.add(ContactEmail(contact_id=424242, address="ghost@example.org"))
    assert _count(db_path, "contact_email") == 0


def test_foreign_key_actions_run_deleting_a_contact_removes_its_children(
    db: Database, db_path: Path
) -> None:
    contact_id = _new_contact(db, emails=["a@example.org"], tags=["x"]).id
    with db.write() as s:
        s.execute(sa.delete(Contact).where(Contact.id == contact_id))
    with db.read() as s:
        assert s.scalars(sa.select(ContactEmail)).all() == []
        assert s.scalars(sa.select(ContactTag)).all() == []


# --- naming the database ---------------------------------------------------


def test_a_path_and_a_sqlite_url_open_the_same_file(db_path: Path) -> None:
    by_path = open_database(db_path)
    try:
        contact_id = _new_contact(by_path).id
    finally:
        by_path.dispose()
    for target in (str(db_path), f"sqlite:///{db_path}"):
        database = open_database(target)
        try:
            assert Path(database.url.database) == db_path
            with database.read() as s:
                assert s.get(Contact, contact_id).name == "Ada Lovelace"
        finally:
            database.dispose()


def test_a_relative_path_means_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = make_engine("relative.db")
    try:
        assert engine.url.database == str(tmp_path / "relative.db")
        assert _mode(tmp_path / "relative.db") == 0o600
    finally:
        engine.dispose()


def test_postgresql_urls_get_the_psycopg3_driver() -> None:
    url = to_url("postgresql://crm@db.example.org:5432/crm")
    assert url.drivername == "postgresql+psycopg"
    assert (url.host, url.database) == ("db.example.org", "crm")
    assert to_url("postgresql+psycopg2://crm@h/crm").drivername == "postgresql+psycopg2"
    engine = make_engine("postgresql://crm@db.example.org/crm")  # does not connect
    try:
        assert engine.dialect.driver == "psycopg"
    finally:
        engine.dispose()


def test_partial_indexes_keep_their_condition_on_both_dialects(
        db: Database, db_path: Path) -> None:
    """The open follow-ups and the not-yet-counted contacts have partial indexes.
    Opening a SQLite file (already migrated: Alembic loads every dialect) does
    not load the PostgreSQL dialect for them; a
    PostgreSQL engine gives them their condition there too (a fresh process:
    this one may have made a PostgreSQL engine already)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from sqlalchemy.schema import CreateIndex\n"
        "from tuicrm.core import open_database\nfrom tuicrm.db import make_engine\n"
        "from tuicrm.models import FollowUp\n"
        f"db = open_database({str(db_path)!r})\n"
        "with db.read() as session: session.get(FollowUp, 1)\n"
        "print('sqlite:', 'sqlalchemy.dialects.postgresql' in sys.modules)\n"
        "index = next(i for i in FollowUp.__table__.indexes if i.name == 'ix_follow_up_open_due')\n"
        "print('sqlite ddl:', CreateIndex(index).compile(dialect=db.engine.dialect))\n"
        "engine = make_engine('postgresql://crm@db.example.org/crm')  # does not connect\n"
        "print('postgresql ddl:', CreateIndex(index).compile(dialect=engine.dialect))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert "sqlite: False" in out
    where = "WHERE done_at IS NULL AND deleted_at IS NULL"
    sqlite_ddl, postgresql_ddl = (line for line in out.splitlines() if " ddl:" in line)
    assert where in sqlite_ddl and where in postgresql_ddl, out
