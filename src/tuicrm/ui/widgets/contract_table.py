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
from tuicrm.ui.text import safe_text

__all__ = [
    "ContractTable", "COLUMNS", "add_columns", "fitted_cells", "contract_cells", "next_date",
    "next_date_text", "value_per_cycle", "status_text", "STATUS_STYLES",
]

# (label, fixed width or share of the width left over, narrowest)
COLUMNS: tuple[tuple[str, int | float, int], ...] = (
    ("Status", 10, 10), ("Title", 0.35, 10), ("Client", 0.25, 8), ("Value per cycle", 0.2, 12),
    ("Next date", 0.2, 12), ("Owner", 5, 5),
)
CHROME = 2 * len(COLUMNS) + 4  # cell padding, margins and the scrollbar

CYCLES = {"one_off": "one-off", "monthly": "/ month", "quarterly": "/ quarter",
          "yearly": "/ year"}
STATUS_STYLES = {"active": "bold", "draft": "italic", "ended": "dim", "terminated": "dim",
                 "renewed": "dim"}
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


def status_text(status: Any) -> Text:
    value = _value(status)
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


def add_columns(table: DataTable[Text]) -> None:
    """Give ``table`` the contract columns (keys: the labels in snake_case)."""
    for label, _width, _least in COLUMNS:
        table.add_column(label, key=label.lower().replace(" ", "_"))


def column_widths(total: int, needs: Sequence[int]) -> list[int]:
    """The widest each column may be on a screen ``total`` cells wide."""
    flex = {i: w for i, (_label, w, _least) in enumerate(COLUMNS) if isinstance(w, float)}
    widths = [int(w) if i not in flex else needs[i] for i, (_l, w, _m) in enumerate(COLUMNS)]
    spare = max(0, total - CHROME - sum(w for i, w in enumerate(widths) if i not in flex))
    while flex:
        shares = sum(flex.values())
        modest = [i for i, share in flex.items() if needs[i] <= spare * share / shares]
        if not modest:
            break
        for i in modest:
            spare -= needs[i]
            del flex[i]
    shares = sum(flex.values())
    for i, share in flex.items():
        widths[i] = max(COLUMNS[i][2], int(spare * share / shares))
    return widths


def contract_cells(row: Any, today: date) -> list[Text]:
    """A ``ContractRow``'s cells, every one through safe_text (not yet cut to width)."""
    return [
        status_text(row.status), safe_text(row.title), safe_text(row.client),
        value_per_cycle(row.amount_minor, row.currency, row.billing_cycle),
        next_date_text(row, today, relative=False), safe_text(row.owner or "—"),
    ]


def fitted_cells(rows: Sequence[Any], width: int, today: date) -> list[list[Text]]:
    """Every row's cells, each cut (with an ellipsis) to fit a screen ``width`` wide."""
    grid = [contract_cells(row, today) for row in rows]
    needs = [max([len(label), *(cells[i].cell_len for cells in grid)])
             for i, (label, _w, _least) in enumerate(COLUMNS)]
    widths = column_widths(width, needs)
    for cells in grid:
        for cell, most in zip(cells, widths, strict=True):
            if cell.cell_len > most:
                cell.truncate(most, overflow="ellipsis")
    return grid
