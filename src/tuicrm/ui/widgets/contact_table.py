"""The contacts table's columns, and its rows as cells cut to the screen width.

Self-contained (no database, no screen state): the contacts screen hands it the
rows of a page and the width it has, and gets back the cells to show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import DataTable

from tuicrm import dates
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets import columns
from tuicrm.ui.widgets.columns import Column

if TYPE_CHECKING:
    from tuicrm.core.data import ContactRow

__all__ = ["COLUMNS", "add_columns", "contact_cells", "fit"]

# (label, fixed width or share of the width left over, narrowest)
COLUMNS: tuple[Column, ...] = (
    ("Name", 0.3, 12), ("Organisation", 0.2, 8), ("Role", 8, 8), ("Email", 0.3, 10),
    ("Phone", 0.2, 8), ("Owner", 5, 5), ("Last touch", 13, 13),
)


def add_columns(table: DataTable[Text], widths: Sequence[int] | None = None) -> None:
    """Give ``table`` the contact columns, sized at once if ``widths`` (from :func:`fit`)."""
    columns.add_columns(table, COLUMNS, widths)


def contact_cells(row: ContactRow, today: date) -> list[Text]:
    """The row's cells, every one through safe_text (not yet cut to width)."""
    if row.last_touch is not None:
        touch = safe_text(dates.humanize_delta(dates.to_local(row.last_touch).date(), today=today))
    else:
        touch = Text("—", style="dim")
    values = (row.name, row.organisation, str(row.role).capitalize(), row.email, row.phone,
              row.owner_initials)
    return [*(safe_text(v) for v in values), touch]


def fit(rows: Sequence[ContactRow], width: int, today: date
        ) -> tuple[list[list[Text]], list[int]]:
    """The cells cut to fit a screen ``width`` wide, and each column's width."""
    grid = [contact_cells(row, today) for row in rows]
    return grid, columns.fit(COLUMNS, grid, width)
