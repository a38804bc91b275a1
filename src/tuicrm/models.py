"""Every table, enum and input schema of tuicrm. No queries live here.

Conventions:
- money is ``*_minor`` (integer minor units, BigInteger) beside a ``currency``;
- moments are :class:`~tuicrm.sqltypes.UTCDateTime`, calendar days are ``date``;
- every table records who created and last changed a row and when (set by the
  session hook in ``db.py``, never by hand). Child rows that only exist as part
  of a parent (a contact's emails, phones and tags, a meeting's attendees, a
  sale's lines) carry no stamps of their own: changing them stamps and bumps
  the parent, so the parent's stamps and version speak for the whole record;
- rows a person edits carry ``version`` (SQLAlchemy's version counter), so a
  save made from a stale copy fails instead of overwriting someone's change;
- "deleted" rows keep ``deleted_at`` so a delete can be undone;
- input schemas (``*Create``) validate and clean what a person typed; updates
  are validated by merging the changes into a ``*Create`` (see services).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from pydantic import ValidationInfo, field_validator
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from tuicrm.dates import NO_YEAR  # noqa: F401 - re-exported
from tuicrm.enums import (  # noqa: F401 - re-exported
    EMAIL_PATTERN,
    PHONE_PATTERN,
    SURVEY_RANGES,
    AcquisitionSource,
    BillingCycle,
    ContactKind,
    ContractStatus,
    DealOutcome,
    InteractionKind,
    InvoiceKind,
    InvoiceStatus,
    JourneyStage,
    MeetingChannel,
    PaymentMethod,
    Role,
    SalesChannel,
    SaleStatus,
    SurveyKind,
)
from tuicrm.invoice_math import MAX_QUANTITY_MILLI, MAX_TAX_RATE
from tuicrm.money import MoneyError, normalize_currency
from tuicrm.sqltypes import UTCDateTime, enum_type
from tuicrm.textclean import clean_text

# Named constraints, so Alembic batch migrations can find and rebuild them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Free-text fields keep their line breaks; every other string is one line.
MULTILINE_FIELDS = frozenset(
    {"notes", "summary", "terms_of_service", "deliverables", "consequences",
     "review_termination_terms", "agenda", "outcome", "body", "description",
     "comment", "note"}
)


#: The fields of ContactCreate kept in tables of their own, not in ``contact``.
CONTACT_CHILD_FIELDS = ("emails", "phones", "tags", "labels")


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- partial indexes -------------------------------------------------------

_POSTGRESQL_WHERE: list[tuple[sa.Index, sa.TextClause]] = []


def _partial_index(name: str, *columns: str, where: str) -> sa.Index:
    """An index of the rows matching ``where`` alone, on SQLite and PostgreSQL.

    Its PostgreSQL condition is added by :func:`add_postgresql_index_options`
    when a PostgreSQL engine is made: naming ``postgresql_where`` here would
    load SQLAlchemy's PostgreSQL dialect (to check the argument) into every
    start on SQLite, ~50 ms and ~2.4 MiB. (The migrations create these indexes
    with both conditions; Alembic does not compare them.)
    """
    condition = sa.text(where)
    index = sa.Index(name, *columns, sqlite_where=condition)
    _POSTGRESQL_WHERE.append((index, condition))
    return index


def add_postgresql_index_options() -> None:
    """Give the partial indexes their PostgreSQL condition (see :func:`_partial_index`)."""
    for index, condition in _POSTGRESQL_WHERE:
        index.dialect_options["postgresql"]["where"] = condition


# --- shared columns --------------------------------------------------------


def _fk(target: str, *, nullable: bool = True, ondelete: str | None = None) -> Any:
    """An indexed foreign key: every FK is indexed (lists filter by them)."""
    return Field(
        default=None,
        foreign_key=target,
        ondelete=ondelete,  # type: ignore[arg-type]
        nullable=nullable,
        index=True,
    )


# Far above any real amount, so that a quantity times
# a price stays exact, with room below 2**63 (SQLite's integer) for sums.
MAX_AMOUNT_MINOR = 10**17


def _money() -> Any:
    return Field(default=0, ge=0, le=MAX_AMOUNT_MINOR, sa_type=sa.BigInteger, nullable=False)


def _currency() -> Any:
    return Field(default="EUR", max_length=3, nullable=False)


#: Days between orders as the SQL that works them out gives them: a double on
#: SQLite (julianday differences), an exact numeric on PostgreSQL (epoch
#: seconds / 86400.0), so a kept value compares exactly as the live one.
GAP_DAYS = sa.Float().with_variant(sa.Numeric(), "postgresql")


def _moment(*, index: bool = False, nullable: bool = True) -> Any:
    return Field(default=None, sa_type=UTCDateTime, index=index, nullable=nullable)


def _enum(enum_cls: type[StrEnum], default: Any, *, index: bool = False) -> Any:
    nullable = default is None
    return Field(default=default, sa_type=enum_type(enum_cls), index=index, nullable=nullable)


def _long_text() -> Any:
    return Field(default="", sa_type=sa.Text, nullable=False)


class Audited(SQLModel):
    """Who created and last changed the row, and when (set by db.py's hook)."""

    created_at: datetime | None = _moment()
    updated_at: datetime | None = _moment()
    created_by_id: int | None = _fk("team_member.id")
    updated_by_id: int | None = _fk("team_member.id")


class Versioned(Audited):
    """An editable row: stale saves raise instead of overwriting."""

    version: int = Field(default=1, nullable=False)

    @declared_attr
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declarative API
        return {"version_id_col": cls.__table__.c.version}


class Deletable(Versioned):
    # Not indexed on purpose: nearly every row has it NULL, and SQLite would
    # pick such an index over the one that serves a list's ORDER BY.
    deleted_at: datetime | None = _moment()


class CleanInput(SQLModel):
    """Base of the input schemas: cleans every string and checks currencies."""

    @field_validator("*", mode="before")
    @classmethod
    def _clean_strings(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, str):
            return clean_text(value, multiline=info.field_name in MULTILINE_FIELDS)
        if isinstance(value, list):
            return [clean_text(v, multiline=False) if isinstance(v, str) else v for v in value]
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _zone_aware(cls, value: Any) -> Any:
        if isinstance(value, datetime) and value.utcoffset() is None:
            raise ValueError("a time needs its time zone")
        return value

    @field_validator("timezone", mode="after", check_fields=False)
    @classmethod
    def _known_zone(cls, value: Any) -> Any:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise ValueError(f"'{value}' is not a time zone (e.g. Europe/London)") from None
        return value

    @field_validator("currency", mode="before", check_fields=False)
    @classmethod
    def _known_currency(cls, value: Any) -> Any:
        try:
            return normalize_currency(value)
        except MoneyError as err:
            raise ValueError(str(err)) from err


# --- team ------------------------------------------------------------------


class TeamMemberCreate(CleanInput):
    name: str = Field(min_length=1, max_length=120)
    initials: str = Field(min_length=1, max_length=4)
    username: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=254)


