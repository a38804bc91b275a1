"""Two contacts made one: the kept contact takes the other's records, and the merge undoes.

:func:`merge_preview` lists, field by field, what each contact has (what a
person chooses from); :func:`merge_contacts` then, in the caller's one
transaction:

- gives the kept contact, for each field, its own value, the other's where it
  has none, or the other's where the person chose it (``take``); emails,
  phones, tags and their labels are the two together;
- moves every record of the other contact to it: contracts, sales, follow-ups,
  interactions, satisfaction answers, meeting places (a meeting both attended
  keeps one), the people of an organisation, and who was referred by it;
- deletes the other contact (undoably), and records the merge
  (:class:`~tuicrm.models.ContactMerge`): what the kept contact was, and each
  row moved. Both contacts' history says so ("merged").

:func:`undo_merge` takes the last merge back: rows moved back, the kept
contact's values as they were, the other contact live again; refused, with
the reason, once the kept contact has been changed since.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from pydantic_core import to_jsonable_python
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import CrmError, ValidationError
from tuicrm.models import (
    CONTACT_CHILD_FIELDS,
    Contact,
    ContactCreate,
    ContactMerge,
    Contract,
    Deal,
    FollowUp,
    Interaction,
    Invoice,
    MeetingAttendee,
    Sale,
    SatisfactionResponse,
    TeamMember,
)
from tuicrm.services import derived, history
from tuicrm.services.common import check_version, get_row
from tuicrm.services.contacts import contact_input, update_contact

#: Each kind of row that points at a contact, by the column it points with.
MOVED: dict[str, Any] = {
    "contract": Contract.contact_id, "sale": Sale.contact_id,
    "follow_up": FollowUp.contact_id, "interaction": Interaction.contact_id,
    "satisfaction": SatisfactionResponse.contact_id,
    "member": Contact.organisation_id, "referred": Contact.referred_by_id,
    "invoice": Invoice.contact_id,  # drafts and issued ones: what they owe follows them
    "deal": Deal.contact_id,
}
#: What a person reads for each kind of row moved.
MOVED_WORDS = {"contract": "contract", "sale": "sale", "follow_up": "follow-up",
               "interaction": "note or call", "satisfaction": "survey answer",
               "member": "member", "referred": "referral", "meeting": "meeting",
               "invoice": "invoice", "deal": "deal"}
_FIELDS = [f for f in ContactCreate.model_fields if f not in CONTACT_CHILD_FIELDS]
_LISTS = ("emails", "phones", "tags")


@dataclass(frozen=True)
class MergeField:
    """One field of the two contacts: what each has, and as a person reads it."""

    field: str
    kept: Any
    merged: Any
    kept_words: str = ""
    merged_words: str = ""

    @property
    def differs(self) -> bool:
        return self.kept != self.merged and self.merged not in (None, "", [])

    def outcome(self, take: Collection[str]) -> str:
        """Whose value the merge keeps: "kept", "other" (taken, or where the kept
        contact has none) or "both" (emails, phones, tags), as merge_contacts does."""
        if isinstance(self.kept, list):
            return "both"
        return "other" if self.field in take or self.kept in (None, "") else "kept"


@dataclass(frozen=True)
class MergePreview:
    kept_id: int
    kept_name: str
    kept_version: int
    merged_id: int
    merged_name: str
    merged_version: int
    fields: list[MergeField]  # the fields on which they differ
    moves: dict[str, int]  # kind of row -> how many move to the kept contact


def merge_preview(*, session: Session, kept_id: int, merged_id: int) -> MergePreview:
    """What merging ``merged_id`` into ``kept_id`` would do; refuses what cannot be merged."""
    kept, merged = _pair(session, kept_id, merged_id)
    mine, theirs = contact_input(session, kept), contact_input(session, merged)
    links = _link_names(session, mine, theirs)
    fields = [MergeField(f, mine[f], theirs[f], _words(mine[f], f, links),
                         _words(theirs[f], f, links)) for f in [*_FIELDS, *_LISTS]]
    moves = {kind: session.scalar(sa.select(sa.func.count()).where(column == merged_id)) or 0
             for kind, column in MOVED.items()}
    moves["meeting"] = session.scalar(sa.select(sa.func.count()).select_from(MeetingAttendee)
                                      .where(MeetingAttendee.contact_id == merged_id)) or 0
    return MergePreview(kept.id, kept.name, kept.version, merged.id, merged.name,
                        merged.version, [f for f in fields if f.differs],
                        {k: n for k, n in moves.items() if n})


def merge_contacts(*, session: Session, kept_id: int, merged_id: int,
                   take: Collection[str] = (), versions: tuple[int, int] | None = None,
                   ) -> ContactMerge:
    """Merge ``merged_id`` into ``kept_id``; ``take``: the fields whose value comes from
    the merged contact even where the kept one has its own. ``versions``: the two
    contacts' versions the person saw (a change since is a ConflictError)."""
    kept, merged = _pair(session, kept_id, merged_id)
    if versions is not None:
        check_version(session, kept, versions[0])
        check_version(session, merged, versions[1])
    unknown = set(take) - set(_FIELDS)
    if unknown:
        raise ValidationError({"take": f"not a field that can be taken: {', '.join(sorted(unknown))}"})
    before = contact_input(session, kept)
    theirs = contact_input(session, merged)
    values = _merged_values(before, theirs, take)
    if kept.organisation_id == merged.id or merged.organisation_id == kept.id:
        values["organisation_id"] = None  # one is the other's organisation: not itself
    moved = _move_rows(session, kept.id, merged.id)
    history.set_via(session, "merge")
    contact = update_contact(session=session, contact_id=kept.id, changes=values,
                             expected_version=None)
    merged.deleted_at = dates.utcnow()
    history.note_lists(session, contact, {"merged": None},
                       {"merged": f"{merged.name} ({merged.id})"}, ["merged"])
    history.note_lists(session, merged, {"merged_into": None},
                       {"merged_into": f"{kept.name} ({kept.id})"}, ["merged_into"])
    session.flush()
    derived.note(session, [kept.id, merged.id])
    record = ContactMerge(
        kept_id=kept.id, merged_id=merged.id, merged_at=dates.utcnow(),
        merged_by_id=session.info.get("actor_id"), kept_before=_json(before),
        kept_version_after=contact.version, moved=json.dumps(moved, sort_keys=True))
    session.add(record)
    session.flush()
    return record


