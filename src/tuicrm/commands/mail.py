"""``tuicrm log-email`` (one message from a pipe) and the mail part of ``tuicrm import``
(an mbox file or a Maildir folder): emails logged with the contacts they name.

A mail program binds a key to it: mutt and neomutt with
``macro index,pager L "<pipe-message>tuicrm log-email<enter>"``, aerc with
``:pipe -m tuicrm log-email``. Each message gets one line: for whom it was
logged, or why not.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from tuicrm.commands.common import command_core, open_database, say


@click.command("log-email")
@click.option("--dry-run", is_flag=True, help="Say what would be logged; change nothing.")
@click.pass_context
def log_email_command(ctx: click.Context, dry_run: bool) -> None:
    """Log the email message on standard input with the contacts it is to or from."""
    from tuicrm.errors import CrmError
    from tuicrm.interop.mail import MAX_MESSAGE_BYTES, read_message

    data = sys.stdin.buffer.read(MAX_MESSAGE_BYTES + 1)
    try:
        message = read_message(data, "the message")
    except ValueError as err:
        raise CrmError(f"standard input: {err}. Pipe one email message in (an .eml file).") \
            from None
    with open_database(ctx) as database:
        [result] = command_core(database).imports.emails([message], dry_run=dry_run)
    say(_line(result, dry_run))


def import_mail(ctx: click.Context, path: Path, *, dry_run: bool) -> None:
    """Log every message of an mbox file or a Maildir folder, a line each."""
    from tuicrm.interop.import_source import ImportFileError
    from tuicrm.interop.mail import read_messages

    try:
        messages = list(read_messages(path))
    except (ValueError, OSError) as err:
        raise ImportFileError(f"{path.name}: {err}") from None
    with open_database(ctx) as database:
        results = command_core(database).imports.emails(messages, dry_run=dry_run)
    say(f"{path.name}: {'Maildir' if path.is_dir() else 'mbox'}, {len(results):,} messages")
    for result in results:
        say(_line(result, dry_run))
    logged = sum(1 for r in results if r.contacts)
    verb = "would be logged" if dry_run else "logged"
    say(f"{'Dry run: ' if dry_run else ''}{logged:,} messages {verb}, "
        f"{len(results) - logged:,} skipped.{' Nothing was changed.' if dry_run else ''}")


def _line(result: Any, dry_run: bool) -> str:
    subject = f"'{result.subject}'" if result.subject else "(no subject)"
    where = f"{result.place}: " if result.place and result.place != "the message" else ""
    if result.contacts:
        verb = "Would log" if dry_run else "Logged"
        extra = f" ({result.reason})" if result.reason else ""
        return f"{where}{verb} {subject} for {', '.join(result.contacts)}{extra}"
    return f"{where}Not logged {subject}: {result.reason}"
