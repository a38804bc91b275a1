"""What is due: Today's lists and the Calendar's agenda and month grid."""

from __future__ import annotations

from collections import Counter
from datetime import date

from tuicrm.core.base import UseCases
from tuicrm.enums import DueKind
from tuicrm.services import calendar, contracts, due_reads, followups
from tuicrm.services.due_reads import (  # noqa: F401 - what the screens read, named here
    TODAY_LISTS,
    AgendaData,
    DueItem,
    TodayData,
)
from tuicrm.services.named_queries import SessionRows


class Schedule(UseCases):
    """Each read is one snapshot."""

    def today(self, day: date, *, limit: int, action_days: int) -> TodayData:
        """Today's lists (``due_reads.today``), each cut at ``limit``."""
        with self.db.read() as session:
            return due_reads.today(SessionRows(session), day, limit=limit,
                                   action_days=action_days)

    def agenda(self, first: date, last: date, *, with_overdue: bool,
               overdue_limit: int = calendar.PER_KIND) -> AgendaData:
        """What falls on ``first`` .. ``last`` (and, ``with_overdue``, what is overdue
        now: at most ``overdue_limit`` follow-ups and as many quiet contacts)."""
        with self.db.read() as session:
            return due_reads.agenda(SessionRows(session), first, last, with_overdue=with_overdue,
                                    overdue_limit=overdue_limit)

    def counts_by_day(self, first: date, last: date) -> dict[date, Counter[str]]:
        """How many of each kind fall on each day of the month grid."""
        with self.db.read() as session:
            return calendar.counts_by_day(session=session, first=first, last=last)  # type: ignore[return-value]


class DueWrites(UseCases):
    """What the keys on a due item do (Today and the Calendar): each one write,
    from the version the item was read at."""

    def complete_followup(self, followup_id: int, expected_version: int | None) -> date | None:
        """Mark a follow-up done; returns the next one's due day if it repeats."""
        with self.write() as session:
            successor = followups.complete_followup(session=session, followup_id=followup_id,
                                                    expected_version=expected_version)
            return successor.due_date if successor is not None else None

    def snooze_followup(self, followup_id: int, until: date, expected_version: int | None) -> None:
        with self.write() as session:
            followups.snooze_followup(session=session, followup_id=followup_id, until=until,
                                      expected_version=expected_version)

    def move_to_day(self, kind: DueKind, record_id: int, day: date,
                    expected_version: int | None) -> None:
        """Move a follow-up or a meeting (which keeps its time) to ``day``."""
        with self.write() as session:
            calendar.move_to_day(session=session, kind=kind, record_id=record_id, day=day,
                                 expected_version=expected_version)

    def mark_reviewed(self, contract_id: int, next_review: date, expected_version: int | None) -> None:
        """The contract was reviewed: its next review is ``next_review``."""
        with self.write() as session:
            contracts.update_contract(session=session, contract_id=contract_id,
                                      changes={"review_date": next_review},
                                      expected_version=expected_version)
