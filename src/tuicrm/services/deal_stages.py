"""The pipeline's stages, and what the firm sets once for its deals.

The open stages are the firm's: it names, orders and removes them, and sets
each one's probability (what a deal in it is likely to bring in, unless the
deal says otherwise). The won and lost stages are always there, last, and can
be renamed only: a deal's outcome (``Deal.outcome``) is its stage's, so an
outcome never changes under a deal. A stage with deals in it cannot be
removed; a removed stage keeps its row for the history of the deals that went
through it.

``deals.stale_days`` (in ``app_meta``): a deal with no edit, move, contact
touch or next step done for that many days is stale (Today lists it, the board
marks it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.enums import DealOutcome
from tuicrm.errors import ValidationError
from tuicrm.models import Deal, DealStage
from tuicrm.services.common import is_sqlite, live
from tuicrm.services.deal_rows import (  # noqa: F401 - the stages API, kept here
    DEFAULT_STALE_DAYS,
    MAX_STALE_DAYS,
    STALE_DAYS_KEY,
    stale_days_from,
)
from tuicrm.services.meta import get_meta, set_meta
from tuicrm.textclean import clean_text

MAX_OPEN_STAGES = 12
_OUTCOME_ORDER = {DealOutcome.OPEN: 0, DealOutcome.WON: 1, DealOutcome.LOST: 2}


@dataclass(frozen=True)
class Stage:
    id: int
    name: str
    probability: int  # percent
    outcome: DealOutcome

    @property
    def is_open(self) -> bool:
        return self.outcome == DealOutcome.OPEN


@dataclass(frozen=True)
class StageEdit:
    """One stage as the stages form sends it: ``id`` None for a new open stage."""

    id: int | None
    name: str
    probability: int


def stages(*, session: Session) -> list[Stage]:
    """The live stages in board order: the open ones by position, then won, then lost."""
    rows = session.execute(sa.select(DealStage).where(live(DealStage))).scalars().all()
    rows = sorted(rows, key=lambda s: (_OUTCOME_ORDER[s.outcome], s.position, s.id))
    return [Stage(s.id or 0, s.name, s.probability, s.outcome) for s in rows]


def stage_names(*, session: Session) -> dict[int, str]:
    """Every stage's name, removed ones too (a deal's history may name them)."""
    return dict(session.execute(sa.select(DealStage.id, DealStage.name)).all())


def live_stage(session: Session, stage_id: int, field: str = "stage_id", *,
               lock: bool = False) -> DealStage:
    """The stage, or a refusal at ``field``. ``lock``: a deal is put in it, so on
    PostgreSQL its row is share-locked until the commit: removing the stage at
    the same time (which locks it to update) waits, then sees the deal."""
    if lock and not is_sqlite(session):  # SQLite's writes take turns anyway
        stage = session.execute(sa.select(DealStage).where(DealStage.id == stage_id)
                                .with_for_update(read=True)).scalar_one_or_none()
    else:
        stage = session.get(DealStage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise ValidationError({field: "no such stage"})
    return stage


def first_open_stage(session: Session) -> DealStage:
    stage = session.execute(
        sa.select(DealStage).where(live(DealStage), DealStage.outcome == DealOutcome.OPEN)
        .order_by(DealStage.position, DealStage.id).limit(1)).scalar_one_or_none()
    if stage is None:  # the form keeps one at least; a file edited by hand may not
        raise ValidationError({"stage_id": "the pipeline has no open stage: add one first"})
    return stage


def save_stages(*, session: Session, edits: Sequence[StageEdit],
                expected: Sequence[Stage] | None = None) -> list[Stage]:
    """Make the stages what the form says: the open ones in this order (new ones
    added, missing ones removed), the won and lost ones renamed or re-weighted.
    Refused whole, at the stage concerned, when a stage to remove still has deals.

    ``expected``: the stages as the form showed them. If someone changed them
    since, nothing is stored: the form would otherwise take their new stage away
    or undo their rename without a word."""
    query = sa.select(DealStage).where(live(DealStage))
    if not is_sqlite(session):  # a deal moved into a stage being removed waits (live_stage)
        query = query.with_for_update()
    current = {s.id: s for s in session.execute(query).scalars()}
    if expected is not None and sorted(expected, key=lambda s: s.id) != [
            Stage(s.id or 0, s.name, s.probability, s.outcome)
            for s in sorted(current.values(), key=lambda s: s.id or 0)]:
        raise ValidationError({"stages": "Someone changed the stages meanwhile; close this "
                                         "and open it again to see theirs."})
    problems: dict[str, str] = {}
    cleaned: list[tuple[StageEdit, str]] = []
    seen: set[str] = set()
    seen_ids: set[int | None] = set()
    for n, edit in enumerate(edits):
        name = clean_text(edit.name, multiline=False).strip()
        where = f"stage.{n}"
        if not name:
            problems[where] = "a stage needs a name"
        elif len(name) > 60:
            problems[where] = "at most 60 characters"
        elif name.casefold() in seen:
            problems[where] = f"there is already a stage called {name}"
        elif not 0 <= edit.probability <= 100:
            problems[where] = "a probability is from 0 to 100 %"
        elif edit.id is not None and edit.id not in current:
            problems[where] = "this stage was removed meanwhile"
        elif edit.id is not None and edit.id in seen_ids:
            problems[where] = "this stage is listed twice"
        seen.add(name.casefold())
        seen_ids.add(edit.id)
        cleaned.append((edit, name))
    kept_ids = {e.id for e in edits if e.id is not None}
    for stage in current.values():
        if stage.outcome != DealOutcome.OPEN and stage.id not in kept_ids:
            problems["stages"] = f"the {stage.outcome.value} stage is always there"
    open_count = sum(1 for e in edits if e.id is None
                     or (e.id in current and current[e.id].outcome == DealOutcome.OPEN))
    if open_count == 0:
        problems["stages"] = "keep one open stage at least"
    if open_count > MAX_OPEN_STAGES:
        problems["stages"] = f"at most {MAX_OPEN_STAGES} open stages"
    removed = [s for s in current.values() if s.id not in kept_ids]
    if removed and not problems:
        # every deal not deleted counts, its contact's too: undo would bring it back
        counts = dict(session.execute(
            sa.select(Deal.stage_id, sa.func.count()).where(
                Deal.stage_id.in_([s.id for s in removed]), live(Deal)).group_by(Deal.stage_id)
        ).all())
        for stage in removed:
            if counts.get(stage.id):
                n = counts[stage.id]
                problems["stages"] = (f"{stage.name} still has {n} deal{'s' if n != 1 else ''}: "
                                      "move them to another stage first")
    if problems:
        raise ValidationError(problems)
    now = dates.utcnow()
    for stage in removed:
        stage.deleted_at = now
    position = 0
    for edit, name in cleaned:
        position += 1
        stage = current.get(edit.id) if edit.id is not None else None
        if stage is None:
            stage = DealStage(outcome=DealOutcome.OPEN)
            session.add(stage)
        stage.name, stage.probability, stage.position = name, edit.probability, position
    session.flush()
    return stages(session=session)


def stale_days(*, session: Session) -> int:
    return stale_days_from(get_meta(session=session, key=STALE_DAYS_KEY))


def set_stale_days(*, session: Session, days: int) -> None:
    if not 1 <= days <= MAX_STALE_DAYS:
        raise ValidationError({"stale_days": f"from 1 to {MAX_STALE_DAYS} days"})
    set_meta(session=session, key=STALE_DAYS_KEY, value=str(days))
