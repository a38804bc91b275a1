"""Interactions: calls, emails, messages and notes on a contact's timeline."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.models import Interaction, InteractionCreate, InteractionKind
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    get_row,
    insert_row,
    keyset_page,
    live,
    require_live_contact,
    require_member,
    restore,
    soft_delete,
)
from tuicrm.services.edits import update_row

_NEWEST = SortKey([Interaction.occurred_at, Interaction.id], descending=True)


def log_interaction(
    *, session: Session, data: InteractionCreate | Mapping[str, Any]
) -> Interaction:
    return insert_row(session, Interaction, InteractionCreate, data,
                      check=partial(_check_contact, session))


def update_interaction(
    *, session: Session, interaction_id: int, changes: Mapping[str, Any],
    expected_version: int | None, base: Mapping[str, Any] | None = None,
) -> Interaction:
    return update_row(session, Interaction, InteractionCreate, interaction_id, changes,
                      expected_version, check=partial(_check_contact, session), base=base)


def delete_interaction(
    *, session: Session, interaction_id: int, expected_version: int | None = None
) -> Interaction:
    return soft_delete(session, Interaction, interaction_id, expected_version)


def restore_interaction(*, session: Session, interaction_id: int) -> Interaction:
    return restore(session, Interaction, interaction_id)


def get_interaction(*, session: Session, interaction_id: int) -> Interaction:
    return get_row(session, Interaction, interaction_id)


def list_interactions(
    *,
    session: Session,
    contact_id: int | None = None,
    kinds: Collection[InteractionKind] = (),
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[Interaction]:
    stmt = sa.select(Interaction).where(live(Interaction))
    if contact_id is not None:
        stmt = stmt.where(Interaction.contact_id == contact_id)
    if kinds:
        stmt = stmt.where(Interaction.kind.in_([InteractionKind(k) for k in kinds]))
    return keyset_page(
        session, stmt, _NEWEST, after=after, limit=limit, row_factory=lambda r: r.Interaction,
        cursor_of=lambda r: (r.Interaction.occurred_at, r.Interaction.id),
    )


def _check_contact(session: Session, values: InteractionCreate, _existing: Any) -> None:
    require_live_contact(session, values.contact_id)
    require_member(session, values.author_id, "author_id")
