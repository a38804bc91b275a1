"""What every service shares: pages, keyset paging, loading, versions, undo.

Keyset paging: a page is asked for "after" the sort key of the last row seen,
so page 2,000 costs what page 1 costs (OFFSET would read and throw away every
row before it). Every keyset ends in the primary key, so the order is total.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

import pydantic
import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from tuicrm import dates
from tuicrm.dates import aware  # noqa: F401 - where the services have it
from tuicrm.errors import ConflictError, NotFoundError, ValidationError
from tuicrm.models import Contact, TeamMember

T = TypeVar("T")
M = TypeVar("M", bound=SQLModel)
Cursor = tuple[Any, ...]

DEFAULT_PAGE = 50
MAX_PAGE = 500


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; ``next_cursor`` is None on the last page."""

    items: list[T]
    next_cursor: Cursor | None = None

    def __iter__(self):  # noqa: ANN204 - convenience for `for row in page`
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class SortKey:
    """The columns of one keyset order, all in one direction."""

    columns: Sequence[sa.ColumnElement[Any]]
    descending: bool = False
    order: list[sa.ColumnElement[Any]] = field(init=False)

    def __post_init__(self) -> None:
        direction = sa.desc if self.descending else sa.asc
        object.__setattr__(self, "order", [direction(c) for c in self.columns])


def keyset_page(
    session: Session,
    stmt: sa.Select[Any],
    key: SortKey,
    *,
    after: Cursor | None,
    limit: int,
    row_factory: Callable[[Any], T],
    cursor_of: Callable[[Any], Cursor],
    shown: Callable[[sa.Subquery], sa.Select[Any]] | None = None,
) -> Page[T]:
    """Run ``stmt`` ordered by ``key`` from just after ``after``; one page.

    ``shown``: for a list whose columns cost a subquery each per row. ``stmt``
    then selects only what finds the page (the key's table's rows, filtered),
    and ``shown(page)`` selects the columns shown for the page's rows (a
    subquery of ``stmt``, ordered and limited, joined on its key). SQLite
    works out every column of every match before sorting them for a page: a
    search at 100k contacts that matched thousands paid each one's email,
    phone, role and last touch, to show 50.
    """
    limit = max(1, min(limit, MAX_PAGE))
    if after is not None:
        if len(after) != len(key.columns):
            raise ValueError("cursor does not fit this list's order")
        position = sa.tuple_(*key.columns)
        # Typed literals, so e.g. a moment binds through UTCDateTime as stored.
        bound = sa.tuple_(*[sa.literal(v, type_=c.type) for v, c in zip(after, key.columns)])
        stmt = stmt.where(position < bound if key.descending else position > bound)
    stmt = stmt.order_by(*key.order).limit(limit + 1)
    if shown is not None:
        stmt = shown(stmt.subquery("page")).order_by(*key.order)
    rows = session.execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    items = [row_factory(r) for r in rows]
    return Page(items, cursor_of(rows[-1]) if more and rows else None)


def get_row(session: Session, model: type[M], key: Any, *, include_deleted: bool = False) -> M:
    """Load one row by primary key, or raise :class:`NotFoundError`."""
    obj = session.get(model, key)
    if obj is None or (not include_deleted and getattr(obj, "deleted_at", None) is not None):
        raise NotFoundError(record_label(model), key)
    return obj


def check_version(session: Session, obj: Any, expected_version: int | None) -> None:
    """Refuse a save made from a copy older than the stored row.

    ``expected_version=None`` means "overwrite deliberately": the caller has
    shown the person the newer version and they chose to keep theirs.

    Inside a write session (``BEGIN IMMEDIATE``) nobody can change the row
    between this check and the commit; the mapper's version counter is the
    second guard for any path that forgets to call this.
    """
    if expected_version is None or obj.version == expected_version:
        return
    raise ConflictError(
        record_label(type(obj)),
        obj.id,
        expected_version=expected_version,
        current_version=obj.version,
        changed_by=last_editor(session, obj),
        current=obj.model_dump(),
    )


def last_editor(session: Session, obj: Any) -> str | None:
    """The name of the team member who last changed ``obj``, if known."""
    member = session.get(TeamMember, obj.updated_by_id) if obj.updated_by_id else None
    return member.name if member else None


def validate_changes(
    schema: type[pydantic.BaseModel],
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
) -> pydantic.BaseModel:
    """Validate ``current`` merged with ``changes`` against ``schema``.

    Updates are checked as a whole record, so a change can't make an
    otherwise valid row invalid (e.g. an end date before the start).
    """
    unknown = sorted(set(changes) - set(schema.model_fields))
    if unknown:
        raise ValidationError({name: "is not a field that can be changed" for name in unknown})
    merged = {k: v for k, v in current.items() if k in schema.model_fields}
    merged.update(changes)
    return validate(schema, merged)


