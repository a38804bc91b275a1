"""Stay-in-touch cadences: how often a contact should hear from us.

A contact's cadence is its own ``cadence_days`` or, when that is empty, the
default for its role (kept in the database, so the whole team shares it; a
role with no default has no cadence). The next touch is due ``cadence`` days
after the **last logged touch of any kind** (an interaction such as a call,
email, message or note; a meeting the contact attended; a sale), counted in
local calendar days. A contact never touched counts from when it was added.
Logging a touch therefore moves the due date: nothing is stored to reset.

Everything is SQL over the indexed ``(contact_id, moment)`` columns, and a
range query reads only contacts whose due day can fall in that range.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Interaction, Meeting, MeetingAttendee, Role, Sale
from tuicrm.services.common import live
from tuicrm.services.contact_queries import role_expr
from tuicrm.services.contacts import aware
from tuicrm.services.meta import get_meta, set_meta

#: Used until the team sets its own: clients monthly, customers quarterly,
#: leads only when a contact has its own cadence.
DEFAULT_CADENCES: dict[Role, int | None] = {
    Role.CLIENT: 30, Role.BOTH: 30, Role.CUSTOMER: 90, Role.LEAD: None,
}
MAX_CADENCE = 3650
MARGIN = timedelta(hours=2)
_META_KEY = "cadence.{role}"
_NO_CADENCE = "none"
_EPOCH = datetime(1, 1, 1)  # SQLite's max() of several is NULL if any is NULL


@dataclass(frozen=True)
class QuietContact:
    """A contact whose next touch is due on ``due``."""

    contact_id: int
    name: str
    cadence_days: int
    last_touch: datetime | None  # aware; None: never touched (counted from ``added``)
    added: datetime
    due: date

    def days_late(self, today: date) -> int:
        return (today - self.due).days


# --- defaults per role -------------------------------------------------------


def cadence_defaults(*, session: Session) -> dict[Role, int | None]:
    """The stay-in-touch default of every role, in days (None: no default)."""
    result = dict(DEFAULT_CADENCES)
    for role in Role:
        stored = get_meta(session=session, key=_META_KEY.format(role=role.value))
        if stored == _NO_CADENCE:
            result[role] = None
        elif stored and stored.isdigit():
            result[role] = int(stored)
    return result


def set_cadence_defaults(*, session: Session, defaults: Mapping[Role, int | None]) -> None:
    """Store the team's defaults; each is 1 to 3650 days, or None for none."""
    problems: dict[str, str] = {}
    for role, days in defaults.items():
        if role not in set(Role):
            problems[str(role)] = "is not a role (lead, client, customer or both)"
        # bool is an int, and "30" or 2.5 would be stored and then silently ignored
        elif days is not None and (type(days) is not int or not 1 <= days <= MAX_CADENCE):
            problems[Role(role).value] = f"a cadence is 1 to {MAX_CADENCE} days"
    if problems:
        raise ValidationError(problems)
    for role, days in defaults.items():
        set_meta(session=session, key=_META_KEY.format(role=Role(role).value),
                 value=_NO_CADENCE if days is None else str(days))


# --- SQL ---------------------------------------------------------------------


def last_touch_expr(session: Session, now: datetime) -> sa.ColumnElement[Any]:
    """The latest touch up to ``now`` for the correlated ``Contact`` (NULL: none)."""
    # "The newest live one" as ORDER BY ... DESC LIMIT 1, not MAX(): with the
    # deleted_at test beside it, SQLite cannot take MAX from the (contact_id,
    # moment) index and visits every row of the contact (a busy customer's
    # thousands of sales); walking the index from its newest end stops at once.
    touches = [
        sa.select(Interaction.occurred_at)
        .where(Interaction.contact_id == Contact.id, live(Interaction),
               Interaction.occurred_at <= now)
        .order_by(Interaction.occurred_at.desc()).limit(1).scalar_subquery(),
        sa.select(Meeting.starts_at)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .where(MeetingAttendee.contact_id == Contact.id, live(Meeting),
               Meeting.starts_at <= now)
        .order_by(Meeting.starts_at.desc()).limit(1).scalar_subquery(),
        sa.select(Sale.sold_at)
        .where(Sale.contact_id == Contact.id, live(Sale), Sale.sold_at <= now)
        .order_by(Sale.sold_at.desc()).limit(1).scalar_subquery(),
    ]
    if _is_sqlite(session):
        epoch = sa.literal(_EPOCH.isoformat(" "))
        latest = sa.func.max(*(sa.func.coalesce(t, epoch) for t in touches))
        return sa.func.nullif(latest, epoch)
    return sa.func.greatest(*touches)  # PostgreSQL's greatest() skips NULLs


