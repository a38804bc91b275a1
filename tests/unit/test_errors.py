"""``plain_message``: the one line a person sees for an error, in the CLI and the TUI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
import sqlalchemy as sa

from tuicrm.dates import DateError
from tuicrm.errors import GENERIC_MESSAGE, CrmError, NotFoundError, plain_message


def driver_error() -> sa.exc.DBAPIError:
    """A real SQLAlchemy error wrapping a real sqlite3 one."""
    engine = sa.create_engine("sqlite://")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT * FROM no_such_table")
    except sa.exc.DBAPIError as err:
        return err
    finally:
        engine.dispose()
    raise AssertionError("the query should have failed")


def test_errors_meant_for_people_keep_their_words():
    assert plain_message(NotFoundError("Contact", 7)) == (
        "Contact 7 does not exist (it may have been deleted).")
    assert plain_message(DateError("“32/13” is not a date")) == "“32/13” is not a date"


def test_a_database_error_shows_the_drivers_words_without_sql():
    message = plain_message(driver_error())
    assert message == "The database could not be used: no such table: no_such_table"
    assert plain_message(sqlite3.OperationalError("database is locked")) == (
        "The database could not be used: database is locked")


def test_a_file_error_names_the_file():
    err = PermissionError(13, "Permission denied", "/srv/crm.db")
    assert plain_message(err) == "/srv/crm.db: Permission denied"
    assert plain_message(OSError("disk full")) == "disk full"


def test_anything_else_is_named_unexpected_with_an_optional_hint():
    assert plain_message(KeyError("x")) == "Unexpected error (KeyError): 'x'"
    assert plain_message(ValueError("bad"), unexpected_hint="TUICRM_DEBUG=1 shows more") == (
        "Unexpected error (ValueError): bad (TUICRM_DEBUG=1 shows more)")
    assert plain_message(None) == GENERIC_MESSAGE


@pytest.mark.parametrize("text", ["two\nlines", "\x1b]0;title\x07two lines", "\u202etwo lines"])
def test_the_message_is_one_clean_line(text):
    message = plain_message(CrmError(text))
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message
    assert "two" in message and "lines" in message


def test_the_cli_and_the_app_share_it():
    from tuicrm import cli, errors
    from tuicrm.ui import app

    assert cli.plain_message is errors.plain_message
    err = CrmError("Contact [b]x[/b] could not be saved.")
    assert app.plain_message(err) == errors.plain_message(err)


def test_importing_errors_loads_neither_sqlalchemy_nor_textual():
    code = ("import sys, tuicrm.errors; "
            "print(sorted(m for m in ('sqlalchemy', 'textual') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
