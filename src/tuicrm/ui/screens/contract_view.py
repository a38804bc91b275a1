"""One contract, read-only: its facts, the five term sections, its renewal chain,
and its field history (a table: ``u`` puts a change's old value back).

Keys act on the contract shown (edit, renew, end, terminate, delete); after a
renewal the page moves to the new contract, after a delete it closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from tuicrm import dates, errors, invoice_math
from tuicrm.ui.screens import contract_actions
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.history_pane import HistoryTable
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.contract_table import (
    cancel_by,
    next_date_text,
    status_text,
    value_per_cycle,
)
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import ContractDetail, ContractTime

SECTIONS: tuple[tuple[str, str], ...] = (
    ("summary", "Summary"),
    ("terms_of_service", "Terms of service"),
    ("deliverables", "Performance measures / deliverables"),
    ("consequences", "Consequences"),
    ("review_termination_terms", "Review and termination terms"),
)


def _day(day: Any) -> str:
    return dates.format_date(day) if day else "—"


class ContractView(CrmScreen):
    """Everything about one contract."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="contract.back"),
        Binding("e", "edit", "Edit", id="contract.edit"),
        Binding("r", "renew", "Renew", id="contract.renew"),
        Binding("x", "end", "End", id="contract.end"),
        Binding("t", "terminate", "Terminate", id="contract.terminate"),
        Binding("d", "delete", "Delete", id="contract.delete"),
        Binding("h", "log_time", "Log time", id="contract.log_time"),
        Binding("T", "timer", "Timer", id="contract.timer"),
        Binding("b", "bill", "Invoice", id="contract.bill"),
    ]

    def __init__(self, contract_id: int) -> None:
        super().__init__()
        self.contract_id = contract_id
        self.detail: ContractDetail | None = None
        self.time: ContractTime | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="contract-view"):
            yield Static(Text("Loading the contract…", style="italic"), id="contract-view-title")
            yield Static(id="contract-view-facts")
            yield Static(Text("Time (h logs time, T starts or stops the timer, b invoices)",
                              style="bold"), classes="contract-view--heading")
            yield Static(id="contract-view-time", classes="contract-view--section")
            for name, label in SECTIONS:
                yield Static(Text(label, style="bold"), classes="contract-view--heading")
                yield Static(id=f"contract-view-{name}", classes="contract-view--section")
            yield Static(Text("Renewal chain", style="bold"), classes="contract-view--heading")
            yield Static(id="contract-view-chain", classes="contract-view--section")
            yield Static(Text("History (u puts a highlighted change's old value back)",
                              style="bold"), classes="contract-view--heading")
            yield HistoryTable("contract", self.contract_id, id="contract-history")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#contract-view").focus()
        self.reload_if_stale()

    # --- loading -------------------------------------------------------------

    def reload(self) -> None:
        if self.crm_app.database is None:
            return
        contract_id = self.contract_id

        def job(core: Core) -> ContractDetail:
            return core.lists.contract(contract_id)

        run_core(self, job, done=self._show, failed=self._failed, group="contract-view",
                 exclusive=True)
        run_core(self, lambda core: core.time.contract_time(contract_id), done=self._show_time,
                 group="contract-time", exclusive=True)
        if self.is_mounted:
            history = self.query_one(HistoryTable)
            history.record_id = contract_id  # the page moves to a renewal's follow-on
            history.load()

    def _failed(self, error: errors.CrmError) -> bool:
        self.detail = None
        self.refresh_bindings()
        message = ("This contract no longer exists (it was deleted). Press Esc to go back."
                   if isinstance(error, errors.NotFoundError) else errors.plain_message(error))
        self.query_one("#contract-view-title", Static).update(safe_text(message, style="bold"))
        return isinstance(error, errors.NotFoundError)

    def _show(self, detail: ContractDetail) -> None:
        self.detail = detail
        c = detail.contract
        title = safe_text(c.title, style="bold")
        title.append("   ").append_text(status_text(c.status, c.start_date))
        self.query_one("#contract-view-title", Static).update(title)
        self.query_one("#contract-view-facts", Static).update(self._facts(detail))
        for name, _label in SECTIONS:
            value = getattr(c, name) or ""
            shown = safe_text(value, multiline=True) if value.strip() else Text("—", style="dim")
            self.query_one(f"#contract-view-{name}", Static).update(shown)
        self.query_one("#contract-view-chain", Static).update(self._chain(detail))
        self.refresh_bindings()

    def _show_time(self, time: ContractTime) -> None:
        self.time = time
        lines = Text(time.hours.words())
        if time.unbilled_minutes:
            lines.append(f" · {invoice_math.hours_text(time.unbilled_minutes)} not invoiced yet",
                         style="dim")
        if time.running is not None:
            since = dates.to_local(time.running.started_at)
            lines.append(f"\n⏱ Your timer runs since {since:%H:%M} ({since:%a %d %b}); "
                         "T stops it.", style="bold yellow")
        for entry in time.entries:
            lines.append("\n  ")
            lines.append(f"{dates.format_date(entry.work_date)}  ")
            lines.append("running" if entry.minutes is None
                         else invoice_math.format_minutes(entry.minutes).rjust(6))
            lines.append("  ")
            lines.append_text(safe_text(entry.note or "—", max_width=50))
            if entry.who:
                lines.append("  ").append_text(safe_text(entry.who, style="dim", max_width=20))
            if entry.billed:
                lines.append("  invoiced", style="dim")
        if not time.entries:
            lines.append("\nNo time logged yet.", style="dim")
        self.query_one("#contract-view-time", Static).update(lines)
        self.refresh_bindings()

    def _facts(self, detail: ContractDetail) -> Table:
        c = detail.contract
        today = dates.today()
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True)
        grid.add_column()
        term = Text(f"{_day(c.start_date)} to {_day(c.end_date)}" if c.end_date
                    else f"from {_day(c.start_date)}, open-ended")
        notice = cancel_by(c)
        rows: list[tuple[str, Text]] = [
            ("Client", safe_text(detail.client)),
            ("Status", status_text(c.status, c.start_date, today)),
            ("Value", value_per_cycle(c.amount_minor, c.currency, c.billing_cycle)),
            ("Term", term),
        ]
        if c.ended_on:
            rows.append(("Ended on", Text(_day(c.ended_on))))
        rows += [
            ("Cancel by", Text(f"{_day(notice)}  ({c.notice_days} days' notice)")),
            ("Auto-renew", Text("yes" if c.auto_renew else "no")),
            ("Review", Text(_day(c.review_date))),
            ("Next", next_date_text(c, today)),
            ("Owner", safe_text(detail.owner) if detail.owner else Text("—", style="dim")),
        ]
        for label, value in rows:
            grid.add_row(label, value)
        return grid

    def _chain(self, detail: ContractDetail) -> Text:
        if len(detail.chain) < 2:
            return Text("Not renewed yet, and it renews no earlier contract.", style="dim")
        lines = Text()
        for i, link in enumerate(detail.chain):
            mark = "▶ " if link.id == detail.contract.id else "  "
            line = Text(mark, style="bold")
            line.append_text(status_text(link.status)).append("  ")
            line.append_text(safe_text(link.title, max_width=50))
            line.append(f"  {_day(link.start_date)} to {_day(link.end_date)}", style="dim")
            if link.deleted_at is not None:
                line.append("  (deleted)", style="dim")
            lines.append_text(line)
            if i < len(detail.chain) - 1:
                lines.append("\n")
        return lines

    # --- actions -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("log_time", "timer", "bill"):
            return None if self.detail is None else True
        if action in ("edit", "renew", "end", "terminate", "delete"):
            if self.detail is None:
                return None
            # a key that does nothing to this contract (end an ended one) is hidden
            return contract_actions.applies(action, self.detail.contract.status)
        return True

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_log_time(self) -> None:
        from tuicrm.ui.forms.time_entry import TimeEntryForm

        if self.detail is not None:
            self.app.push_screen(TimeEntryForm(self.contract_id))

    def action_timer(self) -> None:
        """Start my timer on this contract, or stop it (it keeps running when the app closes)."""
        if self.detail is None:
            return
        contract_id = self.contract_id
        running = self.time is not None and self.time.running is not None

        def job(core: Core) -> str:
            if running:
                return f"Timer stopped: {invoice_math.hours_text(core.time.stop())} logged."
            core.time.start(contract_id)
            return "Timer started; it keeps running if you close tuicrm. T stops it."

        def done(message: str) -> None:
            self.notify(message, timeout=6)
            self.crm_app.data_changed()

        run_core(self, job, done=done, group="contract-timer")

    def action_bill(self) -> None:
        """Draft the invoice for this contract's current period (with its unbilled time)."""
        from tuicrm.ui.screens.invoice_view import InvoiceView

        if self.detail is None:
            return
        contract_id = self.contract_id

        def done(invoice_id: int) -> None:
            self.notify("Invoice drafted: check it, then i issues it.", timeout=6)
            self.crm_app.data_changed()
            self.app.push_screen(InvoiceView(invoice_id))

        run_core(self, lambda core: core.invoicing.draft_for_contract(contract_id), done=done,
                 group="contract-bill")

    def action_edit(self) -> None:
        from tuicrm.ui.forms.contract import ContractForm

        if self.detail is not None:
            self.app.push_screen(ContractForm(self.contract_id))

    def action_renew(self) -> None:
        if self.detail is not None:
            contract_actions.renew_contract(self, self.contract_id, then=self._moved_to)

    def _moved_to(self, contract_id: int) -> None:
        """After a renewal, show the new contract (its chain shows this one)."""
        self.contract_id = contract_id
        self.reload()

    def action_end(self) -> None:
        if self.detail is not None:
            contract_actions.end_contract(self, self.contract_id)

    def action_terminate(self) -> None:
        if self.detail is not None:
            contract_actions.end_contract(self, self.contract_id, terminated=True)

    def action_delete(self) -> None:
        if self.detail is not None:
            contract_actions.delete_contract(
                self, self.contract_id, self.detail.contract.title,
                version=self.detail.contract.version, then=self._deleted)

    def _deleted(self, _outcome: str) -> None:
        if self.is_current:
            self.app.pop_screen()
