"""FastTable: a DataTable that draws one-line text cells without Rich's layout.

DataTable draws every cell through Rich's general machinery (a Padding in a
Styled, wrapped, cropped and split into lines) and caches the result per row
key. Every new page or search result is a cache miss, so that path was most
of a search keystroke's time: 50 rows of seven columns against one. Our cells
are one-line ``Text`` already cut to their column (``columns.fit``), so the
line can be built directly: left padding, the text's segments, the fill, the
right padding, then the same styles applied in the same order.

The segments are identical to DataTable's own (``tests/ui/test_fast_table.py``
compares them cell by cell); anything else (a header, a wider cell, a line
break, a justified or non-Text cell, a taller row) takes DataTable's path.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual._types import SegmentLines
from textual.widgets import DataTable

__all__ = ["FastTable"]

_PLAIN = Style.null()


class FastTable(DataTable[Text]):
    """A DataTable whose one-line ``Text`` cells are drawn directly."""

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,
                     cursor: bool = False, hover: bool = False) -> SegmentLines:
        if row_index < 0 or column_index < 0:  # the header row, or a row label
            return super()._render_cell(row_index, column_index, base_style, width,
                                        cursor, hover)
        row_key = self._row_locations.get_key(row_index)
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
