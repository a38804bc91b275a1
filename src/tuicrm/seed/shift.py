"""Moving a seeded demo copy to another day: :func:`shift_dates`."""

from __future__ import annotations

from datetime import date

from tuicrm.db import Database
from tuicrm.services.demo_dates import shift_to
from tuicrm.services.named_queries import SessionRows


def shift_dates(db: Database, *, today: date) -> int:
    """Move every date and moment of a seeded copy so its anchor day becomes ``today``
    (``demo_dates.shift_to``), in one write transaction. Returns the days moved."""
    with db.write() as session:
        return shift_to(SessionRows(session), today)
