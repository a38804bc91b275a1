"""What falls due, read through named statements (:mod:`~tuicrm.services.named_queries`).

The readers of :mod:`~tuicrm.services.calendar` that a start needs at once
(Today's lists, ``tuicrm agenda``) take ``rows``, a way of running the named
statements: on a session (``SessionRows``), or through sqlite3 with their SQL
compiled ahead (``tuicrm.db_quick``). This module imports no SQLAlchemy, so the
quick path turns rows into the same items by the same code. Its records are
named tuples, not dataclasses: importing ``dataclasses`` and making a class
with it cost ``tuicrm agenda`` a fifth of its time.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from tuicrm import dates
from tuicrm.enums import CONTRACT_DUE_KINDS, DUE_KIND_LABELS, YEARLY_DUE_KINDS, DueKind
from tuicrm.money import shown_amount
from tuicrm.services import cadence_rules

if TYPE_CHECKING:
    from tuicrm.services.deal_rows import DealRow

Rows = Callable[..., list[Any]]

PER_KIND = 500  # items of one kind in one answer; a range with more says so

ALL_KINDS: tuple[DueKind, ...] = tuple(DueKind)
CONTRACT_KINDS = CONTRACT_DUE_KINDS


class DueItem(NamedTuple):
    kind: DueKind
    day: date  # the local day it falls on
    at: datetime | None  # aware start for timed items (meetings, timed follow-ups)
    title: str  # meeting title, follow-up note, contract title, or the contact's name
    record_id: int  # meeting, follow-up or contract id; the contact id for stay-in-touch
    contact_id: int | None  # the contact Enter opens (a meeting's first attendee)
    contact: str  # the contact's name, or a meeting's attendees
    detail: str = ""
    version: int | None = None
    recurrence: str | None = None

    @property
    def sort_key(self) -> tuple[Any, ...]:
        moment = dates.to_local(self.at).time() if self.at else time(0)
        return (self.day, self.at is None, moment, ALL_KINDS.index(self.kind), self.record_id)


#: Today's lists, by the id the screen gives each.
TODAY_LISTS = ("today-overdue", "today-due", "today-contracts", "today-quiet", "today-invoices",
               "today-deals")


class TodayData(NamedTuple):
    day: date
    lists: dict[str, list[DueItem]]
    more: frozenset[str]  # lists cut at the limit
    next_meeting: DueItem | None


class AgendaData(NamedTuple):
    first: date
    last: date
    overdue: list[DueItem]  # follow-ups oldest first, quiet contacts longest first, invoices
    items: list[DueItem]
    truncated: list[str]  # the kinds of item cut at the per-kind limit, A to Z
    next_meeting: DueItem | None

    @property
    def incomplete(self) -> bool:
        return bool(self.truncated)


class DueRange(NamedTuple):
    first: date
    last: date
    items: list[DueItem]
    truncated: frozenset[DueKind]  # kinds that had more than PER_KIND items

    def on(self, day: date) -> list[DueItem]:
        return [i for i in self.items if i.day == day]


def today(rows: Rows, day: date, *, limit: int, action_days: int) -> TodayData:
    """Today's lists: overdue follow-ups, what is due ``day``, contracts needing
    action within ``action_days``, contacts gone quiet, invoices overdue or to
    issue, and stale deals; each list cut at ``limit``."""
    lists = {
        "today-overdue": overdue_followups(rows, today=day, limit=limit + 1),
        "today-due": due_between(rows, first=day, last=day, limit=limit + 1).items,
        "today-contracts": contracts_needing_action(rows, today=day, days=action_days),
        "today-quiet": gone_quiet(rows, today=day, limit=limit + 1),
        "today-invoices": [*overdue_invoices(rows, today=day, limit=limit + 1),
                           *billing_items(rows, today=day, limit=limit + 1)],
        "today-deals": stale_deal_items(rows, limit=limit + 1),
    }
    more = frozenset(k for k, items in lists.items() if len(items) > limit)
    return TodayData(day, {k: v[:limit] for k, v in lists.items()}, more, next_meeting(rows))


def agenda(rows: Rows, first: date, last: date, *, with_overdue: bool,
           overdue_limit: int = PER_KIND) -> AgendaData:
    """What falls on ``first`` .. ``last`` (and, ``with_overdue``, what is overdue
    now: at most ``overdue_limit`` follow-ups and as many quiet contacts)."""
    now = dates.today()
    overdue: list[DueItem] = []
    if with_overdue:
        overdue = [*overdue_followups(rows, today=now, limit=overdue_limit),
                   *gone_quiet(rows, today=now, limit=overdue_limit),
                   *overdue_invoices(rows, today=now, limit=overdue_limit)]
    found = due_between(rows, first=first, last=last)
    return AgendaData(first, last, overdue, found.items, sorted(found.truncated),
                      next_meeting(rows))


def due_between(rows: Rows, *, first: date, last: date,
                kinds: Collection[DueKind] = ALL_KINDS, limit: int = PER_KIND) -> DueRange:
    """Every item of ``kinds`` due on a local day in ``[first, last]``, in day and time order."""
    items: list[DueItem] = []
    truncated: set[DueKind] = set()
    readers: dict[DueKind, Callable[[Rows, date, date, int], list[DueItem]]] = {
        DueKind.MEETING: _meetings, DueKind.FOLLOWUP: _followups,
        DueKind.STAY_IN_TOUCH: _stay_in_touch,
        **{kind: _contract_dates(kind) for kind in CONTRACT_KINDS},
        DueKind.INVOICE: _invoices_due,
        **{kind: _yearly(kind) for kind in YEARLY_DUE_KINDS}}
    for kind, reader in readers.items():
        if kind in kinds:
            found = reader(rows, first, last, limit + 1)
            if len(found) > limit:
                truncated.add(kind)
            items.extend(found[:limit])
    items.sort(key=lambda i: i.sort_key)
    return DueRange(first, last, items, frozenset(truncated))


# --- meetings -------------------------------------------------------------------


def next_meeting(rows: Rows, *, after: datetime | None = None) -> DueItem | None:
    """The first meeting starting after ``after`` (default: now)."""
    found = rows("calendar.next_meeting", after=after or dates.utcnow())
    return meeting_items(rows, found)[0] if found else None


def _meetings(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
    since, until = dates.day_bounds_utc(first)[0], dates.day_bounds_utc(last)[1]
    return meeting_items(rows, rows("calendar.meetings_between", since=since, until=until,
                                    limit=limit))


def meeting_attendees(rows: Rows, meeting_ids: Collection[int]) -> dict[int, list[tuple[int, str]]]:
    """Live attendees ``(contact id, name)`` of each meeting, A to Z, in one query."""
    result: dict[int, list[tuple[int, str]]] = {m: [] for m in meeting_ids}
    if result:
        for meeting_id, contact_id, name in rows("calendar.meeting_attendees",
                                                 ids=sorted(result)):
            result[meeting_id].append((contact_id, name))
    return result


def meeting_items(rows: Rows, meetings: Collection[Any]) -> list[DueItem]:
    people = meeting_attendees(rows, {m.id for m in meetings})
    items = []
    for m in meetings:
        attendees = people.get(m.id, [])
        items.append(DueItem(
            DueKind.MEETING, dates.to_local(m.starts_at).date(), m.starts_at, m.title, m.id,
            attendees[0][0] if attendees else None, ", ".join(n for _i, n in attendees),
            detail=f"{m.duration_minutes} min · {str(m.channel).replace('_', ' ')}",
            version=m.version,
        ))
    return items


# --- follow-ups ------------------------------------------------------------------


def _followups(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
    return [followup_item(r) for r in rows("calendar.followups_between", first=first,
                                           last=last, limit=limit)]


def overdue_followups(rows: Rows, *, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Open follow-ups due before ``today``, oldest first."""
    return [followup_item(r) for r in rows("calendar.overdue_followups", today=today,
                                           limit=limit)]


