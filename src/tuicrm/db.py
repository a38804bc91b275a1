"""The engine, read and write sessions, and schema migration.

Why it looks like this (quality.md has the measurements):
- pysqlite's default transaction handling begins a transaction only before a
  write, so read-change-save loses updates silently. We switch that off
  (``isolation_level=None``) and issue our own ``BEGIN`` (reads) and
  ``BEGIN IMMEDIATE`` (writes): a writer takes the write lock before it reads,
  and waits for it up to the busy timeout instead of failing.
- ``foreign_keys``, ``busy_timeout`` and ``secure_delete`` are per connection,
  so they are set on every new connection; WAL lets readers run beside a writer.
- New database files are created 0600: they hold clients' personal data.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tuicrm import dates
from tuicrm.backup import create_private_file
from tuicrm.db_file import BUSY_TIMEOUT_S, SCHEMA_HEAD, SQLITE_PRAGMAS, refuse_a_file_not_ours

__all__ = ["SCHEMA_HEAD", "Database", "Upkeep", "act_as", "is_sqlite", "make_engine", "to_url"]
from tuicrm.errors import ConflictError, CrmError, DatabaseBusyError

_BEGIN_OPTION = "tuicrm_begin"


def to_url(target: str | Path | URL) -> URL:
    """Accept a filesystem path or a SQLAlchemy URL."""
    if isinstance(target, URL):
        return target
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername == "postgresql":  # prefer psycopg 3 over psycopg2
            url = url.set(drivername="postgresql+psycopg")
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def sqlite_path(url: URL) -> Path | None:
    """The file a SQLite URL names (None for PostgreSQL or memory)."""
    if not url.drivername.startswith("sqlite") or not url.database or \
            url.database == ":memory:":
        return None
    name = url.database
    if url.query.get("uri"):
        name = name.removeprefix("file:").split("?", 1)[0]
    return Path(name)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(target: str | Path | URL, *, read_only: bool = False) -> Engine:
    """An engine configured as quality.md requires; creates a SQLite file 0600.

    An existing SQLite file that is another program's, or a newer tuicrm's, is
    refused before the first connection (which would switch it to WAL).
    ``read_only`` opens the file as SQLite's ``mode=ro``: nothing can change it.
    """
    url = to_url(target)
    if not url.drivername.startswith("sqlite"):
        from tuicrm.models import add_postgresql_index_options

        add_postgresql_index_options()
        return sa.create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is not None and path.exists():
        refuse_a_file_not_ours(path)
    if read_only and path is not None:
        url = URL.create("sqlite", database=f"{path.resolve().as_uri()}?mode=ro",
                         query={"uri": "true"})
    elif path is not None:
        create_private_file(path)
    engine = sa.create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
    )
    event.listen(engine, "connect", _read_only_connection if read_only
                 else _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module doc)
    for pragma in SQLITE_PRAGMAS:
        dbapi_conn.execute(f"PRAGMA {pragma}")
    try:
        dbapi_conn.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError:
        pass  # a read-only file keeps its journal mode; reads still work


def _read_only_connection(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """A reader of a file it must not change: no journal mode switch."""
    dbapi_conn.isolation_level = None
    dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")


class WriteGate:
    """Writes wait until the gate opens (the app's structure check and sign-in,
    run in the background after its first frame); a failed gate refuses them
    with its error, so nothing is ever written into a damaged file."""

    WAIT_S = 300  # a safety net: the check of a 550 MiB file takes about a second

    _passing = threading.local()  # set while a thread's own writes go through (the sign-in)

    def __init__(self) -> None:
        self._open = threading.Event()
        self._error: BaseException | None = None

    @contextmanager
    def passing(self) -> Iterator[None]:
        """Let this thread's writes through while the gate is shut (the sign-in)."""
        self._passing.active = True
        try:
            yield
        finally:
            self._passing.active = False

    def open(self) -> None:
        self._open.set()

    def fail(self, error: BaseException) -> None:
        self._error = error
        self._open.set()

    def wait(self) -> None:
        if getattr(self._passing, "active", False) and self._error is None:
            return
        if not self._open.wait(self.WAIT_S):
            raise DatabaseBusyError()
        if self._error is not None:
            raise self._error


