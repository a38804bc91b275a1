"""A person's data: finding them, what is held about them, erasing it for good."""

from __future__ import annotations

from typing import Any

from tuicrm.core.base import UseCases
from tuicrm.services import contact_lookup, personal_data
from tuicrm.services.contact_lookup import Candidate


class PersonalData(UseCases):
    def find(self, text: str) -> Candidate:
        """The one contact ``text`` names: an id, an e-mail address or a full name."""
        with self.db.read() as session:
            return contact_lookup.find_contact(session=session, text=text)

    def held(self, contact_id: int) -> dict[str, Any]:
        """Everything held about the contact, by kind."""
        with self.db.read() as session:
            return personal_data.personal_data(session=session, contact_id=contact_id)

    def erase(self, contact_id: int) -> dict[str, int]:
        """Erase the contact and everything about them; then fold the write-ahead
        log into the file, so nothing of theirs stays in it. Returns what went."""
        with self.write() as session:
            removed = personal_data.erase_contact(session=session, contact_id=contact_id)
        self.db.checkpoint()
        return removed