class TeamMember(TeamMemberCreate, Versioned, table=True):
    __tablename__ = "team_member"

    id: int | None = Field(default=None, primary_key=True)
    username: str | None = Field(default=None, max_length=64, unique=True)
    active: bool = Field(default=True, nullable=False)


# --- contacts --------------------------------------------------------------


class ContactBase(CleanInput):
    kind: ContactKind = _enum(ContactKind, ContactKind.PERSON)
    name: str = Field(min_length=1, max_length=200)
    organisation_id: int | None = _fk("contact.id", ondelete="SET NULL")
    job_title: str = Field(default="", max_length=120)
    website: str = Field(default="", max_length=300)
    street: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=120)
    region: str = Field(default="", max_length=120)
    postal_code: str = Field(default="", max_length=20)
    country: str = Field(default="", max_length=80)
    notes: str = _long_text()
    source: AcquisitionSource | None = _enum(AcquisitionSource, None)
    referred_by_id: int | None = _fk("contact.id", ondelete="SET NULL")
    stage: JourneyStage | None = _enum(JourneyStage, None, index=True)
    owner_id: int | None = _fk("team_member.id")
    cadence_days: int | None = Field(default=None, ge=1, le=3650)
    # A date without its year (a vCard "--0415") is kept in the year NO_YEAR.
    birthday: date | None = None
    anniversary: date | None = None
    # Who the contact is in the tool it came from: a vCard UID, or an id
    # column prefixed with the tool ("hubspot:123"); a later import of the same
    # tool's file finds it by this. Exports use it as the vCard UID when set.
    uid: str | None = Field(default=None, max_length=200, index=True)


