"""Planning and writing a contacts import (see :mod:`tuicrm.services.importing`).

Matching (quality.md's "duplicate detection"; the rules are
:class:`_ContactPlanner`'s): by another tool's id, an email, or a phone under
the same name, never by a name alone. Two lines for one contact: the second
is skipped. A value the model refuses is left out, said on its line
(:mod:`.import_values`). An update fills in what the file has and keeps the rest:
an empty cell never clears a field, emails, phones and tags are added to the
ones already there, and a name that differs only in case is kept as stored.
Every value is validated by ``ContactCreate``, as a form would be (a new
contact through :mod:`.importing_checks`, which gives pydantic's own result
faster), and the link rules ``update_contact`` enforces are checked while
planning, so that a planned line never fails when it is written.

A line's company links the contact to that organisation: an existing one,
one the file itself has (a line whose name is another line's company becomes
an organisation), or, when the mode creates, a new one (once per name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.interop.contact_values import name_from_address
from tuicrm.interop.import_source import SourceFile, SourceRow
from tuicrm.models import Contact, ContactCreate, ContactKind
from tuicrm.services import import_lookup as lookup
from tuicrm.services import import_values
from tuicrm.services.common import validate
from tuicrm.services.contact_bulk import insert_contacts
from tuicrm.services.contact_queries import digits
from tuicrm.services.import_plan import Action, ImportMode, ImportPlan, PlanLine
from tuicrm.services.importing_checks import clean_line

ORGANISATION = ContactKind.ORGANISATION


@dataclass
class NewContact:
    """What creating one contact needs: its values, and the new organisation to link."""

    values: ContactCreate
    organisation: str | None = None  # casefolded name of an organisation this import creates
    key: str = ""  # how other lines refer to it (a sales import's customer: email or name)


@dataclass
class ContactChange:
    version: int
    changes: dict[str, Any]
    previous: dict[str, Any]
    organisation: str | None = None
    version_after: int | None = field(default=None, init=False)


def key_of(text: str) -> str:
    """How names are compared: cleaned as the model cleans them, then casefolded (sort_name)."""
    return clean_line(text).casefold()


def email_keys(values: dict[str, Any]) -> list[str]:
    return [k for e in values.get("emails", ()) if (k := clean_line(e).lower())]


def contact_writes(plan: ImportPlan) -> list[PlanLine]:
    """The plan's writes in the order they are made: new organisations, new people
    (who may link to them), then updates (which may too)."""
    creates = [p for p in plan.lines if p.action is Action.CREATE and p.record_type == "contact"]
    return ([p for p in creates if p.payload.values.kind is ORGANISATION]
            + [p for p in creates if p.payload.values.kind is not ORGANISATION]
            + [p for p in plan.lines if p.action is Action.UPDATE and p.record_type == "contact"])


def write_contacts(session: Session, lines: list[PlanLine], tick: Callable[[int], None],
                   new_ids: dict[str, int]) -> None:
    """Write some of :func:`contact_writes` (in its order); ``new_ids`` carries the new
    organisations' ids from one batch to the next."""
    from tuicrm.services.contacts import update_contact

    creates = [p for p in lines if p.action is Action.CREATE and p.record_type == "contact"]
    orgs = [p for p in creates if p.payload.values.kind is ORGANISATION]
    for p, new_id in zip(orgs, insert_contacts(
            session=session, contacts=[p.payload.values for p in orgs], progress=tick)):
        p.record_id = new_id
        new_ids.setdefault(p.payload.values.name.casefold(), new_id)
    people = [p for p in creates if p.payload.values.kind is not ORGANISATION]
    values = [p.payload.values.model_copy(update={"organisation_id": new_ids[p.payload.organisation]})
              if p.payload.organisation else p.payload.values for p in people]
    for p, new_id in zip(people, insert_contacts(session=session, contacts=values, progress=tick)):
        p.record_id = new_id
    for p in lines:
        if p.action is Action.UPDATE and p.record_type == "contact":
            change: ContactChange = p.payload
            changes = dict(change.changes)
            if change.organisation:
                changes["organisation_id"] = new_ids[change.organisation]
            contact = update_contact(session=session, contact_id=p.record_id, changes=changes,
                                     expected_version=change.version)
            change.version_after = contact.version
            tick(1)


def plan_contacts(session: Session, source: SourceFile, mode: ImportMode,
                  date_order: str | None = None) -> ImportPlan:
    return _ContactPlanner(session, source, mode, date_order).plan()


