"""Each contact keeps its purchase figures (orders, first and last, typical gap);
covering indexes for the reports (contacts by kept role, a contact's live
flags for joins, contracts' billing columns).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

The columns start NULL, which readers take as "work it out live"; the app
fills them in (``touch_clock.refresh_out_of_date``, which refreshes them with
the clock) when it next opens the file, as for 0004 and 0006, so this
migration stays quick. Plain statements: both dialects add nullable columns
and indexes in place, without copying ``contact`` (so the search triggers stay).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tuicrm.sqltypes

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ('order_count', 'first_order_at', 'last_order_at', 'order_gap_days')


def upgrade() -> None:
    op.add_column('contact', sa.Column('order_count', sa.Integer(), nullable=True))
    for name in ('first_order_at', 'last_order_at'):
        op.add_column('contact', sa.Column(name, tuicrm.sqltypes.UTCDateTime(timezone=True),
                                           nullable=True))
    op.add_column('contact', sa.Column(
        'order_gap_days', sa.Float().with_variant(sa.Numeric(), 'postgresql'), nullable=True))
    op.create_index('ix_contact_last_order', 'contact',
                    ['last_order_at', 'order_count', 'order_gap_days', 'deleted_at',
                     'archived_at'], unique=False)
    op.create_index('ix_contact_id_live', 'contact', ['id', 'deleted_at', 'archived_at'],
                    unique=False)
    op.create_index('ix_contract_billing', 'contract',
                    ['start_date', 'status', 'billing_cycle', 'end_date', 'ended_on',
                     'deleted_at', 'contact_id', 'currency', 'amount_minor'], unique=False)
    op.create_index('ix_contact_kept_role_live', 'contact',
                    ['kept_role', 'deleted_at', 'archived_at'], unique=False)
    op.create_index('ix_contact_order_count_null', 'contact', ['order_count'], unique=False,
                    sqlite_where=sa.text('order_count IS NULL'),
                    postgresql_where=sa.text('order_count IS NULL'))
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        # A file with planner statistics (the bench databases have them): without
        # rows for the new indexes SQLite keeps joining through contacts' wide
        # rows. Bring the two tables' statistics up to date (a fraction of a
        # second at 100k contacts); a file without statistics is left without.
        op.execute('ANALYZE contact')
        op.execute('ANALYZE contract')


def downgrade() -> None:
    # Plain DROP INDEX / DROP COLUMN (SQLite 3.35+): a batch copy of ``contact``
    # would take its search triggers with it.
    op.drop_index('ix_contact_order_count_null', table_name='contact')
    op.drop_index('ix_contact_kept_role_live', table_name='contact')
    op.drop_index('ix_contract_billing', table_name='contract')
    op.drop_index('ix_contact_id_live', table_name='contact')
    op.drop_index('ix_contact_last_order', table_name='contact')
    for name in reversed(_COLUMNS):
        op.drop_column('contact', name)
