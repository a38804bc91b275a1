"""An invoice or a credit note as a PDF (fpdf2), with the firm's details.

Every stored string goes through ``clean_text`` first, as on the screen. The
text is set in DejaVu Sans when the system has it (every script it covers
prints); without it, in the PDF's built-in Helvetica, where a character outside
Latin-1 prints as "?". The bytes depend only on the invoice: the PDF's creation
date is the moment it was issued, so the same invoice gives the same file.
Pure: no database, no Textual.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from tuicrm import invoice_math
from tuicrm.enums import InvoiceKind
from tuicrm.money import shown_amount
from tuicrm.textclean import clean_text

if TYPE_CHECKING:
    from fpdf import FPDF

    from tuicrm.services.invoice_settings import InvoiceSettings
    from tuicrm.services.invoices import InvoiceDetail

_FONT_FOLDERS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                 "/usr/share/fonts/TTF", "/Library/Fonts", "C:/Windows/Fonts")


def _clean(text: object) -> str:
    return clean_text(str(text or ""), multiline=True)


def _font(pdf: FPDF) -> tuple[str, bool]:
    """The family to write in, and whether it prints every character."""
    for folder in _FONT_FOLDERS:
        regular, bold = Path(folder, "DejaVuSans.ttf"), Path(folder, "DejaVuSans-Bold.ttf")
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu", True
    return "Helvetica", False


def invoice_pdf(detail: InvoiceDetail, settings: InvoiceSettings,
                client_lines: list[str]) -> bytes:
    """The PDF's bytes."""
    from fpdf import FPDF

    # A glyph the font lacks (a Chinese name in DejaVu) prints as a box; fpdf2's
    # warning about it would reach the terminal of the command that wrote the file.
    logging.getLogger("fpdf").setLevel(logging.ERROR)
    invoice = detail.invoice
    pdf = FPDF(format="A4")
    pdf.set_creation_date(invoice.issued_at or datetime(2000, 1, 1, tzinfo=timezone.utc))
    family, unicode_ok = _font(pdf)

    def text(value: object) -> str:
        cleaned = _clean(value)
        return cleaned if unicode_ok else cleaned.encode("latin-1", "replace").decode("latin-1")

    def money(minor: int) -> str:
        return shown_amount(minor, invoice.currency)

    credit = invoice.kind == InvoiceKind.CREDIT_NOTE
    title = "Credit note" if credit else "Invoice"
    pdf.set_title(text(f"{title} {invoice.number or '(draft)'}"))
    pdf.set_author(text(settings.firm_name))
    pdf.add_page()
    pdf.set_auto_page_break(True, margin=20)
    width = pdf.epw

    pdf.set_font(family, "B", 14)
    pdf.cell(width / 2, 8, text(settings.firm_name or "—"))
    pdf.set_font(family, "B", 18)
    pdf.cell(width / 2, 8, title.upper(), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    top = pdf.get_y()
    firm = [settings.firm_address, f"VAT {settings.firm_vat}" if settings.firm_vat else "",
            settings.firm_email]
    pdf.multi_cell(width / 2, 4.5, text("\n".join(f for f in firm if f)))
    after_firm = pdf.get_y()
    pdf.set_xy(pdf.l_margin + width / 2, top)
    facts = [f"Number: {invoice.number or 'draft, not issued'}"]
    if invoice.issue_date:
        facts.append(f"Issued: {invoice.issue_date.isoformat()}")
    if invoice.due_date and not credit:
        facts.append(f"Due: {invoice.due_date.isoformat()} (Net {invoice.terms_days})")
    if detail.credits_number:
        facts.append(f"Corrects invoice {detail.credits_number}")
    if invoice.period_start and invoice.period_end:
        facts.append(f"Period: {invoice.period_start.isoformat()} to "
                     f"{invoice.period_end.isoformat()}")
    pdf.multi_cell(width / 2, 4.5, text("\n".join(facts)), align="R")
    pdf.set_y(max(after_firm, pdf.get_y()) + 8)

    pdf.set_font(family, "B", 9)
    pdf.cell(0, 5, "Bill to", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    pdf.multi_cell(width / 2, 5, text("\n".join([detail.client, *client_lines])))
    pdf.ln(6)

    columns = (("Description", 0.46, "L"), ("Qty", 0.1, "R"), ("Unit price", 0.16, "R"),
               ("Tax", 0.1, "R"), ("Net", 0.18, "R"))
    pdf.set_font(family, "B", 9)
    for name, share, align in columns:
        pdf.cell(width * share, 6, name, border="B", align=align)
    pdf.ln()
    pdf.set_font(family, "", 9)
    for line in detail.lines:
        cells = (text(line.description), invoice_math.format_quantity(line.quantity_milli),
                 money(line.unit_price_minor), invoice_math.format_tax_rate(line.tax_rate),
                 money(line.net_minor))
        y = pdf.get_y()
        pdf.multi_cell(width * columns[0][1], 5, cells[0])
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin + width * columns[0][1], y)
        for value, (_name, share, align) in zip(cells[1:], columns[1:]):
            pdf.cell(width * share, 5, value, align=align)
        pdf.set_y(max(bottom, y + 5))
    pdf.ln(2)

    def total_row(label: str, minor: int, *, bold: bool = False) -> None:
        pdf.set_font(family, "B" if bold else "", 9)
        pdf.cell(width * 0.72, 5, label, align="R")
        pdf.cell(width * 0.28, 5, money(minor), align="R", new_x="LMARGIN", new_y="NEXT")

    for rate in detail.totals.per_rate:
        rate_text = invoice_math.format_tax_rate(rate.tax_rate)
        total_row(f"Net at {rate_text}", rate.net_minor)
        total_row(f"Tax at {rate_text}", rate.tax_minor)
    total_row("Credited" if credit else "Total", invoice.total_minor, bold=True)
    if not credit and invoice.issued_at is not None:
        if invoice.paid_minor:
            total_row("Paid", -invoice.paid_minor)
        if invoice.credited_minor:
            total_row("Credit notes", -invoice.credited_minor)
        total_row("Balance due", detail.balance_minor, bold=True)
    pdf.ln(6)
    pdf.set_font(family, "", 9)
    if invoice.note:
        pdf.multi_cell(0, 4.5, text(invoice.note), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    if settings.firm_bank and not credit:
        pdf.set_font(family, "B", 9)
        pdf.cell(0, 5, "Payment to", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9)
        pdf.multi_cell(0, 4.5, text(settings.firm_bank), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
