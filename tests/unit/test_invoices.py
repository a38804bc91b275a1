"""Invoices, credit notes and payments, through the core, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from tuicrm import invoice_math
from tuicrm.core import Core, open_database
from tuicrm.enums import InvoiceStatus
from tuicrm.errors import ValidationError
from tuicrm.models import Contract, FieldChange, Invoice, InvoiceSeries
from tuicrm.services import contacts

DAY = date(2026, 11, 22)  # the pinned test day


def client(db, name: str = "Ada Lovelace", terms: int | None = None) -> int:
    with db.write() as s:
        contact_id = contacts.create_contact(session=s, data={"name": name}).id
    if terms is not None:
        Core(db).invoicing.set_client_terms(contact_id, terms)
    return contact_id


def line(description: str = "Design work", quantity: int = 1000, price: int = 10_000,
         rate: int = 2000) -> dict:
    return {"description": description, "quantity_milli": quantity, "unit_price_minor": price,
            "tax_rate": rate}


def draft(core: Core, contact_id: int, *lines: dict, currency: str = "EUR") -> int:
    return core.invoicing.save_draft(None, {"contact_id": contact_id, "currency": currency,
                                            "lines": list(lines) or [line()]}).id


def issued(core: Core, contact_id: int, *lines: dict, on: date = DAY,
           currency: str = "EUR") -> int:
    invoice_id = draft(core, contact_id, *lines, currency=currency)
    core.invoicing.issue(invoice_id, on=on)
    return invoice_id


def test_tax_is_rounded_per_line_and_summed_per_rate():
    # 3 × 0.333 at 20 %: each line 0.33 net (0.333 rounds down), 0.07 tax (0.066 up)
    totals = invoice_math.totals([(1000, 33, 2000)] * 3 + [(2500, 1999, 550)])
    assert [(r.tax_rate, r.net_minor, r.tax_minor) for r in totals.per_rate] == [
        (550, 4998, 275), (2000, 99, 21)]
    assert totals.total_minor == 4998 + 275 + 99 + 21
    # halves go away from zero, for a discount line too
    assert invoice_math.line_amounts(1000, 5, 1000) == invoice_math.LineAmounts(5, 1)
    assert invoice_math.line_amounts(1000, -5, 1000) == invoice_math.LineAmounts(-5, -1)


@pytest.mark.parametrize("text, rate", [("20", 2000), ("5.5 %", 550), ("7,7%", 770), ("0", 0)])
def test_tax_rates_read_as_typed(text, rate):
    assert invoice_math.parse_tax_rate(text) == rate
    assert invoice_math.parse_tax_rate(invoice_math.format_tax_rate(rate)) == rate


@pytest.mark.parametrize("text, problem", [("twenty", "not a tax rate"), ("5.555", "two decimals"),
                                           ("120", "at most 100"), ("-5", "not a tax rate")])
def test_a_wrong_tax_rate_says_why(text, problem):
    with pytest.raises(ValueError, match=problem):
        invoice_math.parse_tax_rate(text)


def test_a_draft_has_no_number_and_issuing_gives_the_next_and_the_due_date(any_db):
    core = Core(any_db)
    ada = client(any_db, terms=14)
    grace = client(any_db, "Grace Hopper")
    first = draft(core, ada, line(quantity=1500))
    assert core.invoicing.invoice(first).invoice.number is None
    assert core.invoicing.invoice(first).status == InvoiceStatus.DRAFT
    second = draft(core, grace)
    # numbers follow the order of issue, not of drafting
    assert core.invoicing.issue(second, on=DAY) == "INV-2026-0001"
    assert core.invoicing.issue(first, on=DAY) == "INV-2026-0002"
    detail = core.invoicing.invoice(first)
    assert detail.invoice.total_minor == 15_000 + 3_000
    assert detail.invoice.due_date == date(2026, 12, 6)  # Ada's Net 14
    assert core.invoicing.invoice(second).invoice.due_date == date(2026, 12, 22)  # the firm's 30
    assert core.invoicing.issue(draft(core, ada), on=date(2027, 1, 2)) == "INV-2027-0001"


def test_an_issued_invoice_cannot_be_edited_or_deleted(any_db):
    core = Core(any_db)
    ada = client(any_db)
    invoice_id = issued(core, ada)
    with pytest.raises(ValidationError, match="credit note"):
        core.invoicing.save_draft(invoice_id, {"contact_id": ada, "lines": [line(price=1)]})
    with pytest.raises(ValidationError, match="credit note"):
        core.removal.delete("invoice", invoice_id, None)
    assert core.invoicing.invoice(invoice_id).invoice.total_minor == 12_000


def test_a_draft_is_edited_deleted_and_brought_back(db):
    core = Core(db)
    ada = client(db)
    invoice_id = draft(core, ada)
    version, values = core.invoicing.draft_input(invoice_id)
    values["lines"].append(line("Hosting", price=500, rate=0))
    core.invoicing.save_draft(invoice_id, values, expected_version=version)
    assert core.invoicing.invoice(invoice_id).invoice.total_minor == 12_500
    core.removal.delete("invoice", invoice_id, None)
    assert not core.invoicing.page().items
    core.removal.restore("invoice", invoice_id)
    assert [r.id for r in core.invoicing.page().items] == [invoice_id]


def test_partial_payments_add_up_and_more_than_owed_is_refused(any_db):
    core = Core(any_db)
    invoice_id = issued(core, client(any_db))  # 120.00 EUR
    core.invoicing.record_payment({"invoice_id": invoice_id, "paid_on": DAY, "amount_minor": 5_000})
    assert core.invoicing.invoice(invoice_id).status == InvoiceStatus.PARTLY_PAID
    with pytest.raises(ValidationError, match=r"70\.00 EUR is left on INV-2026-0001"):
        core.invoicing.record_payment({"invoice_id": invoice_id, "paid_on": DAY,
                                       "amount_minor": 7_001})
    last = core.invoicing.record_payment({"invoice_id": invoice_id, "paid_on": DAY,
                                          "amount_minor": 7_000})
    detail = core.invoicing.invoice(invoice_id)
    assert (detail.status, detail.balance_minor, len(detail.payments)) == (InvoiceStatus.PAID, 0, 2)
    core.invoicing.take_back_payment(last)  # the undo
    detail = core.invoicing.invoice(invoice_id)
    assert (detail.status, detail.balance_minor) == (InvoiceStatus.PARTLY_PAID, 7_000)


def test_a_payment_on_a_day_ahead_or_on_a_draft_is_refused(db):
    core = Core(db)
    ada = client(db)
    with pytest.raises(ValidationError, match="issued invoice"):
        core.invoicing.record_payment({"invoice_id": draft(core, ada), "paid_on": DAY,
                                       "amount_minor": 1})
    with pytest.raises(ValidationError, match="ahead"):
        core.invoicing.record_payment({"invoice_id": issued(core, ada), "paid_on": date(2026, 11, 23),
                                       "amount_minor": 1})


def test_a_credit_note_takes_off_what_is_owed_and_no_more(any_db):
    core = Core(any_db)
    ada = client(any_db)
    invoice_id = issued(core, ada, line(price=10_000), line("Hosting", price=2_000))
    core.invoicing.record_payment({"invoice_id": invoice_id, "paid_on": DAY, "amount_minor": 10_000})
    credit_id = core.invoicing.draft_credit_note(invoice_id)
    assert core.invoicing.invoice(credit_id).credits_number == "INV-2026-0001"
    with pytest.raises(ValidationError, match=r"at most what is still owed .*: 44\.00 EUR"):
        core.invoicing.issue(credit_id, on=DAY)  # the whole 144.00 back
    version, values = core.invoicing.draft_input(credit_id)
    values["lines"] = values["lines"][1:]  # the hosting only: 24.00
    core.invoicing.save_draft(credit_id, values, expected_version=version)
    assert core.invoicing.issue(credit_id, on=DAY) == "CN-2026-0001"
    detail = core.invoicing.invoice(invoice_id)
    assert detail.balance_minor == 2_000
    assert [c.number for c in detail.credit_notes] == ["CN-2026-0001"]
    # a wholly credited invoice is "credited", not "paid"
    other = issued(core, ada)
    core.invoicing.issue(core.invoicing.draft_credit_note(other), on=DAY)
    assert core.invoicing.invoice(other).status == InvoiceStatus.CREDITED


def test_the_issue_is_recorded_with_who_did_it(db):
    core = Core(db)
    invoice_id = issued(core, client(db))
    with db.read() as s:
        fields = set(s.scalars(sa.select(FieldChange.field_name).where(
            FieldChange.record_kind == "invoice", FieldChange.record_id == invoice_id)))
    assert {"number", "issued_at", "due_date"} <= fields


def test_two_people_issuing_at_once_never_share_a_number(any_db):
    """Threads with their own connections issue at once; the numbers have no gap and no twin."""
    ada = client(any_db)
    cores = [Core(open_database(any_db.url)) for _ in range(4)]
    drafts = [[draft(core, ada) for _ in range(5)] for core in cores]
    start = threading.Barrier(len(cores))
    failures: list[BaseException] = []

    def issue_all(core: Core, ids: list[int]) -> None:
        start.wait()
        try:
            for invoice_id in ids:
                core.invoicing.issue(invoice_id, on=DAY)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=issue_all, args=pair) for pair in zip(cores, drafts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for core in cores:
        core.db.dispose()
    assert not failures
    with any_db.read() as s:
        numbers = sorted(s.scalars(sa.select(Invoice.sequence)))
        last = s.scalar(sa.select(InvoiceSeries.last_sequence))
    assert numbers == list(range(1, 21)) and last == 20


def test_a_refused_issue_gives_its_number_back(db):
    core = Core(db)
    ada = client(db)
    nothing = draft(core, ada, line(price=0))
    with pytest.raises(ValidationError, match="more than nothing"):
        core.invoicing.issue(nothing, on=DAY)
    assert core.invoicing.issue(draft(core, ada), on=DAY) == "INV-2026-0001"


def test_a_contract_period_and_a_sale_are_never_billed_twice(any_db):
    core = Core(any_db)
    ada = client(any_db)
    with any_db.write() as s:
        s.add(Contract(contact_id=ada, title="Retainer", status="active",
                       start_date=date(2026, 1, 15), billing_cycle="monthly", amount_minor=50_000))
    [proposal] = core.invoicing.proposals(DAY)
    assert (proposal.period_start, proposal.period_end) == (date(2026, 11, 15), date(2026, 12, 14))
    assert core.invoicing.issue_proposals(DAY) == ["INV-2026-0001"]
    assert core.invoicing.proposals(DAY) == []
    with pytest.raises(ValidationError, match="already on invoice INV-2026-0001"):
        core.invoicing.draft_for_contract(proposal.contract_id, DAY)
    # a draft made by hand for the same period is refused at issue
    again = draft(core, ada)
    with any_db.write() as s:
        s.get(Invoice, again).contract_id = proposal.contract_id
        s.get(Invoice, again).period_start = proposal.period_start + timedelta(days=3)
        s.get(Invoice, again).period_end = proposal.period_end + timedelta(days=3)  # overlaps
    with pytest.raises(ValidationError, match="already billed on invoice INV-2026-0001"):
        core.invoicing.issue(again, on=DAY)
    core.removal.delete("invoice", again, None)
    # next month's period is proposed on its billing day
    assert [p.period_start for p in core.invoicing.proposals(date(2026, 12, 15))] == [
        date(2026, 12, 15)]


def test_aging_buckets_on_fixed_dates_per_currency(any_db):
    """Due 2026-12-22 (Net 30 from the 22nd of November): each bucket's edge, as of a day."""
    core = Core(any_db)
    ada = client(any_db)
    euros = issued(core, ada)  # 120.00 EUR
    issued(core, ada, line(price=1_000, rate=0), currency="GBP")
    core.invoicing.record_payment({"invoice_id": euros, "paid_on": DAY, "amount_minor": 2_000})
    expected = {  # as of → the EUR bucket holding the 100.00 still owed
        date(2026, 11, 21): None,  # not yet issued
        date(2026, 12, 22): 0,  # due today: current
        date(2026, 12, 23): 1, date(2027, 1, 21): 1,  # 1 and 30 days late
        date(2027, 1, 22): 2, date(2027, 2, 20): 2,
        date(2027, 2, 21): 3, date(2027, 3, 22): 3,
        date(2027, 3, 23): 4,  # 91 days late
    }
    for as_of, bucket in expected.items():
        aging = core.invoicing.aging(as_of)
        if bucket is None:
            assert aging.buckets == {}
            continue
        eur = [0] * 5
        eur[bucket] = 10_000
        assert aging.buckets["EUR"] == tuple(eur), as_of
        assert aging.outstanding() == {"EUR": 10_000, "GBP": 1_000}


