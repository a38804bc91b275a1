"""An explainable health score for a relationship: 0 to 100, with its reasons.

The score is the sum of four factors' points, and each factor comes with the
sentence that explains its points, so a low score always says why:

============  ======  =====================================================
factor        points  full points when ...
============  ======  =====================================================
Last touch    30      the next stay-in-touch day (see ``services.cadence``)
                      has not passed; 0 once a whole cadence late
Follow-ups    20      no open follow-up is due before today; 10 off each
Renewal       30      no active contract without a renewal is within 60
                      days of its cancel-by date; 0 once that date passed
Satisfaction  20      the latest response is the top score (NPS 10, CSAT 5);
                      in proportion below it; 10 (neutral) without one
============  ======  =====================================================

A factor with nothing to judge (no cadence, no contract with an end date)
gets its full points: nothing is wrong there. Four grouped queries, however
many contacts are scored.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm import dates
from tuicrm.enums import SURVEY_RANGES, ContractStatus, SurveyKind
from tuicrm.errors import NotFoundError
from tuicrm.models import Contact, Contract, FollowUp, SatisfactionResponse
from tuicrm.money import round_ratio
from tuicrm.services.cadence import cadence_defaults, cadence_expr
from tuicrm.services.common import aware, live
from tuicrm.services.contracts import cancel_by_expr
from tuicrm.services.touch_clock import last_touch_expr

__all__ = ["Health", "HealthFactor", "health_score", "health_scores"]

TOUCH_POINTS, FOLLOWUP_POINTS, RENEWAL_POINTS, SATISFACTION_POINTS = 30, 20, 30, 20
FOLLOWUP_PENALTY = 10
RENEWAL_WINDOW_DAYS = 60


@dataclass(frozen=True)
class HealthFactor:
    factor: str  # "Last touch", "Follow-ups", "Renewal", "Satisfaction"
    points: int
    max_points: int
    explanation: str


@dataclass(frozen=True)
class Health:
    contact_id: int
    score: int  # 0 to 100: the factors' points added up
    factors: list[HealthFactor]


def health_score(*, session: Session, contact_id: int, today: date) -> Health:
    """The health of one relationship on ``today`` (see the module's table)."""
    found = health_scores(session=session, contact_ids=[contact_id], today=today)
    if contact_id not in found:
        raise NotFoundError("Contact", contact_id)
    return found[contact_id]


def health_scores(
    *, session: Session, contact_ids: Collection[int], today: date,
) -> dict[int, Health]:
    """The health of each given live contact on ``today``, in four queries."""
    wanted = sorted(set(contact_ids))
    if not wanted:
        return {}
    touches = _touches(session, wanted, today)
    overdue = {r.contact_id: r for r in session.execute(
        sa.select(FollowUp.contact_id, sa.func.count().label("count"),
                  sa.func.min(FollowUp.due_date).label("oldest"))
        .where(FollowUp.contact_id.in_(wanted), live(FollowUp), FollowUp.done_at.is_(None),
               FollowUp.due_date < today).group_by(FollowUp.contact_id))}
    renewals = _first_cancel_by(session, wanted)
    latest = _latest_responses(session, wanted)
    result = {}
    for contact_id, touch in touches.items():
        factors = [_touch_factor(touch, today), _followup_factor(overdue.get(contact_id), today),
                   _renewal_factor(renewals.get(contact_id), today),
                   _satisfaction_factor(latest.get(contact_id))]
        result[contact_id] = Health(contact_id, sum(f.points for f in factors), factors)
    return result


# --- the queries -------------------------------------------------------------


def _touches(session: Session, wanted: list[int], today: date) -> dict[int, Any]:
    """Each live contact's last touch up to the end of ``today``, cadence and when it was added."""
    end_of_today = dates.day_bounds_utc(today)[1]
    rows = session.execute(
        sa.select(Contact.id, Contact.created_at,
                  last_touch_expr(session, end_of_today).label("last_touch"),
                  cadence_expr(cadence_defaults(session=session)).label("cadence"))
        .where(Contact.id.in_(wanted), live(Contact))
    ).all()
    return {r.id: r for r in rows}


def _first_cancel_by(session: Session, wanted: list[int]) -> dict[int, Any]:
    """Each contact's active, not yet renewed contract with the earliest cancel-by date."""
    follow_on = aliased(Contract, name="follow_on")
    cancel_by = cancel_by_expr(session)
    ranked = (
        sa.select(Contract.contact_id, Contract.title, cancel_by.label("cancel_by"),
                  sa.func.row_number().over(partition_by=Contract.contact_id,
                                            order_by=(cancel_by, Contract.id)).label("place"))
        .where(Contract.contact_id.in_(wanted), live(Contract),
               Contract.status == ContractStatus.ACTIVE, Contract.end_date.is_not(None),
               ~sa.exists().where(follow_on.renews_id == Contract.id, live(follow_on)))
        .subquery()
    )
    rows = session.execute(sa.select(ranked).where(ranked.c.place == 1)).all()
    return {r.contact_id: r for r in rows}


def _latest_responses(session: Session, wanted: list[int]) -> dict[int, Any]:
    r = SatisfactionResponse
    ranked = (
        sa.select(r.contact_id, r.kind, r.score, r.responded_at,
                  sa.func.row_number().over(partition_by=r.contact_id,
                                            order_by=(r.responded_at.desc(), r.id.desc()))
                  .label("place"))
        .where(r.contact_id.in_(wanted), live(r)).subquery()
    )
    rows = session.execute(sa.select(ranked).where(ranked.c.place == 1)).all()
    return {row.contact_id: row for row in rows}


# --- the factors -------------------------------------------------------------


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _touch_factor(row: Any, today: date) -> HealthFactor:
    name, full = "Last touch", TOUCH_POINTS
    if row.cadence is None:
        return HealthFactor(name, full, full, "no stay-in-touch cadence to keep")
    cadence = int(row.cadence)
    touched = aware(row.last_touch) if row.last_touch is not None else None
    since = dates.to_local(touched or aware(row.created_at)).date()
    due = dates.add_days(since, cadence)
    days_ago = "today" if since == today else f"{_days((today - since).days)} ago"
    ago = f"last touch {days_ago}" if touched else f"never touched; added {days_ago}"
    late = (today - due).days
    if late <= 0:
        ahead = "due today" if late == 0 else f"next due in {_days(-late)}"
        return HealthFactor(name, full, full, f"{ago}, every {_days(cadence)}: {ahead}")
    points = round_ratio(full * max(0, cadence - late), cadence)
    return HealthFactor(name, points, full,
                        f"{ago}, every {_days(cadence)}: {_days(late)} late")


def _followup_factor(row: Any, today: date) -> HealthFactor:
    name, full = "Follow-ups", FOLLOWUP_POINTS
    if row is None:
        return HealthFactor(name, full, full, "no follow-up overdue")
    count, oldest = int(row.count), _as_date(row.oldest)
    what = "1 follow-up overdue" if count == 1 else f"{count} follow-ups overdue"
    return HealthFactor(name, max(0, full - FOLLOWUP_PENALTY * count), full,
                        f"{what}, the oldest by {_days((today - oldest).days)}")


def _renewal_factor(row: Any, today: date) -> HealthFactor:
    name, full = "Renewal", RENEWAL_POINTS
    if row is None:
        return HealthFactor(name, full, full, "no active contract waiting on a renewal")
    left = (_as_date(row.cancel_by) - today).days
    title = f"“{row.title}”"
    if left < 0:
        return HealthFactor(name, 0, full, f"cancel-by date of {title} passed "
                            f"{_days(-left)} ago and no renewal is recorded")
    points = full if left >= RENEWAL_WINDOW_DAYS else round_ratio(full * left,
                                                                  RENEWAL_WINDOW_DAYS)
    when = "today" if left == 0 else f"in {_days(left)}"
    return HealthFactor(name, points, full,
                        f"cancel-by date of {title} is {when}; no renewal recorded yet")


def _satisfaction_factor(row: Any) -> HealthFactor:
    name, full = "Satisfaction", SATISFACTION_POINTS
    if row is None:
        return HealthFactor(name, full // 2, full, "no satisfaction response yet (neutral)")
    kind, score = SurveyKind(row.kind), int(row.score)
    low, high = SURVEY_RANGES[kind]
    points = round_ratio(full * (score - low), high - low)
    on = dates.format_date(dates.to_local(aware(row.responded_at)).date())
    return HealthFactor(name, points, full,
                        f"latest {kind.value.upper()} {score} of {high} on {on}")


def _as_date(value: Any) -> date:
    """Dates computed in SQL come back as ISO text on SQLite."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))
