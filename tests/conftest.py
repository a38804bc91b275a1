"""Shared fixtures: a private data directory, real database files, PostgreSQL.

- Every test starts with the real clock (no pinned "now", no zone override).
- Every test runs with ``TUICRM_DATA_DIR`` pointing at its own temporary
  directory (backups land there too), ``TUICRM_USER`` set, and ``TUICRM_DB``
  unset, so nothing ever touches the real home directory or database.
  Subprocesses started by a test inherit these variables.
- ``db`` is a real SQLite file in ``tmp_path``, migrated to the newest schema.
- ``pg_url`` / ``pg_db`` run against the PostgreSQL server named by
  ``TUICRM_TEST_PG_URL`` (reset to an empty schema first) and are skipped,
  with the reason shown, when the variable is not set.
- ``any_db`` runs a test on both: ``db``, then ``pg_db``.
- A run that collects no tests fails instead of passing quietly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tuicrm.db import Database, to_url

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


@pytest.fixture(autouse=True)
def unpinned_clock() -> Iterator[None]:
    """Every test starts and ends with the real clock and zone detection.

    A pinned clock or zone left behind by one test would move "today" for
    every later test (snapshots, relative dates) in the same run.
    """
    from tuicrm import dates

    dates.fix_now(None)
    dates.set_local_zone(None)
    yield
    dates.fix_now(None)
    dates.set_local_zone(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A new SQLite database file, migrated to head."""
    database = Database.open(db_path)
    yield database
    database.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The test PostgreSQL database, emptied (every table dropped) first."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(PG_SKIP_REASON)
    engine = sa.create_engine(to_url(url))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()
    yield url


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """The emptied PostgreSQL database, migrated to head."""
    database = Database.open(pg_url)
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
