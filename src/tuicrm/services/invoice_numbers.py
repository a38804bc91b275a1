"""Invoice numbers: gap-free within a series, given only at issue.

The next number is taken by raising the series' ``last_sequence`` in the
issuing transaction (an upsert that returns the new value). Two issuers at once
never share a number: on SQLite the write transactions run one after the other
(``BEGIN IMMEDIATE``); on PostgreSQL the second waits on the series row until
the first commits or rolls back. A rollback gives the number back with the
rest of the transaction, so the series has no gap.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from tuicrm.models import InvoiceSeries
from tuicrm.services.common import is_sqlite


def series_for(prefix: str, issue_date: date) -> str:
    """One series a year: ``INV-`` issued in 2026 → ``INV-2026-``."""
    return f"{prefix}{issue_date.year}-"


def format_number(series: str, sequence: int) -> str:
    return f"{series}{sequence:04d}"


def take_next(*, session: Session, series: str) -> int:
    """Raise ``series``' last number by one and return it (1 for a new series)."""
    # the dialect's own upsert, imported when used: a SQLite app never loads PostgreSQL's
    if is_sqlite(session):
        from sqlalchemy.dialects.sqlite import insert
    else:
        from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
    stmt = insert(InvoiceSeries).values(series=series, last_sequence=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=[InvoiceSeries.series],
        set_={"last_sequence": InvoiceSeries.last_sequence + 1},
    ).returning(InvoiceSeries.last_sequence)
    return int(session.execute(stmt).scalar_one())
