"""Bulk writing into a tuicrm SQLite file through the project's own tables.

The schema comes from ``tuicrm.models`` (migrated by ``Database.open``); rows
go in with the DB-API's ``executemany`` in one transaction, as plain tuples in
SQLite's stored forms (text datetimes in UTC, ISO dates, 0/1). A column a row
does not give gets its model default, so every NOT NULL column is filled the
way the ORM would fill it. The tables' secondary indexes and the search
triggers are dropped for the load and rebuilt once at the end, which is what
makes a million rows take seconds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa

from tuicrm import search_index


def moment(value: datetime) -> str:
    """An aware datetime as SQLite stores it (naive UTC text, sortable); an f-string,
    as ``strftime`` costs several microseconds a call at a million rows."""
    v = value if value.tzinfo is timezone.utc else value.astimezone(timezone.utc)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}")


class EpochMoments:
    """Stored moments for whole seconds after ``start`` (a UTC datetime), with each
    day's date text made once: the sales loop's timestamps."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.days: dict[int, str] = {}

    def __call__(self, seconds: int) -> str:
        day, rest = divmod(seconds, 86400)
        text = self.days.get(day)
        if text is None:
            text = self.days[day] = (self.start.date() + timedelta(days=day)).isoformat()
        hours, rest = divmod(rest, 3600)
        return f"{text} {hours:02d}:{rest // 60:02d}:{rest % 60:02d}.000000"


def day(value: date) -> str:
    return value.isoformat()


class BulkWriter:
    """Insert rows into the model tables of an open sqlite3 connection."""

    def __init__(self, connection: sqlite3.Connection, metadata: sa.MetaData) -> None:
        self.connection = connection
        self.tables = metadata.tables
        self.counts: dict[str, int] = {}

    def defaults(self, table: str, given: Sequence[str]) -> dict[str, Any]:
        """The model's scalar defaults of the columns ``given`` leaves out."""
        out = {}
        for column in self.tables[table].columns:
            if column.name in given or column.primary_key and column.autoincrement:
                continue
            default = column.default
            value = default.arg if default is not None and not callable(default.arg) else None
            if hasattr(value, "value"):  # an enum member: its stored value
                value = value.value
            if isinstance(value, bool):
                value = int(value)
            out[column.name] = value
        return out

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
        """Insert ``rows`` (tuples in ``columns`` order); returns how many."""
        filled = self.defaults(table, columns)
        names = [*columns, *filled]
        constant = tuple(filled.values())
        sql = (f"INSERT INTO {table} ({', '.join(names)}) "
               f"VALUES ({', '.join('?' for _ in names)})")
        before = self.connection.total_changes
        self.connection.executemany(sql, (row + constant for row in rows))
        added = self.connection.total_changes - before
        self.counts[table] = self.counts.get(table, 0) + added
        return added


class LoadWindow:
    """Drop the secondary indexes and search triggers of ``tables`` for a bulk load;
    :meth:`restore` rebuilds them (and the full-text index, once)."""

    def __init__(self, connection: sqlite3.Connection, tables: Sequence[str]) -> None:
        self.connection = connection
        marks = ", ".join("?" for _ in tables)
        self.indexes = connection.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})", tuple(tables)).fetchall()

    def open(self) -> None:
        for name, _sql in self.indexes:
            self.connection.execute(f"DROP INDEX {name}")
        for statement in search_index.drop("sqlite"):
            self.connection.execute(statement)

    def restore(self) -> None:
        for _name, sql in self.indexes:
            self.connection.execute(sql)
        for statement in search_index.create("sqlite"):  # ends with FTS5's 'rebuild'
            self.connection.execute(statement)
