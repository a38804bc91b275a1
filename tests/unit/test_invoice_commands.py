"""``tuicrm invoices``, ``tuicrm invoice pdf|statement|settings``, and erase
refusing a client whose issued invoices the law keeps."""

from __future__ import annotations

import io
import json
import stat
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm import cli
from tuicrm.core import Core
from tuicrm.services import contacts

DAY = date(2026, 11, 22)


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli.main, ["--db", str(db_path), *args])


@pytest.fixture
def billed(db) -> dict[str, int]:
    """Ada: one invoice paid in part and late; Grace: one draft."""
    core = Core(db)
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={
            "name": "Ada Quintessa", "street": "1 Analytical Way", "city": "London"}).id
        grace = contacts.create_contact(session=s, data={"name": "Grace Hopper"}).id
    core.invoicing.set_settings({"firm_name": "Studio Nord", "firm_vat": "DE136695976",
                                 "firm_bank": "IBAN DE89 3704 0044 0532 0130 00"})
    late = core.invoicing.save_draft(None, {"contact_id": ada, "currency": "GBP", "lines": [
        {"description": "Design sprint", "quantity_milli": 1500, "unit_price_minor": 40_000,
         "tax_rate": 2000}]}).id
    core.invoicing.issue(late, on=date(2026, 9, 1))
    core.invoicing.record_payment({"invoice_id": late, "paid_on": date(2026, 10, 1),
                                   "amount_minor": 20_000})
    draft = core.invoicing.save_draft(None, {"contact_id": grace, "lines": [
        {"description": "Talk", "unit_price_minor": 5_000}]}).id
    return {"ada": ada, "grace": grace, "late": late, "draft": draft}


def test_invoices_json_has_each_invoice_with_status_and_balance(db_path, billed):
    result = run(db_path, "invoices", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["number"], r["status"], r["contact"]) for r in rows] == [
        (None, "draft", "Grace Hopper"), ("INV-2026-0001", "overdue", "Ada Quintessa")]
    late = rows[1]
    assert (late["issue_date"], late["due_date"], late["currency"]) == (
        "2026-09-01", "2026-10-01", "GBP")
    assert (late["total_minor"], late["balance_minor"]) == (72_000, 52_000)
    overdue = json.loads(run(db_path, "invoices", "--overdue", "--json").output)
    assert [r["number"] for r in overdue] == ["INV-2026-0001"]


def test_invoices_as_text_say_what_is_owed(db_path, billed):
    result = run(db_path, "invoices", "--overdue")
    assert result.exit_code == 0
    assert "INV-2026-0001" in result.output and "overdue" in result.output
    assert "owes 520.00 GBP" in result.output
    assert "Grace" not in result.output


