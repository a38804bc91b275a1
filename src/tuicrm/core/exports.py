"""Exports: a list as a screen shows it, to CSV; the calendar, to .ics; everything,
or one person's data, to JSON; the contacts, to vCard.

Files are written whole or not at all, private (0600): where the command line
says, or into the data directory's ``exports`` folder, named after what they
hold and when.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tuicrm import config, dates
from tuicrm.core.base import UseCases
from tuicrm.core.reports import TOP
from tuicrm.interop.csv_export import write_csv
from tuicrm.interop.ical import write_calendar_file
from tuicrm.interop.json_export import FORMAT_VERSION, PERSONAL_DATA_FORMAT, write_json_file
from tuicrm.interop.private_file import private_text_file
from tuicrm.interop.vcard import write_vcards
from tuicrm.services import (
    contact_cards,
    contact_export,
    contact_lookup,
    contract_export,
    export_all,
    ical,
    metrics_revenue,
    personal_data,
    sale_export,
)
from tuicrm.services.contact_export import RowsOf

TOP_HEADER = ["Name", "Amount", "Currency"]


@dataclass(frozen=True)
class CalendarExport:
    """What a calendar export wrote, and where."""

    path: str
    meetings: int
    followups: int
    contract_dates: int
    cancelled: int

    def words(self) -> str:
        """E.g. "3 meetings, 2 follow-ups, 4 contract dates and 1 cancelled meeting"."""
        parts = [count_words(self.meetings, "meeting"), count_words(self.followups, "follow-up"),
                 count_words(self.contract_dates, "contract date")]
        if self.cancelled:
            parts.append(count_words(self.cancelled, "cancelled meeting"))
        return ", ".join(parts[:-1]) + " and " + parts[-1]


def count_words(n: int, noun: str) -> str:
    """ "1 meeting", "1,204 meetings"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


class Exports(UseCases):
    """Each method returns the file written and how many rows (or events) it holds."""

    def _csv(self, name: str, header: Sequence[str], rows_of: RowsOf,
             path: Path | None = None) -> tuple[str, int]:
        """Write the rows to ``path``, or to exports/<name>-<time>.csv."""
        path = path or config.exports_dir() / f"{name}-{dates.now():%Y%m%d-%H%M%S}.csv"
        with self.db.read() as session:
            count = write_csv(path, header, rows_of(session))
        return str(path), count

    def contacts_csv(self, where: dict[str, Any], sort: str, path: Path | None = None
                     ) -> tuple[str, int]:
        """The contacts list, with its search, filters (``where``) and order."""
        return self._csv("contacts", contact_export.CONTACT_HEADER,
                         contact_export.contact_rows(where, sort), path)

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
                    yield [r.name, contract_export.decimal_amount(r.amount, currency), currency]

        return self._csv(f"top-{which}", TOP_HEADER, rows)

    def set_alarm_minutes(self, minutes: int) -> None:
        """How long before each meeting the exported reminder goes off (0: none)."""
        with self.write() as session:
            ical.set_alarm_minutes(session=session, minutes=minutes)

    def calendar_ics(self, path: Path | None = None, *, since: date | None = None,
                     until: date | None = None) -> CalendarExport:
        """Meetings, open follow-ups and contract deadlines (from ``since`` to
        ``until``) as an iCalendar file at ``path`` (else in exports/); returns the
        file and how many meetings and follow-ups. Written inside the transaction
        that records which deleted meetings it says are cancelled: if the file
        cannot be written, they are said again next time."""
        path = path or config.exports_dir() / f"calendar-{dates.now():%Y%m%d-%H%M%S}.ics"
        with self.write() as session:
            events = ical.calendar_events(session=session, since=since, until=until)
            write_calendar_file(path, events, name="tuicrm")
            ical.mark_cancellations_sent(session=session, events=events)
        return CalendarExport(
            str(path),
            meetings=sum(e.uid.startswith("meeting-") and not e.cancelled for e in events),
            followups=sum(e.uid.startswith("followup-") for e in events),
            contract_dates=sum(e.uid.startswith("contract-") for e in events),
            cancelled=sum(e.cancelled for e in events))

    def everything_json(self, path: Path) -> dict[str, int]:
        """Every table's rows as one JSON document; returns how many of each."""
        with self.db.read() as session:
            return write_json_file(path, export_all.export_document(session=session))

    def person_json(self, path: Path, wanted: str) -> str:
        """Everything held about one person (``wanted``: an id, e-mail or full name) as
        JSON; returns who that was, as people read it."""
        with self.db.read() as session:
            found = contact_lookup.find_contact(session=session, text=wanted)
            data = personal_data.personal_data(session=session, contact_id=found.id)
        document: list[tuple[str, Any]] = [
            ("format", PERSONAL_DATA_FORMAT), ("version", FORMAT_VERSION),
            ("exported_at", dates.utcnow().isoformat()), *data.items()]
        write_json_file(path, document)
        return found.describe()

    def vcards(self, path: Path) -> int:
        """Every contact as vCard 4.0; returns how many."""
        count = 0
        with self.db.read() as session, private_text_file(path) as handle:
            for cards in contact_cards.contact_cards(session=session):
                handle.write(write_vcards(cards))
                count += len(cards)
        return count
