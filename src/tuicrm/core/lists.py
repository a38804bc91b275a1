"""The pages of the list screens (Contacts, Contracts, Purchases, Re-engage), read
by keyset in SQL, and what is read beside a row (a contract, a customer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from tuicrm.core.base import UseCases
from tuicrm.services import contacts, contracts, customer_view, metrics_customer_lists, sales
from tuicrm.services.common import Cursor, Page
from tuicrm.services.contract_export import contract_filters
from tuicrm.services.contracts import ContractDetail, ContractRow
from tuicrm.services.customer_view import CustomerView

__all__ = ["Lists", "contract_filters"]


class Lists(UseCases):
    """Each page method returns one page after ``after`` (None: the first)."""

    def contacts(self, where: dict[str, Any], *, sort: str, after: Cursor | None, limit: int,
                 page_read: Callable[[Page[contacts.ContactRow]], bool] | None = None
                 ) -> tuple[Page[contacts.ContactRow], int | None]:
        """A page of the contacts matching ``where`` (search and filters) in ``sort``
        order, then how many match in all, from the same snapshot. ``page_read``
        gets the page as soon as it is read (a list shows it before the count);
        if it returns False, nothing is counted (None)."""
        with self.db.read() as session:
            page = contacts.list_contacts(session=session, **where, sort=sort, after=after,
                                          limit=limit)
            if page_read is not None and not page_read(page):
                return page, None
            return page, contacts.count_contacts(session=session, **where)

    def contracts(self, filters: dict[str, Any], *, after: Cursor | None, limit: int
                  ) -> tuple[list[ContractRow], Cursor | None, int]:
        """A page of the contracts matching ``filters``, the next cursor, and how many in all
        (one snapshot, so the count agrees with the page)."""
        with self.db.read() as session:
            page = contracts.list_contracts(session=session, after=after, limit=limit, **filters)
            return page.items, page.next_cursor, contracts.count_contracts(session=session,
                                                                           **filters)

    def sales(self, filters: dict[str, Any], *, after: Cursor | None, limit: int
              ) -> Page[sales.SaleRow]:
        """A page of the purchase log, newest first, as ``filters`` narrow it."""
        with self.db.read() as session:
            return sales.list_sales(session=session, after=after, limit=limit, **filters)

    def reengage(self, now: datetime, *, after: Cursor | None, limit: int
                 ) -> Page[metrics_customer_lists.QuietCustomer]:
        """A page of the customers gone quiet at ``now``, quietest first."""
        with self.db.read() as session:
            return metrics_customer_lists.reengage_list(session=session, now=now, after=after,
                                                        limit=limit)

    def contract(self, contract_id: int) -> ContractDetail:
        """One contract with its client and its renewal chain, as its page shows it."""
        with self.db.read() as session:
            return contracts.contract_detail(session=session, contract_id=contract_id)

    def customer(self, contact_id: int, now: datetime) -> CustomerView:
        """What a customer has bought, their segment and health, as seen at ``now``."""
        with self.db.read() as session:
            return customer_view.customer_view(session=session, contact_id=contact_id, now=now)
