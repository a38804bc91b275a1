"""Follow-ups: the dated next action for a contact.

A follow-up is open until completed; snoozing moves its due date and counts
the snooze. A recurring one (``FREQ=DAILY|WEEKLY|MONTHLY|YEARLY;INTERVAL=n``)
creates its next occurrence when completed. Richer rules come with the
calendar.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, FollowUp, FollowUpCreate
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    check_version,
    get_row,
    insert_row,
    keyset_page,
    live,
    require_live_contact,
    require_member,
    restore,
    soft_delete,
    update_row,
)

_BY_DUE = SortKey([FollowUp.due_date, FollowUp.id])
_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}


@dataclass(frozen=True)
class Recurrence:
    frequency: str
    interval: int = 1

    @classmethod
    def parse(cls, text: str) -> Recurrence:
        parts = dict(p.split("=", 1) for p in text.upper().split(";") if "=" in p)
        if unknown := set(parts) - {"FREQ", "INTERVAL"}:
            raise ValidationError(
                {"recurrence": f"{', '.join(sorted(unknown))} in repeat rules is not supported yet"}
            )
        frequency = parts.get("FREQ", "")
        if frequency not in _FREQUENCIES:
            raise ValidationError({"recurrence": f"'{text}' is not a repeat rule I know"})
        try:
            interval = int(parts.get("INTERVAL", "1"))
        except ValueError:
            raise ValidationError({"recurrence": "INTERVAL must be a whole number"}) from None
        if not 1 <= interval <= 366:
            raise ValidationError({"recurrence": "INTERVAL must be between 1 and 366"})
        return cls(frequency, interval)

    def next_after(self, day: date) -> date:
        if self.frequency == "DAILY":
            return dates.add_days(day, self.interval)
        if self.frequency == "WEEKLY":
            return dates.add_days(day, 7 * self.interval)
        months = self.interval * (12 if self.frequency == "YEARLY" else 1)
        return dates.add_months(day, months)


def create_followup(*, session: Session, data: FollowUpCreate | Mapping[str, Any]) -> FollowUp:
    return insert_row(session, FollowUp, FollowUpCreate, data, check=partial(_check, session))


def update_followup(
    *, session: Session, followup_id: int, changes: Mapping[str, Any], expected_version: int | None
) -> FollowUp:
    return update_row(session, FollowUp, FollowUpCreate, followup_id, changes, expected_version,
                      check=partial(_check, session))


def complete_followup(
    *, session: Session, followup_id: int, expected_version: int | None = None
) -> FollowUp | None:
    """Mark done; returns the next occurrence if the follow-up repeats."""
    followup = get_row(session, FollowUp, followup_id)
    check_version(session, followup, expected_version)
    if followup.done_at is not None:
        return None
    followup.done_at = dates.utcnow()
    if not followup.recurrence:
        session.flush()
        return None
    data = {f: getattr(followup, f) for f in FollowUpCreate.model_fields}
    data["due_date"] = Recurrence.parse(followup.recurrence).next_after(followup.due_date)
    successor = create_followup(session=session, data=data)
    successor.previous_id = followup.id
    session.flush()
    return successor


def reopen_followup(
    *, session: Session, followup_id: int, expected_version: int | None = None
) -> FollowUp:
    followup = get_row(session, FollowUp, followup_id)
    check_version(session, followup, expected_version)
    followup.done_at = None
    return followup


def snooze_followup(
    *, session: Session, followup_id: int, until: date, expected_version: int | None = None
) -> FollowUp:
    followup = get_row(session, FollowUp, followup_id)
    check_version(session, followup, expected_version)
    if followup.done_at is not None:
        raise ValidationError({"until": "this follow-up is already done"})
    if until <= max(followup.due_date, dates.today()):
        raise ValidationError({"until": "snooze to a day after today and after it was due"})
    followup.due_date = until
    followup.snooze_count += 1
    session.flush()
    return followup


def delete_followup(*, session: Session, followup_id: int, expected_version: int | None = None) -> FollowUp:
    return soft_delete(session, FollowUp, followup_id, expected_version)


def restore_followup(*, session: Session, followup_id: int) -> FollowUp:
    return restore(session, FollowUp, followup_id)


def get_followup(*, session: Session, followup_id: int) -> FollowUp:
    return get_row(session, FollowUp, followup_id)


def list_followups(
    *,
    session: Session,
    contact_id: int | None = None,
    open_only: bool = True,
    due_from: date | None = None,
    due_until: date | None = None,
    owner_id: int | None = None,
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[FollowUp]:
    """Follow-ups by due date (oldest first, so overdue ones lead); ``due_until`` inclusive."""
    # A deleted contact's follow-ups leave the agenda with it.
    stmt = (
        sa.select(FollowUp)
        .join(Contact, Contact.id == FollowUp.contact_id)
        .where(live(FollowUp), live(Contact))
    )
    if contact_id is not None:
        stmt = stmt.where(FollowUp.contact_id == contact_id)
    if open_only:
        stmt = stmt.where(FollowUp.done_at.is_(None))
    if due_from is not None:
        stmt = stmt.where(FollowUp.due_date >= due_from)
    if due_until is not None:
        stmt = stmt.where(FollowUp.due_date <= due_until)
    if owner_id is not None:
        stmt = stmt.where(FollowUp.owner_id == owner_id)
    return keyset_page(
        session, stmt, _BY_DUE, after=after, limit=limit, row_factory=lambda r: r.FollowUp,
        cursor_of=lambda r: (r.FollowUp.due_date, r.FollowUp.id),
    )


def _check(session: Session, values: FollowUpCreate, _existing: FollowUp | None) -> None:
    require_live_contact(session, values.contact_id)
    require_member(session, values.owner_id)
    if values.recurrence:
        Recurrence.parse(values.recurrence)
