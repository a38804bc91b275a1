"""Full-text index over contacts (FTS5 on SQLite, GIN tsvector on PostgreSQL).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from tuicrm import search_index

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Built from contact.search_text, which 0001 already keeps; existing rows
    # are indexed by the final 'rebuild' statement on SQLite.
    for statement in search_index.create(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in search_index.drop(op.get_bind().dialect.name):
        op.execute(statement)
