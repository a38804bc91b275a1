"""``tuicrm agenda``: what is due, for the login shell and for scripts.

Overdue first (follow-ups past their day, relationships past their
stay-in-touch date), then today (or ``--days N`` days) grouped by day.
Plain text by default, every user string cleaned of control bytes;
``--json`` gives the same in a stable shape for scripts. No Textual.
"""

from __future__ import annotations

import click

from tuicrm.commands import agenda_text
from tuicrm.commands.common import (
    command_core,
    database_target,
    open_database,
    refuse_a_missing_file,
)

MAX_DAYS = agenda_text.MAX_DAYS


@click.command("agenda")
@click.option("--days", type=click.IntRange(1, MAX_DAYS), default=1, show_default=True,
              help="How many days from today to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def agenda_command(ctx: click.Context, days: int, as_json: bool) -> None:
    """Print what is due: overdue items first, then each day from today."""
    refuse_a_missing_file(ctx)
    click.echo(agenda_text.quick_agenda(database_target(ctx), days, as_json=as_json) or
               _full_agenda(ctx, days, as_json=as_json))


def _full_agenda(ctx: click.Context, days: int, *, as_json: bool) -> str:
    from tuicrm import dates

    today = dates.today()
    with open_database(ctx, writing=False) as database:
        agenda = command_core(database).schedule.agenda(
            today, dates.add_days(today, days - 1), with_overdue=True)
    return agenda_text.shown(agenda, today, as_json=as_json)