def test_aging_as_of_a_past_day_counts_only_what_had_happened(db):
    core = Core(db)
    ada = client(db)
    invoice_id = issued(core, ada)
    core.invoicing.record_payment({"invoice_id": invoice_id, "paid_on": DAY, "amount_minor": 12_000})
    assert core.invoicing.aging(DAY).outstanding() == {}
    assert core.invoicing.aging(date(2026, 11, 21)).outstanding() == {}  # nor issued then


def test_overdue_invoices_show_days_late_and_the_interest_that_could_be_claimed(db):
    core = Core(db)
    core.invoicing.set_settings({"interest_rate": 1000})  # 10 % a year
    ada = client(db, terms=0)
    invoice_id = issued(core, ada, line(price=365_000, rate=0), on=date(2026, 10, 23))
    [late] = core.invoicing.overdue(DAY)
    assert (late.id, late.days_late, late.balance_minor) == (invoice_id, 30, 365_000)
    assert late.interest_minor == 3_000  # 3,650.00 × 10 % × 30 / 365
    assert core.invoicing.page(overdue=True).items[0].status == InvoiceStatus.OVERDUE


def test_a_client_statement_lists_every_document_and_payment_with_the_balance(db):
    core = Core(db)
    ada = client(db)
    first = issued(core, ada, on=date(2026, 11, 1))
    issued(core, ada, line(price=5_000, rate=0), on=DAY)
    core.invoicing.record_payment({"invoice_id": first, "paid_on": date(2026, 11, 10),
                                   "amount_minor": 12_000, "method": "bank_transfer"})
    lines = core.invoicing.statement(ada, DAY)
    assert [(x.what, x.amount_minor, x.balance_minor) for x in lines] == [
        ("invoice", 12_000, 12_000), ("payment", -12_000, 0), ("invoice", 5_000, 5_000)]
    assert lines[1].reference == "INV-2026-0001, bank transfer"


