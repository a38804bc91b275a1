"""``tuicrm agenda``: what is due, for the login shell and for scripts.

Overdue first (follow-ups past their day, relationships past their
stay-in-touch date), then today (or ``--days N`` days) grouped by day.
Plain text by default, every user string cleaned of control bytes;
``--json`` gives the same in a stable shape for scripts. No Textual.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from tuicrm.commands.common import command_core, echo_json, open_database, refuse_a_missing_file

if TYPE_CHECKING:
    from tuicrm.core.data import DueItem

MAX_DAYS = 366


@click.command("agenda")
@click.option("--days", type=click.IntRange(1, MAX_DAYS), default=1, show_default=True,
              help="How many days from today to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def agenda_command(ctx: click.Context, days: int, as_json: bool) -> None:
    """Print what is due: overdue items first, then each day from today."""
    from tuicrm import dates

    refuse_a_missing_file(ctx)
    today = dates.today()
    last = dates.add_days(today, days - 1)
    with open_database(ctx, writing=False) as database:
        agenda = command_core(database).schedule.agenda(today, last, with_overdue=True)
    agenda.overdue.sort(key=lambda i: i.sort_key)  # one list, oldest first
    if as_json:
        text = json.dumps(_as_json(today, last, agenda.overdue, agenda.items, agenda.truncated),
                          indent=2, ensure_ascii=False)
        # json escapes only C0 controls; DEL, C1 and bidi overrides would reach the terminal.
        echo_json(text)
        return
    click.echo(_as_text(today, last, agenda.overdue, agenda.items, agenda.truncated))


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
    from tuicrm import dates

    return {
        "kind": item.kind.value, "date": item.day.isoformat(),
        "time": dates.to_local(item.at).strftime("%H:%M") if item.at else None,
        "title": item.title, "contact": item.contact, "contact_id": item.contact_id,
        "record_id": item.record_id, "detail": item.detail,
        "days_late": max(0, (today - item.day).days),
    }


def _as_text(today: date, last: date, overdue: list[DueItem], items: list[DueItem],
             truncated: list[str]) -> str:
    from tuicrm import dates

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
