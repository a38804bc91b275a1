"""Exports from the screens: a list as it is shown, to CSV; the calendar, to .ics.

Files are written whole or not at all, private (0600), into the data
directory's ``exports`` folder, named after what they hold and when.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tuicrm import config, dates
from tuicrm.core.base import UseCases
from tuicrm.interop.csv_export import write_csv
from tuicrm.interop.ical import write_calendar_file
from tuicrm.money import to_decimal_string
from tuicrm.services import contact_export, contract_export, ical, metrics_revenue, sale_export
from tuicrm.services.contact_export import RowsOf

#: How many names a top list holds (Reports shows the same).
TOP = 10
TOP_HEADER = ["Name", "Amount", "Currency"]


class Exports(UseCases):
    """Each method returns the file written and how many rows (or events) it holds."""

    def _csv(self, name: str, header: Sequence[str], rows_of: RowsOf) -> tuple[str, int]:
        stamp = dates.now().strftime("%Y%m%d-%H%M%S")
        path = config.exports_dir() / f"{name}-{stamp}.csv"
        with self.db.read() as session:
            count = write_csv(path, header, rows_of(session))
        return str(path), count

    def contacts_csv(self, where: dict[str, Any], sort: str) -> tuple[str, int]:
        """The contacts list, with its search, filters (``where``) and order."""
        return self._csv("contacts", contact_export.CONTACT_HEADER,
                         contact_export.contact_rows(where, sort))

    def contracts_csv(self, filters: dict[str, Any]) -> tuple[str, int]:
        """The contracts list, with its filters and order."""
        return self._csv("contracts", contract_export.CONTRACT_HEADER,
                         contract_export.contract_rows(filters))

    def sales_csv(self, filters: dict[str, Any]) -> tuple[str, int]:
        """The purchase log as filtered, newest first."""
        return self._csv("purchases", sale_export.SALE_HEADER,
                         lambda session: sale_export.sale_rows(session, **filters))

    def top_csv(self, which: str, first: date, last: date, today: date) -> tuple[str, int]:
        """A top list of Reports (``clients`` or ``customers``) for the period, read by
        the same service call the screen's table came from."""
        def rows(session: Any) -> Iterable[Sequence[object]]:
            span = {"session": session, "period_start": first, "period_end": last, "limit": TOP}
            if which == "clients":
                top = metrics_revenue.top_clients(today=today, **span)
            else:
                top = metrics_revenue.top_customers(**span)
            for currency, ranked in top.items():
                for r in ranked:
                    yield [r.name, to_decimal_string(r.amount, currency), currency]

        return self._csv(f"top-{which}", TOP_HEADER, rows)

    def calendar_ics(self) -> tuple[str, int, int]:
        """Meetings and open follow-ups as an iCalendar file; returns the file and how
        many meetings and follow-ups. The database's calendar id is stored once, by
        the first export (a short write); the file is written from a read."""
        with self.db.write() as session:
            ical.database_uid(session=session)
        with self.db.read() as session:
            events = ical.calendar_events(session=session)
        path = config.exports_dir() / f"calendar-{dates.now():%Y%m%d-%H%M%S}.ics"
        write_calendar_file(path, events, name="tuicrm")
        meetings = sum(e.uid.startswith("meeting-") for e in events)
        return str(path), meetings, len(events) - meetings
