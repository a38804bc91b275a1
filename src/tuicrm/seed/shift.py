"""Moving a seeded demo copy to another day: :func:`shift_dates`."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import SQLModel

from tuicrm.db import Database
from tuicrm.models import AppMeta
from tuicrm.seed.data import ANCHOR_KEY, SeedError
from tuicrm.sqltypes import UTCDateTime


def shift_dates(db: Database, *, today: date) -> int:
    """Move every date and moment of a seeded copy so its anchor day becomes ``today``.

    Returns the number of days moved (0: nothing to do). All tables move in one
    write transaction, or none do. Moments move by whole 24-hour days in UTC, so
    a shift across a DST change shows local times an hour earlier or later.
    """
    with db.write() as session:
        anchor = session.get(AppMeta, ANCHOR_KEY)
        if anchor is None:
            raise SeedError("This database has no demo anchor day: only a seeded demo copy "
                            "can have its dates moved.")
        days = (today - date.fromisoformat(anchor.value)).days
        if days == 0:
            return 0
        dialect = session.get_bind().dialect.name
        # A plain Core UPDATE on purpose: the copy is private to the demo, so
        # there is nobody to conflict with (version counters stay as they are)
        # and nobody to audit (updated_at/updated_by move with the data).
        for table in SQLModel.metadata.sorted_tables:
            values = {col: _shifted(col, days, dialect) for col in table.columns
                      if _is_date(col) or _is_moment(col)}
            if values:
                session.execute(table.update().values(values))
        anchor.value = today.isoformat()
    return days


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