def test_a_sale_becomes_a_draft_with_its_lines_once(db):
    from tuicrm.services import sales

    core = Core(db)
    ada = client(db)
    with db.write() as s:
        sale_id = sales.create_sale(session=s, data={
            "contact_id": ada, "sold_at": "2026-11-20T10:00:00+00:00", "discount_minor": 500,
            "lines": [{"description": "Logo", "quantity": 2, "unit_price_minor": 4_000}]}).id
    invoice_id = core.invoicing.draft_for_sale(sale_id)
    detail = core.invoicing.invoice(invoice_id)
    assert [(x.description, x.quantity_milli, x.unit_price_minor) for x in detail.lines] == [
        ("Logo", 2000, 4_000), ("Discount", 1000, -500)]
    assert detail.invoice.net_minor == 7_500
    with pytest.raises(ValidationError, match="already has a draft"):
        core.invoicing.draft_for_sale(sale_id)


def test_a_client_with_an_issued_invoice_is_archived_not_deleted(db):
    core = Core(db)
    ada = client(db)
    issued(core, ada)
    assert core.removal.history_counts(ada)["invoices"] == 1
    assert core.removal.delete("contact", ada, None) == "archived"


def test_a_contract_not_running_is_not_billed_by_its_cycle(db):
    core = Core(db)
    ada = client(db)
    with db.write() as s:
        ended = Contract(contact_id=ada, title="Old", status="ended", start_date=date(2025, 1, 1),
                         end_date=date(2026, 6, 30), billing_cycle="monthly", amount_minor=100)
        ahead = Contract(contact_id=ada, title="Next year", status="active",
                         start_date=date(2027, 3, 1), billing_cycle="monthly", amount_minor=100)
        s.add_all([ended, ahead])
        s.flush()
        ids = ended.id, ahead.id
    for contract_id in ids:
        with pytest.raises(ValidationError, match="running today"):
            core.invoicing.draft_for_contract(contract_id, DAY)


