"""Each contact keeps its role beside its stay-in-touch clock.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

The column starts NULL, which marks the clock out of date: the app works out
both (``touch_clock.refresh_out_of_date``) when it next opens the file, as
for 0004. Plain statements: both dialects add a nullable column and an index
in place, without copying the table (so the search triggers stay).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('contact', sa.Column(
        'kept_role', sa.Enum('lead', 'client', 'customer', 'both', name='role',
                             native_enum=False, create_constraint=False, length=24),
        nullable=True))
    op.create_index('ix_contact_kept_role_clock', 'contact', ['kept_role', 'touch_clock_at'],
                    unique=False)


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): a batch copy of ``contact`` would take
    # its search triggers with it.
    op.drop_index('ix_contact_kept_role_clock', table_name='contact')
    op.drop_column('contact', 'kept_role')
