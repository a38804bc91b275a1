"""Open follow-ups indexed in due order; the index on done_at alone goes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

SQLite's planner took ``done_at IS NULL`` through the done_at index, fetched
every open follow-up and sorted them, where Today's overdue list wants the
first 50 in due order: a partial index walked in order and stopped.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = sa.text("done_at IS NULL AND deleted_at IS NULL")


# Plain index statements: both dialects take them in place (no table copy).
def upgrade() -> None:
    op.drop_index('ix_follow_up_done_at', table_name='follow_up')
    op.create_index('ix_follow_up_open_due', 'follow_up', ['due_date', 'id'], unique=False,
                    sqlite_where=_OPEN, postgresql_where=_OPEN)


def downgrade() -> None:
    op.drop_index('ix_follow_up_open_due', table_name='follow_up')
    op.create_index('ix_follow_up_done_at', 'follow_up', ['done_at'], unique=False)
