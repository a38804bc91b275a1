"""Reports: how many contacts have each role, and contracts each status.

Both counts come from ``services.overview`` (one grouped SQL query each).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Static

from tuicrm.enums import ContractStatus, Role
from tuicrm.ui.screens.sections import SectionScreen

if TYPE_CHECKING:
    from sqlmodel import Session

ROLE_LABELS = {
    Role.CLIENT: "Clients (a contract)", Role.CUSTOMER: "Customers (a purchase)",
    Role.BOTH: "Both", Role.LEAD: "Leads (neither yet)",
}


@dataclass(frozen=True)
class Counts:
    roles: dict[Role, int]
    statuses: dict[ContractStatus, int]


def load_counts(session: Session) -> Counts:
    from tuicrm.services import overview

    return Counts(overview.contacts_by_role(session=session),
                  overview.contracts_by_status(session=session))


def count_table(title: str, rows: list[tuple[str, int]], total_label: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=True,
                  show_edge=False, pad_edge=False)
    table.add_column("")
    table.add_column("Count", justify="right")
    for label, count in rows:
        table.add_row(label, f"{count:,}", style="" if count else "dim")
    table.add_section()
    table.add_row(Text(total_label, style="bold"),
                  Text(f"{sum(n for _l, n in rows):,}", style="bold"))
    return table


class ReportsScreen(SectionScreen):
    """Counts per role and per contract status."""

    SECTION_NAME = "Reports"
    LOAD_GROUP = "reports"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh", "Refresh", id="reports.refresh"),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="reports-body", classes="section--body"):
            yield Static(id="reports-roles", classes="reports--panel")
            yield Static(id="reports-contracts", classes="reports--panel")

    def reload(self) -> None:
        self.load(load_counts, self._show)

    def action_refresh(self) -> None:
        self.reload()

    def _show(self, counts: Counts) -> None:
        roles = [(ROLE_LABELS[r], counts.roles.get(r, 0))
                 for r in (Role.CLIENT, Role.CUSTOMER, Role.BOTH, Role.LEAD)]
        statuses = [(s.value.capitalize(), counts.statuses.get(s, 0)) for s in ContractStatus]
        self.query_one("#reports-roles", Static).update(
            count_table("Contacts by role", roles, "All contacts"))
        self.query_one("#reports-contracts", Static).update(
            count_table("Contracts by status", statuses, "All contracts"))
        contacts = sum(n for _l, n in roles)
        if contacts:
            status = Text("Roles come from the records: a contract makes a client, "
                          "a purchase a customer. Archived contacts are not counted.")
        else:
            status = Text("No contacts yet: the counts fill in as you add contacts, "
                          "contracts and sales.")
        self.set_status(status)
