"""Contracts: a client's formal agreement, its terms, billing and renewals."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, Contract, ContractCreate, ContractStatus, TeamMember
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    check_version,
    get_row,
    insert_row,
    is_sqlite,
    keyset_page,
    live,
    require_live_contact,
    require_member,
    restore,
    soft_delete,
)
from tuicrm.services.edits import update_row

OPEN_STATUSES = (ContractStatus.DRAFT, ContractStatus.ACTIVE)


class ContractSort(StrEnum):
    NEWEST = "newest"  # by start date, latest first
    ENDING = "ending"  # by end date, soonest first (only contracts with an end date)
    REVIEW = "review"  # by review date, soonest first (only contracts with one)
    CLIENT = "client"  # by the client's name, A to Z


_SORTS = {
    ContractSort.NEWEST: SortKey([Contract.start_date, Contract.id], descending=True),
    ContractSort.ENDING: SortKey([Contract.end_date, Contract.id]),
    ContractSort.REVIEW: SortKey([Contract.review_date, Contract.id]),
    ContractSort.CLIENT: SortKey([Contact.sort_name, Contract.id]),
}
# The column a sort needs to be set (rows without it are left out of that order).
_SORT_REQUIRES = {ContractSort.ENDING: Contract.end_date, ContractSort.REVIEW: Contract.review_date}


@dataclass(frozen=True)
class ContractRow:
    id: int
    title: str
    client: str
    contact_id: int
    status: ContractStatus
    start_date: date
    end_date: date | None
    review_date: date | None
    cancel_by: date | None
    amount_minor: int
    currency: str
    billing_cycle: str
    notice_days: int
    version: int
    owner: str = ""  # the owner's initials
    auto_renew: bool = False
    ended_on: date | None = None
    renews_id: int | None = None


@dataclass(frozen=True)
class ContractDetail:
    """One contract with what its page shows around it."""

    contract: Contract
    client: str
    owner: str | None  # the owner's name
    chain: list[Contract]  # the whole renewal chain, newest first, this contract included


def cancel_by(contract: Contract | ContractRow) -> date | None:
    """The last day notice can be given before the end date."""
    if contract.end_date is None:
        return None
    return contract.end_date - timedelta(days=contract.notice_days)


def create_contract(*, session: Session, data: ContractCreate | Mapping[str, Any]) -> Contract:
    return insert_row(session, Contract, ContractCreate, data, check=partial(_check, session))


def update_contract(
    *, session: Session, contract_id: int, changes: Mapping[str, Any], expected_version: int | None,
    base: Mapping[str, Any] | None = None,
) -> Contract:
    """Edit a contract's terms. Ending and renewing have their own functions."""
    _refuse_lifecycle_edits(changes)
    return update_row(session, Contract, ContractCreate, contract_id, changes, expected_version,
                      check=partial(_check, session), base=base)


def end_contract(
    *, session: Session, contract_id: int, on: date, terminated: bool = False,
    expected_version: int | None = None,
) -> Contract:
    """End (as agreed) or terminate (early) an active contract on a given day.

    The agreed ``end_date`` is kept; ``ended_on`` records when it really ended.
    """
    contract = get_row(session, Contract, contract_id)
    check_version(session, contract, expected_version)
    verb = "terminated" if terminated else "ended"
    if contract.status != ContractStatus.ACTIVE:
        raise ValidationError(
            {"status": f"only an active contract can end; this one is {contract.status.value}"},
            sentence=f"Only an active contract can be {verb}; this one is "
                     f"{contract.status.value}.")
    if on < contract.start_date:
        raise ValidationError(
            {"ended_on": "cannot be before the contract started"},
            sentence=f"A contract cannot be {verb} before it starts: this one starts "
                     f"{contract.start_date:%d %b %Y}. One that has not started yet can be "
                     "deleted instead.")
    contract.status = ContractStatus.TERMINATED if terminated else ContractStatus.ENDED
    contract.ended_on = on
    session.flush()
    return contract


