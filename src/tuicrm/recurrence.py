"""Repeat rules for follow-ups: a small RRULE subset, parsed, stepped and described.

Stored as text (``FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31``) so a rule reads the
same in the database, an export and a calendar. Supported:

- ``FREQ=DAILY|WEEKLY|MONTHLY|YEARLY`` and ``INTERVAL=1..366``;
- weekly ``BYDAY=MO,WE``: on those weekdays of every ``INTERVAL``-th week;
- monthly ``BYMONTHDAY=15`` (``-1`` = the last day) or ``BYDAY=1MO`` / ``-1FR``
  (the first Monday, the last Friday of the month);
- yearly ``BYMONTH=2;BYMONTHDAY=29``.

A day past a month's end falls on its last day *in that month only*: the 31st
is Feb 28, then Mar 31 again. That is why monthly and yearly rules are saved
with their day (:func:`anchored`): stepping from the clamped Feb 28 alone
would lose the 31st. Pure: no database, no Textual.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tuicrm.errors import ValidationError

__all__ = ["Rule", "anchored", "describe_recurrence", "parse"]

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # date.weekday() order
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_KNOWN_PARTS = ("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY")
_WEEK_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
               -2: "second-to-last", -3: "third-to-last", -4: "fourth-to-last",
               -5: "fifth-to-last"}
_LAST_YEAR = 9999


def _refuse(message: str) -> ValidationError:
    return ValidationError({"recurrence": message})


@dataclass(frozen=True)
class Rule:
    """One repeat rule; build it with :func:`parse`."""

    frequency: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # weekly BYDAY, 0 = Monday, sorted
    month_day: int | None = None  # BYMONTHDAY: 1..31, or -1 for the last day
    nth_weekday: tuple[int, int] | None = None  # monthly BYDAY: (week 1..5 or -1..-5, weekday)
    month: int | None = None  # yearly BYMONTH

    @property
    def text(self) -> str:
        """The canonical stored spelling."""
        parts = [f"FREQ={self.frequency}", f"INTERVAL={self.interval}"]
        if self.month is not None:
            parts.append(f"BYMONTH={self.month}")
        if self.month_day is not None:
            parts.append(f"BYMONTHDAY={self.month_day}")
        if self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[w] for w in self.weekdays))
        if self.nth_weekday is not None:
            week, weekday = self.nth_weekday
            parts.append(f"BYDAY={week}{WEEKDAY_CODES[weekday]}")
        return ";".join(parts)

    @property
    def is_anchored(self) -> bool:
        """Whether the rule itself says the day (else the due date does)."""
        if self.frequency == "MONTHLY":
            return self.month_day is not None or self.nth_weekday is not None
        return self.frequency != "YEARLY" or self.month is not None

    def anchored(self, day: date) -> Rule:
        """This rule with ``day``'s day of the month (and month, if yearly) written in."""
        if self.is_anchored:
            return self
        if self.frequency == "MONTHLY":
            return replace(self, month_day=day.day)
        return replace(self, month=day.month, month_day=day.day)

    def next_after(self, day: date) -> date:
        """The first occurrence strictly after ``day``; ``day``'s week, month or
        year counts as one the rule runs in (what INTERVAL steps from)."""
        if not self.is_anchored:
            return self.anchored(day).next_after(day)
        if self.frequency == "DAILY":
            return _plus_days(day, self.interval)
        if self.frequency == "WEEKLY":
            return self._weekly_after(day)
        if self.frequency == "YEARLY":
            year, month, months = day.year, self.month or day.month, 12 * self.interval
        else:
            year, month, months = day.year, day.month, self.interval
        while year <= _LAST_YEAR:
            found = self._in_month(year, month)
            if found is not None and found > day:
                return found
            year, month0 = divmod(year * 12 + month - 1 + months, 12)
            month = month0 + 1
        raise _refuse(f"this repeat rule has no date after {day.isoformat()}")

    def next_due(self, due: date, *, today: date) -> date:
        """The next occurrence after ``due`` that is also after ``today``.

        Completing something long overdue schedules the next one ahead, not
        another one already late; the series keeps its rhythm.
        """
        rule = self.anchored(due)
        day = rule.next_after(due)
        while day <= today:
            day = rule.next_after(day)
        return day

    def describe(self) -> str:
        """Plain words: "Every 2 weeks", "Monthly on the last day"."""
        if self.frequency == "WEEKLY" and self.weekdays:
            return f"{_every(self)} on {_and([WEEKDAY_NAMES[w] for w in self.weekdays])}"
        if self.frequency == "MONTHLY" and self.is_anchored:
            head = "Monthly" if self.interval == 1 else _every(self)
            if self.nth_weekday is not None:
                week, weekday = self.nth_weekday
                return f"{head} on the {_WEEK_WORDS[week]} {WEEKDAY_NAMES[weekday]}"
            return f"{head} on the {_day_words(self.month_day or 1)}"
        if self.frequency == "YEARLY" and self.month is not None:
            month = MONTH_NAMES[self.month - 1]
            if self.month_day == -1:
                return f"{_every(self)} on the last day of {month}"
            return f"{_every(self)} on {self.month_day} {month}"
        return _every(self)

    # --- stepping ------------------------------------------------------------

    def _weekly_after(self, day: date) -> date:
        if not self.weekdays:
            return _plus_days(day, 7 * self.interval)
        later = [w for w in self.weekdays if w > day.weekday()]
        if later:  # still in this week
            return _plus_days(day, later[0] - day.weekday())
        monday = _plus_days(day, 7 * self.interval - day.weekday())
        return _plus_days(monday, self.weekdays[0])

    def _in_month(self, year: int, month: int) -> date | None:
        """This rule's day in that month (None: that month has no such day)."""
        length = calendar.monthrange(year, month)[1]
        if self.nth_weekday is None:
            wanted = self.month_day or 1
            return date(year, month, length if wanted == -1 else min(wanted, length))
        week, weekday = self.nth_weekday
        if week > 0:
            first = (weekday - date(year, month, 1).weekday()) % 7 + 1
            day = first + 7 * (week - 1)
        else:
            last = length - (date(year, month, length).weekday() - weekday) % 7
            day = last + 7 * (week + 1)
        return date(year, month, day) if 1 <= day <= length else None


