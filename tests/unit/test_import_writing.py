"""How an import writes many contacts: many rows per statement, every one found by search.

The bulk writer puts hundreds of rows in one INSERT on SQLite (one statement
per row made FTS5 write its index out row by row). These tests import enough
lines to cross every batch boundary, including with SQLite's limit on
statement parameters set low, and check what a person relies on: every
contact, email, phone and tag is there, in file order, searchable, recorded
for undo; and Python's collector is back on afterwards, whatever happened.
"""

from __future__ import annotations

import gc
import sqlite3

import pytest
import sqlalchemy as sa

from tuicrm.db import Database
from tuicrm.interop.csv_import import read_csv
from tuicrm.interop.import_source import ImportFileError
from tuicrm.models import Contact, ContactEmail, ContactPhone, ContactTag, ImportRunItem
from tuicrm.services import contacts
from tuicrm.services.import_runs import undo_last_import
from tuicrm.services.importing import apply_import

ROWS = 1234  # past the writer's 1,000-contact chunks and its 500-row statements


def people_csv(rows: int = ROWS) -> bytes:
    lines = ["Name,Email,Phone,Tags"]
    lines += [f"Person {i:04d} Example,p{i}@example.org,+44 7700 {i:06d},\"t{i % 7};all\""
              for i in range(rows)]
    return "\n".join(lines).encode()


def search(db: Database, query: str) -> list[str]:
    with db.read() as s:
        return [r.name for r in contacts.list_contacts(session=s, query=query, limit=500)]


@pytest.mark.parametrize("max_params", [None, 600])
def test_every_imported_row_is_written_searchable_and_recorded(
        db: Database, max_params: int | None) -> None:
    with db.write() as s:
        if max_params is not None:  # 26 contact columns: 23 rows a statement, then a short one
            s.connection().connection.dbapi_connection.setlimit(
                sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, max_params)
        plan = apply_import(session=s, source=read_csv(people_csv()), mode="create")
    assert plan.summary() == "contacts: 1,234 created, 0 updated, 0 unchanged, 0 skipped"
    ids = [p.record_id for p in plan.lines]
    with db.read() as s:
        names = dict(s.execute(sa.select(Contact.id, Contact.name)).all())
        assert [names[i] for i in ids] == [f"Person {i:04d} Example" for i in range(ROWS)]
        by_id = {i: n for n, i in enumerate(ids)}
        emails = s.execute(sa.select(ContactEmail.contact_id, ContactEmail.address)).all()
        assert sorted((by_id[c], a) for c, a in emails) == [
            (i, f"p{i}@example.org") for i in range(ROWS)]
        phones = s.execute(sa.select(ContactPhone.contact_id, ContactPhone.number,
                                     ContactPhone.digits)).all()
        assert sorted((by_id[c], n, d) for c, n, d in phones) == [
            (i, f"+44 7700 {i:06d}", f"447700{i:06d}") for i in range(ROWS)]
        tags = s.execute(sa.select(ContactTag.contact_id, ContactTag.tag)).all()
        assert sorted((by_id[c], t) for c, t in tags) == sorted(
            [(i, "all") for i in range(ROWS)] + [(i, f"t{i % 7}") for i in range(ROWS)])
        assert s.scalar(sa.select(sa.func.count()).select_from(ImportRunItem)) == ROWS
        s.connection().exec_driver_sql(
            "INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
    for i in (0, 499, 500, 999, 1000, 1233):  # either side of each batch boundary
        assert search(db, f"p{i}@example.org") == [f"Person {i:04d} Example"]
        assert search(db, f"447700{i:06d}") == [f"Person {i:04d} Example"]
    assert len(search(db, "t3")) == len(range(3, ROWS, 7))
    with db.write() as s:
        assert undo_last_import(session=s).removed_contacts == ROWS
    assert search(db, "example") == []


@pytest.mark.postgres
def test_every_imported_row_is_written_and_searchable_on_postgres(pg_db: Database) -> None:
    with pg_db.write() as s:
        plan = apply_import(session=s, source=read_csv(people_csv()), mode="create")
    assert plan.summary() == "contacts: 1,234 created, 0 updated, 0 unchanged, 0 skipped"
    with pg_db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(ContactPhone)) == ROWS
        assert s.scalar(sa.select(sa.func.count()).select_from(ImportRunItem)) == ROWS
    for i in (0, 999, 1000, 1233):
        assert search(pg_db, f"447700{i:06d}") == [f"Person {i:04d} Example"]
    with pg_db.write() as s:
        assert undo_last_import(session=s).removed_contacts == ROWS


def test_the_collector_is_back_on_after_an_import_that_works_or_fails(db: Database) -> None:
    """An import pauses Python's cycle collector while it runs (see collector_paused)."""
    assert gc.isenabled()
    source = read_csv(people_csv(50))
    with db.write() as s:
        apply_import(session=s, source=source, mode="create")
    assert gc.isenabled()

    def stop(done: int, total: int) -> None:
        assert not gc.isenabled()  # paused while it writes...
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), db.write() as s:
        apply_import(session=s, source=read_csv(people_csv(60)), mode="upsert", progress=stop)
    assert gc.isenabled()  # ...and back on after a failure
    with pytest.raises(ImportFileError):
        read_csv(b"")
    assert gc.isenabled()


def test_a_program_that_turned_the_collector_off_keeps_it_off(db: Database) -> None:
    gc.disable()
    try:
        with db.write() as s:
            apply_import(session=s, source=read_csv(people_csv(20)), mode="create")
        assert not gc.isenabled()
    finally:
        gc.enable()
