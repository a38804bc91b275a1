"""An import line's values made ready for the model, losing only what is bad.

The file's text becomes the model's values: birthdays and anniversaries
become days (``dates.read_day``), a sale's or deal's moment and a deal's
expected close their instant or day (:func:`parse_moment`, :func:`parse_day`),
an owner the team member of that name, username or email. Then
:func:`checked` validates; a value the model refuses is left out with its
reason and the rest is validated again, so a bad value never costs its
contact or deal (quality.md). Only a line left without a name (a deal: a
title) is refused.

Dates: ISO (``2026-11-22``, ``2026-11-22T14:30+01:00``), ``22.11.2026``,
``2026/11/22``, and slashed day/month orders (``22/11/2026``, ``11/22/2026``):
the order is taken from the file when one of its dates shows it (a part above
12), or given as ``date_order`` ("dmy" or "mdy"); a date that stays
ambiguous is reported, never guessed. A date without a time is noon, local.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.dates import DateError, read_day
from tuicrm.errors import CrmError, ValidationError
from tuicrm.models import TeamMember
from tuicrm.money import MoneyError, normalize_currency
from tuicrm.services.import_lookup import FIELD_WORDS
from tuicrm.services.importing_checks import contact_create

_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_DAYS = ("birthday", "anniversary")
_CONVERTED = frozenset({*_DAYS, "owner"})
# Fields that take more than one value: a bad one is taken out of the list.
_LISTS = {"tags": lambda tag: len(" ".join(tag.split())) <= 60}


def owners(session: Session) -> dict[str, int]:
    """Team members by what a file may call them (name, username, email), casefolded."""
    found: dict[str, int] = {}
    for row in session.execute(sa.select(TeamMember.id, TeamMember.name, TeamMember.username,
                                         TeamMember.email).order_by(TeamMember.id)):
        for key in (row.name, row.username, row.email):
            if key:
                found.setdefault(key.strip().casefold(), row.id)
    return found


def day_texts(rows: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    """Every birthday and anniversary cell of a file (to tell its date order)."""
    for values in rows:
        for name in _DAYS:
            if isinstance(text := values.get(name), str):
                yield text


def model_values(values: Mapping[str, Any], order: str | None, team: Mapping[str, int],
                 left_out: list[str]) -> dict[str, Any]:
    """The line's values as ContactCreate takes them (no "organisation": it is a link)."""
    data = dict(values)
    data.pop("organisation", None)
    if not _CONVERTED.intersection(data):
        return data
    for name in _DAYS:
        if name in data:
            try:
                data[name] = read_day(data[name], order)
            except DateError as err:
                left_out.append(f"{name} left out: {err}")
                del data[name]
            if data.get(name, 0) is None:
                del data[name]
    if "owner" in data:
        if (member := owner_id(team, data.pop("owner"), left_out)) is not None:
            data["owner_id"] = member
    return data


def owner_id(team: Mapping[str, int], owner: Any, left_out: list[str]) -> int | None:
    """The team member (see :func:`owners`) a file's owner cell names, or None (said)."""
    if (member := team.get(" ".join(str(owner).split()).casefold())) is None:
        left_out.append(f"owner {owner!r} left out: no team member is called that")
    return member


def default_currency(code: str) -> str:
    """The import's --currency, checked; raises CrmError with a plain message."""
    try:
        return normalize_currency(code)
    except MoneyError as err:
        raise CrmError(f"--currency: {err}") from None


def parse_moment(text: str, order: str | None) -> datetime:
    """A moment from what the file says; raises DateError/ValueError with a plain message."""
    raw = " ".join(text.split())
    try:
        return _aware(datetime.fromisoformat(raw)) if len(raw) > 10 else _noon(date.fromisoformat(raw))
    except ValueError:
        pass
    day_text, _, time_text = raw.partition(" ")
    if match := _SLASHED.fullmatch(day_text):
        a, b, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
        if order is None and a <= 12 and b <= 12 and a != b:
            raise ValueError(f"'{raw}' could be either day/month or month/day: write it as "
                             "YYYY-MM-DD or give the date order")
        day_month = (a, b) if order == "dmy" or (order is None and a > 12) else (b, a)
        try:
            day = date(year, day_month[1], day_month[0])
        except ValueError:
            raise ValueError(f"'{raw}' is not a date") from None
    else:
        day = dates.parse_date(day_text)
    if not time_text:
        return _noon(day)
    return dates.local_datetime(day, dates.parse_time(time_text))


def parse_day(text: str, order: str | None) -> date:
    """A day from what the file says (a time after it is not read); as :func:`parse_moment`."""
    raw = " ".join(text.split()).partition(" ")[0]
    if len(raw) > 10 and raw[10] == "T":  # 2026-12-01T00:00:00Z: the day it names
        raw = raw[:10]
    return dates.to_local(parse_moment(raw, order)).date()


def _noon(day: date) -> datetime:
    return dates.local_datetime(day, time(12))


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return dates.local_datetime(moment.date(), moment.time())
    return moment


def checked(data: dict[str, Any], left_out: list[str],
            build: Callable[[dict[str, Any]], Any] = contact_create,
            required: str = "name") -> Any:
    """``build(data)`` (a ``ContactCreate`` unless told otherwise), its refused values
    left out (each said in ``left_out``).

    Raises ValidationError only for a line whose ``required`` field is refused.
    """
    for _ in range(len(data) + 1):
        try:
            return build(data)
        except ValidationError as err:
            refused = {where.split(".")[0]: message for where, message in err.field_errors.items()}
            if required in refused or not refused.keys() & data.keys():
                raise
            for field, message in refused.items():
                words = FIELD_WORDS.get(field, field.replace("_", " "))
                if field in _LISTS and isinstance(data.get(field), list):
                    keep = _LISTS[field]
                    data[field] = [v for v in data[field] if keep(v)]
                    left_out.append(f"{words} left out: {message}")
                else:
                    left_out.append(f"{words} {_shown(data.get(field))} left out: {message}")
                    data.pop(field, None)
    raise ValidationError({"name": "could not be read"})  # pragma: no cover - bounded above


def _shown(value: Any) -> str:
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 60 else text[:57] + "...")
