"""``tuicrm export --json / --json --contact / --vcard / --csv`` on real SQLite files.

A small hand-made database with one or two of everything; the files are read
back the way another program would (json, csv, ``tuicrm import``).
"""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tuicrm import cli, dates
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.interop.json_export import write_json_file
from tuicrm.services import (
    contacts,
    contracts,
    deals,
    followups,
    interactions,
    invoices,
    meetings,
    payments,
    sales,
    satisfaction,
    team,
    time_log,
)
from tuicrm.services.export_all import export_document

WHEN = datetime(2026, 11, 1, 10, tzinfo=UTC)


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli.main, ["--db", str(db_path), "export", *args])


def assert_private(path: Path) -> None:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob(f".{path.name}*")), "a partial file was left behind"


@pytest.fixture
def crm(db: Database) -> dict[str, int]:
    """Two customers with one of everything, an organisation, a deleted contact."""
    with db.write() as s:
        maya = team.create_member(session=s, data={"name": "Maya Brooks", "initials": "MB",
                                                   "username": "maya"}).id
    with db.write(actor_id=maya) as s:
        org = contacts.create_contact(session=s, data={
            "name": "Zanzibar Widgets", "kind": "organisation", "emails": ["hi@zanzibar.example"]})
        ada = contacts.create_contact(session=s, data={
            "name": "Ada Quintessa", "emails": ["ada@example.org", "ada.home@example.net"],
            "phones": ["+44 7700 900123"], "tags": ["vip", "print"], "organisation_id": org.id,
            "notes": "prefers mornings", "owner_id": maya})
        grace = contacts.create_contact(session=s, data={
            "name": "Grace Hopper", "emails": ["grace@example.com"], "referred_by_id": ada.id})
        gone = contacts.create_contact(session=s, data={"name": "Gone Person"})
        contacts.delete_contact(session=s, contact_id=gone.id)
        mug = sales.create_product(session=s, data={
            "name": "Mug", "sku": "MUG-1", "unit_price_minor": 1200, "currency": "EUR"})
        contract = contracts.create_contract(session=s, data={
            "contact_id": ada.id, "title": "Retainer", "start_date": "2026-01-01",
            "amount_minor": 150000, "currency": "GBP", "status": "active"})
        contracts.renew_contract(session=s, contract_id=contract.id)
        meetings.create_meeting(session=s, data={
            "title": "Kick-off", "starts_at": WHEN, "attendee_ids": [ada.id, grace.id]})
        followups.create_followup(session=s, data={
            "contact_id": grace.id, "due_date": "2026-11-20", "note": "call Grace"})
        sale = sales.create_sale(session=s, data={
            "contact_id": ada.id, "sold_at": WHEN, "currency": "JPY",
            "lines": [{"description": "Mug", "product_id": mug.id, "unit_price_minor": 1200,
                       "quantity": 2}]})
        sales.refund_sale(session=s, sale_id=sale.id, data={"amount_minor": 200})
        sales.create_sale(session=s, data={
            "contact_id": grace.id, "sold_at": WHEN, "currency": "EUR",
            "lines": [{"description": "Grace's poster", "unit_price_minor": 999}]})
        interactions.log_interaction(session=s, data={
            "contact_id": grace.id, "kind": "note", "occurred_at": WHEN,
            "subject": "Grace called", "body": "line one\nline two"})
        satisfaction.record_response(session=s, data={
            "contact_id": ada.id, "kind": "nps", "score": 9, "responded_at": WHEN})
        invoice = invoices.create_draft(session=s, data={
            "contact_id": ada.id, "currency": "GBP", "lines": [
                {"description": "Retainer", "unit_price_minor": 150000, "tax_rate": 2000}]})
        invoices.issue(session=s, invoice_id=invoice.id, on=WHEN.date())
        payments.record_payment(session=s, today=WHEN.date(), data={
            "invoice_id": invoice.id, "paid_on": WHEN.date(), "amount_minor": 100000})
        credit = invoices.draft_credit_note(session=s, invoice_id=invoice.id)
        invoices.update_draft(session=s, invoice_id=credit.id, expected_version=None, data={
            "contact_id": ada.id, "currency": "GBP", "lines": [
                {"description": "Goodwill", "unit_price_minor": 1000, "tax_rate": 2000}]})
        invoices.issue(session=s, invoice_id=credit.id, on=WHEN.date())
        time_log.log_time(session=s, data={"contract_id": contract.id, "work_date": WHEN.date(),
                                           "minutes": 90, "note": "Retainer work"})
        deal = deals.create_deal(session=s, data={"title": "Print run", "contact_id": ada.id,
                                                  "value_minor": 500000, "currency": "GBP"})
        deals.move_deal(session=s, deal_id=deal.id, stage_id=2)
        return {"maya": maya, "org": org.id, "ada": ada.id, "grace": grace.id, "gone": gone.id}


