"""One contact's page: the summary on top, their timeline, records and field history in tabs.

Everything on the page comes from one read job (one snapshot): the summary,
the first page of the timeline and the other panes. The timeline is paged in
SQL (``services.timeline``): 50 entries, then more when the cursor reaches
the "more" row. A reload keeps the tab and the highlighted row (by key), and
the timeline keeps as many entries as were shown.

Quick keys add records through the record forms (imported when used); the
page reloads when a form saves (``CrmScreen.reload_if_stale`` on resume).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from tuicrm import dates, errors, money
from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.history_pane import HistoryTable
from tuicrm.ui.text import safe_str
from tuicrm.ui.widgets.contact_header import ContactHeader
from tuicrm.ui.widgets.customer_insight import insight_table
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.widgets.record_tables import (
    MORE_KEY,
    PANE_BY_ID,
    PANES,
    current_key,
    fill_table,
    form_for,
)
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.contact_page import PageData
    from tuicrm.core.data import ContactSummary, TimelineEntry

PAGE_SIZE = 50
MOST_KEPT = 500  # a reload brings back at most this many timeline entries
GROUP = "contact-page"
INSIGHT = "insight"  # the tab with the customer view and the health score
HISTORY = "history"  # the tab with the contact's field history


class ContactPage(CrmScreen):
    """A contact's summary, timeline, contracts, meetings, purchases and follow-ups."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="contact.back"),
        Binding("n", "log('note')", "Note", id="contact.note"),
        Binding("c", "log('call')", "Call", id="contact.call"),
        Binding("m", "add('meeting')", "Meeting", id="contact.meeting"),
        Binding("s", "add('sale')", "Sale", id="contact.sale"),
        Binding("f", "add('followup')", "Follow-up", id="contact.followup"),
        Binding("k", "add('contract')", "Contract", id="contact.contract"),
        Binding("i", "new_invoice", "Invoice", id="contact.invoice"),
        Binding("a", "new_deal", "Deal", id="contact.deal", show=False),
        Binding("h", "log_time", "Log time", id="contact.log_time", show=False),
        Binding("S", "statement", "Statement", id="contact.statement", show=False),
        Binding("x", "complete_followup", "Done", id="contact.complete"),
        Binding("r", "refund", "Refund/return", id="contact.refund"),
        Binding("e", "edit", "Edit", id="contact.edit"),
        Binding("d", "delete", "Delete", id="contact.delete"),
        Binding("right_square_bracket", "switch_pane(1)", "Next tab", id="contact.next_tab"),
        Binding("left_square_bracket", "switch_pane(-1)", "Prev tab", id="contact.prev_tab",
                show=False),
    ]  # (digits stay the app's section keys)

    def __init__(self, contact_id: int) -> None:
        super().__init__()
        self.contact_id = contact_id
        self.summary: ContactSummary | None = None
        self.timeline: list[TimelineEntry] = []
        self.next_cursor: tuple[Any, ...] | None = None
        self.records: dict[str, list[Any]] = {}
        self._more_loading = False
        self._gone = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield ContactHeader(id="contact-header")
        with TabbedContent(initial="timeline", id="contact-tabs"):
            for pane in PANES:
                with TabPane(pane.title, id=pane.id):
                    yield FastTable(id=f"{pane.id}-table", cursor_type="row",
                                    zebra_stripes=True, classes="contact-table")
            with TabPane("Insight", id=INSIGHT), VerticalScroll(id="contact-insight-scroll"):
                yield Static(Text("Loading…", style="italic"), id="contact-insight")
            with TabPane("History", id=HISTORY):
                yield HistoryTable("contact", self.contact_id, id="contact-history",
                                   classes="contact-table")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.table("timeline").focus()

    def table(self, pane_id: str) -> DataTable[Text]:
        return self.query_one(f"#{pane_id}-table", DataTable)

    @property
    def active_pane(self) -> str:
        return self.query_one("#contact-tabs", TabbedContent).active or "timeline"

    # --- loading ---------------------------------------------------------------

    def reload(self) -> None:
        contact_id = self.contact_id
        limit = min(max(PAGE_SIZE, len(self.timeline)), MOST_KEPT)

        def load(core: Core) -> PageData:
            return core.contact_pages.page(contact_id, timeline_rows=limit, now=dates.utcnow())

        run_core(self, load, done=self._loaded, failed=self._load_failed, group=GROUP,
                 exclusive=True)
        if self.is_mounted:
            self.query_one(HistoryTable).load()

    def _loaded(self, data: PageData) -> None:
        if self._gone:
            return
        today = dates.today()
        self.summary, self.records = data.summary, data.records
        self.timeline, self.next_cursor = data.timeline, data.next_cursor
        self.query_one(ContactHeader).show(data.summary, today)
        self._fill_timeline()
        for pane_id, rows in data.records.items():
            fill_table(self.table(pane_id), PANE_BY_ID[pane_id], rows, today)
        self.query_one("#contact-insight", Static).update(insight_table(data.insight, today))
        owed = " · ".join(money.shown_amount(v, c) for c, v in data.owed.items())
        tab = self.query_one("#contact-tabs", TabbedContent).get_tab("invoices")
        tab.label = Text(f"Invoices (owes {owed})") if owed else Text("Invoices")
        self.refresh_bindings()

    def _fill_timeline(self, keep_key: str | None = None) -> None:
        fill_table(self.table("timeline"), PANE_BY_ID["timeline"], self.timeline,
                   dates.today(), more=self.next_cursor is not None, keep_key=keep_key)

    def _load_failed(self, error: errors.CrmError) -> bool:
        if self._gone:
            return True
        if not isinstance(error, errors.NotFoundError):
            return False  # the usual notification
        self.notify("This contact no longer exists (it may have been deleted by someone "
                    "else).", severity="warning", timeout=8)
        self._leave()
        return True

    def _leave(self) -> None:
        """Go back to where the page was opened from (now, or when next shown)."""
        if self._gone:
            return
        self._gone = True
        if self.is_current:
            self.app.pop_screen()

    def on_screen_resume(self) -> None:
        if self._gone:
            self.app.pop_screen()
        else:
            super().on_screen_resume()

    def load_more(self) -> None:
        """The next page of the timeline, after the entries shown."""
        if self.next_cursor is None or self._more_loading:
            return
        self._more_loading = True
        contact_id, after = self.contact_id, self.next_cursor

        def more(core: Core) -> Any:
            return core.contact_pages.timeline(contact_id, after=after, limit=PAGE_SIZE)

        def done(page: Any) -> None:
            self._more_loading = False
            if after != self.next_cursor:
                return  # the page reloaded meanwhile
            self.timeline = [*self.timeline, *page.items]
            self.next_cursor = page.next_cursor
            self._fill_timeline(keep_key=page.items[0].key if page.items else None)

        def failed(_error: errors.CrmError) -> bool:
            self._more_loading = False
            return False

        run_core(self, more, done=done, failed=failed, group=f"{GROUP}-more")

    # --- rows ----------------------------------------------------------------

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value == MORE_KEY:
            self.load_more()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        pane = (event.data_table.id or "").removesuffix("-table")
        if not key:
            return
        if key == MORE_KEY:
            self.load_more()
            return
        self._open_record(pane, key)

    def _open_record(self, pane: str, key: str) -> None:
        target = form_for(pane, key, self.timeline)
        if target is None:
            return
        kind, record_id = target
        if kind == "contract":  # a contract opens its page: terms, chain, actions
            from tuicrm.ui.screens.contract_view import ContractView

            self.app.push_screen(ContractView(record_id))
        elif kind == "invoice":
            from tuicrm.ui.screens.invoice_view import InvoiceView

            self.app.push_screen(InvoiceView(record_id))
        elif kind == "deal":
            from tuicrm.ui.screens.deal_view import DealView

            self.app.push_screen(DealView(record_id))
        else:
            self._push(kind, record_id=record_id, contact_id=self.contact_id)

    def _push(self, record_kind: str, **kwargs: Any) -> None:
        """Open the form of a kind of record, imported only now (forms load the field widgets)."""
        from tuicrm.ui.forms.kinds import FORMS

        self.app.push_screen(FORMS[record_kind]()(**kwargs))

    # --- actions -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "complete_followup":
            return self.active_pane == "followups"
        if action == "refund":
            return self.active_pane == "purchases"
        if action in ("edit", "delete"):
            return True if self.summary is not None else None
        return True

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_new_deal(self) -> None:
        from tuicrm.ui.screens import deal_actions

        deal_actions.new_deal(self, self.contact_id)

    def action_new_invoice(self) -> None:
        from tuicrm.ui.screens import invoice_actions

        invoice_actions.new_draft(self, self.contact_id)

    def action_log_time(self) -> None:
        from tuicrm.ui.forms.time_entry import TimeEntryForm

        self.app.push_screen(TimeEntryForm(contact_id=self.contact_id))

    def action_statement(self) -> None:
        """Every invoice, credit note and payment, with the balance, to a CSV file."""
        from tuicrm.ui.export import export_csv

        contact_id = self.contact_id
        export_csv(self, "statement", lambda core: core.invoicing.statement_csv(contact_id))

    def action_log(self, kind: str) -> None:
        self._push("interaction", record_id=None, contact_id=self.contact_id, kind=kind)

    def action_add(self, what: str) -> None:
        self._push(what, record_id=None, contact_id=self.contact_id)

    def action_edit(self) -> None:
        from tuicrm.ui.forms.contact import ContactForm

        self.app.push_screen(ContactForm(self.contact_id))

    def action_delete(self) -> None:
        from tuicrm.ui.screens.actions import delete_record

        if self.summary is None:
            return
        contact = self.summary.contact
        delete_record(self, "contact", self.contact_id, contact.name, version=contact.version,
                      then=lambda _outcome: self._leave())

    def action_complete_followup(self) -> None:
        table = self.table("followups")
        key = current_key(table)
        followup = next((f for f in self.records.get("followups", []) if str(f.id) == key), None)
        if followup is None:
            return
        if followup.done_at is not None:
            self.notify("That follow-up is already done.", timeout=4)
            return
        followup_id, version = followup.id, followup.version

        def complete(core: Core) -> Any:
            return core.due.complete_followup(followup_id, version)

        def done(next_due: Any) -> None:
            then = f" The next one is due {next_due.isoformat()}." if next_due else ""
            self.notify(safe_str(f"Follow-up done.{then}"), timeout=5, markup=False)
            self.app.data_changed()

        run_core(self, complete, done=done, group=f"{GROUP}-write")

    def action_refund(self) -> None:
        """A refund or return against the highlighted purchase."""
        key = current_key(self.table("purchases"))
        sale = next((s for s in self.records.get("purchases", []) if str(s.id) == key), None)
        if sale is not None:
            from tuicrm.ui.screens.purchases import refund_sale_row

            refund_sale_row(self, sale)

    def action_show_pane(self, pane_id: str) -> None:
        self.query_one("#contact-tabs", TabbedContent).active = pane_id

    def action_switch_pane(self, step: int) -> None:
        ids = [*(pane.id for pane in PANES), INSIGHT, HISTORY]
        current = ids.index(self.active_pane) if self.active_pane in ids else 0
        self.action_show_pane(ids[(current + step) % len(ids)])

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane_id = event.pane.id or "timeline"
        if pane_id in PANE_BY_ID:
            self.table(pane_id).focus()
        elif pane_id == INSIGHT:
            self.query_one("#contact-insight-scroll").focus()
        elif pane_id == HISTORY:
            self.query_one(HistoryTable).focus()
        self.refresh_bindings()
