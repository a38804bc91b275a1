"""Contacts: people and organisations, their emails, phones and tags.

The SQL that decides a contact's role and what a search matches lives in
:mod:`tuicrm.services.contact_queries`, for other lists and metrics to reuse.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from dataclasses import field as default
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.models import (
    CONTACT_CHILD_FIELDS,
    Contact,
    ContactCreate,
    ContactEmail,
    ContactKind,
    ContactPhone,
    ContactTag,
    Deal,
    Invoice,
    JourneyStage,
    Role,
    TeamMember,
)
from tuicrm.services import history, touch_clock
from tuicrm.services.common import (
    DEFAULT_PAGE,
    Cursor,
    Page,
    SortKey,
    assign,
    aware,
    check_version,
    get_row,
    keyset_page,
    live,
    restore,
    validate,
    validate_changes,
)
from tuicrm.services.contact_queries import (
    ORG,
    ROLE_FILTERS,
    digits,
    has_contract,
    has_sale,
    role_expr,
    search_condition,
    search_text_for,
)
from tuicrm.services.edits import reconcile


class ContactSort(StrEnum):
    NAME = "name"
    NAME_DESC = "name_desc"
    NEWEST = "newest"
    OLDEST = "oldest"


_SORTS: dict[ContactSort, SortKey] = {
    ContactSort.NAME: SortKey([Contact.sort_name, Contact.id]),
    ContactSort.NAME_DESC: SortKey([Contact.sort_name, Contact.id], descending=True),
    ContactSort.NEWEST: SortKey([Contact.id], descending=True),
    ContactSort.OLDEST: SortKey([Contact.id]),
}


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: int
    name: str
    kind: ContactKind
    organisation: str | None
    email: str | None
    phone: str | None
    role: Role
    owner_initials: str | None
    stage: JourneyStage | None
    last_touch: datetime | None
    archived: bool
    version: int


@dataclass(frozen=True)
class ContactDetail:
    """A contact with its emails, phones, tags and derived role."""

    contact: Contact
    emails: list[str]
    phones: list[str]
    tags: list[str]
    role: Role
    organisation_name: str | None
    labels: dict[str, str] = default(default_factory=dict)  # an email's or phone's kind


# --- writing ---------------------------------------------------------------


def create_contact(*, session: Session, data: ContactCreate | Mapping[str, Any]) -> Contact:
    values: ContactCreate = validate(ContactCreate, data)
    _check_links(session, values, None)
    contact = Contact()
    assign(contact, values, _own_fields())
    _set_derived_text(contact, values)
    session.add(contact)
    session.flush()
    _replace_children(session, contact, values)
    return contact


def update_contact(
    *,
    session: Session,
    contact_id: int,
    changes: Mapping[str, Any],
    expected_version: int | None,
    base: Mapping[str, Any] | None = None,
) -> Contact:
    """Apply ``changes``, reconciled with any newer version (``edits.reconcile``)."""
    contact = get_row(session, Contact, contact_id)
    current = contact_input(session, contact)
    changes = reconcile(session, contact, ContactCreate, current, changes,
                        expected_version=expected_version, base=base)
    values: ContactCreate = validate_changes(ContactCreate, current, changes)
    if _unchanged(values, current):
        return contact  # nothing changed: no new version to conflict with others
    _check_links(session, values, contact.id)
    assign(contact, values, _own_fields())
    _set_derived_text(contact, values)
    contact.updated_at = dates.utcnow()  # bumps the version even if only children changed
    history.note_lists(session, contact, current, values.model_dump(), ("emails", "phones", "tags"))
    _replace_children(session, contact, values)
    session.flush()
    return contact


_has_invoice = sa.exists().where(Invoice.contact_id == Contact.id, Invoice.issued_at.is_not(None),
                                 Invoice.deleted_at.is_(None)).correlate(Contact)
_has_deal = sa.exists().where(Deal.contact_id == Contact.id,
                              Deal.deleted_at.is_(None)).correlate(Contact)


def delete_contact(
    *, session: Session, contact_id: int, expected_version: int | None = None
) -> str:
    """Delete a contact, undoably; one with contracts, sales, issued invoices or deals
    is archived instead.

    Returns ``"deleted"`` or ``"archived"`` so the caller can say which.
    """
    contact = get_row(session, Contact, contact_id)
    check_version(session, contact, expected_version)
    has_history = session.execute(
        sa.select(sa.or_(has_contract, has_sale, _has_invoice, _has_deal))
        .where(Contact.id == contact_id)
    ).scalar_one()
    if has_history:
        contact.archived_at = contact.archived_at or dates.utcnow()
        return "archived"
    contact.deleted_at = dates.utcnow()
    return "deleted"


def history_counts(*, session: Session, contact_id: int) -> dict[str, int]:
    """How many live contracts, sales, issued invoices and deals hang on a contact
    (what a delete would orphan)."""
    from tuicrm.models import Contract, Sale

    def count(model: Any, *more: Any) -> sa.ScalarSelect[int]:
        return (sa.select(sa.func.count()).select_from(model)
                .where(model.contact_id == contact_id, model.deleted_at.is_(None), *more)
                .scalar_subquery())

    contracts, sales, invoices, deals = session.execute(sa.select(
        count(Contract), count(Sale), count(Invoice, Invoice.issued_at.is_not(None)),
        count(Deal))).one()
    return {"contracts": contracts, "sales": sales, "invoices": invoices, "deals": deals}


def restore_contact(*, session: Session, contact_id: int) -> Contact:
    """Undo a delete or an archive."""
    contact = restore(session, Contact, contact_id)
    contact.archived_at = None
    return contact


def archive_contact(
    *, session: Session, contact_id: int, archived: bool = True,
    expected_version: int | None = None,
) -> Contact:
    contact = get_row(session, Contact, contact_id)
    check_version(session, contact, expected_version)
    contact.archived_at = dates.utcnow() if archived else None
    return contact


# --- reading ---------------------------------------------------------------


def get_contact(*, session: Session, contact_id: int) -> ContactDetail:
    contact = get_row(session, Contact, contact_id)
    current = contact_input(session, contact)
    org = session.get(Contact, contact.organisation_id) if contact.organisation_id else None
    role = session.execute(sa.select(role_expr).where(Contact.id == contact_id)).scalar_one()
    return ContactDetail(
        contact, current["emails"], current["phones"], current["tags"], Role(role),
        org.name if org else None, current["labels"],
    )


def list_contacts(
    *,
    session: Session,
    query: str = "",
    roles: Collection[Role] = (),
    owner_id: int | None = None,
    tag: str | None = None,
    stage: JourneyStage | None = None,
    kind: ContactKind | None = None,
    include_archived: bool = False,
    sort: ContactSort = ContactSort.NAME,
    after: Cursor | None = None,
    limit: int = DEFAULT_PAGE,
) -> Page[ContactRow]:
    """One page of contacts, filtered and searched in SQL."""
    org = ORG

    def shown(page: sa.Subquery) -> sa.Select[Any]:  # the columns, for the page's rows only
        return (
            sa.select(
                Contact.id, Contact.name, Contact.kind, org.name.label("organisation"),
                _first(ContactEmail.address, ContactEmail).label("email"),
                _first(ContactPhone.number, ContactPhone).label("phone"),
                role_expr.label("role"), TeamMember.initials, Contact.stage,
                touch_clock.last_touch_now(session).label("last_touch"), Contact.archived_at,
                Contact.version,
                Contact.sort_name,
            )
            .join(page, page.c.id == Contact.id)
            .outerjoin(org, sa.and_(org.id == Contact.organisation_id, org.deleted_at.is_(None)))
            .outerjoin(TeamMember, TeamMember.id == Contact.owner_id)
        )

    stmt = _filtered(session, sa.select(Contact.id).where(live(Contact)), query=query,
                     roles=roles, owner_id=owner_id, tag=tag, stage=stage, kind=kind,
                     include_archived=include_archived)
    key = _SORTS[ContactSort(sort)]
    return keyset_page(
        session, stmt, key, after=after, limit=limit, row_factory=_row, shown=shown,
        cursor_of=(lambda r: (r.id,)) if sort in (ContactSort.NEWEST, ContactSort.OLDEST)
        else (lambda r: (r.sort_name, r.id)),
    )


def count_contacts(
    *, session: Session, query: str = "", roles: Collection[Role] = (),
    owner_id: int | None = None, tag: str | None = None, stage: JourneyStage | None = None,
    kind: ContactKind | None = None, include_archived: bool = False,
) -> int:
    """How many contacts :func:`list_contacts` would page through with the same filters."""
    stmt = sa.select(sa.func.count()).select_from(Contact).where(live(Contact))
    stmt = _filtered(session, stmt, query=query, roles=roles, owner_id=owner_id, tag=tag,
                     stage=stage, kind=kind, include_archived=include_archived)
    return session.execute(stmt).scalar_one()


def contact_ids(
    *, session: Session, query: str = "", roles: Collection[Role] = (),
    owner_id: int | None = None, tag: str | None = None, stage: JourneyStage | None = None,
    kind: ContactKind | None = None, include_archived: bool = False, limit: int = 100_000,
) -> list[int]:
    """The ids of every contact :func:`list_contacts` would page through (for "all that
    match" in a bulk action), in id order, at most ``limit``."""
    stmt = sa.select(Contact.id).where(live(Contact))
    stmt = _filtered(session, stmt, query=query, roles=roles, owner_id=owner_id, tag=tag,
                     stage=stage, kind=kind, include_archived=include_archived)
    return list(session.scalars(stmt.order_by(Contact.id).limit(limit)))


# --- helpers ---------------------------------------------------------------


def _filtered(session: Session, stmt: sa.Select[Any], *, query: str, roles: Collection[Role],
              owner_id: int | None, tag: str | None, stage: JourneyStage | None,
              kind: ContactKind | None, include_archived: bool) -> sa.Select[Any]:
    if not include_archived:
        stmt = stmt.where(Contact.archived_at.is_(None))
    if (condition := search_condition(session, query)) is not None:
        stmt = stmt.where(condition)
    if roles:
        stmt = stmt.where(sa.or_(*(ROLE_FILTERS[Role(r)] for r in roles)))
    if owner_id is not None:
        stmt = stmt.where(Contact.owner_id == owner_id)
    if tag:
        stmt = stmt.where(
            sa.exists().where(ContactTag.contact_id == Contact.id, ContactTag.tag == tag.lower())
        )
    if stage is not None:
        stmt = stmt.where(Contact.stage == stage)
    if kind is not None:
        stmt = stmt.where(Contact.kind == kind)
    return stmt


def _first(column: Any, table: Any) -> sa.ScalarSelect[Any]:
    return (
        sa.select(column).where(table.contact_id == Contact.id)
        .order_by(table.position, table.id).limit(1).scalar_subquery()
    )


def _row(r: Any) -> ContactRow:
    return ContactRow(
        id=r.id, name=r.name, kind=ContactKind(r.kind), organisation=r.organisation,
        email=r.email, phone=r.phone, role=Role(r.role), owner_initials=r.initials,
        stage=r.stage, last_touch=aware(r.last_touch) if r.last_touch else None,
        archived=r.archived_at is not None, version=r.version,
    )


def _unchanged(values: ContactCreate, current: dict[str, Any]) -> bool:
    try:
        return values == validate(ContactCreate, current)
    except ValidationError:  # the stored row holds a value this version does not know
        return False


def _own_fields() -> list[str]:
    return [f for f in ContactCreate.model_fields if f not in CONTACT_CHILD_FIELDS]


def contact_input(session: Session, contact: Contact) -> dict[str, Any]:
    """The stored contact in the shape a save sends (its emails, phones, tags too)."""
    current = {f: getattr(contact, f) for f in _own_fields()}
    labels: dict[str, str] = {}
    for key, column, table in (("emails", ContactEmail.address, ContactEmail),
                               ("phones", ContactPhone.number, ContactPhone)):
        rows = session.execute(
            sa.select(column, table.label).where(table.contact_id == contact.id)
            .order_by(table.position, table.id)).all()
        current[key] = [value for value, _ in rows]
        labels.update((value, label) for value, label in rows if label)
    current["labels"] = labels
    current["tags"] = list(session.scalars(
        sa.select(ContactTag.tag).where(ContactTag.contact_id == contact.id)
        .order_by(ContactTag.tag)))
    return current


def _replace_children(session: Session, contact: Contact, values: ContactCreate) -> None:
    for table in (ContactEmail, ContactPhone, ContactTag):
        session.execute(sa.delete(table).where(table.contact_id == contact.id))
    labels = values.labels
    session.add_all(
        ContactEmail(contact_id=contact.id, address=a, position=i, label=labels.get(a, ""))
        for i, a in enumerate(values.emails)
    )
    session.add_all(
        ContactPhone(contact_id=contact.id, number=n, position=i,
                     digits=digits(n), label=labels.get(n, ""))
        for i, n in enumerate(values.phones)
    )
    session.add_all(ContactTag(contact_id=contact.id, tag=t) for t in values.tags)


def _set_derived_text(contact: Contact, values: ContactCreate) -> None:
    contact.sort_name = values.name.casefold()
    contact.search_text = search_text_for(values)


def _check_links(session: Session, values: ContactCreate, own_id: int | None) -> None:
    problems: dict[str, str] = {}
    for field, want_org in (("organisation_id", True), ("referred_by_id", False)):
        target_id = getattr(values, field)
        if target_id is None:
            continue
        target = session.get(Contact, target_id)
        if target is None or target.deleted_at is not None:
            problems[field] = "no such contact"
        elif target_id == own_id:
            problems[field] = "a contact cannot point at itself"
        elif want_org and target.kind != ContactKind.ORGANISATION:
            problems[field] = f"{target.name} is not an organisation"
    if values.organisation_id is not None and values.kind == ContactKind.ORGANISATION:
        problems["organisation_id"] = "an organisation cannot belong to another"
    if values.owner_id is not None and session.get(TeamMember, values.owner_id) is None:
        problems["owner_id"] = "no such team member"
    if own_id is not None and values.kind == ContactKind.PERSON and session.scalar(
        sa.select(sa.func.count()).select_from(Contact)
        .where(Contact.organisation_id == own_id, live(Contact))
    ):
        problems["kind"] = "people still belong to this organisation"
    if problems:
        raise ValidationError(problems)
