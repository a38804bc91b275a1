"""The contracts list as CSV rows, for the contracts screen's export key.

Headless (no Textual): the rows come page by page (keyset, in SQL) from
:func:`~tuicrm.services.contracts.list_contracts` with the very filters and
order the screen shows (:func:`contract_filters` builds them for both), and
are written by :func:`tuicrm.interop.csv_export.write_csv`. Amounts are plain
decimal strings ("1234.50") with the currency code in a column of its own, so
a spreadsheet can sum one currency without parsing "1,234.50 EUR".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tuicrm.money import MoneyError, to_decimal_string
from tuicrm.services.contact_export import RowsOf, paged

PAGE = 1000  # rows read per query
CONTRACT_HEADER = ["Title", "Client", "Status", "Start", "End", "Review", "Cancel by",
                   "Amount", "Currency", "Billing cycle", "Owner"]


def contract_filters(status: str, sort: str, *, action_by: date) -> dict[str, Any]:
    """``list_contracts`` keywords for the screen's filter and sort choices.

    ``status`` is "all", "action" (something to do by ``action_by``) or a
    contract status; ``sort`` a :class:`~tuicrm.services.contracts.ContractSort` value.
    """
    from tuicrm.services.contracts import ContractSort, ContractStatus

    filters: dict[str, Any] = {"sort": ContractSort(sort)}
    if status == "action":
        filters["needs_action_by"] = action_by
    elif status != "all":
        filters["statuses"] = [ContractStatus(status)]
    return filters


def decimal_amount(minor: int, currency: str) -> str:
    """``1234.50`` for 123450 EUR; the bare minor units, said so, for a currency we don't know."""
    try:
        return to_decimal_string(minor, currency)
    except MoneyError:  # a file written by another program: keep the figure, don't fail
        return f"{minor} (minor units)"


def contract_rows(filters: dict[str, Any]) -> RowsOf:
    """The contracts list's rows for CSV, with the list's filters and order."""

    def rows(session: Any) -> Iterable[Sequence[object]]:
        from tuicrm.services.contracts import list_contracts

        for row in paged(lambda after: list_contracts(session=session, **filters,
                                                      after=after, limit=PAGE)):
            yield [row.title, row.client, str(row.status), _day(row.start_date),
                   _day(row.end_date), _day(row.review_date), _day(row.cancel_by),
                   decimal_amount(row.amount_minor, row.currency), row.currency,
                   str(row.billing_cycle), row.owner]

    return rows


def _day(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