class ContactCreate(ContactBase):
    """A contact with its emails, phones and tags, as a person enters it.

    ``labels`` names the kind of an email address or phone number ("work",
    "mobile"), keyed by the entry as it is in ``emails`` or ``phones``; an
    entry without a label has none. A key that is no longer an entry is
    ignored (a form that removes an address leaves its label behind).
    """

    emails: list[str] = Field(default=[], max_length=20)
    phones: list[str] = Field(default=[], max_length=20)
    tags: list[str] = Field(default=[], max_length=50)
    labels: dict[str, str] = Field(default={}, max_length=40)

    @field_validator("emails")
    @classmethod
    def _valid_emails(cls, values: list[str]) -> list[str]:
        cleaned = _unique(v.strip().lower() for v in values if v.strip())
        for address in cleaned:
            if not EMAIL_PATTERN.fullmatch(address) or len(address) > 254:
                raise ValueError(f"'{address}' is not an email address")
        return cleaned

    @field_validator("phones")
    @classmethod
    def _valid_phones(cls, values: list[str]) -> list[str]:
        cleaned = _unique(" ".join(v.split()) for v in values if v.strip())
        for number in cleaned:
            if not PHONE_PATTERN.fullmatch(number) or sum(c.isdigit() for c in number) < 3:
                raise ValueError(f"'{number}' is not a phone number")
        return cleaned

    @field_validator("labels")
    @classmethod
    def _valid_labels(cls, values: dict[str, str]) -> dict[str, str]:
        cleaned = {}
        for entry, label in values.items():
            if not isinstance(entry, str) or not isinstance(label, str):
                raise ValueError("a label is text")
            label = clean_text(label, multiline=False).lower()[:40]
            if label:
                cleaned[" ".join(entry.split()).lower() if "@" in entry
                        else " ".join(entry.split())] = label
        return cleaned

    @field_validator("tags")
    @classmethod
    def _valid_tags(cls, values: list[str]) -> list[str]:
        cleaned = _unique(" ".join(v.split()).lower() for v in values if v.strip())
        for tag in cleaned:
            if len(tag) > 60:
                raise ValueError(f"tag '{tag[:20]}...' is longer than 60 characters")
        return cleaned


