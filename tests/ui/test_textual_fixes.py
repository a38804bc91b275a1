"""Textual bugs we patch (``tuicrm.ui.textual_fixes``): each test shows the bug."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable

from tuicrm.ui import app as _app  # noqa: F401 - applies the fixes, as the app does


class OneHiddenList(App[None]):
    CSS = "DataTable { height: auto; max-height: 12; }"

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            # no header: measured before its rows are counted, it is 0 lines high
            table: DataTable[str] = DataTable(id="list", show_header=False)
            table.display = False  # as Today's lists are until their rows come
            yield table


async def test_a_list_shown_while_the_screen_is_laid_out_gets_its_rows_height():
    """Today once showed six lists with their rows in and 0 lines high for good: a
    list was shown, the screen laid out (the table measured before its rows were
    counted), then its rows were counted; Textual kept the height measured between."""
    app = OneHiddenList()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one("#list", DataTable)
        table.add_columns("Name", "Due")
        await pilot.pause()
        table.display = True
        table.add_rows([(f"Person {i}", "today") for i in range(6)])
        # The screen lays out before the table's next idle, as a screen being
        # resumed does (its size is new); the rows are not counted yet.
        app.screen._refresh_layout(app.size)  # noqa: SLF001 - the moment the bug needs
        assert table.size.height == 0
        for _ in range(5):  # the table counts its rows and asks for a layout
            await pilot.pause()
        assert table.size.height == 6  # its six rows, on screen
