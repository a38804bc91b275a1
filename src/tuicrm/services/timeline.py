"""A contact's timeline: everything that happened with them, in one list.

Interactions (calls, emails, messages, notes), meetings they attended, their
sales and refunds, their contracts' events (started, review, ended, renewed)
and the follow-ups they completed come from ONE SQL ``UNION ALL`` and are
paged with a keyset cursor, newest first, so a contact with ten years of
history costs what a new one costs.

Order: ``(when, kind, record_id)``, all descending. ``(kind, record_id)`` is
unique across the union, so the order is total and a cursor never skips or
repeats an entry. Contract events fall on calendar days (``date`` columns):
they are placed at the start of that day in UTC.

Soft-deleted rows are left out; so are refunds of a deleted sale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.models import (
    Contract,
    ContractStatus,
    FollowUp,
    Interaction,
    Meeting,
    MeetingAttendee,
    Refund,
    Sale,
    TeamMember,
)
from tuicrm.services.common import DEFAULT_PAGE, Cursor, Page, SortKey, is_sqlite, keyset_page, live
from tuicrm.services.sales import items_summary
from tuicrm.sqltypes import UTCDateTime

__all__ = ["CONTRACT_KINDS", "INTERACTION_KINDS", "TimelineEntry", "list_timeline"]

INTERACTION_KINDS = ("call", "email", "message", "note")
CONTRACT_KINDS = ("contract_started", "contract_review", "contract_ended", "contract_renewed")
DETAIL_CHARS = 300  # enough for a one-line preview; the form shows the rest


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a contact's history.

    ``record_id`` is the row of ``kind``'s table (the contract for contract
    events, the follow-up for ``followup_done``, the refund for ``refund``);
    ``sale_id`` is the sale a refund belongs to. ``key`` ("kind:id") is
    unique within a timeline.
    """

    kind: str
    record_id: int
    when: datetime
    title: str
    detail: str = ""
    amount_minor: int | None = None
    currency: str | None = None
    author: str | None = None  # initials
    sale_id: int | None = None
    status: str | None = None  # a sale's or a contract's status

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.record_id}"

    @property
    def cursor(self) -> Cursor:
        return (self.when, self.kind, self.record_id)


def list_timeline(
    *, session: Session, contact_id: int, after: Cursor | None = None, limit: int = DEFAULT_PAGE
) -> Page[TimelineEntry]:
    """One page of the contact's history, newest first (``after``: a page's ``next_cursor``)."""
    day_start = _day_start_utc(session)
    branches = [
        _interactions(contact_id),
        _meetings(contact_id),
        _sales(contact_id),
        _refunds(contact_id),
        *_contract_events(contact_id, day_start),
        _followups_done(contact_id),
    ]
    entries = sa.union_all(*branches).subquery("timeline")
    c = entries.c
    stmt = sa.select(entries)
    key = SortKey([c.when, c.kind, c.record_id], descending=True)
    return keyset_page(session, stmt, key, after=after, limit=limit, row_factory=_entry,
                       cursor_of=lambda r: (r.when, r.kind, r.record_id))


# --- the branches of the union ----------------------------------------------
# Every branch yields the same labelled columns, in the same order and types.


def _columns(
    *, kind: Any, record_id: Any, when: Any, title: Any, detail: Any = None,
    amount: Any = None, currency: Any = None, author_id: Any = None, sale_id: Any = None,
    status: Any = None,
) -> list[Any]:
    def text(value: Any) -> Any:
        return sa.cast(sa.null(), sa.String) if value is None else sa.type_coerce(value, sa.String)

    def integer(value: Any) -> Any:
        return sa.cast(sa.null(), sa.BigInteger) if value is None else value

    initials = (
        sa.select(TeamMember.initials).where(TeamMember.id == author_id).scalar_subquery()
        if author_id is not None else sa.cast(sa.null(), sa.String)
    )
    return [
        text(kind).label("kind"),
        record_id.label("record_id"),
        sa.type_coerce(when, UTCDateTime).label("when"),
        text(title).label("title"),
        text(detail).label("detail"),
        integer(amount).label("amount_minor"),
        text(currency).label("currency"),
        initials.label("author"),
        integer(sale_id).label("sale_id"),
        text(status).label("status"),
    ]


def _const(value: str) -> Any:
    return sa.literal_column(f"'{value}'", sa.String)  # only ever our own constants


