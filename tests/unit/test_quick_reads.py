"""Today and the agenda read without the data layer (``tuicrm.core.quick``) give what
the usual path gives, from the same statements compiled ahead of time."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from tests.conftest import SEED_DAY

from tuicrm import cli, dates
from tuicrm.core import Core, quick
from tuicrm.db import Database
from tuicrm.services import deal_stages, due_reads, quick_sql
from tuicrm.services.named_queries import SessionRows, statement

TUICRM = Path(sys.executable).with_name("tuicrm")


def test_the_generated_sql_is_what_the_statements_compile_to() -> None:
    # If this fails, a statement changed: run `python -m tuicrm.services.quick_sql`.
    assert quick_sql.TARGET.read_text(encoding="utf-8") == quick_sql.generated_source()


def _path(database: Database) -> str:
    return str(database.url.database)


class ThroughSqlAlchemy(SessionRows):
    """Each statement compiled, and each value read, by SQLAlchemy and its column
    types: what the compiled SQL and its conversions (``db_quick``) must match."""

    def __call__(self, name: str, **params: Any) -> list[Any]:
        built = statement(name, self.dialect)
        result = self.session.execute(built, params)
        return list(result.all()) if built.is_select else []


def _both_ways(database: Database, day: date) -> None:
    """Today on ``day`` and a month's agenda from it, read quickly, the usual way
    (the compiled SQL on the session) and through SQLAlchemy alone, are equal."""
    usual = Core(database).schedule
    last = day + timedelta(days=30)
    with database.read() as session:
        rows = ThroughSqlAlchemy(session)
        typed_today = due_reads.today(rows, day, limit=50, action_days=30)
        typed_agenda = due_reads.agenda(rows, day, last, with_overdue=True)
    quickly = quick.today(_path(database), day, limit=50, action_days=30)
    assert quickly is not None
    assert quickly == usual.today(day, limit=50, action_days=30) == typed_today
    agenda = quick.agenda(_path(database), day, last, with_overdue=True)
    assert agenda is not None
    assert agenda == usual.agenda(day, last, with_overdue=True) == typed_agenda


def test_the_demo_firms_today_and_agenda_are_the_same_read_quickly(seeded_db: Database) -> None:
    today = quick.today(_path(seeded_db), dates.today(), limit=50, action_days=30)
    assert today is not None and sum(map(len, today.lists.values())) > 20  # not an empty read
    for shift in (0, 3, 40, -15, 400):
        _both_ways(seeded_db, dates.today() + timedelta(days=shift))


def test_settings_and_clocks_out_of_date_are_read_the_same(seeded_db: Database) -> None:
    """The team's cadences and stale days (app_meta), and contacts whose stored
    clock no longer holds (worked out live), read quickly as they are usually."""
    core = Core(seeded_db, username="tester")
    core.settings.set_cadence_defaults({"client": 7, "customer": None, "lead": 20})
    with seeded_db.write() as session:  # the clock of a third of the contacts no longer holds
        session.execute(sa.text("UPDATE contact SET next_touch_at = '2020-01-01 00:00:00.000000'"
                                " WHERE id % 3 = 0"))
        deal_stages.set_stale_days(session=session, days=3)
    _both_ways(seeded_db, dates.today())


def test_a_value_this_version_does_not_know_reads_the_same(seeded_db: Database) -> None:
    with seeded_db.write() as session:
        session.execute(sa.text("UPDATE meeting SET channel = 'hologram'"))
        session.execute(sa.text("UPDATE follow_up SET note = 'x\x1b[31m[/]' WHERE id % 2 = 0"))
    for shift in range(-3, 10):
        _both_ways(seeded_db, dates.today() + timedelta(days=shift))


def test_what_the_quick_path_does_not_serve_is_left_to_the_usual_one(
        seeded_db: Database, tmp_path: Path) -> None:
    day = dates.today()
    assert quick.today(str(tmp_path / "none.db"), day, limit=50, action_days=30) is None
    assert quick.today("postgresql+psycopg://u@h/db", day, limit=50, action_days=30) is None
    older = tmp_path / "older.db"
    older.write_bytes(Path(_path(seeded_db)).read_bytes())
    with sqlite3.connect(older) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0010'")
    assert quick.today(str(older), day, limit=50, action_days=30) is None


def _console(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TUICRM), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
                          check=False)


@pytest.mark.parametrize("args", [["agenda"], ["agenda", "--json", "--days", "30"],
                                  ["agenda", "--days=7"]])
def test_the_console_script_prints_the_agenda_click_prints(seeded_db: Database,
                                                           args: list[str]) -> None:
    path = _path(seeded_db)
    clicked = CliRunner().invoke(cli.main, ["--db", path, *args], prog_name="tuicrm")
    assert clicked.exit_code == 0, clicked.output
    printed = _console("--db", path, *args)
    assert printed.returncode == 0 and printed.stdout == clicked.output
    assert len(printed.stdout.splitlines()) > 10


_WITHOUT_THE_DATA_LAYER = """
import sys
from tuicrm.launcher import main
sys.argv = ["tuicrm", "--db", sys.argv[1], "agenda"]
main()
print("LOADED", *sorted(m for m in ("click", "sqlalchemy", "sqlmodel", "pydantic")
                        if m in sys.modules))
"""


def test_the_agenda_is_printed_without_click_or_the_data_layer(seeded_db: Database) -> None:
    done = subprocess.run([sys.executable, "-c", _WITHOUT_THE_DATA_LAYER, _path(seeded_db)],
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.splitlines()[-1] == "LOADED"


def test_a_file_the_quick_read_refuses_still_gets_clicks_plain_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    bad.chmod(0o600)
    printed = _console("--db", str(bad), "agenda")
    assert printed.returncode == 1 and printed.stderr.startswith("tuicrm: ")
    assert "Traceback" not in printed.stderr


def _dump(path: str) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"'), key=repr) for t in tables}


def test_the_demo_is_dated_through_sqlite3_as_through_the_data_layer(
        seeded_template: Path, tmp_path: Path) -> None:
    """The demo copy is moved to today and its clocks worked out by the compiled
    statements, row for row as the usual way does it."""
    from tuicrm.core import open_database
    from tuicrm.db_quick import quick_rows
    from tuicrm.seed import shift_dates
    from tuicrm.services import demo_dates, touch_clock

    usual, quickly = tmp_path / "usual.db", tmp_path / "quick.db"
    for path in (usual, quickly):
        path.write_bytes(seeded_template.read_bytes())
        path.chmod(0o600)
    day = dates.today() + timedelta(days=37)
    database = open_database(usual)
    try:
        assert shift_dates(database, today=day) == 37 + (dates.today() - SEED_DAY).days
        with database.write() as session:
            touch_clock.refresh(session)
    finally:
        database.dispose()
    with quick_rows(str(quickly), writing=True, durable=False) as rows:
        demo_dates.date_copy(rows, day)
    before, after = _dump(str(seeded_template)), _dump(str(quickly))
    assert after["meeting"] != before["meeting"]  # it moved
    assert after == _dump(str(usual))
