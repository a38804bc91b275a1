"""Initial schema: every table of the first data model.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import tuicrm.sqltypes

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('team_member',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('initials', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_team_member_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_team_member_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member')),
    sa.UniqueConstraint('username', name=op.f('uq_team_member_username'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('contact',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('kind', sa.Enum('person', 'organisation', name='contactkind', native_enum=False, length=24), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('job_title', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('website', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('street', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('city', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('region', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('postal_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('country', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('source', sa.Enum('referral', 'networking', 'website', 'ads', 'other', name='acquisitionsource', native_enum=False, length=24), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('stage', sa.Enum('awareness', 'engagement', 'nurturing', 'retention', 'advocacy', name='journeystage', native_enum=False, length=24), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('cadence_days', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sort_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('archived_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_contact_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['organisation_id'], ['contact.id'], name=op.f('fk_contact_organisation_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_contact_owner_id_team_member')),
    sa.ForeignKeyConstraint(['referred_by_id'], ['contact.id'], name=op.f('fk_contact_referred_by_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_contact_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_referred_by_id'), ['referred_by_id'], unique=False)
        batch_op.create_index('ix_contact_sort_name_id', ['sort_name', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('meeting',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('starts_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('channel', sa.Enum('in_person', 'call', 'video', name='meetingchannel', native_enum=False, length=24), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_meeting_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_meeting_owner_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_meeting_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('product',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('unit_price_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_product_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_product_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('sku', name=op.f('uq_product_sku'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_product_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('contact_email',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_email_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_email')),
    sa.UniqueConstraint('contact_id', 'address', name=op.f('uq_contact_email_contact_id'))
    )
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_email_address'), ['address'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_email_contact_id'), ['contact_id'], unique=False)

    op.create_table('contact_phone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('digits', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_phone_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_phone'))
    )
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_phone_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_phone_digits'), ['digits'], unique=False)

    op.create_table('contact_tag',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('tag', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_tag_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'tag', name=op.f('pk_contact_tag'))
    )
    with op.batch_alter_table('contact_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_tag_tag'), ['tag'], unique=False)

    op.create_table('contract',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('status', sa.Enum('draft', 'active', 'ended', 'terminated', 'renewed', name='contractstatus', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('billing_cycle', sa.Enum('one_off', 'monthly', 'quarterly', 'yearly', name='billingcycle', native_enum=False, length=24), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('auto_renew', sa.Boolean(), nullable=False),
    sa.Column('notice_days', sa.Integer(), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('terms_of_service', sa.Text(), nullable=False),
    sa.Column('deliverables', sa.Text(), nullable=False),
    sa.Column('consequences', sa.Text(), nullable=False),
    sa.Column('review_termination_terms', sa.Text(), nullable=False),
    sa.Column('renews_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contract_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_contract_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_contract_owner_id_team_member')),
    sa.ForeignKeyConstraint(['renews_id'], ['contract.id'], name=op.f('fk_contract_renews_id_contract'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_contract_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_end_date'), ['end_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_ended_on'), ['ended_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_renews_id'), ['renews_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_review_date'), ['review_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_start_date'), ['start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('due_time', sa.Time(), nullable=True),
    sa.Column('timezone', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('recurrence', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('done_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('snooze_count', sa.Integer(), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_follow_up_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_follow_up_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['owner_id'], ['team_member.id'], name=op.f('fk_follow_up_owner_id_team_member')),
    sa.ForeignKeyConstraint(['previous_id'], ['follow_up.id'], name=op.f('fk_follow_up_previous_id_follow_up'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_follow_up_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_done_at'), ['done_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_previous_id'), ['previous_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('interaction',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('call', 'email', 'note', 'message', name='interactionkind', native_enum=False, length=24), nullable=False),
    sa.Column('occurred_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['team_member.id'], name=op.f('fk_interaction_author_id_team_member')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_interaction_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_interaction_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_interaction_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interaction'))
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interaction_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_interaction_contact_id_occurred_at', ['contact_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interaction_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_meeting_attendee_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'contact_id', name=op.f('pk_meeting_attendee'))
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_contact_id'), ['contact_id'], unique=False)

    op.create_table('sale',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('sold_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
    sa.Column('discount_minor', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.Enum('paid', 'pending', 'refunded', 'partially_refunded', name='salestatus', native_enum=False, length=24), nullable=False),
    sa.Column('payment_method', sa.Enum('card', 'cash', 'bank_transfer', 'invoice', 'paypal', 'other', name='paymentmethod', native_enum=False, length=24), nullable=False),
    sa.Column('channel', sa.Enum('online', 'in_store', 'phone', 'event', 'other', name='saleschannel', native_enum=False, length=24), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subtotal_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('refunded_minor', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_sale_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_sale_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_sale_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale'))
    )
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_sale_contact_id_sold_at', ['contact_id', 'sold_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_sold_at'), ['sold_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('satisfaction_response',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('nps', 'csat', name='surveykind', native_enum=False, length=24), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('responded_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_satisfaction_response_contact_id_contact')),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_satisfaction_response_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_satisfaction_response_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_satisfaction_response'))
    )
    with op.batch_alter_table('satisfaction_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_satisfaction_response_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_satisfaction_response_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_satisfaction_response_responded_at'), ['responded_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_satisfaction_response_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('refund',
    sa.Column('created_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('updated_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('is_return', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('refunded_at', tuicrm.sqltypes.UTCDateTime(timezone=True), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['team_member.id'], name=op.f('fk_refund_created_by_id_team_member')),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_refund_sale_id_sale'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['team_member.id'], name=op.f('fk_refund_updated_by_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refund'))
    )
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refund_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refund_refunded_at'), ['refunded_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_refund_sale_id'), ['sale_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refund_updated_by_id'), ['updated_by_id'], unique=False)

    op.create_table('sale_line',
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_minor', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('line_total_minor', sa.BigInteger(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_sale_line_product_id_product'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sale_id'], ['sale.id'], name=op.f('fk_sale_line_sale_id_sale'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_line'))
    )
    with op.batch_alter_table('sale_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_line_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sale_line_sale_id'), ['sale_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sale_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_line_sale_id'))
        batch_op.drop_index(batch_op.f('ix_sale_line_product_id'))

    op.drop_table('sale_line')
    with op.batch_alter_table('refund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refund_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_refund_sale_id'))
        batch_op.drop_index(batch_op.f('ix_refund_refunded_at'))
        batch_op.drop_index(batch_op.f('ix_refund_created_by_id'))

    op.drop_table('refund')
    with op.batch_alter_table('satisfaction_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_satisfaction_response_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_satisfaction_response_responded_at'))
        batch_op.drop_index(batch_op.f('ix_satisfaction_response_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_satisfaction_response_contact_id'))

    op.drop_table('satisfaction_response')
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_sale_status'))
        batch_op.drop_index(batch_op.f('ix_sale_sold_at'))
        batch_op.drop_index(batch_op.f('ix_sale_created_by_id'))
        batch_op.drop_index('ix_sale_contact_id_sold_at')
        batch_op.drop_index(batch_op.f('ix_sale_contact_id'))

    op.drop_table('sale')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_contact_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interaction_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_interaction_occurred_at'))
        batch_op.drop_index(batch_op.f('ix_interaction_created_by_id'))
        batch_op.drop_index('ix_interaction_contact_id_occurred_at')
        batch_op.drop_index(batch_op.f('ix_interaction_contact_id'))
        batch_op.drop_index(batch_op.f('ix_interaction_author_id'))

    op.drop_table('interaction')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_previous_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_owner_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_due_date'))
        batch_op.drop_index(batch_op.f('ix_follow_up_done_at'))
        batch_op.drop_index(batch_op.f('ix_follow_up_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_contact_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_contract_status'))
        batch_op.drop_index(batch_op.f('ix_contract_start_date'))
        batch_op.drop_index(batch_op.f('ix_contract_review_date'))
        batch_op.drop_index(batch_op.f('ix_contract_renews_id'))
        batch_op.drop_index(batch_op.f('ix_contract_owner_id'))
        batch_op.drop_index(batch_op.f('ix_contract_ended_on'))
        batch_op.drop_index(batch_op.f('ix_contract_end_date'))
        batch_op.drop_index(batch_op.f('ix_contract_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_contract_contact_id'))

    op.drop_table('contract')
    with op.batch_alter_table('contact_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_tag_tag'))

    op.drop_table('contact_tag')
    with op.batch_alter_table('contact_phone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_phone_digits'))
        batch_op.drop_index(batch_op.f('ix_contact_phone_contact_id'))

    op.drop_table('contact_phone')
    with op.batch_alter_table('contact_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_email_contact_id'))
        batch_op.drop_index(batch_op.f('ix_contact_email_address'))

    op.drop_table('contact_email')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_product_created_by_id'))

    op.drop_table('product')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_starts_at'))
        batch_op.drop_index(batch_op.f('ix_meeting_owner_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_created_by_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_contact_stage'))
        batch_op.drop_index('ix_contact_sort_name_id')
        batch_op.drop_index(batch_op.f('ix_contact_referred_by_id'))
        batch_op.drop_index(batch_op.f('ix_contact_owner_id'))
        batch_op.drop_index(batch_op.f('ix_contact_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_contact_created_by_id'))

    op.drop_table('contact')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_updated_by_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_created_by_id'))

    op.drop_table('team_member')
    op.drop_table('app_meta')
