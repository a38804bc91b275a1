"""The reads a start needs at once, as named statements with bound parameters.

Each entry builds one SQLAlchemy statement for a dialect; its parameters are
``bindparam``s, so the statement is the same whatever is asked. Two ways run
them, by name, through the same reading code (:mod:`~tuicrm.services.due_reads`):

- :class:`SessionRows`: on a session, as every read runs (both databases; on
  SQLite a read runs the SQL compiled ahead, on the session's connection);
- ``tuicrm.db_quick``: the standard library's sqlite3 with the SQL compiled
  ahead of time (:mod:`~tuicrm.services.quick_sql` writes ``tuicrm/db_quick_sql.py``),
  so a start reads Today before SQLAlchemy is even imported.

A statement is written once, here or in the service whose helper it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.db_quick import QuickRows
from tuicrm.enums import YEARLY_DUE_KINDS, DueKind
from tuicrm.models import AppMeta, Contact, Contract, Deal, FollowUp, Invoice, Meeting, MeetingAttendee
from tuicrm.services import demo, touch_clock
from tuicrm.services.billing import to_invoice
from tuicrm.services.common import is_sqlite, live
from tuicrm.services.contact_queries import role_expr
from tuicrm.services.contracts import OPEN_STATUSES, cancel_by_expr, needs_action_condition
from tuicrm.services.deals import deal_columns, deal_rows_from, stale_condition
from tuicrm.services.invoices import balance_sql, receivable
from tuicrm.sqltypes import UTCDateTime

Builder = Callable[[str], sa.Executable]  # a dialect's name -> the statement

LIMIT = sa.bindparam("limit", type_=sa.Integer)


def _moment(name: str) -> sa.BindParameter[Any]:
    return sa.bindparam(name, type_=UTCDateTime())


def _day(name: str) -> sa.BindParameter[date]:
    return sa.bindparam(name, type_=sa.Date())


# --- app_meta ------------------------------------------------------------------


def _meta_values(_dialect: str) -> sa.Executable:
    return sa.select(AppMeta.key, AppMeta.value).where(
        AppMeta.key.in_(sa.bindparam("keys", expanding=True)))


def _meta_set(_dialect: str) -> sa.Executable:
    """A stored key's new value (the key is there: a seeded copy's anchor day)."""
    return sa.update(AppMeta).where(
        AppMeta.key == sa.bindparam("meta_key", type_=sa.String)).values(
        value=sa.bindparam("meta_value", type_=sa.String))


# --- follow-ups and meetings -----------------------------------------------------


def open_followups() -> list[sa.ColumnElement[bool]]:
    """Follow-ups still to do, of a live contact (also counted by the month grid)."""
    return [live(FollowUp), FollowUp.done_at.is_(None), live(Contact)]

_FOLLOWUP = (FollowUp.id, FollowUp.contact_id, FollowUp.due_date, FollowUp.due_time,
             FollowUp.timezone, FollowUp.note, FollowUp.snooze_count, FollowUp.version,
             FollowUp.recurrence, Contact.name.label("contact_name"),
             Deal.title.label("deal_title"))


def _followups(*where: sa.ColumnElement[bool]) -> sa.Select[Any]:
    """Open follow-ups with their contact's name and the deal each is the next step of."""
    return (sa.select(*_FOLLOWUP).join(Contact, Contact.id == FollowUp.contact_id)
            .outerjoin(Deal, sa.and_(Deal.next_step_id == FollowUp.id, Deal.deleted_at.is_(None)))
            .where(*open_followups(), *where)
            .order_by(FollowUp.due_date, FollowUp.id).limit(LIMIT))


def _overdue_followups(_dialect: str) -> sa.Executable:
    return _followups(FollowUp.due_date < _day("today"))


def _followups_between(_dialect: str) -> sa.Executable:
    return _followups(FollowUp.due_date.between(_day("first"), _day("last")))


_MEETING = (Meeting.id, Meeting.starts_at, Meeting.title, Meeting.duration_minutes,
            Meeting.channel, Meeting.version)


def _meetings_between(_dialect: str) -> sa.Executable:
    return (sa.select(*_MEETING)
            .where(live(Meeting), Meeting.starts_at >= _moment("since"),
                   Meeting.starts_at < _moment("until"))
            .order_by(Meeting.starts_at, Meeting.id).limit(LIMIT))