def last_merge(*, session: Session) -> ContactMerge | None:
    """The newest merge not undone."""
    return session.scalars(sa.select(ContactMerge).where(ContactMerge.undone_at.is_(None))
                           .order_by(ContactMerge.id.desc()).limit(1)).first()


def undo_merge(*, session: Session, merge_id: int | None = None) -> ContactMerge:
    """Take a merge back (the last one unless ``merge_id``): see the module's doc."""
    record = (session.get(ContactMerge, merge_id) if merge_id is not None
              else last_merge(session=session))
    if record is None or record.undone_at is not None:
        raise CrmError("There is no merge to undo.")
    kept = get_row(session, Contact, record.kept_id)
    merged = session.get(Contact, record.merged_id)
    if kept.version != record.kept_version_after:
        raise CrmError(f"{kept.name} was changed after the merge; the merge can no longer "
                       "be undone (its history shows what the merge changed).")
    if merged is None:
        raise CrmError("The merged contact is gone for good (erased); the merge cannot be undone.")
    moved: dict[str, list[Any]] = json.loads(record.moved)
    for kind, column in MOVED.items():
        ids = moved.get(kind, [])
        table = column.class_
        for chunk in _chunks(ids):
            session.execute(sa.update(table).where(table.id.in_(chunk), column == kept.id)
                            .values({column.key: merged.id}))
    for meeting_id in moved.get("meeting", []):
        session.execute(sa.update(MeetingAttendee).where(
            MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.contact_id == kept.id)
            .values(contact_id=merged.id))
    for meeting_id in moved.get("meeting_both", []):
        session.add(MeetingAttendee(meeting_id=meeting_id, contact_id=merged.id))
    session.expire_all()  # Core statements moved rows the session may hold
    history.set_via(session, "undo")
    merged.deleted_at = None
    update_contact(session=session, contact_id=kept.id, changes=json.loads(record.kept_before),
                   expected_version=None)
    history.note_lists(session, kept, {"merged": f"{merged.name} ({merged.id})"},
                       {"merged": None}, ["merged"])
    record.undone_at = dates.utcnow()
    session.flush()
    derived.note(session, [kept.id, merged.id])
    return record