class Contact(ContactBase, Deletable, table=True):
    __table_args__ = (
        sa.Index("ix_contact_sort_name_id", "sort_name", "id"),
        # The few contacts with a cadence of their own, read apart from the rest.
        sa.Index("ix_contact_cadence_days", "cadence_days"),
        # Today's stay-in-touch walk, one role at a time, in clock order.
        sa.Index("ix_contact_kept_role_clock", "kept_role", "touch_clock_at"),
        # Reports read the kept purchase figures from this index alone: the
        # customers whose figures hold before a moment (last order earlier),
        # their counts and gaps, and whether they are deleted or archived.
        sa.Index("ix_contact_last_order", "last_order_at", "order_count", "order_gap_days",
                 "deleted_at", "archived_at"),
        # Whether a joined contact is deleted or archived, without its wide row
        # (reports join every sale of a period, every contract, to it).
        sa.Index("ix_contact_id_live", "id", "deleted_at", "archived_at"),
        # Reports count contacts per kept role from this index alone.
        sa.Index("ix_contact_kept_role_live", "kept_role", "deleted_at", "archived_at"),
        # The contacts whose figures were never worked out (NULL count): partial,
        # so it never competes with the index above for the readers' ranges.
        _partial_index("ix_contact_order_count_null", "order_count",
                       where="order_count IS NULL"),
        # The calendar's birthdays and anniversaries: only the few contacts with one.
        _partial_index("ix_contact_birthday", "birthday", where="birthday IS NOT NULL"),
        _partial_index("ix_contact_anniversary", "anniversary",
                       where="anniversary IS NOT NULL"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Casefolded name: keyset paging in name order walks this index.
    sort_name: str = Field(default="", max_length=200, nullable=False)
    # Name, emails, phones (also as bare digits) and tags in one string; the
    # full-text index (FTS5 on SQLite, tsvector on PostgreSQL) is built on it.
    search_text: str = _long_text()
    archived_at: datetime | None = _moment()  # unindexed, as deleted_at
    # The stay-in-touch clock, kept by services.touch_clock (never typed):
    # the newest touch at or before the moment it was worked out, the moment
    # the clock counts from (that touch, or when the contact was added), and
    # the earliest touch after it (a meeting planned ahead). Today reads these
    # instead of searching 1M sales; NULL clock: not worked out yet.
    last_touch_at: datetime | None = _moment()
    touch_clock_at: datetime | None = _moment(index=True)
    next_touch_at: datetime | None = _moment(index=True)
    # The role its records gave it when the clock was worked out (kept with the
    # clock, still never typed: see contact_queries.role_expr). NULL: not yet.
    kept_role: Role | None = _enum(Role, None)
    # What its orders add up to, kept by services.purchase_figures (never typed),
    # over all its orders whatever their moment: how many, the first and last
    # one's moment, and the median days between consecutive orders (NULL below
    # two). NULL count: not worked out yet, read live.
    order_count: int | None = Field(default=None, nullable=True)
    first_order_at: datetime | None = _moment()
    last_order_at: datetime | None = _moment()
    order_gap_days: float | None = Field(default=None, sa_type=GAP_DAYS, nullable=True)
    # Days a client has to pay an invoice, when not the firm's default (Net N).
    payment_terms_days: int | None = Field(default=None, ge=0, le=365, nullable=True)


class ContactEmail(SQLModel, table=True):
    __tablename__ = "contact_email"
    __table_args__ = (sa.UniqueConstraint("contact_id", "address"),)

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = _fk("contact.id", nullable=False, ondelete="CASCADE")
    address: str = Field(max_length=254, index=True)  # stored lower-cased
    label: str = Field(default="", max_length=40)
    position: int = Field(default=0, nullable=False)


class ContactPhone(SQLModel, table=True):
    __tablename__ = "contact_phone"

    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = _fk("contact.id", nullable=False, ondelete="CASCADE")
    number: str = Field(max_length=40)  # as typed
    digits: str = Field(max_length=40, index=True)  # for matching
    label: str = Field(default="", max_length=40)
    position: int = Field(default=0, nullable=False)


class ContactTag(SQLModel, table=True):
    __tablename__ = "contact_tag"

    contact_id: int = Field(primary_key=True, foreign_key="contact.id", ondelete="CASCADE")
    tag: str = Field(primary_key=True, max_length=60, index=True)


# --- contracts -------------------------------------------------------------


class ContractBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    title: str = Field(min_length=1, max_length=200)
    status: ContractStatus = _enum(ContractStatus, ContractStatus.DRAFT, index=True)
    start_date: date  # indexed first in ix_contract_billing (Contract)
    end_date: date | None = Field(default=None, index=True)
    billing_cycle: BillingCycle = _enum(BillingCycle, BillingCycle.MONTHLY)
    amount_minor: int = _money()
    currency: str = _currency()
    auto_renew: bool = Field(default=False, nullable=False)
    notice_days: int = Field(default=30, ge=0, le=3650, nullable=False)
    review_date: date | None = Field(default=None, index=True)
    ended_on: date | None = Field(default=None, index=True)
    summary: str = _long_text()
    terms_of_service: str = _long_text()
    deliverables: str = _long_text()  # performance measures / deliverables
    consequences: str = _long_text()
    review_termination_terms: str = _long_text()
    renews_id: int | None = _fk("contract.id", ondelete="SET NULL")
    owner_id: int | None = _fk("team_member.id")
    # A retainer's hours included in each billing period (in minutes), and the
    # rate its logged time is billed at beyond them (or all of it, with none).
    included_minutes: int | None = Field(default=None, ge=0, le=744 * 60)
    hourly_rate_minor: int | None = Field(default=None, ge=0, le=MAX_AMOUNT_MINOR,
                                          sa_type=sa.BigInteger)


class ContractCreate(ContractBase):
    pass


class Contract(ContractBase, Deletable, table=True):
    # Reports' billing figures (billed by a day, MRR) and the contracts to
    # invoice read contracts from this index alone, started by a day: no visit
    # to the wider rows. It is the start date's only index (0013).
    __table_args__ = (sa.Index("ix_contract_billing", "start_date", "status", "billing_cycle",
                               "end_date", "ended_on", "deleted_at", "contact_id", "currency",
                               "amount_minor"),)

    id: int | None = Field(default=None, primary_key=True)


# --- meetings --------------------------------------------------------------


class MeetingBase(CleanInput):
    title: str = Field(min_length=1, max_length=200)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True, nullable=False)
    duration_minutes: int = Field(default=60, ge=1, le=24 * 60)
    timezone: str = Field(default="UTC", max_length=64)  # where it was arranged
    channel: MeetingChannel = _enum(MeetingChannel, MeetingChannel.VIDEO)
    location: str = Field(default="", max_length=300)
    agenda: str = _long_text()
    notes: str = _long_text()
    outcome: str = _long_text()
    owner_id: int | None = _fk("team_member.id")


class MeetingCreate(MeetingBase):
    attendee_ids: list[int] = []


class Meeting(MeetingBase, Deletable, table=True):
    id: int | None = Field(default=None, primary_key=True)
    # When a calendar export last said this deleted meeting is cancelled: it is
    # said once, so that calendar programs drop it (services.ical).
    cancel_exported_at: datetime | None = _moment()


class MeetingAttendee(SQLModel, table=True):
    __tablename__ = "meeting_attendee"

    meeting_id: int = Field(primary_key=True, foreign_key="meeting.id", ondelete="CASCADE")
    contact_id: int = Field(
        primary_key=True, index=True, foreign_key="contact.id", ondelete="CASCADE"
    )


# --- follow-ups ------------------------------------------------------------


class FollowUpBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    due_date: date = Field(index=True)
    due_time: time | None = None
    timezone: str = Field(default="UTC", max_length=64)
    note: str = Field(default="", max_length=500)
    owner_id: int | None = _fk("team_member.id")
    # RRULE-style text, e.g. "FREQ=WEEKLY;INTERVAL=2"; see the calendar issue.
    recurrence: str | None = Field(default=None, max_length=200)


class FollowUpCreate(FollowUpBase):
    pass


class FollowUp(FollowUpBase, Deletable, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        # Open follow-ups in due order: Today's overdue list and the calendar walk
        # it and stop (22 -> 1 ms at 100k follow-ups). A plain index on done_at led
        # SQLite to fetch every open one and sort them instead.
        _partial_index("ix_follow_up_open_due", "due_date", "id",
                       where="done_at IS NULL AND deleted_at IS NULL"),
    )

    id: int | None = Field(default=None, primary_key=True)
    done_at: datetime | None = _moment()
    snooze_count: int = Field(default=0, nullable=False)
    previous_id: int | None = _fk("follow_up.id", ondelete="SET NULL")


# --- products and sales ----------------------------------------------------


class ProductBase(CleanInput):
    name: str = Field(min_length=1, max_length=200)
    sku: str | None = Field(default=None, max_length=60)
    description: str = _long_text()
    unit_price_minor: int = _money()
    currency: str = _currency()
    active: bool = Field(default=True, nullable=False)


class ProductCreate(ProductBase):
    pass


class Product(ProductBase, Deletable, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sku: str | None = Field(default=None, max_length=60, unique=True)


class SaleLineCreate(CleanInput):
    description: str = Field(min_length=1, max_length=300)
    product_id: int | None = None
    quantity: int = Field(default=1, ge=1, le=1_000_000)
    unit_price_minor: int = Field(ge=0, le=MAX_AMOUNT_MINOR)


class SaleBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    sold_at: datetime = Field(sa_type=UTCDateTime, index=True, nullable=False)
    currency: str = _currency()
    discount_minor: int = _money()
    status: SaleStatus = _enum(SaleStatus, SaleStatus.PAID, index=True)
    payment_method: PaymentMethod = _enum(PaymentMethod, PaymentMethod.CARD)
    channel: SalesChannel = _enum(SalesChannel, SalesChannel.ONLINE)
    note: str = Field(default="", max_length=1000)


class SaleCreate(SaleBase):
    lines: list[SaleLineCreate] = Field(min_length=1)


class Sale(SaleBase, Deletable, table=True):
    __table_args__ = (sa.Index("ix_sale_contact_id_sold_at", "contact_id", "sold_at"),)

    id: int | None = Field(default=None, primary_key=True)
    subtotal_minor: int = _money()
    total_minor: int = _money()  # subtotal - discount, kept for SQL aggregates
    refunded_minor: int = _money()


class SaleLine(SaleLineCreate, table=True):
    __tablename__ = "sale_line"

    id: int | None = Field(default=None, primary_key=True)
    sale_id: int = _fk("sale.id", nullable=False, ondelete="CASCADE")
    product_id: int | None = _fk("product.id", ondelete="SET NULL")
    quantity: int = Field(default=1, nullable=False)
    unit_price_minor: int = _money()
    line_total_minor: int = _money()
    position: int = Field(default=0, nullable=False)


class RefundCreate(CleanInput):
    amount_minor: int = Field(gt=0, le=MAX_AMOUNT_MINOR)
    reason: str = Field(default="", max_length=500)
    is_return: bool = False


class Refund(RefundCreate, Audited, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sale_id: int = _fk("sale.id", nullable=False, ondelete="CASCADE")
    refunded_at: datetime = Field(sa_type=UTCDateTime, index=True, nullable=False)
    amount_minor: int = _money()


# --- invoices and payments ------------------------------------------------

class InvoiceLineCreate(CleanInput):
    """One line. Tax rates are kept in hundredths of a percent (2000 = 20 %) and
    quantities in thousandths (1500 = 1.5): integers, so every sum is exact
    (``tuicrm.invoice_math`` has the rounding rule)."""

    description: str = Field(min_length=1, max_length=300)
    quantity_milli: int = Field(default=1000, gt=0, le=MAX_QUANTITY_MILLI)
    unit_price_minor: int = Field(ge=-MAX_AMOUNT_MINOR, le=MAX_AMOUNT_MINOR)  # < 0: a discount
    tax_rate: int = Field(default=0, ge=0, le=MAX_TAX_RATE)  # hundredths of a percent


class InvoiceBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    currency: str = _currency()
    note: str = Field(default="", max_length=2000)


class InvoiceCreate(InvoiceBase):
    """A draft as a person writes it (its number, dates and totals come at issue)."""

    lines: list[InvoiceLineCreate] = Field(min_length=1, max_length=500)


class Invoice(InvoiceBase, Deletable, table=True):
    """An invoice or a credit note. A draft has no number and may be edited or
    deleted; once issued (``issued_at``) nothing on it changes: a credit note
    (``credits_id``) corrects it. What was paid and credited is kept here, in the
    transaction of the payment or the credit note, so lists and aging sum in SQL."""

    __table_args__ = (
        sa.UniqueConstraint("series", "sequence", name="uq_invoice_series_sequence"),
        # Receivables (overdue in due-date order, balances, aging) read from this index
        # alone: invoices by due date (a draft has none) with what was billed and settled.
        sa.Index("ix_invoice_receivable", "kind", "due_date", "issued_at", "deleted_at",
                 "currency", "total_minor", "paid_minor", "credited_minor"),
        # Nothing billed twice: a contract's period, a sale.
        sa.Index("ix_invoice_contract_period", "contract_id", "period_start"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: InvoiceKind = _enum(InvoiceKind, InvoiceKind.INVOICE)
    series: str | None = Field(default=None, max_length=40)  # e.g. "INV-2026-"
    sequence: int | None = Field(default=None)  # gap-free within its series
    number: str | None = Field(default=None, max_length=60, unique=True)
    issue_date: date | None = Field(default=None)
    due_date: date | None = Field(default=None)
    terms_days: int | None = Field(default=None)
    issued_at: datetime | None = _moment()
    issued_by_id: int | None = _fk("team_member.id")
    # The firm's and the client's details as they were at issue (JSON): what the
    # invoice says of both never changes when the settings or the contact do.
    issued_details: str | None = Field(default=None, sa_type=sa.Text)
    credits_id: int | None = _fk("invoice.id")
    contract_id: int | None = Field(default=None, foreign_key="contract.id")
    period_start: date | None = Field(default=None)
    period_end: date | None = Field(default=None)
    sale_id: int | None = _fk("sale.id")
    net_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    tax_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    total_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    paid_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    credited_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)


class InvoiceLine(InvoiceLineCreate, table=True):
    __tablename__ = "invoice_line"

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = _fk("invoice.id", nullable=False, ondelete="CASCADE")
    position: int = Field(default=0, nullable=False)
    unit_price_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    net_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)
    tax_minor: int = Field(default=0, sa_type=sa.BigInteger, nullable=False)


class InvoiceSeries(SQLModel, table=True):
    """The last number given in each series: taken and raised in the issuing
    transaction, so numbers have no gap and two issuers never share one."""

    __tablename__ = "invoice_series"

    series: str = Field(primary_key=True, max_length=40)
    last_sequence: int = Field(default=0, nullable=False)


class PaymentCreate(CleanInput):
    invoice_id: int
    paid_on: date
    amount_minor: int = Field(gt=0, le=MAX_AMOUNT_MINOR)
    method: PaymentMethod = PaymentMethod.BANK_TRANSFER
    note: str = Field(default="", max_length=500)


class Payment(PaymentCreate, Deletable, table=True):
    """Money received against one invoice; taking it back sets ``deleted_at``."""

    id: int | None = Field(default=None, primary_key=True)
    invoice_id: int = _fk("invoice.id", nullable=False)
    paid_on: date = Field(index=True)
    amount_minor: int = _money()
    method: PaymentMethod = _enum(PaymentMethod, PaymentMethod.BANK_TRANSFER)


#: The longest stretch of time one entry holds (a timer left running for days is a mistake).
MAX_ENTRY_MINUTES = 24 * 60


class TimeEntryCreate(CleanInput):
    contract_id: int
    work_date: date
    minutes: int = Field(gt=0, le=MAX_ENTRY_MINUTES)
    note: str = Field(default="", max_length=500)


class TimeEntry(TimeEntryCreate, Deletable, table=True):
    """Time worked against a contract, by a team member. A running timer is an
    entry with ``started_at`` and no minutes yet, so it survives closing the app.
    ``invoice_id``: the invoice it was billed on (unbilled while NULL)."""

    __tablename__ = "time_entry"
    __table_args__ = (sa.Index("ix_time_entry_contract_work_date", "contract_id", "work_date"),)

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", nullable=False)
    member_id: int | None = _fk("team_member.id")
    minutes: int | None = Field(default=None, nullable=True)
    started_at: datetime | None = _moment()
    invoice_id: int | None = _fk("invoice.id")


# --- deals -------------------------------------------------------------------


class DealStage(Audited, table=True):
    """A column of the pipeline board. The firm renames, orders and removes the
    open ones and sets each one's probability; the won and lost stages are
    always there (``services.deal_stages``). A removed stage keeps its row
    (``deleted_at``) for the history of the deals that went through it."""

    __tablename__ = "deal_stage"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(min_length=1, max_length=60)
    position: int = Field(default=0, nullable=False)
    probability: int = Field(default=0, ge=0, le=100, nullable=False)  # percent
    outcome: DealOutcome = _enum(DealOutcome, DealOutcome.OPEN)
    deleted_at: datetime | None = _moment()


class DealBase(CleanInput):
    title: str = Field(min_length=1, max_length=200)
    contact_id: int = _fk("contact.id", nullable=False)
    value_minor: int = _money()
    currency: str = _currency()
    owner_id: int | None = _fk("team_member.id")
    probability: int | None = Field(default=None, ge=0, le=100)  # None: the stage's
    expected_close: date | None = Field(default=None)
    source: AcquisitionSource | None = _enum(AcquisitionSource, None)
    notes: str = _long_text()


class DealCreate(DealBase):
    """A deal as a form sends it; its stage moves through ``services.deals.move``
    (kept in ``deal_stage_change``), and only a new deal names one."""

    stage_id: int | None = None  # a new deal's first stage (None: the first open one)
    lost_reason: str = Field(default="", max_length=500)


class Deal(DealBase, Deletable, table=True):
    __table_args__ = (
        # The board: each stage's deals in order, and its totals per currency.
        _partial_index("ix_deal_board", "stage_id", "expected_close", "id",
                       where="deleted_at IS NULL"),
        # The open stages' totals, read from the index alone (80 -> 10 ms at 50k deals).
        # (deleted_at a column too: SQLite reads a partial index's condition from the row)
        sa.Index("ix_deal_open_sums", "outcome", "deleted_at", "stage_id", "currency",
                 "value_minor", "probability", "contact_id"),
        # Stale deals, quietest first, for Today (a walk along the index, not a sort).
        _partial_index("ix_deal_touched", "outcome", "touched_at", where="deleted_at IS NULL"),
        sa.Index("ix_deal_figures", "outcome", "closed_at", "currency", "value_minor"),
        # The deal a follow-up is the next step of (Today, the calendar). Partial: most
        # deals have none, and an index of every deal's NULLs led SQLite's planner to
        # read all the deals for each follow-up (0.35 s at 50k deals; now 2 ms).
        _partial_index("ix_deal_next_step", "next_step_id", where="next_step_id IS NOT NULL"),
    )

    id: int | None = Field(default=None, primary_key=True)
    stage_id: int = Field(foreign_key="deal_stage.id", nullable=False)
    outcome: DealOutcome = _enum(DealOutcome, DealOutcome.OPEN)  # its stage's
    lost_reason: str = Field(default="", max_length=500)
    stage_entered_at: datetime | None = _moment()
    closed_at: datetime | None = _moment()  # when it was won or lost
    touched_at: datetime | None = _moment()  # its last edit, move or next step done
    contract_id: int | None = _fk("contract.id", ondelete="SET NULL")  # what winning made
    sale_id: int | None = _fk("sale.id", ondelete="SET NULL")
    # Its next step: a follow-up of its contact, on Today and the calendar when due.
    next_step_id: int | None = Field(default=None, foreign_key="follow_up.id",
                                     ondelete="SET NULL")  # indexed above (partial)


class DealStageChange(SQLModel, table=True):
    """A deal entered a stage: who moved it, when, and through what. The first
    row of a deal is the stage it was created in."""

    __tablename__ = "deal_stage_change"
    __table_args__ = (sa.Index("ix_deal_stage_change_deal", "deal_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    deal_id: int = Field(foreign_key="deal.id", nullable=False, ondelete="CASCADE")
    stage_id: int = _fk("deal_stage.id", nullable=False)
    from_stage_id: int | None = _fk("deal_stage.id")
    changed_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    changed_by_id: int | None = _fk("team_member.id", ondelete="SET NULL")
    via: str = Field(default="form", max_length=20)


# --- interactions and satisfaction -----------------------------------------


class InteractionBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    kind: InteractionKind = _enum(InteractionKind, InteractionKind.NOTE)
    occurred_at: datetime = Field(sa_type=UTCDateTime, index=True, nullable=False)
    subject: str = Field(default="", max_length=200)
    body: str = _long_text()
    author_id: int | None = _fk("team_member.id")


class InteractionCreate(InteractionBase):
    pass


class Interaction(InteractionBase, Deletable, table=True):
    __table_args__ = (
        sa.Index("ix_interaction_contact_id_occurred_at", "contact_id", "occurred_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # An email's Message-ID (``services.mail``): the same message is logged once.
    message_id: str | None = Field(default=None, max_length=300, index=True)


class SatisfactionBase(CleanInput):
    contact_id: int = _fk("contact.id", nullable=False)
    kind: SurveyKind = _enum(SurveyKind, SurveyKind.NPS)
    score: int
    responded_at: datetime = Field(sa_type=UTCDateTime, index=True, nullable=False)
    comment: str = Field(default="", max_length=1000)


class SatisfactionCreate(SatisfactionBase):
    pass


class SatisfactionResponse(SatisfactionBase, Deletable, table=True):
    __tablename__ = "satisfaction_response"

    id: int | None = Field(default=None, primary_key=True)


# --- settings --------------------------------------------------------------


class AppMeta(SQLModel, table=True):
    """Small key/value facts about the file itself (e.g. the seed's anchor day)."""

    __tablename__ = "app_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(default="", max_length=500)


# --- imports ---------------------------------------------------------------


class ImportRun(Audited, table=True):
    """One applied import (CSV or vCard), so that the last one can be undone."""

    __tablename__ = "import_run"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # "contacts", "sales" or "deals"
    source: str = Field(default="", max_length=300)  # the file's name
    mode: str = Field(max_length=20)
    created_count: int = Field(default=0, nullable=False)
    updated_count: int = Field(default=0, nullable=False)
    skipped_count: int = Field(default=0, nullable=False)
    undone_at: datetime | None = _moment()


class ImportRunItem(SQLModel, table=True):
    """A record an import created or updated; ``previous`` is the updated one's JSON before."""

    __tablename__ = "import_run_item"

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = _fk("import_run.id", nullable=False, ondelete="CASCADE")
    record_type: str = Field(max_length=20)  # "contact", "sale" or "deal"
    record_id: int = Field(nullable=False)
    action: str = Field(max_length=20)  # "created" or "updated"
    version_after: int = Field(nullable=False)  # a later edit means "changed since"
    previous: str | None = Field(default=None, sa_type=sa.Text)


# --- history ---------------------------------------------------------------


class ContactMerge(SQLModel, table=True):
    """Two contacts made one (``services.merging``): what the kept one was before,
    and every row moved from the merged one, so that the merge can be undone."""

    __tablename__ = "contact_merge"

    id: int | None = Field(default=None, primary_key=True)
    kept_id: int = _fk("contact.id", nullable=False)
    merged_id: int = _fk("contact.id", nullable=False)
    merged_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    merged_by_id: int | None = _fk("team_member.id", ondelete="SET NULL")
    kept_before: str = Field(sa_type=sa.Text)  # the kept contact's values (JSON)
    kept_version_after: int = Field(nullable=False)  # a later edit means "changed since"
    moved: str = Field(sa_type=sa.Text)  # table -> the ids moved (JSON)
    undone_at: datetime | None = _moment()


class FieldChange(SQLModel, table=True):
    """One field of one record changed: what it was, what it became, who, when,
    and through what (``services.history``). Values are JSON text, so a list
    field (phones, attendees, sale lines) is kept whole."""

    __tablename__ = "field_change"
    __table_args__ = (sa.Index("ix_field_change_record", "record_kind", "record_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    record_kind: str = Field(max_length=20)  # "contact", "contract", "meeting" ...
    record_id: int = Field(nullable=False)
    field_name: str = Field(max_length=40)
    old_value: str | None = Field(default=None, sa_type=sa.Text)
    new_value: str | None = Field(default=None, sa_type=sa.Text)
    changed_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    changed_by_id: int | None = _fk("team_member.id", ondelete="SET NULL")
    via: str = Field(max_length=20)  # "form", "import", "undo", "restore", "command" ...
    import_run_id: int | None = Field(default=None)  # the run, for changes an import made