def validate(schema: type[pydantic.BaseModel], data: Mapping[str, Any] | pydantic.BaseModel) -> Any:
    """Validate input, turning pydantic's errors into plain per-field messages."""
    if isinstance(data, pydantic.BaseModel):
        data = data.model_dump()
    try:
        return schema.model_validate(dict(data))
    except pydantic.ValidationError as err:
        raise ValidationError(field_messages(err)) from err


def field_messages(err: pydantic.ValidationError) -> dict[str, str]:
    messages: dict[str, str] = {}
    for problem in err.errors():
        where = ".".join(str(p) for p in problem["loc"]) or "record"
        text = problem["msg"].removeprefix("Value error, ")
        messages.setdefault(where, text)
    return messages


def assign(obj: Any, values: pydantic.BaseModel, fields: Iterable[str]) -> None:
    for name in fields:
        if hasattr(obj, name):
            setattr(obj, name, getattr(values, name))


Check = Callable[[Any, Any], None]  # (validated input, existing row or None)


def insert_row(
    session: Session, model: type[M], schema: type[pydantic.BaseModel],
    data: pydantic.BaseModel | Mapping[str, Any], *, check: Check | None = None,
) -> M:
    """Validate ``data`` against ``schema``, run ``check``, insert one row."""
    values = validate(schema, data)
    if check is not None:
        check(values, None)
    obj = model()
    assign(obj, values, schema.model_fields)
    session.add(obj)
    session.flush()
    return obj


def soft_delete(session: Session, model: type[M], key: Any, expected_version: int | None = None) -> M:
    """Mark a row deleted; :func:`restore` undoes it."""
    obj = get_row(session, model, key)
    check_version(session, obj, expected_version)
    obj.deleted_at = dates.utcnow()  # type: ignore[attr-defined]
    return obj


def restore(session: Session, model: type[M], key: Any) -> M:
    obj = get_row(session, model, key, include_deleted=True)
    obj.deleted_at = None  # type: ignore[attr-defined]
    return obj


def require_live_contact(session: Session, contact_id: int | None, field: str = "contact_id") -> None:
    """Refuse a link to a contact that does not exist or was deleted."""
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is None or contact.deleted_at is not None:
        raise ValidationError({field: "no such contact"})


def require_member(session: Session, member_id: int | None, field: str = "owner_id") -> None:
    """Refuse a link to a team member that does not exist (None is fine)."""
    if member_id is not None and session.get(TeamMember, member_id) is None:
        raise ValidationError({field: "no such team member"})


def live(model: Any) -> sa.ColumnElement[bool]:
    """Rows not deleted."""
    return model.deleted_at.is_(None)


def count_per_local_day(
    session: Session, instant: Any, where: Iterable[sa.ColumnElement[bool]], first: date,
    last: date, *, days_later: int = 0,
) -> Counter[date]:
    """How many rows matching ``where`` fall on each day of ``[first, last]``: a
    row falls on the local day of its ``instant`` + ``days_later`` days.

    Counted in SQL, in one walk of the instants between the range's UTC bounds:
    each day's instants end where the next day's begin (23 or 25 hours apart
    across a DST change), so one CASE of the days' upper edges numbers them.
    """
    if first > last:
        return Counter()
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    shift = timedelta(days=days_later)
    edges = [dates.day_bounds_utc(day - shift)[1] for day in days]
    day_number = sa.case(*((instant < edge, n) for n, edge in enumerate(edges)))
    numbered = (sa.select(day_number.label("n"))
                .where(*where, instant >= dates.day_bounds_utc(first - shift)[0],
                       instant < edges[-1])
                .subquery())
    return Counter({days[n]: count for n, count in session.execute(
        sa.select(numbered.c.n, sa.func.count()).group_by(numbered.c.n))})


def is_sqlite(session: Session | str) -> bool:
    """Whether the session works on SQLite (else PostgreSQL), for SQL that differs;
    or, given a dialect's name, whether it is SQLite's (statements built ahead for a
    dialect, :mod:`~tuicrm.services.named_queries`)."""
    if isinstance(session, str):
        return session == "sqlite"
    return session.get_bind().dialect.name == "sqlite"


def record_label(model: type) -> str:
    """A model's name in words: "Contact", "Follow-up", "Satisfaction response"."""
    if model.__name__ == "FollowUp":
        return "Follow-up"
    return re.sub(r"(?<!^)([A-Z])", lambda m: " " + m.group(1).lower(), model.__name__)
