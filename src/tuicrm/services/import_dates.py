"""Days in imported files: a contact's birthday or anniversary, as other tools write them.

ISO ("1985-04-15"), vCard ("19850415", "--0415", no year), Google ("--04-15"),
dotted European ("15.04.1985"), slashed ("4/15/1985": which part is the day is
decided for the whole file by :func:`infer_date_order`, and a
date that could be either is left out with its reason, never guessed), and a
time after it ("1985-04-15T00:00:00Z") is ignored. A day without its year is
kept in the year ``NO_YEAR``. Outlook's "0/0/00" is its empty cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from tuicrm.models import NO_YEAR

_ISO = re.compile(r"(\d{4}|-)-?-?(\d{2})-?(\d{2})(?:[T ].*)?")
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")  # our own CSV export's day without its year
_DOTTED = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}|\d{2}))?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?: .*)?")
_SLASHED_ANYWHERE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
EMPTY = frozenset({"0/0/00", "0/0/0000", "0.0.00", "0.0.0000", "00.00.0000", "0000-00-00"})


def infer_date_order(texts: Iterable[str]) -> str | None:
    """ "dmy" or "mdy" when the file's slashed dates show it (a part above 12), else None."""
    day_first = month_first = False
    for text in texts:
        if match := _SLASHED_ANYWHERE.search(text or ""):
            first, second = int(match.group(1)), int(match.group(2))
            day_first |= first > 12
            month_first |= second > 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    return None



class NotADay(ValueError):
    """The text is not a day; its message says why, plainly."""


def imported_day(text: str | date | None, order: str | None) -> date | None:
    """The day ``text`` means (None for an empty cell); raises :class:`NotADay`."""
    if text is None or isinstance(text, date):
        return text
    raw = " ".join(text.split())
    if not raw or raw in EMPTY:
        return None
    if match := _ISO.fullmatch(raw):
        year = NO_YEAR if match.group(1) == "-" else int(match.group(1))
        return _day(raw, year, int(match.group(2)), int(match.group(3)))
    if match := _MONTH_DAY.fullmatch(raw):
        return _day(raw, NO_YEAR, int(match.group(1)), int(match.group(2)))
    if match := _DOTTED.fullmatch(raw):
        return _day(raw, _year(match.group(3)), int(match.group(2)), int(match.group(1)))
    if match := _SLASHED.fullmatch(raw):
        a, b = int(match.group(1)), int(match.group(2))
        if order is None and a <= 12 and b <= 12 and a != b:
            raise NotADay(f"{raw!r} could be either day/month or month/day: write it as "
                          "YYYY-MM-DD")
        day_first = order == "dmy" or (order is None and a > 12)
        month, day = (b, a) if day_first else (a, b)
        return _day(raw, _year(match.group(3)), month, day)
    raise NotADay(f"{raw!r} is not a date")


def _year(text: str | None) -> int:
    if not text:
        return NO_YEAR
    year = int(text)
    return year + (1900 if year > 30 else 2000) if len(text) == 2 else year


def _day(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADay(f"{raw!r} is not a date") from None
