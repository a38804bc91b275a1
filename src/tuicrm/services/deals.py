"""Deals: what might come in, from whom, how likely, and when.

A deal sits in one stage (:mod:`~tuicrm.services.deal_stages`). It moves only
through :func:`move_deal`, which keeps every move in ``deal_stage_change``
(who, when, through what): the stage history, and what the figures' days in
each stage come from. A deal's own fields go through :func:`update_deal` (and
the field history, like every record's).

Losing a deal needs a reason. Winning one may make the contract or sale it
became; :func:`link_outcome` ties them together.

A deal's next step is a follow-up of its contact (``next_step_id``): it is on
Today and the calendar like any follow-up. A deal is *stale* when nothing has
happened to it for the firm's number of days: no edit or move of the deal, no
touch of its contact (an interaction, a meeting ...), and no next step done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm import dates
from tuicrm.enums import DealOutcome
from tuicrm.errors import ValidationError
from tuicrm.models import (
    Contact,
    Contract,
    Deal,
    DealBase,
    DealCreate,
    DealStage,
    DealStageChange,
    FollowUp,
    Sale,
    TeamMember,
)
from tuicrm.services import deal_stages, followups
from tuicrm.services.common import (
    Cursor,
    Page,
    SortKey,
    check_version,
    get_row,
    keyset_page,
    live,
    require_live_contact,
    require_member,
    restore,
    soft_delete,
    validate,
)
from tuicrm.services.deal_rows import (  # noqa: F401 - the deals API, kept here
    DealRow,
    last_activity,
    stale_clock,
    weighted,
)
from tuicrm.services.deal_rows import row_of as _row
from tuicrm.services.edits import update_row
from tuicrm.services.history import VIA

#: Won and lost deals stay on the board this many days after they closed.
CLOSED_SHOWN_DAYS = 90

#: The chance a deal counts with: its own, else its stage's (percent).
probability_expr = sa.func.coalesce(Deal.probability, DealStage.probability)
#: A deal's value times its chance, in hundredths of the minor unit: exact, and
#: wide enough on PostgreSQL for the largest value at 100 % (bigint is not).
weighted_hundredths = sa.cast(
    Deal.value_minor, sa.BigInteger().with_variant(sa.Numeric(30, 0), "postgresql")
) * probability_expr
_NEXT = aliased(FollowUp, name="next_step")


# --- writing ---------------------------------------------------------------------


def create_deal(*, session: Session, data: DealCreate | Mapping[str, Any],
                at: datetime | None = None, closed_at: datetime | None = None) -> Deal:
    """A new deal in the stage it names (else the first open one); its first
    stage is the first row of its history. ``at``: when it began (an import's
    date), else now; ``closed_at``: when a deal created won or lost was closed
    (an import's won or lost time), else when it began."""
    values: DealCreate = validate(DealCreate, data)
    _check(session, values, None)
    stage = (deal_stages.live_stage(session, values.stage_id, lock=True)
             if values.stage_id is not None else deal_stages.first_open_stage(session))
    if stage.outcome == DealOutcome.LOST and not values.lost_reason:
        raise ValidationError({"lost_reason": "say why the deal was lost"})
    when = at or dates.utcnow()
    entered = max(closed_at, when) if closed_at and stage.outcome != DealOutcome.OPEN else when
    deal = Deal(**values.model_dump(exclude={"stage_id", "lost_reason"}))
    deal.stage_id = stage.id or 0
    deal.outcome = stage.outcome
    deal.lost_reason = values.lost_reason if stage.outcome == DealOutcome.LOST else ""
    deal.stage_entered_at = deal.touched_at = entered
    deal.closed_at = entered if stage.outcome != DealOutcome.OPEN else None
    if at is not None:
        deal.created_at = at
    session.add(deal)
    session.flush()
    _record_move(session, deal, None, entered)
    return deal


def update_deal(*, session: Session, deal_id: int, changes: Mapping[str, Any],
                expected_version: int | None, base: Mapping[str, Any] | None = None) -> Deal:
    """Change the deal's own fields (reconciled with any newer version); a save that
    changes nothing changes nothing, so it neither wakes a stale deal nor bumps it."""
    def check(values: DealBase, existing: Deal | None) -> None:
        _check(session, values, existing)
        if existing is not None and any(getattr(values, f) != getattr(existing, f)
                                        for f in DealBase.model_fields):
            existing.touched_at = dates.utcnow()

    return update_row(session, Deal, DealBase, deal_id, changes, expected_version, check=check,
                      base=base)


def move_deal(*, session: Session, deal_id: int, stage_id: int, lost_reason: str = "",
              expected_version: int | None = None) -> Deal:
    """Put the deal in another stage, and keep the move. Losing needs a reason;
    leaving won or lost opens the deal again."""
    deal = get_row(session, Deal, deal_id)
    check_version(session, deal, expected_version)
    stage = deal_stages.live_stage(session, stage_id, lock=True)
    if stage.id == deal.stage_id:
        return deal
    reason = " ".join(lost_reason.split())[:500]
    if stage.outcome == DealOutcome.LOST and not reason:
        raise ValidationError({"lost_reason": "say why the deal was lost"})
    now = dates.utcnow()
    previous = deal.stage_id
    deal.stage_id = stage.id or 0
    deal.outcome = stage.outcome
    deal.lost_reason = reason if stage.outcome == DealOutcome.LOST else ""
    deal.stage_entered_at = deal.touched_at = now
    deal.closed_at = now if stage.outcome != DealOutcome.OPEN else None
    session.flush()
    _record_move(session, deal, previous, now)
    return deal


def _record_move(session: Session, deal: Deal, previous: int | None, when: datetime) -> None:
    session.add(DealStageChange(
        deal_id=deal.id, stage_id=deal.stage_id, from_stage_id=previous, changed_at=when,
        changed_by_id=session.info.get("actor_id"), via=str(session.info.get(VIA, "app"))[:20]))
    session.flush()


def neighbour_stage(*, session: Session, deal_id: int, step: int) -> deal_stages.Stage | None:
    """The stage before (``step`` -1) or after (+1) the deal's on the board, if any.
    Won and lost are both ends of the open stages: before either is the last open
    stage (a lost deal taken back is open again, never won), after won is lost,
    and nothing is after lost."""
    deal = get_row(session, Deal, deal_id)
    order = deal_stages.stages(session=session)
    open_stages = [s for s in order if s.is_open]
    current = next((s for s in order if s.id == deal.stage_id), None)
    if current is None:  # its stage was removed under it: the first open one
        return open_stages[0] if open_stages else None
    if current.outcome == DealOutcome.LOST:
        return open_stages[-1] if step < 0 and open_stages else None
    if current.outcome == DealOutcome.WON and step < 0:
        return open_stages[-1] if open_stages else None
    ids = [s.id for s in order]
    at = ids.index(deal.stage_id) + step
    return order[at] if 0 <= at < len(order) else None


def next_step_of(session: Session, deal: Deal) -> FollowUp | None:
    """The deal's next step while it is open (not done, not deleted)."""
    step = session.get(FollowUp, deal.next_step_id) if deal.next_step_id else None
    if step is not None and (step.done_at is not None or step.deleted_at is not None):
        return None  # done: a new next step is a new follow-up
    return step


def set_next_step(*, session: Session, deal_id: int, due: date | None, note: str,
                  base: tuple[date | None, str] | None = None) -> None:
    """The deal's next step is a follow-up of its contact due on ``due``; no day
    and no note: the deal has none (an open one is deleted).

    ``base``: the next step (day, note) as the form showed it. Unchanged from it,
    the stored one is left as it is (someone may have snoozed it meanwhile);
    changed while the stored one changed too, the save is refused at the field."""
    deal = get_row(session, Deal, deal_id)
    note = " ".join(note.split())
    step = next_step_of(session, deal)
    if step is not None and step.contact_id != deal.contact_id:  # the deal changed hands
        followups.update_followup(session=session, followup_id=step.id or 0,
                                  changes={"contact_id": deal.contact_id}, expected_version=None)
    if base is not None:
        stored = (step.due_date, step.note) if step is not None else (None, "")
        if (due, note) == (base[0], " ".join(base[1].split())):
            return
        if stored != (base[0], base[1]):
            shown = f"{stored[0]:%d %b %Y}: {stored[1]}" if stored[0] else "none"
            raise ValidationError({"next_step_due": (
                f"Someone changed the next step meanwhile (now {shown}); open the deal "
                "again to change it.")})
    if due is None:
        if note:
            raise ValidationError({"next_step_due": "a next step needs a day"})
        if step is not None:
            step.deleted_at = dates.utcnow()
        deal.next_step_id = None
        session.flush()
        return
    text = note or f"Next step: {deal.title}"
    if step is None:
        step = followups.create_followup(session=session, data={
            "contact_id": deal.contact_id, "due_date": due, "note": text[:500],
            "owner_id": deal.owner_id})
        deal.next_step_id = step.id
    elif (step.due_date, step.note) != (due, text[:500]):
        followups.update_followup(session=session, followup_id=step.id or 0,
                                  changes={"due_date": due, "note": text[:500]},
                                  expected_version=None)
    else:
        return
    deal.touched_at = dates.utcnow()
    session.flush()


def link_outcome(*, session: Session, deal_id: int, contract_id: int | None = None,
                 sale_id: int | None = None) -> Deal:
    """Tie a won deal to the contract or sale it became."""
    deal = get_row(session, Deal, deal_id)
    if contract_id is not None:
        get_row(session, Contract, contract_id)
        deal.contract_id = contract_id
    if sale_id is not None:
        get_row(session, Sale, sale_id)
        deal.sale_id = sale_id
    session.flush()
    return deal


def delete_deal(*, session: Session, deal_id: int, expected_version: int | None = None) -> Deal:
    deal = soft_delete(session, Deal, deal_id, expected_version)
    session.flush()
    return deal


def restore_deal(*, session: Session, deal_id: int) -> Deal:
    """Undo a delete. A deal whose stage was removed meanwhile comes back in the
    first open stage (a move, kept in its history); one whose contact was deleted
    meanwhile does not come back."""
    deal = restore(session, Deal, deal_id)
    require_live_contact(session, deal.contact_id, "deal")
    stage = session.get(DealStage, deal.stage_id)
    if stage is None or stage.deleted_at is not None:
        session.flush()
        return move_deal(session=session, deal_id=deal_id,
                         stage_id=deal_stages.first_open_stage(session).id or 0)
    session.flush()
    return deal


def _check(session: Session, values: DealBase, _existing: Deal | None) -> None:
    require_live_contact(session, values.contact_id)
    require_member(session, values.owner_id)


# --- reading -----------------------------------------------------------------------


def stale_cutoff(session: Session, now: datetime | None = None) -> datetime:
    return stale_clock(now or dates.utcnow(), deal_stages.stale_days(session=session))[1]


def _clock(session: Session, now: datetime | None) -> tuple[datetime, datetime]:
    """Now, and the moment before which a deal with nothing done is stale."""
    moment = now or dates.utcnow()
    return moment, stale_cutoff(session, moment)


def deal_columns() -> list[Any]:
    return [Deal.id, Deal.version, Deal.title, Deal.contact_id, Contact.name.label("contact"),
            Deal.stage_id, DealStage.name.label("stage"), Deal.outcome, Deal.value_minor,
            Deal.currency, probability_expr.label("probability"), Deal.expected_close,
            TeamMember.initials.label("owner"), Deal.source,
            _NEXT.due_date.label("next_due"), _NEXT.note.label("next_note"),
            _NEXT.done_at.label("next_done"), Deal.touched_at, Deal.created_at,
            Contact.last_touch_at.label("contact_touch"),
            Contact.next_touch_at.label("contact_planned")]


def deal_rows_from(stmt: sa.Select[Any]) -> sa.Select[Any]:
    return (stmt.join(Contact, Contact.id == Deal.contact_id)
            .join(DealStage, DealStage.id == Deal.stage_id)
            .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
            .outerjoin(_NEXT, sa.and_(_NEXT.id == Deal.next_step_id, _NEXT.deleted_at.is_(None))))


def stale_condition(cutoff: Any, now: Any) -> sa.ColumnElement[bool]:
    """Open deals with nothing done since ``cutoff`` (see the module's docstring).
    The contact's touches are its kept last touch, and a planned one (a meeting)
    that has happened since the clock was kept (``touch_clock``)."""
    return sa.and_(
        Deal.outcome == DealOutcome.OPEN,
        Deal.touched_at < cutoff,  # set on every write (an import's deal: its own date)
        sa.or_(Contact.last_touch_at.is_(None), Contact.last_touch_at < cutoff),
        sa.or_(Contact.next_touch_at.is_(None), Contact.next_touch_at < cutoff,
               Contact.next_touch_at > now),
        sa.or_(_NEXT.done_at.is_(None), _NEXT.done_at < cutoff),
    )


#: How the list view sorts: name -> (key columns, descending).
SORTS: dict[str, tuple[tuple[Any, ...], bool]] = {
    "close": ((sa.func.coalesce(Deal.expected_close, date(9999, 12, 31)), Deal.id), False),
    "value": ((Deal.value_minor, Deal.id), True),
    "newest": ((Deal.id,), True),
    "title": ((Deal.title, Deal.id), False),
}


@dataclass(frozen=True)
class DealFilter:
    """Which deals a list shows: ``which`` is "open", "won", "lost", "all",
    "stale", or a stage's id as text."""

    which: str = "open"
    owner_id: int | None = None
    contact_id: int | None = None


def _filtered(session: Session, stmt: sa.Select[Any], wanted: DealFilter,
              now: datetime | None) -> sa.Select[Any]:
    stmt = stmt.where(live(Deal), live(Contact))
    which = wanted.which
    if which in ("open", "won", "lost"):
        stmt = stmt.where(Deal.outcome == DealOutcome(which))
    elif which == "stale":
        moment, cutoff = _clock(session, now)
        stmt = stmt.where(stale_condition(cutoff, moment))
    elif which.isdigit():
        stmt = stmt.where(Deal.stage_id == int(which))
    if wanted.owner_id is not None:
        stmt = stmt.where(Deal.owner_id == wanted.owner_id)
    if wanted.contact_id is not None:
        stmt = stmt.where(Deal.contact_id == wanted.contact_id)
    return stmt


def list_deals(*, session: Session, wanted: DealFilter = DealFilter(), sort: str = "close",
               after: Cursor | None = None, limit: int = 50,
               now: datetime | None = None) -> Page[DealRow]:
    columns, descending = SORTS.get(sort, SORTS["close"])
    key = SortKey(list(columns), descending=descending)
    stmt = _filtered(session, deal_rows_from(sa.select(*deal_columns(), *[
        c.label(f"sort_{n}") for n, c in enumerate(columns)]).select_from(Deal)), wanted, now)
    clock = _clock(session, now)
    return keyset_page(session, stmt, key, after=after, limit=limit,
                       row_factory=lambda r: _row(r, clock),
                       cursor_of=lambda r: tuple(getattr(r, f"sort_{n}")
                                                 for n in range(len(columns))))


def count_deals(*, session: Session, wanted: DealFilter = DealFilter(),
                now: datetime | None = None) -> int:
    stmt = _filtered(session, sa.select(sa.func.count()).select_from(Deal)
                     .join(Contact, Contact.id == Deal.contact_id)
                     .outerjoin(_NEXT, sa.and_(_NEXT.id == Deal.next_step_id,
                                               _NEXT.deleted_at.is_(None))), wanted, now)
    return session.execute(stmt).scalar_one()


def deal_row(*, session: Session, deal_id: int, now: datetime | None = None) -> DealRow:
    stmt = deal_rows_from(sa.select(*deal_columns()).select_from(Deal)).where(Deal.id == deal_id)
    r = session.execute(stmt).one_or_none()
    if r is None:
        get_row(session, Deal, deal_id)  # raises "not found"
    return _row(r, _clock(session, now))


# --- the board ---------------------------------------------------------------------


@dataclass(frozen=True)
class StageColumn:
    """One column of the board: its stage, how many deals and what they are worth
    per currency (``weighted``: each deal's value times its chance), and its
    first deals."""

    stage: deal_stages.Stage
    count: int
    totals: dict[str, int]
    weighted: dict[str, int]
    deals: list[DealRow]

    @property
    def more(self) -> int:
        return self.count - len(self.deals)


def board(*, session: Session, per_column: int = 100, now: datetime | None = None,
          owner_id: int | None = None) -> list[StageColumn]:
    """Every live stage with its deals: the open stages' in order of expected
    close (undated first, to be dated), won and lost ones of the last
    :data:`CLOSED_SHOWN_DAYS` days, the latest first."""
    moment = now or dates.utcnow()
    since = moment - timedelta(days=CLOSED_SHOWN_DAYS)
    shown = [live(Deal), live(Contact),
             sa.or_(Deal.outcome == DealOutcome.OPEN, Deal.closed_at >= since)]
    if owner_id is not None:
        shown.append(Deal.owner_id == owner_id)
    sums: dict[int, dict[str, tuple[int, int, int]]] = {}
    for stage_id, currency, count, total, weighted_sum in session.execute(
            _totals(owner_id, since)):
        sums.setdefault(stage_id, {})[currency] = (count, int(total or 0), int(weighted_sum or 0))
    clock = _clock(session, moment)
    columns = []
    for stage in deal_stages.stages(session=session):
        # undated first on both databases (PostgreSQL sorts NULL last unless told)
        order: list[Any] = ([Deal.expected_close.asc().nulls_first(), Deal.id] if stage.is_open
                            else [Deal.closed_at.desc(), Deal.id.desc()])
        where = ([Deal.stage_id == stage.id] if stage.is_open
                 else [Deal.outcome == stage.outcome, Deal.stage_id == stage.id])
        stmt = (deal_rows_from(sa.select(*deal_columns()).select_from(Deal))
                .where(*shown, *where).order_by(*order).limit(per_column))
        rows = [_row(r, clock) for r in session.execute(stmt)]
        per_currency = sums.get(stage.id, {})
        columns.append(StageColumn(
            stage, sum(c for c, _t, _w in per_currency.values()),
            {cur: t for cur, (_c, t, _w) in sorted(per_currency.items())},
            {cur: (w + 50) // 100 for cur, (_c, _t, w) in sorted(per_currency.items())},
            rows))
    return columns


def _totals(owner_id: int | None, since: datetime) -> sa.CompoundSelect:
    """Each stage's count, total and weighted total per currency: the open stages'
    from ``ix_deal_open_sums`` alone, the won and lost ones' (closed since
    ``since``) along ``ix_deal_figures``; one scan of everything took 80 ms at 50k."""
    def sums(*where: Any) -> sa.Select[Any]:
        stmt = (sa.select(Deal.stage_id, Deal.currency, sa.func.count(),
                          sa.func.sum(Deal.value_minor),
                          sa.func.sum(weighted_hundredths))
                .join(Contact, Contact.id == Deal.contact_id)
                .join(DealStage, DealStage.id == Deal.stage_id)
                .where(live(Deal), live(Contact), *where)
                .group_by(Deal.stage_id, Deal.currency))
        return stmt.where(Deal.owner_id == owner_id) if owner_id is not None else stmt

    return sa.union_all(
        sums(Deal.outcome == DealOutcome.OPEN),
        sums(Deal.outcome.in_([DealOutcome.WON, DealOutcome.LOST]), Deal.closed_at >= since))


# --- one deal ----------------------------------------------------------------------


@dataclass(frozen=True)
class StageMove:
    stage: str
    from_stage: str | None
    at: datetime
    by: str | None
    via: str
    days: float | None  # how long it stayed (None: still there)


@dataclass(frozen=True)
class DealDetail:
    """One deal with what its page shows around it."""

    row: DealRow
    owner_id: int | None
    owner_name: str | None
    notes: str
    lost_reason: str
    closed_at: datetime | None
    created_at: datetime | None
    contract_id: int | None
    contract: str | None
    sale_id: int | None
    moves: list[StageMove]  # oldest first


def deal_detail(*, session: Session, deal_id: int, now: datetime | None = None) -> DealDetail:
    row = deal_row(session=session, deal_id=deal_id, now=now)
    deal = get_row(session, Deal, deal_id)
    owner = session.get(TeamMember, deal.owner_id) if deal.owner_id else None
    contract = session.get(Contract, deal.contract_id) if deal.contract_id else None
    return DealDetail(row, deal.owner_id, owner.name if owner else None, deal.notes,
                      deal.lost_reason, deal.closed_at, deal.created_at, deal.contract_id,
                      contract.title if contract is not None and contract.deleted_at is None
                      else None, deal.sale_id, stage_history(session=session, deal_id=deal_id,
                                                             now=now))


def stage_history(*, session: Session, deal_id: int,
                  now: datetime | None = None) -> list[StageMove]:
    """Every stage the deal entered, oldest first, with who moved it and how long it stayed."""
    names = deal_stages.stage_names(session=session)
    rows = session.execute(
        sa.select(DealStageChange, TeamMember.name).outerjoin(
            TeamMember, TeamMember.id == DealStageChange.changed_by_id)
        .where(DealStageChange.deal_id == deal_id).order_by(DealStageChange.id)).all()
    moves = []
    for n, (change, by) in enumerate(rows):
        following = rows[n + 1][0].changed_at if n + 1 < len(rows) else None
        days = ((following - change.changed_at).total_seconds() / 86400
                if following is not None else None)
        moves.append(StageMove(names.get(change.stage_id, "?"),
                               names.get(change.from_stage_id) if change.from_stage_id else None,
                               change.changed_at, by, change.via, days))
    return moves


def deals_of(*, session: Session, contact_id: int, limit: int = 50,
             now: datetime | None = None) -> list[DealRow]:
    """A contact's deals, open ones first."""
    clock = _clock(session, now)
    stmt = (deal_rows_from(sa.select(*deal_columns()).select_from(Deal))
            .where(live(Deal), Deal.contact_id == contact_id)
            .order_by(sa.case((Deal.outcome == DealOutcome.OPEN, 0), else_=1), Deal.id.desc())
            .limit(limit))
    return [_row(r, clock) for r in session.execute(stmt)]
