"""One deal: its value and chance, its stage and every stage it went through
(who moved it, when, how long it stayed), its next step, and what winning it
made. ``H``/``L`` move it, ``e`` edits, ``d`` deletes, ``o`` opens the contact,
``c``/``s`` make the contract or sale of a won deal."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tuicrm import dates, errors, money
from tuicrm.enums import DealOutcome
from tuicrm.ui.screens import deal_actions
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core.data import DealDetail

_OUTCOME_STYLES = {DealOutcome.OPEN: "", DealOutcome.WON: "bold green",
                   DealOutcome.LOST: "bold red"}


class DealView(CrmScreen):
    """Everything about one deal."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="deal.back"),
        Binding("H", "step(-1)", "Move ←", id="deal.move_back"),
        Binding("L", "step(1)", "Move →", id="deal.move_on"),
        Binding("e", "edit", "Edit", id="deal.edit"),
        Binding("c", "contract", "Make contract", id="deal.contract"),
        Binding("s", "sale", "Make sale", id="deal.sale"),
        Binding("o", "open_contact", "Contact", id="deal.contact"),
        Binding("d", "delete", "Delete", id="deal.delete"),
    ]

    def __init__(self, deal_id: int) -> None:
        super().__init__()
        self.deal_id = deal_id
        self.detail: DealDetail | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="deal-view"):
            yield Static(Text("Reading the deal…", style="italic"), id="deal-view-title")
            yield Static(id="deal-view-facts")
            yield Static(id="deal-view-history")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#deal-view").focus()
        self.reload_if_stale()

    def reload(self) -> None:
        if self.crm_app.database is None:
            return
        deal_id = self.deal_id
        run_core(self, lambda core: core.deals.detail(deal_id), done=self._show,
                 failed=self._failed, group="deal-view", exclusive=True)

    def _failed(self, error: errors.CrmError) -> bool:
        self.detail = None
        self.refresh_bindings()
        message = ("This deal no longer exists. Press Esc to go back."
                   if isinstance(error, errors.NotFoundError) else errors.plain_message(error))
        self.query_one("#deal-view-title", Static).update(safe_text(message, style="bold"))
        return isinstance(error, errors.NotFoundError)

    def _show(self, detail: DealDetail) -> None:
        self.detail = detail
        row = detail.row
        title = safe_text(row.title, style="bold")
        title.append("   ")
        title.append_text(safe_text(row.stage, style=_OUTCOME_STYLES[row.outcome] or "bold cyan"))
        if row.stale:
            title.append("   ◷ stale", style="yellow")
        self.query_one("#deal-view-title", Static).update(title)
        self.query_one("#deal-view-facts", Static).update(self._facts(detail))
        self.query_one("#deal-view-history", Static).update(self._history(detail))
        self.refresh_bindings()

    def _facts(self, detail: DealDetail) -> Table:
        row = detail.row
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        grid.add_row("Contact", safe_text(row.contact))
        grid.add_row("Value", Text(money.shown_amount(row.value_minor, row.currency)))
        grid.add_row("Chance", Text(f"{row.probability} %  (weighted "
                                    f"{money.shown_amount(row.weighted_minor, row.currency)})"))
        grid.add_row("Expected close", Text(dates.format_date(row.expected_close)
                                            if row.expected_close else "—"))
        grid.add_row("Owner", safe_text(detail.owner_name or "—"))
        grid.add_row("Source", safe_text(row.source.value if row.source else "—"))
        if row.next_step_due is not None:
            grid.add_row("Next step", Text.assemble(
                (dates.format_date(row.next_step_due), "bold"), "  ", safe_text(row.next_step)))
        else:
            grid.add_row("Next step", Text("none (e sets one)", style="dim"))
        if row.last_activity is not None:
            grid.add_row("Last activity", Text(dates.format_datetime_local(row.last_activity)))
        if detail.lost_reason:
            grid.add_row("Lost because", safe_text(detail.lost_reason, multiline=True))
        if detail.contract:
            grid.add_row("Became", Text.assemble("contract ", safe_text(detail.contract)))
        if detail.sale_id:
            grid.add_row("Became", Text(f"sale #{detail.sale_id}"))
        if detail.notes:
            grid.add_row("Notes", safe_text(detail.notes, multiline=True))
        return grid

    def _history(self, detail: DealDetail) -> Table:
        table = Table(title="Stage history", title_justify="left", expand=False,
                      show_edge=False, header_style="bold")
        for name in ("Stage", "Entered", "By", "Via", "Stayed"):
            table.add_column(name, no_wrap=True)
        for move in detail.moves:
            stayed = f"{move.days:.1f} d" if move.days is not None else "now"
            table.add_row(safe_text(move.stage), dates.format_datetime_local(move.at),
                          safe_text(move.by or "—"), move.via, stayed)
        return table

    # --- keys ----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return True
        if self.detail is None:
            return None
        if action in ("contract", "sale"):
            won = self.detail.row.outcome == DealOutcome.WON
            linked = self.detail.contract_id if action == "contract" else self.detail.sale_id
            return True if won and not linked else None
        return True

    def action_back(self) -> None:
        self.dismiss()

    def action_step(self, direction: int) -> None:
        if self.detail is not None:
            row = self.detail.row
            deal_actions.step(self, row.id, row.title, direction)  # as the board: no version

    def action_edit(self) -> None:
        deal_actions.edit_deal(self, self.deal_id)

    def action_contract(self) -> None:
        deal_actions.won_contract(self, self.deal_id)

    def action_sale(self) -> None:
        deal_actions.won_sale(self, self.deal_id)

    def action_open_contact(self) -> None:
        if self.detail is not None:
            self.crm_app.open_contact(self.detail.row.contact_id)

    def action_delete(self) -> None:
        if self.detail is not None:
            row = self.detail.row
            deal_actions.delete_deal(self, row.id, row.title, version=row.version,
                                     then=lambda _outcome: self.dismiss())
