"""Import runs: what each CSV/vCard import created and changed, for undo.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_run',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('mode', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('created_count', sa.Integer(), nullable=False),
    sa.Column('updated_count', sa.Integer(), nullable=False),
    sa.Column('skipped_count', sa.Integer(), nullable=False),
    sa.Column('undone_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_import_run_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_import_run_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run'))
    )
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_run_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_run_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('import_run_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('record_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('version_after', sa.Integer(), nullable=False),
    sa.Column('previous', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['import_run.id'], name=op.f('fk_import_run_item_run_id_import_run'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run_item'))
    )
    with op.batch_alter_table('import_run_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_run_item_run_id'), ['run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_run_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_run_item_run_id'))

    op.drop_table('import_run_item')
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_run_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_import_run_created_by_id'))

    op.drop_table('import_run')
