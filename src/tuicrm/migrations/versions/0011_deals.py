"""Deals: the pipeline's stages (the six a firm starts with), deals (each may
name a follow-up as its next step), and every change of a deal's stage.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

New tables only: quick on any size of file.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The stages a firm starts with: name, probability (%), outcome.
DEFAULT_STAGES = (
    ("New", 10, "open"), ("Qualified", 25, "open"), ("Proposal sent", 50, "open"),
    ("Negotiation", 75, "open"), ("Won", 100, "won"), ("Lost", 0, "lost"),
)


def _stamps(*, versioned: bool) -> list[sa.Column]:
    columns = [
        sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
    ]
    if versioned:
        columns.append(sa.Column('version', sa.Integer(), nullable=False))
    return columns


def _stamp_keys(table: str) -> list[sa.ForeignKeyConstraint]:
    return [sa.ForeignKeyConstraint([column], ['team_member.id'],
                                    name=op.f(f'fk_{table}_{column}_team_member'))
            for column in ('created_by_id', 'updated_by_id')]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f'ix_{table}_{column}'), table, [column], unique=False)


def upgrade() -> None:
    moment = tuicrm.sqltypes.UTCDateTime(timezone=True)
    stage = op.create_table(
        'deal_stage',
        *_stamps(versioned=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('probability', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=24), nullable=False),
        sa.Column('deleted_at', moment, nullable=True),
        *_stamp_keys('deal_stage'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_stage')),
    )
    _indexes('deal_stage', 'created_by_id', 'updated_by_id')
    # No ids given: PostgreSQL's sequence must hand out the next one to a stage added later.
    op.bulk_insert(stage, [
        {"name": name, "position": n, "probability": probability, "outcome": outcome}
        for n, (name, probability, outcome) in enumerate(DEFAULT_STAGES, start=1)
    ])
    op.create_table(
        'deal',
        *_stamps(versioned=True),
        sa.Column('deleted_at', moment, nullable=True),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('value_minor', sa.BigInteger(), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('probability', sa.Integer(), nullable=True),
        sa.Column('expected_close', sa.Date(), nullable=True),
        sa.Column('source', sa.String(length=24), nullable=True),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('stage_id', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=24), nullable=False),
        sa.Column('lost_reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('stage_entered_at', moment, nullable=True),
        sa.Column('closed_at', moment, nullable=True),
        sa.Column('touched_at', moment, nullable=True),
        sa.Column('contract_id', sa.Integer(), nullable=True),
        sa.Column('sale_id', sa.Integer(), nullable=True),
        sa.Column('next_step_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                                name=op.f('fk_deal_contact_id_contact')),
        sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                                name=op.f('fk_deal_contract_id_contract'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['next_step_id'], ['follow_up.id'],
                                name=op.f('fk_deal_next_step_id_follow_up'), ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'],
                                name=op.f('fk_deal_owner_id_team_member')),
        sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_deal_sale_id_sale'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['stage_id'], ['deal_stage.id'],
                                name=op.f('fk_deal_stage_id_deal_stage')),
        *_stamp_keys('deal'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deal')),
    )
    op.create_index('ix_deal_board', 'deal', ['stage_id', 'expected_close', 'id'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'),
                    postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_deal_open_sums', 'deal',
                    ['outcome', 'deleted_at', 'stage_id', 'currency', 'value_minor', 'probability',
                     'contact_id'], unique=False)
    op.create_index('ix_deal_touched', 'deal', ['outcome', 'touched_at'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'),
                    postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_deal_figures', 'deal', ['outcome', 'closed_at', 'currency', 'value_minor'],
                    unique=False)
    _indexes('deal', 'contact_id', 'contract_id', 'created_by_id', 'next_step_id', 'owner_id',
             'sale_id',
             'updated_by_id')
    op.create_table(
        'deal_stage_change',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('deal_id', sa.Integer(), nullable=False),
        sa.Column('stage_id', sa.Integer(), nullable=False),
        sa.Column('from_stage_id', sa.Integer(), nullable=True),
        sa.Column('changed_at', moment, nullable=False),
        sa.Column('changed_by_id', sa.Integer(), nullable=True),
        sa.Column('via', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(['changed_by_id'], ['team_member.id'],
                                name=op.f('fk_deal_stage_change_changed_by_id_team_member'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['deal_id'], ['deal.id'],
                                name=op.f('fk_deal_stage_change_deal_id_deal'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['from_stage_id'], ['deal_stage.id'],
                                name=op.f('fk_deal_stage_change_from_stage_id_deal_stage')),
        sa.ForeignKeyConstraint(['stage_id'], ['deal_stage.id'],
                                name=op.f('fk_deal_stage_change_stage_id_deal_stage')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_deal_stage_change')),
    )
    op.create_index('ix_deal_stage_change_deal', 'deal_stage_change', ['deal_id', 'id'],
                    unique=False)
    _indexes('deal_stage_change', 'changed_by_id', 'from_stage_id', 'stage_id')


def downgrade() -> None:
    op.drop_table('deal_stage_change')
    op.drop_table('deal')
    op.drop_table('deal_stage')
