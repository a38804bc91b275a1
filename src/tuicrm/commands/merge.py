"""``tuicrm duplicates`` and ``tuicrm merge KEEP OTHER``: find contacts that may be one,
and make them one.

``duplicates`` prints each pair with why (the same email, phone or name, or
similar names), or JSON. ``merge`` shows field by field what each contact has
and what the kept one will have, the records that move, then asks at a
terminal (``--yes`` elsewhere); ``--take FIELD`` keeps OTHER's value of a field
where KEEP has its own; ``--undo`` takes the last merge back.
"""

from __future__ import annotations

import json
from typing import Any

import click

from tuicrm.commands import common
from tuicrm.commands.common import command_core, open_database, say


@click.command("duplicates")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def duplicates_command(ctx: click.Context, as_json: bool) -> None:
    """Print contacts that may be one person (the same email, phone or name)."""
    with open_database(ctx) as database:
        found = command_core(database).cleanup.duplicates()
    if as_json:
        click.echo(json.dumps([{"first": {"id": d.first_id, "name": d.first_name},
                                "second": {"id": d.second_id, "name": d.second_name},
                                "reason": d.reason} for d in found], ensure_ascii=False,
                              indent=2))
        return
    if not found:
        say("No duplicates found.")
        return
    for d in found:
        say(f"{d.first_id:>6}  {d.first_name}  ·  {d.second_id:>6}  {d.second_name}  "
            f"({d.reason})")
    say(f"{len(found)} possible duplicates. Merge one with: tuicrm merge KEEP OTHER")


@click.command("merge")
@click.argument("keep", metavar="KEEP", required=False)
@click.argument("other", metavar="OTHER", required=False)
@click.option("--take", "take", multiple=True, metavar="FIELD",
              help="Keep OTHER's value of FIELD (e.g. city, job_title) where KEEP has one.")
@click.option("--yes", is_flag=True, help="Merge without asking.")
@click.option("--dry-run", is_flag=True, help="Show what the merge would do; change nothing.")
@click.option("--undo", is_flag=True, help="Undo the last merge (no KEEP or OTHER).")
@click.pass_context
def merge_command(ctx: click.Context, keep: str | None, other: str | None, take: tuple[str, ...],
                  yes: bool, dry_run: bool, undo: bool) -> None:
    """Merge contact OTHER into KEEP (each an id, email address or full name).

    KEEP keeps its values and takes OTHER's where it has none (or where --take
    says); emails, phones and tags are joined; OTHER's contracts, sales,
    meetings, follow-ups, notes, survey answers and members move to KEEP, and
    OTHER is deleted. One transaction; --undo takes it back.
    """
    from tuicrm.errors import CrmError

    with open_database(ctx) as database:
        core = command_core(database)
        cleanup = core.cleanup
        if undo:
            if keep or other:
                raise click.UsageError("--undo takes no contacts: it undoes the last merge.")
            kept_id, merged_id = cleanup.undo_merge()
            say(f"Undid the merge of contact {merged_id} into {kept_id}.")
            return
        if not keep or not other:
            raise click.UsageError("give the contact to KEEP and the OTHER to merge into it.")
        kept, merged = core.personal_data.find(keep), core.personal_data.find(other)
        preview = cleanup.merge_preview(kept.id, merged.id)
        for line in preview_lines(preview, set(take)):
            say(line)
        if dry_run:
            say("Dry run: nothing was changed.")
            return
        if not yes and not common.is_interactive():
            raise CrmError("merge deletes OTHER into KEEP; confirm at a terminal or pass --yes. "
                           "Nothing was changed.")
        if not yes and not click.confirm("Merge them?", default=False, err=True):
            raise CrmError("merge cancelled; nothing was changed.")
        cleanup.merge(kept.id, merged.id, take=take,
                      versions=(preview.kept_version, preview.merged_version))
    say(f"Merged {preview.merged_name} ({preview.merged_id}) into {preview.kept_name} "
        f"({preview.kept_id}). Undo with: tuicrm merge --undo")


def preview_lines(preview: Any, take: set[str]) -> list[str]:
    """What the merge keeps, field by field, and what moves."""
    from tuicrm.core.data import MOVED_WORDS

    lines = [f"Keep {preview.kept_name} ({preview.kept_id}); merge {preview.merged_name} "
             f"({preview.merged_id}) into it."]
    for f in preview.fields:
        chosen = {"other": "theirs"}.get(f.outcome(take), f.outcome(take))
        lines.append(f"  {f.field.replace('_', ' ')}: {f.kept_words} | {f.merged_words} -> "
                     f"{chosen}")
    moves = ", ".join(f"{n} {MOVED_WORDS[k]}{'' if n == 1 else 's'}"
                      for k, n in preview.moves.items())
    lines.append(f"Moves to {preview.kept_name}: {moves or 'nothing else'}.")
    return lines