def _next_meeting(_dialect: str) -> sa.Executable:
    return (sa.select(*_MEETING).where(live(Meeting), Meeting.starts_at > _moment("after"))
            .order_by(Meeting.starts_at, Meeting.id).limit(1))


def _meeting_attendees(_dialect: str) -> sa.Executable:
    return (sa.select(MeetingAttendee.meeting_id, Contact.id, Contact.name)
            .join(Contact, Contact.id == MeetingAttendee.contact_id)
            .where(MeetingAttendee.meeting_id.in_(sa.bindparam("ids", expanding=True)),
                   live(Contact))
            .order_by(MeetingAttendee.meeting_id, Contact.sort_name, Contact.id))


# --- stay in touch ---------------------------------------------------------------

_QUIET = (Contact.id, Contact.name, Contact.created_at)


def open_contacts() -> list[sa.ColumnElement[bool]]:
    """Live, unarchived contacts: those who have a stay-in-touch date."""
    return [live(Contact), Contact.archived_at.is_(None)]


def _role_rows(*, bounded: bool) -> Builder:
    """Contacts of ``role`` on its cadence of ``days`` whose clock is in
    [``clock_from``, ``clock_before``): one walk of the (kept role, clock) index,
    earliest first. (``cadence.due_between`` works the range out.)"""
    def build(_dialect: str) -> sa.Executable:
        clock = Contact.touch_clock_at
        conditions = [*open_contacts(), touch_clock.is_current(_moment("now")),
                      clock < _moment("clock_before"), Contact.cadence_days.is_(None),
                      Contact.kept_role == sa.bindparam("role", type_=sa.String)]
        if bounded:
            conditions.append(clock >= _moment("clock_from"))
        return (sa.select(*_QUIET, Contact.last_touch_at.label("last_touch"),
                          sa.bindparam("days", type_=sa.Integer).label("cadence"))
                .where(*conditions).order_by(clock, Contact.id).limit(LIMIT))
    return build


def _due_moment(dialect: str, base: Any, days: Any) -> sa.ColumnElement[Any]:
    """``base`` + ``days`` days, comparable with :func:`_instant` on both dialects."""
    if is_sqlite(dialect):
        return sa.func.julianday(base) + days
    return base + days * sa.text("interval '1 day'")


def _instant(dialect: str, name: str) -> Any:
    if is_sqlite(dialect):
        return sa.func.julianday(_moment(name))
    return _moment(name)


def _role_cadence() -> sa.ColumnElement[Any]:
    """The correlated contact's cadence in days: its own, else its role's default,
    each role's bound as ``days_<role>`` (NULL: that role has none)."""
    from tuicrm.enums import Role

    by_role = [(role_expr == role.value, sa.bindparam(f"days_{role.value}", type_=sa.Integer))
               for role in Role]
    return sa.func.coalesce(Contact.cadence_days, sa.case(*by_role, else_=sa.null()))


def _rows_due_by(dialect: str, clock: Any, last_touch: Any, cadence: Any,
                 which: sa.ColumnElement[bool], *, bounded: bool) -> sa.Select[Any]:
    """Open contacts matching ``which`` due (``clock`` + ``cadence`` days) before
    ``hi`` (and from ``lo``, ``bounded``), earliest first."""
    due = _due_moment(dialect, clock, cadence)
    conditions = [*open_contacts(), which, due < _instant(dialect, "hi")]
    if bounded:
        conditions.append(due >= _instant(dialect, "lo"))
    return (sa.select(*_QUIET, last_touch.label("last_touch"), cadence.label("cadence"))
            .where(*conditions).order_by(due, Contact.id).limit(LIMIT))


def _own_cadence_rows(*, bounded: bool) -> Builder:
    """Contacts with a cadence of their own (few: read through their index)."""
    def build(dialect: str) -> sa.Executable:
        return _rows_due_by(
            dialect, Contact.touch_clock_at, Contact.last_touch_at, Contact.cadence_days,
            sa.and_(touch_clock.is_current(_moment("now")), Contact.cadence_days > 0),
            bounded=bounded)
    return build


def _any_out_of_date(_dialect: str) -> sa.Executable:
    return touch_clock.out_of_date_ids(_moment("now")).limit(1)