def _begin_sqlite_transaction(conn: sa.Connection) -> None:
    mode = conn.get_execution_options().get(_BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


@dataclass(frozen=True)
class Upkeep:
    """What every write unit of work owes the data derived from what it wrote.

    ``note`` runs after each flush and only takes notes (no SQL); ``settle``
    runs once, after the last flush and before the commit. Given by the layer
    that knows what is derived (:func:`tuicrm.core.open_database`), so this
    module knows nothing of the services.
    """

    note: Callable[[Session, Any], None]
    settle: Callable[[Session], None]


@dataclass
class Database:
    """One open database: the engine, who is at the keyboard, and the upkeep
    its writes owe derived data (open it with :func:`tuicrm.core.open_database`)."""

    engine: Engine
    actor_id: int | None = None
    upkeep: Upkeep | None = None
    gate: WriteGate | None = None  # writes wait for it (see hold_writes)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _write_engine: Engine = field(init=False, repr=False)
    _read_engine: Engine = field(init=False, repr=False)
    _token_conn: Any = field(default=None, init=False, repr=False)
    _token_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(expire_on_commit=False, autoflush=True)
        event.listen(self._sessions, "before_flush", _stamp_audit_columns)
        if self.upkeep is not None:
            event.listen(self._sessions, "after_flush", self.upkeep.note)
        if is_sqlite(self.engine):
            self._write_engine = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            self._read_engine = self.engine
        else:
            # A read is one snapshot on PostgreSQL too (a page and its count agree).
            self._write_engine = self.engine
            self._read_engine = self.engine.execution_options(isolation_level="REPEATABLE READ")

    @classmethod
    def open(cls, target: str | Path | URL, *, upkeep: Upkeep | None,
             migrate_schema: bool = True, read_only: bool = False) -> Database:
        """Open (creating if needed) and bring the schema up to date; ``read_only``
        opens an existing file for reading alone (it must be at the newest schema)."""
        engine = make_engine(target, read_only=read_only)
        if read_only:
            if not _at_schema_head(engine):
                engine.dispose()
                raise CrmError("This database needs its schema brought up to date before "
                               "it can be read; open it once with tuicrm (with write access).")
            return cls(engine, upkeep=upkeep)
        if migrate_schema and not _at_schema_head(engine):
            try:
                _migrate_once(engine)
            except BaseException:
                engine.dispose()
                raise
        return cls(engine, upkeep=upkeep)

    @property
    def url(self) -> URL:
        return self.engine.url

    def hold_writes(self) -> WriteGate:
        """From now on, writes wait until the returned gate opens (or fail with its
        error); writes inside ``gate.passing()`` (the sign-in) go through."""
        self.gate = WriteGate()
        return self.gate

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read unit of work: one consistent snapshot, never committed.

        ``close()`` ends the transaction without expiring what was loaded, so
        the rows returned stay readable after the session is gone.
        """
        session = self._sessions(bind=self._read_engine, autoflush=False)
        try:
            with _plain_errors():
                yield session
        finally:
            session.close()

    @contextmanager
    def write(self, *, actor_id: int | None = None) -> Iterator[Session]:
        """A short write unit of work: all of it commits, or none of it.

        Rows are stamped with ``actor_id`` if given, else with the signed-in
        member (``self.actor_id``).
        """
        if self.gate is not None:
            self.gate.wait()
        session = self._sessions(bind=self._write_engine)
        session.info["actor_id"] = actor_id if actor_id is not None else self.actor_id
        try:
            with _plain_errors():
                yield session
                if self.upkeep is not None:
                    session.flush()
                    self.upkeep.settle(session)
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def change_token(self) -> object:
        """A cheap value that changes when another connection commits.

        Poll it (off the UI thread) and compare with the last value to learn
        that someone else (another terminal, a script) changed the data.

        - SQLite: ``PRAGMA data_version`` on one connection kept for this
          alone. The number changes only when *another* connection commits,
          so this connection never writes; it runs in autocommit mode, so it
          holds no transaction (and no snapshot) between polls. Our own
          sessions use other (pooled) connections, so our own commits count
          too, which is harmless: a screen reloads once more.
        - PostgreSQL: ``pg_current_snapshot()`` as text (``xmin:xmax:xip``).
          Any write transaction in the cluster takes a transaction id, which
          moves ``xmax`` when it starts and drops out of the in-progress list
          when it ends, so a commit always changes the value, at no cost and
          with no privileges. Writes in other databases of the same server
          change it too: a spare reload, never a missed one. (``pg_current_
          wal_lsn()`` also moves on checkpoints and vacuum and fails on a
          standby; table statistics are flushed late.)
        """
        if not is_sqlite(self.engine):
            with self.engine.connect() as conn:
                return conn.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar_one()
        with self._token_lock, _plain_errors():
            if self._token_conn is None:
                conn = self.engine.raw_connection()  # configured like every connection
                conn.detach()  # ours alone: never handed to a session by the pool
                self._token_conn = conn
            row = self._token_conn.cursor().execute("PRAGMA data_version").fetchone()
            return int(row[0])

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file and empty it (SQLite; no-op elsewhere).

        After an erase, with ``secure_delete`` on, this leaves the erased
        bytes neither in the database's free pages nor in the -wal file.
        """
        if not is_sqlite(self.engine):
            return
        with self.engine.connect() as conn, _plain_errors():
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        with self._token_lock:
            if self._token_conn is not None:
                self._token_conn.close()
                self._token_conn = None
        self.engine.dispose()


#: The PostgreSQL advisory lock key of schema changes ("tuicrm" in ASCII).
MIGRATION_LOCK = 0x747569_63726D


def _migrate_once(engine: Engine) -> None:
    """Bring the schema to the head. On PostgreSQL, several processes opening a new
    database at once take turns on an advisory lock, and those after the first
    find it done (SQLite's migration takes the write lock, which does the same)."""
    from tuicrm.migrate import migrate  # Alembic loads only when it has work

    if is_sqlite(engine):
        migrate(engine)
        return
    with engine.connect() as lock:
        lock.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        try:
            if not _at_schema_head(engine):
                migrate(engine)
        finally:
            lock.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            lock.commit()


def _at_schema_head(engine: Engine) -> bool:
    """Whether the database's schema is :data:`SCHEMA_HEAD` (one cheap query)."""
    try:
        with engine.connect() as conn:
            versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    except sa.exc.DBAPIError:
        return False  # a new file (no table yet), or one to let migrate() explain
    return [v for (v,) in versions] == [SCHEMA_HEAD]


def act_as(session: Session, actor_id: int | None) -> None:
    """Stamp rows flushed from now on in this write session with ``actor_id``."""
    session.info["actor_id"] = actor_id


@contextmanager
def _plain_errors() -> Iterator[None]:
    """Turn driver-level surprises into errors a person can read."""
    try:
        yield
    except StaleDataError as err:
        raise ConflictError(
            "Record", None, expected_version=None, current_version=None
        ) from err
    except sa.exc.OperationalError as err:
        if "locked" in str(err.orig) or "busy" in str(err.orig):
            raise DatabaseBusyError() from err
        cause = str(err.orig).lower()
        if "disk is full" in cause:
            raise CrmError("The disk is full; nothing was saved. Free some space and "
                           "save again.") from err
        if "readonly" in cause:
            raise CrmError("The database file or its folder is read-only now; nothing was "
                           "saved.") from err
        raise


def _stamp_audit_columns(session: Session, _ctx: Any, _instances: Any) -> None:
    """Record who created and last changed each row, and when."""
    now = dates.utcnow()
    actor = session.info.get("actor_id")
    for obj in session.new:
        _set_if_has(obj, "created_at", now, only_if_empty=True)
        _set_if_has(obj, "created_by_id", actor, only_if_empty=True)
        _set_if_has(obj, "updated_at", now)
        _set_if_has(obj, "updated_by_id", actor)
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _set_if_has(obj, "updated_at", now)
            _set_if_has(obj, "updated_by_id", actor)


def _set_if_has(obj: object, attr: str, value: datetime | int | None, *, only_if_empty: bool = False) -> None:
    if not hasattr(obj, attr):
        return
    if only_if_empty and getattr(obj, attr) is not None:
        return
    setattr(obj, attr, value)
