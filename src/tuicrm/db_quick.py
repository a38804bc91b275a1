"""The quick read path: a start's first reads through the standard library's sqlite3.

Importing SQLAlchemy, SQLModel and the models takes most of half a second, so
the reads a start needs at once (Today's lists, ``tuicrm agenda``) run here
without them: each is a statement the services build with SQLAlchemy
(:mod:`tuicrm.services.named_queries`), compiled ahead of time for SQLite into
:mod:`tuicrm.db_quick_sql` (generated; a test compiles the statements again and
compares). The same reading code turns the rows into items on both paths
(:mod:`tuicrm.services.due_reads`), so no query and no rule is written twice.

Values are converted as SQLAlchemy's column types convert them: dates and
moments are ISO text in SQLite, a moment naive UTC (read back aware), an
enum its member's value. A read that this path does not cover (a schema to
migrate, stay-in-touch clocks out of date) raises :class:`NotQuick`, and the
caller takes the full path. PostgreSQL always takes the full path.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import date, datetime, time, timezone
from typing import Any

from tuicrm.db_file import LOCK_WAIT_S, SCHEMA_HEAD, SQLITE_PRAGMAS


class NotQuick(Exception):
    """This read needs the full data layer: take the normal path."""


def _moment_in(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"refusing a datetime without a zone: {value!r}")
    utc = value.astimezone(timezone.utc)
    return utc.replace(tzinfo=None).isoformat(" ", "microseconds")


def _moment_out(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


def _enum_out(name: str) -> Callable[[str], object]:
    from tuicrm import enums

    enum_cls = getattr(enums, name)

    def convert(value: str) -> object:
        try:
            return enum_cls(value)
        except ValueError:
            return enums.UnknownValue(value)
    return convert


#: How a bound value of each kind is written (as SQLAlchemy's type would bind it).
_IN: dict[str, Callable[[Any], Any]] = {
    "date": date.isoformat,
    "moment": _moment_in,
    "time": lambda t: t.isoformat("microseconds"),
    "bool": int,
    "enum": lambda v: str(getattr(v, "value", v)),
}
#: How a stored value of each kind is read back.
_OUT: dict[str, Callable[[Any], Any]] = {
    "date": date.fromisoformat,
    "moment": _moment_out,
    "time": time.fromisoformat,
    "bool": bool,
}


class QuickRow(tuple):  # type: ignore[type-arg]
    """A row whose columns are also read by name, as SQLAlchemy's rows are (a
    named tuple's class costs ten times as much to make, once per query)."""

    __slots__ = ()
    _fields: dict[str, int] = {}

    def __getattr__(self, name: str) -> Any:
        try:
            return self[self._fields[name]]
        except KeyError:
            raise AttributeError(name) from None


#: Runs an SQL text with named parameters and gives its rows as tuples.
Execute = Callable[[str, dict[str, Any]], Sequence[Sequence[Any]]]


class QuickRows:
    """Runs the compiled queries by name on one read transaction (a snapshot):
    ``rows("calendar.overdue_followups", today=..., limit=...)`` gives named
    tuples, as ``Session.execute(...).all()`` gives rows. ``execute`` runs the
    SQL: on a sqlite3 connection here, through a session's connection in
    ``SessionRows``."""

    dialect = "sqlite"

    def __init__(self, execute: Execute) -> None:
        self.execute = execute
        self._shapes: dict[str, tuple[Any, list[Callable[[Any], Any] | None]]] = {}

    def __call__(self, name: str, **params: Any) -> list[Any]:
        from tuicrm.db_quick_sql import QUERIES  # generated (tuicrm.services.quick_sql)

        sql, binds, columns, fixed = QUERIES[name]
        values = {key: bind_value(kind, params[key]) for key, kind in binds.items()}
        values.update(fixed)
        for key, value in list(values.items()):
            if isinstance(value, list):  # an expanding IN: one parameter per value
                names = [f"{key}_{i}" for i in range(len(value))]
                sql = sql.replace(f"__[POSTCOMPILE_{key}]",
                                  ", ".join(f":{n}" for n in names) or "NULL")
                values.update(zip(names, value, strict=True))
        row_type, converters = self._shape(name, columns)
        found = self.execute(sql, values)
        return [row_type([v if c is None or v is None else c(v)
                                for c, v in zip(converters, row, strict=True)])
                for row in found]

    def names(self, prefix: str) -> list[str]:
        """The compiled statements whose names begin with ``prefix``, A to Z."""
        from tuicrm.db_quick_sql import QUERIES

        return sorted(n for n in QUERIES if n.startswith(prefix))

    def _shape(self, name: str, columns: tuple[tuple[str, str], ...]) -> Any:
        kept = self._shapes.get(name)
        if kept is None:
            fields = {column: i for i, (column, _kind) in enumerate(columns)}
            row_type = type("Row", (QuickRow,), {"__slots__": (), "_fields": fields})
            converters = [_converter(kind) for _c, kind in columns]
            kept = self._shapes[name] = (row_type, converters)
        return kept


def bind_value(kind: str, value: Any) -> Any:
    if value is None or not kind:
        return value
    return _IN[kind.partition(":")[0]](value)


def _converter(kind: str) -> Callable[[Any], Any] | None:
    if not kind:
        return None
    if kind.startswith("enum:"):
        return _enum_out(kind.partition(":")[2])
    return _OUT[kind]


def _uri(path: str, mode: str) -> str:
    """An SQLite URI for the file ``path`` (pathlib's ``as_uri`` costs the quick
    start its import): the characters a URI path cannot hold, escaped."""
    absolute = os.path.abspath(os.path.expanduser(path))
    escaped = absolute.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode={mode}"


@contextmanager
def quick_rows(target: str, *, writing: bool = False, durable: bool = True
               ) -> Iterator[QuickRows]:
    """One transaction on the SQLite file ``target``: a read snapshot, or
    (``writing``) a write, as the app's connections make them (not ``durable``:
    without waiting for the disk, for a throwaway file such as the demo copy). Raises
    :class:`NotQuick` for a URL, a missing file, or a file not at this version's
    schema (opening it the full way migrates or refuses it), and for an SQLite
    error (the full way says it in plain words)."""
    if "://" in target:
        raise NotQuick("a database server")
    if not os.path.isfile(os.path.expanduser(target)):
        raise NotQuick("no file yet")
    try:
        connection = sqlite3.connect(_uri(target, "rw" if writing else "ro"), uri=True,
                                     timeout=LOCK_WAIT_S, isolation_level=None)
        if writing:
            for pragma in (*SQLITE_PRAGMAS, "journal_mode=WAL",
                           *(() if durable else ("synchronous=OFF",))):
                connection.execute(f"PRAGMA {pragma}")
    except sqlite3.Error as error:
        raise NotQuick(str(error)) from error
    with closing(connection):
        try:
            connection.execute("BEGIN IMMEDIATE" if writing else "BEGIN")
            versions = [v for (v,) in connection.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.Error as error:
            raise NotQuick(str(error)) from error  # not ours, or damaged: said the full way
        if versions != [SCHEMA_HEAD]:
            raise NotQuick("the schema is not this version's")
        try:
            yield QuickRows(lambda sql, values: connection.execute(sql, values).fetchall())
            connection.execute("COMMIT")
        except sqlite3.Error as error:  # locked past the wait, damaged: said the full way
            raise NotQuick(str(error)) from error

