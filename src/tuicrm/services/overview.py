"""Small summaries for the app's sections: counts, and names to go with ids.

Everything is counted in SQL (one grouped query each), so the numbers cost
the same over 100 contacts or 100,000.
"""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.models import Contact, Contract, ContractStatus, MeetingAttendee, Role
from tuicrm.services.common import live
from tuicrm.services.contact_queries import role_expr


def contacts_by_role(*, session: Session) -> dict[Role, int]:
    """How many live, unarchived contacts have each role (every role present, maybe 0).

    The role each contact keeps (``kept_role``, see :mod:`~tuicrm.services.touch_clock`),
    through one covering index; :data:`role_expr` only where it is NULL (never
    worked out). :func:`live_contacts_by_role` works every one out.
    """
    role = sa.case((Contact.kept_role.is_(None), role_expr), else_=Contact.kept_role)
    return _by_role(session, role.label("role"))


def live_contacts_by_role(*, session: Session) -> dict[Role, int]:
    """:func:`contacts_by_role` from each contact's contracts and sales (the definition)."""
    return _by_role(session, role_expr.label("role"))


def _by_role(session: Session, role: sa.ColumnElement[str]) -> dict[Role, int]:
    rows = session.execute(
        sa.select(role, sa.func.count()).select_from(Contact)
        .where(live(Contact), Contact.archived_at.is_(None)).group_by(role)
    ).all()
    counts = dict.fromkeys(Role, 0)
    counts.update({Role(value): n for value, n in rows})
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
    wanted = set(meeting_ids)
    result: dict[int, list[tuple[int, str]]] = {m: [] for m in wanted}
    if not wanted:
        return result
    rows = session.execute(
        sa.select(MeetingAttendee.meeting_id, Contact.id, Contact.name)
        .join(Contact, Contact.id == MeetingAttendee.contact_id)
        .where(MeetingAttendee.meeting_id.in_(wanted), live(Contact))
        .order_by(MeetingAttendee.meeting_id, Contact.sort_name, Contact.id)
    ).all()
    for meeting_id, contact_id, name in rows:
        result[meeting_id].append((contact_id, name))
    return result
