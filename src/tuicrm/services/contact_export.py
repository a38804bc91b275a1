"""The contacts list as CSV rows, shared by the app's export key and ``tuicrm export --csv``.

Headless (no Textual), so the command line can use it: the rows come page by
page (keyset, in SQL) from :func:`~tuicrm.services.contacts.list_contacts`,
with the list's filters and order, and are written by
:func:`tuicrm.interop.csv_export.write_csv`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

RowsOf = Callable[[Any], Iterable[Sequence[object]]]

CONTACT_HEADER = ["Name", "Organisation", "Role", "Email", "Phone", "Owner", "Stage",
                  "Last touch"]


def paged(fetch: Callable[[Any], Any]) -> Iterable[Any]:
    """Every item of a keyset-paged list: ``fetch(after)`` returns a ``Page``."""
    after = None
    while True:
        page = fetch(after)
        yield from page.items
        if page.next_cursor is None:
            return
        after = page.next_cursor


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
