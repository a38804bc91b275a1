"""``tuicrm history KIND ID``: what changed in one record, field by field.

Newest first: when, who, through what (a form, an import run, an undo, a
restore, a command), the field, and its value before and after. Plain text
by default, every stored value cleaned of control bytes; ``--json`` gives the
same for scripts.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from tuicrm.commands.common import command_core, echo_json, open_database, refuse_a_missing_file

if TYPE_CHECKING:
    from tuicrm.core.data import Change

#: The records that keep a history, as the command names them.
KINDS = ("contact", "contract", "meeting", "followup", "sale", "product", "deal")


@click.command("history")
@click.argument("kind", type=click.Choice(KINDS, case_sensitive=False))
@click.argument("record_id", metavar="ID", type=click.IntRange(min=1))
@click.option("--limit", type=click.IntRange(1, 100_000), default=500, show_default=True,
              help="How many changes to show, newest first.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def history_command(ctx: click.Context, kind: str, record_id: int, limit: int,
                    as_json: bool) -> None:
    """Print what changed in one record (KIND: contact, contract, meeting, followup, sale,
    product or deal; ID: its number), newest first."""
    refuse_a_missing_file(ctx)
    with open_database(ctx, writing=False) as database:
        found = command_core(database).history.of(kind.lower(), record_id, limit=limit)
    if as_json:
        echo_json(json.dumps([_as_json(c) for c in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"No recorded changes to {kind.lower()} {record_id}.")
        return
    for change in found:
        click.echo(as_line(change))


def as_line(change: Change) -> str:
    """One change as a line: when, who and how, the field, before → after."""
    from tuicrm.core.history import change_words
    from tuicrm.dates import format_datetime_local
    from tuicrm.textclean import clean_text

    how = f"{change.via} (import run {change.import_run_id})" if change.import_run_id \
        else change.via
    who = clean_text(change.by or "someone", multiline=False)
    field, before, after = change_words(change)
    what = f"{field}: {before} → {after}" if before or after else field
    return f"{format_datetime_local(change.at)}  {who} via {how}  {what}"


def _as_json(change: Change) -> dict[str, Any]:
    return {"id": change.id, "kind": change.record_kind, "record_id": change.record_id,
            "field": change.field, "old": change.old, "new": change.new,
            "at": change.at.isoformat(), "by": change.by, "via": change.via,
            "import_run_id": change.import_run_id}
