"""Named views of the contacts list: its search, filters and sort, kept for the whole team.

A view is a small dict (``query``, ``role``, ``owner_id``, ``stage``, ``tag``,
``sort``) stored as JSON in ``app_meta``, one row a view (``view:<name>``);
opening it (from the palette) puts the list back as it was. A name is one
line of at most 50 characters, and a name saved again replaces its view.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import AppMeta
from tuicrm.services.meta import set_meta
from tuicrm.textclean import clean_text

PREFIX = "view:"
FIELDS = ("query", "role", "owner_id", "stage", "tag", "sort")
MAX_VIEWS = 50
MAX_NAME = 50


def views(*, session: Session) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for key, value in session.execute(sa.select(AppMeta.key, AppMeta.value)
                                      .where(AppMeta.key.startswith(PREFIX))
                                      .order_by(AppMeta.key)):
        try:
            view = json.loads(value)
        except ValueError:
            continue
        if isinstance(view, dict):
            found[key[len(PREFIX):]] = {f: view.get(f) for f in FIELDS}
    return found


def save_view(*, session: Session, name: str, view: dict[str, Any]) -> None:
    name = clean_text(name, multiline=False)
    if not name or len(name) > MAX_NAME:
        raise ValidationError({"name": f"a view's name is 1 to {MAX_NAME} characters"})
    found = views(session=session)
    if name not in found and len(found) >= MAX_VIEWS:
        raise ValidationError({"name": f"at most {MAX_VIEWS} views; delete one first"})
    kept = {f: view.get(f) for f in FIELDS}
    kept["query"] = clean_text(str(kept.get("query") or ""), multiline=False)[:200]
    kept["tag"] = clean_text(str(kept.get("tag") or ""), multiline=False)[:60]
    set_meta(session=session, key=PREFIX + name, value=json.dumps(kept, ensure_ascii=False))


def delete_view(*, session: Session, name: str) -> None:
    session.execute(sa.delete(AppMeta).where(AppMeta.key == PREFIX + name))
