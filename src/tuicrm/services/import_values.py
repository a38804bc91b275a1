"""A contacts import line's values made ready for ``ContactCreate``, losing only what is bad.

The file's text becomes the model's values: birthdays and anniversaries
become days (``dates.read_day``), a contact owner becomes the team member of
that name, username or email. Then :func:`checked` validates; a value the
model refuses is left out with its reason and the rest is validated again, so
a bad value never costs its contact (quality.md). Only a line left without a
name is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.dates import DateError, read_day
from tuicrm.errors import ValidationError
from tuicrm.models import ContactCreate, TeamMember
from tuicrm.services.import_lookup import FIELD_WORDS
from tuicrm.services.importing_checks import contact_create

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
        owner = data.pop("owner")
        if (member := team.get(" ".join(str(owner).split()).casefold())) is not None:
            data["owner_id"] = member
        else:
            left_out.append(f"owner {owner!r} left out: no team member is called that")
    return data


def checked(data: dict[str, Any], left_out: list[str]) -> ContactCreate:
    """``data`` validated, its refused values left out (each said in ``left_out``).

    Raises ValidationError only for a line that has no valid name left.
    """
    for _ in range(len(data) + 1):
        try:
            return contact_create(data)
        except ValidationError as err:
            refused = {where.split(".")[0]: message for where, message in err.field_errors.items()}
            if "name" in refused or not refused.keys() & data.keys():
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