def renew_contract(
    *, session: Session, contract_id: int, changes: Mapping[str, Any] | None = None,
    expected_version: int | None = None,
) -> Contract:
    """Create the follow-on contract, linked to this one, which becomes 'renewed'.

    The new term starts the day after the old one ends and lasts as long,
    unless ``changes`` say otherwise (e.g. a new amount).
    """
    old = get_row(session, Contract, contract_id)
    check_version(session, old, expected_version)
    if old.status not in (ContractStatus.ACTIVE, ContractStatus.ENDED):
        raise ValidationError({"status": f"a {old.status.value} contract cannot be renewed"})
    old_end, start, end = renewal_term(old)
    data = {f: getattr(old, f) for f in ContractCreate.model_fields}
    data.update(
        status=ContractStatus.ACTIVE, start_date=start, end_date=end,
        review_date=None, ended_on=None, renews_id=old.id,
    )
    data.update(changes or {})
    new = create_contract(session=session, data=data)
    old.status = ContractStatus.RENEWED
    old.end_date = old.end_date or old_end
    old.ended_on = old_end
    session.flush()
    return new


@dataclass(frozen=True)
class Renewal:
    """A renewal just made, with what it changed on the renewed contract (to undo it)."""

    old_id: int
    old_version: int
    new_id: int
    new_version: int
    start: date
    before: tuple[ContractStatus, date | None, date | None]  # status, end_date, ended_on


def renew(*, session: Session, contract_id: int, expected_version: int | None) -> Renewal:
    """:func:`renew_contract`, saying what an undo needs."""
    old = get_row(session, Contract, contract_id)
    before = (old.status, old.end_date, old.ended_on)
    new = renew_contract(session=session, contract_id=contract_id,
                         expected_version=expected_version)
    return Renewal(old.id or 0, old.version, new.id or 0, new.version, new.start_date, before)


def undo_renewal(*, session: Session, renewal: Renewal) -> None:
    """Take a renewal back: the follow-on goes (undoably, like any delete) and the
    renewed contract gets its status and dates back. Refused if either was
    changed since, so nobody's later edit is lost."""
    old = get_row(session, Contract, renewal.old_id)
    new = get_row(session, Contract, renewal.new_id)
    if old.version != renewal.old_version or new.version != renewal.new_version:
        raise ValidationError(
            {"renewal": "changed since"},
            sentence="The renewal cannot be undone: one of the two contracts was changed "
                     "since. Delete the follow-on and edit this one by hand instead.")
    new.deleted_at = dates.utcnow()
    old.status, old.end_date, old.ended_on = renewal.before
    session.flush()


def renewal_term(contract: Contract) -> tuple[date, date, date]:
    """(the day the old term ends, the new term's start, its end) for a renewal.

    The new term starts the day after the old one ended (early, if it was
    ended early) and lasts as long as the term that was agreed: a whole number
    of months when start and end date span one ("2026-09-22 to 2027-09-21" is
    12 months, so a leap day does not shorten the next year), else as many
    days. An open-ended contract is renewed as of today, into one year.
    """
    old_end = contract.ended_on or contract.end_date or max(dates.today(), contract.start_date)
    start = old_end + timedelta(days=1)
    if contract.end_date is None:
        return old_end, start, dates.add_months(start, 12) - timedelta(days=1)
    months = _whole_months(contract.start_date, contract.end_date)
    if months:
        return old_end, start, dates.add_months(start, months) - timedelta(days=1)
    return old_end, start, start + (contract.end_date - contract.start_date)


def _whole_months(first: date, last: date) -> int | None:
    """n when ``first`` to ``last`` (inclusive) is exactly n calendar months, else None."""
    guess = (last.year - first.year) * 12 + last.month - first.month
    for months in (guess - 1, guess, guess + 1):
        if months > 0 and dates.add_months(first, months) - timedelta(days=1) == last:
            return months
    return None


def follow_on(*, session: Session, contract_id: int) -> Contract | None:
    """The live contract that renews this one, if any."""
    return session.execute(
        sa.select(Contract).where(Contract.renews_id == contract_id, live(Contract))
        .order_by(Contract.id).limit(1)
    ).scalar_one_or_none()


