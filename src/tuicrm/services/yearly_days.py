"""Birthdays and anniversaries on the calendar: each contact's day, every year.

A contact keeps the date (``Contact.birthday``, ``Contact.anniversary``; a day
without its year is in the year ``NO_YEAR``); the calendar asks which of them
fall in a range of days. That is read in SQL by month and day (an index of
neither is worth keeping for the few contacts that have one), for the range's
days only, and 29 February falls on 28 February in other years.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.models import Contact
from tuicrm.services.common import is_sqlite, live

FIELDS = ("birthday", "anniversary")


@dataclass(frozen=True)
class YearlyDay:
    field: str  # "birthday" or "anniversary"
    day: date  # the day it falls on in the range
    contact_id: int
    name: str
    years: int | None  # how many years it marks on that day; None without a year

    @property
    def detail(self) -> str:
        if self.years is None:
            return ""
        if self.field == "birthday":
            return f"turns {self.years}"
        return f"{self.years} year{'' if self.years == 1 else 's'}"


def _month_day(session: Session, column: sa.ColumnElement[date]) -> sa.ColumnElement[str]:
    if is_sqlite(session):
        return sa.func.strftime("%m-%d", column)
    return sa.func.to_char(column, "MM-DD")


def _month_days(first: date, last: date) -> list[str]:
    """The "MM-DD" of every day in the range (29 February too, where 28 February of a
    year without it is in the range)."""
    if (last - first).days >= 366:
        last = first + timedelta(days=365)
    found: list[str] = []
    day = first
    while day <= last:
        found.append(f"{day:%m-%d}")
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            found.append("02-29")
        day += timedelta(days=1)
    return found


def _leap(year: int) -> bool:
    try:
        date(year, 2, 29)
    except ValueError:
        return False
    return True


def between(*, session: Session, field: str, first: date, last: date,
            limit: int) -> list[YearlyDay]:
    """The contacts whose ``field`` ("birthday" or "anniversary") falls in ``[first, last]``."""
    column = getattr(Contact, field)
    month_day = _month_day(session, column)
    rows = session.execute(
        sa.select(Contact.id, Contact.name, column)
        .where(live(Contact), Contact.archived_at.is_(None), column.is_not(None),
               month_day.in_(_month_days(first, last)))
        .order_by(month_day, Contact.sort_name, Contact.id).limit(limit)).all()
    found = []
    for contact_id, name, stored in rows:
        stored = stored if isinstance(stored, date) else date.fromisoformat(str(stored))
        day = dates.next_yearly(stored, first)
        if day > last:
            continue
        years = None if stored.year == dates.NO_YEAR else day.year - stored.year
        found.append(YearlyDay(field, day, contact_id, name, years))
    return found


def count_by_day(*, session: Session, field: str, first: date, last: date) -> Counter[date]:
    """How many contacts' ``field`` falls on each day of ``[first, last]``."""
    counted: Counter[date] = Counter()
    for item in between(session=session, field=field, first=first, last=last, limit=100_000):
        counted[item.day] += 1
    return counted
