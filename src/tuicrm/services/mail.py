"""Emails logged as interactions with the contacts they were to or from.

Each message is matched to live contacts by address (From, To and Cc): each
contact matched gets an email interaction (its subject, date, who wrote to
whom, the first lines), which counts as a touch for the stay-in-touch clock. A
Message-ID already logged for a contact is not logged again, so piping the
same message twice, or importing an mbox after some of it was logged, adds
nothing. A message to or from nobody in the CRM is skipped, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.interop.mail import MailMessage, MailProblem
from tuicrm.models import Contact, ContactEmail, Interaction, InteractionKind
from tuicrm.services.common import live
from tuicrm.services.interactions import log_interaction

_SUBJECT_MAX = 200


@dataclass(frozen=True)
class Logged:
    """What became of one message."""

    place: str
    subject: str
    contacts: list[str] = field(default_factory=list)  # the names it was logged for
    reason: str = ""  # why it was not (or not for everyone)


def log_messages(*, session: Session, messages: Iterable[MailMessage | MailProblem],
                 author_id: int | None = None) -> list[Logged]:
    """Log each message for the contacts it names; one entry per message, in order."""
    results: list[Logged] = []
    for message in messages:
        if isinstance(message, MailProblem):
            results.append(Logged(message.place, "", reason=message.message))
            continue
        results.append(_log(session, message, author_id))
    return results


def _log(session: Session, message: MailMessage, author_id: int | None) -> Logged:
    owners = _contacts_with(session, message.addresses)
    if not owners:
        return Logged(message.place, message.subject,
                      reason="no contact has any of its addresses")
    done = set(session.scalars(sa.select(Interaction.contact_id).where(
        Interaction.message_id == message.message_id, live(Interaction))))
    new = [(i, name) for i, name in owners if i not in done]
    if not new:
        return Logged(message.place, message.subject, reason="already logged")
    heading = [f"From: {message.sender}"] + (
        [f"To: {message.recipients}"] if message.recipients else [])
    body = "\n".join(heading) + (f"\n\n{message.first_lines}" if message.first_lines else "")
    subject = message.subject if len(message.subject) <= _SUBJECT_MAX else (
        message.subject[:_SUBJECT_MAX - 1] + "…")
    for contact_id, _name in new:
        interaction = log_interaction(session=session, data={
            "contact_id": contact_id, "kind": InteractionKind.EMAIL,
            "occurred_at": message.sent_at or dates.utcnow(), "subject": subject,
            "body": body, "author_id": author_id})
        interaction.message_id = message.message_id
    session.flush()
    return Logged(message.place, message.subject, [name for _i, name in new],
                  reason="already logged for the others" if done else "")


def _contacts_with(session: Session, addresses: Iterable[str]) -> list[tuple[int, str]]:
    wanted = list(addresses)
    if not wanted:
        return []
    rows = session.execute(
        sa.select(Contact.id, Contact.name).join(ContactEmail, ContactEmail.contact_id == Contact.id)
        .where(ContactEmail.address.in_(wanted), live(Contact))
        .group_by(Contact.id, Contact.name).order_by(Contact.id))
    return [(r.id, r.name) for r in rows]
