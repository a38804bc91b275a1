"""Subcommands for scripts and the login shell, one module each.

Each module imports only ``click`` (and the standard library) at import time,
so ``tuicrm --help`` stays fast; the data layer is imported inside the
command. :func:`register` adds them all to the ``tuicrm`` group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # click loads with the commands, not with this package (agenda_text)
    import click


def register(group: click.Group) -> None:
    from tuicrm.commands import (
        agenda,
        deals,
        erase,
        export,
        history,
        importing,
        invoices,
        mail,
        merge,
        report,
    )

    for command in (agenda.agenda_command, deals.deals_command, merge.duplicates_command, erase.erase_command,
                    export.export_command, history.history_command, importing.import_command,
                    invoices.invoices_command, invoices.invoice_group,
                    mail.log_email_command, merge.merge_command, report.report_command):
        group.add_command(command)
