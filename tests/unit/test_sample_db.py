"""The committed demo database: at the newest schema, and full of the sample firm.

Opened read-only through SQLite's URI so this test itself can never change it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tuicrm.migrate import head_revision

SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"


@pytest.fixture
def sample() -> sqlite3.Connection:
    assert SAMPLE.is_file(), "sample.db is missing: run `tuicrm seed --out sample.db`"
    with closing(sqlite3.connect(f"file:{SAMPLE}?mode=ro&immutable=1", uri=True)) as conn:
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
