"""Whom a sales or deals import line is for: a contact found, or one it creates.

A line names its contact by an email address, a person's name and/or an
organisation's name (a sale's customer cell is a name or an address; a deal
has a contact person and an organisation). The contact is the live one with
that email, else the one with that exact name: the person's, or when the
line names no person, the organisation's. Two contacts with that email or
name: the line is skipped, asking for the email. When there is none, the
modes that create make a new contact, once per email or name however many
lines name it (a later line's email for one named without it is added to
it), and update-only skips the line. A new person whose line also names an
organisation belongs to it: the one of that name, or a new one.

:func:`customer_writes` orders a plan's writes (new organisations, new people,
then the file's own records) and :func:`write_new_contacts` writes the new
contacts of a batch, in bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.enums import ContactKind
from tuicrm.errors import ValidationError
from tuicrm.models import Contact, ContactCreate
from tuicrm.services import import_lookup as lookup
from tuicrm.services.common import validate
from tuicrm.services.contact_bulk import insert_contacts
from tuicrm.services.import_plan import Action, ImportMode, ImportPlan, PlanLine
from tuicrm.services.importing_checks import clean_line
from tuicrm.services.importing_contacts import NewContact, email_keys, key_of

ORGANISATION = ContactKind.ORGANISATION


@dataclass(frozen=True)
class Named:
    """Who a line names: ``email`` lower-cased (``address``: as written), names cleaned."""

    email: str = ""
    person: str = ""
    organisation: str = ""
    address: str = ""

    @classmethod
    def of(cls, email: str = "", person: str = "", organisation: str = "") -> Named:
        emails = email_keys({"emails": [email]}) if email else []
        return cls(emails[0] if emails else "", clean_line(person), clean_line(organisation),
                   clean_line(email) if emails else "")

    def __bool__(self) -> bool:
        return bool(self.email or self.person or self.organisation)

    @property
    def name(self) -> str:
        """The contact's own name: the person's, else the organisation's."""
        return self.person or self.organisation


@dataclass(frozen=True)
class Customer:
    """The contact a line is for: an existing one (``id``), or the new one of ``key``."""

    id: int | None
    key: str | None = None


