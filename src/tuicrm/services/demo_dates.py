"""Moving a seeded demo copy to another day, through named statements: the same
code moves it on a session (``tuicrm.seed.shift_dates``) and, when the demo
opens, through sqlite3 before the data layer is imported (``tuicrm.demo``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tuicrm import dates
from tuicrm.errors import CrmError

Rows = Callable[..., list[Any]]

#: The app_meta key holding the day a seeded copy is dated for.
ANCHOR_KEY = "seed_anchor"


class SeedError(CrmError):
    """The demo data cannot be written or moved; the message says why."""


def shift_to(rows: Any, today: date) -> int:
    """Move every date and moment of a seeded copy so its anchor day becomes ``today``
    (``demo.shift.*``), then work every contact's stay-in-touch clock out again at
    the new now (``touch_clock.refresh_all.*``). Returns the days moved (0: none).

    ``rows`` runs named statements in one write transaction (all tables move, or
    none do), and lists them by prefix (``rows.names``).
    """
    stored = dict(rows("meta.values", keys=[ANCHOR_KEY])).get(ANCHOR_KEY)
    if stored is None:
        raise SeedError("This database has no demo anchor day: only a seeded demo copy "
                        "can have its dates moved.")
    days = (today - date.fromisoformat(stored)).days
    if days:
        for name in rows.names("demo.shift."):
            rows(name, modifier=f"{days:+d} days", days=days, hours=24 * days)
        rows("meta.set", meta_key=ANCHOR_KEY, meta_value=today.isoformat())
    return days


def refresh_clocks(rows: Any) -> None:
    """Every contact's stay-in-touch clock and purchase figures, worked out now
    (what ``touch_clock.refresh`` does for every contact)."""
    now = dates.utcnow()
    for name in rows.names("touch_clock.refresh_all."):
        rows(name, now=now)


def date_copy(rows: Any, today: date) -> None:
    """A fresh demo copy dated for ``today``: its dates moved, its clocks worked
    out at the new now."""
    shift_to(rows, today)
    refresh_clocks(rows)
