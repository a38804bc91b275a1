"""Reports: a period's key figures, revenue by month as a chart, the top clients and customers.

The period is chosen from the keyboard: ``[`` / ``]`` the previous / next
period, ``p`` cycles month, quarter, year and the last 12 months (the default,
up to today). Everything is read in one worker job per period
(:meth:`tuicrm.core.reports.Reports.report`); ``c`` shows the chart
in the next currency, ``ctrl+e`` writes the focused top list to CSV, Enter
opens its contact. The counts of contacts per role and contracts per status
stay at the bottom.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from tuicrm import dates
from tuicrm.ui.screens.record_lists import RecordTable
from tuicrm.ui.screens.report_panels import (
    KINDS,
    TOP_COLUMNS,
    count_table,
    figures_table,
    forecast_table,
    period_label,
    period_of,
    pipeline_table,
    receivables_table,
    role_rows,
    shift,
    status_rows,
    top_rows,
)
from tuicrm.ui.screens.sections import SectionScreen, until_loaded
from tuicrm.ui.widgets.revenue_chart import RevenueChart

if TYPE_CHECKING:
    from tuicrm.core.reports import ReportData

# (table id, which top list, heading, what the empty list says)
TOP_LISTS = (
    ("reports-top-clients", "clients", "Top clients by value (contract billing)",
     "No contract billed anything in this period."),
    ("reports-top-customers", "customers", "Top customers by spend (purchases)",
     "No purchases in this period."),
)


class ReportsScreen(SectionScreen):
    """Key figures, revenue by month, top clients and customers, for a chosen period."""

    SECTION_NAME = "Reports"
    LOAD_GROUP = "reports"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left_square_bracket", "move(-1)", "Prev period", id="reports.previous"),
        Binding("right_square_bracket", "move(1)", "Next period", id="reports.next"),
        Binding("p", "next_kind", "Period", id="reports.period"),
        Binding("c", "next_currency", "Currency", id="reports.currency"),
        Binding("ctrl+e", "export", "Export CSV", id="reports.export", show=False),
        Binding("r", "refresh", "Refresh", id="reports.refresh"),
        Binding("w", "reengage", "Re-engage", id="reports.reengage", show=False),
        Binding("S", "segments", "Segments", id="reports.segments", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.kind = "last12"
        self.day: date | None = None  # the period's anchor; today until moved
        self.shown: ReportData | None = None

    @property
    def period(self) -> tuple[date, date]:
        return period_of(self.kind, self.day or dates.today())

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="reports-body", classes="section--body", can_focus=False):
            yield Static(id="reports-period", classes="section--heading")
            with Horizontal(classes="reports--row"):
                yield Static(id="reports-figures", classes="reports--panel")
                yield RevenueChart(id="reports-chart")
            with Horizontal(classes="reports--row"):
                for table_id, _which, heading, empty in TOP_LISTS:
                    with Vertical(classes="reports--top"):
                        yield Static(Text(heading, style="bold"), classes="section--heading")
                        yield until_loaded(RecordTable(id=table_id))
                        yield until_loaded(Static(Text(empty), id=f"{table_id}-empty",
                                                  classes="section--empty"))
            yield Static(id="reports-receivables", classes="reports--panel")
            with Horizontal(classes="reports--row"):
                yield Static(id="reports-forecast", classes="reports--panel")
                yield Static(id="reports-pipeline", classes="reports--panel")
            with Horizontal(classes="reports--row"):
                yield Static(id="reports-roles", classes="reports--panel")
                yield Static(id="reports-contracts", classes="reports--panel")

    # --- loading -----------------------------------------------------------

    def reload(self) -> None:
        self.day = self.day or dates.today()
        kind, (first, last) = self.kind, self.period
        self._show_period(kind, first, last, loading=True)
        self.load(lambda core: core.reports.report(first, last),
                  lambda data: self._show(kind, data))

    def action_refresh(self) -> None:
        self.reload()

    def action_move(self, step: int) -> None:
        self.day = shift(self.kind, self.day or dates.today(), step)
        self.reload()

    def action_next_kind(self) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        self.reload()

    def action_next_currency(self) -> None:
        chart = self.query_one(RevenueChart)
        if len(chart.currencies) < 2:
            self.notify("The chart has only this currency in this period."
                        if chart.currencies else "No revenue in this period.", timeout=3)
            return
        chart.next_currency()

    def action_export(self) -> None:
        from tuicrm.ui.export import export_csv

        focused = self.focused
        which = next((w for table_id, w, _h, _e in TOP_LISTS
                      if focused is not None and focused.id == table_id), None)
        if which is None or self.shown is None:
            self.notify("Tab to a top list first: ctrl+e exports the list in focus.",
                        timeout=4)
            return
        f = self.shown.figures
        export_csv(self, f"top-{which}", lambda core: core.exports.top_csv(
            which, f.period_start, f.period_end, f.today))

    @on(DataTable.RowSelected)
    def _open_row(self, event: DataTable.RowSelected) -> None:
        if isinstance(event.data_table, RecordTable):
            self.open_selected_contact(event.data_table)

    # --- showing -----------------------------------------------------------

    def _show_period(self, kind: str, first: date, last: date, *, loading: bool) -> None:
        heading = Text.assemble(("Period: ", "bold"), (period_label(kind, first, last), "bold"))
        if loading:
            heading.append("  loading…", style="italic dim")
        heading.append("   [ ] move · p month, quarter, year, 12 months", style="dim")
        self.query_one("#reports-period", Static).update(heading)

    def _show(self, kind: str, data: ReportData) -> None:
        self.shown = data
        f = data.figures
        self._show_period(kind, f.period_start, f.period_end, loading=False)
        self.query_one("#reports-figures", Static).update(figures_table(f))
        self.query_one(RevenueChart).show(f.months)
        for table_id, which, _heading, _empty in TOP_LISTS:
            rows = top_rows(f.top_clients if which == "clients" else f.top_customers)
            table = self.query_one(f"#{table_id}", RecordTable)
            table.fill(TOP_COLUMNS, rows, max(40, self.size.width // 2 - 4))
            table.display = bool(rows)
            self.query_one(f"#{table_id}-empty", Static).display = not rows
        self.query_one("#reports-receivables", Static).update(
            receivables_table(data.receivables))
        self.query_one("#reports-forecast", Static).update(forecast_table(data.pipeline))
        self.query_one("#reports-pipeline", Static).update(pipeline_table(data.pipeline))
        roles, statuses = role_rows(data.roles), status_rows(data.statuses)
        self.query_one("#reports-roles", Static).update(
            count_table("Contacts by role", roles, "All contacts"))
        self.query_one("#reports-contracts", Static).update(
            count_table("Contracts by status", statuses, "All contracts"))
        if sum(n for _l, n in roles):
            status = Text("Amounts stay in their own currency · c chart currency · "
                          "Enter opens a contact · ctrl+e exports the list in focus")
        else:
            status = Text("No contacts yet: the figures fill in as you add contacts, "
                          "contracts and sales.")
        self.set_status(status)
        if not isinstance(self.focused, RecordTable) or not self.focused.display:
            first = next((t for t in self.query(RecordTable) if t.display), None)
            if first is not None:
                first.focus()
