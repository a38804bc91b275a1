"""Satisfaction metrics: NPS and CSAT from the responses recorded in a period.

A response belongs to the period when it was given (``responded_at``) on one
of the period's local days. Deleted responses, and in figures over everyone
the responses of deleted contacts, are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.enums import SurveyKind
from tuicrm.models import Contact, SatisfactionResponse
from tuicrm.services.common import live
from tuicrm.services.metrics import period_bounds, round_ratio

__all__ = ["Csat", "Nps", "csat", "nps"]

_Response = SatisfactionResponse


@dataclass(frozen=True)
class Nps:
    responses: int
    promoters: int  # scored 9 or 10
    passives: int  # scored 7 or 8
    detractors: int  # scored 0 to 6
    score: int | None  # -100 to 100; None without responses


@dataclass(frozen=True)
class Csat:
    responses: int
    satisfied: int  # answered 4 or 5
    score: int | None  # percent satisfied, 0 to 100; None without responses
    mean: float | None  # the average answer (1 to 5), for reference, to 2 decimals


def nps(
    *, session: Session, period_start: date, period_end: date, contact_id: int | None = None,
) -> Nps:
    """Net Promoter Score of the NPS responses (0-10) given in the period.

    Definition: the percentage of promoters (9 or 10) minus the percentage of
    detractors (0 to 6), of all NPS responses; passives (7, 8) count only in
    the total. A whole number from -100 to 100, rounded to the nearest (halves
    away from zero). None when there are no responses.
    """
    count, promoters, detractors, _ = _tally(
        session, SurveyKind.NPS, period_start, period_end, contact_id,
        high=_Response.score >= 9, low=_Response.score <= 6)
    score = round_ratio(100 * (promoters - detractors), count) if count else None
    return Nps(responses=count, promoters=promoters, passives=count - promoters - detractors,
               detractors=detractors, score=score)


def csat(
    *, session: Session, period_start: date, period_end: date, contact_id: int | None = None,
) -> Csat:
    """Customer satisfaction of the CSAT responses (1-5) given in the period.

    Definition: the **percentage of satisfied answers**, 4 or 5, of all CSAT
    responses, a whole number 0 to 100 rounded to the nearest (halves up).
    The mean answer is given beside it for reference, not as the score.
    None when there are no responses.
    """
    count, satisfied, _, total = _tally(
        session, SurveyKind.CSAT, period_start, period_end, contact_id,
        high=_Response.score >= 4, low=sa.false())
    return Csat(responses=count, satisfied=satisfied,
                score=round_ratio(100 * satisfied, count) if count else None,
                mean=round(total / count, 2) if count else None)


def _tally(
    session: Session, kind: SurveyKind, period_start: date, period_end: date,
    contact_id: int | None, *, high: sa.ColumnElement[bool], low: sa.ColumnElement[bool],
) -> tuple[int, int, int, int]:
    """(responses, how many are ``high``, how many ``low``, sum of scores): one query."""
    start, end = period_bounds(period_start, period_end)

    def how_many(condition: sa.ColumnElement[bool]) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    stmt = (
        sa.select(sa.func.count(), how_many(high), how_many(low),
                  sa.func.coalesce(sa.func.sum(_Response.score), 0))
        .select_from(_Response).join(Contact, Contact.id == _Response.contact_id)
        .where(live(_Response), live(Contact), _Response.kind == kind,
               _Response.responded_at >= start, _Response.responded_at < end)
    )
    if contact_id is not None:
        stmt = stmt.where(_Response.contact_id == contact_id)
    row = session.execute(stmt).one()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])
