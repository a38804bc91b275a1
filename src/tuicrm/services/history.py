"""Field history: every change to a record's fields, with who, when and through what.

Kept for contacts, contracts, meetings, follow-ups, sales, products, invoices,
payments and deals. A
write unit of work records, without any service having to remember to:

- after each flush, :func:`note_flush` notes each changed column of a
  tracked record (its own fields, and its deletion, archiving or completion),
  old and new, from the ORM's attribute history: forms, imports, undo, the
  command line and every row action alike;
- list fields live in rows of their own (emails, phones, tags, attendees,
  sale lines); the one function that rewrites each calls :func:`note_lists`
  with the values before and after;
- once, before the commit, :func:`write_noted` writes the notes in one
  statement, each with the writer (``session.info["actor_id"]``), the way
  in (``"via"``: form, import, undo, restore, command ...) and the import run.

A record's creation is not a change (its row says who created it, and when).
Values are kept as JSON text, as a save would send them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from pydantic_core import to_jsonable_python
from sqlalchemy.orm import Session, attributes

from tuicrm import dates
from tuicrm.models import (
    Contact,
    ContactCreate,
    Contract,
    ContractCreate,
    Deal,
    DealBase,
    FieldChange,
    FollowUp,
    FollowUpCreate,
    Invoice,
    InvoiceCreate,
    Meeting,
    MeetingCreate,
    Payment,
    PaymentCreate,
    Product,
    ProductCreate,
    Sale,
    SaleCreate,
    TeamMember,
)

_NOTES = "tuicrm.history.notes"
VIA = "tuicrm.history.via"
IMPORT_RUN = "tuicrm.history.import_run"

#: What each tracked record is called in the history, and the fields a form edits.
KINDS: dict[type, tuple[str, type]] = {
    Contact: ("contact", ContactCreate), Contract: ("contract", ContractCreate),
    Meeting: ("meeting", MeetingCreate), FollowUp: ("followup", FollowUpCreate),
    Sale: ("sale", SaleCreate), Product: ("product", ProductCreate),
    Invoice: ("invoice", InvoiceCreate), Payment: ("payment", PaymentCreate),
    # A deal's moves between stages are its stage history (``deal_stage_change``).
    Deal: ("deal", DealBase),
}
#: Fields kept in rows of their own (recorded by :func:`note_lists`; a contact's
#: ``labels`` are not: they describe its emails and phones, whose changes are).
LIST_FIELDS = frozenset({"emails", "phones", "tags", "attendee_ids", "lines", "labels"})
#: List fields whose entries stand alone (their order is how they were typed, not a change).
ENTRY_LISTS = frozenset({"emails", "phones", "tags", "attendee_ids"})
#: Changes a record goes through besides its form's fields.
_LIFECYCLE = ("deleted_at", "archived_at", "done_at")

#: Fields no form edits that change a record all the same: an invoice's issue,
#: and what was paid and credited against it.
_WORKED_OUT: dict[type, tuple[str, ...]] = {
    Invoice: ("number", "issue_date", "due_date", "issued_at", "paid_minor", "credited_minor"),
}
_TRACKED: dict[type, tuple[str, ...]] = {
    model: tuple(f for f in schema.model_fields if f not in LIST_FIELDS)
    + tuple(f for f in _LIFECYCLE if f in model.__table__.columns)
    + _WORKED_OUT.get(model, ())
    for model, (_kind, schema) in KINDS.items()
}


@dataclass(frozen=True)
class Change:
    """One recorded change, as the History pane and ``tuicrm history`` show it."""

    id: int
    record_kind: str
    record_id: int
    field: str
    old: Any
    new: Any
    at: datetime
    by: str | None
    via: str
    import_run_id: int | None
    restorable: bool = False  # whether its old value can be put back (``field_restore``)
    names: dict[int, str] | None = None  # who the ids of a link field are, as read


#: Fields that hold links: what their ids name.
_LINKS = {"owner_id": TeamMember, "contact_id": Contact, "organisation_id": Contact,
          "referred_by_id": Contact, "attendee_ids": Contact}


def set_via(session: Session, via: str) -> None:
    """Say through what this write unit of work changes records."""
    session.info[VIA] = via


def set_import_run(session: Session, run_id: int | None) -> None:
    session.info[IMPORT_RUN] = run_id


def note_flush(session: Session, _flush_context: Any) -> None:
    """``after_flush`` listener: note each changed field of each tracked record."""
    notes = None
    for obj in session.dirty:
        fields = _TRACKED.get(type(obj))
        if fields is None or obj.id is None:
            continue
        for name in fields:
            history = attributes.get_history(obj, name)
            if not history.added or not history.deleted:
                continue  # unchanged (or never loaded: nothing known to compare)
            old, new = _plain(history.deleted[0]), _plain(history.added[0])
            if old != new:
                if notes is None:
                    notes = session.info.setdefault(_NOTES, [])
                notes.append((KINDS[type(obj)][0], obj.id, name, old, new))


def note_lists(session: Session, record: Any, before: Mapping[str, Any],
               after: Mapping[str, Any], fields: Sequence[str]) -> None:
    """Note the list ``fields`` of ``record`` that differ between ``before`` and ``after``."""
    kind = KINDS[type(record)][0]
    notes = session.info.setdefault(_NOTES, [])
    for name in fields:
        old, new = _plain(before.get(name)), _plain(after.get(name))
        if not same_value(name, old, new):  # attendees in another order are no change
            notes.append((kind, record.id, name, old, new))


def write_noted(session: Session) -> None:
    """Write every change noted in this unit of work (before its commit)."""
    notes = session.info.pop(_NOTES, None)
    if not notes:
        return
    now = dates.utcnow()
    actor = session.info.get("actor_id")
    via = session.info.get(VIA, "app")
    run = session.info.get(IMPORT_RUN)
    session.execute(sa.insert(FieldChange), [
        {"record_kind": kind, "record_id": record_id, "field_name": name,
         "old_value": _json(old), "new_value": _json(new), "changed_at": now,
         "changed_by_id": actor, "via": via, "import_run_id": run}
        for kind, record_id, name, old, new in notes])


def changes(*, session: Session, kind: str, record_id: int, limit: int = 500) -> list[Change]:
    """The record's changes, newest first."""
    rows = session.execute(
        _with_author().where(FieldChange.record_kind == kind, FieldChange.record_id == record_id)
        .order_by(FieldChange.id.desc()).limit(limit)).all()
    return _with_names(session, [_change(row) for row in rows])


