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


# --- batches: the write lock is never held for the whole file ------------------------


@pytest.fixture
def small_batches(monkeypatch):
    from tuicrm.services import importing

    monkeypatch.setattr(importing, "BATCH_LINES", 4)
    monkeypatch.setattr(importing, "SALE_BATCH_LINES", 4)


def _count(db: Database) -> int:
    with db.read() as s:
        return s.execute(sa.text("SELECT count(*) FROM contact WHERE deleted_at IS NULL")
                         ).scalar()


def test_a_colleagues_save_goes_through_between_batches(db, db_path, small_batches):
    """Between two batches the import holds no lock: a colleague's save (another
    connection, as another terminal) is made at once, not after the whole file."""
    import time

    from tuicrm.core import Core, open_database

    colleague = open_database(db_path)
    waited: list[float] = []

    def between_batches(done: int, total: int) -> None:
        if 0 < done < total and not waited:
            started = time.monotonic()
            with colleague.write() as s:
                contacts.create_contact(session=s, data={"name": "Colleague's Client"})
            waited.append(time.monotonic() - started)

    try:
        plan = Core(db, username="alice").imports.apply(read_csv(people_csv(10)),
                                                        progress=between_batches, mode="create")
    finally:
        colleague.dispose()
    assert plan.applied and waited and waited[0] < 2.0
    assert _count(db) == 11


def test_an_import_failing_in_a_later_batch_leaves_nothing(db, small_batches, monkeypatch):
    from tuicrm.core import Core
    from tuicrm.services import importing_contacts

    real, calls = importing_contacts.write_contacts, []

    def third_batch_fails(session, lines, tick, new_ids):
        calls.append(len(lines))
        if len(calls) == 3:
            raise RuntimeError("the disk went away")
        real(session, lines, tick, new_ids)

    monkeypatch.setattr(importing_contacts, "write_contacts", third_batch_fails)
    with pytest.raises(RuntimeError):
        Core(db, username="alice").imports.apply(read_csv(people_csv(10)), mode="create")
    assert calls == [4, 4, 2]
    assert _count(db) == 0  # the two batches written before were taken back


def test_a_batched_import_is_one_undo(db, small_batches):
    from tuicrm.core import Core

    core = Core(db, username="alice")
    core.imports.apply(read_csv(people_csv(10)), mode="create")
    assert _count(db) == 10
    result = core.imports.undo_last()
    assert _count(db) == 0 and result.removed_contacts == 10  # every batch, one undo
