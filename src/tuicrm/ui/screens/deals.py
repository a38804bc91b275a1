"""The deals section: the pipeline board, or the same deals as a list.

The board (:class:`~tuicrm.ui.widgets.deal_board.DealBoard`): ``h``/``l`` move
between stages, ``j``/``k`` between deals, ``H``/``L`` move the chosen deal
to the stage before or after (losing asks why; winning offers the contract or
sale it became), Enter opens it. ``v`` shows the list instead: 50 a page,
filtered (``f``: open, won, lost, stale, any stage) and sorted (``s``). ``n``
adds a deal, ``e`` edits, ``d`` deletes, ``o`` opens its contact, ``S`` sets
the stages and when a deal goes stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import DataTable, Select, Static

from tuicrm import money
from tuicrm.ui.screens import deal_actions
from tuicrm.ui.screens.record_lists import Cursor, ListPage, PagedList, RecordTable
from tuicrm.ui.screens.sections import SectionScreen
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.columns import Column
from tuicrm.ui.widgets.deal_board import DealBoard, amounts
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import DealRow, Stage, StageColumn

GROUP = "deals"
FILTERS = [("Open deals", "open"), ("Stale deals", "stale"), ("Won", "won"), ("Lost", "lost"),
           ("All deals", "all")]
SORTS = [("Expected close", "close"), ("Value", "value"), ("Newest", "newest"),
         ("Title", "title")]
COLUMNS: tuple[Column, ...] = (
    ("Deal", 0.5, 12), ("Contact", 0.4, 10), ("Stage", 14, 8), ("Value", 16, 10),
    ("Chance", 7, 6), ("Close", 10, 10), ("Next step", 10, 10),
)
EMPTY = "No deals yet.\n\nPress n to add one: what might come in, from whom, and when."


def deal_cells(row: DealRow) -> list[Text]:
    def day(value: object) -> Text:
        return Text(value.isoformat() if value else "—",  # type: ignore[attr-defined]
                    style="" if value else "dim")

    title = safe_text(("◷ " if row.stale else "") + row.title)
    return [title, safe_text(row.contact), safe_text(row.stage),
            Text(money.shown_amount(row.value_minor, row.currency), justify="right"),
            Text(f"{row.probability} %", justify="right"), day(row.expected_close),
            day(row.next_step_due)]


class DealsScreen(PagedList["DealRow"], SectionScreen):
    """The pipeline: a board of stages, or a list."""

    SECTION_NAME = "Deals"
    LOAD_GROUP = GROUP
    READS_WHILE_COMPOSING = False  # the board's reload keeps the chosen card (a widget)
    AUTO_FOCUS = "#deals-board"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="deals.new"),
        Binding("enter", "open", "Open", id="deals.open", show=False),
        Binding("h,left", "column(-1)", "Stage ←", id="deals.left", show=False),
        Binding("l,right", "column(1)", "Stage →", id="deals.right", show=False),
        Binding("j,down", "card(1)", "Down", id="deals.down", show=False),
        Binding("k,up", "card(-1)", "Up", id="deals.up", show=False),
        Binding("H", "step(-1)", "Move ←", id="deals.move_back"),
        Binding("L", "step(1)", "Move →", id="deals.move_on"),
        Binding("e", "edit", "Edit", id="deals.edit"),
        Binding("d", "delete", "Delete", id="deals.delete"),
        Binding("o", "open_contact", "Contact", id="deals.contact", show=False),
        Binding("v", "toggle_view", "List/board", id="deals.view"),
        Binding("f", "filter", "Filter", id="deals.filter", show=False),
        Binding("s", "sort", "Sort", id="deals.sort", show=False),
        Binding("S", "stages", "Stages", id="deals.stages", show=False),
        Binding("pagedown", "next_page", "Next page", id="deals.next_page", priority=True,
                show=False),
        Binding("pageup", "prev_page", "Prev page", id="deals.prev_page", priority=True,
                show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.start_paging()
        self.as_list = False
        self._which = "open"
        self._sort = "close"
        self._rows: dict[str, DealRow] = {}
        self._summary = Text()  # the open deals and their totals, from the board
        self._stale = 0  # counted after the board

    def compose_body(self) -> ComposeResult:
        yield Static(id="deals-summary")
        with Horizontal(id="deals-list-bar"):
            yield Select(FILTERS, value="open", allow_blank=False, id="deals-filter")
            yield Select(SORTS, value="close", allow_blank=False, id="deals-sort")
        yield DealBoard(id="deals-board")
        yield RecordTable(id="deals-table")
        yield Static(Text(EMPTY), id="deals-empty", classes="section--empty")

    def on_mount(self) -> None:
        self._show_view()
        super().on_mount()

    @property
    def board(self) -> DealBoard:
        return self.query_one("#deals-board", DealBoard)

    @property
    def table(self) -> RecordTable:
        return self.query_one("#deals-table", RecordTable)

    def _show_view(self) -> None:
        self.query_one("#deals-list-bar").display = self.as_list
        self.table.display = self.as_list
        self.board.display = not self.as_list
        self.query_one("#deals-empty").display = False

    # --- loading -----------------------------------------------------------------

    def reload(self) -> None:
        if self.as_list:
            super().reload()
        else:
            chosen = self.board.chosen()
            keep = chosen.id if chosen is not None else None
            self.load(lambda core: core.deals.board(),
                      lambda columns: self._show_board(columns, keep))
            if self.crm_app.core is not None:  # after the board: it counts every open deal
                run_core(self, lambda core: core.deals.stale_count(), done=self._show_stale,
                         group="deals-stale", exclusive=True)

    def _show_stale(self, stale: int) -> None:
        self._stale = stale
        self._show_summary()

    def _show_board(self, columns: list[StageColumn], keep: int | None) -> None:
        self.board.show(columns, keep_deal=keep)
        open_columns = [c for c in columns if c.stage.is_open]
        count = sum(c.count for c in open_columns)
        weighted: dict[str, int] = {}
        totals: dict[str, int] = {}
        for column in open_columns:
            for currency, value in column.weighted.items():
                weighted[currency] = weighted.get(currency, 0) + value
            for currency, value in column.totals.items():
                totals[currency] = totals.get(currency, 0) + value
        summary = Text(f"{count:,} open deal{'s' if count != 1 else ''}")
        if count:
            summary.append(f" · {amounts(dict(sorted(totals.items())))}")
            summary.append(f" · weighted {amounts(dict(sorted(weighted.items())))}",
                           style="bold")
        self._summary = summary
        self._show_summary()
        empty = not any(c.count for c in columns)
        self.query_one("#deals-empty", Static).display = empty
        self.board.display = not empty
        self.set_status(Text("h/l stage · j/k deal · H/L move it · Enter opens · v list",
                             style="dim"))
        self.refresh_bindings()

    def _show_summary(self) -> None:
        summary = self._summary.copy()
        if self._stale:
            summary.append(f" · ◷ {self._stale} stale", style="yellow")
        self.query_one("#deals-summary", Static).update(summary)

    def page_query(self) -> tuple[str, str]:
        return self._which, self._sort

    def read_page(self, core: Core, query: tuple[str, str], cursors: tuple[Cursor | None, ...],
                  early: object) -> tuple[list[DealRow], Cursor | None, int | None]:
        from tuicrm.core.data import DealFilter

        which, sort = query
        page = core.deals.page(DealFilter(which), sort=sort, after=cursors[-1],
                               limit=self.PAGE_SIZE)
        return page.items, page.next_cursor, None

    def show_page(self, page: ListPage[DealRow], *, same_page: bool) -> None:
        if not self.as_list:
            return
        self.cut_to_width()
        self._rows = {str(row.id): row for row in page.rows}
        self.table.fill(COLUMNS, [(str(r.id), deal_cells(r), r.contact_id) for r in page.rows],
                        max(60, self.app.size.width - 4), keep=same_page)
        empty = not page.rows and self._pages.on_first_page
        self.table.display = not empty
        blank = self.query_one("#deals-empty", Static)
        blank.display = empty
        blank.update(Text(EMPTY if page.query == ("open", "close") else "No deals here."))
        if page.rows:
            first = self._pages.first_position
            status = Text(f"Deals {first:,}–{first + len(page.rows) - 1:,}")
            if self._pages.next_cursor is not None or not self._pages.on_first_page:
                status.append("   PgDn next · PgUp previous", style="dim")
            status.append("   f filter · s sort · v board", style="dim")
        else:
            status = Text("No deals here.   v board", style="dim")
        self.set_status(status)
        self.refresh_bindings()

    # --- the chosen deal -------------------------------------------------------------

    def _selected(self) -> DealRow | None:
        if self.as_list:
            key = self.table.selected_key() if self.table.display else None
            return self._rows.get(key) if key else None
        return self.board.chosen() if self.board.display else None

    @on(DataTable.RowHighlighted, "#deals-table")
    def _highlighted(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("step", "edit", "delete", "open", "open_contact"):
            return None if self._selected() is None else True
        if action in ("column", "card"):
            return not self.as_list
        if action in ("filter", "sort"):
            return self.as_list
        if action in ("next_page", "prev_page"):
            return super().check_action(action, parameters) if self.as_list else False
        return True

    # --- keys ------------------------------------------------------------------------

    def action_column(self, step: int) -> None:
        self.board.move(columns=step)
        self.refresh_bindings()

    def action_card(self, step: int) -> None:
        self.board.move(rows=step)
        self.refresh_bindings()

    def action_step(self, direction: int) -> None:
        if (row := self._selected()) is not None:
            # a move is an explicit act on the deal as it is now, kept in its history:
            # no version (a second L before the board reloads is not a conflict)
            deal_actions.step(self, row.id, row.title, direction)

    def action_new(self) -> None:
        deal_actions.new_deal(self)

    @on(DataTable.RowSelected, "#deals-table")
    def action_open(self) -> None:
        from tuicrm.ui.screens.deal_view import DealView

        if (row := self._selected()) is not None:
            self.app.push_screen(DealView(row.id))

    def action_edit(self) -> None:
        if (row := self._selected()) is not None:
            deal_actions.edit_deal(self, row.id)

    def action_delete(self) -> None:
        if (row := self._selected()) is not None:
            deal_actions.delete_deal(self, row.id, row.title, version=row.version)

    def action_open_contact(self) -> None:
        if (row := self._selected()) is not None:
            self.crm_app.open_contact(row.contact_id)

    def action_stages(self) -> None:
        deal_actions.edit_stages(self)

    def action_toggle_view(self) -> None:
        self.as_list = not self.as_list
        self._show_view()
        if self.as_list:
            self.table.focus()
            self.first_page()
            run_core(self, lambda core: core.deals.stages(), done=self._offer_stages,
                     group="deals-stages", exclusive=True)
        else:
            self.board.focus()
            self.reload()
        self.refresh_bindings()

    def _offer_stages(self, stages: list[Stage]) -> None:
        """The filter offers each stage too (as it is named now)."""
        select = self.query_one("#deals-filter", Select)
        chosen = select.value
        options = [*FILTERS, *((Text("In ").append_text(safe_text(s.name)), str(s.id))
                               for s in stages if s.is_open)]
        select.set_options(options)
        if any(value == chosen for _label, value in options):
            select.value = chosen

    def action_filter(self) -> None:
        self.query_one("#deals-filter", Select).focus()

    def action_sort(self) -> None:
        self.query_one("#deals-sort", Select).focus()

    @on(Select.Changed, "#deals-filter")
    def _filter_changed(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL and event.value != self._which:
            self._which = str(event.value)
            self.first_page()

    @on(Select.Changed, "#deals-sort")
    def _sort_changed(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL and event.value != self._sort:
            self._sort = str(event.value)
            self.first_page()

    def on_resize(self) -> None:
        if self.as_list:
            super().on_resize()
