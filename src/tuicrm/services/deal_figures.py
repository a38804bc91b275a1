"""What the pipeline says, from what happened and when: the forecast by month,
the win rate, the days deals spend in each stage, and how each source converts.

- **Forecast**: the open deals' values times their chance, by the month of their
  expected close, per currency. Deals whose expected close has passed are
  "overdue" (their date needs a look), deals with none are "undated".
- **Win rate**: of the deals closed in the period, the share won (by count), from
  the stage history, so a later reopening does not change a past period.
- **Days in stage**: from the stage history (``deal_stage_change``), how long
  deals stayed in each stage before they moved on: stays that ended in the
  period; a deal still in a stage is not counted there yet.
- **Conversion by source**: the deals created in the period, per source, and
  how many of them are won, lost and open today.

Every sum is SQL's; Python only puts the months and currencies in order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import DealOutcome
from tuicrm.models import Contact, Deal, DealStage, DealStageChange
from tuicrm.services import deal_stages
from tuicrm.services.common import live
from tuicrm.services.deals import weighted_hundredths


@dataclass(frozen=True)
class ForecastMonth:
    month: date | None  # the month's first day; None for the overdue and undated rows
    label: str  # "2026-12", "overdue", "undated"
    weighted: dict[str, int]  # currency -> value times chance
    totals: dict[str, int]  # currency -> value
    count: int


def forecast(*, session: Session, today: date, months: int = 6) -> list[ForecastMonth]:
    """The open deals' weighted value by month of expected close, from ``today``'s
    month on for ``months`` months, after the overdue and undated rows."""
    first = today.replace(day=1)
    end = dates.add_months(first, months)
    close = Deal.expected_close
    stmt = (sa.select(close, Deal.currency, sa.func.count(), sa.func.sum(Deal.value_minor),
                      sa.func.sum(weighted_hundredths))
            .join(DealStage, DealStage.id == Deal.stage_id)
            .join(Contact, Contact.id == Deal.contact_id)
            .where(live(Deal), live(Contact), Deal.outcome == DealOutcome.OPEN,
                   sa.or_(close.is_(None), close < end))
            .group_by(close, Deal.currency))
    buckets: dict[str, list] = defaultdict(lambda: [defaultdict(int), defaultdict(int), 0])
    for day, currency, count, total, weighted_sum in session.execute(stmt):
        key = "undated" if day is None else "overdue" if day < today else day.strftime("%Y-%m")
        bucket = buckets[key]
        bucket[0][currency] += int(weighted_sum or 0)
        bucket[1][currency] += int(total or 0)
        bucket[2] += count
    result = []
    labels: list[tuple[str, date | None]] = [("overdue", None), ("undated", None)]
    month = first
    while month < end:
        labels.append((month.strftime("%Y-%m"), month))
        month = dates.add_months(month, 1)
    for label, month_day in labels:
        if label not in buckets and month_day is None:
            continue
        weighted_sums, totals, count = buckets.get(label, ({}, {}, 0))
        result.append(ForecastMonth(
            month_day, label, {c: (v + 50) // 100 for c, v in sorted(weighted_sums.items())},
            dict(sorted(totals.items())), count))
    return result


@dataclass(frozen=True)
class WinRate:
    won: int
    lost: int
    won_value: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        closed = self.won + self.lost
        return self.won / closed if closed else None


def _moments(first: date, last: date) -> tuple[datetime, datetime]:
    return dates.start_of_day(first), dates.start_of_day(dates.add_days(last, 1))


def win_rate(*, session: Session, first: date, last: date) -> WinRate:
    """Deals closed from ``first`` to ``last`` (local days, both included), each by its
    last move into won or lost in the period, from the stage history: a deal won in
    March and reopened in June still counts as won in March."""
    start, end = _moments(first, last)
    change = DealStageChange
    closing = (sa.select(sa.func.max(change.id).label("id"))
               .join(DealStage, DealStage.id == change.stage_id)
               .where(DealStage.outcome != DealOutcome.OPEN,
                      change.changed_at >= start, change.changed_at < end)
               .group_by(change.deal_id).subquery())
    stmt = (sa.select(DealStage.outcome, Deal.currency, sa.func.count(),
                      sa.func.sum(Deal.value_minor))
            .select_from(closing)
            .join(change, change.id == closing.c.id)
            .join(DealStage, DealStage.id == change.stage_id)
            .join(Deal, Deal.id == change.deal_id)
            .join(Contact, Contact.id == Deal.contact_id)
            .where(live(Deal), live(Contact))
            .group_by(DealStage.outcome, Deal.currency))
    won = lost = 0
    value: dict[str, int] = {}
    for outcome, currency, count, total in session.execute(stmt):
        if outcome == DealOutcome.WON:
            won += count
            value[currency] = int(total or 0)
        else:
            lost += count
    return WinRate(won, lost, dict(sorted(value.items())))


@dataclass(frozen=True)
class StageDays:
    stage: str
    stays: int  # how many stays ended in the period
    average_days: float | None


def days_in_stage(*, session: Session, first: date, last: date) -> list[StageDays]:
    """The average days deals stayed in each stage, of the stays that ended
    from ``first`` to ``last``: one window over the stage history."""
    start, end = _moments(first, last)
    change = DealStageChange
    # typed, so the bounds below bind as stored moments (UTC text on SQLite)
    left_at = sa.func.lead(change.changed_at, type_=change.changed_at.type).over(
        partition_by=change.deal_id, order_by=change.id)
    stays = (sa.select(change.stage_id, change.changed_at.label("entered"),
                       left_at.label("left"))
             .join(Deal, Deal.id == change.deal_id)
             .join(Contact, Contact.id == Deal.contact_id)
             .where(live(Deal), live(Contact)).subquery())
    if session.get_bind().dialect.name == "sqlite":
        length = sa.func.julianday(stays.c.left) - sa.func.julianday(stays.c.entered)
    else:
        length = sa.extract("epoch", stays.c.left - stays.c.entered) / 86400.0
    stmt = (sa.select(stays.c.stage_id, sa.func.count(), sa.func.avg(length))
            .where(stays.c.left.is_not(None), stays.c.left >= start, stays.c.left < end)
            .group_by(stays.c.stage_id))
    found = {stage_id: (count, avg) for stage_id, count, avg in session.execute(stmt)}
    return [StageDays(s.name, found.get(s.id, (0, None))[0],
                      float(found[s.id][1]) if s.id in found else None)
            for s in deal_stages.stages(session=session) if s.is_open]


@dataclass(frozen=True)
class SourceConversion:
    source: str  # the source's value, or "unknown"
    created: int
    won: int
    lost: int

    @property
    def open(self) -> int:
        return self.created - self.won - self.lost

    @property
    def rate(self) -> float | None:
        """Won of those closed."""
        closed = self.won + self.lost
        return self.won / closed if closed else None


def conversion_by_source(*, session: Session, first: date, last: date) -> list[SourceConversion]:
    """Deals created from ``first`` to ``last``, per source: how many, won and lost."""
    start, end = _moments(first, last)
    source = sa.func.coalesce(Deal.source, "unknown")
    stmt = (sa.select(source, Deal.outcome, sa.func.count())
            .join(Contact, Contact.id == Deal.contact_id)
            .where(live(Deal), live(Contact), Deal.created_at >= start, Deal.created_at < end)
            .group_by(source, Deal.outcome))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, outcome, count in session.execute(stmt):
        counts[str(name)][str(outcome)] += count
    return sorted(
        (SourceConversion(name, sum(c.values()), c[DealOutcome.WON.value], c[DealOutcome.LOST.value])
         for name, c in counts.items()),
        key=lambda s: (-s.created, s.source))


@dataclass(frozen=True)
class PipelineFigures:
    """The pipeline's figures for one period (Reports, ``tuicrm report``)."""

    forecast: list[ForecastMonth]
    win_rate: WinRate
    days_in_stage: list[StageDays]
    by_source: list[SourceConversion]


def pipeline(*, session: Session, first: date, last: date, today: date) -> PipelineFigures:
    """Every pipeline figure, in the caller's one read snapshot; the forecast from ``today``."""
    return PipelineFigures(forecast(session=session, today=today),
                           win_rate(session=session, first=first, last=last),
                           days_in_stage(session=session, first=first, last=last),
                           conversion_by_source(session=session, first=first, last=last))
