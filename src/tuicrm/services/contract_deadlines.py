"""Open contracts' deadlines as all-day calendar events: review, renewal or end, cancel-by.

The same days the Calendar screen shows (``services.calendar``): the review
date, the end date (a renewal if it renews by itself, else the end), and the
cancel-by date (the end minus the notice: the last day to give notice). Their
UIDs are ``contract-<id>-<what>@<database id>``, so a calendar program that
imports a newer file moves the day instead of adding one.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.interop.ical import Event
from tuicrm.models import Contact, Contract
from tuicrm.services.common import live
from tuicrm.services.contracts import OPEN_STATUSES, cancel_by_expr


def contract_deadline_events(*, session: Session, origin: str, since: date | None,
                             until: date | None) -> list[Event]:
    rows = session.execute(
        sa.select(Contract, Contact.name, cancel_by_expr(session).label("cancel_by"))
        .join(Contact, Contact.id == Contract.contact_id)
        .where(live(Contract), live(Contact), Contract.status.in_(OPEN_STATUSES),
               sa.or_(Contract.review_date.is_not(None), Contract.end_date.is_not(None)))
        .order_by(Contract.id)).all()
    events = []
    for contract, name, cancel_by in rows:
        if cancel_by is not None and not isinstance(cancel_by, date):
            cancel_by = date.fromisoformat(str(cancel_by)[:10])
        days: list[tuple[str, date | None, str]] = [
            ("review", contract.review_date, "Review"),
            ("renewal", contract.end_date, "Renews" if contract.auto_renew else "Ends"),
            ("cancel-by", cancel_by,
             "Last day to stop the renewal" if contract.auto_renew else "Last day to give notice"),
        ]
        for what, day, words in days:
            if day is None or (since and day < since) or (until and day > until):
                continue
            events.append(Event(
                uid=f"contract-{contract.id}-{what}@{origin}",
                summary=f"{words}: {contract.title} ({name})",
                start=day, duration=timedelta(days=1),
                sequence=contract.version,
                last_modified=contract.updated_at or contract.created_at,
                categories=("contract",),
            ))
    events.sort(key=lambda e: (e.start, e.uid))
    return events
