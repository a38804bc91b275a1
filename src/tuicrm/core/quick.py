"""Today and the agenda read without the data layer, for a start.

SQLAlchemy, SQLModel and the models take most of half a second to import, so
the app's first Today and ``tuicrm agenda`` read a SQLite file through the
standard library (``tuicrm.db_quick``: the services' own statements, compiled
ahead) by the same reading code as every other read
(:mod:`~tuicrm.services.due_reads`). Each function returns None where that
path does not serve (a database server, a file to migrate or to refuse, clocks
to work out again): the caller then reads the usual way.
"""

from __future__ import annotations

from datetime import date

from tuicrm.db_quick import NotQuick, quick_rows
from tuicrm.services import due_reads
from tuicrm.services.due_reads import AgendaData, TodayData


def today(target: str, day: date, *, limit: int, action_days: int) -> TodayData | None:
    """Today's lists (``due_reads.today``) in one read of the file ``target``."""
    try:
        with quick_rows(target) as rows:
            return due_reads.today(rows, day, limit=limit, action_days=action_days)
    except NotQuick:
        return None


def agenda(target: str, first: date, last: date, *, with_overdue: bool) -> AgendaData | None:
    """The agenda (``due_reads.agenda``) in one read of the file ``target``."""
    try:
        with quick_rows(target) as rows:
            return due_reads.agenda(rows, first, last, with_overdue=with_overdue)
    except NotQuick:
        return None
