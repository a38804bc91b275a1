"""Shared fixtures: a private data directory, real database files, PostgreSQL.

- Every test runs at a pinned "now", :data:`PINNED_NOW` (the clock still
  ticks from there), whatever the machine's clock says, unless it is marked
  ``real_clock``. The pin is ``TUICRM_CLOCK_SHIFT`` (see ``tuicrm.dates``), so
  subprocesses started by a test agree with it. Zone overrides and
  ``dates.fix_now`` pins are reset around every test.
- Every test runs with ``TUICRM_DATA_DIR`` pointing at its own temporary
  directory (backups land there too), ``TUICRM_USER`` set, and ``TUICRM_DB``
  unset, so nothing ever touches the real home directory or database.
  Subprocesses started by a test inherit these variables.
- ``db`` is a real SQLite file in ``tmp_path``, migrated to the newest schema;
  ``seeded_db`` holds the demo firm. Both are copies of templates made once
  per test process.
- ``pg_url`` / ``pg_db`` run against the PostgreSQL server named by
  ``TUICRM_TEST_PG_URL`` (reset to an empty schema first) and are skipped,
  with the reason shown, when the variable is not set.
- ``any_db`` runs a test on both: ``db``, then ``pg_db``.
- A run that collects no tests fails instead of passing quietly.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

# Bytecode is kept, whatever PYTHONDONTWRITEBYTECODE says (this machine and CI
# set it): without it every xdist worker rewrote and compiled every test module
# and every tuicrm module, and every subprocess a test starts (a second user's
# process, the CLI) compiled tuicrm again, on each run. Set before anything of
# tuicrm is imported; the workers and subprocesses inherit the environment.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from tuicrm.core import open_database  # noqa: E402
from tuicrm.db import Database, to_url  # noqa: E402

PG_ENV = "TUICRM_TEST_PG_URL"
PG_SKIP_REASON = (
    f"set {PG_ENV}=postgresql+psycopg://postgres@127.0.0.1:5432/test "
    "to run the PostgreSQL tests (.ci/run does)"
)


@pytest.fixture(autouse=True)
def private_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point tuicrm's data and backups directory at a fresh temporary one."""
    data_dir = tmp_path_factory.mktemp("tuicrm-data")
    monkeypatch.setenv("TUICRM_DATA_DIR", str(data_dir))
    monkeypatch.setenv("TUICRM_USER", "tester")
    monkeypatch.delenv("TUICRM_DB", raising=False)
    return data_dir


#: "Now" for every test that does not ask for the real clock. The tests' own
#: data lies around it; the suite must pass whatever the machine's date is.
PINNED_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
CLOCK_SHIFT = "TUICRM_CLOCK_SHIFT"


def _shift_to(moment: datetime) -> str:
    return repr((moment - datetime.now(UTC)).total_seconds())


def pytest_configure(config: pytest.Config) -> None:
    # Session fixtures (template databases) run before any test's own pin.
    os.environ[CLOCK_SHIFT] = _shift_to(PINNED_NOW)


@pytest.fixture(autouse=True)
def pinned_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts at PINNED_NOW (or the real clock, marked ``real_clock``),
    with zone detection reset.

    A pinned clock or zone left behind by one test would move "today" for
    every later test (snapshots, relative dates) in the same run.
    """
    from tuicrm import dates

    if request.node.get_closest_marker("real_clock"):
        monkeypatch.delenv(CLOCK_SHIFT, raising=False)
    else:
        monkeypatch.setenv(CLOCK_SHIFT, _shift_to(PINNED_NOW))
    dates.fix_now(None)
    dates.set_local_zone(None)
    yield
    dates.fix_now(None)
    dates.set_local_zone(None)


#: The day the seeded template's demo firm is seeded for.
SEED_DAY = date(2026, 11, 22)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture(scope="session")
def template_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the template databases are made once per test process, with
    the same private settings each test gets (nothing touches the real home)."""
    folder = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("TUICRM_DATA_DIR", str(folder / "data"))
        env.setenv("TUICRM_USER", "tester")
        env.delenv("TUICRM_DB", raising=False)
        yield folder


@pytest.fixture(scope="session")
def migrated_template(template_folder: Path) -> Path:
    """An empty database migrated to head, made once: migrating costs ~50 ms a test."""
    path = template_folder / "migrated.db"
    open_database(path).dispose()
    return path


