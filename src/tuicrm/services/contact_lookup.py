"""Finding the one contact a person means on the command line: an id, an email or a name.

Used by ``tuicrm erase`` and ``tuicrm export --json --contact``, which act on
a person's data whether or not the contact was deleted (a deleted contact's
rows are still held), so deleted contacts are found too and say so. A name
must match in full (case and spacing aside); when more than one contact
matches, nothing is chosen: the error lists them, with ids and emails, so the
person can say which.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import CrmError
from tuicrm.models import Contact, ContactEmail
from tuicrm.textclean import clean_text

MAX_LISTED = 10


class ContactNotFoundError(CrmError):
    """No contact matches what was given."""


class AmbiguousContactError(CrmError):
    """More than one contact matches; ``candidates`` are the first of them."""

    def __init__(self, text: str, candidates: list[Candidate], total: int) -> None:
        listed = ", ".join(c.describe() for c in candidates)
        more = f" and {total - len(candidates)} more" if total > len(candidates) else ""
        super().__init__(f"'{text}' matches {total} contacts: {listed}{more}; "
                         "give the id or the email address of the one you mean.")
        self.candidates = candidates


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    email: str | None
    deleted: bool

    def describe(self) -> str:
        email = f" <{self.email}>" if self.email else ""
        return f"#{self.id} {clean_text(self.name, multiline=False)}{email}" + (
            " (deleted)" if self.deleted else "")


def find_contact(*, session: Session, text: str) -> Candidate:
    """The contact whose id, email address or full name is ``text`` (deleted ones too)."""
    wanted = clean_text(text, multiline=False)
    if not wanted:
        raise ContactNotFoundError("give a contact's id, email address or full name.")
    if wanted.isdigit() and (found := _candidates(session, Contact.id == int(wanted))):
        return found[0]
    if "@" in wanted:
        owners = sa.select(ContactEmail.contact_id).where(
            ContactEmail.address == wanted.lower())
        where = Contact.id.in_(owners)
        kind = "email address"
    else:
        where = Contact.sort_name == wanted.casefold()
        kind = "id or name" if wanted.isdigit() else "name"
    found = _candidates(session, where)
    if not found:
        raise ContactNotFoundError(f"no contact has the {kind} '{wanted}'.")
    if len(found) > 1:
        total = session.scalar(sa.select(sa.func.count()).select_from(Contact).where(where))
        raise AmbiguousContactError(wanted, found[:MAX_LISTED], total or len(found))
    return found[0]


def _candidates(session: Session, where: sa.ColumnElement[bool]) -> list[Candidate]:
    first_email = (
        sa.select(ContactEmail.address).where(ContactEmail.contact_id == Contact.id)
        .order_by(ContactEmail.position, ContactEmail.id).limit(1).scalar_subquery()
    )
    rows = session.execute(
        sa.select(Contact.id, Contact.name, first_email.label("email"), Contact.deleted_at)
        .where(where).order_by(Contact.id).limit(MAX_LISTED + 1)
    )
    return [Candidate(r.id, r.name, r.email, r.deleted_at is not None) for r in rows]
