"""Exporting the list a screen shows to CSV, from the keyboard.

The rows are read page by page (keyset, in SQL) in a worker and streamed into
a private file in the data directory's ``exports`` folder through
:func:`tuicrm.interop.csv_export.write_csv` (formula cells neutralised); the
notification names the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from textual.dom import DOMNode

from tuicrm.ui.text import safe_str
from tuicrm.ui.work import run_db

RowsOf = Callable[[Any], Iterable[Sequence[object]]]


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


def paged(fetch: Callable[[Any], Any]) -> Iterable[Any]:
    """Every item of a keyset-paged list: ``fetch(after)`` returns a ``Page``."""
    after = None
    while True:
        page = fetch(after)
        yield from page.items
        if page.next_cursor is None:
            return
        after = page.next_cursor


CONTACT_HEADER = ["Name", "Organisation", "Role", "Email", "Phone", "Owner", "Stage",
                  "Last touch"]


def contact_rows(where: dict[str, Any], sort: str) -> RowsOf:
    """The contacts list's rows for CSV, with the list's filters (``where``) and order."""

    def rows(session: Any) -> Iterable[Sequence[object]]:
        from tuicrm.services.contacts import list_contacts

        for row in paged(lambda after: list_contacts(session=session, **where, sort=sort,
                                                     after=after, limit=1000)):
            yield [row.name, row.organisation, str(row.role), row.email, row.phone,
                   row.owner_initials, row.stage and str(row.stage),
                   row.last_touch and row.last_touch.isoformat()]

    return rows
