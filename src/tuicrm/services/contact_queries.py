"""The SQL that decides what a contact *is* and what a search matches.

A contact's role is derived from its records, never typed: with a live
contract it is a client, with a live sale a customer, with both both, with
neither a lead, or a prospect if it has an open deal. :data:`role_expr` computes it in SQL (correlated to
``Contact``), so lists filter and show it without loading anything into Python.

Search goes through the full-text index over ``contact.search_text`` (see
:mod:`tuicrm.search_index`); :func:`search_text_for` says what it holds.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from tuicrm import search_index
from tuicrm.enums import DealOutcome
from tuicrm.models import Contact, ContactCreate, Contract, Deal, Role, Sale
from tuicrm.services.common import is_sqlite, live

has_contract = (
    sa.exists().where(Contract.contact_id == Contact.id, live(Contract)).correlate(Contact)
)
has_sale = sa.exists().where(Sale.contact_id == Contact.id, live(Sale)).correlate(Contact)
has_open_deal = sa.exists().where(
    Deal.contact_id == Contact.id, live(Deal), Deal.outcome == DealOutcome.OPEN).correlate(Contact)

role_expr: sa.ColumnElement[str] = sa.case(
    (sa.and_(has_contract, has_sale), Role.BOTH.value),
    (has_contract, Role.CLIENT.value),
    (has_sale, Role.CUSTOMER.value),
    (has_open_deal, Role.PROSPECT.value),
    else_=Role.LEAD.value,
)

# Aliases are made once: a new one copies its model's every column when first
# used (~1 ms for Contact), which a search keystroke paid for each of three, in
# its page and again in its count.
#: A contact's organisation, for the lists that show its name.
ORG = aliased(Contact, name="org")
_MATCH_ORG = aliased(Contact, name="match_org")
_MATCH_MEMBER = aliased(Contact, name="match_member")

ROLE_FILTERS: dict[Role, sa.ColumnElement[bool]] = {
    Role.BOTH: sa.and_(has_contract, has_sale),
    Role.CLIENT: sa.and_(has_contract, ~has_sale),
    Role.CUSTOMER: sa.and_(~has_contract, has_sale),
    Role.PROSPECT: sa.and_(~has_contract, ~has_sale, has_open_deal),
    Role.LEAD: sa.and_(~has_contract, ~has_sale, ~has_open_deal),
}


def search_condition(session: Session, query: str) -> sa.ColumnElement[bool] | None:
    """Contacts whose own text, or whose organisation's, matches every word."""
    words = search_index.tokens(query)
    if not words:
        return None
    if is_sqlite(session):
        matches = sa.select(sa.literal_column("rowid")).select_from(
            sa.table("contact_fts")
        ).where(sa.text("contact_fts MATCH :fts").bindparams(fts=search_index.sqlite_match(words)))
    else:
        # Written as the index's own expression so PostgreSQL uses the index.
        matches = sa.select(sa.column("id")).select_from(sa.text("contact")).where(
            sa.text(f"{search_index.POSTGRES_DOCUMENT} @@ to_tsquery('simple', :fts)")
            .bindparams(fts=search_index.postgres_tsquery(words))
        )
    # People of a matching (live) organisation match too. A UNION rather than
    # OR keeps both halves on indexes: the matches drive the query.
    org, member = _MATCH_ORG, _MATCH_MEMBER
    members = (
        sa.select(member.id)
        .join(org, org.id == member.organisation_id)
        .where(org.id.in_(matches), org.deleted_at.is_(None))
    )
    return Contact.id.in_(sa.union(matches, members))


def search_text_for(values: ContactCreate) -> str:
    """What the full-text index holds for a contact."""
    bare_numbers = [digits(p) for p in values.phones]
    parts = [values.name, values.job_title, values.city, *values.emails,
             *values.phones, *bare_numbers, *values.tags]
    return " ".join(p for p in parts if p)


_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def digits(phone: str) -> str:
    """A phone number's digits: how phones are matched, whatever the formatting."""
    if phone.isascii():  # the usual case, by a regex: an import calls this per line
        return _NOT_ASCII_DIGITS.sub("", phone)
    return "".join(c for c in phone if c.isdigit())
