"""``tuicrm invoices`` lists invoices; ``tuicrm invoice ...`` writes one as a PDF,
writes a client's statement, and sets what the firm's invoices carry. No Textual."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tuicrm.commands.common import (
    command_core,
    echo_json,
    open_database,
    refuse_a_missing_file,
    say,
)

if TYPE_CHECKING:
    from tuicrm.services.invoices import InvoiceRow

_FILE = click.Path(dir_okay=False, path_type=Path)
_PAGE = 500


@click.command("invoices")
@click.option("--overdue", is_flag=True, help="Only invoices past their due date and not paid.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def invoices_command(ctx: click.Context, overdue: bool, as_json: bool) -> None:
    """List invoices and credit notes, newest first, with what is still owed."""
    from tuicrm import dates

    refuse_a_missing_file(ctx)
    today = dates.today()
    with open_database(ctx, writing=False) as database:
        invoicing = command_core(database).invoicing
        rows: list[InvoiceRow] = []
        after = None
        while True:
            page = invoicing.page(overdue=overdue, after=after, limit=_PAGE, today=today)
            rows.extend(page.items)
            if page.next_cursor is None:
                break
            after = page.next_cursor
    if as_json:
        echo_json(json.dumps([_row_json(r) for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No overdue invoices." if overdue else "No invoices yet.")
        return
    for row in rows:
        click.echo(_row_text(row))


def _row_json(row: InvoiceRow) -> dict[str, Any]:
    return {
        "id": row.id, "number": row.number, "kind": row.kind.value, "status": row.status.value,
        "contact": row.client, "contact_id": row.contact_id,
        "issue_date": row.issue_date.isoformat() if row.issue_date else None,
        "due_date": row.due_date.isoformat() if row.due_date else None,
        "currency": row.currency, "total_minor": row.total_minor,
        "balance_minor": row.balance_minor,
    }


def _row_text(row: InvoiceRow) -> str:
    from tuicrm.money import shown_amount
    from tuicrm.textclean import clean_text

    number = row.number or "(draft)"
    if row.kind.value == "credit_note":
        number += " credit"
    status = row.status.value.replace("_", " ")
    client = clean_text(row.client, multiline=False)[:30]
    due = row.due_date.isoformat() if row.due_date else "—"
    owed = f"  owes {shown_amount(row.balance_minor, row.currency)}" if row.balance_minor else ""
    return (f"{number:<22} {status:<12} {client:<30} due {due:<10}  "
            f"{shown_amount(row.total_minor, row.currency):>16}{owed}")


@click.group("invoice")
def invoice_group() -> None:
    """Write an invoice as a PDF, a client's statement, or set the firm's details."""


@invoice_group.command("pdf")
@click.argument("number")
@click.argument("file", type=_FILE)
@click.option("--factur-x", "factur_x", is_flag=True,
              help="Embed the EN 16931 data (Factur-X) for EU e-invoicing "
                   "(needs pip install 'tuicrm[einvoice]').")
@click.pass_context
def pdf_command(ctx: click.Context, number: str, file: Path, factur_x: bool) -> None:
    """Write invoice NUMBER (e.g. INV-2026-0001) as a PDF to FILE."""
    refuse_a_missing_file(ctx)
    with open_database(ctx, writing=False) as database:
        invoicing = command_core(database).invoicing
        invoicing.write_pdf(invoicing.find(number), file, factur_x=factur_x)
    what = "a Factur-X PDF" if factur_x else "a PDF"
    say(f"Wrote invoice {number.strip().upper()} as {what} to {file}.")


@invoice_group.command("statement")
@click.argument("contact", metavar="ID_OR_EMAIL_OR_NAME")
@click.argument("file", type=_FILE)
@click.pass_context
def statement_command(ctx: click.Context, contact: str, file: Path) -> None:
    """Write a client's statement (every invoice, credit note and payment, with the
    running balance) as a CSV file."""
    refuse_a_missing_file(ctx)
    with open_database(ctx, writing=False) as database:
        core = command_core(database)
        found = core.personal_data.find(contact)
        _path, count = core.invoicing.statement_csv(found.id, file)
    say(f"Wrote {count} statement line{'' if count == 1 else 's'} for {found.name} to {file}.")


@invoice_group.command("terms")
@click.argument("contact", metavar="ID_OR_EMAIL_OR_NAME")
@click.argument("days", metavar="DAYS|default")
@click.pass_context
def terms_command(ctx: click.Context, contact: str, days: str) -> None:
    """Give a client payment terms of their own (Net DAYS), or the firm's default again."""
    from tuicrm.errors import ValidationError

    if days.strip().lower() == "default":
        chosen = None
    elif days.strip().isdigit():
        chosen = int(days)
    else:
        raise ValidationError({"days": f"'{days}' is not a number of days (or 'default')"})
    refuse_a_missing_file(ctx)
    with open_database(ctx) as database:
        core = command_core(database)
        found = core.personal_data.find(contact)
        core.invoicing.set_client_terms(found.id, chosen)
        default = core.invoicing.settings().terms_days
    shown = f"Net {chosen}" if chosen is not None else f"the firm's Net {default}"
    say(f"{found.name} now pays invoices issued from now on at {shown}.")


@invoice_group.command("settings")
@click.option("--firm-name", help="The firm's name, printed on every invoice.")
@click.option("--firm-address", help="Its address (use \\n between lines).")
@click.option("--firm-vat", help="Its VAT number (checked offline, e.g. DE136695976).")
@click.option("--firm-bank", help="Bank details for payments (IBAN, BIC; \\n between lines).")
@click.option("--firm-email", help="The e-mail address for invoice questions.")
@click.option("--prefix", "invoice_prefix", help="Invoice numbers' prefix (INV-: INV-2026-0001).")
@click.option("--credit-prefix", help="Credit notes' prefix (CN-).")
@click.option("--terms", "terms_days", type=int, help="Days to pay, unless a client has its own.")
@click.option("--tax-rate", help="Tax rate for lines from contracts and sales, e.g. 20 or 5.5.")
@click.option("--interest-rate", help="Late-payment interest a year, e.g. 10.15 "
                                      "(the ECB rate plus 8 points).")
@click.pass_context
def settings_command(ctx: click.Context, **options: str | None) -> None:
    """Show the invoice settings, or change the ones given."""
    from dataclasses import asdict

    from tuicrm import invoice_math
    from tuicrm.errors import ValidationError

    changes: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
    for name in ("tax_rate", "interest_rate"):
        if name in changes:
            try:
                changes[name] = invoice_math.parse_tax_rate(str(changes[name]))
            except ValueError as error:
                raise ValidationError({name: str(error)}) from None
    for name in ("firm_address", "firm_bank"):
        if name in changes:
            changes[name] = str(changes[name]).replace("\\n", "\n")
    with open_database(ctx, writing=bool(changes)) as database:
        invoicing = command_core(database).invoicing
        settings = invoicing.set_settings(changes) if changes else invoicing.settings()
    for name, value in asdict(settings).items():
        if name in ("tax_rate", "interest_rate"):
            value = invoice_math.format_tax_rate(value)
        say(f"{name.replace('_', ' ')}: {str(value).replace(chr(10), ' / ') or '—'}")
