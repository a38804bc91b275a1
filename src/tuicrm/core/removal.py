"""Deleting a record, and putting it back (the undo)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tuicrm.core.base import UseCases
from tuicrm.services import (
    contacts,
    contracts,
    deals,
    followups,
    interactions,
    invoices,
    meetings,
    sales,
)

# kind -> (delete(session, id, expected_version), restore(session, id)); the service
# functions are looked up when called, so they are what the services are then.
_KINDS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "contact": (lambda s, i, v: contacts.delete_contact(session=s, contact_id=i, expected_version=v),
                lambda s, i: contacts.restore_contact(session=s, contact_id=i)),
    "contract": (lambda s, i, v: contracts.delete_contract(session=s, contract_id=i,
                                                           expected_version=v),
                 lambda s, i: contracts.restore_contract(session=s, contract_id=i)),
    "meeting": (lambda s, i, v: meetings.delete_meeting(session=s, meeting_id=i, expected_version=v),
                lambda s, i: meetings.restore_meeting(session=s, meeting_id=i)),
    "follow-up": (lambda s, i, v: followups.delete_followup(session=s, followup_id=i,
                                                            expected_version=v),
                  lambda s, i: followups.restore_followup(session=s, followup_id=i)),
    "sale": (lambda s, i, v: sales.delete_sale(session=s, sale_id=i, expected_version=v),
             lambda s, i: sales.restore_sale(session=s, sale_id=i)),
    "interaction": (lambda s, i, v: interactions.delete_interaction(session=s, interaction_id=i,
                                                                    expected_version=v),
                    lambda s, i: interactions.restore_interaction(session=s, interaction_id=i)),
    "invoice": (lambda s, i, v: invoices.delete_draft(session=s, invoice_id=i, expected_version=v),
                lambda s, i: invoices.restore_draft(session=s, invoice_id=i)),
    "deal": (lambda s, i, v: deals.delete_deal(session=s, deal_id=i, expected_version=v),
             lambda s, i: deals.restore_deal(session=s, deal_id=i)),
}
KINDS = tuple(_KINDS)


class Removal(UseCases):
    """Delete (a contact with history: archive) and restore records of every kind."""

    def history_counts(self, contact_id: int) -> dict[str, int]:
        """How many contracts and sales a contact has (deleting one archives it)."""
        with self.db.read() as session:
            return contacts.history_counts(session=session, contact_id=contact_id)

    def delete(self, kind: str, record_id: int, expected_version: int | None) -> str:
        """Delete the record; returns "deleted" or, for a contact with history, "archived"."""
        delete, _restore = _KINDS[kind]
        with self.write() as session:
            outcome = delete(session, record_id, expected_version)
        return outcome if isinstance(outcome, str) else "deleted"

    def restore(self, kind: str, record_id: int) -> None:
        """Undo a delete (or an archive) of the record."""
        _delete, restore = _KINDS[kind]
        with self.write(via="undo") as session:
            restore(session, record_id)
