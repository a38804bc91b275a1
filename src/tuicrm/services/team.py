"""Team members: who owns a client, who logged what."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import TeamMember, TeamMemberCreate
from tuicrm.services.common import get_row, insert_row


def create_member(*, session: Session, data: TeamMemberCreate | Mapping[str, Any]) -> TeamMember:
    return insert_row(session, TeamMember, TeamMemberCreate, data,
                      check=partial(_check_username, session))


def set_active(*, session: Session, member_id: int, active: bool) -> TeamMember:
    member = get_row(session, TeamMember, member_id)
    member.active = active
    return member


def list_members(*, session: Session, include_inactive: bool = False) -> list[TeamMember]:
    """All members by name: a team is a handful of rows, no paging needed."""
    stmt = sa.select(TeamMember).order_by(TeamMember.name, TeamMember.id)
    if not include_inactive:
        stmt = stmt.where(TeamMember.active.is_(True))
    return list(session.scalars(stmt.limit(500)))


def member_by_username(*, session: Session, username: str) -> TeamMember | None:
    return _by_username(session, username)


def sign_in(*, session: Session, username: str) -> TeamMember:
    """The member for an OS user (or a configured name), created on first use.

    On PostgreSQL the same user may start twice at once, and both find no
    member yet: the one whose insert loses to the unique username takes the
    winner's row (the insert runs in a savepoint, so the write goes on).
    On SQLite writes take turns (``BEGIN IMMEDIATE``), so this never races.
    """
    member = _by_username(session, username)
    if member is not None:
        return member
    letters = [w[0] for w in username.replace(".", " ").replace("_", " ").split() if w]
    initials = ("".join(letters[:2]) or username[:2] or "?").upper()
    try:
        with session.begin_nested():
            return create_member(session=session, data={
                "name": username, "initials": initials, "username": username})
    except (sa.exc.IntegrityError, ValidationError):  # theirs committed first
        member = _by_username(session, username)
        if member is None:
            raise
        return member


def _check_username(session: Session, values: TeamMemberCreate, existing: Any) -> None:
    other = _by_username(session, values.username) if values.username else None
    if other is not None and other is not existing:
        raise ValidationError({"username": f"'{values.username}' already has a team member"})


def _by_username(session: Session, username: str) -> TeamMember | None:
    return session.scalars(sa.select(TeamMember).where(TeamMember.username == username)).first()