def followup_item(f: Any) -> DueItem:
    """A follow-up row (with ``contact_name``, and ``deal_title``: the deal it is the
    next step of) on the agenda."""
    at = None
    if f.due_time is not None:
        at = dates.local_datetime(f.due_date, f.due_time, f.timezone or None)
    said = [f"next step of the deal {f.deal_title}"] if f.deal_title else []
    if f.snooze_count:
        said.append(f"snoozed {f.snooze_count}×")
    return DueItem(DueKind.FOLLOWUP, f.due_date, at, f.note, f.id, f.contact_id, f.contact_name,
                   detail=" · ".join(said), version=f.version, recurrence=f.recurrence)


# --- stay in touch ---------------------------------------------------------------


def _stay_in_touch(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
    return [stay_in_touch_item(q)
            for q in cadence_rules.due_between(rows, first=first, last=last, limit=limit)]


def gone_quiet(rows: Rows, *, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Contacts longer than their cadence without a touch (due before ``today``), longest first."""
    quiet = cadence_rules.due_between(rows, first=None, last=today - timedelta(days=1),
                                      limit=limit)
    return [stay_in_touch_item(q) for q in quiet]


def stay_in_touch_item(q: cadence_rules.QuietContact) -> DueItem:
    since = (f"last touch {dates.format_date(dates.to_local(q.last_touch).date())}"
             if q.last_touch else "never touched")
    return DueItem(DueKind.STAY_IN_TOUCH, q.due, None, q.name, q.contact_id, q.contact_id,
                   q.name, detail=f"every {days_text(q.cadence_days)} · {since}")


def days_text(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


# --- contracts -------------------------------------------------------------------


def _contract_dates(kind: DueKind) -> Callable[[Rows, date, date, int], list[DueItem]]:
    def read(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
        items = []
        for r in rows(f"calendar.contract_{kind.value}", first=first, last=last, limit=limit):
            day = r.day if isinstance(r.day, date) else date.fromisoformat(str(r.day))
            items.append(DueItem(kind, day, None, r.title, r.id, r.contact_id, r.name,
                                 detail=contract_detail(kind, r.auto_renew, r.notice_days,
                                                        r.end_date),
                                 version=r.version))
        return items
    return read


def contract_detail(kind: DueKind, auto_renew: bool, notice_days: int,
                    end_date: date | None) -> str:
    if kind == DueKind.REVIEW:
        return "review"
    if kind == DueKind.RENEWAL:
        return "renews automatically" if auto_renew else "ends: renew or let it end"
    end = dates.format_date(end_date) if end_date else "?"
    verb = "stop the renewal" if auto_renew else "give notice"
    return f"last day to {verb}: {days_text(notice_days)} before the end on {end}"


# --- invoices --------------------------------------------------------------------


def _invoice_items(found: list[Any]) -> list[DueItem]:
    return [DueItem(DueKind.INVOICE, r.due_date, None, r.number, r.id, r.contact_id, r.name,
                    detail=f"{shown_amount(int(r.owed), r.currency)} owed · issued "
                           f"{dates.format_date(r.issue_date)}")
            for r in found]


def _invoices_due(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
    return _invoice_items(rows("calendar.invoices_between", first=first, last=last,
                               limit=limit))


def overdue_invoices(rows: Rows, *, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """Issued invoices past their due date with something owed, longest late first."""
    return _invoice_items(rows("calendar.overdue_invoices", today=today, limit=limit))


# --- birthdays and anniversaries ----------------------------------------------------


class YearlyDay(NamedTuple):
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


def yearly_between(rows: Rows, *, field: str, first: date, last: date,
                   limit: int) -> list[YearlyDay]:
    """The contacts whose ``field`` ("birthday" or "anniversary") falls in ``[first, last]``."""
    found = []
    for r in rows(f"calendar.{field}", month_days=month_days(first, last), limit=limit):
        stored = r.stored if isinstance(r.stored, date) else date.fromisoformat(str(r.stored))
        day = dates.next_yearly(stored, first)
        if day > last:
            continue
        years = None if stored.year == dates.NO_YEAR else day.year - stored.year
        found.append(YearlyDay(field, day, r.id, r.name, years))
    return found


def month_days(first: date, last: date) -> list[str]:
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


def _yearly(kind: DueKind) -> Callable[[Rows, date, date, int], list[DueItem]]:
    def read(rows: Rows, first: date, last: date, limit: int) -> list[DueItem]:
        return [DueItem(kind, y.day, None, DUE_KIND_LABELS[kind], y.contact_id, y.contact_id,
                        y.name, detail=y.detail)
                for y in yearly_between(rows, field=kind.value, first=first, last=last,
                                        limit=limit)]
    return read


# --- Today's other lists ------------------------------------------------------------


def contracts_needing_action(rows: Rows, *, today: date, days: int = 30,
                             limit: int = 200) -> list[DueItem]:
    """Open contracts with something to do within ``days``, each once, on its most
    urgent date: an end date already past, then a review left undone, then the
    earliest cancel-by, review or end to come. The details name the other dates."""
    horizon = today + timedelta(days=days)
    items = []
    for row in rows("calendar.contracts_needing_action", today=today, horizon=horizon,
                    limit=limit):
        cancel_by = (row.end_date - timedelta(days=row.notice_days)
                     if row.end_date is not None else None)
        dated = [(d, kind) for d, kind in (
            (row.end_date, DueKind.RENEWAL), (row.review_date, DueKind.REVIEW),
            (cancel_by, DueKind.CANCEL_BY)) if d is not None and d <= horizon]
        late = [(d, kind) for d, kind in dated if d < today and kind != DueKind.CANCEL_BY]
        coming = [(d, kind) for d, kind in dated if d >= today]
        candidates = late or coming
        if not candidates:
            continue
        day, kind = min(candidates, key=lambda c: (c[0], ALL_KINDS.index(c[1])))
        detail = contract_detail(kind, row.auto_renew, row.notice_days, row.end_date)
        if day < today:
            detail = ("ended on paper: renew, end or terminate it" if kind == DueKind.RENEWAL
                      else "review left undone: x marks it reviewed")
        others = [f"{DUE_KIND_LABELS[k].lower()} {d:%d %b}" for d, k in sorted(coming)
                  if (d, k) != (day, kind)]
        if others:
            detail += "; then " + ", ".join(others)
        items.append(DueItem(kind, day, None, row.title, row.id, row.contact_id, row.client,
                             detail=detail, version=row.version))
    items.sort(key=lambda i: i.sort_key)
    return items


class Proposal(NamedTuple):
    """A contract's billing period that no invoice holds yet."""

    contract_id: int
    contact_id: int
    client: str
    title: str
    period_start: date
    period_end: date
    amount_minor: int
    currency: str


def proposals(rows: Rows, *, today: date, limit: int | None = None) -> list[Proposal]:
    """The running recurring contracts' current periods still to invoice, oldest first."""
    from tuicrm.services.billing_periods import current_period  # Today's, not the agenda's

    result = []
    for contract in rows("billing.proposals", today=today,
                         limit=cadence_rules.NO_LIMIT if limit is None else limit):
        first, last = current_period(contract, today)
        result.append(Proposal(contract.id or 0, contract.contact_id, contract.client,
                               contract.title, first, last, contract.amount_minor,
                               contract.currency))
    return result


def billing_items(rows: Rows, *, today: date, limit: int = PER_KIND) -> list[DueItem]:
    """The billing periods begun that no invoice holds yet (:func:`proposals`)."""
    return [DueItem(DueKind.BILLING, p.period_start, None, p.title, p.contract_id,
                    p.contact_id, p.client,
                    detail=f"{shown_amount(p.amount_minor, p.currency)} for "
                           f"{dates.format_date(p.period_start)} to "
                           f"{dates.format_date(p.period_end)}")
            for p in proposals(rows, today=today, limit=limit)]


def stale_deals(rows: Rows, *, limit: int = 20, now: datetime | None = None) -> list[DealRow]:
    """Open deals gone quiet, the quietest first."""
    from tuicrm.services.deal_rows import STALE_DAYS_KEY, row_of, stale_clock, stale_days_from

    stored = dict(rows("meta.values", keys=[STALE_DAYS_KEY])).get(STALE_DAYS_KEY)
    moment, cutoff = clock = stale_clock(now or dates.utcnow(), stale_days_from(stored))
    return [row_of(r, clock) for r in rows("deals.stale", cutoff=cutoff, now=moment,
                                           limit=limit)]


def stale_deal_items(rows: Rows, *, limit: int = PER_KIND) -> list[DueItem]:
    """Open deals gone quiet (:func:`stale_deals`), the quietest first; each on the
    day of its last activity. (Their next steps are follow-ups, listed as such.)"""
    return [DueItem(DueKind.STALE_DEAL,
                    dates.to_local(d.last_activity).date() if d.last_activity else dates.today(),
                    None, d.title, d.id, d.contact_id, d.contact, version=d.version,
                    detail=f"{d.stage} · {shown_amount(d.value_minor, d.currency)}")
            for d in stale_deals(rows, limit=limit)]
