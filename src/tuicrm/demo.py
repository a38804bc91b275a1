"""The demo: a private, dated copy of the bundled sample.db.

Split in two so the TUI paints before the data layer loads: the CLI only
checks (cheaply) that the sample exists and names the copy; the app's start-up
worker calls :func:`prepare_demo`, which copies and re-dates it.
"""

from __future__ import annotations

import shutil
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

    The bundled sample.db is only ever read. The copy is dated through sqlite3
    (``tuicrm.db_quick``; without waiting for the disk: it is made again at each
    start), so the demo shows Today before the data layer is imported; a sample
    this version must migrate first is opened the full way.
    """
    from tuicrm import dates
    from tuicrm.db_quick import NotQuick, quick_rows
    from tuicrm.services import demo_dates

    sample, target = require_sample(), demo_path()
    remove_database_files(target)
    _copy_sample(sample, target)
    try:
        with quick_rows(str(target), writing=True, durable=False) as rows:
            demo_dates.date_copy(rows, dates.today())
    except NotQuick:
        from tuicrm.core import open_database
        from tuicrm.services.named_queries import SessionRows

        database = open_database(target)
        try:
            with database.write() as session:
                demo_dates.date_copy(SessionRows(session), dates.today())
        finally:
            database.dispose()
    return target


def _copy_sample(sample: Path, target: Path) -> None:
    """A private byte copy of the bundled sample: a finished file that nothing
    writes to, so the backup API's page walk and integrity check (a third of the
    demo's preparation) would prove nothing more. A sample with a journal beside
    it (a source checkout being seeded) is copied through SQLite."""
    from tuicrm.backup import SIDECARS, copy_database_file, create_private_file

    if any(sample.with_name(sample.name + suffix).exists() for suffix in SIDECARS):
        copy_database_file(sample, target)
        return
    create_private_file(target)
    with open(sample, "rb") as source, open(target, "r+b") as copy:
        shutil.copyfileobj(source, copy)