# --- everything as JSON ------------------------------------------------------------


def test_json_export_has_every_record_and_every_reference_resolves(db_path, crm, tmp_path):
    out = tmp_path / "all.json"
    result = run(db_path, "--json", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Exported everything to {out}: 1 team member")
    assert_private(out)
    doc = json.loads(out.read_text(encoding="utf-8"))

    assert (doc["format"], doc["version"]) == ("tuicrm-export", 1)
    assert datetime.fromisoformat(doc["exported_at"]).utcoffset() is not None
    count = {k: len(v) for k, v in doc.items() if isinstance(v, list)}
    assert count == {"team_members": 1, "contacts": 4, "products": 1, "contracts": 2,
                     "meetings": 1, "follow_ups": 1, "interactions": 1, "sales": 2,
                     "satisfaction_responses": 1, "invoices": 2, "payments": 1,
                     "time_entries": 1, "deal_stages": 6, "deals": 1}
    ids = {k: {r["id"] for r in v} for k, v in doc.items() if isinstance(v, list)}
    people = {c["name"]: c for c in doc["contacts"]}
    ada, grace = people["Ada Quintessa"], people["Grace Hopper"]
    assert people["Gone Person"]["deleted_at"] is not None  # everything we hold
    assert ada["emails"] == ["ada@example.org", "ada.home@example.net"]
    assert ada["phones"] == ["+44 7700 900123"] and ada["tags"] == ["print", "vip"]
    assert "search_text" not in ada and "sort_name" not in ada

    # every id a row refers to is a row of the document
    def refers(rows: list[dict[str, Any]], field: str, section: str) -> None:
        for row in rows:
            if row[field] is not None:
                assert row[field] in ids[section], (field, row)

    refers(doc["contacts"], "organisation_id", "contacts")
    refers(doc["contacts"], "referred_by_id", "contacts")
    refers(doc["contacts"], "owner_id", "team_members")
    assert people[_name(doc, ada["organisation_id"])]["kind"] == "organisation"
    assert grace["referred_by_id"] == ada["id"]
    for section in ("contracts", "follow_ups", "interactions", "sales",
                    "satisfaction_responses", "invoices"):
        refers(doc[section], "contact_id", "contacts")
    for section in ids:
        refers(doc[section], "created_by_id", "team_members")
    refers(doc["contracts"], "renews_id", "contracts")
    refers(doc["invoices"], "credits_id", "invoices")
    refers(doc["payments"], "invoice_id", "invoices")
    refers(doc["time_entries"], "contract_id", "contracts")
    refers(doc["deals"], "contact_id", "contacts")
    refers(doc["deals"], "stage_id", "deal_stages")
    [deal] = doc["deals"]
    assert [(m["from_stage_id"], m["stage_id"], m["changed_by_id"]) for m in
            deal["stage_history"]] == [(None, 1, crm["maya"]), (1, 2, crm["maya"])]
    assert (doc["time_entries"][0]["minutes"], doc["time_entries"][0]["member_id"]) == (
        90, crm["maya"])
    invoice, credit = doc["invoices"]
    assert (invoice["number"], invoice["paid_minor"], invoice["credited_minor"]) == (
        "INV-2026-0001", 100000, 1200)
    assert (credit["kind"], credit["credits_id"]) == ("credit_note", invoice["id"])
    assert (invoice["lines"][0]["tax_minor"], invoice["lines"][0]["currency"]) == (30000, "GBP")
    assert sorted(doc["meetings"][0]["attendee_ids"]) == sorted([ada["id"], grace["id"]])
    jpy = next(s for s in doc["sales"] if s["contact_id"] == ada["id"])
    refers(jpy["lines"], "product_id", "products")

    # money: integer minor units beside a currency, on every amount
    assert (jpy["currency"], jpy["total_minor"]) == ("JPY", 2400)
    assert (jpy["lines"][0]["line_total_minor"], jpy["lines"][0]["currency"]) == (2400, "JPY")
    assert (jpy["refunds"][0]["amount_minor"], jpy["refunds"][0]["currency"]) == (200, "JPY")
    assert {(c["amount_minor"], c["currency"]) for c in doc["contracts"]} == {(150000, "GBP")}
    # moments: ISO 8601 with their offset; days as they are
    assert datetime.fromisoformat(jpy["sold_at"]) == WHEN
    assert datetime.fromisoformat(ada["created_at"]).utcoffset() is not None
    assert doc["follow_ups"][0]["due_date"] == "2026-11-20"
    assert doc["interactions"][0]["body"] == "line one\nline two"


def _name(doc: dict[str, Any], contact_id: int) -> str:
    return next(c["name"] for c in doc["contacts"] if c["id"] == contact_id)


def test_json_pages_of_one_row_give_the_same_document(db, crm, tmp_path):
    dates.fix_now(WHEN)
    whole, paged = tmp_path / "whole.json", tmp_path / "paged.json"
    with db.read() as s:
        counts = write_json_file(whole, export_document(session=s))
        write_json_file(paged, export_document(session=s, page_size=1))
    assert counts["contacts"] == 4 and counts["sales"] == 2
    assert paged.read_bytes() == whole.read_bytes()


def test_a_failed_json_export_leaves_the_old_file(db, crm, tmp_path):
    out = tmp_path / "all.json"
    out.write_text("the previous export")

    def broken() -> Any:
        yield {"id": 1}
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_json_file(out, [("format", "x"), ("rows", broken())])
    assert out.read_text() == "the previous export"
    assert not list(tmp_path.glob(".all.json*"))  # no partial file left behind


# --- one person as JSON ------------------------------------------------------------


def test_one_contacts_json_has_their_records_and_nobody_elses(db_path, crm, tmp_path):
    out = tmp_path / "ada.json"
    result = run(db_path, "--json", str(out), "--contact", "ADA@example.org")
    assert result.exit_code == 0, result.output
    assert f"#{crm['ada']} Ada Quintessa" in result.output
    assert_private(out)
    text = out.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert (doc["format"], doc["version"]) == ("tuicrm-personal-data", 1)
    assert doc["contact"]["id"] == crm["ada"] and doc["emails"][0] == "ada@example.org"
    assert [s["currency"] for s in doc["sales"]] == ["JPY"]
    assert len(doc["contracts"]) == 2 and len(doc["satisfaction"]) == 1
    assert [m["title"] for m in doc["meetings"]] == ["Kick-off"]
    for other in ("grace@example.com", "Grace's poster", "call Grace", "Grace called"):
        assert other not in text

    by_id = tmp_path / "grace.json"
    assert run(db_path, "--json", str(by_id), "--contact", str(crm["grace"])).exit_code == 0
    grace = json.loads(by_id.read_text(encoding="utf-8"))
    assert [f["note"] for f in grace["follow_ups"]] == ["call Grace"]
    assert "prefers mornings" not in by_id.read_text(encoding="utf-8")


def test_an_ambiguous_name_lists_the_candidates_and_writes_nothing(db, db_path, crm, tmp_path):
    with db.write() as s:
        other = contacts.create_contact(session=s, data={"name": "ada quintessa"}).id
    out = tmp_path / "ada.json"
    result = run(db_path, "--json", str(out), "--contact", "Ada  Quintessa")
    assert result.exit_code == 1
    line, = result.stderr.strip().splitlines()
    assert line.startswith("tuicrm: 'Ada Quintessa' matches 2 contacts: ")
    assert f"#{crm['ada']} Ada Quintessa <ada@example.org>" in line
    assert f"#{other} ada quintessa" in line
    assert not out.exists()


def test_an_unknown_contact_is_one_plain_line(db_path, crm, tmp_path):
    result = run(db_path, "--json", str(tmp_path / "x.json"), "--contact", "nobody@example.org")
    assert result.exit_code == 1
    assert result.stderr == "tuicrm: no contact has the email address 'nobody@example.org'.\n"


# --- vCard -------------------------------------------------------------------------


def test_vcard_export_then_import_into_a_fresh_database_gives_the_same_contacts(
        db, db_path, tmp_path):
    with db.write() as s:
        org = contacts.create_contact(session=s, data={
            "name": "Semi; Colon, Ltd", "kind": "organisation", "tags": ["b2b"],
            "city": "Bristol", "country": "United Kingdom"})
        contacts.create_contact(session=s, data={
            "name": "Zoë Ångström", "emails": ["zoe@example.org", "z@example.net"],
            "phones": ["+44 20 7946 0542", "+33 1 23 45 67 89"], "tags": ["vip", "a,b"],
            "organisation_id": org.id, "job_title": "Head of Design",
            "notes": "First line\nSecond line, with; punctuation \\ and a very long tail "
                     + "x" * 120})
        contacts.create_contact(session=s, data={"name": "Solo"})
        gone = contacts.create_contact(session=s, data={"name": "Deleted Dan"})
        contacts.delete_contact(session=s, contact_id=gone.id)
    out = tmp_path / "all.vcf"
    result = run(db_path, "--vcard", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"Exported 3 contacts to {out}\n"
    assert_private(out)

    fresh = tmp_path / "fresh.db"
    imported = CliRunner().invoke(cli.main, ["--db", str(fresh), "import", str(out)])
    assert imported.exit_code == 0, imported.output
    assert "3 created" in imported.output
    copy = open_database(fresh)
    try:
        assert people(copy) == people(db)
    finally:
        copy.dispose()


def people(database: Database) -> list[tuple[Any, ...]]:
    """What a person sees of each live contact, by name."""
    with database.read() as s:
        rows = contacts.list_contacts(session=s, limit=500)
        details = [contacts.get_contact(session=s, contact_id=r.id) for r in rows]
    return [(d.contact.name, str(d.contact.kind), d.emails, d.phones, d.tags,
             d.organisation_name, d.contact.notes, d.contact.job_title, d.contact.city,
             d.contact.country) for d in details]


# --- CSV ---------------------------------------------------------------------------


def test_csv_export_neutralises_formulas_and_is_private(db, db_path, tmp_path):
    with db.write() as s:
        contacts.create_contact(session=s, data={
            "name": '=HYPERLINK("http://evil.example","click")', "emails": ["x@example.org"]})
        contacts.create_contact(session=s, data={"name": "Plain Name", "phones": ["+1 555 0100"]})
    out = tmp_path / "contacts.csv"
    result = run(db_path, "--csv", str(out))
    assert result.exit_code == 0, result.output
    assert result.output == f"Exported 2 contacts to {out}\n"
    assert_private(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:6] == ["Name", "Kind", "Organisation", "Job Title", "Emails", "Phones"]
    names = [r[0] for r in rows[1:]]
    assert names == ['\'=HYPERLINK("http://evil.example","click")', "Plain Name"]
    # a phone number is not a formula either, and shows no apostrophe in LibreOffice
    assert rows[2][5] == " +1 555 0100"


# --- usage -------------------------------------------------------------------------


@pytest.mark.parametrize("args, words", [
    (["--json", "a.json", "--vcard", "a.vcf"], "export one format at a time: --ics FILE"),
    (["--csv", "a.csv", "--contact", "1"], "--contact goes with --json"),
    (["--vcard", "a.vcf", "--from", "today"], "--from and --to go with --ics"),
])
def test_one_format_per_call(db_path, tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    result = run(db_path, *args)
    assert result.exit_code == 2 and words in result.output
    assert list(tmp_path.iterdir()) == []  # not even the database was created


def test_export_into_a_missing_folder_says_so(db_path, crm, tmp_path):
    result = run(db_path, "--json", str(tmp_path / "nope" / "all.json"))
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"tuicrm: {tmp_path / 'nope'} is not a folder that "
                                     "exists; nothing was exported.")


def test_export_refuses_to_write_over_the_database(db, db_path, crm):
    before = db_path.read_bytes()
    for option in ("--csv", "--json", "--vcard", "--ics"):
        result = run(db_path, option, str(db_path))
        assert result.exit_code == 1
        assert "is the database itself" in result.stderr
    assert db_path.read_bytes() == before


def test_export_help_does_not_load_textual_or_the_data_layer() -> None:
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        "try:\n    main(['export', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('textual', 'sqlalchemy', 'sqlmodel')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "--json FILE" in done.stdout and "--vcard FILE" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED []"
