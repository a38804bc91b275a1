"""A deal as lists show it, from a row of the deal columns: SQLAlchemy-free, so
the quick path (Today's stale deals) reads deals by the same code as the board.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tuicrm.enums import AcquisitionSource, DealOutcome

STALE_DAYS_KEY = "deals.stale_days"
DEFAULT_STALE_DAYS = 14
MAX_STALE_DAYS = 365


@dataclass(frozen=True)
class DealRow:
    """A deal as the board, the list, a contact's pane and ``tuicrm deals`` show it."""

    id: int
    version: int
    title: str
    contact_id: int
    contact: str
    stage_id: int
    stage: str
    outcome: DealOutcome
    value_minor: int
    currency: str
    probability: int  # the deal's own, else its stage's
    expected_close: date | None
    owner: str | None  # initials
    source: AcquisitionSource | None
    next_step_due: date | None
    next_step: str
    last_activity: datetime | None
    stale: bool

    @property
    def weighted_minor(self) -> int:
        return weighted(self.value_minor, self.probability)


def weighted(value_minor: int, probability: int) -> int:
    """A value times a chance in percent, to the minor unit (halves up)."""
    return (value_minor * probability + 50) // 100


def stale_days_from(stored: str | None) -> int:
    """The days after which an open deal is stale, from its app_meta text."""
    try:
        days = int(stored) if stored is not None else DEFAULT_STALE_DAYS
    except ValueError:  # edited by hand: the default stands
        return DEFAULT_STALE_DAYS
    return days if 1 <= days <= MAX_STALE_DAYS else DEFAULT_STALE_DAYS


def stale_clock(now: datetime, stale_days: int) -> tuple[datetime, datetime]:
    """Now, and the moment before which a deal with nothing done is stale."""
    return now, now - timedelta(days=stale_days)


def last_activity(*moments: datetime | None) -> datetime | None:
    known = [m for m in moments if m is not None]
    return max(known) if known else None


def row_of(r: Any, clock: tuple[datetime, datetime]) -> DealRow:
    now, cutoff = clock
    open_step = r.next_due is not None and r.next_done is None
    happened = r.contact_planned if r.contact_planned is not None and \
        r.contact_planned <= now else None
    last = last_activity(r.touched_at or r.created_at, r.contact_touch, r.next_done, happened)
    stale = r.outcome == DealOutcome.OPEN and (last is None or last < cutoff)
    return DealRow(r.id, r.version, r.title, r.contact_id, r.contact, r.stage_id, r.stage,
                   DealOutcome(r.outcome), r.value_minor, r.currency, int(r.probability),
                   r.expected_close, r.owner, r.source,
                   r.next_due if open_step else None, r.next_note if open_step else "",
                   last, stale)


