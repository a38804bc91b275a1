"""The app's sections: the number key, mode and screen of each.

A section's screen class is reached through a function that imports it when
the section is first opened, so that start-up imports the first section's
screen alone; the functions are plain references a reader (or a tool) can
follow, where a "module:Class" string could not be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.screen import Screen


@dataclass(frozen=True)
class Section:
    """One section of the app: its key, its mode name, what it is called, and
    the function that imports and returns its screen class."""

    key: str
    mode: str
    name: str
    help: str
    screen_class: Callable[[], type[Screen[object]]]

    def make_screen(self) -> Screen[object]:
        return self.screen_class()()


def _today() -> type[Screen[object]]:
    from tuicrm.ui.screens.dashboard import TodayScreen

    return TodayScreen


def _contacts() -> type[Screen[object]]:
    from tuicrm.ui.screens.contacts import ContactsScreen

    return ContactsScreen


def _contracts() -> type[Screen[object]]:
    from tuicrm.ui.screens.contracts import ContractsScreen

    return ContractsScreen


def _calendar() -> type[Screen[object]]:
    from tuicrm.ui.screens.calendar import CalendarScreen

    return CalendarScreen


def _purchases() -> type[Screen[object]]:
    from tuicrm.ui.screens.purchases import PurchasesScreen

    return PurchasesScreen


def _invoices() -> type[Screen[object]]:
    from tuicrm.ui.screens.invoices import InvoicesScreen

    return InvoicesScreen


def _deals() -> type[Screen[object]]:
    from tuicrm.ui.screens.deals import DealsScreen

    return DealsScreen


def _reports() -> type[Screen[object]]:
    from tuicrm.ui.screens.reports import ReportsScreen

    return ReportsScreen


SECTIONS: tuple[Section, ...] = (
    Section("1", "dashboard", "Today", "Overdue and today's follow-ups, today's meetings", _today),
    Section("2", "contacts", "Contacts", "Every contact: search, filter, open", _contacts),
    Section("3", "contracts", "Contracts", "Every contract: status, value, renewals", _contracts),
    Section("4", "calendar", "Calendar", "Month grid and agenda of everything due", _calendar),
    Section("5", "purchases", "Purchases", "Every sale, newest first", _purchases),
    Section("6", "reports", "Reports", "Contacts by role, contracts by status", _reports),
    Section("7", "invoices", "Invoices", "Invoices, payments and who owes what", _invoices),
    Section("8", "deals", "Deals", "The pipeline board: what might come in, and when", _deals),
)
