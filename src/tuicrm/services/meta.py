"""Small facts about the database file itself, e.g. the demo's anchor day."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from tuicrm.models import AppMeta


def get_meta(*, session: Session, key: str) -> str | None:
    row = session.get(AppMeta, key)
    return row.value if row is not None else None


def set_meta(*, session: Session, key: str, value: str) -> None:
    row = session.get(AppMeta, key)
    if row is None:
        session.add(AppMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()


#: The database's own id (set by migration 0009): what the vCard export's UIDs
#: are made from, so that the same contact has the same UID in every export.
DATABASE_ID = "database_id"
#: The demo's id: seeding twice gives the same bytes.
DEMO_DATABASE_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "https://tuicrm.invalid/demo"))


def database_id(*, session: Session) -> uuid.UUID:
    """The database's id; a file made before 0009 cannot lack it (the migration adds it)."""
    text = get_meta(session=session, key=DATABASE_ID)
    try:
        return uuid.UUID(text or "")
    except ValueError:  # edited by hand: still stable, as its text is
        return uuid.uuid5(uuid.NAMESPACE_URL, text or "tuicrm")
