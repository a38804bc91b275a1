"""Invoices, credit notes, payments and receivables: the use cases the Invoices
screen, the contact page, Today and the ``invoices`` commands share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tuicrm import dates, invoice_math
from tuicrm.core.base import Saved, UseCases
from tuicrm.models import Invoice
from tuicrm.money import to_decimal_string
from tuicrm.services import billing, due_reads, invoice_settings, invoices, payments, receivables
from tuicrm.services.common import Cursor, Page, get_row
from tuicrm.services.named_queries import SessionRows


@dataclass(frozen=True)
class InvoiceSummary:
    """What the Invoices screen says above its list."""

    outstanding: dict[str, int]  # per currency
    overdue: int
    to_issue: int  # billing periods begun with no invoice yet


class Invoicing(UseCases):
    # --- reading ---------------------------------------------------------------

    def page(self, *, overdue: bool = False, contact_id: int | None = None,
             after: Cursor | None = None, limit: int = 50,
             today: date | None = None) -> Page[invoices.InvoiceRow]:
        with self.db.read() as session:
            return invoices.list_invoices(session=session, today=today or dates.today(),
                                          overdue=overdue, contact_id=contact_id, after=after,
                                          limit=limit)

    def summary(self, today: date | None = None) -> InvoiceSummary:
        day = today or dates.today()
        with self.db.read() as session:
            return InvoiceSummary(receivables.balances(session=session),
                                  receivables.count_overdue(session=session, today=day),
                                  billing.count_proposals(session=session, today=day))

    def invoice(self, invoice_id: int, today: date | None = None) -> invoices.InvoiceDetail:
        with self.db.read() as session:
            return invoices.get_invoice(session=session, invoice_id=invoice_id,
                                        today=today or dates.today())

    def find(self, number: str) -> int:
        """The id of the invoice with this number (any case)."""
        with self.db.read() as session:
            return invoices.find_by_number(session=session, number=number)

    def draft_choices(self, contact_id: int | None) -> dict[str, Any]:
        """What a new draft's form starts with: its client, and the usual tax rate."""
        from tuicrm.core.people import contact_choice

        with self.db.read() as session:
            rate = invoice_settings.invoice_settings(session=session).tax_rate
            return {"contact": contact_choice(session, contact_id),
                    "tax_rate": invoice_math.format_tax_rate(rate).removesuffix(" %")}

    def draft_form(self, invoice_id: int) -> dict[str, Any]:
        """A draft as its form shows it (amounts as text), with its version and base."""
        from tuicrm.core.people import contact_choice

        with self.db.read() as session:  # one snapshot: the draft, its lines, its client
            invoice = get_row(session, Invoice, invoice_id)
            version, kind = invoice.version, invoice.kind
            base = invoices.draft_input(session, invoice)
            chosen = contact_choice(session, base["contact_id"])
        currency = base["currency"]
        return {"version": version, "base": base, "contact": chosen, "currency": currency,
                "credit_note": kind == "credit_note",
                "note": base["note"], "lines": [{
                    "description": line["description"],
                    "quantity": invoice_math.format_quantity(line["quantity_milli"]),
                    "unit_price": to_decimal_string(line["unit_price_minor"], currency),
                    "tax_rate": invoice_math.format_tax_rate(line["tax_rate"]).removesuffix(" %"),
                } for line in base["lines"]]}

    def draft_input(self, invoice_id: int) -> tuple[int, dict[str, Any]]:
        """A draft's version and values, as its form shows and saves them."""
        with self.db.read() as session:
            invoice = get_row(session, Invoice, invoice_id)
            return invoice.version, invoices.draft_input(session, invoice)

    def settings(self) -> invoice_settings.InvoiceSettings:
        with self.db.read() as session:
            return invoice_settings.invoice_settings(session=session)

    def proposals(self, today: date | None = None) -> list[billing.Proposal]:
        with self.db.read() as session:
            return due_reads.proposals(SessionRows(session), today=today or dates.today())

    def aging(self, as_of: date | None = None) -> receivables.Aging:
        with self.db.read() as session:
            return receivables.aging(session=session, as_of=as_of or dates.today())

    def overdue(self, today: date | None = None, *, limit: int = 50,
                contact_id: int | None = None) -> list[receivables.OverdueInvoice]:
        with self.db.read() as session:
            return receivables.overdue(session=session, today=today or dates.today(),
                                       limit=limit, contact_id=contact_id)

    def balances(self, contact_id: int | None = None) -> dict[str, int]:
        with self.db.read() as session:
            return receivables.balances(session=session, contact_id=contact_id)

    def statement(self, contact_id: int,
                  until: date | None = None) -> list[receivables.StatementLine]:
        with self.db.read() as session:
            return receivables.statement(session=session, contact_id=contact_id,
                                         until=until or dates.today())

    def write_pdf(self, invoice_id: int, path: Path | None = None, *,
                  factur_x: bool = False) -> str:
        """Write the invoice as a PDF (0600, whole or not at all) to ``path``, or to
        exports/<number>.pdf; with ``factur_x``, with its EN 16931 data embedded.
        Returns where."""
        from tuicrm import config
        from tuicrm.interop.invoice_pdf import invoice_pdf
        from tuicrm.interop.private_file import write_private_bytes

        with self.db.read() as session:
            detail = invoices.get_invoice(session=session, invoice_id=invoice_id,
                                          today=dates.today())
            # an issued invoice carries the firm's details of its day; a draft today's
            settings = detail.firm or invoice_settings.invoice_settings(session=session)
        name = detail.invoice.number or f"draft-{invoice_id}"
        path = path or config.exports_dir() / f"{name}.pdf"
        pdf = invoice_pdf(detail, settings, list(detail.client_address))
        if factur_x:
            from tuicrm.interop.facturx import facturx_pdf

            pdf = facturx_pdf(pdf, detail, settings, detail.client_country)
        write_private_bytes(path, pdf)
        return str(path)

    def statement_csv(self, contact_id: int, path: Path | None = None,
                      until: date | None = None) -> tuple[str, int]:
        """A client's statement as CSV, to ``path`` or exports/statement-<id>-<time>.csv."""
        from decimal import Decimal

        from tuicrm import config
        from tuicrm.interop.csv_export import write_csv
        from tuicrm.money import to_decimal_string

        path = path or config.exports_dir() / f"statement-{contact_id}-{dates.now():%Y%m%d-%H%M%S}.csv"
        lines = self.statement(contact_id, until)

        def amount(minor: int, currency: str) -> Decimal:
            return Decimal(to_decimal_string(minor, currency))

        count = write_csv(path, ["date", "what", "reference", "currency", "amount", "balance"], [
            (line.day.isoformat(), line.what, line.reference, line.currency,
             amount(line.amount_minor, line.currency), amount(line.balance_minor, line.currency))
            for line in lines])
        return str(path), count

    # --- writing -----------------------------------------------------------------

    def save_draft(self, invoice_id: int | None, values: Mapping[str, Any],
                   expected_version: int | None = None) -> Saved:
        with self.write(via="form") as session:
            if invoice_id is None:
                return Saved(invoices.create_draft(session=session, data=values).id or 0)
            invoices.update_draft(session=session, invoice_id=invoice_id, data=values,
                                  expected_version=expected_version)
            return Saved(invoice_id)

    def issue(self, invoice_id: int, on: date | None = None,
              expected_version: int | None = None) -> str:
        """Issue a draft; returns its number."""
        with self.write() as session:
            issued = invoices.issue(session=session, invoice_id=invoice_id,
                                    on=on or dates.today(), expected_version=expected_version)
            return issued.number or ""

    def draft_credit_note(self, invoice_id: int) -> int:
        with self.write() as session:
            return invoices.draft_credit_note(session=session, invoice_id=invoice_id).id or 0

    def draft_for_contract(self, contract_id: int, today: date | None = None) -> int:
        with self.write() as session:
            return billing.draft_for_period(session=session, contract_id=contract_id,
                                            today=today or dates.today()).id or 0

    def draft_for_sale(self, sale_id: int) -> int:
        with self.write() as session:
            return billing.draft_for_sale(session=session, sale_id=sale_id).id or 0

    def issue_proposals(self, today: date | None = None) -> list[str]:
        """Draft and issue an invoice for every proposed billing period, in one
        transaction: all of them or, if one is refused, none. Their numbers."""
        day = today or dates.today()
        with self.write() as session:
            numbers = []
            for proposal in due_reads.proposals(SessionRows(session), today=day):
                draft = billing.draft_for_period(session=session,
                                                 contract_id=proposal.contract_id, today=day)
                numbers.append(invoices.issue(session=session, invoice_id=draft.id or 0,
                                              on=day).number or "")
            return numbers

    def record_payment(self, values: Mapping[str, Any], today: date | None = None) -> int:
        with self.write(via="form") as session:
            return payments.record_payment(session=session, data=values,
                                           today=today or dates.today()).id or 0

    def take_back_payment(self, payment_id: int) -> None:
        with self.write(via="undo") as session:
            payments.take_back_payment(session=session, payment_id=payment_id)

    def set_client_terms(self, contact_id: int, days: int | None) -> None:
        from tuicrm.errors import ValidationError
        from tuicrm.models import Contact
        from tuicrm.services.common import get_row

        if days is not None and not 0 <= days <= 365:
            raise ValidationError({"payment_terms_days": "between 0 and 365 days"})
        with self.write(via="form") as session:
            get_row(session, Contact, contact_id).payment_terms_days = days

    def set_settings(self, changes: Mapping[str, Any]) -> invoice_settings.InvoiceSettings:
        with self.write(via="form") as session:
            return invoice_settings.set_invoice_settings(session=session, changes=dict(changes))