class Customers:
    """Finds each line's contact with a few queries per file, and plans the new ones."""

    def __init__(self, session: Session, named: Sequence[Named], mode: ImportMode,
                 noun: str = "customer") -> None:
        self.mode, self.noun = mode, noun
        self.by_email = lookup.contacts_by_email(session, (n.email for n in named if n.email))
        self.by_name = lookup.contacts_by_name(session, (
            key_of(text) for n in named for text in (n.person, n.organisation) if text))
        self.created: list[PlanLine] = []  # the new contacts' lines, for the plan
        self._new: dict[str, PlanLine] = {}  # by email and by casefolded name

    def find(self, named: Named, line: PlanLine) -> Customer | None:
        """The line's contact; None when the line is skipped (``line.detail`` says why)."""
        who = named.email or named.name
        name = key_of(named.name) if named.name else ""
        ids = self.by_email.get(named.email, set()) if named.email else set()
        known = [k.id for k in self.by_name.get(name, [])] if name and not ids else []
        if len(ids) > 1 or len(known) > 1:
            line.detail = f"more than one contact is {who}: add the {self.noun}'s email"
            return None
        if found := next(iter(ids), None) or (known[0] if known else None):
            return Customer(found)
        new = self._new.get(named.email) or self._new.get(name)
        if new is not None and named.email and named.email not in self._new:
            self._add_email(new, named)
        if new is None:
            if not self.mode.creates:
                line.detail = f"no {self.noun} {who} and the mode is update only"
                return None
            new = self._plan_new(named, line)
            if new is None:
                return None
        return Customer(None, new.payload.key)

    def _plan_new(self, named: Named, line: PlanLine) -> PlanLine | None:
        person = bool(named.person or named.email)
        data = ({"name": named.person or named.address,
                 "emails": [named.address] if named.email else []}
                if person else {"name": named.organisation, "kind": ORGANISATION})
        organisation = self._organisation(named, line) if person and named.organisation else None
        if isinstance(organisation, int):
            data["organisation_id"] = organisation
        try:
            values = validate(ContactCreate, data)
        except ValidationError as err:
            line.detail = f"the new {self.noun} cannot be created: {lookup.reason(err)}"
            return None
        new = self._add(line.line, values, self.noun if person else "organisation",
                        named.email or key_of(values.name),
                        organisation if isinstance(organisation, str) else None)
        self._new.setdefault(key_of(values.name), new)
        return new

    def _add_email(self, new: PlanLine, named: Named) -> None:
        """A later line gives the email of a contact this import creates by name: it has it."""
        values: ContactCreate = new.payload.values
        try:
            new.payload.values = validate(ContactCreate, {
                **values.model_dump(), "emails": [*values.emails, named.address]})
        except ValidationError:
            return  # not an address: the line still finds the contact by its name
        self._new[named.email] = new

    def _organisation(self, named: Named, line: PlanLine) -> int | str | None:
        """The organisation a new person belongs to: an existing one's id, the key of
        one this import creates, or None (none can be: the person stands alone)."""
        key = key_of(named.organisation)
        if key == key_of(named.person):
            return None  # the person and the organisation are one
        known = [k for k in self.by_name.get(key, []) if k.kind == ORGANISATION]
        if known:
            return known[0].id if len(known) == 1 else None
        new = self._new.get(key)
        if new is not None:
            return new.payload.key if new.payload.values.kind == ORGANISATION else None
        if self.by_name.get(key):
            return None  # a person of that name: not an organisation to belong to
        try:
            values = validate(ContactCreate, {"name": named.organisation, "kind": ORGANISATION})
        except ValidationError:
            return None
        return self._add(line.line, values, "organisation", key).payload.key

    def _add(self, number: int, values: ContactCreate, noun: str, key: str,
             organisation: str | None = None) -> PlanLine:
        new = PlanLine(number, Action.CREATE, values.name, f"new {noun} for line {number}",
                       payload=NewContact(values, organisation=organisation, key=key))
        self.created.append(new)
        self._new.setdefault(key, new)
        return new


def customer_writes(plan: ImportPlan) -> list[PlanLine]:
    """The plan's writes in the order they are made: new organisations, new people
    (who may belong to them), then the file's own records."""
    creates = [p for p in plan.lines if p.action is Action.CREATE]
    contacts = [p for p in creates if p.record_type == "contact"]
    return ([p for p in contacts if p.payload.values.kind == ORGANISATION]
            + [p for p in contacts if p.payload.values.kind != ORGANISATION]
            + [p for p in creates if p.record_type == plan.record_type])


def write_new_contacts(session: Session, lines: list[PlanLine], tick: Callable[[int], None],
                       new_ids: dict[str, int]) -> None:
    """Write the new contacts among ``lines`` (some of :func:`customer_writes`, in its
    order) in bulk; ``new_ids`` carries their ids, by key, from one batch to the next."""
    creates = [p for p in lines if p.action is Action.CREATE and p.record_type == "contact"]
    for organisations in (True, False):
        group = [p for p in creates if (p.payload.values.kind == ORGANISATION) is organisations]
        values = [p.payload.values.model_copy(update={"organisation_id": new_ids[p.payload.organisation]})
                  if p.payload.organisation else p.payload.values for p in group]
        for p, new_id in zip(group, insert_contacts(session=session, contacts=values,
                                                    progress=tick), strict=True):
            p.record_id = new_id
            new_ids[p.payload.key] = new_id


def held_contacts(session: Session, ids: Iterable[int | None]) -> list[list[Contact]]:
    """These contacts loaded: held by the caller, they stay in the session's (weak)
    identity map, so that a service checking each one with ``session.get`` per record
    does not load it again."""
    return [list(session.scalars(sa.select(Contact).where(Contact.id.in_(batch))))
            for batch in lookup.chunks({i for i in ids if i is not None})]