_LINKS = {"organisation_id": Contact, "referred_by_id": Contact, "owner_id": TeamMember}


def _link_names(session: Session, *values: dict[str, Any]) -> dict[tuple[str, int], str]:
    """The names of the contacts and team members the two contacts link to."""
    names: dict[tuple[str, int], str] = {}
    for field, model in _LINKS.items():
        ids = {v[field] for v in values if v[field] is not None}
        if ids:
            for key, name in session.execute(sa.select(model.id, model.name)
                                             .where(model.id.in_(ids))):
                names[(field, key)] = name
    return names


def _words(value: Any, field: str, links: dict[tuple[str, int], str]) -> str:
    """A field's value on one line, as a person reads it: a link by name, a day as a day."""
    if value is None or value == "" or value == []:
        return "—"
    if field in _LINKS:
        return links.get((field, value), str(value))
    if isinstance(value, date):
        return dates.day_words(value)
    if isinstance(value, list):
        return ", ".join(value)
    return " ".join(str(getattr(value, "value", value)).split())


def _pair(session: Session, kept_id: int, merged_id: int) -> tuple[Contact, Contact]:
    if kept_id == merged_id:
        raise ValidationError({"merged_id": "a contact cannot be merged with itself"})
    kept = get_row(session, Contact, kept_id)
    merged = get_row(session, Contact, merged_id)
    if kept.kind != merged.kind:
        raise ValidationError({"merged_id": f"{merged.name} is a {merged.kind.value} and "
                                            f"{kept.name} a {kept.kind.value}: only two people "
                                            "or two organisations are merged"})
    return kept, merged


def _merged_values(mine: dict[str, Any], theirs: dict[str, Any],
                   take: Collection[str]) -> dict[str, Any]:
    values = {}
    for field in _FIELDS:
        empty = mine[field] in (None, "")
        values[field] = theirs[field] if (field in take or empty) and theirs[field] not in (
            None, "") else mine[field]
    for field in _LISTS:
        values[field] = list(dict.fromkeys([*mine[field], *theirs[field]]))
    values["labels"] = {**theirs["labels"], **mine["labels"]}
    if len(values["emails"]) > 20 or len(values["phones"]) > 20:
        raise ValidationError({"emails": "together they have more than 20 emails or phones; "
                                         "remove some first"})
    return values


def _move_rows(session: Session, kept_id: int, merged_id: int) -> dict[str, list[int]]:
    """Point every row of the merged contact at the kept one; the ids moved, by kind."""
    moved: dict[str, list[int]] = {}
    for kind, column in MOVED.items():
        table = column.class_
        ids = list(session.scalars(sa.select(table.id).where(column == merged_id)
                                   .order_by(table.id)))
        if kind == "member":
            ids = [i for i in ids if i != kept_id]
        if kind == "referred" and kept_id in ids:
            session.execute(sa.update(Contact).where(Contact.id == kept_id)
                            .values(referred_by_id=None))
            ids.remove(kept_id)
        for chunk in _chunks(ids):
            session.execute(sa.update(table).where(table.id.in_(chunk))
                            .values({column.key: kept_id}))
        if ids:
            moved[kind] = ids
    both = set(session.scalars(sa.select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.contact_id == kept_id)))
    theirs = list(session.scalars(sa.select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.contact_id == merged_id).order_by(MeetingAttendee.meeting_id)))
    shared = [m for m in theirs if m in both]
    alone = [m for m in theirs if m not in both]
    if shared:
        session.execute(sa.delete(MeetingAttendee).where(
            MeetingAttendee.contact_id == merged_id, MeetingAttendee.meeting_id.in_(shared)))
        moved["meeting_both"] = shared
    if alone:
        session.execute(sa.update(MeetingAttendee).where(
            MeetingAttendee.contact_id == merged_id, MeetingAttendee.meeting_id.in_(alone))
            .values(contact_id=kept_id))
        moved["meeting"] = alone
    session.expire_all()  # Core statements moved rows the session may hold
    return moved


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _json(values: dict[str, Any]) -> str:
    return json.dumps(to_jsonable_python(values), sort_keys=True, ensure_ascii=False)
