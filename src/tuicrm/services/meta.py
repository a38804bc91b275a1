"""Small facts about the database file itself, e.g. the demo's anchor day."""

from __future__ import annotations

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
