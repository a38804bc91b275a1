"""Birthdays and anniversaries: on the calendar every year, in ``agenda``, on Today.

What a person would notice: a client's birthday shows on its day each year with
the age it marks (none when the year is not known), across the new year and on
28 February for a 29 February birthday; the month grid counts the same; and
``tuicrm agenda`` lists it.
"""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner

from tuicrm.cli import main
from tuicrm.db import Database
from tuicrm.enums import DueKind
from tuicrm.models import NO_YEAR
from tuicrm.services import calendar, contacts


def add(db: Database, name: str, **days: date) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name, **days}).id


def yearly(db: Database, first: date, last: date) -> list[tuple[date, str, str, str]]:
    with db.read() as s:
        found = calendar.due_between(session=s, first=first, last=last,
                                     kinds=(DueKind.BIRTHDAY, DueKind.ANNIVERSARY))
    return [(i.day, i.kind.value, i.contact, i.detail) for i in found.items]


def test_a_birthday_falls_on_its_day_every_year_with_the_age_it_marks(db: Database) -> None:
    add(db, "Ada", birthday=date(1985, 12, 10))
    add(db, "Bea", birthday=date(NO_YEAR, 1, 2), anniversary=date(2015, 12, 31))
    add(db, "Cy", birthday=date(1992, 2, 29))
    add(db, "Dee")
    assert yearly(db, date(2026, 12, 6), date(2027, 1, 5)) == [
        (date(2026, 12, 10), "birthday", "Ada", "turns 41"),
        (date(2026, 12, 31), "anniversary", "Bea", "11 years"),
        (date(2027, 1, 2), "birthday", "Bea", ""),  # no year: no age
    ]
    # a 29 February birthday: on the 28th in a year without the 29th, else on the 29th
    assert yearly(db, date(2027, 2, 27), date(2027, 3, 1)) == [
        (date(2027, 2, 28), "birthday", "Cy", "turns 35")]
    assert yearly(db, date(2028, 2, 27), date(2028, 3, 1)) == [
        (date(2028, 2, 29), "birthday", "Cy", "turns 36")]


def test_the_month_grid_counts_them_on_the_same_days(db: Database) -> None:
    add(db, "Ada", birthday=date(1985, 12, 10))
    add(db, "Eve", birthday=date(1990, 12, 10), anniversary=date(2001, 12, 24))
    with db.read() as s:
        counts = calendar.counts_by_day(session=s, first=date(2026, 11, 30),
                                        last=date(2027, 1, 10))
    assert counts[date(2026, 12, 10)][DueKind.BIRTHDAY] == 2
    assert counts[date(2026, 12, 24)][DueKind.ANNIVERSARY] == 1


def test_deleted_and_archived_contacts_have_no_birthday_on_the_calendar(db: Database) -> None:
    gone = add(db, "Gone", birthday=date(1985, 12, 10))
    away = add(db, "Away", birthday=date(1985, 12, 10))
    with db.write() as s:
        contacts.delete_contact(session=s, contact_id=gone)
        contacts.archive_contact(session=s, contact_id=away)
    assert yearly(db, date(2026, 12, 1), date(2026, 12, 31)) == []


@pytest.mark.parametrize("typed", ["1985-12-10", "10.12.1985"])
def test_agenda_lists_a_birthday(db: Database, db_path, typed: str) -> None:
    from tuicrm.dates import parse_yearly_day

    add(db, "Ada Lovelace", birthday=parse_yearly_day(typed))
    result = CliRunner().invoke(main, ["--db", str(db_path), "agenda", "--days", "7"],
                                env={"TUICRM_TODAY": "2026-12-06", "TUICRM_TZ": "UTC"})
    assert result.exit_code == 0, result.output
    assert "Birthday" in result.stdout and "Ada Lovelace" in result.stdout
    assert "turns 41" in result.stdout
