"""Several tuicrm processes starting at once on one new PostgreSQL database: the
schema is made once (an advisory lock), and the same new user signing in twice at
once gets one team member, with no error either time."""

from __future__ import annotations

import subprocess
import sys

import pytest
import sqlalchemy as sa

from tuicrm.db import to_url

pytestmark = pytest.mark.postgres

# Waits for a line on stdin (so all start together), opens the database, signs in.
STARTER = r"""
import sys
from tuicrm.core import Core, open_database
sys.stdin.readline()
db = open_database(sys.argv[1])
Core(db).people.sign_in("zoe")
db.dispose()
print("ok")
"""
PROCESSES = 4


def test_processes_opening_a_new_database_at_once_make_it_once(pg_url):
    starters = [subprocess.Popen([sys.executable, "-c", STARTER, pg_url], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(PROCESSES)]
    for starter in starters:
        starter.stdin.write("go\n")
        starter.stdin.flush()
    results = [starter.communicate(timeout=120) for starter in starters]
    assert [(p.returncode, out.strip()) for p, (out, _err) in zip(starters, results)] == [
        (0, "ok")] * PROCESSES, [err for _out, err in results if err]
    engine = sa.create_engine(to_url(pg_url))
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar() == 1
            assert conn.execute(sa.text(
                "SELECT count(*) FROM team_member WHERE username = 'zoe'")).scalar() == 1
    finally:
        engine.dispose()


def test_one_new_user_starting_twice_at_once_gets_one_member(pg_db, pg_server_url):
    """The schema is there already: the processes race only to make member "zoe"
    (a loser's insert meets the winner's row as a unique violation, or as the
    username check's refusal, and takes that row)."""
    test_processes_opening_a_new_database_at_once_make_it_once(pg_server_url)
