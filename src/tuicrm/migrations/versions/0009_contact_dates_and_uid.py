"""Contacts keep a birthday, an anniversary and the id another tool gave them; a
deleted meeting remembers that a calendar export said it is cancelled; merges of
two contacts are kept for their undo; an email logged keeps its Message-ID;
the database keeps one id of its own (what the vCard and calendar exports' UIDs are
made from).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

Nullable columns added in place (no copy of ``contact``, so its search
triggers stay): quick on any size of file.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('contact', sa.Column('birthday', sa.Date(), nullable=True))
    op.add_column('contact', sa.Column('anniversary', sa.Date(), nullable=True))
    op.add_column('contact', sa.Column('uid', sqlmodel.sql.sqltypes.AutoString(length=200),
                                       nullable=True))
    op.create_index(op.f('ix_contact_uid'), 'contact', ['uid'], unique=False)
    for name in ('birthday', 'anniversary'):
        op.create_index(f'ix_contact_{name}', 'contact', [name], unique=False,
                        sqlite_where=sa.text(f'{name} IS NOT NULL'),
                        postgresql_where=sa.text(f'{name} IS NOT NULL'))
    op.create_table(
        'contact_merge',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kept_id', sa.Integer(), nullable=False),
        sa.Column('merged_id', sa.Integer(), nullable=False),
        sa.Column('merged_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
        sa.Column('merged_by_id', sa.Integer(), nullable=True),
        sa.Column('kept_before', sa.Text(), nullable=False),
        sa.Column('kept_version_after', sa.Integer(), nullable=False),
        sa.Column('moved', sa.Text(), nullable=False),
        sa.Column('undone_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['kept_id'], ['contact.id'],
                                name=op.f('fk_contact_merge_kept_id_contact')),
        sa.ForeignKeyConstraint(['merged_id'], ['contact.id'],
                                name=op.f('fk_contact_merge_merged_id_contact')),
        sa.ForeignKeyConstraint(['merged_by_id'], ['team_member.id'],
                                name=op.f('fk_contact_merge_merged_by_id_team_member'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_merge')),
    )
    for column in ('kept_id', 'merged_id', 'merged_by_id'):
        op.create_index(op.f(f'ix_contact_merge_{column}'), 'contact_merge', [column],
                        unique=False)
    op.add_column('interaction', sa.Column(
        'message_id', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True))
    op.create_index(op.f('ix_interaction_message_id'), 'interaction', ['message_id'],
                    unique=False)
    op.add_column('meeting', sa.Column('cancel_exported_at',
                                       tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True))
    # One id for the database: the one the calendar export made on first use
    # ("database_uid", in the UIDs of every event it wrote) if there is one,
    # else a new one.
    app_meta = sa.table('app_meta', sa.column('key', sa.String), sa.column('value', sa.String))
    bind = op.get_bind()
    old = bind.execute(sa.select(app_meta.c.value).where(app_meta.c.key == 'database_uid')).scalar()
    op.execute(app_meta.delete().where(app_meta.c.key.in_(['database_id', 'database_uid'])))
    op.execute(app_meta.insert().values(key='database_id', value=old or str(uuid.uuid4())))


def downgrade() -> None:
    op.execute(sa.text("UPDATE app_meta SET key = 'database_uid' WHERE key = 'database_id'"))
    op.drop_column('meeting', 'cancel_exported_at')
    op.drop_index(op.f('ix_interaction_message_id'), table_name='interaction')
    op.drop_column('interaction', 'message_id')
    for column in ('merged_by_id', 'merged_id', 'kept_id'):
        op.drop_index(op.f(f'ix_contact_merge_{column}'), table_name='contact_merge')
    op.drop_table('contact_merge')
    op.drop_index(op.f('ix_contact_uid'), table_name='contact')
    for name in ('birthday', 'anniversary'):
        op.drop_index(f'ix_contact_{name}', table_name='contact')
    for name in ('uid', 'anniversary', 'birthday'):
        op.drop_column('contact', name)
