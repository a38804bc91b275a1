"""One change to many contacts at once: tag, untag, set the owner, set the stage, archive,
delete; and its undo.

:func:`bulk_edit` applies the change to each contact in the caller's one
transaction, through the same service calls a form or a key uses (so every
rule holds and each change is in the contact's history, through "bulk").
A contact someone changed after it was selected (its version differs from
the one the list showed) is left as it is and reported, with who changed it.
The result carries what each changed contact was before and after, which
:func:`undo_bulk_edit` puts back, sparing a contact whose field was changed
again since.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.models import Contact, ContactTag, JourneyStage, TeamMember
from tuicrm.services import contacts, history
from tuicrm.services.common import last_editor, live
from tuicrm.services.import_lookup import chunks

MAX_CONTACTS = 100_000


class BulkAction(StrEnum):
    TAG = "tag"
    UNTAG = "untag"
    OWNER = "owner"
    STAGE = "stage"
    ARCHIVE = "archive"
    DELETE = "delete"


#: How each action reads in a sentence ("Tagged 12 contacts").
DONE_WORDS = {BulkAction.TAG: "Tagged", BulkAction.UNTAG: "Untagged",
              BulkAction.OWNER: "Set the owner of", BulkAction.STAGE: "Set the stage of",
              BulkAction.ARCHIVE: "Archived", BulkAction.DELETE: "Deleted"}


@dataclass
class BulkResult:
    action: BulkAction
    changed: list[int] = field(default_factory=list)
    unchanged: int = 0  # already so (a tag they had, the owner they have)
    conflicts: list[str] = field(default_factory=list)  # "Ada Lovelace (changed by alice)"
    archived_instead: int = 0  # a delete of a contact with contracts or sales archives it
    # contact id -> (its values before and after, in ``update_contact``'s shape)
    before: dict[int, tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=dict)

    def summary(self) -> str:
        n = len(self.changed)
        text = f"{DONE_WORDS[self.action]} {n:,} contact{'' if n == 1 else 's'}"
        if self.archived_instead:
            text += f" ({self.archived_instead:,} archived: they have contracts or sales)"
        if self.unchanged:
            text += f"; {self.unchanged:,} already so"
        if self.conflicts:
            shown = ", ".join(self.conflicts[:5]) + (" …" if len(self.conflicts) > 5 else "")
            text += (f"; {len(self.conflicts):,} left as they are, changed by someone else "
                     f"since you selected them: {shown}")
        return text


def bulk_edit(*, session: Session, ids: Iterable[int], action: BulkAction | str,
              value: Any = None, versions: Mapping[int, int] | None = None) -> BulkResult:
    """Apply ``action`` (with ``value``: the tag, the owner's id, the stage) to the
    live contacts ``ids``; ``versions``: the version each was selected at."""
    action = BulkAction(action)
    value = _checked(session, action, value)
    wanted = list(dict.fromkeys(ids))
    if len(wanted) > MAX_CONTACTS:
        raise ValidationError({"ids": f"at most {MAX_CONTACTS:,} contacts at once"})
    history.set_via(session, "bulk")
    result = BulkResult(action)
    for batch in chunks(wanted):
        found = session.scalars(sa.select(Contact).where(Contact.id.in_(batch), live(Contact))
                                .order_by(Contact.id)).all()
        for contact in found:
            seen = (versions or {}).get(contact.id)
            if seen is not None and seen != contact.version:
                who = last_editor(session, contact)
                result.conflicts.append(f"{contact.name} (changed by {who})" if who
                                        else contact.name)
                continue
            _apply(session, contact, action, value, result)
    return result


def undo_bulk_edit(*, session: Session, result: BulkResult) -> int:
    """Put back what ``result`` changed; a contact whose field has been changed again
    since (it no longer holds what the change set) is left as it is. Returns how many
    were put back."""
    history.set_via(session, "undo")
    restored = 0
    for contact_id, (before, after) in result.before.items():
        contact = session.get(Contact, contact_id)
        if contact is None or _now(session, contact, after) != after:
            continue
        if "deleted_at" in before:
            contact.deleted_at, contact.archived_at = before["deleted_at"], before["archived_at"]
        else:
            contacts.update_contact(session=session, contact_id=contact_id, changes=before,
                                    expected_version=None)
        restored += 1
    session.flush()
    return restored


def _now(session: Session, contact: Contact, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The contact's current values of ``fields``."""
    found = {}
    for name in fields:
        if name == "tags":
            found[name] = list(session.scalars(sa.select(ContactTag.tag).where(
                ContactTag.contact_id == contact.id).order_by(ContactTag.tag)))
        else:
            found[name] = getattr(contact, name)
    return found


def _checked(session: Session, action: BulkAction, value: Any) -> Any:
    if action in (BulkAction.TAG, BulkAction.UNTAG):
        tag = " ".join(str(value or "").split()).lower()
        if not tag or len(tag) > 60:
            raise ValidationError({"value": "a tag is 1 to 60 characters"})
        return tag
    if action is BulkAction.OWNER:
        if value is not None and session.get(TeamMember, value) is None:
            raise ValidationError({"value": "no such team member"})
        return value
    if action is BulkAction.STAGE:
        try:
            return JourneyStage(value) if value not in (None, "") else None
        except ValueError:
            raise ValidationError({"value": f"{value!r} is not a journey stage"}) from None
    return None


def _apply(session: Session, contact: Contact, action: BulkAction, value: Any,
           result: BulkResult) -> None:
    if action in (BulkAction.ARCHIVE, BulkAction.DELETE):
        before = {"deleted_at": contact.deleted_at, "archived_at": contact.archived_at}
        if action is BulkAction.ARCHIVE:
            if contact.archived_at is not None:
                result.unchanged += 1
                return
            contacts.archive_contact(session=session, contact_id=contact.id)
        elif contacts.delete_contact(session=session, contact_id=contact.id) == "archived":
            result.archived_instead += 1
        session.flush()
        result.changed.append(contact.id)
        result.before[contact.id] = (before, {"deleted_at": contact.deleted_at,
                                              "archived_at": contact.archived_at})
        return
    tags = list(session.scalars(sa.select(ContactTag.tag).where(
        ContactTag.contact_id == contact.id).order_by(ContactTag.tag)))
    if action is BulkAction.TAG:
        changes: dict[str, Any] = {"tags": [*tags, value]} if value not in tags else {}
        before = {"tags": tags}
    elif action is BulkAction.UNTAG:
        changes = {"tags": [t for t in tags if t != value]} if value in tags else {}
        before = {"tags": tags}
    elif action is BulkAction.OWNER:
        changes = {"owner_id": value} if contact.owner_id != value else {}
        before = {"owner_id": contact.owner_id}
    else:
        changes = {"stage": value} if contact.stage != value else {}
        before = {"stage": contact.stage}
    if not changes:
        result.unchanged += 1
        return
    updated = contacts.update_contact(session=session, contact_id=contact.id, changes=changes,
                                      expected_version=None)
    session.flush()
    result.changed.append(contact.id)
    result.before[contact.id] = (before, _now(session, updated, before))
