"""The purchases list (live sales, newest first, as filtered) as CSV rows, for its export key.

Headless (no Textual): the rows come page by page (keyset, in SQL) from
:func:`~tuicrm.services.sales.list_sales`. The date is the local wall time
the screen shows; the total is a plain decimal string with the currency code
in its own column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from tuicrm.services.contact_export import paged
from tuicrm.services.contract_export import decimal_amount

PAGE = 1000  # rows read per query
SALE_HEADER = ["Date", "Customer", "Items", "Total", "Currency", "Status"]


def sale_rows(session: Any, **filters: Any) -> Iterable[Sequence[object]]:
    """Every live sale as a CSV row, newest first; ``filters`` as ``list_sales`` takes them
    (the purchase log exports what it shows)."""
    from tuicrm import dates
    from tuicrm.services.sales import list_sales

    for row in paged(lambda after: list_sales(session=session, after=after,
                                             limit=PAGE, **filters)):
        yield [dates.format_datetime_local(row.sold_at), row.customer, row.items,
               decimal_amount(row.total_minor, row.currency), row.currency, str(row.status)]
