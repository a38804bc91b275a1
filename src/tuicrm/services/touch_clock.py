"""The stay-in-touch clock each contact keeps: when it was last touched.

A touch is an interaction (call, email, message, note), a meeting the contact
attended, or a sale. Working out the last one means looking through all three;
Today did that for every contact on every open, seconds at 1M sales. So each
contact keeps the answer, worked out at a moment ``T``:

- ``last_touch_at``: the newest touch at or before ``T`` (NULL: none);
- ``touch_clock_at``: what the stay-in-touch clock counts from: that touch,
  or when the contact was added;
- ``next_touch_at``: the earliest touch after ``T`` (a meeting planned ahead);
- ``kept_role``: the role its records give it (client, customer, both or
  lead), so Today can walk the clocks of one role in order through an index
  instead of testing each contact's contracts and sales.

Until ``next_touch_at`` passes nothing new can have happened, so the stored
values are the truth; a contact whose ``next_touch_at`` has passed, or whose
clock or role is NULL (never worked out: after an upgrade, say), is worked out
live by the readers (:mod:`tuicrm.services.cadence`).

Every ORM write to a touch, or to a contract, is noted when the session
flushes (:func:`touched_in_flush`), and the contacts noted are refreshed once
at the end of the write transaction (:mod:`tuicrm.services.derived`), so
services need not remember; the few Core statements that move touches note
their contacts themselves. The refresh also works out the purchase figures
each contact keeps (:mod:`tuicrm.services.purchase_figures`), as a sale is a
touch: the same writes change both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.models import Contact, Contract, Deal, Interaction, Meeting, MeetingAttendee, Sale
from tuicrm.services import purchase_figures
from tuicrm.services.common import is_sqlite, live
from tuicrm.services.contact_queries import role_expr

# SQLite's max()/min() of several is NULL if any is: NULLs become these, in the
# text form UTCDateTime stores on SQLite, so they compare below/above any moment.
_EPOCH = "0001-01-01 00:00:00"
_END = "9999-12-31 00:00:00"
_CHUNK = 500  # ids per UPDATE: under every driver's parameter limit


def _touches(now: datetime, *, after: bool) -> list[sa.ScalarSelect[Any]]:
    """For the correlated ``Contact``: its newest touch up to ``now`` of each
    kind, or (``after``) its earliest touch after ``now``."""
    def nearest(moment: Any, stmt: sa.Select[Any]) -> sa.ScalarSelect[Any]:
        # ORDER BY ... LIMIT 1, not MAX()/MIN(): beside the deleted_at test SQLite
        # cannot take MAX from the (contact_id, moment) index and would visit
        # every row of a busy customer; walking the index stops at once.
        if after:
            return stmt.where(moment > now).order_by(moment.asc()).limit(1).scalar_subquery()
        return stmt.where(moment <= now).order_by(moment.desc()).limit(1).scalar_subquery()

    return [
        nearest(Interaction.occurred_at, sa.select(Interaction.occurred_at).where(
            Interaction.contact_id == Contact.id, live(Interaction))),
        nearest(Meeting.starts_at, sa.select(Meeting.starts_at)
                .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                .where(MeetingAttendee.contact_id == Contact.id, live(Meeting))),
        nearest(Sale.sold_at, sa.select(Sale.sold_at).where(
            Sale.contact_id == Contact.id, live(Sale))),
    ]


def last_touch_expr(session: Session | str, now: datetime) -> sa.ColumnElement[Any]:
    """The latest touch up to ``now`` for the correlated ``Contact`` (NULL: none)."""
    touches = _touches(now, after=False)
    if is_sqlite(session):
        epoch = sa.literal(_EPOCH)
        return sa.func.nullif(sa.func.max(*(sa.func.coalesce(t, epoch) for t in touches)),
                              epoch)
    return sa.func.greatest(*touches)  # PostgreSQL's greatest() skips NULLs


def last_touch_now(session: Session) -> sa.ColumnElement[Any]:
    """The correlated contact's last touch now: the stored one where its clock
    holds (:func:`is_current`), else worked out from its touches."""
    now = dates.utcnow()
    return sa.case((is_current(now), Contact.last_touch_at),
                   else_=last_touch_expr(session, now))


def next_touch_expr(session: Session | str, now: datetime) -> sa.ColumnElement[Any]:
    """The earliest touch after ``now`` for the correlated ``Contact`` (NULL: none)."""
    touches = _touches(now, after=True)
    if is_sqlite(session):
        end = sa.literal(_END)
        return sa.func.nullif(sa.func.min(*(sa.func.coalesce(t, end) for t in touches)), end)
    return sa.func.least(*touches)


@dataclass(frozen=True)
class _Refresh:
    """The statements of one kind of refresh, built once per dialect: ``now``
    and (when chosen) ``ids`` are bound parameters, so SQLAlchemy compiles
    them once too, where building them took a few milliseconds a write."""

    lock: sa.Select[Any] | None  # PostgreSQL: the rows' locks first (see refresh)
    updates: list[sa.Update]


_REFRESHES: dict[tuple[str, bool], _Refresh] = {}


def refresh_statements(dialect: str, chosen: bool) -> _Refresh:
    """The refresh's statements for ``dialect`` (every contact, or the ``chosen``
    ids), built once; the quick path runs them compiled (``demo_dates.refresh_clocks``)."""
    kept = _REFRESHES.get((dialect, chosen))
    if kept is not None:
        return kept
    now = sa.bindparam("now", type_=Contact.__table__.c.last_touch_at.type)
    ids = sa.bindparam("ids", expanding=True) if chosen else None
    which = Contact.id.in_(ids) if ids is not None else sa.true()
    last = last_touch_expr(dialect, now)
    clock = sa.update(Contact).where(which).values({
        Contact.last_touch_at: last,
        Contact.touch_clock_at: sa.func.coalesce(last, Contact.created_at),
        Contact.next_touch_at: next_touch_expr(dialect, now),
        Contact.kept_role: role_expr})
    lock = None
    if not is_sqlite(dialect):
        lock = sa.select(Contact.id).where(which).order_by(Contact.id).with_for_update(key_share=True)
    kept = _Refresh(lock, [clock, *purchase_figures.update_statements(dialect, ids)])
    _REFRESHES[(dialect, chosen)] = kept
    return kept


def refresh(session: Session, contact_ids: Iterable[int] | None = None) -> None:
    """Work the clock out again, now, for ``contact_ids`` (None: every contact),
    and the purchase figures they keep beside it (:mod:`~tuicrm.services.purchase_figures`).

    Core UPDATEs on the session's connection: no autoflush, no version bump
    and no audit stamp, as the clock is derived data and must never make
    someone's open edit of the contact look stale. Write units of work call
    it once, before they commit, for the contacts they touched
    (:mod:`tuicrm.services.derived`).

    PostgreSQL runs writes at READ COMMITTED: an UPDATE that waited for another
    writer's lock on the row still reads its subqueries from the snapshot taken
    before, and would store a clock without that writer's touch. Taking the row
    locks first makes the UPDATE a new statement, with a snapshot that sees it.
    FOR NO KEY UPDATE (key_share): it still queues refreshes of one contact, but
    not an insert that points at it (a sale, a contract), whose foreign key
    takes a KEY SHARE lock; FOR UPDATE against that could deadlock.
    (SQLite writers never overlap: BEGIN IMMEDIATE.)
    """
    statements = refresh_statements(session.get_bind().dialect.name,
                                    chosen=contact_ids is not None)
    connection = session.connection()
    if contact_ids is None:
        batches: list[dict[str, Any]] = [{"now": dates.utcnow()}]
    else:
        ids = sorted(set(contact_ids))
        now = dates.utcnow()
        batches = [{"now": now, "ids": ids[start:start + _CHUNK]}
                   for start in range(0, len(ids), _CHUNK)]
    for params in batches:
        if statements.lock is not None:
            connection.execute(statements.lock, params)
        for statement in statements.updates:
            connection.execute(statement, params)


def touched_in_flush(session: Session) -> tuple[set[int], set[int]]:
    """The contacts whose touches or contracts the flush under way moves, and
    the meetings it changed (their attendees are touched too). Bookkeeping
    alone, no SQL: call it from an ``after_flush`` listener."""
    contact_ids: set[int] = set()
    meeting_ids: set[int] = set()
    changed = chain(session.new, (o for o in session.dirty if session.is_modified(o)),
                    session.deleted)
    for obj in changed:
        if isinstance(obj, Contact):
            if obj in session.new:  # its clock starts when it was added
                contact_ids.add(obj.id)
        elif isinstance(obj, (Interaction, Sale, MeetingAttendee, Contract, Deal)):
            # the contact it belongs to now, and any it was moved from
            history = sa.inspect(obj).attrs.contact_id.history
            contact_ids.update(c for c in chain(history.sum(), [obj.contact_id]) if c)
        elif isinstance(obj, Meeting) and obj.id is not None:
            meeting_ids.add(obj.id)
    contact_ids.discard(None)  # type: ignore[arg-type]
    return contact_ids, meeting_ids


def attendees_of(session: Session, meeting_ids: Iterable[int]) -> set[int]:
    """The contacts attending these meetings."""
    found: set[int] = set()
    ids = sorted(set(meeting_ids))
    for start in range(0, len(ids), _CHUNK):
        found.update(session.connection().execute(
            sa.select(MeetingAttendee.contact_id)
            .where(MeetingAttendee.meeting_id.in_(ids[start:start + _CHUNK]))).scalars())
    return found


def is_current(now: datetime) -> sa.ColumnElement[bool]:
    """The correlated contact's stored clock (and kept role) holds at ``now``."""
    return sa.and_(Contact.touch_clock_at.is_not(None), Contact.kept_role.is_not(None),
                   sa.or_(Contact.next_touch_at.is_(None), Contact.next_touch_at > now))


def out_of_date_ids(now: datetime) -> sa.CompoundSelect:
    """The ids of the contacts whose clock does not hold at ``now`` (the opposite
    of :func:`is_current`), or whose purchase figures were never worked out:
    one index look-up per reason, as SQLite scanned the whole table for the
    three ORed together (17 ms at 100k, for usually none)."""
    return sa.union(*(sa.select(Contact.id).where(reason) for reason in (
        Contact.touch_clock_at.is_(None), Contact.kept_role.is_(None),
        Contact.next_touch_at <= now, purchase_figures.out_of_date())))


def refresh_out_of_date(*, session: Session) -> int:
    """Work the clock out again where it does not hold (:func:`out_of_date_ids`):
    after an upgrade, or a planned meeting that has since taken place. Returns
    how many."""
    ids = list(session.scalars(out_of_date_ids(dates.utcnow())))
    refresh(session, ids)
    return len(ids)
