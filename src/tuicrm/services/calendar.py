"""What falls on which day: one calendar of everything due.

Eight kinds of item, all computed from the records in SQL for the asked range
only (nothing is stored twice):

- meetings, on the local day they start;
- open follow-ups, on their due date;
- stay-in-touch dates (:mod:`tuicrm.services.cadence`);
- for open (draft or active) contracts: the review date, the end date (the
  renewal or end), and the cancel-by date, the end date minus the notice
  period: the last day to give notice;
- contacts' birthdays and anniversaries (:mod:`tuicrm.services.yearly_days`).

A day is a local calendar day (:mod:`tuicrm.dates`): a meeting at 00:30 the
night the clocks change still lands on its own day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import CONTRACT_DUE_KINDS, DUE_KIND_LABELS, YEARLY_DUE_KINDS, DueKind
from tuicrm.models import Contact, Contract, Deal, FollowUp, Invoice, Meeting
from tuicrm.money import shown_amount
from tuicrm.services import cadence, yearly_days
from tuicrm.services.billing import proposals
from tuicrm.services.common import count_per_local_day, live
from tuicrm.services.contracts import OPEN_STATUSES, cancel_by_expr
from tuicrm.services.invoices import balance_sql, receivable
from tuicrm.services.overview import meeting_attendees

PER_KIND = 500  # items of one kind in one answer; a range with more says so


ALL_KINDS: tuple[DueKind, ...] = tuple(DueKind)
CONTRACT_KINDS = CONTRACT_DUE_KINDS


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    day: date  # the local day it falls on
    at: datetime | None  # aware start for timed items (meetings, timed follow-ups)
    title: str  # meeting title, follow-up note, contract title, or the contact's name
    record_id: int  # meeting, follow-up or contract id; the contact id for stay-in-touch
    contact_id: int | None  # the contact Enter opens (a meeting's first attendee)
    contact: str  # the contact's name, or a meeting's attendees
    detail: str = ""
    version: int | None = None
    recurrence: str | None = None

    @property
    def sort_key(self) -> tuple[Any, ...]:
        moment = dates.to_local(self.at).time() if self.at else time(0)
        return (self.day, self.at is None, moment, ALL_KINDS.index(self.kind), self.record_id)


@dataclass(frozen=True)
class DueRange:
    first: date
    last: date
    items: list[DueItem]
    truncated: frozenset[DueKind]  # kinds that had more than PER_KIND items

    def on(self, day: date) -> list[DueItem]:
        return [i for i in self.items if i.day == day]


def due_between(
    *, session: Session, first: date, last: date, kinds: Collection[DueKind] = ALL_KINDS,
    limit: int = PER_KIND,
) -> DueRange:
    """Every item of ``kinds`` due on a local day in ``[first, last]``, in day and time order."""
    items: list[DueItem] = []
    truncated: set[DueKind] = set()
    readers = {DueKind.MEETING: _meetings, DueKind.FOLLOWUP: _followups,
               DueKind.STAY_IN_TOUCH: _stay_in_touch}
    for kind, reader in readers.items():
        if kind in kinds:
            found = reader(session, first, last, limit + 1)
            if len(found) > limit:
                truncated.add(kind)
            items.extend(found[:limit])
    wanted_contract_kinds = [k for k in CONTRACT_KINDS if k in kinds]
    if wanted_contract_kinds:
        for kind in wanted_contract_kinds:
            found = _contract_dates(session, kind, first, last, limit + 1)
            if len(found) > limit:
                truncated.add(kind)
            items.extend(found[:limit])
    if DueKind.INVOICE in kinds:
        found = _invoices_due(session, first, last, limit + 1)
        if len(found) > limit:
            truncated.add(DueKind.INVOICE)
        items.extend(found[:limit])
    for kind in YEARLY_DUE_KINDS:
        if kind in kinds:
            found = _yearly(session, kind, first, last, limit + 1)
            if len(found) > limit:
                truncated.add(kind)
            items.extend(found[:limit])
    items.sort(key=lambda i: i.sort_key)
    return DueRange(first, last, items, frozenset(truncated))


def counts_by_day(*, session: Session, first: date, last: date) -> dict[date, Counter[DueKind]]:
    """How many items of each kind fall on each day in ``[first, last]`` (for a month grid).

    Counted in SQL, however many: dated records with GROUP BY, meetings and
    stay-in-touch dates by the local day of an instant (``count_per_local_day``).
    """
    result: dict[date, Counter[DueKind]] = {}

    def add(day: Any, kind: DueKind, n: int) -> None:
        day = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
        if first <= day <= last:
            result.setdefault(day, Counter())[kind] += n

    for day, n in count_per_local_day(session, Meeting.starts_at, [live(Meeting)],
                                      first, last).items():
        add(day, DueKind.MEETING, n)
    for day, n in session.execute(
        sa.select(FollowUp.due_date, sa.func.count()).join(Contact,
                                                            Contact.id == FollowUp.contact_id)
        .where(*_open_followup(), FollowUp.due_date.between(first, last))
        .group_by(FollowUp.due_date)
    ):
        add(day, DueKind.FOLLOWUP, n)
    for day, n in cadence.count_due_by_day(session=session, first=first, last=last).items():
        add(day, DueKind.STAY_IN_TOUCH, n)
    for day, n in session.execute(
        sa.select(Invoice.due_date, sa.func.count()).where(
            receivable(), balance_sql > 0, Invoice.due_date.between(first, last))
        .group_by(Invoice.due_date)
    ):
        add(day, DueKind.INVOICE, n)
    for kind in YEARLY_DUE_KINDS:
        for day, n in yearly_days.count_by_day(session=session, field=kind.value, first=first,
                                               last=last).items():
            add(day, kind, n)
    for kind in CONTRACT_KINDS:
        column = _contract_day(session, kind)
        for day, n in session.execute(
            sa.select(column, sa.func.count()).select_from(Contract)
            .join(Contact, Contact.id == Contract.contact_id)
            .where(*_open_contract(), column.between(first, last)).group_by(column)
        ):
            add(day, kind, n)
    return result


def next_meeting(*, session: Session, after: datetime | None = None) -> DueItem | None:
    """The first meeting starting after ``after`` (default: now)."""
    moment = after or dates.utcnow()
    meeting = session.scalars(
        sa.select(Meeting).where(live(Meeting), Meeting.starts_at > moment)
        .order_by(Meeting.starts_at, Meeting.id).limit(1)
    ).first()
    if meeting is None:
        return None
    return _meeting_items(session, [meeting])[0]


# --- one reader per kind -----------------------------------------------------


def _meetings(session: Session, first: date, last: date, limit: int) -> list[DueItem]:
    since, until = dates.day_bounds_utc(first)[0], dates.day_bounds_utc(last)[1]
    rows = session.scalars(
        sa.select(Meeting).where(live(Meeting), Meeting.starts_at >= since,
                                 Meeting.starts_at < until)
        .order_by(Meeting.starts_at, Meeting.id).limit(limit)
    ).all()
    return _meeting_items(session, rows)


def _meeting_items(session: Session, rows: Collection[Meeting]) -> list[DueItem]:
    people = meeting_attendees(session=session, meeting_ids={m.id for m in rows})
    items = []
    for m in rows:
        attendees = people.get(m.id, [])
        items.append(DueItem(
            DueKind.MEETING, dates.to_local(m.starts_at).date(), m.starts_at, m.title, m.id,
            attendees[0][0] if attendees else None, ", ".join(n for _i, n in attendees),
            detail=f"{m.duration_minutes} min · {str(m.channel).replace('_', ' ')}",
            version=m.version,
        ))
    return items


def _open_followup() -> list[sa.ColumnElement[bool]]:
    return [live(FollowUp), FollowUp.done_at.is_(None), live(Contact)]


def _followups(session: Session, first: date, last: date, limit: int) -> list[DueItem]:
    rows = session.execute(
        _with_deal(sa.select(FollowUp, Contact.name, Deal.title)
                   .join(Contact, Contact.id == FollowUp.contact_id))
        .where(*_open_followup(), FollowUp.due_date.between(first, last))
        .order_by(FollowUp.due_date, FollowUp.id).limit(limit)
    ).all()
    return [followup_item(f, name, deal) for f, name, deal in rows]


def _with_deal(stmt: sa.Select[Any]) -> sa.Select[Any]:
    """The deal a follow-up is the next step of, if any (``Deal.title``, else NULL)."""
    return stmt.outerjoin(Deal, sa.and_(Deal.next_step_id == FollowUp.id,
                                        Deal.deleted_at.is_(None)))


def followup_item(f: FollowUp, contact_name: str, deal: str | None = None) -> DueItem:
    """A follow-up on the agenda; ``deal``: the deal it is the next step of."""
    at = None
    if f.due_time is not None:
        at = dates.local_datetime(f.due_date, f.due_time, f.timezone or None)
    said = [f"next step of the deal {deal}"] if deal else []
    if f.snooze_count:
        said.append(f"snoozed {f.snooze_count}×")
    detail = " · ".join(said)
    return DueItem(DueKind.FOLLOWUP, f.due_date, at, f.note, f.id, f.contact_id, contact_name,
                   detail=detail, version=f.version, recurrence=f.recurrence)


def _stay_in_touch(session: Session, first: date, last: date, limit: int) -> list[DueItem]:
    return [stay_in_touch_item(q)
            for q in cadence.due_between(session=session, first=first, last=last, limit=limit)]


def stay_in_touch_item(q: cadence.QuietContact) -> DueItem:
    since = (f"last touch {dates.format_date(dates.to_local(q.last_touch).date())}"
             if q.last_touch else "never touched")
    return DueItem(DueKind.STAY_IN_TOUCH, q.due, None, q.name, q.contact_id, q.contact_id,
                   q.name, detail=f"every {_days(q.cadence_days)} · {since}")


def _yearly(session: Session, kind: DueKind, first: date, last: date,
            limit: int) -> list[DueItem]:
    return [DueItem(kind, y.day, None, DUE_KIND_LABELS[kind], y.contact_id, y.contact_id,
                    y.name, detail=y.detail)
            for y in yearly_days.between(session=session, field=kind.value, first=first,
                                         last=last, limit=limit)]


def _open_contract() -> list[sa.ColumnElement[bool]]:
    return [live(Contract), live(Contact), Contract.status.in_(OPEN_STATUSES)]


def _contract_day(session: Session, kind: DueKind) -> sa.ColumnElement[date]:
    if kind == DueKind.REVIEW:
        return Contract.review_date
    if kind == DueKind.RENEWAL:
        return Contract.end_date
    return cancel_by_expr(session)


def _contract_dates(session: Session, kind: DueKind, first: date, last: date,
                    limit: int) -> list[DueItem]:
    column = _contract_day(session, kind).label("day")
    rows = session.execute(
        sa.select(Contract, Contact.name, column).join(Contact, Contact.id == Contract.contact_id)
        .where(*_open_contract(), column.between(first, last))
        .order_by(column, Contract.id).limit(limit)
    ).all()
    items = []
    for contract, name, day in rows:
        day = day if isinstance(day, date) else date.fromisoformat(str(day))
        items.append(DueItem(kind, day, None, contract.title, contract.id, contract.contact_id,
                             name, detail=_contract_detail(kind, contract.auto_renew,
                                                           contract.notice_days,
                                                           contract.end_date),
                             version=contract.version))
    return items


def _contract_detail(kind: DueKind, auto_renew: bool, notice_days: int,
                     end_date: date | None) -> str:
    if kind == DueKind.REVIEW:
        return "review"
    if kind == DueKind.RENEWAL:
        return "renews automatically" if auto_renew else "ends: renew or let it end"
    end = dates.format_date(end_date) if end_date else "?"
    verb = "stop the renewal" if auto_renew else "give notice"
    return f"last day to {verb}: {_days(notice_days)} before the end on {end}"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def overdue_followups(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Open follow-ups due before ``today``, oldest first."""
    rows = session.execute(
        _with_deal(sa.select(FollowUp, Contact.name, Deal.title)
                   .join(Contact, Contact.id == FollowUp.contact_id))
        .where(*_open_followup(), FollowUp.due_date < today)
        .order_by(FollowUp.due_date, FollowUp.id).limit(limit)
    ).all()
    return [followup_item(f, name, deal) for f, name, deal in rows]


