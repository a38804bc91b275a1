"""``tuicrm erase CONTACT``: remove one person and their personal data for good.

CONTACT is an id, an email address or a full name (a name more than one
contact has is refused, listing them). The command shows what will go (from
:func:`~tuicrm.services.personal_data.personal_data`), asks at a terminal,
and refuses without one unless ``--yes`` is given (like ``tuicrm restore``).
The erase is one write transaction
(:func:`~tuicrm.services.personal_data.erase_contact`); then the write-ahead
log is checkpointed, so with ``secure_delete`` on nothing of theirs is left in
the database file. There is no undo; backups made earlier still hold them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from tuicrm.commands import common
from tuicrm.commands.common import command_core, open_database

# What personal_data() holds -> how to say it, in the order a person reads it.
_HELD = [("emails", "email"), ("phones", "phone"), ("tags", "tag"),
         ("contracts", "contract"), ("meetings", "meeting"), ("follow_ups", "follow-up"),
         ("sales", "sale"), ("interactions", "interaction"),
         ("satisfaction", "satisfaction response"), ("invoices", "invoice"),
         ("payments", "payment"), ("time_entries", "time entry"),
         ("history", "recorded change")]
# What erase_contact() reports as removed -> how to say it.
_REMOVED = [("contacts", "contact"), ("contracts", "contract"),
            ("meetings", "meeting only they attended"), ("follow_ups", "follow-up"),
            ("sales", "sale"), ("interactions", "interaction"),
            ("satisfaction", "satisfaction response"), ("draft_invoices", "draft invoice"),
            ("history", "recorded change")]
_PLURALS = {"meeting only they attended": "meetings only they attended",
            "time entry": "time entries"}


@click.command("erase")
@click.argument("contact", metavar="CONTACT")
@click.option("--yes", is_flag=True, help="Erase without asking.")
@click.pass_context
def erase_command(ctx: click.Context, contact: str, yes: bool) -> None:
    """Erase CONTACT (an id, email address or full name) and everything about them, for good.

    Their emails, phones, tags, contracts, follow-ups, sales, notes of
    interactions, survey answers, the meetings only they attended and the
    recorded history of those records are removed; shared meetings stay without them, and other contacts' links to
    them are cleared. There is no undo.
    """
    from tuicrm.errors import CrmError

    with open_database(ctx) as database:
        people = command_core(database).personal_data
        found = people.find(contact)
        held = people.held(found.id)
        who = found.describe()
        if not yes and not common.is_interactive():
            raise CrmError(f"erase removes {who} for good; confirm at a terminal or pass "
                           "--yes. Nothing was changed.")
        if not yes:
            click.echo(f"This erases {who} for good: {held_summary(held)}.", err=True)
            click.echo("Meetings others attended stay, without them; other contacts' links "
                       "to them are cleared. Backups made before keep them.", err=True)
            if not click.confirm("Erase them? There is no undo.", default=False, err=True):
                raise CrmError("erase cancelled; nothing was changed.")
        removed = people.erase(found.id)  # and checkpoints: nothing stays in the -wal file
    click.echo(f"Erased {who}: {_listed(removed, _REMOVED) or 'nothing else held'}.")


def held_summary(held: Mapping[str, Any]) -> str:
    """What :func:`personal_data` found, as "2 emails, 1 sale, ..."."""
    counts = {key: len(held.get(key) or []) for key, _ in _HELD}
    return _listed(counts, _HELD) or "no records besides the contact itself"


def _listed(counts: Mapping[str, int], names: list[tuple[str, str]]) -> str:
    """"2 emails, 1 sale": the nonzero counts, in ``names``' order."""
    parts = []
    for key, noun in names:
        n = counts.get(key, 0)
        if n:
            parts.append(f"{n:,} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}")
    return ", ".join(parts)
