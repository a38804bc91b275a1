"""The record of each applied import, and undoing the last one.

``apply_import`` records a run: every record it created, and for every
record it updated the values those fields had before (JSON) and the version
the update left. :func:`undo_last_import` takes the newest run back in one
write transaction: the contacts, sales and deals it created are deleted for
good (a deal with its stage history: an undone import leaves nothing behind)
and the contacts it updated get their previous values again.

It refuses, changing nothing, when someone worked on those records since:
a record whose version moved on (edited, moved to another stage, archived,
deleted), or a created contact that other records now point at (a contract,
a sale, a deal, a meeting, a follow-up, a note, a survey answer, a person of
an organisation). Deleting or overwriting those would lose that work; the
message names them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import CrmError
from tuicrm.models import (
    Contact,
    Contract,
    Deal,
    DealStageChange,
    FollowUp,
    ImportRun,
    ImportRunItem,
    Interaction,
    MeetingAttendee,
    Sale,
    SatisfactionResponse,
)
from tuicrm.services import derived
from tuicrm.services.contact_bulk import insert_rows
from tuicrm.services.import_lookup import chunks
from tuicrm.services.import_plan import Action, ImportPlan, PlanLine

_SHOWN = 10
_ITEM_COLUMNS = ["run_id", "record_type", "record_id", "action", "version_after", "previous"]


@dataclass(frozen=True)
class ImportRunInfo:
    id: int
    kind: str
    source: str
    mode: str
    at: datetime | None
    created: int
    updated: int
    skipped: int
    undone_at: datetime | None

    def describe(self) -> str:
        """E.g. "people.csv (contacts, imported 2026-11-22 14:05)"."""
        when = f", imported {dates.format_datetime_local(self.at)}" if self.at else ""
        return f"{self.source or 'a file'} ({self.kind}{when})"


@dataclass(frozen=True)
class UndoResult:
    run: ImportRunInfo
    removed_contacts: int
    removed_sales: int
    restored_contacts: int
    removed_deals: int = 0

    def summary(self) -> str:
        parts = [f"{_count(self.removed_contacts, 'created contact')} removed"]
        if self.removed_sales or self.run.kind == "sales":
            parts.append(f"{_count(self.removed_sales, 'sale')} removed")
        if self.removed_deals or self.run.kind == "deals":
            parts.append(f"{_count(self.removed_deals, 'deal')} removed")
        parts.append(f"{_count(self.restored_contacts, 'updated contact')} restored")
        return f"Undid the import of {self.run.describe()}: {', '.join(parts)}."


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def start_run(session: Session, plan: ImportPlan) -> int:
    """Record the run (in the transaction of its first batch); its id. Only a plan
    with writes is recorded: a run that wrote nothing would only stand in the way
    of undoing the import before it."""
    counts = plan.counts()
    run = ImportRun(kind=plan.source.target, source=plan.source.name[:300], mode=plan.mode.value,
                    created_count=counts[Action.CREATE], updated_count=counts[Action.UPDATE],
                    skipped_count=counts[Action.SKIP])
    session.add(run)
    session.flush()
    return run.id or 0


def record_items(session: Session, run_id: int, lines: list[PlanLine]) -> None:
    """What these written lines created and changed, for the run's undo (the batch's
    transaction)."""
    items = []
    for p in lines:
        if p.action is Action.CREATE:
            items.append((run_id, p.record_type, p.record_id, "created", 1, None))
        elif p.action is Action.UPDATE:
            items.append((run_id, p.record_type, p.record_id, "updated", p.payload.version_after,
                          json.dumps(p.payload.previous, ensure_ascii=False)))
    insert_rows(session, ImportRunItem.__table__, _ITEM_COLUMNS, items)


def last_import(*, session: Session) -> ImportRunInfo | None:
    """The newest import run (undone or not), or None if nothing was ever imported."""
    run = session.scalars(sa.select(ImportRun).order_by(ImportRun.id.desc()).limit(1)).first()
    return _info(run) if run is not None else None


def undo_last_import(*, session: Session) -> UndoResult:
    """Take back the newest import (see the module docstring); raises CrmError if it cannot."""
    from tuicrm.services.contacts import update_contact

    run = session.scalars(sa.select(ImportRun).order_by(ImportRun.id.desc()).limit(1)).first()
    if run is None:
        raise CrmError("There is no import to undo.")
    info = _info(run)
    if run.undone_at is not None:
        raise CrmError(f"The last import, {info.describe()}, was already undone; "
                       "only the last import can be undone.")
    blockers, total = _changed_since(session, run.id)
    if total:
        shown = ", ".join(blockers[:_SHOWN])
        more = f" and {total - len(blockers[:_SHOWN]):,} more" if total > _SHOWN else ""
        raise CrmError(f"Nothing was undone: since the import of {info.describe()} these "
                       f"were changed or used, and undoing it would lose that: {shown}{more}.")
    items = _items(run.id)
    sale_ids = list(session.scalars(items("sale", "created")))
    deal_ids = list(session.scalars(items("deal", "created")))
    customers = _customers_of(session, Sale, sale_ids) | _customers_of(session, Deal, deal_ids)
    removed_sales = _delete(session, Sale, sale_ids)
    for batch in chunks(deal_ids):
        session.execute(sa.delete(DealStageChange).where(DealStageChange.deal_id.in_(batch)))
    removed_deals = _delete(session, Deal, deal_ids)
    derived.note(session, customers)  # a Core delete: no flush sees it
    restored = 0
    for item in session.scalars(sa.select(ImportRunItem).where(
            ImportRunItem.run_id == run.id, ImportRunItem.record_type == "contact",
            ImportRunItem.action == "updated")):
        if session.get(Contact, item.record_id) is None:
            continue  # erased since: nothing to restore
        update_contact(session=session, contact_id=item.record_id,
                       changes=json.loads(item.previous or "{}"),
                       expected_version=item.version_after)
        restored += 1
    removed_contacts = _delete(session, Contact, session.scalars(items("contact", "created")).all())
    run.undone_at = dates.utcnow()
    session.flush()
    return UndoResult(info, removed_contacts, removed_sales, restored, removed_deals)


def _info(run: ImportRun) -> ImportRunInfo:
    return ImportRunInfo(run.id, run.kind, run.source, run.mode, run.created_at,
                         run.created_count, run.updated_count, run.skipped_count, run.undone_at)


def _items(run_id: int):
    def ids(record_type: str, action: str) -> sa.Select[tuple[int]]:
        return sa.select(ImportRunItem.record_id).where(
            ImportRunItem.run_id == run_id, ImportRunItem.record_type == record_type,
            ImportRunItem.action == action)
    return ids


def _customers_of(session: Session, model: type[Sale | Deal], ids: list[int]) -> set[int]:
    customers: set[int] = set()
    for batch in chunks(ids):
        customers.update(session.scalars(sa.select(model.contact_id).where(model.id.in_(batch))))
    return customers


def _delete(session: Session, model: type[Contact | Sale | Deal], ids: list[int]) -> int:
    removed = 0
    for batch in chunks(ids):
        removed += session.execute(sa.delete(model).where(model.id.in_(batch))).rowcount
    session.expire_all()  # rows deleted behind the ORM's back
    return removed


def _changed_since(session: Session, run_id: int) -> tuple[list[str], int]:
    """What was edited since the run, or uses a contact it created: some names, and how many."""
    items = _items(run_id)
    touched = sa.select(ImportRunItem.record_id).where(
        ImportRunItem.run_id == run_id, ImportRunItem.record_type == "contact")
    created = items("contact", "created")
    found: list[str] = []
    total = 0
    edited = (sa.select(Contact.name).join(ImportRunItem, sa.and_(
        ImportRunItem.record_id == Contact.id, ImportRunItem.record_type == "contact"))
        .where(ImportRunItem.run_id == run_id, Contact.version != ImportRunItem.version_after))
    found += [f"{name} (edited)" for name in session.scalars(edited.limit(_SHOWN))]
    total += session.scalar(sa.select(sa.func.count()).select_from(edited.subquery())) or 0
    for model, kind in ((Sale, "sale"), (Deal, "deal")):
        edited_records = (
            sa.select(model.id, Contact.name).join(Contact, Contact.id == model.contact_id)
            .join(ImportRunItem, sa.and_(ImportRunItem.record_id == model.id,
                                         ImportRunItem.record_type == kind))
            .where(ImportRunItem.run_id == run_id, model.version != ImportRunItem.version_after))
        found += [f"{kind} {record_id} of {name} (edited)"
                  for record_id, name in session.execute(edited_records.limit(_SHOWN))]
        total += session.scalar(sa.select(sa.func.count()).select_from(
            edited_records.subquery())) or 0
    users = [
        (Contract.contact_id, None, "has a contract"),
        (Sale.contact_id, Sale.id.not_in(items("sale", "created")), "has a sale"),
        (Deal.contact_id, Deal.id.not_in(items("deal", "created")), "has a deal"),
        (MeetingAttendee.contact_id, None, "has a meeting"),
        (FollowUp.contact_id, None, "has a follow-up"),
        (Interaction.contact_id, None, "has a note"),
        (SatisfactionResponse.contact_id, None, "has a survey answer"),
        (Contact.organisation_id, Contact.id.not_in(touched), "has people"),
        (Contact.referred_by_id, Contact.id.not_in(touched), "referred someone"),
    ]
    for column, extra, why in users:
        stmt = sa.select(column).where(column.in_(created)).distinct()
        if extra is not None:
            stmt = stmt.where(extra)
        ids = list(session.scalars(stmt))
        total += len(ids)
        names = session.scalars(sa.select(Contact.name).where(Contact.id.in_(ids[:_SHOWN])))
        found += [f"{name} ({why})" for name in names]
    return found, total
