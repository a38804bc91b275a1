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

if TYPE_CHECKING:
    from tuicrm.services.contacts import ContactRow

__all__ = ["COLUMNS", "add_columns", "column_widths", "contact_cells", "fit", "fitted_cells"]

# (label, fixed width or share of the width left over, narrowest)
COLUMNS: tuple[tuple[str, int | float, int], ...] = (
    ("Name", 0.3, 12), ("Organisation", 0.2, 8), ("Role", 8, 8), ("Email", 0.3, 10),
    ("Phone", 0.2, 8), ("Owner", 5, 5), ("Last touch", 13, 13),
)
CHROME = 2 * len(COLUMNS) + 4  # cell padding, margins and the scrollbar


def add_columns(table: DataTable[Text], widths: Sequence[int] | None = None) -> None:
    """Give ``table`` the contact columns (keys: the labels in snake_case).

    With ``widths`` (from :func:`fit`) the columns get those widths at once,
    instead of the table measuring its cells later, on idle.
    """
    for i, (label, _width, _least) in enumerate(COLUMNS):
        table.add_column(label, key=label.lower().replace(" ", "_"),
                         width=widths[i] if widths is not None else None)


def column_widths(total: int, needs: Sequence[int]) -> list[int]:
    """The widest each column may be on a screen ``total`` cells wide.

    A flexible column that needs less than its share keeps only what it
    needs; the others split what is left by their shares.
    """
    flex = {i: w for i, (_label, w, _least) in enumerate(COLUMNS) if isinstance(w, float)}
    widths = [int(w) if i not in flex else needs[i] for i, (_l, w, _m) in enumerate(COLUMNS)]
    spare = max(0, total - CHROME - sum(w for i, w in enumerate(widths) if i not in flex))
    while flex:
        shares = sum(flex.values())
        modest = [i for i, share in flex.items() if needs[i] <= spare * share / shares]
        if not modest:
            break
        for i in modest:
            spare -= needs[i]
            del flex[i]
    shares = sum(flex.values())
    for i, share in flex.items():
        widths[i] = max(COLUMNS[i][2], int(spare * share / shares))
    return widths


def contact_cells(row: ContactRow, today: date) -> list[Text]:
    """The row's cells, every one through safe_text (not yet cut to width)."""
    if row.last_touch is not None:
        touch = safe_text(dates.humanize_delta(dates.to_local(row.last_touch).date(), today=today))
    else:
        touch = Text("—", style="dim")
    values = (row.name, row.organisation, str(row.role).capitalize(), row.email, row.phone,
              row.owner_initials)
    return [*(safe_text(v) for v in values), touch]


def fitted_cells(rows: Sequence[ContactRow], width: int, today: date) -> list[list[Text]]:
    """Every row's cells, each cut (with an ellipsis) to fit a screen ``width`` wide."""
    return fit(rows, width, today)[0]


def fit(rows: Sequence[ContactRow], width: int, today: date
        ) -> tuple[list[list[Text]], list[int]]:
    """The cells cut to fit a screen ``width`` wide, and each column's width."""
    grid = [contact_cells(row, today) for row in rows]
    needs = [max([len(label), *(cells[i].cell_len for cells in grid)])
             for i, (label, _w, _least) in enumerate(COLUMNS)]
    widths = column_widths(width, needs)
    for cells in grid:
        for cell, most in zip(cells, widths, strict=True):
            if cell.cell_len > most:
                cell.truncate(most, overflow="ellipsis")
    return grid, [min(need, most) for need, most in zip(needs, widths, strict=True)]
