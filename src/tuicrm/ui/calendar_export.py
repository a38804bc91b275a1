"""``e`` on the Calendar: every meeting and open follow-up as an .ics file.

Written (private, atomically) into the data directory's ``exports`` folder by
the same services as ``tuicrm export --ics``; the notification names the
file to import into a calendar program. Exporting again later updates the
same events there (stable UIDs) instead of adding copies.
"""

from __future__ import annotations

from typing import Any

from textual.dom import DOMNode

from tuicrm.ui.text import safe_str
from tuicrm.ui.work import run_db


def export_calendar(node: DOMNode) -> None:
    def make_id(session: Any) -> None:
        from tuicrm.services.ical import database_uid

        database_uid(session=session)  # stored once, by the first export: a short write

    def job(session: Any) -> tuple[str, int, int]:  # a read: nobody waits on the file
        from tuicrm import config, dates
        from tuicrm.interop.ical import write_calendar_file
        from tuicrm.services.ical import calendar_events

        events = calendar_events(session=session)
        path = config.exports_dir() / f"calendar-{dates.now():%Y%m%d-%H%M%S}.ics"
        write_calendar_file(path, events, name="tuicrm")
        meetings = sum(e.uid.startswith("meeting-") for e in events)
        return str(path), meetings, len(events) - meetings

    def done(result: tuple[str, int, int]) -> None:
        path, meetings, followups = result
        node.app.notify(f"Exported {meetings:,} meetings and {followups:,} follow-ups to "
                        f"{safe_str(path)}", title="Calendar export", timeout=12, markup=False)

    node.app.notify("Exporting the calendar…", timeout=3)
    run_db(node, make_id, write=True, group="export-calendar-id",
           done=lambda _none: run_db(node, job, done=done, group="export-calendar"))
