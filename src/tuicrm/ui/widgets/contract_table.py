"""The contracts table's columns and cells, and the wording contracts share.

Self-contained (no database, no screen state): the contracts screen and the
contract view hand it rows or contracts and get back rich Text, every piece of
user data through ``safe_text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from tuicrm import dates, money
from tuicrm.enums import contract_status_words
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets import columns
from tuicrm.ui.widgets.columns import Column

__all__ = [
    "ContractTable", "COLUMNS", "add_columns", "fit", "contract_cells", "next_date",
    "next_date_text", "value_per_cycle", "status_text", "STATUS_STYLES",
]

# (label, fixed width or share of the width left over, narrowest)
COLUMNS: tuple[Column, ...] = (
    ("Status", 10, 10), ("Title", 0.35, 10), ("Client", 0.25, 8), ("Value per cycle", 0.2, 12),
    ("Next date", 0.2, 12), ("Owner", 5, 5),
)

CYCLES = {"one_off": "one-off", "monthly": "/ month", "quarterly": "/ quarter",
          "yearly": "/ year"}
STATUS_STYLES = {"active": "bold", "draft": "italic", "ended": "dim", "terminated": "dim",
                 "renewed": "dim", "scheduled": "italic"}
SOON_DAYS = 30


class ContractTable(DataTable[Text]):
    """The contracts table: Enter opens the highlighted contract (shown in the footer)."""

    BINDINGS = [Binding("enter", "select_cursor", "Open", id="contracts.open_row")]


class ContractLike(Protocol):
    """What the cells need: a ``ContractRow`` or a ``Contract`` both have it."""

    status: Any
    start_date: date
    end_date: date | None
    review_date: date | None
    notice_days: int
    auto_renew: bool
    amount_minor: int
    currency: str
    billing_cycle: Any


def _value(enum_or_str: Any) -> str:
    return str(getattr(enum_or_str, "value", enum_or_str))


def status_text(status: Any, start_date: date | None = None, today: date | None = None) -> Text:
    """The status as it reads today (given the start: "Scheduled" before it)."""
    value = _value(status)
    if start_date is not None:
        value = contract_status_words(value, start_date, today or dates.today())
    return Text(value.capitalize(), style=STATUS_STYLES.get(value, ""))


def value_per_cycle(amount_minor: int, currency: str, billing_cycle: Any) -> Text:
    """"1,200.00 EUR / month", "900.00 GBP one-off"."""
    try:
        amount = money.format_amount(amount_minor, currency)
    except (money.MoneyError, KeyError):
        amount = f"{amount_minor} {currency}"
    return safe_text(f"{amount} {CYCLES.get(_value(billing_cycle), '')}".rstrip())


def cancel_by(contract: ContractLike) -> date | None:
    if contract.end_date is None:
        return None
    return dates.add_days(contract.end_date, -contract.notice_days)


def next_date(contract: ContractLike, today: date) -> tuple[date, str] | None:
    """The soonest date that asks for something, with what it is; ``None`` for none.

    Only open (draft or active) contracts have one. An end date already past
    on an open contract is returned as "ended?": it wants ending or renewing.
    """
    if _value(contract.status) not in ("draft", "active"):
        return None
    candidates: list[tuple[date, str]] = []
    if contract.start_date > today:
        candidates.append((contract.start_date, "starts"))
    if contract.end_date is not None:
        candidates.append((contract.end_date, "renews" if contract.auto_renew else "ends"))
        notice = cancel_by(contract)
        if notice is not None and notice != contract.end_date:
            candidates.append((notice, "cancel by"))
    if contract.review_date is not None:
        candidates.append((contract.review_date, "review"))
    upcoming = sorted(c for c in candidates if c[0] >= today)
    if upcoming:
        return upcoming[0]
    if contract.end_date is not None and contract.end_date < today:
        return contract.end_date, "ended?"
    return None


def next_date_text(contract: ContractLike, today: date, *, relative: bool = True) -> Text:
    found = next_date(contract, today)
    if found is None:
        return Text("—", style="dim")
    day, what = found
    text = Text(f"{what} {dates.format_date(day)}")
    if relative:
        text.append(f" ({dates.humanize_delta(day, today=today)})", style="dim")
    if day < today:
        text.stylize("bold reverse")
    elif (day - today).days <= SOON_DAYS:
        text.stylize("bold")
    return text


def add_columns(table: DataTable[Text], widths: Sequence[int] | None = None) -> None:
    """Give ``table`` the contract columns, sized at once if ``widths`` (from :func:`fit`)."""
    columns.add_columns(table, COLUMNS, widths)


def contract_cells(row: Any, today: date) -> list[Text]:
    """A ``ContractRow``'s cells, every one through safe_text (not yet cut to width)."""
    return [
        status_text(row.status, row.start_date, today), safe_text(row.title), safe_text(row.client),
        value_per_cycle(row.amount_minor, row.currency, row.billing_cycle),
        next_date_text(row, today, relative=False), safe_text(row.owner or "—"),
    ]


def fit(rows: Sequence[Any], width: int, today: date) -> tuple[list[list[Text]], list[int]]:
    """The cells cut to fit a screen ``width`` wide, and each column's width."""
    grid = [contract_cells(row, today) for row in rows]
    return grid, columns.fit(COLUMNS, grid, width)
