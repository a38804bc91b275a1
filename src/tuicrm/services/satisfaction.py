"""Satisfaction responses: NPS (0-10) and CSAT (1-5) per contact."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import (
    SURVEY_RANGES,
    SatisfactionCreate,
    SatisfactionResponse,
)
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
    soft_delete,
)
from tuicrm.services.edits import update_row

_NEWEST = SortKey([SatisfactionResponse.responded_at, SatisfactionResponse.id], descending=True)


def record_response(
    *, session: Session, data: SatisfactionCreate | Mapping[str, Any]
) -> SatisfactionResponse:
    return insert_row(session, SatisfactionResponse, SatisfactionCreate, data,
                      check=partial(_check, session))


def update_response(
    *, session: Session, response_id: int, changes: Mapping[str, Any],
    expected_version: int | None,
) -> SatisfactionResponse:
    return update_row(session, SatisfactionResponse, SatisfactionCreate, response_id, changes,
                      expected_version, check=partial(_check, session))


def get_response(*, session: Session, response_id: int) -> SatisfactionResponse:
    return get_row(session, SatisfactionResponse, response_id)


def delete_response(*, session: Session, response_id: int) -> SatisfactionResponse:
    return soft_delete(session, SatisfactionResponse, response_id)


def list_responses(
    *, session: Session, contact_id: int | None = None, after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[SatisfactionResponse]:
    stmt = sa.select(SatisfactionResponse).where(live(SatisfactionResponse))
    if contact_id is not None:
        stmt = stmt.where(SatisfactionResponse.contact_id == contact_id)
    return keyset_page(
        session, stmt, _NEWEST, after=after, limit=limit,
        row_factory=lambda r: r.SatisfactionResponse,
        cursor_of=lambda r: (r.SatisfactionResponse.responded_at, r.SatisfactionResponse.id),
    )


def _check(session: Session, values: SatisfactionCreate, _existing: object) -> None:
    low, high = SURVEY_RANGES[values.kind]
    if not low <= values.score <= high:
        raise ValidationError(
            {"score": f"a {values.kind.value.upper()} score is from {low} to {high}"}
        )
    require_live_contact(session, values.contact_id)
