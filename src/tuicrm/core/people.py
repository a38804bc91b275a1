"""Contacts and the team, as forms, pickers and the palette need them."""

from __future__ import annotations

from typing import Any

from tuicrm.core.base import Saved, UseCases
from tuicrm.enums import ContactKind
from tuicrm.services import contacts, team, touch_clock

#: The contact form's plain text fields, in the order the form shows them.
CONTACT_TEXT_FIELDS = ("name", "job_title", "website", "street", "city", "region", "postal_code",
                       "country", "notes")


def member_options(session: Any) -> list[tuple[str, int]]:
    """The active team members as owner choices."""
    return [(m.name, m.id) for m in team.list_members(session=session) if m.id is not None]


def contact_choice(session: Any, contact_id: int | None) -> list[tuple[int, str]]:
    """``[(id, name)]`` for a contact to show as already chosen."""
    if contact_id is None:
        return []
    return [(contact_id, contacts.get_contact(session=session, contact_id=contact_id).contact.name)]


class People(UseCases):
    """Contacts and team members."""

    def sign_in(self, username: str) -> tuple[int, str]:
        """Sign ``username`` in (a team member is made on first use); returns their
        id and name. Also works out the contacts' stay-in-touch clocks that no
        longer hold (after an upgrade, a bulk import, meetings that took place)."""
        with self.write() as session:
            member = team.sign_in(session=session, username=username)
            touch_clock.refresh_out_of_date(session=session)
            return member.id or 0, member.name

    def member_named(self, username: str) -> tuple[int, str] | None:
        """The team member ``username`` signs in as, if there is one yet (a read)."""
        with self.db.read() as session:
            member = team.member_by_username(session=session, username=username)
            return (member.id or 0, member.name) if member is not None else None

    def find(self, query: str, *, limit: int) -> list[contacts.ContactRow]:
        """Contacts whose name (or e-mail, organisation...) matches, as the list shows them."""
        with self.db.read() as session:
            return contacts.list_contacts(session=session, query=query, limit=limit).items

    def members(self) -> list[tuple[str, int]]:
        """The active team members as owner choices, ``(name, id)``."""
        with self.db.read() as session:
            return member_options(session)

    def choice(self, contact_id: int | None) -> list[tuple[int, str]]:
        """``[(id, name)]`` of a contact a form opens with, or ``[]``."""
        with self.db.read() as session:
            return contact_choice(session, contact_id)

    def suggest(self, query: str, *, kind: ContactKind | None, limit: int) -> list[tuple[int, str, str]]:
        """Contacts matching ``query`` as a picker offers them: ``(id, name, organisation)``."""
        with self.db.read() as session:
            page = contacts.list_contacts(session=session, query=query, kind=kind, limit=limit)
        return [(row.id, row.name, row.organisation or "") for row in page.items]

    def contact_form(self, contact_id: int) -> dict[str, Any]:
        """What the contact form shows for ``contact_id``, with its version and
        ``base`` (the stored values in the shape a save sends)."""
        with self.db.read() as session:
            detail = contacts.get_contact(session=session, contact_id=contact_id)
            contact = detail.contact
            referred = None
            if contact.referred_by_id is not None:
                referred = contacts.get_contact(session=session,
                                                contact_id=contact.referred_by_id).contact.name
            base = contacts.contact_input(session, contact)
        return {
            "version": contact.version, "base": base, "kind": contact.kind,
            **{name: getattr(contact, name) for name in CONTACT_TEXT_FIELDS},
            "emails": detail.emails, "phones": detail.phones, "tags": detail.tags,
            "owner_id": contact.owner_id, "stage": contact.stage, "source": contact.source,
            "cadence_days": contact.cadence_days,
            "birthday": contact.birthday, "anniversary": contact.anniversary,
            "organisation": (contact.organisation_id, detail.organisation_name),
            "referred_by": (contact.referred_by_id, referred),
        }

    def save_contact(self, contact_id: int | None, values: dict[str, Any],
                     expected_version: int | None, base: dict[str, Any] | None = None) -> Saved:
        """Create a contact (``contact_id`` None) or update it from ``expected_version``,
        whose values were ``base`` (see ``services.edits``)."""
        return self._save(
            contact_id, lambda s: contacts.create_contact(session=s, data=values),
            lambda s: contacts.update_contact(session=s, contact_id=contact_id, changes=values,
                                              expected_version=expected_version, base=base))
