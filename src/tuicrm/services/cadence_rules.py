"""Whose stay-in-touch date falls when: the part of :mod:`~tuicrm.services.cadence`
that reads through named statements (:mod:`~tuicrm.services.named_queries`), so
the quick path runs it without SQLAlchemy. ``rows`` is either way of running them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from tuicrm import dates
from tuicrm.enums import Role

Rows = Callable[..., list[Any]]

#: Used until the team sets its own: clients monthly, customers quarterly,
#: prospects (an open deal) fortnightly, leads only when a contact has its own cadence.
DEFAULT_CADENCES: dict[Role, int | None] = {
    Role.CLIENT: 30, Role.BOTH: 30, Role.CUSTOMER: 90, Role.PROSPECT: 14, Role.LEAD: None,
}
MAX_CADENCE = 3650
MARGIN = timedelta(hours=2)
META_KEY = "cadence.{role}"
NO_CADENCE = "none"
NO_LIMIT = 2**31 - 1  # a ``limit`` that means all of them (an INTEGER on both databases)


class QuietContact(NamedTuple):
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


def defaults(rows: Rows) -> dict[Role, int | None]:
    """The stay-in-touch default of every role, in days (None: no default)."""
    keys = {META_KEY.format(role=role.value): role for role in Role}
    result = dict(DEFAULT_CADENCES)
    for key, stored in rows("meta.values", keys=sorted(keys)):
        if stored == NO_CADENCE:
            result[keys[key]] = None
        elif stored and stored.isdigit():
            result[keys[key]] = int(stored)
    return result


def quiet_contact(row: Any) -> QuietContact:
    """A row of ``id, name, created_at, last_touch, cadence`` as its due day."""
    last = dates.aware(row.last_touch) if row.last_touch is not None else None
    added = dates.aware(row.created_at)
    start = dates.to_local(last or added).date()
    return QuietContact(row.id, row.name, int(row.cadence), last, added,
                        dates.add_days(start, int(row.cadence)))


def candidate_rows(rows: Rows, cadences: Mapping[Role, int | None], now: datetime,
                   lo: datetime | None, hi: datetime, wanted: int, *,
                   role_walks: bool = True) -> list[Any]:
    """The contacts that may be due between the UTC instants ``lo`` (None: any
    time before) and ``hi``, each walk's earliest ``wanted``: one walk of the (kept
    role, clock) index per role cadence, one for contacts with a cadence of their
    own, and the clocks out of date worked out live (usually none). Without
    ``role_walks``, the contacts on their role's cadence are left to the caller
    (the month grid counts them in SQL)."""
    bounded = "_bounded" if lo is not None else ""
    span: dict[str, Any] = {"lo": lo} if lo is not None else {}
    found = list(rows(f"cadence.own_rows{bounded}", now=now, hi=hi, limit=wanted, **span))
    if rows("cadence.any_out_of_date", now=now):
        days = {f"days_{role.value}": cadence_days for role, cadence_days in cadences.items()}
        found += rows(f"cadence.out_of_date_rows{bounded}", now=now, hi=hi, limit=wanted,
                      **span, **days)
    for role, cadence_days in cadences.items():
        if cadence_days is None or not role_walks:
            continue
        # due = clock + days, so the range of due moments is a range of clocks
        shift = timedelta(days=cadence_days)
        clocks: dict[str, Any] = {"clock_from": lo - shift} if lo is not None else {}
        found += rows(f"cadence.role_rows{bounded}", now=now, clock_before=hi - shift,
                      role=role.value, days=cadence_days, limit=wanted, **clocks)
    return found


def due_between(rows: Rows, *, first: date | None, last: date,
                limit: int = 500) -> list[QuietContact]:
    """Contacts whose next touch falls on a day in ``[first, last]`` (``first``
    None: every day up to ``last``, i.e. overdue), earliest first, at most ``limit``.

    Live, unarchived contacts only, read from each contact's stored clock
    (:mod:`~tuicrm.services.touch_clock`). The due day is the touch's local day
    + N days, while SQL adds N x 24 hours: the two differ only by a DST shift
    (an hour) between them. The range is widened by two hours and decided
    exactly here; only rows that close to its edges are read extra.
    """
    cadences = defaults(rows)
    hi = dates.day_bounds_utc(last)[1] + MARGIN
    lo = None if first is None else dates.day_bounds_utc(first)[0] - MARGIN
    candidates = candidate_rows(rows, cadences, dates.utcnow(), lo, hi, limit + 50)
    found = sorted((quiet_contact(row) for row in candidates),
                   key=lambda q: (q.due_moment, q.contact_id))
    return [q for q in found if q.due <= last and (first is None or q.due >= first)][:limit]
