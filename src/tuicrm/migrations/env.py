"""Alembic environment: always driven from tuicrm.migrate with a connection.

The caller owns the transaction (one for the whole upgrade), so nothing here
begins or commits.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import tuicrm.models  # noqa: F401  registers every table on the metadata

# The full-text index (SQLite virtual table with its shadow tables, or a
# PostgreSQL GIN index) is made by hand in a migration; autogenerate must not
# try to drop it.
SEARCH_TABLE_PREFIX = "contact_fts"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (name or "").startswith(SEARCH_TABLE_PREFIX)


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("tuicrm migrations run through tuicrm.migrate.migrate()")
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