def _preview(column: Any) -> Any:
    return sa.func.substr(column, 1, DETAIL_CHARS)


def _interactions(contact_id: int) -> sa.Select[Any]:
    return sa.select(*_columns(
        kind=Interaction.kind, record_id=Interaction.id, when=Interaction.occurred_at,
        title=Interaction.subject, detail=_preview(Interaction.body),
        author_id=Interaction.author_id,
    )).where(Interaction.contact_id == contact_id, live(Interaction))


def _meetings(contact_id: int) -> sa.Select[Any]:
    said = sa.func.coalesce(sa.func.nullif(Meeting.outcome, ""), Meeting.agenda)
    return (
        sa.select(*_columns(
            kind=_const("meeting"), record_id=Meeting.id, when=Meeting.starts_at,
            title=Meeting.title, detail=_preview(said), author_id=Meeting.owner_id,
            status=Meeting.channel,
        ))
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(MeetingAttendee.contact_id == contact_id, live(Meeting))
    )


def _sales(contact_id: int) -> sa.Select[Any]:
    return sa.select(*_columns(
        kind=_const("sale"), record_id=Sale.id, when=Sale.sold_at, title=items_summary(),
        detail=Sale.note, amount=Sale.total_minor, currency=Sale.currency,
        author_id=Sale.created_by_id, sale_id=Sale.id, status=Sale.status,
    )).where(Sale.contact_id == contact_id, live(Sale))


def _refunds(contact_id: int) -> sa.Select[Any]:
    return (
        sa.select(*_columns(
            kind=_const("refund"), record_id=Refund.id, when=Refund.refunded_at,
            title=sa.case((Refund.is_return, _const("Return")), else_=_const("Refund")),
            detail=Refund.reason, amount=Refund.amount_minor, currency=Sale.currency,
            author_id=Refund.created_by_id, sale_id=Sale.id,
        ))
        .join(Sale, Sale.id == Refund.sale_id)
        .where(Sale.contact_id == contact_id, live(Sale))
    )


def _contract_events(contact_id: int, day_start: Any) -> list[sa.Select[Any]]:
    """Started, review, ended (or terminated) and renewed, for contracts past draft."""
    mine = (Contract.contact_id == contact_id, live(Contract),
            Contract.status != ContractStatus.DRAFT)

    def event(kind: str, day: Any, *condition: Any) -> sa.Select[Any]:
        return sa.select(*_columns(
            kind=_const(kind), record_id=Contract.id, when=day_start(day), title=Contract.title,
            amount=Contract.amount_minor, currency=Contract.currency,
            author_id=Contract.owner_id, status=Contract.status,
            detail=Contract.billing_cycle,
        )).where(*mine, *condition)

    closed = (ContractStatus.ENDED, ContractStatus.TERMINATED)
    return [
        event("contract_started", Contract.start_date),
        event("contract_review", Contract.review_date, Contract.review_date.is_not(None)),
        event("contract_ended", Contract.ended_on, Contract.ended_on.is_not(None),
              Contract.status.in_(closed)),
        event("contract_renewed", Contract.ended_on, Contract.ended_on.is_not(None),
              Contract.status == ContractStatus.RENEWED),
    ]


def _followups_done(contact_id: int) -> sa.Select[Any]:
    return sa.select(*_columns(
        kind=_const("followup_done"), record_id=FollowUp.id, when=FollowUp.done_at,
        title=FollowUp.note, author_id=FollowUp.updated_by_id,
    )).where(FollowUp.contact_id == contact_id, live(FollowUp), FollowUp.done_at.is_not(None))


def _day_start_utc(session: Session) -> Any:
    """SQL turning a ``date`` column into the start of that day in UTC, as stored."""
    if is_sqlite(session):
        # UTCDateTime keeps naive UTC text in this exact format on SQLite.
        return lambda day: sa.type_coerce(day, sa.String) + _const(" 00:00:00.000000")
    return lambda day: sa.func.timezone("UTC", sa.cast(day, sa.DateTime))


def _entry(r: Any) -> TimelineEntry:
    return TimelineEntry(
        kind=r.kind, record_id=r.record_id, when=r.when, title=r.title or "",
        detail=r.detail or "", amount_minor=r.amount_minor, currency=r.currency,
        author=r.author, sale_id=r.sale_id, status=r.status,
    )
