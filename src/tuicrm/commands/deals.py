"""``tuicrm deals`` lists the pipeline's deals, in order of expected close. No Textual."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from tuicrm.commands.common import command_core, echo_json, open_database, refuse_a_missing_file

if TYPE_CHECKING:
    from tuicrm.core.data import DealRow


@click.command("deals")
@click.option("--stage", "stage", metavar="S",
              help="Only this stage (its name, any case), or open, won, lost or stale.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def deals_command(ctx: click.Context, stage: str | None, as_json: bool) -> None:
    """List deals, soonest expected close first (open ones unless --stage)."""
    from tuicrm.core.data import DealFilter

    refuse_a_missing_file(ctx)
    with open_database(ctx, writing=False) as database:
        core = command_core(database).deals
        which = "open"
        if stage is not None:
            wanted = " ".join(stage.split()).casefold()
            names = {s.name.casefold(): s.id for s in core.stages()}
            if wanted in ("open", "won", "lost", "stale", "all"):
                which = wanted
            elif wanted in names:
                which = str(names[wanted])
            else:
                from tuicrm.textclean import clean_text

                known = ", ".join(clean_text(s.name, multiline=False) for s in core.stages())
                raise click.UsageError(f"no stage called {clean_text(stage, multiline=False)!r}; "
                                       f"the stages are {known} "
                                       "(or open, won, lost, stale, all)")
        rows = core.all_rows(DealFilter(which))
    if as_json:
        echo_json(json.dumps([_row_json(r) for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No deals here.")
        return
    for row in rows:
        click.echo(_row_text(row))


def _row_json(row: DealRow) -> dict[str, Any]:
    return {
        "id": row.id, "title": row.title, "contact": row.contact, "contact_id": row.contact_id,
        "stage": row.stage, "outcome": row.outcome.value, "value_minor": row.value_minor,
        "currency": row.currency, "probability": row.probability,
        "weighted_minor": row.weighted_minor,
        "expected_close": row.expected_close.isoformat() if row.expected_close else None,
        "owner": row.owner, "source": row.source.value if row.source else None,
        "next_step_due": row.next_step_due.isoformat() if row.next_step_due else None,
        "next_step": row.next_step, "stale": row.stale,
    }


def _row_text(row: DealRow) -> str:
    from tuicrm.money import shown_amount
    from tuicrm.textclean import clean_text

    title = clean_text(row.title, multiline=False)[:28]
    contact = clean_text(row.contact, multiline=False)[:22]
    stage = clean_text(row.stage, multiline=False)[:14]
    close = row.expected_close.isoformat() if row.expected_close else "no date"
    stale = "  stale" if row.stale else ""
    return (f"{title:<28} {contact:<22} {stage:<14} {row.probability:>3} %  close {close:<10}  "
            f"{shown_amount(row.value_minor, row.currency):>16}{stale}")
