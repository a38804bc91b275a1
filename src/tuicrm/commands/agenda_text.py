"""How ``tuicrm agenda`` prints: plain text, or JSON for scripts, every user
string cleaned of control bytes. Neither click nor the data layer: the
console script prints a quick agenda with it too (:mod:`tuicrm.launcher`).
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from tuicrm import dates
from tuicrm.textclean import clean_json_text

if TYPE_CHECKING:
    from tuicrm.services.due_reads import AgendaData, DueItem

MAX_DAYS = 366  # the most ``--days`` takes


def quick_agenda(target: str, days: int, *, as_json: bool) -> str | None:
    """The text of ``tuicrm agenda --days days``, read without the data layer
    (``tuicrm.core.quick``); None where that path does not serve. Its notes on
    the file go to stderr, as the command's."""
    from tuicrm.core import quick
    from tuicrm.db_file import quick_read_notes

    notes = quick_read_notes(target)
    if notes is None:
        return None
    today = dates.today()
    agenda = quick.agenda(target, today, dates.add_days(today, days - 1), with_overdue=True)
    if agenda is None:
        return None
    for note in notes:
        print(f"tuicrm: {note}", file=sys.stderr)
    return shown(agenda, today, as_json=as_json)


def shown(agenda: AgendaData, today: date, *, as_json: bool) -> str:
    """The agenda as the command prints it (its overdue items oldest first)."""
    overdue = sorted(agenda.overdue, key=lambda i: i.sort_key)
    if as_json:
        import json

        # json escapes only C0 controls; DEL, C1 and bidi overrides would reach the terminal.
        return clean_json_text(json.dumps(
            _as_json(today, agenda.last, overdue, agenda.items, agenda.truncated),
            indent=2, ensure_ascii=False))
    return _as_text(today, agenda.last, overdue, agenda.items, agenda.truncated)


def _as_json(today: date, last: date, overdue: list[DueItem], items: list[DueItem],
             truncated: list[str]) -> dict[str, Any]:
    days: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        days.setdefault(item.day.isoformat(), []).append(_item_json(item, today))
    return {
        "today": today.isoformat(), "until": last.isoformat(),
        "overdue": [_item_json(i, today) for i in overdue],
        "days": [{"date": day, "items": entries} for day, entries in days.items()],
        "incomplete_kinds": truncated,
    }


def _item_json(item: DueItem, today: date) -> dict[str, Any]:

    return {
        "kind": item.kind.value, "date": item.day.isoformat(),
        "time": dates.to_local(item.at).strftime("%H:%M") if item.at else None,
        "title": item.title, "contact": item.contact, "contact_id": item.contact_id,
        "record_id": item.record_id, "detail": item.detail,
        "days_late": max(0, (today - item.day).days),
    }


def _as_text(today: date, last: date, overdue: list[DueItem], items: list[DueItem],
             truncated: list[str]) -> str:

    lines: list[str] = []
    if overdue:
        lines.append(f"Overdue ({len(overdue)})")
        lines.extend(_line(i, when=f"{dates.humanize_delta(i.day, today=today):>11}")
                     for i in overdue)
    day = None
    for item in items:
        if item.day != day:
            day = item.day
            if lines:
                lines.append("")
            relative = {0: " (today)", 1: " (tomorrow)"}.get((day - today).days, "")
            lines.append(f"{day.strftime('%A %d %B %Y')}{relative}")
        when = dates.to_local(item.at).strftime("%H:%M") if item.at else "any time"
        lines.append(_line(item, when=f"{when:>11}"))
    if not lines:
        span = "today" if last == today else f"from today to {last.isoformat()}"
        return f"Nothing due {span}, and nothing overdue."
    if truncated:
        lines += ["", ("Only the first items of some kinds are shown; "
                       "open the calendar in tuicrm for all of them.")]
    return "\n".join(lines)


def _line(item: DueItem, *, when: str) -> str:
    from tuicrm.enums import DUE_KIND_LABELS
    from tuicrm.textclean import clean_text

    label = DUE_KIND_LABELS[item.kind]
    what = clean_text(item.title, multiline=False)
    who = clean_text(item.contact, multiline=False)
    text = f"  {when}  {label:<13}  {who}" if item.title == item.contact else \
        f"  {when}  {label:<13}  {what}" + (f" · {who}" if who else "")
    return f"{text}  ({clean_text(item.detail, multiline=False)})" if item.detail else text
