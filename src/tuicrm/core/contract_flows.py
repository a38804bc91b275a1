"""Renewing, ending and terminating a contract: what the person is asked, then the write."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tuicrm.core.base import UseCases
from tuicrm.enums import BillingCycle
from tuicrm.services import contracts
from tuicrm.services.contracts import Renewal


@dataclass(frozen=True)
class ContractFacts:
    """What a flow needs to know about a contract before it asks."""

    id: int
    title: str
    status: str
    version: int
    start_date: date
    end_date: date | None
    amount_minor: int
    currency: str
    billing_cycle: BillingCycle
    term: tuple[date, date] | None = None  # the follow-on's start and end, for a renewal


class ContractFlows(UseCases):
    """The contract actions of the contracts list and a contract's page."""

    def facts(self, contract_id: int, *, with_term: bool = False) -> ContractFacts:
        """The contract as it is now (and, ``with_term``, the term a renewal would give)."""
        with self.db.read() as session:
            c = contracts.get_contract(session=session, contract_id=contract_id)
        term = None
        if with_term:
            _old_end, start, end = contracts.renewal_term(c)
            term = (start, end)
        return ContractFacts(id=contract_id, title=c.title, status=c.status.value,
                             version=c.version, start_date=c.start_date, end_date=c.end_date,
                             amount_minor=c.amount_minor, currency=c.currency,
                             billing_cycle=c.billing_cycle, term=term)

    def renew(self, contract_id: int, expected_version: int) -> Renewal:
        """Make the linked follow-on contract; says its id and start, and what
        :meth:`undo_renewal` needs."""
        with self.write() as session:
            return contracts.renew(session=session, contract_id=contract_id,
                                   expected_version=expected_version)

    def undo_renewal(self, renewal: Renewal) -> None:
        """Take a renewal back (refused if either contract changed since)."""
        with self.write(via="undo") as session:
            contracts.undo_renewal(session=session, renewal=renewal)

    def end(self, contract_id: int, on: date, *, terminated: bool, expected_version: int) -> None:
        """End the contract as agreed on ``on``, or terminate it early."""
        with self.write() as session:
            contracts.end_contract(session=session, contract_id=contract_id, on=on,
                                   terminated=terminated, expected_version=expected_version)
