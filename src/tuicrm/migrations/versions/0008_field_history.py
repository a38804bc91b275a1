"""Field history: every change to a record's field, with who, when and through what.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

A new table only: quick on any size of file, and nothing existing changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'field_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('record_kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('field_name', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('old_value', sa.Text(), nullable=True),
        sa.Column('new_value', sa.Text(), nullable=True),
        sa.Column('changed_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column('changed_by_id', sa.Integer(), nullable=True),
        sa.Column('via', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column('import_run_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['changed_by_id'], ['team_member.id'],
                                name=op.f('fk_field_change_changed_by_id_team_member'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_field_change')),
    )
    op.create_index('ix_field_change_record', 'field_change',
                    ['record_kind', 'record_id', 'id'], unique=False)
    op.create_index(op.f('ix_field_change_changed_by_id'), 'field_change', ['changed_by_id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_field_change_changed_by_id'), table_name='field_change')
    op.drop_index('ix_field_change_record', table_name='field_change')
    op.drop_table('field_change')
