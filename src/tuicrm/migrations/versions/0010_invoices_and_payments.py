"""Invoices (and credit notes) with their lines, the last number of each
invoice series, payments against invoices, a client's payment terms; time
logged against contracts, and a retainer's included hours and hourly rate.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

New tables, and one nullable column added in place on ``contact``: quick on any
size of file.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_by_id', sa.Integer(), nullable=True),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    ]


def _stamp_keys(table: str) -> list[sa.ForeignKeyConstraint]:
    return [sa.ForeignKeyConstraint([column], ['team_member.id'],
                                    name=op.f(f'fk_{table}_{column}_team_member'))
            for column in ('created_by_id', 'updated_by_id')]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f'ix_{table}_{column}'), table, [column], unique=False)


def upgrade() -> None:
    op.add_column('contact', sa.Column('payment_terms_days', sa.Integer(), nullable=True))
    op.add_column('contract', sa.Column('included_minutes', sa.Integer(), nullable=True))
    op.add_column('contract', sa.Column('hourly_rate_minor', sa.BigInteger(), nullable=True))
    op.create_table(
        'invoice_series',
        sa.Column('series', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column('last_sequence', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('series', name=op.f('pk_invoice_series')),
    )
    money = sa.BigInteger()
    op.create_table(
        'invoice',
        *_stamps(),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('series', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column('sequence', sa.Integer(), nullable=True),
        sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
        sa.Column('issue_date', sa.Date(), nullable=True),
        sa.Column('due_date', sa.Date(), nullable=True),
        sa.Column('terms_days', sa.Integer(), nullable=True),
        sa.Column('issued_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('issued_by_id', sa.Integer(), nullable=True),
        sa.Column('issued_details', sa.Text(), nullable=True),
        sa.Column('credits_id', sa.Integer(), nullable=True),
        sa.Column('contract_id', sa.Integer(), nullable=True),
        sa.Column('period_start', sa.Date(), nullable=True),
        sa.Column('period_end', sa.Date(), nullable=True),
        sa.Column('sale_id', sa.Integer(), nullable=True),
        sa.Column('net_minor', money, nullable=False),
        sa.Column('tax_minor', money, nullable=False),
        sa.Column('total_minor', money, nullable=False),
        sa.Column('paid_minor', money, nullable=False),
        sa.Column('credited_minor', money, nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contact.id'],
                                name=op.f('fk_invoice_contact_id_contact')),
        sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                                name=op.f('fk_invoice_contract_id_contract')),
        sa.ForeignKeyConstraint(['credits_id'], ['invoice.id'],
                                name=op.f('fk_invoice_credits_id_invoice')),
        sa.ForeignKeyConstraint(['issued_by_id'], ['team_member.id'],
                                name=op.f('fk_invoice_issued_by_id_team_member')),
        sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_invoice_sale_id_sale')),
        *_stamp_keys('invoice'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice')),
        sa.UniqueConstraint('number', name=op.f('uq_invoice_number')),
        sa.UniqueConstraint('series', 'sequence', name='uq_invoice_series_sequence'),
    )
    _indexes('invoice', 'contact_id', 'created_by_id', 'credits_id', 'issued_by_id', 'sale_id',
             'updated_by_id')
    op.create_index('ix_invoice_contract_period', 'invoice', ['contract_id', 'period_start'],
                    unique=False)
    op.create_index('ix_invoice_receivable', 'invoice',
                    ['kind', 'due_date', 'issued_at', 'deleted_at', 'currency', 'total_minor',
                     'paid_minor', 'credited_minor'], unique=False)
    op.create_table(
        'invoice_line',
        sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column('quantity_milli', sa.Integer(), nullable=False),
        sa.Column('unit_price_minor', money, nullable=False),
        sa.Column('tax_rate', sa.Integer(), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('net_minor', money, nullable=False),
        sa.Column('tax_minor', money, nullable=False),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'],
                                name=op.f('fk_invoice_line_invoice_id_invoice'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_line')),
    )
    _indexes('invoice_line', 'invoice_id')
    op.create_table(
        'payment',
        *_stamps(),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('amount_minor', money, nullable=False),
        sa.Column('method', sa.String(length=24), nullable=False),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'],
                                name=op.f('fk_payment_invoice_id_invoice')),
        *_stamp_keys('payment'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    )
    _indexes('payment', 'created_by_id', 'invoice_id', 'paid_on', 'updated_by_id')
    op.create_table(
        'time_entry',
        *_stamps(),
        sa.Column('contract_id', sa.Integer(), nullable=False),
        sa.Column('work_date', sa.Date(), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=True),
        sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('started_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
        sa.Column('invoice_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['contract_id'], ['contract.id'],
                                name=op.f('fk_time_entry_contract_id_contract')),
        sa.ForeignKeyConstraint(['member_id'], ['team_member.id'],
                                name=op.f('fk_time_entry_member_id_team_member')),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'],
                                name=op.f('fk_time_entry_invoice_id_invoice')),
        *_stamp_keys('time_entry'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entry')),
    )
    _indexes('time_entry', 'created_by_id', 'invoice_id', 'member_id', 'updated_by_id')
    op.create_index('ix_time_entry_contract_work_date', 'time_entry',
                    ['contract_id', 'work_date'], unique=False)


def downgrade() -> None:
    op.drop_table('time_entry')
    op.drop_table('payment')
    op.drop_table('invoice_line')
    op.drop_table('invoice')
    op.drop_table('invoice_series')
    op.drop_column('contact', 'payment_terms_days')  # in place: the search triggers stay
    op.drop_column('contract', 'hourly_rate_minor')
    op.drop_column('contract', 'included_minutes')
