"""What the top of a contact page says: role, owner, value so far, last touch,
next follow-up, and how many records of each kind hang on the contact.

Also the follow-ups list of the contact page (open ones first, then done).

Value so far is the contact's lifetime value,
:func:`tuicrm.services.metrics_clients.lifetime_value`: per currency, and
never mixing currencies, or purchases with contract billing (product.md,
"clients and customers"): ``purchases`` are the net amount of the contact's
orders, ``billed`` what its contracts have billed to date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import Role
from tuicrm.models import (
    Contact,
    Contract,
    FollowUp,
    Meeting,
    MeetingAttendee,
    Sale,
    TeamMember,
)
from tuicrm.services import touch_clock
from tuicrm.services.common import MAX_PAGE, live
from tuicrm.services.contacts import (
    ContactDetail,
    aware,
    get_contact,
)
from tuicrm.services.metrics import billed_to_date
from tuicrm.services.metrics_clients import lifetime_value

__all__ = ["ContactSummary", "NextFollowUp", "billed_to_date", "contact_followups",
           "contact_summary"]

@dataclass(frozen=True)
class NextFollowUp:
    id: int
    due_date: date
    due_time: time | None
    note: str
    overdue: bool


@dataclass(frozen=True)
class ContactSummary:
    detail: ContactDetail
    role: Role
    owner_name: str | None
    last_touch: datetime | None
    next_followup: NextFollowUp | None
    purchases: dict[str, int] = field(default_factory=dict)  # currency -> net minor units
    billed: dict[str, int] = field(default_factory=dict)  # currency -> contracts billed
    contracts: int = 0
    meetings: int = 0
    sales: int = 0
    open_followups: int = 0

    @property
    def contact(self) -> Contact:
        return self.detail.contact


def contact_summary(*, session: Session, contact_id: int) -> ContactSummary:
    """The contact page's header; raises NotFoundError for a deleted contact."""
    detail = get_contact(session=session, contact_id=contact_id)
    contact = detail.contact
    owner = session.get(TeamMember, contact.owner_id) if contact.owner_id else None
    last_touch = session.execute(
        sa.select(touch_clock.last_touch_now(session)).where(Contact.id == contact_id)
    ).scalar_one()
    value = lifetime_value(session=session, contact_id=contact_id, today=dates.today())
    return ContactSummary(
        detail=detail, role=detail.role, owner_name=owner.name if owner else None,
        last_touch=aware(last_touch) if last_touch is not None else None,
        next_followup=_next_followup(session, contact_id),
        purchases=value.purchases, billed=value.contracts, **_counts(session, contact_id),
    )


def contact_followups(*, session: Session, contact_id: int, limit: int = 200) -> list[FollowUp]:
    """The contact's follow-ups: open ones by due date, then done ones, latest done first."""
    done_last = sa.case((FollowUp.done_at.is_(None), 0), else_=1)
    due = sa.case((FollowUp.done_at.is_(None), FollowUp.due_date), else_=None)
    return list(session.scalars(
        sa.select(FollowUp)
        .where(FollowUp.contact_id == contact_id, live(FollowUp))
        .order_by(done_last, due, FollowUp.done_at.desc(), FollowUp.id.desc())
        .limit(max(1, min(limit, MAX_PAGE)))
    ))


def _counts(session: Session, contact_id: int) -> dict[str, int]:
    def count(stmt: sa.Select[Any]) -> sa.ScalarSelect[int]:
        return stmt.scalar_subquery()

    meetings = count(
        sa.select(sa.func.count()).select_from(Meeting)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(MeetingAttendee.contact_id == contact_id, live(Meeting)))
    sales = count(sa.select(sa.func.count()).select_from(Sale)
                  .where(Sale.contact_id == contact_id, live(Sale)))
    followups = count(sa.select(sa.func.count()).select_from(FollowUp)
                      .where(FollowUp.contact_id == contact_id, live(FollowUp),
                             FollowUp.done_at.is_(None)))
    contracts = count(sa.select(sa.func.count()).select_from(Contract)
                      .where(Contract.contact_id == contact_id, live(Contract)))
    row = session.execute(sa.select(meetings, sales, followups, contracts)).one()
    return {"meetings": row[0], "sales": row[1], "open_followups": row[2], "contracts": row[3]}


def _next_followup(session: Session, contact_id: int) -> NextFollowUp | None:
    # Undated times sort first on both SQLite and PostgreSQL (a day's untimed task leads).
    first = session.scalars(
        sa.select(FollowUp)
        .where(FollowUp.contact_id == contact_id, live(FollowUp), FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_date, FollowUp.due_time.is_not(None), FollowUp.due_time,
                  FollowUp.id)
        .limit(1)
    ).first()
    if first is None:
        return None
    return NextFollowUp(first.id, first.due_date, first.due_time, first.note,
                        overdue=is_overdue(first.due_date, first.due_time, first.timezone))


def is_overdue(due_date: date, due_time: time | None, timezone: str | None = None) -> bool:
    """Due before today, or today at a time already past (in the follow-up's zone)."""
    if due_time is None:
        return due_date < dates.today()
    try:
        due = dates.local_datetime(due_date, due_time, timezone or None)
    except dates.DateError:
        due = dates.local_datetime(due_date, due_time)
    return dates.to_utc(due) < dates.utcnow()
