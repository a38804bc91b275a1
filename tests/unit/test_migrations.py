"""Schema migrations: new files, old files, failing and foreign migrations.

What a person would notice: a new file has every table; a file from an older
tuicrm opens with every record still there (and findable), with a checked
private backup taken first; a migration that breaks leaves the file exactly as
it was; a file from a newer tuicrm is refused untouched; and the models never
drift from what the migrations build.
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
import stat
from collections.abc import Callable
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from tuicrm import config, search_index
from tuicrm.backup import verify_copy
from tuicrm.core import open_database
from tuicrm.db import SCHEMA_HEAD, Database, make_engine
from tuicrm.errors import MigrationError
from tuicrm.migrate import MIGRATIONS_DIR, current_revision, head_revision, migrate
from tuicrm.services import contacts, contracts

# --- helpers ---------------------------------------------------------------


def _env_include_name() -> Callable[..., bool]:
    """The ``include_name`` filter of migrations/env.py, taken from its source.

    env.py cannot be imported outside an Alembic run (it configures Alembic at
    import), so its filter function and the constants it uses are compiled on
    their own: the test and the migrations can't drift apart.
    """
    tree = ast.parse((MIGRATIONS_DIR / "env.py").read_text(encoding="utf-8"))
    wanted = [
        node for node in tree.body
        if (isinstance(node, ast.FunctionDef) and node.name == "include_name")
        or (isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets))
    ]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "env.py", "exec"), namespace)
    return namespace["include_name"]  # type: ignore[return-value]


def _drift(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": _env_include_name(), "compare_type": True}
        )
        return compare_metadata(context, SQLModel.metadata)


def _dump(path: Path) -> list[str]:
    """Every schema object and row of the file, as SQL text."""
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _sqlite_names(path: Path, kind: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
        return {name for (name,) in rows}


def _version(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _backups() -> list[Path]:
    return sorted(config.backups_dir().glob("*.db"))


def _insert_old_contact(path: Path) -> int:
    """A contact with an email and a tag, written as an older tuicrm would."""
    with closing(sqlite3.connect(path)) as conn, conn:
        cursor = conn.execute(
            "INSERT INTO contact (version, kind, name, job_title, website, street, city,"
            " region, postal_code, country, notes, sort_name, search_text)"
            " VALUES (1, 'person', 'Grace Hopper', '', '', '', 'Arlington', '', '', '',"
            " '', 'grace hopper', 'Grace Hopper Arlington grace@navy.example cobol')"
        )
        contact_id = cursor.lastrowid
        conn.execute(
            "INSERT INTO contact_email (contact_id, address, label, position)"
            " VALUES (?, 'grace@navy.example', '', 0)",
            (contact_id,),
        )
        conn.execute(
            "INSERT INTO contact_tag (contact_id, tag) VALUES (?, 'cobol')", (contact_id,)
        )
    return contact_id


def _database_at_0001(path: Path) -> int:
    engine = make_engine(path)
    try:
        migrate(engine, target="0001")
    finally:
        engine.dispose()
    return _insert_old_contact(path)


def _scripts_with(tmp_path: Path, revision_0003: str) -> Path:
    """A copy of the real migrations plus one more revision."""
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "0003_test.py").write_text(revision_0003, encoding="utf-8")
    return location


# The test revision goes on top of the real newest one.
REAL_HEAD = head_revision()
HEADER = f'''
import sqlalchemy as sa
from alembic import op
from tuicrm import search_index

revision = "0099"
down_revision = "{REAL_HEAD}"
branch_labels = None
depends_on = None
'''

# Rebuilds the contact table (batch mode), adds a table, changes data, then fails.
FAILING_0003 = HEADER + '''

def upgrade():
    for statement in search_index.drop("sqlite"):
        op.execute(statement)
    with op.batch_alter_table("contact", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60), nullable=True))
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE contact SET city = 'CHANGED'")
    raise RuntimeError("disk gremlin halfway through 0003")


def downgrade():
    pass
'''

# Rebuilds the contact table (batch mode) the way a real migration must.
REBUILDING_0003 = HEADER + '''

def upgrade():
    for statement in search_index.drop("sqlite"):
        op.execute(statement)
    with op.batch_alter_table("contact", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60), nullable=True))
    for statement in search_index.create("sqlite"):
        op.execute(statement)


def downgrade():
    pass
'''

# Leaves a reference to a contact that does not exist.
DANGLING_0003 = HEADER + '''

def upgrade():
    op.execute(
        "INSERT INTO contact_email (contact_id, address, label, position)"
        " VALUES (987654, 'orphan@example.org', '', 0)"
    )


def downgrade():
    pass
'''


# --- new files -------------------------------------------------------------


def test_a_new_file_gets_every_table_and_the_search_triggers(db: Database, db_path: Path) -> None:
    assert _version(db_path) == head_revision()
    tables = _sqlite_names(db_path, "table")
    assert set(SQLModel.metadata.tables) <= tables
    assert "contact_fts" in tables
    assert set(search_index.SQLITE_TRIGGERS) <= _sqlite_names(db_path, "trigger")


def test_migrations_build_exactly_what_the_models_describe(db: Database) -> None:
    assert _drift(db.engine) == []


def test_every_foreign_key_is_indexed(db: Database) -> None:
    """Lists filter and deletes check by foreign key: each needs an index."""
    inspector = sa.inspect(db.engine)
    missing = []
    for table in inspector.get_table_names():
        if table.startswith("contact_fts") or table == "alembic_version":
            continue
        leading = {tuple(ix["column_names"][:1]) for ix in inspector.get_indexes(table)}
        uniques = inspector.get_unique_constraints(table)
        leading |= {tuple(uq["column_names"][:1]) for uq in uniques}
        leading.add(tuple(inspector.get_pk_constraint(table)["constrained_columns"][:1]))
        for fk in inspector.get_foreign_keys(table):
            if tuple(fk["constrained_columns"][:1]) not in leading:
                missing.append(f"{table}.{','.join(fk['constrained_columns'])}")
    assert missing == []


def test_going_back_to_0003_keeps_the_search_triggers(db: Database, db_path: Path) -> None:
    """Undoing the touch-clock revisions must not rebuild ``contact`` (a batch
    copy of the table drops its search triggers: search would stop following
    edits); and the way forward again still works."""
    from alembic import command

    from tuicrm.migrate import alembic_config

    db.dispose()
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        assert _version(db_path) == "0003"
        assert set(search_index.SQLITE_TRIGGERS) <= _sqlite_names(db_path, "trigger")
        assert "kept_role" not in {c["name"] for c in sa.inspect(engine).get_columns("contact")}
    finally:
        engine.dispose()
    again = open_database(db_path)
    try:
        assert current_revision(again.engine) == head_revision()
        assert _drift(again.engine) == []
    finally:
        again.dispose()


def _downgraded(db_path: Path, revision: str) -> None:
    from alembic import command

    from tuicrm.migrate import alembic_config

    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def _stat_indexes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return set()
        return {idx for (idx,) in conn.execute("SELECT idx FROM sqlite_stat1")}


@pytest.mark.parametrize("analyzed", [True, False])
def test_0007_keeps_planner_statistics_whole(db: Database, db_path: Path, analyzed: bool) -> None:
    """A file with planner statistics gets them for the indexes 0007 adds (without,
    SQLite joins reports through contacts' wide rows); one without stays without."""
    with db.write() as s:
        for n in range(3):
            who = contacts.create_contact(session=s, data={"name": f"Client {n}"}).id
            contracts.create_contract(session=s, data={
                "contact_id": who, "title": "Support", "status": "active",
                "start_date": date(2026, 1, n + 1), "billing_cycle": "monthly",
                "amount_minor": 100, "currency": "EUR"})
    db.dispose()
    _downgraded(db_path, "0006")
    if analyzed:
        with closing(sqlite3.connect(db_path)) as conn:
            conn.execute("ANALYZE")
    assert not _stat_indexes(db_path) & {"ix_contact_id_live", "ix_contract_billing"}
    open_database(db_path).dispose()
    assert _version(db_path) == SCHEMA_HEAD
    new = {"ix_contact_id_live", "ix_contract_billing", "ix_contact_last_order"}
    assert new <= _stat_indexes(db_path) if analyzed else _stat_indexes(db_path) == set()


# --- older files -----------------------------------------------------------


def test_an_older_file_is_upgraded_with_its_data_and_a_private_backup(db_path: Path) -> None:
    contact_id = _database_at_0001(db_path)
    assert _backups() == []

    database = open_database(db_path)
    try:
        assert current_revision(database.engine) == head_revision()
        with database.read() as s:
            detail = contacts.get_contact(session=s, contact_id=contact_id)
            assert (detail.contact.name, detail.emails, detail.tags) == (
                "Grace Hopper", ["grace@navy.example"], ["cobol"]
            )
            # The search index built by 0002 covers rows that existed before it.
            for query in ("grace", "hopp", "cobol", "navy"):
                found = contacts.list_contacts(session=s, query=query).items
                assert [row.id for row in found] == [contact_id], query
    finally:
        database.dispose()

    [backup] = _backups()
    assert "before-0001" in backup.name
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    verify_copy(backup)  # passes SQLite's integrity check
    assert _version(backup) == "0001"
    with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
        assert conn.execute("SELECT name FROM contact").fetchall() == [("Grace Hopper",)]


def test_a_migration_failing_halfway_leaves_the_file_as_it_was(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    contact_id = _insert_old_contact(db_path)
    db.dispose()
    before = _dump(db_path)
    scripts = _scripts_with(tmp_path, FAILING_0003)

    engine = make_engine(db_path)
    try:
        with pytest.raises(MigrationError, match="nothing was changed") as failed:
            migrate(engine, script_location=scripts)
        assert "disk gremlin" in str(failed.value)
    finally:
        engine.dispose()

    assert _dump(db_path) == before  # schema, triggers and every row, incl. emails
    [backup] = _backups()
    assert str(backup) in str(failed.value)  # the message says where the copy is
    verify_copy(backup)

    reopened = open_database(db_path)  # the real tuicrm still opens it
    try:
        with reopened.read() as s:
            assert contacts.get_contact(session=s, contact_id=contact_id).emails == [
                "grace@navy.example"
            ]
    finally:
        reopened.dispose()


def test_rebuilding_a_table_keeps_its_cascade_children(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    """With foreign keys on, dropping the old contact table would delete them."""
    contact_id = _insert_old_contact(db_path)
    scripts = _scripts_with(tmp_path, REBUILDING_0003)

    result = migrate(db.engine, script_location=scripts)

    assert (result.from_revision, result.to_revision) == (REAL_HEAD, "0099")
    assert "nickname" in {c["name"] for c in sa.inspect(db.engine).get_columns("contact")}
    with db.read() as s:
        detail = contacts.get_contact(session=s, contact_id=contact_id)
        assert (detail.emails, detail.tags) == (["grace@navy.example"], ["cobol"])
        assert [r.id for r in contacts.list_contacts(session=s, query="grace").items] == [
            contact_id
        ]
    with db.engine.connect() as conn:  # foreign keys are back on afterwards
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_a_migration_leaving_broken_references_is_refused(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    _insert_old_contact(db_path)
    db.dispose()
    before = _dump(db_path)
    engine = make_engine(db_path)
    try:
        with pytest.raises(MigrationError, match=r"broken reference.*contact_email"):
            migrate(engine, script_location=_scripts_with(tmp_path, DANGLING_0003))
    finally:
        engine.dispose()
    assert _dump(db_path) == before
    assert _version(db_path) == REAL_HEAD


def test_a_file_from_a_newer_tuicrm_is_refused_untouched(db: Database, db_path: Path) -> None:
    _insert_old_contact(db_path)
    db.dispose()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # as a copy from elsewhere would come
    before = _dump(db_path)

    with pytest.raises(MigrationError) as refused:
        open_database(db_path)

    message = str(refused.value)
    assert "newer tuicrm" in message and "9999" in message and "Nothing was changed" in message
    assert _dump(db_path) == before
    assert _backups() == []
    with closing(sqlite3.connect(db_path)) as conn:  # not switched to WAL on the way
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


# --- PostgreSQL ------------------------------------------------------------


@pytest.mark.postgres
def test_postgres_empty_database_reaches_head_without_drift(pg_db: Database) -> None:
    assert current_revision(pg_db.engine) == head_revision()
    assert set(SQLModel.metadata.tables) <= set(sa.inspect(pg_db.engine).get_table_names())
    assert _drift(pg_db.engine) == []
    indexes = sa.inspect(pg_db.engine).get_indexes("contact")
    assert "contact_fts_gin" in {ix["name"] for ix in indexes}


@pytest.mark.postgres
def test_postgres_create_search_and_update_a_contact(pg_db: Database) -> None:
    with pg_db.write() as s:
        created = contacts.create_contact(
            session=s,
            data={"name": "Zoë Müller", "city": "Köln", "emails": ["zoe@example.de"],
                  "phones": ["+49 221 123456"], "tags": ["vip"]},
        )
    with pg_db.read() as s:
        # (PostgreSQL's 'simple' search keeps accents: "mull" would not match.)
        for query in ("zoë", "müll", "zoe", "49221123456", "221 123456", "vip"):
            found = contacts.list_contacts(session=s, query=query).items
            assert [r.id for r in found] == [created.id], query
    with pg_db.write() as s:
        contacts.update_contact(
            session=s, contact_id=created.id, changes={"city": "Bonn", "tags": ["partner"]},
            expected_version=created.version,
        )
    with pg_db.read() as s:
        detail = contacts.get_contact(session=s, contact_id=created.id)
        assert (detail.contact.city, detail.tags) == ("Bonn", ["partner"])
        assert detail.contact.version == created.version + 1
        assert [r.id for r in contacts.list_contacts(session=s, query="partner").items] == [
            created.id
        ]
        assert contacts.list_contacts(session=s, query="vip").items == []


@pytest.mark.postgres
def test_postgres_finds_a_contact_by_email_address(pg_db: Database) -> None:
    with pg_db.write() as s:
        created = contacts.create_contact(
            session=s, data={"name": "Zoë Müller", "emails": ["zoe@example.de"]}
        )
    with pg_db.read() as s:
        for query in ("zoe@example.de", "example.de"):
            found = contacts.list_contacts(session=s, query=query).items
            assert [r.id for r in found] == [created.id], query


def test_the_fast_open_path_knows_the_newest_schema():
    """Database.open skips Alembic for a file at db.SCHEMA_HEAD: it must be the real head,
    or an old file would be opened without its migrations."""
    from tuicrm.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()