# --- invoices ------------------------------------------------------------------


def _owed_invoices(session: Session, *where: Any, limit: int) -> list[DueItem]:
    rows = session.execute(
        sa.select(Invoice.id, Invoice.number, Invoice.due_date, Invoice.issue_date,
                  Invoice.currency, balance_sql.label("owed"), Invoice.contact_id, Contact.name)
        .join(Contact, Contact.id == Invoice.contact_id)
        .where(receivable(), balance_sql > 0, *where)
        .order_by(Invoice.due_date, Invoice.id).limit(limit)).all()
    return [DueItem(DueKind.INVOICE, r.due_date, None, r.number, r.id, r.contact_id, r.name,
                    detail=f"{shown_amount(int(r.owed), r.currency)} owed · issued "
                           f"{dates.format_date(r.issue_date)}")
            for r in rows]


def _invoices_due(session: Session, first: date, last: date, limit: int) -> list[DueItem]:
    return _owed_invoices(session, Invoice.due_date.between(first, last), limit=limit)


def overdue_invoices(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Issued invoices past their due date with something owed, longest late first."""
    return _owed_invoices(session, Invoice.due_date < today, limit=limit)


def billing_items(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """The billing periods begun that no invoice holds yet (``billing.proposals``)."""
    return [DueItem(DueKind.BILLING, p.period_start, None, p.title, p.contract_id,
                    p.contact_id, p.client,
                    detail=f"{shown_amount(p.amount_minor, p.currency)} for "
                           f"{dates.format_date(p.period_start)} to "
                           f"{dates.format_date(p.period_end)}")
            for p in proposals(session=session, today=today, limit=limit)]


def stale_deal_items(*, session: Session, limit: int = PER_KIND) -> list[DueItem]:
    """Open deals gone quiet (``deals.stale_deals``), the quietest first; each on
    the day of its last activity. (Their next steps are follow-ups, listed as such.)"""
    from tuicrm.services import deals

    return [DueItem(DueKind.STALE_DEAL,
                    dates.to_local(d.last_activity).date() if d.last_activity else dates.today(),
                    None, d.title, d.id, d.contact_id, d.contact, version=d.version,
                    detail=f"{d.stage} · {shown_amount(d.value_minor, d.currency)}")
            for d in deals.stale_deals(session=session, limit=limit)]


def gone_quiet(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Contacts longer than their cadence without a touch (due before ``today``), longest first."""
    quiet = cadence.due_between(session=session, first=None,
                                last=today - timedelta(days=1), limit=limit)
    return [stay_in_touch_item(q) for q in quiet]


def move_to_day(*, session: Session, kind: DueKind, record_id: int, day: date,
                expected_version: int | None) -> date:
    """Reschedule a follow-up or a meeting to ``day``; a meeting keeps its wall-clock time
    in its own zone. (A snooze, which counts, is ``followups.snooze_followup``.)"""
    from tuicrm.errors import ValidationError
    from tuicrm.services import followups, meetings

    if kind == DueKind.FOLLOWUP:
        followups.update_followup(session=session, followup_id=record_id,
                                  changes={"due_date": day}, expected_version=expected_version)
        return day
    if kind == DueKind.MEETING:
        meeting = meetings.get_meeting(session=session, meeting_id=record_id).meeting
        wall = dates.to_local(meeting.starts_at, meeting.timezone)
        # ``day`` is a local day; shift the meeting's own date by as many days, so a
        # meeting arranged in another zone lands on the day asked and keeps its time there.
        shift = (day - dates.to_local(meeting.starts_at).date()).days
        moved = dates.local_datetime(dates.add_days(wall.date(), shift), wall.time(),
                                     meeting.timezone)
        meetings.update_meeting(session=session, meeting_id=record_id,
                                changes={"starts_at": dates.to_utc(moved)},
                                expected_version=expected_version)
        return day
    raise ValidationError({"day": "only follow-ups and meetings can be moved; "
                                  "change the contract's dates on its page"})


def contracts_needing_action(*, session: Session, today: date, days: int = 30,
                             limit: int = 200) -> list[DueItem]:
    """Open contracts with something to do within ``days``, each once, on its most
    urgent date: an end date already past, then a review left undone, then the
    earliest cancel-by, review or end to come. The details name the other dates."""
    from tuicrm.services.contracts import list_contracts

    horizon = today + timedelta(days=days)
    page = list_contracts(session=session, needs_action_by=horizon, limit=limit)
    items = []
    for row in page.items:
        dated = [(d, kind) for d, kind in (
            (row.end_date, DueKind.RENEWAL), (row.review_date, DueKind.REVIEW),
            (row.cancel_by, DueKind.CANCEL_BY)) if d is not None and d <= horizon]
        late = [(d, kind) for d, kind in dated if d < today and kind != DueKind.CANCEL_BY]
        coming = [(d, kind) for d, kind in dated if d >= today]
        candidates = late or coming
        if not candidates:
            continue
        day, kind = min(candidates, key=lambda c: (c[0], ALL_KINDS.index(c[1])))
        detail = _contract_detail(kind, row.auto_renew, row.notice_days, row.end_date)
        if day < today:
            detail = ("ended on paper: renew, end or terminate it" if kind == DueKind.RENEWAL
                      else "review left undone: x marks it reviewed")
        others = [f"{DUE_KIND_LABELS[k].lower()} {d:%d %b}" for d, k in sorted(coming)
                  if (d, k) != (day, kind)]
        if others:
            detail += "; then " + ", ".join(others)
        items.append(DueItem(kind, day, None, row.title, row.id, row.contact_id, row.client,
                             detail=detail, version=row.version))
    items.sort(key=lambda i: i.sort_key)
    return items