def cadence_expr(defaults: Mapping[Role, int | None]) -> sa.ColumnElement[Any]:
    """The correlated contact's cadence in days: its own, else its role's (NULL: none)."""
    by_role = [(role_expr == role.value, days) for role, days in defaults.items()
               if days is not None]
    fallback = sa.case(*by_role, else_=sa.null()) if by_role else sa.null()
    return sa.func.coalesce(Contact.cadence_days, fallback)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _due_moment(session: Session, base: Any, days: Any) -> sa.ColumnElement[Any]:
    """``base`` + ``days`` days, comparable with a UTC instant on both dialects."""
    if _is_sqlite(session):
        return sa.func.julianday(base) + days
    return base + days * sa.text("interval '1 day'")


def _instant(session: Session, moment: datetime) -> Any:
    if _is_sqlite(session):
        naive = dates.to_utc(moment).replace(tzinfo=None)
        return sa.func.julianday(sa.literal(naive.isoformat(" ")))
    return sa.literal(dates.to_utc(moment), sa.DateTime(timezone=True))


# --- queries -----------------------------------------------------------------


def due_between(
    *, session: Session, first: date | None, last: date, limit: int = 500,
) -> list[QuietContact]:
    """Contacts whose next touch falls on a day in ``[first, last]`` (``first``
    None: every day up to ``last``, i.e. overdue), earliest first, at most ``limit``.

    Live, unarchived contacts only.
    """
    defaults = cadence_defaults(session=session)
    now = dates.utcnow()
    touched = last_touch_expr(session, now).label("last_touch")
    cadence = cadence_expr(defaults).label("cadence")
    base = sa.func.coalesce(touched, Contact.created_at)
    due = _due_moment(session, base, cadence)
    # The due day is the touch's local day + N days, while SQL adds N x 24 hours: the
    # two differ only by a DST shift (an hour) between them. Widen by two hours and
    # decide exactly below; only rows that close to the range's edges are read extra.
    hi = dates.day_bounds_utc(last)[1] + MARGIN
    conditions = [live(Contact), Contact.archived_at.is_(None), cadence.is_not(None),
                  due < _instant(session, hi)]
    if first is not None:
        conditions.append(due >= _instant(session, dates.day_bounds_utc(first)[0] - MARGIN))
    rows = session.execute(
        sa.select(Contact.id, Contact.name, Contact.created_at, touched, cadence)
        .where(*conditions).order_by(due, Contact.id).limit(limit + 50)
    ).all()
    result = []
    for row in rows:
        item = _quiet(row)
        if item.due <= last and (first is None or item.due >= first):
            result.append(item)
    return result[:limit]


def next_touch_due(*, session: Session, contact_id: int) -> QuietContact | None:
    """The contact's stay-in-touch due day, or None without a cadence."""
    defaults = cadence_defaults(session=session)
    row = session.execute(
        sa.select(Contact.id, Contact.name, Contact.created_at,
                  last_touch_expr(session, dates.utcnow()).label("last_touch"),
                  cadence_expr(defaults).label("cadence"))
        .where(Contact.id == contact_id, live(Contact))
    ).one_or_none()
    if row is None or row.cadence is None:
        return None
    return _quiet(row)


def _quiet(row: Any) -> QuietContact:
    last = aware(row.last_touch) if row.last_touch is not None else None
    added = aware(row.created_at)
    start = dates.to_local(last or added).date()
    return QuietContact(row.id, row.name, int(row.cadence), last, added,
                        dates.add_days(start, int(row.cadence)))
