"""The contacts list as CSV rows, shared by the app's export key and ``tuicrm export --csv``.

Headless (no Textual), so the command line can use it: the contacts come page
by page (keyset, in SQL) from :func:`~tuicrm.services.contacts.list_contacts`,
with the list's filters and order, each page's every column read in a few
queries, and are written by :func:`tuicrm.interop.csv_export.write_csv`.

Every column a contact has is written, in the shape ``tuicrm import`` reads
back: emails and phones each in one cell, "; " between them and a label in
brackets ("+44 20 7946 0000 (mobile); 020 7946 0001 (work)"), the owner by
name, a birthday without its year as "MM-DD".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

RowsOf = Callable[[Any], Iterable[Sequence[object]]]

CONTACT_HEADER = ["Name", "Kind", "Organisation", "Job Title", "Emails", "Phones", "Tags",
                  "Website", "Street", "City", "Region", "Postal Code", "Country", "Birthday",
                  "Anniversary", "Stage", "Source", "Owner", "Role", "Stay in touch (days)",
                  "Last touch", "Notes", "UID"]
_OWN = ("job_title", "website", "street", "city", "region", "postal_code", "country")


def paged(fetch: Callable[[Any], Any]) -> Iterable[Any]:
    """Every item of a keyset-paged list: ``fetch(after)`` returns a ``Page``."""
    after = None
    while True:
        page = fetch(after)
        yield from page.items
        if page.next_cursor is None:
            return
        after = page.next_cursor


def contact_rows(where: dict[str, Any], sort: str) -> RowsOf:
    """The contacts list's rows for CSV, with the list's filters (``where``) and order."""

    def rows(session: Any) -> Iterable[Sequence[object]]:
        from tuicrm.services.contacts import list_contacts

        after = None
        while True:
            page = list_contacts(session=session, **where, sort=sort, after=after, limit=1000)
            full = _columns(session, [r.id for r in page.items])
            for row in page.items:
                yield _cells(row, full[row.id])
            if page.next_cursor is None:
                return
            after = page.next_cursor

    return rows


def _cells(row: Any, c: dict[str, Any]) -> list[object]:
    return [row.name, str(row.kind), row.organisation, c["job_title"],
            _labelled(c["emails"], c["labels"]), _labelled(c["phones"], c["labels"]),
            ", ".join(c["tags"]), c["website"], c["street"], c["city"], c["region"],
            c["postal_code"], c["country"], _day(c["birthday"]), _day(c["anniversary"]),
            row.stage and str(row.stage), c["source"] and str(c["source"]), c["owner"],
            str(row.role), c["cadence_days"], row.last_touch and row.last_touch.isoformat(),
            c["notes"], c["uid"]]


def _labelled(values: list[str], labels: dict[str, str]) -> str:
    return "; ".join(f"{v} ({labels[v]})" if labels.get(v) else v for v in values)


def _day(day: date | None) -> str:
    from tuicrm.dates import NO_YEAR

    if day is None:
        return ""
    return f"{day:%m-%d}" if day.year == NO_YEAR else day.isoformat()


def _columns(session: Any, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Each contact's columns the list does not show, in a few queries for the page."""
    import sqlalchemy as sa

    from tuicrm.models import Contact, TeamMember
    from tuicrm.services.contact_cards import entries

    found: dict[int, dict[str, Any]] = {}
    rows = session.execute(
        sa.select(Contact.id, *(getattr(Contact, f) for f in _OWN), Contact.birthday,
                  Contact.anniversary, Contact.source, Contact.cadence_days, Contact.notes,
                  Contact.uid, TeamMember.name.label("owner"))
        .outerjoin(TeamMember, TeamMember.id == Contact.owner_id).where(Contact.id.in_(ids)))
    for row in rows:
        found[row.id] = dict(row._mapping)
    emails, phones, tags, labels = entries(session, ids)
    for i in ids:
        found[i].update(emails=emails[i], phones=phones[i], tags=tags[i], labels=labels[i])
    return found