def test_issuing_the_same_period_at_once_bills_it_once(any_db):
    """Two people press I at the same moment: the contract's row is locked before the
    check, so the second sees the first's invoice (it failed on PostgreSQL before)."""
    ada = client(any_db)
    with any_db.write() as s:
        s.add(Contract(contact_id=ada, title="Retainer", status="active",
                       start_date=date(2026, 1, 15), billing_cycle="monthly", amount_minor=500))
    cores = [Core(open_database(any_db.url)) for _ in range(2)]
    start = threading.Barrier(2)
    issued_numbers: list[list[str]] = []

    def issue_all(core: Core) -> None:
        start.wait()
        try:
            issued_numbers.append(core.invoicing.issue_proposals(DAY))
        except ValidationError:
            issued_numbers.append([])

    threads = [threading.Thread(target=issue_all, args=(core,)) for core in cores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for core in cores:
        core.db.dispose()
    assert sorted(len(n) for n in issued_numbers) == [0, 1]
    with any_db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Invoice)) == 1


def test_a_merge_moves_the_invoices_and_what_is_owed_and_its_undo_moves_them_back(db):
    core = Core(db)
    kept, merged = client(db, "Ada Lovelace"), client(db, "A. Lovelace")
    invoice_id = issued(core, merged)
    core.cleanup.merge(kept, merged)
    assert core.invoicing.balances(kept) == {"EUR": 12_000}
    assert core.invoicing.invoice(invoice_id).client == "A. Lovelace"  # as issued
    core.invoicing.issue(core.invoicing.draft_credit_note(invoice_id), on=DAY)  # still works
    core.cleanup.undo_merge()
    assert core.invoicing.page(contact_id=merged).items[-1].id == invoice_id