@pytest.fixture(scope="session")
def seeded_template(template_folder: Path, migrated_template: Path) -> Path:
    """The demo firm seeded for SEED_DAY, made once: seeding costs ~1 s a test."""
    from tuicrm.seed import seed_database

    path = template_folder / "seeded.db"
    copy_template(migrated_template, path)
    database = open_database(path)
    try:
        seed_database(database, today=SEED_DAY)
    finally:
        database.dispose()
    return path


def copy_template(template: Path, path: Path) -> None:
    """Put a private copy of ``template`` at ``path`` (whose journal files go)."""
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(template, path)
    path.chmod(0o600)


@pytest.fixture
def db(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A new SQLite database file, migrated to head (a copy of the template)."""
    copy_template(migrated_template, db_path)
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture
def seeded(seeded_template: Path) -> Callable[[Database], Database]:
    """``seeded(db)``: the demo firm, seeded for SEED_DAY, put in ``db``'s file."""
    def seed(db: Database) -> Database:
        db.dispose()  # its engine opens new connections to the copy
        copy_template(seeded_template, Path(db.url.database))
        with db.read() as session:  # open again, as a database in use is (its -wal beside it)
            session.execute(sa.text("SELECT count(*) FROM contact"))
        return db

    return seed


@pytest.fixture
def seeded_db(db_path: Path, seeded_template: Path) -> Iterator[Database]:
    """The demo firm as seeded for SEED_DAY, in a file of this test's own."""
    copy_template(seeded_template, db_path)
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def alone_when_marked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                      ) -> Iterator[None]:
    """A test marked ``alone`` runs while no other test does, in any xdist worker.

    Every test holds a shared lock on one file for as long as it runs; an
    ``alone`` test takes it exclusively. A turnstile lock taken first keeps new
    tests from starting while an ``alone`` test waits, so it is not starved.
    """
    folder = tmp_path_factory.getbasetemp()
    folder = folder.parent if os.environ.get("PYTEST_XDIST_WORKER") else folder  # shared by workers
    alone = request.node.get_closest_marker("alone") is not None
    with open(folder / "tuicrm-tests.turnstile", "a+") as turnstile, \
            open(folder / "tuicrm-tests.lock", "a+") as lock:
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        finally:
            if not alone:
                fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            if alone:
                fcntl.flock(turnstile, fcntl.LOCK_UN)


def _worker_database(url: str) -> str:
    """Under pytest-xdist each worker gets its own database beside the named
    one (``test_gw0``, ``test_gw1`` ...), created on first use, so workers
    never empty each other's schema."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = to_url(url)
    name = f"{base.database}_{worker}"
    engine = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            exists = conn.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                  {"n": name}).first()
            if not exists:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    finally:
        engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def pg_server_url() -> str:
    """This worker's test PostgreSQL database, as it is (skipped without a URL)."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(PG_SKIP_REASON)
    return _worker_database(url)


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """The test PostgreSQL database, emptied (every table dropped) first."""
    url = pg_server_url
    engine = sa.create_engine(to_url(url))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    yield url


def _make_pg_database(server: sa.URL, name: str, *, template: str | None = None) -> None:
    """(Re)create the PostgreSQL database ``name`` on ``server``'s server, empty or
    as a copy of ``template``."""
    admin = sa.create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str | None]:
    """A PostgreSQL database migrated to head once per test process (``<name>_template``),
    that ``pg_db`` copies: migrating took ~0.8 s a test, a copy ~0.1 s. None without a URL."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        yield None
        return
    base = to_url(_worker_database(url))
    template = f"{base.database}_template"
    _make_pg_database(base, template)
    open_database(base.set(database=template).render_as_string(hide_password=False)).dispose()
    yield template


@pytest.fixture
def pg_db(pg_server_url: str, pg_template: str | None) -> Iterator[Database]:
    """The test PostgreSQL database, made afresh as a copy of the migrated template
    (dropped and made again: emptying it first, as ``pg_url`` does, would be wasted)."""
    assert pg_template is not None  # pg_server_url skipped the test otherwise
    target = to_url(pg_server_url)
    _make_pg_database(target, str(target.database), template=pg_template)
    database = open_database(pg_server_url)
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The SQLite file, then PostgreSQL (skipped, saying how to run it, without its URL):
    for service tests whose SQL must agree on both dialects."""
    yield request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Collecting no tests is a broken test run, not a green one."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "ERROR: no tests were collected; failing the run (see tests/conftest.py)."
        if reporter is not None:
            reporter.write_line(message, red=True, bold=True)
        else:
            print(message)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
