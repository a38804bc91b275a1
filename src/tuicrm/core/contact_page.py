"""A contact's page: the summary, the timeline and every kind of record they have."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tuicrm import dates
from tuicrm.core.base import UseCases
from tuicrm.services import (
    contact_summary,
    contracts,
    customer_view,
    deals,
    invoices,
    meetings,
    receivables,
    sales,
    timeline,
)
from tuicrm.services.common import Cursor, Page
from tuicrm.services.contact_summary import ContactSummary
from tuicrm.services.customer_view import CustomerView
from tuicrm.services.timeline import TimelineEntry

#: How many of each kind of record a pane lists.
PANE_ROWS = 200


@dataclass(frozen=True)
class PageData:
    """What one load of the page brings back."""

    summary: ContactSummary
    timeline: list[TimelineEntry]
    next_cursor: Cursor | None
    records: dict[str, list[Any]]  # pane id -> rows (contracts, meetings ...)
    insight: CustomerView
    owed: dict[str, int]  # what they owe now, per currency


class ContactPages(UseCases):
    def page(self, contact_id: int, *, timeline_rows: int, now: datetime) -> PageData:
        """Everything the page shows, in one read snapshot; the timeline's first
        ``timeline_rows`` entries, the customer view as seen at ``now``."""
        with self.db.read() as session:
            summary = contact_summary.contact_summary(session=session, contact_id=contact_id)
            first = timeline.list_timeline(session=session, contact_id=contact_id,
                                           limit=timeline_rows)
            records = {
                "contracts": contracts.list_contracts(
                    session=session, contact_id=contact_id, limit=PANE_ROWS).items,
                "meetings": meetings.list_meetings(
                    session=session, contact_id=contact_id, limit=PANE_ROWS).items,
                "purchases": sales.list_sales(
                    session=session, contact_id=contact_id, limit=PANE_ROWS).items,
                "followups": contact_summary.contact_followups(session=session,
                                                               contact_id=contact_id),
                "invoices": invoices.list_invoices(session=session, today=dates.to_local(now).date(),
                                                   contact_id=contact_id, limit=PANE_ROWS).items,
                "deals": deals.deals_of(session=session, contact_id=contact_id, limit=PANE_ROWS,
                                        now=now),
            }
            owed = receivables.balances(session=session, contact_id=contact_id)
            insight = customer_view.customer_view(session=session, contact_id=contact_id, now=now)
        return PageData(summary, first.items, first.next_cursor, records, insight, owed)

    def timeline(self, contact_id: int, *, after: Cursor | None, limit: int) -> Page[TimelineEntry]:
        """The next entries of the timeline after ``after``."""
        with self.db.read() as session:
            return timeline.list_timeline(session=session, contact_id=contact_id, after=after,
                                          limit=limit)
