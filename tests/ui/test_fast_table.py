"""FastTable draws and measures each cell exactly as DataTable would, only sooner.

Every cell of a table holding awkward text (styled, spanned, empty, wide
characters, combining marks, markup-looking, too wide, two lines, a tab) is drawn
in every state (cursor, hover, zebra and plain backgrounds) by FastTable and by
DataTable's own path; the segments must be equal, style for style. The same
rows in a plain DataTable must give the same column widths and table size.
"""

from __future__ import annotations

import pytest
from rich.style import Style
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable
from textual.widgets.data_table import DuplicateKey

from tuicrm.ui.widgets.fast_table import FastTable

CELLS = [
    Text("Ada Lovelace"), Text("—", style="dim"), Text(""), Text("日本語の名前"),
    Text("[b]not bold[/b]"), Text.assemble(("over", "bold"), ("due", "red")),
    Text("much too long for its column"), Text("two\nlines"), Text("e\u0301te\u0301"),
    Text("  spaced  ", style="italic"), Text.assemble("plain ", ("and red", "red on blue")),
    Text("a\tb"),
]


class Tables(App[None]):
    def compose(self) -> ComposeResult:
        yield FastTable(zebra_stripes=True, cursor_type="row", id="fast")
        yield DataTable(zebra_stripes=True, cursor_type="row", id="plain")

    def on_mount(self) -> None:
        for table in self.query(DataTable):
            for label, width in (("Name", 12), ("Short", 5), ("Auto", None)):
                table.add_column(label, width=width)
            for i, cell in enumerate(CELLS):
                table.add_row(cell, cell.copy(), cell.copy(), key=str(i))
            table.add_row(Text("1"), Text("2"), Text("3"), height=None, key="auto")


@pytest.mark.asyncio
async def test_every_cell_is_drawn_as_datatable_draws_it() -> None:
    app = Tables()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        table = app.query_one(FastTable)
        compared = 0
        for row in range(table.row_count):
            for column, key in enumerate(table.columns):
                width = table.columns[key].get_render_width(table)
                for cursor in (False, True):
                    for hover in (False, True):
                        for base in (Style.null(), Style(bgcolor="grey23"),
                                     Style(color="blue", bold=True)):
                            table._cell_render_cache.clear()
                            ours = table._render_cell(row, column, base, width, cursor, hover)
                            table._cell_render_cache.clear()
                            theirs = DataTable._render_cell(table, row, column, base, width,
                                                            cursor, hover)
                            assert ours == theirs, (row, column, cursor, hover, base)
                            compared += 1
        assert compared == (len(CELLS) + 1) * 3 * 2 * 2 * 3


@pytest.mark.asyncio
async def test_columns_are_measured_as_datatable_measures_them() -> None:
    app = Tables()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        fast, plain = app.query_one("#fast", FastTable), app.query_one("#plain", DataTable)
        for table in (fast, plain):  # one more page, measured after the first
            for i, cell in enumerate(CELLS):
                table.add_row(Text(cell.plain * 2), cell, Text("x"), key=f"more-{i}")
        await pilot.pause()
        widths = [[c.content_width for c in t.ordered_columns] for t in (fast, plain)]
        assert widths[0] == widths[1]
        assert widths[0][0] == max(c.cell_len for c in CELLS if "\n" not in c.plain) * 2
        assert fast.virtual_size == plain.virtual_size


@pytest.mark.asyncio
async def test_one_line_text_takes_the_fast_path_and_the_rest_does_not() -> None:
    """The drawing comparison means something only if both paths were taken."""
    app = Tables()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        table = app.query_one(FastTable)
        taken: list[int] = []
        original = DataTable._render_cell

        def spy(self: DataTable[Text], row: int, *args: object) -> object:
            taken.append(row)
            return original(self, row, *args)  # type: ignore[arg-type]

        DataTable._render_cell = spy  # type: ignore[method-assign]
        try:
            table._cell_render_cache.clear()
            width = 12
            for row in range(table.row_count):
                table._render_cell(row, 0, Style.null(), width + 2)
        finally:
            DataTable._render_cell = original  # type: ignore[method-assign]
        wider_or_taller = [i for i, cell in enumerate(CELLS)
                           if cell.cell_len > width or "\n" in cell.plain
                           or "\t" in cell.plain]
        assert len(wider_or_taller) < len(CELLS) // 2
        assert taken == wider_or_taller



class Filled(App[None]):
    """Two FastTables, one filled row by row (``add_row``), one at once."""

    def __init__(self) -> None:
        super().__init__()
        self.highlighted: list[str] = []

    def compose(self) -> ComposeResult:
        yield FastTable(cursor_type="row", id="by-row")
        yield FastTable(cursor_type="row", id="at-once")

    def fill(self) -> None:
        rows = [(f"r{i}", [cell, Text(str(i))]) for i, cell in enumerate(CELLS)
                if "\n" not in cell.plain]
        for table in self.query(FastTable):
            table.add_columns("Cell", "Number")
        by_row, at_once = self.query_one("#by-row", FastTable), self.query_one("#at-once", FastTable)
        for key, cells in rows:
            by_row.add_row(*cells, key=key)
        at_once.add_keyed_rows(rows)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.highlighted.append(f"{event.data_table.id}:{event.row_key.value}")


@pytest.mark.asyncio
async def test_rows_added_at_once_are_the_rows_added_one_by_one() -> None:
    app = Filled()
    async with app.run_test(size=(80, 30)) as pilot:
        app.fill()
        await pilot.pause()
        by_row, at_once = app.query_one("#by-row", FastTable), app.query_one("#at-once", FastTable)
        assert at_once.row_count == by_row.row_count == len(CELLS) - 1
        for i in range(by_row.row_count):
            assert at_once.get_row_at(i) == by_row.get_row_at(i)
            assert (at_once.coordinate_to_cell_key((i, 0)).row_key
                    == by_row.coordinate_to_cell_key((i, 0)).row_key)
        assert at_once.cursor_coordinate == by_row.cursor_coordinate
        assert at_once.virtual_size == by_row.virtual_size
        assert sorted(app.highlighted) == ["at-once:r0", "by-row:r0"]  # the first row, once
        with pytest.raises(DuplicateKey):
            at_once.add_keyed_rows([("r0", [Text("again"), Text("0")])])
