"""Contacts that may be one person (or one organisation) twice, and why.

Four reasons, strongest first: the same email address, the same phone number
(its digits, seven or more), the same name, or similar names (the same first
and last word once accents, case and punctuation are set aside: "José García
López" and "Jose M. Lopez").
Only live contacts of the same kind are paired, each pair once, with its
strongest reason. Emails and phones are found in SQL through their indexes;
names are compared in one pass over the contacts' names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm.models import Contact, ContactEmail, ContactPhone
from tuicrm.services.common import live

LIMIT = 500
MIN_PHONE_DIGITS = 7


@dataclass(frozen=True)
class Duplicate:
    """Two contacts that may be one: the older first."""

    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str  # "same email ada@example.org", "same phone ...", "same name", "similar names"


def find_duplicates(*, session: Session, limit: int = LIMIT) -> list[Duplicate]:
    found: dict[tuple[int, int], Duplicate] = {}
    names: dict[int, tuple[str, str]] = {}  # id -> (name, kind)
    for row in session.execute(sa.select(Contact.id, Contact.name, Contact.kind)
                               .where(live(Contact)).order_by(Contact.id)):
        names[row.id] = (row.name, str(row.kind))

    def add(a: int, b: int, reason: str) -> None:
        a, b = min(a, b), max(a, b)
        if (a, b) in found or a not in names or b not in names or names[a][1] != names[b][1]:
            return
        found[(a, b)] = Duplicate(a, names[a][0], b, names[b][0], reason)

    for table, column, words in ((ContactEmail, ContactEmail.address, "email"),
                                 (ContactPhone, ContactPhone.digits, "phone")):
        other = aliased(table)
        stmt = (sa.select(table.contact_id, other.contact_id, column)
                .join(other, sa.and_(getattr(other, column.key) == column,
                                     other.contact_id > table.contact_id))
                .order_by(table.contact_id, other.contact_id).limit(limit * 4))
        if words == "phone":
            stmt = stmt.where(sa.func.length(column) >= MIN_PHONE_DIGITS)
        for a, b, value in session.execute(stmt):
            shown = value
            if words == "phone":
                shown = session.scalar(sa.select(ContactPhone.number).where(
                    ContactPhone.contact_id == a, ContactPhone.digits == value).limit(1))
            add(a, b, f"same {words} {shown}")
    by_name: dict[str, list[int]] = {}
    by_ends: dict[str, list[int]] = {}
    for contact_id, (name, kind) in names.items():
        words = _words(name)
        if words:
            by_name.setdefault(f"{kind}:{' '.join(words)}", []).append(contact_id)
            by_ends.setdefault(f"{kind}:{words[0]} {words[-1]}", []).append(contact_id)
    for groups, reason in ((by_name, "same name"), (by_ends, "similar names")):
        for ids in groups.values():
            for i, a in enumerate(ids[:50]):
                for b in ids[i + 1:50]:
                    add(a, b, reason)
    order = {"email": 0, "phone": 1, "name": 2, "names": 3}
    return sorted(found.values(), key=lambda d: (order[d.reason.split()[1]],
                                                 d.first_name.casefold(), d.first_id,
                                                 d.second_id))[:limit]


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text).split()