@dataclass
class _Line:
    """One row of the file with its keys, cleaned once (the model's cleaning, casefolded)."""

    row: SourceRow
    plan: PlanLine
    emails: list[str]
    phones: list[str]  # digits, for matching
    uid: str
    name: str  # casefolded, as Contact.sort_name
    organisation: str  # the company as the file names it, cleaned
    organisation_key: str
    left_out: list[str] = field(default_factory=list)  # values not imported, and why
    notes: list[str] = field(default_factory=list)  # e.g. "possible duplicate of ..."
    by_name_only: bool = False  # found by its name alone: only "already there" counts

    @property
    def keyless(self) -> bool:
        return not (self.emails or self.phones or self.uid)

    @property
    def keys(self) -> list[str]:
        """What makes two lines of a file one contact: an id, an email, a phone and name."""
        keys = [f"phone:{p}:{self.name}" for p in self.phones] if self.phones else []
        return ([f"uid:{self.uid}"] if self.uid else []) + self.emails + keys


class _ContactPlanner:
    """Matching (quality.md's "duplicate detection"): a line is the contact with its
    id from the same tool, failing that one of its email addresses, failing that
    one of its phone numbers with the same name. A name alone never matches: a
    same-name contact is a "possible duplicate" of a new one, except that a line
    without email, phone or id whose every value a same-name contact already has
    is that contact, unchanged (so importing a file twice adds nothing)."""

    def __init__(self, session: Session, source: SourceFile, mode: ImportMode,
                 date_order: str | None) -> None:
        self.session, self.source, self.mode = session, source, mode
        self.order = date_order or dates.infer_date_order(
            import_values.day_texts(r.values for r in source.rows))
        self.team = import_values.owners(session)
        self.lines = [PlanLine(p.line, Action.SKIP, "", p.message) for p in source.problems]
        self.new_orgs: dict[str, PlanLine] = {}  # casefolded name -> the line creating it

    def _prepare(self, row: SourceRow) -> _Line:
        values = row.values
        emails = email_keys(values)
        name = clean_line(values.get("name", ""))
        organisation = clean_line(values.get("organisation", ""))
        phones = [d for p in values.get("phones", ()) if len(d := digits(p)) >= 5]
        line = PlanLine(row.line, Action.SKIP, name or (emails[0] if emails else "(no name)"))
        self.lines.append(line)
        return _Line(row, line, emails, phones, clean_line(values.get("uid", "")),
                     name.casefold(), organisation, organisation.casefold(), list(row.left_out))

    def plan(self) -> ImportPlan:
        rows = [self._prepare(row) for row in self.source.rows]
        self.org_names = {r.organisation_key for r in rows if r.organisation_key}
        self.by_uid = lookup.contacts_by_uid(self.session, (r.uid for r in rows if r.uid))
        self.by_email = lookup.contacts_by_email(self.session, (e for r in rows for e in r.emails))
        self.by_phone = lookup.contacts_by_phone(self.session, (p for r in rows for p in r.phones))
        self.by_name = lookup.contacts_by_name(
            self.session, {r.name for r in rows if r.name} | self.org_names)
        self.names = lookup.names_of(
            self.session, {i for ids in self.by_phone.values() for i in ids}, Contact.sort_name)
        self.seen: dict[str, int] = {}  # "email:..", "phone:..", "uid:.." -> its first line
        self.seen_names: dict[str, list[_Line]] = {}
        claimed: dict[int, int] = {}
        updates: list[_Line] = []
        creates: list[_Line] = []
        for r in rows:
            line = r.plan
            if (earlier := self._earlier_line(r)) is not None:
                line.detail = f"the same contact as line {earlier}"
                continue
            found = self._match(r)
            if line.detail:
                continue
            if found is not None and found in claimed:
                line.detail = f"the same contact as line {claimed[found]}"
                continue
            if found is None and not self.mode.creates:
                line.detail = ("not found (no contact has this id, email or phone) and the "
                               "mode is update only")
                continue
            if found is not None and not self.mode.updates:
                line.detail = f"already exists (contact {found}) and the mode is create only"
                line.record_id = found
                continue
            if found is None and not r.name and not r.emails:
                line.detail = "no name or email: a new contact needs one"
                continue
            self._remember(r)
            if found is not None:
                if not r.by_name_only:
                    claimed[found] = line.line
                line.record_id = found
                updates.append(r)
            else:
                creates.append(r)
        current = lookup.current_values(self.session, (r.plan.record_id for r in updates))
        for r in updates:
            self._plan_update(r, *current[r.plan.record_id])
        creates += [r for r in updates if r.plan.action is Action.SKIP and r.by_name_only
                    and not r.plan.detail]
        for r in creates:
            self._plan_create(r)
        for r in creates:
            if r.plan.action is Action.CREATE:
                self._link_created(r)
        for r in rows:
            r.plan.detail = "; ".join(filter(None, [r.plan.detail, *r.notes, *r.left_out]))
        return ImportPlan(self.source, self.mode, self.lines)

    def _earlier_line(self, r: _Line) -> int | None:
        """The earlier line of the file that is this contact, if any."""
        for key in r.keys:
            if key in self.seen:
                return self.seen[key]
        if r.keyless and r.name:
            for other in self.seen_names.get(r.name, []):
                if other.keyless and other.row.values == r.row.values:
                    return other.plan.line
        return None

    def _remember(self, r: _Line) -> None:
        for key in r.keys:
            self.seen.setdefault(key, r.plan.line)
        if r.name:
            earlier = self.seen_names.setdefault(r.name, [])
            if earlier:
                r.notes.append(f"possible duplicate of line {earlier[0].plan.line}, "
                               "of the same name")
            earlier.append(r)

    def _match(self, r: _Line) -> int | None:
        line = r.plan
        if r.uid and (ids := self.by_uid.get(r.uid)):
            return min(ids)
        ids = set().union(*(self.by_email.get(e, ()) for e in r.emails))
        if len(ids) > 1:
            names = lookup.names_of(self.session, ids)
            line.detail = ("its email addresses belong to different contacts: "
                           + ", ".join(f"{names.get(i, '?')} ({i})" for i in sorted(ids)))
            return None
        if ids:
            return ids.pop()
        by_phone = set().union(*(self.by_phone.get(p, ()) for p in r.phones))
        same_name = {i for i in by_phone if self.names.get(i) == r.name}
        if len(same_name) == 1:
            return same_name.pop()
        known = self.by_name.get(r.name, []) if r.name else []
        if r.keyless and known:
            r.by_name_only = True  # only if it changes nothing (see _plan_update)
            return known[0].id if len(known) == 1 else self._unchanged_one(r, known)
        others = sorted({*by_phone} - same_name)
        if known or others:
            names = lookup.names_of(self.session, others)
            shown = [f"{k.name} ({k.id})" for k in known[:3]] + [
                f"{names.get(i, '?')} ({i}, the same phone)" for i in others[:3]]
            r.notes.append("possible duplicate of " + ", ".join(shown))
        return None

    def _unchanged_one(self, r: _Line, known: list[lookup.Known]) -> int | None:
        """Of several same-name contacts, one that already has every value of the line."""
        current = lookup.current_values(self.session, (k.id for k in known))
        for k in known:
            if self._changes(r, current[k.id][1], quiet=True)[0] == {}:
                return k.id
        r.notes.append("possible duplicate of " + ", ".join(f"{k.name} ({k.id})"
                                                              for k in known[:3]))
        r.by_name_only = False
        return None

    def _data(self, r: _Line, left_out: list[str]) -> dict[str, Any]:
        return import_values.model_values(r.row.values, self.order, self.team, left_out)

    def _plan_create(self, r: _Line) -> None:
        line = r.plan
        data = self._data(r, r.left_out)
        if "kind" not in data and r.name in self.org_names:
            data["kind"] = ORGANISATION  # other lines name it as their company
        if not data.get("name") and data.get("emails"):
            data["name"] = line.label = name_from_address(data["emails"][0])
            r.notes.append(f"named after its email address {data['emails'][0]}")
        try:
            values = import_values.checked(data, r.left_out)
        except ValidationError as err:
            line.detail = lookup.reason(err)
            return
        line.action, line.payload = Action.CREATE, NewContact(values)
        if values.kind is ORGANISATION:
            self.new_orgs.setdefault(r.name, line)

    def _link_created(self, r: _Line) -> None:
        line = r.plan
        new: NewContact = line.payload
        org_id, org_key, note = self._organisation(r, new.values.kind, r.name)
        if org_id is not None:
            new.values = new.values.model_copy(update={"organisation_id": org_id})
        new.organisation = org_key
        line.detail = note

    def _changes(self, r: _Line, current: dict[str, Any], *, quiet: bool = False,
                 ) -> tuple[dict[str, Any] | None, str, str | None, list[str]]:
        """What the line changes in ``current`` (None: it cannot be applied, and why
        is the line's detail unless ``quiet``), the note on its organisation, the
        new organisation to link, and the values left out."""
        left_out: list[str] = []
        merged = _merged(current, self._data(r, left_out))
        if quiet:  # only asking whether the line is already there: nothing planned
            known = [k.id for k in self.by_name.get(r.organisation_key, ())
                     if k.kind == ORGANISATION]
            org_id, org_key, note = (known[0] if known else -1) if r.organisation else None, None, ""
        else:
            org_id, org_key, note = self._organisation(r, merged["kind"], key_of(merged["name"]))
        if org_id is not None:
            merged["organisation_id"] = org_id
        problem = self._kind_problem(r.plan.record_id, current, merged, bool(org_key))
        try:
            values: ContactCreate = import_values.checked(merged, left_out)
        except ValidationError as err:
            problem = problem or lookup.reason(err)
        if problem:
            if not quiet:
                r.plan.detail = problem
            return None, note, org_key, left_out
        changes = {f: getattr(values, f) for f in ContactCreate.model_fields
                   if getattr(values, f) != current[f]}
        return changes, note, org_key, left_out

    def _plan_update(self, r: _Line, version: int, current: dict[str, Any]) -> None:
        line = r.plan
        changes, note, org_key, r.left_out = self._changes(r, current)
        if changes is None:
            return
        if not changes and not org_key:
            line.action, line.detail = Action.UNCHANGED, note
            if r.by_name_only:
                r.notes.append(f"already there: {current['name']} ({line.record_id})")
            return
        if r.by_name_only:  # a name alone: a new contact, never a change to this one
            r.notes.append(f"possible duplicate of {current['name']} ({line.record_id})")
            line.record_id = None
            if not self.mode.creates:
                line.detail = ("not found (no contact has this id, email or phone; only its "
                               "name matches) and the mode is update only")
            return
        previous = {f: current[f] for f in [*changes, *(["organisation_id"] if org_key else [])]}
        line.action = Action.UPDATE
        line.payload = ContactChange(version, changes, previous, org_key)
        words = [lookup.FIELD_WORDS.get(f, f.replace("_", " ")) for f in previous]
        line.detail = "; ".join(filter(None, ["changes " + ", ".join(words), note]))

    def _kind_problem(self, contact_id: int | None, current: dict[str, Any],
                      merged: dict[str, Any], new_org: bool) -> str:
        """The link rules ``update_contact`` enforces, checked here so the plan says so."""
        if merged["kind"] == ORGANISATION and (merged["organisation_id"] or new_org):
            return "an organisation cannot belong to another organisation"
        if current["kind"] == ORGANISATION and merged["kind"] != ORGANISATION and (
                lookup.has_members(self.session, contact_id)):
            return "people still belong to this organisation: it cannot become a person"
        return ""

    def _organisation(self, r: _Line, kind: Any, own_key: str) -> tuple[int | None, str | None, str]:
        """The row's company as (an existing organisation's id, or the casefolded
        name of one this import creates, and a note when it is not linked)."""
        text, key = r.organisation, r.organisation_key
        if not text or key == own_key:
            return None, None, ""
        if kind == ORGANISATION:
            return None, None, f"an organisation cannot belong to another: {text} not linked"
        known = self.by_name.get(key, [])
        orgs = [k for k in known if k.kind == ORGANISATION]
        if orgs:
            return orgs[0].id, None, ""
        if key in self.new_orgs:
            return None, key, ""
        if known:
            return None, None, f"{text} is a person, not an organisation: not linked"
        if not self.mode.creates:
            return None, None, f"no organisation {text} (the mode is update only): not linked"
        try:
            values: ContactCreate = validate(ContactCreate, {"name": text, "kind": ORGANISATION})
        except ValidationError as err:
            return None, None, f"organisation {text!r} not created ({lookup.reason(err)})"
        created = PlanLine(r.plan.line, Action.CREATE, values.name,
                           f"new organisation of line {r.plan.line}", payload=NewContact(values))
        self.lines.append(created)
        self.new_orgs[key] = created
        return None, key, ""


def _merged(current: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The contact with the line's values over it: lists grow, empty cells change nothing,
    a name differing only in case stays as it is, and so do its labels and its id."""
    merged = {**current, "emails": list(current["emails"]), "phones": list(current["phones"]),
              "tags": list(current["tags"]), "labels": dict(current["labels"])}
    for key, value in values.items():
        if key == "organisation":
            continue
        if key == "name" and key_of(value) == current["name"].casefold():
            continue  # "ADA LOVELACE" in a file is not a reason to change how she is written
        if key == "emails":
            have = {e.lower() for e in merged["emails"]}
            merged["emails"] += [e for e in value
                                 if clean_line(e).lower() not in have]
        elif key == "phones":
            have = {digits(p) for p in merged["phones"]}
            merged["phones"] += [p for p in value if digits(p) not in have]
        elif key == "tags":
            merged["tags"] += value
        elif key == "labels":  # a label the contact has stays
            merged["labels"] = {**value, **merged["labels"]}
        elif key == "uid" and current["uid"]:
            continue  # known by another tool's id already: it keeps that one
        else:
            merged[key] = value
    return merged
