"""The demo: a private, dated copy of the bundled sample.db.

Split in two so the TUI paints before the data layer loads: the CLI only
checks (cheaply) that the sample exists and names the copy; the app's start-up
worker calls :func:`prepare_demo`, which copies and re-dates it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tuicrm import config
from tuicrm.backup import remove_database_files
from tuicrm.errors import CrmError
from tuicrm.private_paths import make_private_dirs

DEMO_FILE = "demo.db"


def require_sample() -> Path:
    """The bundled sample.db, or a plain error saying where it was looked for."""
    sample = config.sample_database()
    if sample is None:
        raise CrmError(
            "the demo needs sample.db, which was not found beside the sources or in "
            f"{Path(sys.prefix) / 'share' / config.APP_NAME}. Reinstall tuicrm, or in a "
            "source checkout run `tuicrm seed --out sample.db`."
        )
    return sample


def demo_path() -> Path:
    """Where the demo copy lives: the data directory's demo/ folder (private)."""
    folder = config.data_dir() / "demo"
    make_private_dirs(folder)
    return folder / DEMO_FILE


def prepare_demo() -> Path:
    """Replace the demo copy with a fresh copy of sample.db, dated to today, its
    stay-in-touch clocks worked out at today's now (``demo_dates``).

    The bundled sample.db is only ever read (SQLite's backup API, read-only).
    The copy is dated through sqlite3 (``tuicrm.db_quick``), so the demo shows
    Today before the data layer is imported; a sample this version must migrate
    first is opened the full way.
    """
    from tuicrm import dates
    from tuicrm.backup import copy_database_file
    from tuicrm.db_quick import NotQuick, quick_rows
    from tuicrm.services import demo_dates

    sample, target = require_sample(), demo_path()
    remove_database_files(target)
    copy_database_file(sample, target)
    try:
        with quick_rows(str(target), writing=True) as rows:
            demo_dates.shift_to(rows, dates.today())
            demo_dates.refresh_clocks(rows)
    except NotQuick:
        from tuicrm.core import open_database
        from tuicrm.services.named_queries import SessionRows

        database = open_database(target)
        try:
            with database.write() as session:
                rows = SessionRows(session)
                demo_dates.shift_to(rows, dates.today())
                demo_dates.refresh_clocks(rows)
        finally:
            database.dispose()
    return target