def _out_of_date_rows(*, bounded: bool) -> Builder:
    """Contacts whose stored clock does not hold ``now``, worked out from their touches."""
    def build(dialect: str) -> sa.Executable:
        now = _moment("now")
        touched = touch_clock.last_touch_expr(dialect, now)
        cadence = _role_cadence()
        return _rows_due_by(
            dialect, sa.func.coalesce(touched, Contact.created_at), touched, cadence,
            sa.and_(Contact.id.in_(touch_clock.out_of_date_ids(now)), cadence.is_not(None)),
            bounded=bounded)
    return build


# --- contracts, invoices, yearly days ---------------------------------------------


def open_contracts() -> list[sa.ColumnElement[bool]]:
    """Draft or active contracts of a live client: the ones with dates to keep."""
    return [live(Contract), live(Contact), Contract.status.in_(OPEN_STATUSES)]


def contract_day(dialect: str, kind: DueKind) -> sa.ColumnElement[date]:
    """A contract's date of ``kind``: its review, its end (renewal), or its cancel-by."""
    return {DueKind.REVIEW: Contract.review_date, DueKind.RENEWAL: Contract.end_date}.get(
        kind, cancel_by_expr(dialect))


def _contract_dates(kind: DueKind) -> Builder:
    """Open contracts whose ``kind`` date (review, end, cancel-by) is in [first, last]."""
    def build(dialect: str) -> sa.Executable:
        column = contract_day(dialect, kind).label("day")
        return (sa.select(Contract.id, Contract.contact_id, Contract.title, Contract.auto_renew,
                          Contract.notice_days, Contract.end_date, Contract.version,
                          Contact.name, column)
                .join(Contact, Contact.id == Contract.contact_id)
                .where(*open_contracts(), column.between(_day("first"), _day("last")))
                .order_by(column, Contract.id).limit(LIMIT))
    return build


def _owed_invoices(*where: sa.ColumnElement[bool]) -> sa.Select[Any]:
    return (sa.select(Invoice.id, Invoice.number, Invoice.due_date, Invoice.issue_date,
                      Invoice.currency, balance_sql.label("owed"), Invoice.contact_id,
                      Contact.name)
            .join(Contact, Contact.id == Invoice.contact_id)
            .where(receivable(), balance_sql > 0, *where)
            .order_by(Invoice.due_date, Invoice.id).limit(LIMIT))


def _invoices_between(_dialect: str) -> sa.Executable:
    return _owed_invoices(Invoice.due_date.between(_day("first"), _day("last")))


def _overdue_invoices(_dialect: str) -> sa.Executable:
    return _owed_invoices(Invoice.due_date < _day("today"))


def month_day(dialect: str, column: Any) -> sa.ColumnElement[str]:
    """A date's "MM-DD"."""
    if is_sqlite(dialect):
        return sa.func.strftime("%m-%d", column)
    return sa.func.to_char(column, "MM-DD")


def _yearly(field: str) -> Builder:
    """Contacts whose ``field`` (birthday, anniversary) falls on one of ``month_days``."""
    def build(dialect: str) -> sa.Executable:
        column = getattr(Contact, field)
        on = month_day(dialect, column)
        return (sa.select(Contact.id, Contact.name, column.label("stored"))
                .where(live(Contact), Contact.archived_at.is_(None), column.is_not(None),
                       on.in_(sa.bindparam("month_days", expanding=True)))
                .order_by(on, Contact.sort_name, Contact.id).limit(LIMIT))
    return build


def _contracts_needing_action(dialect: str) -> sa.Executable:
    """Open contracts with something to do by ``horizon`` (``contracts.needs_action_condition``),
    newest first."""
    return (sa.select(Contract.id, Contract.title, Contract.contact_id,
                      Contact.name.label("client"), Contract.end_date, Contract.review_date,
                      Contract.auto_renew, Contract.notice_days, Contract.version)
            .join(Contact, Contact.id == Contract.contact_id)
            .where(needs_action_condition(dialect, _day("today"), _day("horizon")))
            .order_by(Contract.start_date.desc(), Contract.id.desc()).limit(LIMIT))


def _proposals(_dialect: str) -> sa.Executable:
    return to_invoice(_day("today")).limit(LIMIT)


