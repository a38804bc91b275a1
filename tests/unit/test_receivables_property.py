"""A property: what is outstanding equals the invoices less the payments and the
credit notes, per currency, whatever was issued, paid, credited and taken back."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tuicrm.core import Core
from tuicrm.errors import ValidationError
from tuicrm.services import contacts

DAY = date(2026, 11, 22)

an_invoice = st.fixed_dictionaries({
    "currency": st.sampled_from(["EUR", "GBP", "JPY"]),
    "lines": st.lists(st.tuples(st.integers(1, 5_000), st.integers(-2_000, 90_000),
                                st.sampled_from([0, 550, 700, 2000])), min_size=1, max_size=3),
    "days_ago": st.integers(0, 200),
    "payments": st.lists(st.integers(1, 120_000), max_size=3),
    "take_back_first": st.booleans(),
    "credit": st.booleans(),
})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(invoices=st.lists(an_invoice, min_size=1, max_size=4))
def test_outstanding_is_invoices_less_payments_and_credit_notes(db, invoices):
    core = Core(db)
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada"}).id
    billed: dict[str, int] = defaultdict(int)
    paid: dict[str, int] = defaultdict(int)
    for spec in invoices:
        lines = [{"description": "Work", "quantity_milli": q, "unit_price_minor": p, "tax_rate": r}
                 for q, p, r in spec["lines"]]
        invoice_id = core.invoicing.save_draft(None, {"contact_id": ada, "currency": spec["currency"],
                                                      "lines": lines}).id
        on = DAY - timedelta(days=spec["days_ago"])
        try:
            core.invoicing.issue(invoice_id, on=on)
        except ValidationError:
            continue  # nothing owed by a total of nothing or less
        currency = spec["currency"]
        total = core.invoicing.invoice(invoice_id).invoice.total_minor
        billed[currency] += total
        taken: list[int] = []
        for amount in spec["payments"]:
            try:
                taken.append(core.invoicing.record_payment(
                    {"invoice_id": invoice_id, "paid_on": on, "amount_minor": amount}))
                paid[currency] += amount
            except ValidationError:
                pass  # more than is owed: refused, and nothing changed
        if taken and spec["take_back_first"]:
            first = core.invoicing.invoice(invoice_id).payments[0]
            core.invoicing.take_back_payment(first.id)
            paid[currency] -= first.amount_minor
        if spec["credit"]:
            credit_id = core.invoicing.draft_credit_note(invoice_id)
            try:
                core.invoicing.issue(credit_id, on=on)
                billed[currency] -= core.invoicing.invoice(credit_id).invoice.total_minor
            except ValidationError:
                core.removal.delete("invoice", credit_id, None)  # more than is owed
    owed = {c: billed[c] - paid[c] for c in billed if billed[c] - paid[c]}
    assert core.invoicing.balances(ada) == owed
    assert core.invoicing.aging(DAY).outstanding() == {
        c: v for c, v in core.invoicing.balances().items()}
    statement = core.invoicing.statement(ada, DAY)
    last = {line.currency: line.balance_minor for line in statement}
    assert {c: v for c, v in last.items() if v} == owed
