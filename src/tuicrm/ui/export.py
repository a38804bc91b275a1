"""Exporting the list a screen shows to CSV, from the keyboard.

The rows are read page by page (keyset, in SQL) in a worker and streamed into
a private file in the data directory's ``exports`` folder through
:func:`tuicrm.interop.csv_export.write_csv` (formula cells neutralised); the
notification names the file.
"""

from __future__ import annotations

from textual.dom import DOMNode

from tuicrm.ui.text import safe_str
from tuicrm.ui.work import CoreJob, run_core

__all__ = ["export_csv"]


def export_csv(node: DOMNode, name: str, job: CoreJob[tuple[str, int]]) -> None:
    """Run ``job`` (one of ``core.exports``' CSV writers) and say where the file went."""

    def done(result: tuple[str, int]) -> None:
        path, count = result
        node.app.notify(f"Exported {count:,} row{'s' if count != 1 else ''} to "
                        f"{safe_str(path)}", title="CSV export", timeout=12, markup=False)

    node.app.notify("Exporting…", timeout=3)
    run_core(node, job, done=done, group=f"export-{name}")