def contract_detail(*, session: Session, contract_id: int) -> ContractDetail:
    """The contract, its client's and owner's names, and its renewal chain both ways."""
    contract = get_row(session, Contract, contract_id)
    client = session.get(Contact, contract.contact_id)
    owner = session.get(TeamMember, contract.owner_id) if contract.owner_id else None
    later: list[Contract] = []
    current = follow_on(session=session, contract_id=contract_id)
    while current is not None and len(later) < 100:
        later.append(current)
        current = follow_on(session=session, contract_id=current.id or 0)
    earlier = renewal_chain(session=session, contract_id=contract_id)
    return ContractDetail(contract=contract, client=client.name if client else "",
                          owner=owner.name if owner else None,
                          chain=[*reversed(later), *earlier])


def last_currency(*, session: Session) -> str | None:
    """The currency of the contract entered last, as the default for the next one."""
    return session.execute(
        sa.select(Contract.currency).where(live(Contract)).order_by(Contract.id.desc()).limit(1)
    ).scalar_one_or_none()


def delete_contract(*, session: Session, contract_id: int, expected_version: int | None = None) -> Contract:
    return soft_delete(session, Contract, contract_id, expected_version)


def restore_contract(*, session: Session, contract_id: int) -> Contract:
    return restore(session, Contract, contract_id)


def get_contract(*, session: Session, contract_id: int) -> Contract:
    return get_row(session, Contract, contract_id)


