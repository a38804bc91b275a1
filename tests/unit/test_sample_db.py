"""The committed demo database: at the newest schema, full of the sample firm, and
exactly what ``tuicrm seed`` makes today.

Opened read-only through SQLite's URI so this test itself can never change it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm import cli
from tuicrm.migrate import head_revision

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"
STALE = "sample.db is stale: run `.venv/bin/tuicrm seed --out sample.db --force`"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


@pytest.fixture
def sample() -> sqlite3.Connection:
    assert SAMPLE.is_file(), "sample.db is missing: run `tuicrm seed --out sample.db`"
    with closing(_read_only(SAMPLE)) as conn:
        yield conn


def test_sample_db_is_at_the_migration_head(sample):
    (revision,) = sample.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision(), "regenerate: tuicrm seed --out sample.db --force"


def test_sample_db_is_one_self_contained_file(sample):
    assert sample.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    assert not SAMPLE.with_name("sample.db-wal").exists()
    assert sample.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_sample_db_holds_the_sample_firm(sample):
    def count(table: str) -> int:
        return sample.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    assert 50 <= count("contact") <= 70
    assert 15 <= count("contract") <= 20
    assert count("sale") >= 200
    assert sample.execute("SELECT value FROM app_meta WHERE key='seed_anchor'").fetchone()
    assert count("invoice") >= 20 and count("payment") >= 15 and count("time_entry") >= 5
    assert sample.execute("SELECT count(*) FROM invoice WHERE kind='credit_note'").fetchone()[0]
    assert sample.execute("SELECT value FROM app_meta WHERE key='invoice.firm_vat'").fetchone()


def test_sample_db_is_what_tuicrm_seed_makes_today(sample, tmp_path):
    fresh = tmp_path / "sample.db"
    result = CliRunner().invoke(cli.main, ["seed", "--out", str(fresh)])
    assert result.exit_code == 0, result.output
    with closing(_read_only(fresh)) as conn:
        made = list(conn.iterdump())
    committed = list(sample.iterdump())
    if made != committed:
        first = next((i for i, (a, b) in enumerate(zip(made, committed)) if a != b),
                     min(len(made), len(committed)))
        def line(dump: list[str]) -> str:
            return dump[first][:200] if first < len(dump) else "<end of dump>"

        pytest.fail(f"{STALE}\n(first difference, dump line {first}:\n"
                    f"  seed makes: {line(made)}\n  sample.db:  {line(committed)})",
                    pytrace=False)
