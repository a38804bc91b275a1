"""The UID a contact's vCard carries, the same in every export of the same database.

A contact imported with another tool's id (a vCard UID, "hubspot:123") keeps
it as its UID. Any other contact's UID is made from the database's id
(``meta.database_id``) and the contact's: a UUID whose last 48 bits are the
contact id, so that importing our own export finds each contact again by its
UID (as CardDAV tools and khard need: a card without a UID is refused, and a
newer export must replace the older cards, not add to them).
"""

from __future__ import annotations

import uuid

_ID_BITS = 48
_ID_MASK = (1 << _ID_BITS) - 1
_PREFIX = "urn:uuid:"


def export_uid(database: uuid.UUID, contact_id: int, own: str | None) -> str:
    if own:
        return own
    return f"{_PREFIX}{uuid.UUID(int=(database.int & ~_ID_MASK) | (contact_id & _ID_MASK))}"


def own_contact_id(database: uuid.UUID, uid: str) -> int | None:
    """The contact id in a UID :func:`export_uid` made for this database, else None."""
    text = uid.strip().lower().removeprefix(_PREFIX)
    try:
        value = uuid.UUID(text)
    except ValueError:
        return None
    if value.int & ~_ID_MASK != database.int & ~_ID_MASK:
        return None
    return (value.int & _ID_MASK) or None
