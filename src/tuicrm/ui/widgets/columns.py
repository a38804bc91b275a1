"""Fitting a table's columns to the screen width, shared by the paged record tables.

A table declares its columns as (label, fixed width or share of the width
left over, narrowest). :func:`fit` cuts every cell (with an ellipsis) so the
row fits the screen, and returns each column's width so the table can be given
its widths up front instead of measuring its cells later, on idle.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable

Column = tuple[str, int | float, int]


def chrome(columns: Sequence[Column]) -> int:
    """Cells the table spends on cell padding, margins and the scrollbar."""
    return 2 * len(columns) + 4


def column_widths(columns: Sequence[Column], total: int, needs: Sequence[int]) -> list[int]:
    """The widest each column may be on a screen ``total`` cells wide.

    A flexible column that needs less than its share keeps only what it
    needs; the others split what is left by their shares.
    """
    flex = {i: w for i, (_label, w, _least) in enumerate(columns) if isinstance(w, float)}
    widths = [int(w) if i not in flex else needs[i] for i, (_l, w, _m) in enumerate(columns)]
    spare = max(0, total - chrome(columns) - sum(w for i, w in enumerate(widths)
                                                 if i not in flex))
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
        widths[i] = max(columns[i][2], int(spare * share / shares))
    return widths


def fit(columns: Sequence[Column], grid: list[list[Text]], total: int) -> list[int]:
    """Cut the cells of ``grid`` in place to fit ``total`` cells; each column's width."""
    needs = [max([len(label), *(cells[i].cell_len for cells in grid)])
             for i, (label, _w, _least) in enumerate(columns)]
    widths = column_widths(columns, total, needs)
    for cells in grid:
        for cell, most in zip(cells, widths, strict=True):
            if cell.cell_len > most:
                cell.truncate(most, overflow="ellipsis")
    return [min(need, most) for need, most in zip(needs, widths, strict=True)]


def add_columns(table: DataTable[Text], columns: Sequence[Column],
                widths: Sequence[int] | None = None) -> None:
    """Give ``table`` the columns (keys: the labels in snake_case), sized if ``widths``."""
    for i, (label, _width, _least) in enumerate(columns):
        table.add_column(label, key=label.lower().replace(" ", "_"),
                         width=widths[i] if widths is not None else None)
