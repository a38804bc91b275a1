"""Follow-ups: the dated next action for a contact.

A follow-up is open until completed; snoozing moves its due date and counts
the snooze. A recurring one (a repeat rule, see :mod:`tuicrm.recurrence`)
creates its next occurrence when completed: the first one after its due date
that is also after today, so finishing a late one does not schedule another
late one. Monthly and yearly rules are saved with the due date's day, so a
series on the 31st keeps coming back to the 31st.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates, recurrence
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
)
from tuicrm.services.edits import update_row

_BY_DUE = SortKey([FollowUp.due_date, FollowUp.id])


def create_followup(*, session: Session, data: FollowUpCreate | Mapping[str, Any]) -> FollowUp:
    return insert_row(session, FollowUp, FollowUpCreate, data, check=partial(_check, session))


def update_followup(
    *, session: Session, followup_id: int, changes: Mapping[str, Any], expected_version: int | None,
    base: Mapping[str, Any] | None = None,
) -> FollowUp:
    return update_row(session, FollowUp, FollowUpCreate, followup_id, changes, expected_version,
                      check=partial(_check, session), base=base)


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
    # Anchored to this due date too, for rules saved before anchoring existed.
    rule = recurrence.parse(followup.recurrence).anchored(followup.due_date)
    data = {f: getattr(followup, f) for f in FollowUpCreate.model_fields}
    data["recurrence"] = rule.text
    data["due_date"] = rule.next_due(followup.due_date, today=dates.today())
    successor = create_followup(session=session, data=data)
    successor.previous_id = followup.id
    session.flush()
    return successor


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
    """Refuse a bad contact, owner or rule; write the due date's day into the rule."""
    require_live_contact(session, values.contact_id)
    require_member(session, values.owner_id)
    if values.recurrence:  # what is saved is the anchored rule (insert/update_row assign it)
        values.recurrence = recurrence.anchored(values.recurrence, values.due_date)
