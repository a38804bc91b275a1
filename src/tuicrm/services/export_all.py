"""Everything in the database as JSON-ready records, read page by page (``tuicrm export --json``).

:func:`export_document` gives the sections of the export in order, each a
generator that reads its table in keyset pages of ``page_size`` rows (``id >
last id``, in SQL), with each page's child rows (a contact's emails, phones
and tags; a meeting's attendees; a sale's lines and refunds; an invoice's lines; a deal's stage history) fetched for the
whole page at once. Rows are read as plain Core rows, not ORM objects, so no
identity map grows with the file: a page is the most held in memory. Run it
inside one read session, so every page comes from the same snapshot.

Every row keeps its ``id`` and the ids it refers to, so references resolve
inside the document; deleted (``deleted_at``) and archived rows are included:
this is everything we hold. Money stays integer minor units beside its
currency (lines and refunds carry their sale's currency); moments are ISO 8601
with their offset (stored in UTC: ``+00:00``); days are ``YYYY-MM-DD``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.interop.json_export import EXPORT_FORMAT, FORMAT_VERSION
from tuicrm.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Contract,
    Deal,
    DealStage,
    DealStageChange,
    FollowUp,
    Interaction,
    Invoice,
    InvoiceLine,
    Meeting,
    MeetingAttendee,
    Payment,
    Product,
    Refund,
    Sale,
    SaleLine,
    SatisfactionResponse,
    TeamMember,
    TimeEntry,
)

PAGE_SIZE = 500
Record = dict[str, Any]
# Columns derived from others (for sorting and searching) say nothing new.
_DERIVED = {"sort_name", "search_text", "digits"}


def plain(value: Any) -> Any:
    """A column value as JSON has it: ISO 8601 text for moments, days and times."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _record(row: sa.Row[Any]) -> Record:
    values = row._mapping
    first = {"id": values["id"]} if "id" in values else {}  # easier to read: id first
    return first | {k: plain(v) for k, v in values.items() if k not in _DERIVED}


def _pages(session: Session, model: Any, page_size: int) -> Iterator[list[Record]]:
    """The table's rows in id order, one keyset page at a time."""
    table = model.__table__
    last: int | None = None
    while True:
        stmt = sa.select(table).order_by(table.c.id).limit(page_size)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        page = [_record(row) for row in session.execute(stmt)]
        if not page:
            return
        yield page
        if len(page) < page_size:
            return
        last = page[-1]["id"]


def _children(session: Session, model: Any, parent: str, ids: list[int], *order: Any,
              ) -> dict[int, list[Record]]:
    """The child rows of the parents ``ids``, grouped by parent id."""
    table = model.__table__
    grouped: dict[int, list[Record]] = {i: [] for i in ids}
    stmt = sa.select(table).where(table.c[parent].in_(ids)).order_by(*order)
    for row in session.execute(stmt):
        record = _record(row)
        grouped[record[parent]].append(record)
    return grouped


Attach = Callable[[Session, list[Record]], None]


def _contact_children(session: Session, page: list[Record]) -> None:
    ids = [r["id"] for r in page]
    emails = _children(session, ContactEmail, "contact_id", ids,
                       ContactEmail.position, ContactEmail.id)
    phones = _children(session, ContactPhone, "contact_id", ids,
                       ContactPhone.position, ContactPhone.id)
    tags = _children(session, ContactTag, "contact_id", ids, ContactTag.tag)
    for record in page:
        record["emails"] = [e["address"] for e in emails[record["id"]]]
        record["phones"] = [p["number"] for p in phones[record["id"]]]
        record["tags"] = [t["tag"] for t in tags[record["id"]]]


def _meeting_attendees(session: Session, page: list[Record]) -> None:
    attendees = _children(session, MeetingAttendee, "meeting_id", [r["id"] for r in page],
                          MeetingAttendee.contact_id)
    for record in page:
        record["attendee_ids"] = [a["contact_id"] for a in attendees[record["id"]]]


def _sale_children(session: Session, page: list[Record]) -> None:
    ids = [r["id"] for r in page]
    lines = _children(session, SaleLine, "sale_id", ids, SaleLine.position, SaleLine.id)
    refunds = _children(session, Refund, "sale_id", ids, Refund.refunded_at, Refund.id)
    for record in page:
        # each amount carries its currency, so a line read alone is still money
        for child in (*lines[record["id"]], *refunds[record["id"]]):
            child["currency"] = record["currency"]
        record["lines"] = lines[record["id"]]
        record["refunds"] = refunds[record["id"]]


def _invoice_lines(session: Session, page: list[Record]) -> None:
    lines = _children(session, InvoiceLine, "invoice_id", [r["id"] for r in page],
                      InvoiceLine.position, InvoiceLine.id)
    for record in page:
        for line in lines[record["id"]]:
            line["currency"] = record["currency"]
        record["lines"] = lines[record["id"]]


def _deal_history(session: Session, page: list[Record]) -> None:
    moves = _children(session, DealStageChange, "deal_id", [r["id"] for r in page],
                      DealStageChange.id)
    for record in page:
        record["stage_history"] = moves[record["id"]]


# (section name, table, what each page gets attached), in the document's order:
# the rows referred to come before the rows referring to them.
SECTIONS: list[tuple[str, Any, Attach | None]] = [
    ("team_members", TeamMember, None),
    ("contacts", Contact, _contact_children),
    ("products", Product, None),
    ("contracts", Contract, None),
    ("meetings", Meeting, _meeting_attendees),
    ("follow_ups", FollowUp, None),
    ("interactions", Interaction, None),
    ("sales", Sale, _sale_children),
    ("satisfaction_responses", SatisfactionResponse, None),
    ("invoices", Invoice, _invoice_lines),  # credit notes too: kind, credits_id
    ("payments", Payment, None),
    ("time_entries", TimeEntry, None),
    ("deal_stages", DealStage, None),  # removed ones too: a deal's history may name them
    ("deals", Deal, _deal_history),  # each with every stage it entered, who and when
]


def _section(session: Session, model: Any, attach: Attach | None,
             page_size: int) -> Iterator[Record]:
    for page in _pages(session, model, page_size):
        if attach is not None:
            attach(session, page)
        yield from page


def export_document(*, session: Session, page_size: int = PAGE_SIZE) -> Iterator[tuple[str, Any]]:
    """The whole database as ``(key, value)`` pairs for :func:`~tuicrm.interop.json_export.write_json_file`.

    Starts with ``format``, ``version`` and ``exported_at``; each table's
    section is a generator, read only as the writer consumes it (so keep the
    session open until the file is written).
    """
    yield "format", EXPORT_FORMAT
    yield "version", FORMAT_VERSION
    yield "exported_at", dates.utcnow().isoformat()
    for name, model, attach in SECTIONS:
        yield name, _section(session, model, attach, max(1, page_size))
