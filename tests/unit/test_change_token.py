"""``Database.change_token()``: how a second terminal learns that the data changed."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services.contacts import create_contact, list_contacts


def add(database: Database, name: str) -> None:
    with database.write() as session:
        create_contact(session=session, data={"name": name})


def test_token_changes_after_another_connections_commit_only(db, db_path):
    before = db.change_token()
    with db.read() as session:  # reading changes nothing
        list_contacts(session=session)
    assert db.change_token() == before

    other = open_database(db_path)  # another terminal
    try:
        with other.read() as session:
            list_contacts(session=session)
        assert db.change_token() == before
        add(other, "Barbara Liskov")
        after = db.change_token()
        assert after != before
        assert db.change_token() == after  # stable until the next commit
        with pytest.raises(RuntimeError):  # a rolled-back write is no change
            with other.write() as session:
                create_contact(session=session, data={"name": "Never"})
                raise RuntimeError("changed my mind")
        assert db.change_token() == after
    finally:
        other.dispose()

    # a plain sqlite3 client (a script) counts too
    with closing(sqlite3.connect(db_path)) as script:
        script.execute("UPDATE contact SET notes = 'x' WHERE name = 'Barbara Liskov'")
        script.commit()
    assert db.change_token() != after


def test_own_commits_count_too(db):
    """Sessions use pooled connections, never the token's own: a spare reload, no miss."""
    before = db.change_token()
    add(db, "Ada")
    assert db.change_token() != before


def test_the_token_connection_is_closed_with_the_database(db_path):
    database = open_database(db_path)
    database.change_token()
    database.dispose()
    assert database._token_conn is None
    database.change_token()  # opens a new one if asked again
    database.dispose()


@pytest.mark.postgres
def test_token_on_postgres(pg_db, pg_server_url):
    def a_read_leaves_it() -> bool:
        before = pg_db.change_token()
        with pg_db.read() as session:
            list_contacts(session=session)
        return pg_db.change_token() == before

    # Any write in the cluster moves the token, and other test processes write
    # to it meanwhile: a read that moved it itself would move it every time.
    assert any(a_read_leaves_it() for _ in range(20))
    before = pg_db.change_token()
    other = open_database(pg_server_url, migrate_schema=False)
    try:
        add(other, "Barbara Liskov")
    finally:
        other.dispose()
    assert pg_db.change_token() != before
