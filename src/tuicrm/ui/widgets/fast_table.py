"""FastTable: a DataTable that draws and measures one-line text cells directly.

DataTable draws every cell through Rich's general machinery (a Padding in a
Styled, wrapped, cropped and split into lines) and caches the result per row
key. Every new page or search result is a cache miss, so that path was most
of a search keystroke's time: 50 rows of seven columns against one. Our cells
are one-line ``Text`` already cut to their column (``columns.fit``), so the
line can be built directly: left padding, the text's segments, the fill, the
right padding, then the same styles applied in the same order.

New rows are measured the same way: DataTable asks Rich for each cell's
width, and Rich asks the terminal for its size (three system calls) on every
one of them, though a line of text is as wide as its characters.

The segments and widths are identical to DataTable's own
(``tests/ui/test_fast_table.py`` compares them); anything else (a header, a
wider cell, a line break, a justified or non-Text cell, a taller or labelled
row, a tab) takes DataTable's path.

Private Textual API: this overrides DataTable's ``_render_cell`` and
``_update_dimensions`` and reads its private state (``_row_locations``,
``_column_locations``, ``_cell_render_cache`` and its key's parts,
``_get_row_renderables``, ``_get_styles_to_render_cell``,
``_row_label_column_width``, ``_total_row_height``; and, to add many rows at
once, ``_data``, ``_new_rows``, ``_require_update_dimensions``, ``_update_count``,
``_highlight_cursor``) and ``textual._types``.
pyproject.toml pins Textual to the minor version this was written against;
each use is marked ``# private API``; the segment test catches a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import zip_longest

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual._types import SegmentLines  # private API
from textual.geometry import Size
from textual.render import measure
from textual.widgets import DataTable
from textual.widgets.data_table import DuplicateKey, Row, RowKey

__all__ = ["FastTable"]

_PLAIN = Style.null()


class FastTable(DataTable[Text]):
    """A DataTable whose one-line ``Text`` cells are drawn directly."""

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,
                     cursor: bool = False, hover: bool = False) -> SegmentLines:  # private API
        if row_index < 0 or column_index < 0:  # the header row, or a row label
            return super()._render_cell(row_index, column_index, base_style, width,
                                        cursor, hover)
        row_key = self._row_locations.get_key(row_index)  # private API, as below
        # DataTable's own cache key, so its invalidation (styles, cursor, updates) holds.
        key = (row_key, self._column_locations.get_key(column_index), base_style, cursor,
               hover, self._show_hover_cursor, self._update_count, self._pseudo_class_state)
        cached = self._cell_render_cache.get(key)
        if cached is not None:
            return cached
        cell = self._get_row_renderables(row_index)[1][column_index]
        pad = self.cell_padding
        inner = width - 2 * pad
        if (not isinstance(cell, Text) or self.rows[row_key].height != 1 or inner < 0
                or cell.justify not in (None, "default") or "\n" in cell.plain
                or "\t" in cell.plain  # Rich expands tabs
                or cell.cell_len > inner):
            return super()._render_cell(row_index, column_index, base_style, width,
                                        cursor, hover)
        fixed = row_index < self.fixed_rows or column_index < self.fixed_columns
        component_style, post_style = self._get_styles_to_render_cell(
            False, False, fixed, hover, cursor, self.show_cursor, self._show_hover_cursor,
            self.cursor_foreground_priority == "css",
            self.cursor_background_priority == "css")
        console = self.app.console
        if cell.style:  # as Rich renders a line: its own style first, then its spans
            cell = Text(cell.plain, spans=[Span(0, len(cell.plain), cell.style), *cell.spans])
        line = [Segment(" " * pad, _PLAIN)] if pad else []
        line += cell.render(console, end="")
        if inner > cell.cell_len:
            line.append(Segment(" " * (inner - cell.cell_len), _PLAIN))
        if pad:
            line.append(Segment(" " * pad, _PLAIN))
        pre = base_style + Style.from_meta({"row": row_index, "column": column_index})
        lines = [list(Segment.apply_style(line, style=console.get_style(pre + component_style),
                                          post_style=console.get_style(post_style)))]
        self._cell_render_cache[key] = lines
        return lines

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:  # private API, as below
        rows = list(new_rows)
        indexes = []
        for row_key in rows:
            index = self._row_locations.get(row_key)
            if index is None:
                continue  # removed before the table got to it
            row = self.rows[row_key]
            if row.label is not None or row.auto_height:
                super()._update_dimensions(rows)
                return
            indexes.append(index)
        columns = self.ordered_columns
        for index in indexes:
            for column, cell in zip(columns, self._get_row_renderables(index)[1], strict=False):
                if isinstance(cell, Text) and "\n" not in cell.plain:
                    width = cell.cell_len  # what Text.__rich_measure__ says, without asking
                else:
                    width = measure(self.app.console, cell, 1)
                column.content_width = max(column.content_width, width)
        header = self.header_height if self.show_header else 0
        self.virtual_size = Size(
            sum(column.get_render_width(self) for column in self.columns.values())
            + self._row_label_column_width, self._total_row_height + header)

    def add_keyed_rows(self, rows: Iterable[tuple[str, Sequence[Text]]]) -> None:
        """Add one-line rows at the bottom, each under its key: what ``add_row`` does
        for each, except that the columns are ordered and the cursor is put back
        (its validation and watchers run) once for them all, not per row: those
        were most of ``add_row``'s time, ~0.1 ms a row (a page of 50, or Today's
        300, filled at every load)."""
        columns = self.ordered_columns
        was_empty = self.row_count == 0
        for key, cells in rows:
            row_key = RowKey(key)
            if row_key in self._row_locations:  # private API, as below
                raise DuplicateKey(f"The row key {row_key!r} already exists.")
            if len(cells) > len(columns):
                raise ValueError("More values provided than there are columns.")
            self._row_locations[row_key] = self.row_count
            self._data[row_key] = {column.key: cell for column, cell
                                   in zip_longest(columns, cells)}
            self.rows[row_key] = Row(row_key, 1)
            self._new_rows.add(row_key)
        self._require_update_dimensions = True
        self.cursor_coordinate = self.cursor_coordinate
        if (was_empty and self.row_count and self.columns and self.show_cursor
                and self.cursor_type != "none"):
            self._highlight_cursor()  # a cell under the cursor where there was none
        self._update_count += 1
        self.check_idle()