def parse(text: str) -> Rule:
    """Read a stored or typed rule; ``ValidationError`` on "recurrence" if it isn't one."""
    raw = (text or "").strip()
    parts: dict[str, str] = {}
    for piece in filter(None, (p.strip() for p in raw.upper().split(";"))):
        name, equals, value = piece.partition("=")
        if not equals or not value.strip():
            raise _refuse(f"'{piece}' in the repeat rule is not NAME=VALUE")
        if name.strip() in parts:
            raise _refuse(f"{name.strip()} appears twice in the repeat rule")
        parts[name.strip()] = value.strip()
    if unknown := set(parts) - set(_KNOWN_PARTS):
        raise _refuse(f"{', '.join(sorted(unknown))} in repeat rules is not supported yet")
    frequency = parts.get("FREQ", "")
    if frequency not in FREQUENCIES:
        raise _refuse(f"'{raw}' is not a repeat rule I know (it needs FREQ=DAILY, WEEKLY, "
                      "MONTHLY or YEARLY)")
    interval = _whole(parts.get("INTERVAL", "1"), "INTERVAL")
    if not 1 <= interval <= 366:
        raise _refuse("INTERVAL must be between 1 and 366")
    rule = Rule(frequency, interval)
    if frequency == "WEEKLY":
        return _weekly(rule, parts)
    if frequency == "MONTHLY":
        return _monthly(rule, parts)
    if frequency == "YEARLY":
        return _yearly(rule, parts)
    _only(parts, set(), "A daily rule")
    return rule


def anchored(rule_text: str, due_date: date) -> str:
    """``rule_text`` with the due date's day written in, canonically spelled.

    ``FREQ=MONTHLY`` due Jan 31 becomes ``...;BYMONTHDAY=31``, so the series
    goes Jan 31, Feb 28, Mar 31 rather than settling on the 28th.
    """
    return parse(rule_text).anchored(due_date).text


