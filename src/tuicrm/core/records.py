"""The record forms' use cases: what a form shows, and saving it.

Each ``*_form`` method returns what its form fills in, with the record's
``version`` and ``base``, its stored values in the shape a save sends (a save
names both, so a change made meanwhile is merged or a conflict, never
silently overwritten: ``services.edits``); each ``save_*`` creates (no id)
or updates, in one write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tuicrm import dates, money
from tuicrm.core.base import Saved, UseCases
from tuicrm.core.people import contact_choice, member_options
from tuicrm.models import ContractCreate, FollowUpCreate, InteractionCreate
from tuicrm.services import cadence, contacts, contracts, edits, followups, interactions, meetings, sales
from tuicrm.services.edits import merged_in
from tuicrm.services.overview import contact_names

#: The contract fields a form edits besides the client and the version.
CONTRACT_FIELDS = ("title", "status", "start_date", "end_date", "review_date", "billing_cycle",
                   "amount_minor", "currency", "auto_renew", "notice_days", "owner_id",
                   "included_minutes", "hourly_rate_minor")


@dataclass(frozen=True)
class Product:
    """A product a sale line may pick."""

    id: int
    name: str
    unit_price_minor: int
    currency: str


@dataclass(frozen=True)
class NextTouch:
    """Whom a new meeting suggests following up with, and their cadence."""

    contact_id: int
    name: str
    cadence_days: int | None


class Records(UseCases):
    """Contracts, follow-ups, interactions, meetings, sales and refunds, as forms edit them."""

    # --- contracts -------------------------------------------------------------

    def contract_choices(self, contact_id: int | None) -> dict[str, Any]:
        """The owners, the last currency used, and the client a new contract starts with."""
        with self.db.read() as session:
            return {"members": member_options(session),
                    "currency": contracts.last_currency(session=session),
                    "client": next(iter(contact_choice(session, contact_id)), None)}

    def contract_form(self, contract_id: int, term_fields: tuple[str, ...]) -> dict[str, Any]:
        with self.db.read() as session:
            detail = contracts.contract_detail(session=session, contract_id=contract_id)
        c = detail.contract
        loaded: dict[str, Any] = {name: getattr(c, name) for name in (*CONTRACT_FIELDS, *term_fields)}
        loaded.update(version=c.version, base=edits.row_input(c, ContractCreate),
                      contact=(c.contact_id, detail.client))
        return loaded

    def save_contract(self, contract_id: int | None, values: dict[str, Any],
                      expected_version: int | None,
                      base: dict[str, Any] | None = None) -> Saved:
        return self._save(
            contract_id, lambda s: contracts.create_contract(session=s, data=values),
            lambda s: contracts.update_contract(session=s, contract_id=contract_id, changes=values,
                                                expected_version=expected_version, base=base))

    # --- follow-ups ------------------------------------------------------------

    def contact_and_owners(self, contact_id: int | None) -> dict[str, Any]:
        """The contact a new follow-up or meeting starts with, and the owners to choose."""
        with self.db.read() as session:
            return {"contact": contact_choice(session, contact_id), "members": member_options(session)}

    def followup_form(self, followup_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            f = followups.get_followup(session=session, followup_id=followup_id)
            chosen = contact_choice(session, f.contact_id)
        return {"version": f.version, "base": edits.row_input(f, FollowUpCreate),
                "contact": chosen, "due_date": f.due_date.isoformat(),
                "due_time": f.due_time.strftime("%H:%M") if f.due_time else "",
                "timezone": f.timezone, "note": f.note, "owner_id": f.owner_id,
                "recurrence": f.recurrence}

    def save_followup(self, followup_id: int | None, values: dict[str, Any],
                      expected_version: int | None,
                      base: dict[str, Any] | None = None) -> Saved:
        return self._save(
            followup_id, lambda s: followups.create_followup(session=s, data=values),
            lambda s: followups.update_followup(session=s, followup_id=followup_id, changes=values,
                                                expected_version=expected_version, base=base))

    # --- interactions ----------------------------------------------------------

    def interaction_form(self, interaction_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            entry = interactions.get_interaction(session=session, interaction_id=interaction_id)
            chosen = contact_choice(session, entry.contact_id)
        day, at = dates.local_parts(entry.occurred_at)
        return {"version": entry.version, "base": edits.row_input(entry, InteractionCreate),
                "kind": str(entry.kind), "contact": chosen,
                "day": day, "at": at, "subject": entry.subject, "body": entry.body}

    def save_interaction(self, interaction_id: int | None, values: dict[str, Any],
                         expected_version: int | None,
                         base: dict[str, Any] | None = None) -> Saved:
        """Log an interaction (written by the person signed in) or update one."""
        return self._save(
            interaction_id, lambda s: interactions.log_interaction(
                session=s, data={**values, "author_id": self.db.actor_id}),
            lambda s: interactions.update_interaction(session=s, interaction_id=interaction_id,
                                                      changes=values,
                                                      expected_version=expected_version, base=base))

    # --- meetings --------------------------------------------------------------

    def meeting_form(self, meeting_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            detail = meetings.get_meeting(session=session, meeting_id=meeting_id)
            base = meetings.meeting_input(session, detail.meeting)
        m = detail.meeting
        day, at = dates.local_parts(m.starts_at, m.timezone)
        return {"version": m.version, "base": base, "title": m.title, "day": day, "at": at,
                "duration_minutes": str(m.duration_minutes), "timezone": m.timezone,
                "location": m.location, "agenda": m.agenda, "notes": m.notes,
                "outcome": m.outcome, "channel": str(m.channel), "owner_id": m.owner_id,
                "attendees": detail.attendees}

    def save_meeting(self, meeting_id: int | None, values: dict[str, Any],
                     expected_version: int | None, base: dict[str, Any] | None = None, *,
                     follow_up_with: int | None = None) -> tuple[Saved, NextTouch | None]:
        """Create or update a meeting. A new one also says whom to follow up with:
        ``follow_up_with`` if they attend, else the first attendee (read in the
        same transaction), with their stay-in-touch cadence."""
        with self.write(via="form") as session:
            if meeting_id is not None:
                meetings.update_meeting(session=session, meeting_id=meeting_id, changes=values,
                                        expected_version=expected_version, base=base)
                return Saved(meeting_id, merged_in(session)), None
            meeting = meetings.create_meeting(session=session, data=values)
            attendees = values.get("attendee_ids") or []
            contact_id = follow_up_with if follow_up_with in attendees else (
                attendees[0] if attendees else None)
            saved = Saved(meeting.id or 0)
            if contact_id is None:
                return saved, None
            name = contacts.get_contact(session=session, contact_id=contact_id).contact.name
            touch = cadence.next_touch_due(session=session, contact_id=contact_id)  # own, else role's
            return saved, NextTouch(contact_id, name, touch.cadence_days if touch else None)

    # --- sales and refunds -----------------------------------------------------

    def sale_choices(self, contact_id: int | None, *, products: int) -> dict[str, Any]:
        """The contact a new sale starts with, and the first ``products`` products."""
        with self.db.read() as session:
            found = [Product(p.id, p.name, p.unit_price_minor, p.currency)
                     for p in sales.list_products(session=session, limit=products)
                     if p.id is not None]
            return {"contact": contact_choice(session, contact_id), "products": found}

    def sale_form(self, sale_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            detail = sales.get_sale(session=session, sale_id=sale_id)
            sale = detail.sale
            chosen = contact_choice(session, sale.contact_id)
            base = sales.sale_input(session, sale)
        day, at = dates.local_parts(sale.sold_at)
        return {
            "version": sale.version, "base": base, "contact": chosen, "day": day, "at": at,
            "currency": sale.currency,
            "discount_minor": money.to_decimal_string(sale.discount_minor, sale.currency)
            if sale.discount_minor else "",
            "status": str(sale.status), "payment_method": str(sale.payment_method),
            "channel": str(sale.channel), "note": sale.note,
            "lines": [{"description": line.description, "product_id": line.product_id,
                       "quantity": line.quantity,
                       "unit_price": money.to_decimal_string(line.unit_price_minor, sale.currency)}
                      for line in detail.lines],
        }

    def save_sale(self, sale_id: int | None, values: dict[str, Any],
                  expected_version: int | None,
                  base: dict[str, Any] | None = None) -> Saved:
        return self._save(
            sale_id, lambda s: sales.create_sale(session=s, data=values),
            lambda s: sales.update_sale(session=s, sale_id=sale_id, changes=values,
                                        expected_version=expected_version, base=base))

    def refund_form(self, sale_id: int) -> dict[str, Any]:
        """The sale a refund is against: who bought what, its total and what is left."""
        with self.db.read() as session:
            detail = sales.get_sale(session=session, sale_id=sale_id)
            sale = detail.sale
            name = contact_names(session=session, contact_ids={sale.contact_id}).get(
                sale.contact_id, "")
        items = ", ".join(f"{line.description} ×{line.quantity}" for line in detail.lines[:3])
        return {"version": sale.version, "currency": sale.currency, "total": sale.total_minor,
                "left": sale.total_minor - sale.refunded_minor, "customer": name, "items": items}

    def refund(self, sale_id: int, values: dict[str, Any], expected_version: int | None) -> Saved:
        """Record a refund or return against the sale, as of its ``expected_version``."""
        with self.write(via="form") as session:
            return Saved(sales.refund_sale(session=session, sale_id=sale_id, data=values,
                                           expected_version=expected_version).id or 0)
