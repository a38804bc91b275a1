"""Everything held about one person, and erasing it (a data subject's rights).

- :func:`personal_data` gathers every row that is about a contact (the
  contact, their emails, phones and tags, contracts, meetings they attended,
  follow-ups, sales with lines and refunds, interactions, satisfaction
  responses), deleted ones included and marked, as plain JSON-ready values.
- :func:`erase_contact` removes all of it for good in one write transaction:
  the rows above, meetings left with no attendee, and the links other
  contacts had to them (organisation, referred by) are cleared. Soft delete
  is not enough here: the point is that nothing remains. Follow it with
  :meth:`tuicrm.db.Database.checkpoint` so nothing lingers in the WAL either
  (``secure_delete`` zeroes the freed pages).
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import (
    Contact,
    ContactEmail,
    ContactMerge,
    ContactPhone,
    ContactTag,
    Contract,
    Deal,
    DealStageChange,
    FieldChange,
    FollowUp,
    ImportRunItem,
    Interaction,
    Invoice,
    InvoiceLine,
    Meeting,
    MeetingAttendee,
    Payment,
    Refund,
    Sale,
    SaleLine,
    SatisfactionResponse,
    TimeEntry,
)
from tuicrm.search_index import SQLITE_PURGE
from tuicrm.services import history
from tuicrm.services.common import get_row, is_sqlite

# Internal columns that say nothing about the person.
_SKIP = {"search_text", "sort_name"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {k: _plain(v) for k, v in obj.model_dump().items() if k not in _SKIP}


def _rows(session: Session, model: Any, *where: Any) -> list[dict[str, Any]]:
    stmt = sa.select(model).where(*where)
    if hasattr(model, "id"):
        stmt = stmt.order_by(model.id)
    return [_row(obj) for obj in session.scalars(stmt)]


def personal_data(*, session: Session, contact_id: int) -> dict[str, Any]:
    """Everything stored about one contact, as JSON-ready values (deleted rows too)."""
    contact = get_row(session, Contact, contact_id, include_deleted=True)
    sale_ids = sa.select(Sale.id).where(Sale.contact_id == contact_id)
    attended = sa.select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.contact_id == contact_id)
    sales = _rows(session, Sale, Sale.contact_id == contact_id)
    lines = _rows(session, SaleLine, SaleLine.sale_id.in_(sale_ids))
    refunds = _rows(session, Refund, Refund.sale_id.in_(sale_ids))
    for sale in sales:
        sale["lines"] = [line for line in lines if line["sale_id"] == sale["id"]]
        sale["refunds"] = [refund for refund in refunds if refund["sale_id"] == sale["id"]]
    invoice_ids = sa.select(Invoice.id).where(Invoice.contact_id == contact_id)
    invoices = _rows(session, Invoice, Invoice.contact_id == contact_id)
    invoice_lines = _rows(session, InvoiceLine, InvoiceLine.invoice_id.in_(invoice_ids))
    for invoice in invoices:
        invoice["lines"] = [x for x in invoice_lines if x["invoice_id"] == invoice["id"]]
    deal_ids = sa.select(Deal.id).where(Deal.contact_id == contact_id)
    deals = _rows(session, Deal, Deal.contact_id == contact_id)
    moves = _rows(session, DealStageChange, DealStageChange.deal_id.in_(deal_ids))
    for deal in deals:
        deal["stage_history"] = [m for m in moves if m["deal_id"] == deal["id"]]
    return {
        "contact": _row(contact),
        "emails": [r["address"] for r in _rows(session, ContactEmail,
                                               ContactEmail.contact_id == contact_id)],
        "phones": [r["number"] for r in _rows(session, ContactPhone,
                                              ContactPhone.contact_id == contact_id)],
        "tags": sorted(session.scalars(sa.select(ContactTag.tag).where(
            ContactTag.contact_id == contact_id))),
        "contracts": _rows(session, Contract, Contract.contact_id == contact_id),
        "meetings": _rows(session, Meeting, Meeting.id.in_(attended)),
        "follow_ups": _rows(session, FollowUp, FollowUp.contact_id == contact_id),
        "sales": sales,
        "interactions": _rows(session, Interaction, Interaction.contact_id == contact_id),
        "satisfaction": _rows(session, SatisfactionResponse,
                              SatisfactionResponse.contact_id == contact_id),
        "invoices": invoices,
        "payments": _rows(session, Payment, Payment.invoice_id.in_(invoice_ids)),
        "time_entries": _rows(session, TimeEntry, TimeEntry.contract_id.in_(
            sa.select(Contract.id).where(Contract.contact_id == contact_id))),
        "deals": deals,
        "history": [_row(change) for change in session.scalars(
            sa.select(FieldChange).where(_their_history(session, contact_id))
            .order_by(FieldChange.id))],
    }


def _their_records(session: Session, contact_id: int) -> dict[str, list[int]]:
    """The records whose history is this person's: theirs, and their sales,
    contracts and follow-ups (meetings are shared; see erase_contact)."""
    def ids(model: Any) -> list[int]:
        return list(session.scalars(sa.select(model.id).where(model.contact_id == contact_id)))

    return {"contact": [contact_id], "sale": ids(Sale), "contract": ids(Contract),
            "followup": ids(FollowUp), "deal": ids(Deal)}


def _their_history(session: Session, contact_id: int) -> sa.ColumnElement[bool]:
    return sa.or_(*(sa.and_(FieldChange.record_kind == kind, FieldChange.record_id.in_(ids))
                    for kind, ids in _their_records(session, contact_id).items() if ids))


def erase_contact(*, session: Session, contact_id: int) -> dict[str, int]:
    """Remove a contact and everything about them for good; returns what was removed."""
    contact = get_row(session, Contact, contact_id, include_deleted=True)  # NotFoundError if absent
    kept = list(session.scalars(sa.select(Invoice.number).where(
        Invoice.contact_id == contact_id, Invoice.issued_at.is_not(None)).order_by(Invoice.id)
        .limit(4)))
    if kept:
        # Issued invoices are accounting records the law makes a firm keep (for
        # years: GDPR art. 17(3)(b) lets that come first), and they name the client.
        more = ", …" if len(kept) > 3 else ""
        raise ValidationError({"contact": (
            f"{contact.name} has issued invoices ({', '.join(kept[:3])}{more}), which the law "
            "requires you to keep; they cannot be erased. Archive the contact instead.")})
    drafts = sa.select(Invoice.id).where(Invoice.contact_id == contact_id)
    session.execute(sa.update(TimeEntry).where(TimeEntry.invoice_id.in_(drafts))
                    .values(invoice_id=None))  # (their contracts' time goes below)
    session.execute(sa.delete(InvoiceLine).where(InvoiceLine.invoice_id.in_(drafts)))
    removed_drafts = session.execute(sa.delete(Invoice).where(
        Invoice.contact_id == contact_id)).rowcount or 0
    attended = list(session.scalars(sa.select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.contact_id == contact_id)))
    removed: dict[str, int] = {"draft_invoices": removed_drafts}

    def delete(name: str, model: Any, *where: Any) -> None:
        removed[name] = session.execute(sa.delete(model).where(*where)).rowcount or 0

    sale_ids = sa.select(Sale.id).where(Sale.contact_id == contact_id)
    their_deals = sa.select(Deal.id).where(Deal.contact_id == contact_id)
    theirs = _their_records(session, contact_id)  # their history goes with their records
    # An import's undo record keeps their values from before it updated them
    # (and a reused id must not be undone as theirs).
    session.execute(sa.delete(ImportRunItem).where(sa.or_(
        sa.and_(ImportRunItem.record_type == "contact", ImportRunItem.record_id == contact_id),
        sa.and_(ImportRunItem.record_type == "sale", ImportRunItem.record_id.in_(sale_ids)),
        sa.and_(ImportRunItem.record_type == "deal", ImportRunItem.record_id.in_(their_deals)))))
    # A merge they were part of keeps the kept contact's values from before it.
    session.execute(sa.delete(ContactMerge).where(sa.or_(
        ContactMerge.kept_id == contact_id, ContactMerge.merged_id == contact_id)))
    session.execute(sa.delete(SaleLine).where(SaleLine.sale_id.in_(sale_ids)))
    session.execute(sa.delete(Refund).where(Refund.sale_id.in_(sale_ids)))
    session.execute(sa.delete(DealStageChange).where(DealStageChange.deal_id.in_(their_deals)))
    delete("deals", Deal, Deal.contact_id == contact_id)  # before the sales and contracts they name
    delete("sales", Sale, Sale.contact_id == contact_id)
    # (versions bumped: a copy open in another terminal must not save the old link back)
    their_contracts = sa.select(Contract.id).where(Contract.contact_id == contact_id)
    session.execute(sa.update(Contract).where(Contract.renews_id.in_(their_contracts))
                    .values(renews_id=None, version=Contract.version + 1))
    session.execute(sa.delete(TimeEntry).where(TimeEntry.contract_id.in_(their_contracts)))
    delete("contracts", Contract, Contract.contact_id == contact_id)
    their_followups = sa.select(FollowUp.id).where(FollowUp.contact_id == contact_id)
    session.execute(sa.update(FollowUp).where(FollowUp.previous_id.in_(their_followups))
                    .values(previous_id=None, version=FollowUp.version + 1))
    delete("follow_ups", FollowUp, FollowUp.contact_id == contact_id)
    delete("interactions", Interaction, Interaction.contact_id == contact_id)
    delete("satisfaction", SatisfactionResponse, SatisfactionResponse.contact_id == contact_id)
    session.execute(sa.delete(MeetingAttendee).where(MeetingAttendee.contact_id == contact_id))
    # a meeting nobody else attended was only about this person
    alone = [m for m in attended if not session.execute(sa.select(sa.exists().where(
        MeetingAttendee.meeting_id == m))).scalar()]
    removed["meetings"] = len(alone)
    if alone:
        session.execute(sa.delete(Meeting).where(Meeting.id.in_(alone)))
    removed["history"] = history.erase(session=session, records={**theirs, "meeting": alone})
    session.execute(sa.update(Contact).where(Contact.organisation_id == contact_id)
                    .values(organisation_id=None, version=Contact.version + 1))
    session.execute(sa.update(Contact).where(Contact.referred_by_id == contact_id)
                    .values(referred_by_id=None, version=Contact.version + 1))
    for model in (ContactEmail, ContactPhone, ContactTag):
        session.execute(sa.delete(model).where(model.contact_id == contact_id))
    delete("contacts", Contact, Contact.id == contact_id)
    if is_sqlite(session):
        session.execute(sa.text(SQLITE_PURGE))
    session.expunge_all()  # nothing stale of theirs stays in this session
    return removed