def test_invoice_pdf_carries_the_invoice_the_firm_and_the_balance(db_path, billed, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "inv.pdf"
    result = run(db_path, "invoice", "pdf", "inv-2026-0001", str(out))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    for expected in ("INVOICE", "INV-2026-0001", "Studio Nord", "VAT DE136695976",
                     "Ada Quintessa", "1 Analytical Way", "Design sprint", "1.5",
                     "Tax at 20 %", "720.00 GBP", "Paid", "Balance due", "520.00 GBP",
                     "Due: 2026-10-01 (Net 30)", "IBAN DE89"):
        assert expected in text, expected
    # the same invoice gives the same file
    again = tmp_path / "again.pdf"
    run(db_path, "invoice", "pdf", "INV-2026-0001", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_invoice_pdf_of_an_unknown_number_is_one_plain_line(db_path, billed, tmp_path):
    result = run(db_path, "invoice", "pdf", "INV-1999-0042", str(tmp_path / "x.pdf"))
    assert result.exit_code != 0
    assert "Invoice INV-1999-0042 does not exist" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "x.pdf").exists()


def test_a_statement_lists_the_invoice_and_the_payment(db_path, billed, tmp_path):
    out = tmp_path / "ada.csv"
    result = run(db_path, "invoice", "statement", "Ada Quintessa", str(out))
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["date,what,reference,currency,amount,balance",
                     "2026-09-01,invoice,INV-2026-0001,GBP,720.00,720.00",
                     '2026-10-01,payment,"INV-2026-0001, bank transfer",GBP,-200.00,520.00']


def test_settings_refuse_a_bad_vat_number_and_a_bad_rate_at_their_field(db_path, billed):
    result = run(db_path, "invoice", "settings", "--firm-vat", "DE136695977")
    assert result.exit_code != 0 and "firm_vat" in result.output
    assert "not a valid VAT number" in result.output
    result = run(db_path, "invoice", "settings", "--interest-rate", "lots")
    assert result.exit_code != 0 and "not a tax rate" in result.output
    result = run(db_path, "invoice", "settings", "--credit-prefix", "INV-")
    assert result.exit_code != 0 and "prefix of their own" in result.output
    result = run(db_path, "invoice", "settings", "--terms", "14", "--tax-rate", "5.5")
    assert result.exit_code == 0
    assert "terms days: 14" in result.output and "tax rate: 5.5 %" in result.output


def test_erase_refuses_a_client_with_issued_invoices_and_removes_a_drafts(db, db_path, billed):
    result = run(db_path, "erase", "Ada Quintessa", "--yes")
    assert result.exit_code != 0
    assert "has issued invoices (INV-2026-0001)" in result.output
    assert Core(db).invoicing.invoice(billed["late"]).invoice.number == "INV-2026-0001"
    result = run(db_path, "erase", "Grace Hopper", "--yes")
    assert result.exit_code == 0, result.output
    assert "1 draft invoice" in result.output


def test_a_factur_x_pdf_carries_the_invoice_as_en_16931_data(db, db_path, billed, tmp_path):
    import facturx
    from lxml import etree

    out = tmp_path / "fx.pdf"
    result = run(db_path, "invoice", "pdf", "INV-2026-0001", str(out), "--factur-x")
    assert result.exit_code != 0 and "client's country" in result.output  # Ada has none
    assert not out.exists()
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=billed["ada"],
                                changes={"country": "United Kingdom"}, expected_version=None)
    # INV-2026-0001 keeps the client as they were at its issue: no country
    assert run(db_path, "invoice", "pdf", "INV-2026-0001", str(out), "--factur-x").exit_code
    core = Core(db)
    again = core.invoicing.save_draft(None, {"contact_id": billed["ada"], "currency": "GBP",
                                             "lines": [{"description": "Design sprint",
                                                        "quantity_milli": 1500,
                                                        "unit_price_minor": 40_000,
                                                        "tax_rate": 2000}]}).id
    assert core.invoicing.issue(again, on=DAY) == "INV-2026-0002"
    result = run(db_path, "invoice", "pdf", "INV-2026-0002", str(out), "--factur-x")
    assert result.exit_code == 0, result.output
    name, xml = facturx.get_xml_from_pdf(out.read_bytes(), check_xsd=True)
    tree = etree.fromstring(xml)
    assert name == "factur-x.xml" and facturx.get_level(tree) == "en16931"

    def text(path: str) -> list[str]:
        return [e.text for e in tree.iter() if etree.QName(e).localname == path]

    assert text("ID")[1] == "INV-2026-0002"
    assert "GB" in text("CountryID") and "DE" in text("CountryID")  # buyer, and seller by VAT
    # the document as issued: its total due, whatever is paid later
    assert text("GrandTotalAmount") == ["720.00"] and text("DuePayableAmount") == ["720.00"]
    assert text("RateApplicablePercent")[-1] == "20.00"


def test_a_client_gets_terms_of_their_own(db, db_path, billed):
    result = run(db_path, "invoice", "terms", "Grace Hopper", "14")
    assert result.exit_code == 0 and "Net 14" in result.output
    core = Core(db)
    core.invoicing.issue(billed["draft"], on=DAY)
    assert core.invoicing.invoice(billed["draft"]).invoice.due_date == date(2026, 12, 6)
    assert "not a number" in run(db_path, "invoice", "terms", "Grace Hopper", "soon").output
    assert "firm's Net 30" in run(db_path, "invoice", "terms", "Grace Hopper", "default").output


def test_an_issued_invoice_keeps_the_firm_and_client_of_its_day(db, db_path, billed, tmp_path):
    from pypdf import PdfReader

    core = Core(db)
    core.invoicing.set_settings({"firm_name": "Renamed Studio"})
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=billed["ada"],
                                changes={"name": "Ada Q. Lovelace"}, expected_version=None)
    out = tmp_path / "inv.pdf"
    assert run(db_path, "invoice", "pdf", "INV-2026-0001", str(out)).exit_code == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Studio Nord" in text and "Ada Quintessa" in text
    assert "Renamed Studio" not in text and "Ada Q. Lovelace" not in text
