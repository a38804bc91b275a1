"""Live contacts as vCard :class:`~tuicrm.interop.vcard.Card` values, page by page.

For ``tuicrm export --vcard``: organisations come first, then people, each in
id order by keyset pages, so that an importer reading the file meets every
organisation before the people who belong to it. A person's ``ORG`` is their
organisation's name (when that organisation is not deleted); archived
contacts are included, deleted ones are not. Each card has a UID that stays
the same from one export to the next (:mod:`.contact_uid`), and its emails and
phones their labels.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.interop.vcard import Card
from tuicrm.models import Contact, ContactEmail, ContactKind, ContactPhone, ContactTag
from tuicrm.services.common import live
from tuicrm.services.contact_queries import ORG
from tuicrm.services.contact_uid import export_uid
from tuicrm.services.meta import database_id

PAGE_SIZE = 500
_ADDRESS = ("job_title", "website", "street", "city", "region", "postal_code", "country",
            "notes")


def child_values(session: Session, column: Any, owner: Any, ids: list[int], *order: Any,
            label: Any = None, labels: dict[int, dict[str, str]] | None = None,
            ) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = {i: [] for i in ids}
    named = sa.literal("") if label is None else label
    for contact_id, value, kind in session.execute(
            sa.select(owner, column, named).where(owner.in_(ids)).order_by(*order)):
        grouped[contact_id].append(value)
        if kind and labels is not None:
            labels[contact_id][value] = kind
    return grouped


def entries(session: Session, ids: list[int]) -> tuple[dict[int, list[str]], ...]:
    """Each contact's emails, phones, tags (in order) and labels (entry -> label)."""
    labels: dict[int, dict[str, str]] = {i: {} for i in ids}
    emails = child_values(session, ContactEmail.address, ContactEmail.contact_id, ids,
                          ContactEmail.position, ContactEmail.id, label=ContactEmail.label,
                          labels=labels)
    phones = child_values(session, ContactPhone.number, ContactPhone.contact_id, ids,
                          ContactPhone.position, ContactPhone.id, label=ContactPhone.label,
                          labels=labels)
    tags = child_values(session, ContactTag.tag, ContactTag.contact_id, ids, ContactTag.tag)
    return emails, phones, tags, labels  # type: ignore[return-value]


def _page(session: Session, database: uuid.UUID, kind: ContactKind, after: int,
          size: int) -> tuple[list[Card], int]:
    """One page of cards after the id ``after``, and the last id on it."""
    org = ORG
    rows = session.execute(
        sa.select(Contact.id, Contact.name, *(getattr(Contact, f) for f in _ADDRESS),
                  Contact.uid, Contact.birthday, Contact.anniversary,
                  org.name.label("organisation"))
        .outerjoin(org, sa.and_(org.id == Contact.organisation_id, live(org)))
        .where(live(Contact), Contact.kind == kind, Contact.id > after)
        .order_by(Contact.id).limit(size)
    ).all()
    ids = [r.id for r in rows]
    emails, phones, tags, labels = entries(session, ids)
    cards = [Card(name=r.name, kind=kind.value, organisation=r.organisation or "",
                  emails=emails[r.id], phones=phones[r.id], tags=tags[r.id],
                  labels=labels[r.id], uid=export_uid(database, r.id, r.uid),
                  birthday=r.birthday, anniversary=r.anniversary,
                  **{f: getattr(r, f) or "" for f in _ADDRESS})
             for r in rows]
    return cards, ids[-1] if ids else after


def contact_cards(*, session: Session, page_size: int = PAGE_SIZE) -> Iterator[list[Card]]:
    """Every live contact as a Card, in pages: organisations first, then people."""
    size = max(1, page_size)
    database = database_id(session=session)
    for kind in (ContactKind.ORGANISATION, ContactKind.PERSON):
        after = 0
        while True:
            cards, after = _page(session, database, kind, after, size)
            if cards:
                yield cards
            if len(cards) < size:
                break
