"""Small summaries for the app's sections: counts, and names to go with ids.

Everything is counted in SQL (one grouped query each), so the numbers cost
the same over 100 contacts or 100,000.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.models import Contact, Contract, ContractStatus, Role
from tuicrm.services.common import live
from tuicrm.services.contact_queries import role_expr


def contacts_by_role(*, session: Session) -> dict[Role, int]:
    """How many live, unarchived contacts have each role (every role present, maybe 0).

    The role each contact keeps (``kept_role``, see :mod:`~tuicrm.services.touch_clock`),
    counted in order along its index; :data:`role_expr` only where it is NULL
    (never worked out). :func:`live_contacts_by_role` works every one out.
    """
    shown = [live(Contact), Contact.archived_at.is_(None)]
    kept = (sa.select(Contact.kept_role.label("role"), sa.func.count().label("n"))
            .where(*shown, Contact.kept_role.is_not(None)).group_by(Contact.kept_role))
    worked_out = (sa.select(role_expr.label("role"), sa.func.count().label("n"))
                  .where(*shown, Contact.kept_role.is_(None)).group_by(role_expr))
    both = sa.union_all(kept, worked_out).subquery()
    return _counts(session.execute(
        sa.select(both.c.role, sa.func.sum(both.c.n)).group_by(both.c.role)))


def live_contacts_by_role(*, session: Session) -> dict[Role, int]:
    """:func:`contacts_by_role` from each contact's contracts and sales (the definition)."""
    role = role_expr.label("role")
    return _counts(session.execute(
        sa.select(role, sa.func.count()).select_from(Contact)
        .where(live(Contact), Contact.archived_at.is_(None)).group_by(role)))


def _counts(rows: Any) -> dict[Role, int]:
    counts = dict.fromkeys(Role, 0)
    counts.update({Role(value): int(n) for value, n in rows})
    return counts


def contracts_by_status(*, session: Session) -> dict[ContractStatus, int]:
    """How many live contracts (of live contacts) are in each status (every status present)."""
    rows = session.execute(
        sa.select(Contract.status, sa.func.count())
        .join(Contact, Contact.id == Contract.contact_id)
        .where(live(Contract), live(Contact)).group_by(Contract.status)
    ).all()
    counts = dict.fromkeys(ContractStatus, 0)
    counts.update({ContractStatus(value): n for value, n in rows})
    return counts


def contact_names(*, session: Session, contact_ids: Collection[int]) -> dict[int, str]:
    """Names of the given contacts (deleted ones left out), in one query."""
    wanted = set(contact_ids)
    if not wanted:
        return {}
    rows = session.execute(
        sa.select(Contact.id, Contact.name).where(Contact.id.in_(wanted), live(Contact))
    ).all()
    return {r.id: r.name for r in rows}


def meeting_attendees(
    *, session: Session, meeting_ids: Collection[int]
) -> dict[int, list[tuple[int, str]]]:
    """Live attendees ``(contact id, name)`` of each meeting, A to Z, in one query."""
    from tuicrm.services.due_reads import meeting_attendees as attendees
    from tuicrm.services.named_queries import SessionRows

    return attendees(SessionRows(session), meeting_ids)
