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
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import YEARLY_DUE_KINDS, DueKind
from tuicrm.models import Contact, Contract, FollowUp, Invoice, Meeting
from tuicrm.services import cadence, due_reads, yearly_days
from tuicrm.services.common import count_per_local_day, live
from tuicrm.services.due_reads import (  # noqa: F401 - the calendar's API, kept here
    ALL_KINDS,
    CONTRACT_KINDS,
    PER_KIND,
    DueItem,
    DueRange,
    contract_detail,
    days_text,
)
from tuicrm.services.invoices import balance_sql, receivable
from tuicrm.services.named_queries import (
    SessionRows,
    contract_day,
    open_contracts,
    open_followups,
)


def due_between(
    *, session: Session, first: date, last: date, kinds: Collection[DueKind] = ALL_KINDS,
    limit: int = PER_KIND,
) -> DueRange:
    """Every item of ``kinds`` due on a local day in ``[first, last]``, in day and time order."""
    return due_reads.due_between(SessionRows(session), first=first, last=last, kinds=kinds,
                                 limit=limit)


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
        .where(*open_followups(), FollowUp.due_date.between(first, last))
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
        column = contract_day(session.get_bind().dialect.name, kind)
        for day, n in session.execute(
            sa.select(column, sa.func.count()).select_from(Contract)
            .join(Contact, Contact.id == Contract.contact_id)
            .where(*open_contracts(), column.between(first, last)).group_by(column)
        ):
            add(day, kind, n)
    return result


def next_meeting(*, session: Session, after: datetime | None = None) -> DueItem | None:
    """The first meeting starting after ``after`` (default: now)."""
    return due_reads.next_meeting(SessionRows(session), after=after)


def overdue_followups(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Open follow-ups due before ``today``, oldest first."""
    return due_reads.overdue_followups(SessionRows(session), today=today, limit=limit)


# --- invoices ------------------------------------------------------------------


def overdue_invoices(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Issued invoices past their due date with something owed, longest late first."""
    return due_reads.overdue_invoices(SessionRows(session), today=today, limit=limit)


def billing_items(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """The billing periods begun that no invoice holds yet (``billing.proposals``)."""
    return due_reads.billing_items(SessionRows(session), today=today, limit=limit)


def stale_deal_items(*, session: Session, limit: int = PER_KIND) -> list[DueItem]:
    """Open deals gone quiet (``deals.stale_deals``), the quietest first."""
    return due_reads.stale_deal_items(SessionRows(session), limit=limit)


def gone_quiet(*, session: Session, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Contacts longer than their cadence without a touch (due before ``today``), longest first."""
    return due_reads.gone_quiet(SessionRows(session), today=today, limit=limit)


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
    """:func:`~tuicrm.services.due_reads.contracts_needing_action` on ``session``."""
    return due_reads.contracts_needing_action(SessionRows(session), today=today, days=days,
                                              limit=limit)
