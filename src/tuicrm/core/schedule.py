"""What is due: Today's lists and the Calendar's agenda and month grid."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from tuicrm import dates
from tuicrm.core.base import UseCases
from tuicrm.services import calendar
from tuicrm.services.calendar import DueItem

#: Today's lists, by the id the screen gives each.
TODAY_LISTS = ("today-overdue", "today-due", "today-contracts", "today-quiet")


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
    overdue: list[DueItem]
    items: list[DueItem]
    incomplete: bool
    next_meeting: DueItem | None


class Schedule(UseCases):
    """Each read is one snapshot."""

    def today(self, day: date, *, limit: int, action_days: int) -> TodayData:
        """Overdue follow-ups, what is due ``day``, contracts needing action within
        ``action_days``, and contacts gone quiet; each list cut at ``limit``."""
        with self.db.read() as session:
            lists = {
                "today-overdue": calendar.overdue_followups(session=session, today=day,
                                                            limit=limit + 1),
                "today-due": calendar.due_between(session=session, first=day, last=day,
                                                  limit=limit + 1).items,
                "today-contracts": calendar.contracts_needing_action(session=session, today=day,
                                                                     days=action_days),
                "today-quiet": calendar.gone_quiet(session=session, today=day, limit=limit + 1),
            }
            next_meeting = calendar.next_meeting(session=session)
        more = frozenset(k for k, items in lists.items() if len(items) > limit)
        return TodayData(day, {k: v[:limit] for k, v in lists.items()}, more, next_meeting)

    def agenda(self, first: date, last: date, *, with_overdue: bool) -> AgendaData:
        """What falls on ``first`` .. ``last`` (and, ``with_overdue``, what is overdue now)."""
        today = dates.today()
        with self.db.read() as session:
            overdue: list[DueItem] = []
            if with_overdue:
                overdue = [*calendar.overdue_followups(session=session, today=today, limit=100),
                           *calendar.gone_quiet(session=session, today=today, limit=100)]
            found = calendar.due_between(session=session, first=first, last=last)
            next_meeting = calendar.next_meeting(session=session)
        return AgendaData(first, last, overdue, found.items, bool(found.truncated), next_meeting)

    def counts_by_day(self, first: date, last: date) -> dict[date, Counter[str]]:
        """How many of each kind fall on each day of the month grid."""
        with self.db.read() as session:
            return calendar.counts_by_day(session=session, first=first, last=last)  # type: ignore[return-value]