def _stale_deals(_dialect: str) -> sa.Executable:
    return (deal_rows_from(sa.select(*deal_columns()).select_from(Deal))
            .where(live(Deal), live(Contact),
                   stale_condition(_moment("cutoff"), _moment("now")))
            .order_by(Deal.touched_at, Deal.id).limit(LIMIT))


#: Every named statement. The quick path runs the SQLite compilation of each.
BUILDERS: dict[str, Builder] = {
    "meta.values": _meta_values,
    "meta.set": _meta_set,
    "calendar.overdue_followups": _overdue_followups,
    "calendar.followups_between": _followups_between,
    "calendar.meetings_between": _meetings_between,
    "calendar.next_meeting": _next_meeting,
    "calendar.meeting_attendees": _meeting_attendees,
    "cadence.role_rows": _role_rows(bounded=False),
    "cadence.role_rows_bounded": _role_rows(bounded=True),
    "cadence.own_rows": _own_cadence_rows(bounded=False),
    "cadence.own_rows_bounded": _own_cadence_rows(bounded=True),
    "cadence.any_out_of_date": _any_out_of_date,
    "cadence.out_of_date_rows": _out_of_date_rows(bounded=False),
    "cadence.out_of_date_rows_bounded": _out_of_date_rows(bounded=True),
    **{f"calendar.contract_{kind.value}": _contract_dates(kind)
       for kind in (DueKind.REVIEW, DueKind.RENEWAL, DueKind.CANCEL_BY)},
    "calendar.invoices_between": _invoices_between,
    "calendar.overdue_invoices": _overdue_invoices,
    **{f"calendar.{kind.value}": _yearly(kind.value) for kind in YEARLY_DUE_KINDS},
    "calendar.contracts_needing_action": _contracts_needing_action,
    "billing.proposals": _proposals,
    "deals.stale": _stale_deals,
}

_BUILT: dict[tuple[str, str], sa.Executable] = {}


def names(dialect: str) -> list[str]:
    """Every statement's name for ``dialect``, A to Z: the fixed ones and the
    per-table ones."""
    return sorted([*BUILDERS, *demo.shift_statements(dialect),
            *(f"touch_clock.refresh_all.{i}" for i in range(len(_refresh_all(dialect))))])


def _refresh_all(dialect: str) -> list[sa.Executable]:
    return list(touch_clock.refresh_statements(dialect, chosen=False).updates)


def statement(name: str, dialect: str) -> sa.Executable:
    """The named statement for ``dialect``, built once."""
    built = _BUILT.get((name, dialect))
    if built is None:
        if name.startswith("demo.shift."):
            built = demo.shift_statements(dialect)[name]
        elif name.startswith("touch_clock.refresh_all."):
            built = _refresh_all(dialect)[int(name.rpartition(".")[2])]
        else:
            built = BUILDERS[name](dialect)
        _BUILT[(name, dialect)] = built
    return built


class SessionRows:
    """Runs the named statements on a session: ``rows(name, **params)`` gives the
    rows (none for a write).

    On SQLite a read runs its SQL compiled ahead (``tuicrm.db_quick.QuickRows``,
    as driver SQL on the session's connection: in its transaction, with the
    engine's events and errors) rather than having SQLAlchemy compile the
    statement on its first use in the process: Today's first read at 1M sales
    went from ~180 to ~100 ms, most of the difference Python that held up the
    screen being built beside it. Pending changes are flushed first, as the
    session's autoflush would. Writes go through the session, which keeps the
    objects it holds in step.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self._compiled: QuickRows | None = None

    def __call__(self, name: str, **params: Any) -> list[Any]:
        built = statement(name, self.dialect)
        if self.dialect == "sqlite" and built.is_select:
            return self._compiled_rows()(name, **params)
        result = self.session.execute(built, params)
        return list(result.all()) if built.is_select else []

    def _compiled_rows(self) -> QuickRows:
        if self.session.autoflush:
            self.session.flush()
        if self._compiled is None:
            connection = self.session.connection()
            self._compiled = QuickRows(
                lambda sql, values: connection.exec_driver_sql(sql, values).all())
        return self._compiled

    def names(self, prefix: str) -> list[str]:
        """The statements whose names begin with ``prefix``, A to Z (those that
        exist for this dialect)."""
        return sorted(n for n in names(self.dialect) if n.startswith(prefix))