def _with_names(session: Session, found: list[Change]) -> list[Change]:
    """Name the people and members that link fields hold ids of (one query per kind)."""
    from dataclasses import replace

    wanted: dict[type, set[int]] = {}
    for change in found:
        model = _LINKS.get(change.field)
        if model is not None:
            for value in (change.old, change.new):
                ids = value if isinstance(value, list) else [value]
                wanted.setdefault(model, set()).update(i for i in ids if isinstance(i, int))
    names: dict[type, dict[int, str]] = {}
    for model, ids in wanted.items():
        rows = session.execute(sa.select(model.id, model.name).where(model.id.in_(list(ids))))
        names[model] = {i: n for i, n in rows}
    return [replace(c, names=names[_LINKS[c.field]]) if c.field in _LINKS and
            _LINKS[c.field] in names else c for c in found]


def get_change(*, session: Session, change_id: int) -> Change | None:
    row = session.execute(_with_author().where(FieldChange.id == change_id)).first()
    return _change(row) if row is not None else None


def _with_author() -> sa.Select[Any]:
    return sa.select(FieldChange, TeamMember.name).outerjoin(
        TeamMember, TeamMember.id == FieldChange.changed_by_id)


def _change(row: Any) -> Change:
    c, name = row
    return Change(c.id or 0, c.record_kind, c.record_id, c.field_name, _unjson(c.old_value),
                  _unjson(c.new_value), c.changed_at, name, c.via, c.import_run_id)


def erase(*, session: Session, records: Mapping[str, Sequence[int]]) -> int:
    """Delete the history of these records (``{"contact": [ids], "sale": [ids]}``)."""
    erased = 0
    for kind, ids in records.items():
        for start in range(0, len(ids), 500):
            erased += session.execute(sa.delete(FieldChange).where(
                FieldChange.record_kind == kind,
                FieldChange.record_id.in_(ids[start:start + 500]))).rowcount or 0
    return erased


def field_words(name: str) -> str:
    """A field's name in words: "city", "amount", "owner", "attendees"."""
    for suffix, ending in (("_minor", ""), ("_ids", "s"), ("_id", "")):
        if name.endswith(suffix):
            name = name[: -len(suffix)] + ending
            break
    return name.replace("_", " ")


def same_value(field: str, recorded: Any, value: Any) -> bool:
    """Whether ``value`` (as stored now) is the ``recorded`` value of ``field``."""
    now = _plain(value)
    if field in ENTRY_LISTS and isinstance(now, list) and isinstance(recorded, list):
        return sorted(map(str, now)) == sorted(map(str, recorded))
    return now == recorded


def _plain(value: Any) -> Any:
    plain = to_jsonable_python(value, fallback=str)
    return None if plain == "" else plain


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _unjson(text: str | None) -> Any:
    return None if text is None else json.loads(text)
