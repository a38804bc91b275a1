"""Moving a seeded demo copy to another day: :func:`shift_dates`."""

from __future__ import annotations

from datetime import date

from tuicrm.db import Database
from tuicrm.seed.data import ANCHOR_KEY, SeedError
from tuicrm.services import demo, meta


def shift_dates(db: Database, *, today: date) -> int:
    """Move every date and moment of a seeded copy so its anchor day becomes ``today``.

    Returns the number of days moved (0: nothing to do). All tables move in one
    write transaction, or none do. Moments move by whole 24-hour days in UTC, so
    a shift across a DST change shows local times an hour earlier or later.
    """
    with db.write() as session:
        anchor = meta.get_meta(session=session, key=ANCHOR_KEY)
        if anchor is None:
            raise SeedError("This database has no demo anchor day: only a seeded demo copy "
                            "can have its dates moved.")
        days = (today - date.fromisoformat(anchor)).days
        if days:
            demo.shift_all_dates(session=session, days=days)
            meta.set_meta(session=session, key=ANCHOR_KEY, value=today.isoformat())
    return days