def list_contracts(
    *,
    session: Session,
    contact_id: int | None = None,
    statuses: Collection[ContractStatus] = (),
    ending_before: date | None = None,
    needs_action_by: date | None = None,
    sort: ContractSort = ContractSort.NEWEST,
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[ContractRow]:
    """One page of contracts.

    ``needs_action_by``: only open contracts with something to do by that day:
    an end date or a review date on or before it (ones already past included:
    they still need doing), or a cancel-by date (end date minus notice) from
    today up to it.
    """
    sort = ContractSort(sort)
    stmt = _filtered(
        session,
        sa.select(Contract, Contact.name.label("client"), Contact.sort_name,
                  TeamMember.initials.label("owner"))
        .join(Contact, Contact.id == Contract.contact_id)
        .outerjoin(TeamMember, TeamMember.id == Contract.owner_id),
        contact_id=contact_id, statuses=statuses, ending_before=ending_before,
        needs_action_by=needs_action_by, sort=sort,
    )
    key = _SORTS[sort]
    first = {ContractSort.NEWEST: lambda r: r.Contract.start_date,
             ContractSort.ENDING: lambda r: r.Contract.end_date,
             ContractSort.REVIEW: lambda r: r.Contract.review_date,
             ContractSort.CLIENT: lambda r: r.sort_name}[sort]
    return keyset_page(
        session, stmt, key, after=after, limit=limit, row_factory=_row,
        cursor_of=lambda r: (first(r), r.Contract.id),
    )


def count_contracts(
    *,
    session: Session,
    contact_id: int | None = None,
    statuses: Collection[ContractStatus] = (),
    ending_before: date | None = None,
    needs_action_by: date | None = None,
    sort: ContractSort = ContractSort.NEWEST,
) -> int:
    """How many contracts :func:`list_contracts` pages through with the same filters."""
    stmt = _filtered(
        session,
        sa.select(sa.func.count(Contract.id)).select_from(Contract)
        .join(Contact, Contact.id == Contract.contact_id),
        contact_id=contact_id, statuses=statuses, ending_before=ending_before,
        needs_action_by=needs_action_by, sort=ContractSort(sort),
    )
    return int(session.execute(stmt).scalar_one())


def _filtered(
    session: Session, stmt: sa.Select[Any], *, contact_id: int | None,
    statuses: Collection[ContractStatus], ending_before: date | None,
    needs_action_by: date | None, sort: ContractSort,
) -> sa.Select[Any]:
    stmt = stmt.where(live(Contract))
    if contact_id is not None:
        stmt = stmt.where(Contract.contact_id == contact_id)
    if statuses:
        stmt = stmt.where(Contract.status.in_([ContractStatus(s) for s in statuses]))
    if ending_before is not None:
        stmt = stmt.where(Contract.end_date < ending_before)
    if needs_action_by is not None:
        stmt = stmt.where(needs_action_condition(session, dates.today(), needs_action_by))
    if sort in _SORT_REQUIRES:
        stmt = stmt.where(_SORT_REQUIRES[sort].is_not(None))
    return stmt


def needs_action_condition(session: Session | str, today: Any, by: Any) -> sa.ColumnElement[bool]:
    """Open contracts with something to do by ``by``: an end or review date on or
    before it (ones already past included: they still need doing), or a cancel-by
    date (end date minus notice) from ``today`` up to it."""
    return sa.and_(
        live(Contract), live(Contact),  # a deleted client's contracts need nothing from anyone
        Contract.status.in_(OPEN_STATUSES),
        sa.or_(
            Contract.end_date <= by,
            Contract.review_date <= by,  # a review left undone too
            cancel_by_expr(session).between(today, by),
        ),
    )


def cancel_by_expr(session: Session | str) -> sa.ColumnElement[date]:
    """:func:`cancel_by` in SQL: the end date minus the notice period."""
    if is_sqlite(session):
        # Dates are ISO text in SQLite; date() moves them by a modifier like "-30 days".
        modifier = sa.literal("-", sa.String).concat(
            sa.cast(Contract.notice_days, sa.String)).concat(" days")
        return sa.func.date(Contract.end_date, modifier, type_=sa.Date)
    return sa.type_coerce(Contract.end_date - Contract.notice_days, sa.Date)


def renewal_chain(*, session: Session, contract_id: int) -> list[Contract]:
    """The contract and every contract it renews, newest first (bounded)."""
    chain: list[Contract] = []
    current: Contract | None = get_row(session, Contract, contract_id, include_deleted=True)
    while current is not None and len(chain) < 100:
        chain.append(current)
        current = session.get(Contract, current.renews_id) if current.renews_id else None
    return chain


def _row(r: Any) -> ContractRow:
    c: Contract = r.Contract
    return ContractRow(
        id=c.id, title=c.title, client=r.client, contact_id=c.contact_id, status=c.status,
        start_date=c.start_date, end_date=c.end_date, review_date=c.review_date,
        cancel_by=cancel_by(c), amount_minor=c.amount_minor, currency=c.currency,
        billing_cycle=c.billing_cycle.value, notice_days=c.notice_days, version=c.version,
        owner=r.owner or "", auto_renew=c.auto_renew, ended_on=c.ended_on, renews_id=c.renews_id,
    )


def _refuse_lifecycle_edits(changes: Mapping[str, Any]) -> None:
    """Keep status, end and renewal links consistent: only the lifecycle functions set them."""
    problems = {f: "is set by ending or renewing the contract" for f in ("ended_on", "renews_id")
                if f in changes}
    status = changes.get("status")
    if status is not None and ContractStatus(status) not in OPEN_STATUSES:
        problems["status"] = "use end or renew to close a contract"
    if problems:
        raise ValidationError(problems)


def _check(session: Session, values: ContractCreate, existing: Contract | None) -> None:
    require_live_contact(session, values.contact_id)
    require_member(session, values.owner_id)
    problems: dict[str, str] = {}
    if values.end_date is not None and values.end_date < values.start_date:
        problems["end_date"] = "must not be before the start date"
    if values.amount_minor < 0:
        problems["amount_minor"] = "must not be negative"
    renewed = session.get(Contract, values.renews_id) if values.renews_id is not None else None
    if values.renews_id is not None and (
        renewed is None or renewed.deleted_at is not None
        or (existing is not None and renewed.id == existing.id)
    ):
        problems["renews_id"] = "no such contract"
    if problems:
        raise ValidationError(problems)
