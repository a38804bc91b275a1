"""What is due: Today's lists and the Calendar's agenda and month grid."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from tuicrm import dates
from tuicrm.core.base import UseCases
from tuicrm.enums import DueKind
from tuicrm.services import calendar, contracts, followups
from tuicrm.services.calendar import DueItem

#: Today's lists, by the id the screen gives each.
TODAY_LISTS = ("today-overdue", "today-due", "today-contracts", "today-quiet", "today-invoices",
               "today-deals")


@dataclass(frozen=True)
class TodayData:
    day: date
    lists: dict[str, list[DueItem]]
    more: frozenset[str]  # lists cut at the limit
    next_meeting: DueItem | None


@dataclass(frozen=True)
class AgendaData:
    first: date
    last: date
    overdue: list[DueItem]  # follow-ups oldest first, quiet contacts longest first, invoices
    items: list[DueItem]
    truncated: list[str]  # the kinds of item cut at the per-kind limit, A to Z
    next_meeting: DueItem | None

    @property
    def incomplete(self) -> bool:
        return bool(self.truncated)


class Schedule(UseCases):
    """Each read is one snapshot."""

    def today(self, day: date, *, limit: int, action_days: int) -> TodayData:
        """Overdue follow-ups, what is due ``day``, contracts needing action within
        ``action_days``, contacts gone quiet, invoices overdue or to issue, and stale deals; each
        list cut at ``limit``."""
        with self.db.read() as session:
            lists = {
                "today-overdue": calendar.overdue_followups(session=session, today=day,
                                                            limit=limit + 1),
                "today-due": calendar.due_between(session=session, first=day, last=day,
                                                  limit=limit + 1).items,
                "today-contracts": calendar.contracts_needing_action(session=session, today=day,
                                                                     days=action_days),
                "today-quiet": calendar.gone_quiet(session=session, today=day, limit=limit + 1),
                "today-invoices": [
                    *calendar.overdue_invoices(session=session, today=day, limit=limit + 1),
                    *calendar.billing_items(session=session, today=day, limit=limit + 1)],
                "today-deals": calendar.stale_deal_items(session=session, limit=limit + 1),
            }
            next_meeting = calendar.next_meeting(session=session)
        more = frozenset(k for k, items in lists.items() if len(items) > limit)
        return TodayData(day, {k: v[:limit] for k, v in lists.items()}, more, next_meeting)

    def agenda(self, first: date, last: date, *, with_overdue: bool,
               overdue_limit: int = calendar.PER_KIND) -> AgendaData:
        """What falls on ``first`` .. ``last`` (and, ``with_overdue``, what is overdue
        now: at most ``overdue_limit`` follow-ups and as many quiet contacts)."""
        today = dates.today()
        with self.db.read() as session:
            overdue: list[DueItem] = []
            if with_overdue:
                overdue = [*calendar.overdue_followups(session=session, today=today,
                                                       limit=overdue_limit),
                           *calendar.gone_quiet(session=session, today=today, limit=overdue_limit),
                           *calendar.overdue_invoices(session=session, today=today,
                                                      limit=overdue_limit)]
            found = calendar.due_between(session=session, first=first, last=last)
            next_meeting = calendar.next_meeting(session=session)
        return AgendaData(first, last, overdue, found.items, sorted(found.truncated), next_meeting)

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
