"""``e`` on the Calendar: every meeting and open follow-up as an .ics file.

Written (private, atomically) into the data directory's ``exports`` folder by
the same services as ``tuicrm export --ics``; the notification names the
file to import into a calendar program. Exporting again later updates the
same events there (stable UIDs) instead of adding copies.
"""

from __future__ import annotations

from textual.dom import DOMNode

from tuicrm.ui.text import safe_str
from tuicrm.ui.work import run_core


def export_calendar(node: DOMNode) -> None:
    def done(result: tuple[str, int, int]) -> None:
        path, meetings, followups = result
        node.app.notify(f"Exported {meetings:,} meetings and {followups:,} follow-ups to "
                        f"{safe_str(path)}", title="Calendar export", timeout=12, markup=False)

    node.app.notify("Exporting the calendar…", timeout=3)
    run_core(node, lambda core: core.exports.calendar_ics(), done=done, group="export-calendar")
