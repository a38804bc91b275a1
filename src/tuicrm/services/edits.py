"""Saving an edit made from an older copy: merge what does not clash, refuse what does.

A form remembers the values it started from (``base``). When its save finds
the stored row at a newer version, the three versions are compared field by
field, in the shape a form saves (list fields included):

- a field only I changed takes my value; one only they changed keeps theirs;
- a field we both changed to the same value is no clash;
- a list of separate entries (emails, phones, tags, attendees) both of us
  changed is merged when neither side removed or edited an entry: both sides'
  additions are kept. If both removed or edited entries, it is a clash: which
  entry replaces which is not for the program to guess;
- any other field both changed is a clash.

A save with clashes is refused with a :class:`ConflictError` that lists each
clash (mine and theirs); nothing is saved. A save whose changes merge is made,
and says which of their fields it kept (``session.info["merged"]``), so the
person is told. Overwriting is a choice: ``expected_version=None`` with a base
resolves each clash with mine and still keeps every field only they changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import pydantic
from pydantic_core import to_jsonable_python
from sqlalchemy.orm import Session

from tuicrm.errors import Clash, ConflictError, ValidationError
from tuicrm.services.common import (
    Check,
    assign,
    check_version,
    get_row,
    last_editor,
    record_label,
    validate,
    validate_changes,
)
from tuicrm.services.history import ENTRY_LISTS  # both sides' additions to these are kept

M = TypeVar("M")



@dataclass(frozen=True)
class Merged:
    """What a save from an older copy kept of the other person's work."""

    fields: tuple[str, ...]
    by: str | None


def reconcile(
    session: Session, obj: Any, schema: type[pydantic.BaseModel], stored: Mapping[str, Any],
    changes: Mapping[str, Any], *, expected_version: int | None,
    base: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The changes to apply to ``obj`` (whose values, in form shape, are ``stored``).

    Without a ``base`` this is the plain version check: a newer row refuses
    the save, and ``expected_version=None`` overwrites with every value given.
    """
    if base is None or (expected_version is not None and obj.version == expected_version):
        check_version(session, obj, expected_version)
        return dict(changes)
    keys = list(changes)
    start = _comparable(schema, stored, base, keys)
    mine = _comparable(schema, stored, changes, keys)
    theirs = _comparable(schema, stored, {}, keys)
    apply: dict[str, Any] = {}
    clashes: list[Clash] = []
    kept: list[str] = []
    for key in keys:
        if mine[key] == start[key]:
            if theirs[key] != start[key]:
                kept.append(key)
            continue  # not mine to change: theirs (or the value it always had) stays
        if theirs[key] in (start[key], mine[key]):
            apply[key] = changes[key]
            continue
        merged = _merge_entries(key, start[key], mine[key], theirs[key])
        if merged is not None:
            apply[key] = merged
            kept.append(key)
        elif expected_version is None:  # overwriting, deliberately
            apply[key] = changes[key]
        else:
            clashes.append(Clash(key, changes[key], stored.get(key)))
    editor = last_editor(session, obj)
    if clashes:
        raise ConflictError(record_label(type(obj)), obj.id, expected_version=expected_version,
                            current_version=obj.version, changed_by=editor,
                            current=dict(stored), clashes=clashes, kept=kept)
    if kept:
        session.info["merged"] = Merged(tuple(kept), editor)
    return apply


def row_input(obj: Any, schema: type[pydantic.BaseModel]) -> dict[str, Any]:
    """A row whose fields are all the schema's, in the shape a save sends."""
    return {f: getattr(obj, f) for f in schema.model_fields}


def update_row(
    session: Session, model: type[M], schema: type[pydantic.BaseModel], key: Any,
    changes: Mapping[str, Any], expected_version: int | None, *, check: Check | None = None,
    base: Mapping[str, Any] | None = None,
) -> M:
    """Apply ``changes`` to one row whose fields are the schema's, reconciled with
    any newer version (see :func:`reconcile`); refuses an invalid result."""
    obj: Any = get_row(session, model, key)
    current = row_input(obj, schema)
    changes = reconcile(session, obj, schema, current, changes,
                        expected_version=expected_version, base=base)
    values = validate_changes(schema, current, changes)
    if check is not None:
        check(values, obj)
    assign(obj, values, changes.keys())
    session.flush()
    return obj


def merged_in(session: Session) -> Merged | None:
    """What the last reconciled save in ``session`` kept of someone else's changes."""
    return session.info.get("merged")


def _merge_entries(key: str, start: Any, mine: Any, theirs: Any) -> list[Any] | None:
    """Both sides' additions to a list of entries, or None if it is a clash."""
    if key not in ENTRY_LISTS or not all(isinstance(v, list) for v in (start, mine, theirs)):
        return None
    if set(start) - set(mine) and set(start) - set(theirs):
        return None  # both removed or edited entries
    removed_by_them = set(start) - set(theirs)
    added_by_them = [v for v in theirs if v not in start and v not in mine]
    return [v for v in mine if v not in removed_by_them] + added_by_them


def _comparable(schema: type[pydantic.BaseModel], stored: Mapping[str, Any],
                values: Mapping[str, Any], keys: list[str]) -> dict[str, Any]:
    """``values`` over ``stored`` as the schema cleans them (so "a@B.example " and
    "a@b.example" are one address), as plain JSON-like values."""
    try:
        clean = validate(schema, {**stored, **values}).model_dump(mode="json")
    except ValidationError:  # e.g. a start no longer fits their end: compare as given
        clean = to_jsonable_python({**stored, **values})
    return {key: _plain(clean.get(key)) for key in keys}


def _plain(value: Any) -> Any:
    """"" and None are the same blank; entries compare in their own order."""
    if value in ("", None):
        return None
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
