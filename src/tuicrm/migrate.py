"""Bringing a database's schema up to date, safely.

On SQLite (quality.md): the file is copied first through the backup API and
the copy is checked; the whole upgrade then runs in ONE ``BEGIN IMMEDIATE``
transaction with foreign keys OFF (rebuilding a table in batch mode with them
ON silently deletes its ``ON DELETE CASCADE`` children); ``foreign_key_check``
must come back empty before the commit. Any failure rolls everything back, so
the file is as it was and the backup stays beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from tuicrm import config, dates
from tuicrm.backup import copy_database
from tuicrm.errors import MigrationError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str | None
    backup: Path | None = None


def alembic_config(script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    return cfg


def head_revision(script_location: Path | None = None) -> str | None:
    return ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(
    engine: Engine,
    *,
    target: str = "head",
    backup_dir: Path | None = None,
    script_location: Path | None = None,
) -> MigrationResult:
    """Upgrade ``engine``'s database to ``target`` (default: the newest schema)."""
    cfg = alembic_config(script_location)
    script = ScriptDirectory.from_config(cfg)
    before = current_revision(engine)
    wanted = script.get_current_head() if target == "head" else target
    if before == wanted:
        return MigrationResult(before, before)
    if before is not None and not _known(script, before):
        raise MigrationError(
            f"This database was written by a newer tuicrm (schema {before}); "
            "upgrade tuicrm to open it. Nothing was changed."
        )
    backup = _backup_before_migration(engine, before, backup_dir)
    try:
        _upgrade_in_one_transaction(engine, cfg, target)
    except MigrationError:
        raise
    except Exception as err:
        where = f" A copy taken before it is at {backup}." if backup else ""
        raise MigrationError(
            f"Updating the database schema failed ({err}); nothing was changed.{where}"
        ) from err
    return MigrationResult(before, current_revision(engine), backup)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for unknown ids
        return False


def _backup_before_migration(
    engine: Engine, revision: str | None, backup_dir: Path | None
) -> Path | None:
    """Copy a SQLite database that holds a schema; new files need no copy."""
    if engine.dialect.name != "sqlite" or revision is None:
        return None
    directory = backup_dir or config.backups_dir()
    stamp = dates.utcnow().strftime("%Y%m%dT%H%M%S%f")
    dest = directory / f"{Path(engine.url.database or 'db').stem}-before-{revision}-{stamp}.db"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        return copy_database(raw, dest)  # type: ignore[arg-type]


def _upgrade_in_one_transaction(engine: Engine, cfg: Config, target: str) -> None:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite:
            # Must run outside a transaction, or SQLite ignores it.
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            conn.execution_options(tuicrm_begin="IMMEDIATE")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if sqlite:
                    _check_foreign_keys(conn)
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _check_foreign_keys(conn: sa.Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        sample = ", ".join(f"{row[0]} row {row[1]} -> {row[2]}" for row in broken[:5])
        raise MigrationError(
            f"The schema update would leave {len(broken)} broken reference"
            f"{'s' if len(broken) != 1 else ''} "
            f"({sample}); nothing was changed."
        )
