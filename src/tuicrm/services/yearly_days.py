"""Birthdays and anniversaries on the calendar: each contact's day, every year.

A contact keeps the date (``Contact.birthday``, ``Contact.anniversary``; a day
without its year is in the year ``NO_YEAR``); the calendar asks which of them
fall in a range of days. That is read in SQL by month and day (an index of
neither is worth keeping for the few contacts that have one), for the range's
days only, and 29 February falls on 28 February in other years.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from tuicrm.services.due_reads import YearlyDay, month_days, yearly_between
from tuicrm.services.named_queries import SessionRows

FIELDS = ("birthday", "anniversary")
__all__ = ["FIELDS", "YearlyDay", "between", "count_by_day", "month_days"]


def between(*, session: Session, field: str, first: date, last: date,
            limit: int) -> list[YearlyDay]:
    """The contacts whose ``field`` ("birthday" or "anniversary") falls in ``[first, last]``."""
    return yearly_between(SessionRows(session), field=field, first=first, last=last, limit=limit)


def count_by_day(*, session: Session, field: str, first: date, last: date) -> Counter[date]:
    """How many contacts' ``field`` falls on each day of ``[first, last]``."""
    counted: Counter[date] = Counter()
    for item in between(session=session, field=field, first=first, last=last, limit=100_000):
        counted[item.day] += 1
    return counted