def describe_recurrence(rule: str) -> str:
    """Plain words for a stored rule ("FREQ=WEEKLY;INTERVAL=2" is "Every 2 weeks");
    a rule this version cannot read is shown as it is."""
    try:
        return parse(rule).describe()
    except ValidationError:
        return f"Repeats: {rule}"


# --- parsing helpers ---------------------------------------------------------------


def _whole(value: str, name: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise _refuse(f"{name} must be a whole number") from None


def _only(parts: dict[str, str], allowed: set[str], what: str) -> None:
    if extra := set(parts) - {"FREQ", "INTERVAL"} - allowed:
        raise _refuse(f"{what} cannot have {', '.join(sorted(extra))}")


def _weekday(code: str) -> int:
    if code not in WEEKDAY_CODES:
        raise _refuse(f"'{code}' is not a weekday (use MO, TU, WE, TH, FR, SA or SU)")
    return WEEKDAY_CODES.index(code)


def _weekly(rule: Rule, parts: dict[str, str]) -> Rule:
    _only(parts, {"BYDAY"}, "A weekly rule")
    if "BYDAY" not in parts:
        return rule
    codes = [c.strip() for c in parts["BYDAY"].split(",")]
    if any(c[:1] in "+-0123456789" for c in codes if c):
        raise _refuse("A weekly rule lists plain weekdays, e.g. BYDAY=MO,WE")
    return replace(rule, weekdays=tuple(sorted({_weekday(c) for c in codes})))


def _month_day(value: str) -> int:
    day = _whole(value, "BYMONTHDAY")
    if not (1 <= day <= 31 or day == -1):
        raise _refuse("BYMONTHDAY must be 1 to 31, or -1 for the last day of the month")
    return day


def _monthly(rule: Rule, parts: dict[str, str]) -> Rule:
    _only(parts, {"BYMONTHDAY", "BYDAY"}, "A monthly rule")
    if "BYMONTHDAY" in parts and "BYDAY" in parts:
        raise _refuse("A monthly rule takes BYMONTHDAY or BYDAY, not both")
    if "BYMONTHDAY" in parts:
        return replace(rule, month_day=_month_day(parts["BYMONTHDAY"]))
    if "BYDAY" not in parts:
        return rule
    value = parts["BYDAY"]
    week_text, code = value[:-2], value[-2:]
    if "," in value or not week_text.lstrip("+-").isdigit():
        raise _refuse("A monthly BYDAY says which week: 1MO is the first Monday, "
                      "-1FR the last Friday")
    week = int(week_text)
    if week not in _WEEK_WORDS:
        raise _refuse("The week in BYDAY must be 1 to 5, or -1 to -5 counting from "
                      "the end of the month")
    return replace(rule, nth_weekday=(week, _weekday(code)))


def _yearly(rule: Rule, parts: dict[str, str]) -> Rule:
    _only(parts, {"BYMONTH", "BYMONTHDAY"}, "A yearly rule")
    if ("BYMONTH" in parts) != ("BYMONTHDAY" in parts):
        raise _refuse("A yearly rule needs both BYMONTH and BYMONTHDAY, or neither")
    if "BYMONTH" not in parts:
        return rule
    month = _whole(parts["BYMONTH"], "BYMONTH")
    if not 1 <= month <= 12:
        raise _refuse("BYMONTH must be 1 to 12")
    day = _month_day(parts["BYMONTHDAY"])
    if day > calendar.monthrange(2000, month)[1]:  # 2000: a leap year, so Feb 29 is fine
        raise _refuse(f"{MONTH_NAMES[month - 1]} has no {_day_words(day)}")
    return replace(rule, month=month, month_day=day)


# --- wording -------------------------------------------------------------------------


def _every(rule: Rule) -> str:
    unit = _UNITS[rule.frequency]
    return f"Every {unit}" if rule.interval == 1 else f"Every {rule.interval} {unit}s"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _day_words(day: int) -> str:
    if day == -1:
        return "last day"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _plus_days(day: date, n: int) -> date:
    try:
        return day + timedelta(days=n)
    except OverflowError:
        raise _refuse(f"this repeat rule has no date after {day.isoformat()}") from None
