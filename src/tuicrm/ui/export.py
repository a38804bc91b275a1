"""Exporting the list a screen shows to CSV, from the keyboard.

The rows are read page by page (keyset, in SQL) in a worker and streamed into
a private file in the data directory's ``exports`` folder through
:func:`tuicrm.interop.csv_export.write_csv` (formula cells neutralised); the
notification names the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.dom import DOMNode

# The contacts list's rows live in a headless module, for `tuicrm export --csv` too.
from tuicrm.services.contact_export import CONTACT_HEADER, RowsOf, contact_rows
from tuicrm.ui.text import safe_str
from tuicrm.ui.work import run_db

__all__ = ["CONTACT_HEADER", "RowsOf", "contact_rows", "export_csv"]


def export_csv(node: DOMNode, name: str, header: Sequence[str], rows_of: RowsOf) -> None:
    """Write ``rows_of(session)`` under ``header`` to exports/<name>-<time>.csv."""

    def job(session: Any) -> tuple[str, int]:
        from tuicrm import config, dates
        from tuicrm.interop.csv_export import write_csv

        stamp = dates.now().strftime("%Y%m%d-%H%M%S")
        path = config.exports_dir() / f"{name}-{stamp}.csv"
        count = write_csv(path, header, rows_of(session))
        return str(path), count

    def done(result: tuple[str, int]) -> None:
        path, count = result
        node.app.notify(f"Exported {count:,} row{'s' if count != 1 else ''} to "
                        f"{safe_str(path)}", title="CSV export", timeout=12, markup=False)

    node.app.notify("Exporting…", timeout=3)
    run_db(node, job, done=done, group=f"export-{name}")
