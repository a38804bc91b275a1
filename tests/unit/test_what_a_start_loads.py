"""What the app carries from its start: the file formats' libraries (icalendar,
vCard, mail, the CSV mapping, ~4 MiB of a session's peak) load when a file is
first imported or exported, not with the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tuicrm.db import Database

_USE_THE_LISTS_THEN_EXPORT = """
import sys
from datetime import date
from pathlib import Path
from tuicrm.core import Core, open_database

FORMATS = ("icalendar", "mailbox", "tuicrm.interop.vcard", "tuicrm.interop.csv_mapping")
core = Core(open_database(sys.argv[1]))
core.lists.contacts({}, sort="name", after=None, limit=50)
core.schedule.today(date(2026, 5, 1), limit=50, action_days=30)
print("BEFORE", *[m for m in FORMATS if m in sys.modules])
path = Path(sys.argv[2])
core.exports.calendar_ics(path)
print("AFTER", "icalendar" in sys.modules, path.read_text().startswith("BEGIN:VCALENDAR"))
"""


def test_the_file_formats_load_on_the_first_export_not_with_the_core(
        seeded_db: Database, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", _USE_THE_LISTS_THEN_EXPORT,
                           str(seeded_db.url.database), str(tmp_path / "calendar.ics")],
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.splitlines()[-2:] == ["BEFORE", "AFTER True True"]
