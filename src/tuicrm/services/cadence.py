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
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Role
from tuicrm.services import cadence_rules, touch_clock
from tuicrm.services.cadence_rules import (  # noqa: F401 - the cadence API, kept here
    DEFAULT_CADENCES,
    MARGIN,
    MAX_CADENCE,
    META_KEY,
    NO_CADENCE,
    NO_LIMIT,
    QuietContact,
    candidate_rows,
    quiet_contact,
)
from tuicrm.services.common import count_per_local_day, live
from tuicrm.services.contact_queries import role_expr
from tuicrm.services.meta import set_meta
from tuicrm.services.named_queries import SessionRows, open_contacts

# --- defaults per role -------------------------------------------------------


def cadence_defaults(*, session: Session) -> dict[Role, int | None]:
    """The stay-in-touch default of every role, in days (None: no default)."""
    return cadence_rules.defaults(SessionRows(session))


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
        set_meta(session=session, key=META_KEY.format(role=Role(role).value),
                 value=NO_CADENCE if days is None else str(days))


# --- SQL ---------------------------------------------------------------------


def cadence_expr(defaults: Mapping[Role, int | None]) -> sa.ColumnElement[Any]:
    """The correlated contact's cadence in days: its own, else its role's (NULL: none)."""
    by_role = [(role_expr == role.value, days) for role, days in defaults.items()
               if days is not None]
    fallback = sa.case(*by_role, else_=sa.null()) if by_role else sa.null()
    return sa.func.coalesce(Contact.cadence_days, fallback)


# --- queries -----------------------------------------------------------------


def due_between(
    *, session: Session, first: date | None, last: date, limit: int = 500,
) -> list[QuietContact]:
    """:func:`~tuicrm.services.cadence_rules.due_between` on ``session``."""
    return cadence_rules.due_between(SessionRows(session), first=first, last=last, limit=limit)


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
    own_and_out_of_date = candidate_rows(SessionRows(session), defaults, now, lo, hi, NO_LIMIT,
                                         role_walks=False)
    for row in own_and_out_of_date:
        due = quiet_contact(row).due
        if first <= due <= last:
            found[due] += 1
    return found


def _role_counts(session: Session, role: Role, days: int, now: datetime, first: date,
                 last: date) -> Counter[date]:
    """Contacts of ``role`` on its cadence of ``days``, counted per due day (their
    clock's local day + ``days``) in one walk of the (kept role, clock) index."""
    return count_per_local_day(
        session, Contact.touch_clock_at,
        [*open_contacts(), touch_clock.is_current(now), Contact.cadence_days.is_(None),
         Contact.kept_role == role], first, last, days_later=days)


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
    return quiet_contact(row)
