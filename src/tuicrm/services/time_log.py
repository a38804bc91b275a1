"""Time worked against contracts: entries typed in, a start/stop timer, and a
retainer's hours used in its current period.

A running timer is a ``time_entry`` row with ``started_at`` and no minutes, so
it outlives the app: stop it tomorrow and it counts from when it started. Each
team member has at most one running. Time is billed by being put on an
invoice draft (``invoice_id``); deleting the draft frees it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates, invoice_math
from tuicrm.enums import ContractStatus
from tuicrm.errors import ValidationError
from tuicrm.models import MAX_ENTRY_MINUTES, Contract, TeamMember, TimeEntry, TimeEntryCreate
from tuicrm.services.common import get_row, live, restore, validate
from tuicrm.services.metrics import CYCLE_MONTHS, current_period


@dataclass(frozen=True)
class TimeRow:
    id: int
    contract_id: int
    work_date: date
    minutes: int | None  # None: the timer is running
    note: str
    who: str | None
    billed: bool
    version: int


@dataclass(frozen=True)
class HoursUsed:
    """A contract's logged time in its current billing period."""

    period_start: date
    period_end: date
    used_minutes: int
    included_minutes: int | None
    runs_out_on: date | None  # at the pace so far, the day the included hours are used up

    def words(self) -> str:
        used = invoice_math.hours_text(self.used_minutes).removesuffix(" h")
        if self.included_minutes is None:
            return f"{used} h logged since {dates.format_date(self.period_start)}"
        text = f"{used} of {invoice_math.hours_text(self.included_minutes)} used"
        if self.used_minutes >= self.included_minutes:
            return text + " (all used)"
        if self.runs_out_on is not None:
            return text + f"; at this pace they run out on {dates.format_date(self.runs_out_on)}"
        return text


def log_time(*, session: Session, data: TimeEntryCreate | Mapping[str, Any]) -> TimeEntry:
    values: TimeEntryCreate = validate(TimeEntryCreate, data)
    _live_contract(session, values.contract_id)
    entry = TimeEntry(**values.model_dump(), member_id=session.info.get("actor_id"))
    session.add(entry)
    session.flush()
    return entry


def start_timer(*, session: Session, contract_id: int, note: str = "") -> TimeEntry:
    """Start timing work on a contract; refused while this person's timer runs."""
    _live_contract(session, contract_id)
    member = session.info.get("actor_id")
    if running_timer(session=session, member_id=member) is not None:
        raise ValidationError({"timer": "Your timer is already running: stop it first."})
    entry = TimeEntry(contract_id=contract_id, work_date=dates.today(), minutes=None,
                      started_at=dates.utcnow(), note=validate(TimeEntryCreate, {
                          "contract_id": contract_id, "work_date": dates.today(), "minutes": 1,
                          "note": note}).note, member_id=member)
    session.add(entry)
    session.flush()
    return entry


def stop_timer(*, session: Session) -> TimeEntry:
    """Stop this person's timer: its minutes are the time since it started (at
    least one, at most a day), rounded up to the minute."""
    entry = running_timer(session=session, member_id=session.info.get("actor_id"))
    if entry is None:
        raise ValidationError({"timer": "No timer is running."})
    seconds = (dates.utcnow() - dates.to_utc(entry.started_at)).total_seconds()  # type: ignore[arg-type]
    entry.minutes = min(MAX_ENTRY_MINUTES, max(1, -(-int(seconds) // 60)))
    entry.started_at = None
    session.flush()
    return entry


def running_timer(*, session: Session, member_id: int | None) -> TimeEntry | None:
    return session.scalars(sa.select(TimeEntry).where(
        TimeEntry.minutes.is_(None), live(TimeEntry),
        TimeEntry.member_id.is_(None) if member_id is None else TimeEntry.member_id == member_id)
        .limit(1)).first()


def delete_entry(*, session: Session, entry_id: int) -> TimeEntry:
    entry = get_row(session, TimeEntry, entry_id)
    if entry.invoice_id is not None:
        raise ValidationError({"time": "This time is on an invoice; delete the draft first."})
    entry.deleted_at = dates.utcnow()
    session.flush()
    return entry


def restore_entry(*, session: Session, entry_id: int) -> TimeEntry:
    return restore(session, TimeEntry, entry_id)


def entries(*, session: Session, contract_id: int, limit: int = 50) -> list[TimeRow]:
    """A contract's time, newest first (a running timer on top)."""
    rows = session.execute(
        sa.select(TimeEntry, TeamMember.name).outerjoin(
            TeamMember, TeamMember.id == TimeEntry.member_id)
        .where(TimeEntry.contract_id == contract_id, live(TimeEntry))
        .order_by(TimeEntry.work_date.desc(), TimeEntry.id.desc()).limit(limit)).all()
    return [TimeRow(e.id, e.contract_id, e.work_date, e.minutes, e.note, who,
                    e.invoice_id is not None, e.version) for e, who in rows]


def hours_used(*, session: Session, contract: Contract, today: date) -> HoursUsed:
    """Time logged in the contract's current billing period (its whole term if one-off)."""
    if (contract.billing_cycle not in CYCLE_MONTHS  # one-off, or a cycle this version lacks
            or contract.start_date > today):
        first, last = contract.start_date, contract.end_date or today
    else:
        first, last = current_period(contract, today)
    used = int(session.scalar(sa.select(sa.func.coalesce(sa.func.sum(TimeEntry.minutes), 0))
                              .where(TimeEntry.contract_id == contract.id, live(TimeEntry),
                                     TimeEntry.work_date.between(first, last))) or 0)
    runs_out = None
    included = contract.included_minutes
    if included and 0 < used < included and today >= first:
        elapsed = (today - first).days + 1
        runs_out = first + timedelta(days=-(-included * elapsed // used) - 1)
        if runs_out > last:
            runs_out = None  # they last the period at this pace
    return HoursUsed(first, last, used, included, runs_out)


def unbilled(*, session: Session, contract_id: int, until: date) -> list[TimeEntry]:
    return list(session.scalars(sa.select(TimeEntry).where(
        TimeEntry.contract_id == contract_id, live(TimeEntry), TimeEntry.invoice_id.is_(None),
        TimeEntry.minutes.is_not(None), TimeEntry.work_date <= until)
        .order_by(TimeEntry.work_date, TimeEntry.id)))


def contracts_of(*, session: Session, contact_id: int) -> list[tuple[int, str]]:
    """``(id, title)`` of a contact's agreed contracts, running ones first, the others
    with their status; newest first within each."""
    rows = session.execute(
        sa.select(Contract.id, Contract.title, Contract.status)
        .where(Contract.contact_id == contact_id, live(Contract),
               Contract.status != ContractStatus.DRAFT)
        .order_by(Contract.start_date.desc(), Contract.id.desc())).all()
    running = [(i, t) for i, t, s in rows if s == ContractStatus.ACTIVE]
    return running + [(i, f"{t} ({getattr(s, 'value', s)})") for i, t, s in rows
                      if s != ContractStatus.ACTIVE]


def _live_contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None or contract.deleted_at is not None:
        raise ValidationError({"contract_id": "no such contract"})
    return contract
