"""Stay-in-touch cadences: how often a contact should hear from us.

A contact's cadence is its own ``cadence_days`` or, when that is empty, the
default for its role (kept in the database, so the whole team shares it; a
role with no default has no cadence). The next touch is due ``cadence`` days
after the **last logged touch of any kind** (an interaction such as a call,
email, message or note; a meeting the contact attended; a sale), counted in
local calendar days. A contact never touched counts from when it was added.
Logging a touch therefore moves the due date: nothing is stored to reset.

Each contact keeps its last touch (:mod:`~tuicrm.services.touch_clock`), so a
range query walks indexes and reads only contacts whose due day can fall in it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Role
from tuicrm.services import touch_clock
from tuicrm.services.common import aware, count_per_local_day, is_sqlite, live
from tuicrm.services.contact_queries import role_expr
from tuicrm.services.meta import get_meta, set_meta

#: Used until the team sets its own: clients monthly, customers quarterly,
#: prospects (an open deal) fortnightly, leads only when a contact has its own cadence.
DEFAULT_CADENCES: dict[Role, int | None] = {
    Role.CLIENT: 30, Role.BOTH: 30, Role.CUSTOMER: 90, Role.PROSPECT: 14, Role.LEAD: None,
}
MAX_CADENCE = 3650
MARGIN = timedelta(hours=2)
_META_KEY = "cadence.{role}"
_NO_CADENCE = "none"


@dataclass(frozen=True)
class QuietContact:
    """A contact whose next touch is due on ``due``."""

    contact_id: int
    name: str
    cadence_days: int
    last_touch: datetime | None  # aware; None: never touched (counted from ``added``)
    added: datetime
    due: date

    @property
    def due_moment(self) -> datetime:
        """The instant the cadence runs out (its local day is ``due``)."""
        return (self.last_touch or self.added) + timedelta(days=self.cadence_days)

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
            problems[str(role)] = "is not a role (lead, prospect, client, customer or both)"
        # bool is an int, and "30" or 2.5 would be stored and then silently ignored
        elif days is not None and (type(days) is not int or not 1 <= days <= MAX_CADENCE):
            problems[Role(role).value] = f"a cadence is 1 to {MAX_CADENCE} days"
    if problems:
        raise ValidationError(problems)
    for role, days in defaults.items():
        set_meta(session=session, key=_META_KEY.format(role=Role(role).value),
                 value=_NO_CADENCE if days is None else str(days))


# --- SQL ---------------------------------------------------------------------


def cadence_expr(defaults: Mapping[Role, int | None]) -> sa.ColumnElement[Any]:
    """The correlated contact's cadence in days: its own, else its role's (NULL: none)."""
    by_role = [(role_expr == role.value, days) for role, days in defaults.items()
               if days is not None]
    fallback = sa.case(*by_role, else_=sa.null()) if by_role else sa.null()
    return sa.func.coalesce(Contact.cadence_days, fallback)


def _due_moment(session: Session, base: Any, days: Any) -> sa.ColumnElement[Any]:
    """``base`` + ``days`` days, comparable with a UTC instant on both dialects."""
    if is_sqlite(session):
        return sa.func.julianday(base) + days
    return base + days * sa.text("interval '1 day'")


def _instant(session: Session, moment: datetime) -> Any:
    if is_sqlite(session):
        naive = dates.to_utc(moment).replace(tzinfo=None)
        return sa.func.julianday(sa.literal(naive.isoformat(" ")))
    return sa.literal(dates.to_utc(moment), sa.DateTime(timezone=True))


# --- queries -----------------------------------------------------------------


def due_between(
    *, session: Session, first: date | None, last: date, limit: int = 500,
) -> list[QuietContact]:
    """Contacts whose next touch falls on a day in ``[first, last]`` (``first``
    None: every day up to ``last``, i.e. overdue), earliest first, at most ``limit``.

    Live, unarchived contacts only. Read from each contact's stored clock
    (:mod:`~tuicrm.services.touch_clock`) in a few index walks: one per role
    cadence, one for contacts with a cadence of their own, and the clocks out
    of date worked out live. Each walk yields its earliest; merged below.
    """
    defaults = cadence_defaults(session=session)
    now = dates.utcnow()
    # The due day is the touch's local day + N days, while SQL adds N x 24 hours: the
    # two differ only by a DST shift (an hour) between them. Widen by two hours and
    # decide exactly below; only rows that close to the range's edges are read extra.
    hi = dates.day_bounds_utc(last)[1] + MARGIN
    lo = None if first is None else dates.day_bounds_utc(first)[0] - MARGIN
    wanted = limit + 50
    rows = [*_own_cadence_rows(session, now, lo, hi, wanted),
            *_out_of_date_rows(session, defaults, now, lo, hi, wanted)]
    for role, days in defaults.items():
        if days is not None:
            rows += _role_cadence_rows(session, days, role, now, lo, hi, wanted)
    found = sorted((_quiet(row) for row in rows), key=lambda q: (q.due_moment, q.contact_id))
    return [q for q in found if q.due <= last and (first is None or q.due >= first)][:limit]


def count_due_by_day(*, session: Session, first: date, last: date) -> Counter[date]:
    """How many contacts' next touch falls on each day of ``[first, last]`` (the
    month grid): what :func:`due_between` would list, counted, however many.

    A role's cadence of N days puts a contact's due day at its clock's local day
    + N, so one walk of the (kept role, clock) index per role counts every day,
    each day a range of clocks between two UTC instants (a DST day is 23 or 25
    hours). The contacts with a cadence of their own, and any clock out of date,
    have their due days worked out from their rows, as in :func:`due_between`.
    """
    defaults = cadence_defaults(session=session)
    now = dates.utcnow()
    found: Counter[date] = Counter()
    for role, days in defaults.items():
        if days is not None:
            found.update(_role_counts(session, role, days, now, first, last))
    lo, hi = dates.day_bounds_utc(first)[0] - MARGIN, dates.day_bounds_utc(last)[1] + MARGIN
    for row in (*_own_cadence_rows(session, now, lo, hi, None),
                *_out_of_date_rows(session, defaults, now, lo, hi, None)):
        due = _quiet(row).due
        if first <= due <= last:
            found[due] += 1
    return found


def _role_counts(session: Session, role: Role, days: int, now: datetime, first: date,
                 last: date) -> Counter[date]:
    """Contacts of ``role`` on its cadence of ``days``, counted per due day (their
    clock's local day + ``days``) in one walk of the (kept role, clock) index."""
    return count_per_local_day(
        session, Contact.touch_clock_at,
        [*_open_contacts(), touch_clock.is_current(now), Contact.cadence_days.is_(None),
         Contact.kept_role == role], first, last, days_later=days)


_CONTACT = (Contact.id, Contact.name, Contact.created_at)


def _open_contacts() -> list[sa.ColumnElement[bool]]:
    return [live(Contact), Contact.archived_at.is_(None)]


def _role_cadence_rows(session: Session, days: int, role: Role, now: datetime,
                       lo: datetime | None, hi: datetime, wanted: int) -> list[Any]:
    """Contacts of ``role``, on its cadence of ``days``: due = clock + days, so
    the range becomes a walk of the (kept role, clock) index, earliest first.
    (Testing each contact's contracts and sales instead cost 15 ms a role at
    100k contacts: clients' clocks are the latest, so the walk went far.)"""
    span = timedelta(days=days)
    clock = Contact.touch_clock_at
    conditions = [*_open_contacts(), touch_clock.is_current(now), clock < hi - span,
                  Contact.cadence_days.is_(None), Contact.kept_role == role]
    if lo is not None:
        conditions.append(clock >= lo - span)
    return list(session.execute(
        sa.select(*_CONTACT, Contact.last_touch_at.label("last_touch"),
                  sa.literal(days).label("cadence"))
        .where(*conditions).order_by(clock, Contact.id).limit(wanted)))


def _own_cadence_rows(session: Session, now: datetime, lo: datetime | None, hi: datetime,
                      wanted: int | None) -> list[Any]:
    """Contacts with a cadence of their own (few: read through their index)."""
    return _rows_due_by(
        session, Contact.touch_clock_at, Contact.last_touch_at, Contact.cadence_days,
        sa.and_(touch_clock.is_current(now), Contact.cadence_days > 0), lo, hi, wanted)


def _out_of_date_rows(session: Session, defaults: Mapping[Role, int | None], now: datetime,
                      lo: datetime | None, hi: datetime, wanted: int | None) -> list[Any]:
    """Contacts whose stored clock does not hold now, worked out from their touches."""
    # Usually none (the app refreshes them as it starts): a look at three indexes
    # spares compiling and running the query with its subqueries per kind of touch.
    out_of_date = touch_clock.out_of_date_ids(now)
    if session.execute(out_of_date.limit(1)).first() is None:
        return []
    touched = touch_clock.last_touch_expr(session, now)
    cadence = cadence_expr(defaults)
    return _rows_due_by(
        session, sa.func.coalesce(touched, Contact.created_at), touched, cadence,
        sa.and_(Contact.id.in_(out_of_date), cadence.is_not(None)), lo, hi, wanted)


def _rows_due_by(session: Session, clock: Any, last_touch: Any, cadence: Any,
                 which: sa.ColumnElement[bool], lo: datetime | None, hi: datetime,
                 wanted: int | None) -> list[Any]:
    """Open contacts matching ``which`` due (``clock`` + ``cadence`` days) in the
    widened range, earliest first (``wanted`` None: all of them)."""
    due = _due_moment(session, clock, cadence)
    conditions = [*_open_contacts(), which, due < _instant(session, hi)]
    if lo is not None:
        conditions.append(due >= _instant(session, lo))
    return list(session.execute(
        sa.select(*_CONTACT, last_touch.label("last_touch"), cadence.label("cadence"))
        .where(*conditions).order_by(due, Contact.id).limit(wanted)))


def next_touch_due(*, session: Session, contact_id: int) -> QuietContact | None:
    """The contact's stay-in-touch due day, or None without a cadence."""
    defaults = cadence_defaults(session=session)
    row = session.execute(
        sa.select(Contact.id, Contact.name, Contact.created_at,
                  touch_clock.last_touch_expr(session, dates.utcnow()).label("last_touch"),
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
