"""``e`` on the Calendar: meetings, open follow-ups (as tasks) and contract dates as an
.ics file.

Written (private, atomically) into the data directory's ``exports`` folder by
the same services as ``tuicrm export --ics``; the notification names the
file to import into a calendar program. Exporting again later updates the
same events there (stable UIDs) instead of adding copies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.dom import DOMNode

from tuicrm.ui.text import safe_str
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core.exports import CalendarExport


def export_calendar(node: DOMNode) -> None:
    def done(result: CalendarExport) -> None:
        node.app.notify(f"Exported {result.words()} to {safe_str(result.path)}",
                        title="Calendar export", timeout=12, markup=False)

    node.app.notify("Exporting the calendar…", timeout=3)
    run_core(node, lambda core: core.exports.calendar_ics(), done=done, group="export-calendar")
