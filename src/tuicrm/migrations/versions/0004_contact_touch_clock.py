"""The stay-in-touch clock on each contact (last, clock and next touch).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

The columns start NULL, which readers take as "work it out live"; the app
fills them in (``touch_clock.refresh_out_of_date``) when it next opens the file,
so this migration stays quick and needs no copy of today's query.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tuicrm.sqltypes

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ('last_touch_at', 'touch_clock_at', 'next_touch_at')


def upgrade() -> None:
    with op.batch_alter_table('contact', schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, tuicrm.sqltypes.UTCDateTime(timezone=True),
                                          nullable=True))
        batch_op.create_index('ix_contact_cadence_days', ['cadence_days'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_touch_clock_at'), ['touch_clock_at'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_contact_next_touch_at'), ['next_touch_at'],
                              unique=False)


def downgrade() -> None:
    # Plain DROP INDEX / DROP COLUMN (SQLite 3.35+): a batch copy of ``contact``
    # would take its search triggers with it.
    for index in ('ix_contact_next_touch_at', 'ix_contact_touch_clock_at',
                  'ix_contact_cadence_days'):
        op.drop_index(index, table_name='contact')
    for name in reversed(_COLUMNS):
        op.drop_column('contact', name)
