"""Moving every date of a demo copy, so the demo looks current on any day."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

from tuicrm.sqltypes import UTCDateTime


def shift_statements(dialect: str) -> dict[str, sa.Update]:
    """One UPDATE per table that has dates or moments, moving them all by the
    bound ``modifier`` ("+15 days", SQLite), ``days`` and ``hours`` (PostgreSQL),
    named ``demo.shift.<table>`` (run by :func:`~tuicrm.services.demo_dates.shift_to`).

    A plain Core UPDATE on purpose: only ever run on a demo copy private to
    one person, so there is nobody to conflict with (version counters stay as
    they are) and nobody to audit (updated_at/updated_by move with the data).
    Moments move by whole 24-hour days in UTC.
    """
    statements = {}
    for table in SQLModel.metadata.sorted_tables:
        values = {col: _shifted(col, dialect) for col in table.columns
                  if _is_date(col) or _is_moment(col)}
        if values:
            statements[f"demo.shift.{table.name}"] = table.update().values(values)
    return statements


def _is_moment(column: sa.Column) -> bool:
    return isinstance(column.type, UTCDateTime)


def _is_date(column: sa.Column) -> bool:
    return isinstance(column.type, sa.Date) and not isinstance(column.type, sa.DateTime)


def _shifted(column: sa.Column, dialect: str) -> sa.ColumnElement:
    if dialect == "sqlite":
        modifier = sa.bindparam("modifier", type_=sa.String)
        if _is_date(column):
            return sa.func.date(column, modifier, type_=sa.String)
        # UTCDateTime on SQLite is text "YYYY-MM-DD HH:MM:SS.ffffff" in UTC. Whole
        # days in UTC never change the time of day, so only the date part is
        # rewritten and the rest is kept as stored (strftime's %f would cut the
        # microseconds to milliseconds).
        return sa.func.date(column, modifier, type_=sa.String).concat(
            sa.func.substr(column, 11, type_=sa.String))
    if dialect == "postgresql":
        if _is_date(column):
            return column + sa.bindparam("days", type_=sa.Integer)
        # Hours, not days: timestamptz + '1 day' keeps the wall time of the
        # session's zone across a DST change; 24 hours is the same shift as SQLite's.
        return column + sa.func.make_interval(0, 0, 0, 0, sa.bindparam("hours", type_=sa.Integer))
    raise NotImplementedError(f"Moving demo dates is not implemented for {dialect} databases.")
