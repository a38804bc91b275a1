"""Creating many contacts at once (imports), with the same result as ``create_contact``.

:func:`tuicrm.services.contacts.create_contact` goes through the ORM one row
at a time: right for a form, slow for 100,000 rows. :func:`insert_contacts`
writes the same rows with multi-row ``INSERT ... RETURNING`` statements in the
caller's transaction, and keeps every invariant the one-by-one path keeps:

- the input is an already validated :class:`~tuicrm.models.ContactCreate`;
- ``sort_name`` (casefolded name) and ``search_text`` are derived the same way;
- emails, phones (with their digits) and tags go to their own tables, in order;
- the audit stamps and ``version`` are set as ``db.py``'s flush hook would set
  them (Core statements do not pass through it);
- the full-text index follows by itself: SQLite's triggers fire on INSERT, and
  PostgreSQL's GIN index is an expression index.

Links (``organisation_id``, ``referred_by_id``, ``owner_id``) must already be
checked by the caller, as ``create_contact``'s ``_check_links`` would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.models import (
    CONTACT_CHILD_FIELDS,
    Contact,
    ContactCreate,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Role,
)
from tuicrm.services.contact_queries import digits, search_text_for

CHUNK = 1000
_ROWS_PER_STATEMENT = 500
_OWN_FIELDS = [f for f in ContactCreate.model_fields if f not in CONTACT_CHILD_FIELDS]
_own_values = itemgetter(*_OWN_FIELDS)


# touch_clock_at: a new contact has no touch yet, so its stay-in-touch clock
# counts from now, when it is added; and no contract or sale, so it is a lead
# (see services.touch_clock); no orders either (services.purchase_figures).
_CONTACT_COLUMNS = [*_OWN_FIELDS, "sort_name", "search_text", "created_at", "updated_at",
                    "created_by_id", "updated_by_id", "version", "deleted_at", "archived_at",
                    "touch_clock_at", "kept_role", "order_count"]
_CHILD_COLUMNS = {
    ContactEmail: ["contact_id", "address", "label", "position"],
    ContactPhone: ["contact_id", "number", "digits", "label", "position"],
    ContactTag: ["contact_id", "tag"],
}


def insert_contacts(
    *,
    session: Session,
    contacts: Sequence[ContactCreate],
    progress: Callable[[int], None] | None = None,
) -> list[int]:
    """Insert ``contacts`` (validated); their new ids, in the same order.

    ``progress(n)`` is called after each chunk with the number just written.
    """
    session.flush()  # rows the ORM still holds go first (ids, foreign keys)
    now = dates.utcnow()
    actor = session.info.get("actor_id")
    stamps = [now, now, actor, actor, 1, None, None, now, Role.LEAD.value, 0]
    writer = _Writer(session)
    ids: list[int] = []
    for start in range(0, len(contacts), CHUNK):
        batch = contacts[start:start + CHUNK]
        rows = []
        for values in batch:
            rows.append([*_own_values(values.__dict__), values.name.casefold(),
                         search_text_for(values), *stamps])
        batch_ids = writer.contacts(rows)
        emails, phones, tags = [], [], []
        for contact_id, values in zip(batch_ids, batch, strict=True):
            labels = values.labels
            emails += [(contact_id, a, labels.get(a, ""), i) for i, a in enumerate(values.emails)]
            phones += [(contact_id, n, digits(n), labels.get(n, ""), i)
                       for i, n in enumerate(values.phones)]
            tags += [(contact_id, t) for t in values.tags]
        for model, child_rows in ((ContactEmail, emails), (ContactPhone, phones),
                                  (ContactTag, tags)):
            writer.insert(model.__table__, _CHILD_COLUMNS[model], child_rows)
        ids.extend(batch_ids)
        if progress is not None:
            progress(len(batch))
    return ids


def insert_rows(session: Session, table: sa.Table, names: list[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """Plain rows (values in the order of ``names``) into ``table``, written as
    :func:`insert_contacts` writes its own: for the other rows an import makes."""
    _Writer(session).insert(table, names, rows)


class _Writer:
    """Multi-row inserts: Core on PostgreSQL; on SQLite, straight to the driver.

    On SQLite the values of columns that need converting (enums, moments) go
    through the column's own bind processor (what SQLAlchemy would apply,
    memoised: enums and stamps repeat) and the rows go to the driver, many to
    an INSERT (see :meth:`insert`); SQLAlchemy's per-row parameter handling
    would otherwise cost more than the inserts themselves. New contact ids
    are the ones after the largest: the write transaction (BEGIN IMMEDIATE)
    holds the only write lock. (With RETURNING in parameter order,
    SQLAlchemy sends SQLite one INSERT per row.)
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.next_id: int | None = None
        self.max_params: int | None = None

    def contacts(self, rows: list[list[Any]]) -> list[int]:
        table = Contact.__table__
        if not self.sqlite:
            insert = sa.insert(table).returning(table.c.id, sort_by_parameter_order=True)
            params = [dict(zip(_CONTACT_COLUMNS, row, strict=True)) for row in rows]
            return list(self.session.execute(insert, params).scalars())
        if self.next_id is None:
            self.next_id = (self.session.scalar(sa.select(sa.func.max(table.c.id))) or 0) + 1
        ids = list(range(self.next_id, self.next_id + len(rows)))
        self.next_id += len(rows)
        for row, new_id in zip(rows, ids, strict=True):
            row.append(new_id)
        self.insert(table, [*_CONTACT_COLUMNS, "id"], rows)
        return ids

    def insert(self, table: sa.Table, names: list[str], rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.session.execute(sa.insert(table), [dict(zip(names, row, strict=True))
                                                    for row in rows])
            return
        converters = [(i, c) for i, name in enumerate(names)
                      if (c := self._converter(table.c[name])) is not None]
        if converters:
            rows = [row if isinstance(row, list) else list(row) for row in rows]
            for row in rows:
                for i, convert in converters:
                    row[i] = convert(row[i])
        # Many rows per INSERT, not executemany's one statement per row: fed
        # by contact's trigger, FTS5 writes its pending terms out at the end
        # of every statement, so 20,000 one-row statements took 0.7 s and 40
        # statements of 500 rows take 0.1 s (the same rows, the same words in
        # the index). The parameter limit is the connection's own.
        quote = self.dialect.identifier_preparer.quote
        head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES "
        one = f"({', '.join('?' for _ in names)})"
        per = max(1, min(_ROWS_PER_STATEMENT, self._max_params() // len(names)))
        connection = self.session.connection()
        for start in range(0, len(rows), per):
            batch = rows[start:start + per]
            connection.exec_driver_sql(head + ", ".join([one] * len(batch)),
                                       tuple(chain.from_iterable(batch)))

    def _max_params(self) -> int:
        """How many ``?`` one statement may have (999 on SQLite before 3.32)."""
        if self.max_params is None:
            raw = self.session.connection().connection.dbapi_connection
            try:
                self.max_params = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
            except (AttributeError, sqlite3.Error):
                self.max_params = 999
        return self.max_params

    def _converter(self, column: sa.Column[Any]) -> Callable[[Any], Any] | None:
        process = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
        if process is None:
            return None
        cache: dict[Any, Any] = {}

        def convert(value: Any) -> Any:
            try:
                return cache[value]
            except KeyError:
                cache[value] = converted = process(value)
                return converted

        return convert
