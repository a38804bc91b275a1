"""Moving every date of a demo copy, so the demo looks current on any day."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from tuicrm.sqltypes import UTCDateTime


def shift_all_dates(*, session: Session, days: int) -> None:
    """Move every date and moment column of every table by ``days``.

    A plain Core UPDATE on purpose: only ever run on a demo copy private to
    one person, so there is nobody to conflict with (version counters stay as
    they are) and nobody to audit (updated_at/updated_by move with the data).
    Moments move by whole 24-hour days in UTC.
    """
    if days == 0:
        return
    dialect = session.get_bind().dialect.name
    for table in SQLModel.metadata.sorted_tables:
        values = {col: _shifted(col, days, dialect) for col in table.columns
                  if _is_date(col) or _is_moment(col)}
        if values:
            session.execute(table.update().values(values))


def _is_moment(column: sa.Column) -> bool:
    return isinstance(column.type, UTCDateTime)


def _is_date(column: sa.Column) -> bool:
    return isinstance(column.type, sa.Date) and not isinstance(column.type, sa.DateTime)


def _shifted(column: sa.Column, days: int, dialect: str) -> sa.ColumnElement:
    if dialect == "sqlite":
        modifier = sa.literal(f"{days:+d} days", sa.String)
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
            return column + days
        # Hours, not days: timestamptz + '1 day' keeps the wall time of the
        # session's zone across a DST change; 24 hours is the same shift as SQLite's.
        return column + sa.func.make_interval(0, 0, 0, 0, 24 * days)
    raise NotImplementedError(f"Moving demo dates is not implemented for {dialect} databases.")