def test_the_contracts_to_invoice_are_read_from_the_billing_index_alone(db):
    """Today's "to invoice" list walked an index of the start date alone and looked up
    every contract's row to skip the ended ones (15 of Today's 52 ms at 1M sales);
    the billing index holds what skips them, so only the running ones' rows are read
    (5 ms; migration 0013)."""
    from query_plans import sqlite_plans

    from tuicrm.services.billing import to_invoice

    ada = client(db)
    with db.write() as s:
        s.add(Contract(contact_id=ada, title="Retainer", status="active",
                       start_date=date(2020, 1, 15), billing_cycle="monthly", amount_minor=50_000))
        s.flush()
        # Most contracts are over: ended, as in a firm's years of history.
        s.execute(sa.text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO contract (contact_id, title, status, start_date, end_date, ended_on,"
            " billing_cycle, amount_minor, currency, auto_renew, notice_days, summary,"
            " terms_of_service, deliverables, consequences, review_termination_terms,"
            " version, created_at, updated_at) "
            "SELECT contact_id, title, 'ended', date(start_date, '+' || (i % 2000) || ' days'),"
            " date(start_date, '+' || (i % 2000 + 30) || ' days'),"
            " date(start_date, '+' || (i % 2000 + 30) || ' days'), billing_cycle, amount_minor,"
            " currency, auto_renew, notice_days, '', '', '', '', '', 1, created_at, updated_at"
            " FROM contract, n WHERE contract.id = (SELECT min(id) FROM contract)"))
        s.execute(sa.text("ANALYZE"))
    plans = sqlite_plans(db, lambda s: s.execute(to_invoice(DAY).limit(50)).all())
    (plan,) = [p for p in plans if "contract" in p]
    assert plan.startswith("SEARCH contract USING INDEX ix_contract_billing"), plan
    assert len(Core(db).invoicing.proposals(DAY)) == 1  # and the running one is still found
