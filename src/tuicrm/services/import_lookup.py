"""The queries an import plan needs, a few per file instead of a few per line.

Everything is fetched by chunks of keys (emails, casefolded names, contact
ids) with ``IN`` lists, so planning 100,000 lines costs a few hundred
queries, not hundreds of thousands.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import (
    CONTACT_CHILD_FIELDS,
    Contact,
    ContactCreate,
    ContactEmail,
    ContactKind,
    ContactPhone,
    ContactTag,
)
from tuicrm.services.common import live

CHUNK = 500
K = TypeVar("K")
OWN_FIELDS = [f for f in ContactCreate.model_fields if f not in CONTACT_CHILD_FIELDS]
FIELD_WORDS = {"emails": "email", "phones": "phone", "tags": "tag", "job_title": "job title",
                "postal_code": "postal code", "organisation_id": "organisation",
                "lines": "items", "sold_at": "date", "discount_minor": "discount",
                "value_minor": "value"}


def chunks(keys: Iterable[K], size: int = CHUNK) -> Iterator[list[K]]:
    batch: list[K] = []
    for key in keys:
        batch.append(key)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class Known:
    """A live contact found by email or name."""

    id: int
    name: str
    kind: ContactKind


def contacts_by_email(session: Session, addresses: Iterable[str]) -> dict[str, set[int]]:
    """Lower-cased address -> the live contacts that have it."""
    return _owners(session, ContactEmail, ContactEmail.address, addresses)


def _owners(session: Session, table: Any, column: Any, keys: Iterable[str]) -> dict[str, set[int]]:
    """Each key (an address, a phone's digits) -> the live contacts whose ``table`` has it."""
    found: dict[str, set[int]] = {}
    for batch in chunks(set(keys)):
        rows = session.execute(
            sa.select(column, table.contact_id)
            .join(Contact, Contact.id == table.contact_id)
            .where(column.in_(batch), live(Contact))
        )
        for key, contact_id in rows:
            found.setdefault(key, set()).add(contact_id)
    return found


def contacts_by_uid(session: Session, uids: Iterable[str]) -> dict[str, set[int]]:
    """UID -> the live contacts it names: another tool's id kept on import, or the
    UID our own vCard export gave (see :mod:`.contact_uid`)."""
    from tuicrm.services.contact_uid import own_contact_id
    from tuicrm.services.meta import database_id

    wanted = set(uids)
    found: dict[str, set[int]] = {}
    for batch in chunks(wanted):
        for uid, contact_id in session.execute(
                sa.select(Contact.uid, Contact.id).where(Contact.uid.in_(batch), live(Contact))):
            found.setdefault(uid, set()).add(contact_id)
    database = database_id(session=session)
    ours = {uid: i for uid in wanted - found.keys() if (i := own_contact_id(database, uid))}
    for batch in chunks(ours.items()):
        alive = set(session.scalars(sa.select(Contact.id).where(
            Contact.id.in_([i for _, i in batch]), live(Contact))))
        found.update((uid, {i}) for uid, i in batch if i in alive)
    return found


def contacts_by_phone(session: Session, numbers: Iterable[str]) -> dict[str, set[int]]:
    """A phone number's digits -> the live contacts that have it."""
    return _owners(session, ContactPhone, ContactPhone.digits, numbers)


def contacts_by_name(session: Session, sort_names: Iterable[str]) -> dict[str, list[Known]]:
    """Casefolded name -> the live contacts called that, oldest first."""
    found: dict[str, list[Known]] = {}
    for batch in chunks(set(sort_names)):
        rows = session.execute(
            sa.select(Contact.id, Contact.name, Contact.kind, Contact.sort_name)
            .where(Contact.sort_name.in_(batch), live(Contact)).order_by(Contact.id)
        )
        for row in rows:
            found.setdefault(row.sort_name, []).append(Known(row.id, row.name, row.kind))
    return found


def names_of(session: Session, ids: Iterable[int], column: Any = None) -> dict[int, str]:
    """Contact id -> its name (or ``column``: its casefolded ``Contact.sort_name``)."""
    names: dict[int, str] = {}
    for batch in chunks(set(ids)):
        rows = session.execute(sa.select(Contact.id, column if column is not None
                                         else Contact.name).where(Contact.id.in_(batch)))
        names.update((contact_id, name) for contact_id, name in rows)
    return names


def current_values(session: Session, ids: Iterable[int]) -> dict[int, tuple[int, dict[str, Any]]]:
    """Contact id -> (version, its values as ContactCreate fields), like the edit form sees them."""
    result: dict[int, tuple[int, dict[str, Any]]] = {}
    columns = [getattr(Contact, f) for f in OWN_FIELDS]
    for batch in chunks(set(ids)):
        for row in session.execute(sa.select(Contact.id, Contact.version, *columns)
                                   .where(Contact.id.in_(batch))):
            values = {f: getattr(row, f) for f in OWN_FIELDS}
            values.update(emails=[], phones=[], tags=[], labels={})
            result[row.id] = (row.version, values)
        for table, column, label, order, key in (
            (ContactEmail, ContactEmail.address, ContactEmail.label,
             (ContactEmail.position, ContactEmail.id), "emails"),
            (ContactPhone, ContactPhone.number, ContactPhone.label,
             (ContactPhone.position, ContactPhone.id), "phones"),
            (ContactTag, ContactTag.tag, sa.literal(""), (ContactTag.tag,), "tags"),
        ):
            rows = session.execute(sa.select(table.contact_id, column, label)
                                   .where(table.contact_id.in_(batch)).order_by(*order))
            for contact_id, value, named in rows:
                values = result[contact_id][1]
                values[key].append(value)
                if named:
                    values["labels"][value] = named
    return result


def has_members(session: Session, organisation_id: int | None) -> bool:
    return bool(session.scalar(sa.select(sa.func.count()).select_from(Contact).where(
        Contact.organisation_id == organisation_id, live(Contact))))


def reason(err: ValidationError) -> str:
    """A validation error as one plain reason: "invalid email: 'bob@' is not an email address"."""
    parts = []
    for where, message in err.field_errors.items():
        field = where.split(".")[0]
        parts.append(f"invalid {FIELD_WORDS.get(field, field.replace('_', ' '))}: {message}")
    return "; ".join(parts) or str(err)
