"""Repeat rules: month ends, nth weekdays, weekly days, intervals, wording, and
what completing a repeating follow-up schedules (on a real SQLite file)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from tuicrm import dates
from tuicrm.errors import ValidationError
from tuicrm.recurrence import anchored, describe_recurrence, parse
from tuicrm.services import contacts, followups


def series(rule: str, start: date, count: int) -> list[date]:
    """``count`` occurrences after ``start``, each stepped from the one before."""
    found, day = [], start
    rule_ = parse(rule)
    for _ in range(count):
        day = rule_.next_after(day)
        found.append(day)
    return found


# --- month ends ---------------------------------------------------------------------


def test_the_31st_through_a_year_falls_on_each_month_end_and_comes_back():
    assert series("FREQ=MONTHLY;BYMONTHDAY=31", date(2027, 1, 31), 12) == [
        date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30), date(2027, 5, 31),
        date(2027, 6, 30), date(2027, 7, 31), date(2027, 8, 31), date(2027, 9, 30),
        date(2027, 10, 31), date(2027, 11, 30), date(2027, 12, 31), date(2028, 1, 31)]


def test_the_30th_is_feb_29_in_a_leap_year_then_the_30th_again():
    assert series("FREQ=MONTHLY;BYMONTHDAY=30", date(2028, 1, 30), 3) == [
        date(2028, 2, 29), date(2028, 3, 30), date(2028, 4, 30)]


def test_last_day_of_the_month():
    assert series("FREQ=MONTHLY;BYMONTHDAY=-1", date(2027, 12, 31), 4) == [
        date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31), date(2028, 4, 30)]


def test_a_monthly_rule_counts_the_rest_of_this_month():
    # Due the 10th, "last day": the 31st of this month comes first.
    assert parse("FREQ=MONTHLY;BYMONTHDAY=-1").next_after(date(2027, 1, 10)) == date(2027, 1, 31)


def test_feb_29_yearly_is_feb_28_in_common_years_and_feb_29_in_leap_years():
    assert series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", date(2024, 2, 29), 5) == [
        date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29),
        date(2029, 2, 28)]


def test_every_4_years_from_feb_29_stays_on_leap_days():
    assert series("FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29", date(2024, 2, 29), 2) == [
        date(2028, 2, 29), date(2032, 2, 29)]


def test_anchoring_keeps_the_due_date_s_day():
    assert anchored("FREQ=MONTHLY", date(2027, 1, 31)) == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31"
    assert anchored("freq=yearly;interval=2", date(2028, 2, 29)) == (
        "FREQ=YEARLY;INTERVAL=2;BYMONTH=2;BYMONTHDAY=29")
    # A rule that already says its day, and daily/weekly ones, are left alone.
    assert anchored("FREQ=MONTHLY;BYDAY=-1FR", date(2027, 1, 5)) == (
        "FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR")
    assert anchored("FREQ=WEEKLY;INTERVAL=2", date(2027, 1, 31)) == "FREQ=WEEKLY;INTERVAL=2"
    jan_31 = anchored("FREQ=MONTHLY", date(2027, 1, 31))
    assert series(jan_31, date(2027, 1, 31), 2) == [date(2027, 2, 28), date(2027, 3, 31)]


def test_an_unanchored_monthly_rule_steps_from_the_day_it_is_given():
    # Stored before anchoring existed: the day given is the anchor.
    assert parse("FREQ=MONTHLY").next_after(date(2027, 1, 31)) == date(2027, 2, 28)
    assert parse("FREQ=YEARLY").next_after(date(2028, 2, 29)) == date(2029, 2, 28)


# --- nth weekday of the month ----------------------------------------------------------


def test_first_monday_of_the_month():
    # 2027: Feb 1 and Mar 1 are Mondays; Apr 1 is a Thursday.
    assert series("FREQ=MONTHLY;BYDAY=1MO", date(2027, 1, 4), 3) == [
        date(2027, 2, 1), date(2027, 3, 1), date(2027, 4, 5)]


def test_last_friday_of_the_month():
    assert series("FREQ=MONTHLY;BYDAY=-1FR", date(2026, 12, 1), 4) == [
        date(2026, 12, 25), date(2027, 1, 29), date(2027, 2, 26), date(2027, 3, 26)]


def test_a_fifth_monday_skips_the_months_that_have_none():
    # 2026: fifth Mondays in March, June, August and November only.
    assert series("FREQ=MONTHLY;BYDAY=5MO", date(2026, 1, 1), 4) == [
        date(2026, 3, 30), date(2026, 6, 29), date(2026, 8, 31), date(2026, 11, 30)]


def test_a_first_weekday_rule_from_a_day_in_the_fifth_week():
    # Due Monday 30 March 2026 (a fifth Monday): the next first Monday is 6 April.
    assert parse("FREQ=MONTHLY;BYDAY=1MO").next_after(date(2026, 3, 30)) == date(2026, 4, 6)


def test_every_3_months_on_the_second_tuesday():
    assert series("FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU", date(2027, 1, 12), 2) == [
        date(2027, 4, 13), date(2027, 7, 13)]


# --- weekly, daily, intervals -------------------------------------------------------------


def test_weekly_on_several_days_crosses_the_week_boundary():
    # Fri 27 Nov 2026 -> Mon 30 Nov (next week) -> Wed 2 Dec -> Fri 4 Dec.
    assert series("FREQ=WEEKLY;BYDAY=FR,MO,WE", date(2026, 11, 27), 3) == [
        date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 4)]


def test_every_2_weeks_on_monday_and_wednesday_skips_a_week():
    assert series("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", date(2026, 11, 23), 4) == [
        date(2026, 11, 25), date(2026, 12, 7), date(2026, 12, 9), date(2026, 12, 21)]


def test_every_2_weeks_and_every_3_days():
    assert series("FREQ=WEEKLY;INTERVAL=2", date(2026, 12, 28), 2) == [
        date(2027, 1, 11), date(2027, 1, 25)]
    assert series("FREQ=DAILY;INTERVAL=3", date(2026, 12, 30), 2) == [
        date(2027, 1, 2), date(2027, 1, 5)]


def test_the_next_due_one_is_after_today_and_keeps_the_rhythm():
    weekly = parse("FREQ=WEEKLY")
    due = date(2026, 10, 19)  # a Monday, five weeks before "today"
    assert weekly.next_due(due, today=date(2026, 11, 23)) == date(2026, 11, 30)
    assert weekly.next_due(due, today=date(2026, 11, 22)) == date(2026, 11, 23)
    assert weekly.next_due(due, today=due) == date(2026, 10, 26)  # done on time


# --- bad rules and wording ----------------------------------------------------------


@pytest.mark.parametrize(("rule", "message"), [
    ("FREQ=SOMETIMES", "is not a repeat rule I know"),
    ("INTERVAL=2", "is not a repeat rule I know"),
    ("FREQ=WEEKLY;COUNT=3", "COUNT in repeat rules is not supported yet"),
    ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL must be between 1 and 366"),
    ("FREQ=WEEKLY;INTERVAL=two", "INTERVAL must be a whole number"),
    ("FREQ=WEEKLY;BYDAY=MO,XX", "'XX' is not a weekday"),
    ("FREQ=WEEKLY;BYDAY=1MO", "A weekly rule lists plain weekdays"),
    ("FREQ=MONTHLY;BYDAY=MO", "A monthly BYDAY says which week"),
    ("FREQ=MONTHLY;BYDAY=6MO", "The week in BYDAY must be 1 to 5"),
    ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY must be 1 to 31, or -1"),
    ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY must be 1 to 31, or -1"),
    ("FREQ=MONTHLY;BYMONTHDAY=1;BYDAY=1MO", "BYMONTHDAY or BYDAY, not both"),
    ("FREQ=DAILY;BYDAY=MO", "A daily rule cannot have BYDAY"),
    ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "April has no 31st"),
    ("FREQ=YEARLY;BYMONTHDAY=3", "needs both BYMONTH and BYMONTHDAY"),
    ("FREQ=WEEKLY;FREQ=DAILY", "FREQ appears twice"),
    ("FREQ=WEEKLY;MONDAYS", "'MONDAYS' in the repeat rule is not NAME=VALUE"),
])
def test_bad_rules_are_refused_in_plain_words(rule, message):
    with pytest.raises(ValidationError) as caught:
        parse(rule)
    assert message in caught.value.field_errors["recurrence"]
    assert "Traceback" not in str(caught.value)


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=DAILY", "Every day"),
    ("FREQ=DAILY;INTERVAL=3", "Every 3 days"),
    ("FREQ=WEEKLY;INTERVAL=1", "Every week"),
    ("FREQ=WEEKLY;INTERVAL=2", "Every 2 weeks"),
    ("FREQ=WEEKLY;BYDAY=WE,MO", "Every week on Monday and Wednesday"),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", "Every 2 weeks on Monday, Wednesday and Friday"),
    ("FREQ=MONTHLY;INTERVAL=3", "Every 3 months"),
    ("FREQ=MONTHLY;BYMONTHDAY=-1", "Monthly on the last day"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "Monthly on the 1st"),
    ("FREQ=MONTHLY;BYMONTHDAY=22", "Monthly on the 22nd"),
    ("FREQ=MONTHLY;BYDAY=1MO", "Monthly on the first Monday"),
    ("FREQ=MONTHLY;BYDAY=-1FR", "Monthly on the last Friday"),
    ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15", "Every 3 months on the 15th"),
    ("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=13", "Every 2 months on the 13th"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "Every year on 29 February"),
    ("FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=-1",
     "Every 2 years on the last day of December"),
    ("FREQ=HOURLY;INTERVAL=2", "Repeats: FREQ=HOURLY;INTERVAL=2"),  # a rule we can't read
])
def test_rules_read_as_plain_words(rule, words):
    assert describe_recurrence(rule) == words


# --- completing a repeating follow-up (real database) ------------------------------------


@pytest.fixture
def ann(db) -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": "Ann"}).id


def at_nine(day: date) -> datetime:
    return datetime.combine(day, time(9), tzinfo=UTC)


def add(db, contact_id: int, due: date, rule: str) -> int:
    with db.write() as s:
        return followups.create_followup(session=s, data={
            "contact_id": contact_id, "due_date": due, "recurrence": rule}).id


def complete(db, followup_id: int, on: date):
    with dates.fixed_now(at_nine(on)), db.write() as s:
        return followups.complete_followup(session=s, followup_id=followup_id)


def test_a_monthly_follow_up_from_jan_31_comes_back_to_the_31st(db, ann):
    dates.set_local_zone("UTC")
    first = add(db, ann, date(2027, 1, 31), "FREQ=MONTHLY;INTERVAL=1")
    feb = complete(db, first, on=date(2027, 1, 31))
    mar = complete(db, feb.id, on=feb.due_date)
    assert (feb.due_date, mar.due_date) == (date(2027, 2, 28), date(2027, 3, 31))
    assert mar.recurrence == "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31"
    with db.read() as s:
        done = followups.get_followup(session=s, followup_id=first)
    assert done.done_at is not None and mar.previous_id == feb.id


def test_completing_a_long_overdue_weekly_follow_up_schedules_one_ahead(db, ann):
    dates.set_local_zone("UTC")
    late = add(db, ann, date(2026, 10, 19), "FREQ=WEEKLY")  # Monday, 5 weeks before today
    nxt = complete(db, late, on=date(2026, 11, 25))  # a Wednesday
    assert nxt.due_date == date(2026, 11, 30)  # the next Monday, not another late one
    with db.read() as s:
        open_ones = followups.list_followups(session=s, contact_id=ann).items
    assert [f.due_date for f in open_ones] == [date(2026, 11, 30)]


def test_completing_on_the_due_day_gives_the_next_regular_one(db, ann):
    dates.set_local_zone("UTC")
    due = date(2026, 11, 27)  # last Friday of November
    rule_id = add(db, ann, due, "FREQ=MONTHLY;BYDAY=-1FR")
    assert complete(db, rule_id, on=due).due_date == date(2026, 12, 25)


def test_a_yearly_leap_day_follow_up_keeps_feb_29_for_leap_years(db, ann):
    dates.set_local_zone("UTC")
    first = add(db, ann, date(2028, 2, 29), "FREQ=YEARLY")
    nxt = complete(db, first, on=date(2028, 2, 29))
    assert nxt.due_date == date(2029, 2, 28)
    assert nxt.recurrence == "FREQ=YEARLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=29"
    later = nxt
    for _ in range(3):
        later = complete(db, later.id, on=later.due_date)
    assert later.due_date == date(2032, 2, 29)


def test_changing_the_rule_or_due_date_saves_it_anchored_and_refuses_bad_ones(db, ann):
    first = add(db, ann, date(2027, 1, 15), "FREQ=WEEKLY")
    with db.write() as s:
        changed = followups.update_followup(session=s, followup_id=first, expected_version=None,
                                            changes={"recurrence": "FREQ=MONTHLY;INTERVAL=3",
                                                     "due_date": date(2027, 1, 30)})
    assert changed.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=30"
    with pytest.raises(ValidationError, match="BYMONTHDAY must be 1 to 31"), db.write() as s:
        followups.update_followup(session=s, followup_id=first, expected_version=None,
                                  changes={"recurrence": "FREQ=MONTHLY;BYMONTHDAY=40"})
    with db.read() as s:
        kept = followups.get_followup(session=s, followup_id=first)
    assert kept.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=30"
    assert kept.due_date == date(2027, 1, 30)
