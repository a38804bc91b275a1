"""Invoices from the keyboard: a draft written on a client's page, issued, paid in
part, the payment taken back; a contract's billing period issued from Today; time
logged on a contract's page."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from textual.widgets import Static

from tuicrm.core import Core
from tuicrm.models import Contract
from tuicrm.services import contacts
from tuicrm.ui.forms.invoice import InvoiceForm
from tuicrm.ui.forms.payment import PaymentForm
from tuicrm.ui.forms.time_entry import TimeEntryForm
from tuicrm.ui.screens.contact_page import ContactPage
from tuicrm.ui.screens.contract_view import ContractView
from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.screens.invoice_view import InvoiceView
from tuicrm.ui.screens.invoices import InvoicesScreen
from tuicrm.ui.widgets.invoice_lines import InvoiceLines

SIZE = (120, 40)


def shown(widget: Static) -> str:
    from io import StringIO

    from rich.console import Console

    console = Console(width=110, record=True, file=StringIO())
    console.print(widget.content)
    return console.export_text()


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_a_draft_from_a_clients_page_is_issued_paid_and_the_payment_taken_back(
        db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.open_contact(ada)
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))
        await pilot.press("i")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InvoiceForm)
                            and app.screen.loaded and app.screen.field("contact_id").value == ada)
        form = app.screen
        [row] = form.query_one(InvoiceLines).rows
        form.query_one(f"#input-{row.name_of('description')}").value = "Design sprint"
        form.query_one(f"#input-{row.name_of('quantity_milli')}").value = "1.5"
        form.query_one(f"#input-{row.name_of('unit_price_minor')}").value = "400"
        assert form.query_one(f"#input-{row.name_of('tax_rate')}").value == "0"  # the firm's
        form.query_one(f"#input-{row.name_of('tax_rate')}").value = "20"
        await ui.wait_until(pilot, lambda: "Total 720.00 EUR" in shown(
            form.query_one("#sale-total", Static)))  # 1.5 × 400 + 20 % tax
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))
        # the Invoices tab lists the draft; Enter opens it
        await pilot.press("]", "]", "]", "]", "]")
        await ui.wait_until(pilot, lambda: app.screen.active_pane == "invoices")
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InvoiceView)
                            and app.screen.detail is not None)
        page = app.screen
        await pilot.press("i")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: page.detail is not None
                            and page.detail.invoice.number == "INV-2026-0001")
        assert "Owed  720.00 EUR" in shown(page.query_one("#invoice-view-money", Static))
        await pilot.press("p")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PaymentForm)
                            and app.screen.loaded)
        payment = app.screen
        assert payment.query_one("#input-amount_minor").value == "720.00"  # what is owed
        payment.query_one("#input-amount_minor").value = "800"
        await ui.wait_until(pilot, lambda: "More than is owed" in shown(
            payment.field("amount_minor").query_one(".field--error", Static)))
        payment.query_one("#input-amount_minor").value = "200"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: app.screen is page and page.detail is not None
                            and page.detail.balance_minor == 52_000)
        assert page.detail.status.value == "partly_paid"
        await pilot.press("ctrl+z")  # the undo takes the payment back
        await ui.wait_until(pilot, lambda: page.detail is not None
                            and page.detail.balance_minor == 72_000)
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_today_issues_the_billing_periods_begun_and_lists_what_is_overdue(
        db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        s.add(Contract(contact_id=ada, title="Support retainer", status="active",
                       start_date=date(2026, 1, 15), billing_cycle="monthly",
                       amount_minor=50_000))
    late = Core(db).invoicing.save_draft(None, {"contact_id": ada, "lines": [
        {"description": "Old work", "unit_price_minor": 10_000}]}).id
    Core(db).invoicing.issue(late, on=date(2026, 9, 1))
    app = make_app(db_path, start=None)  # Today
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: "to issue (I)" in ui.widget_text(
            app.screen.query_one("#section-status", Static)))
        items = app.screen.items["today-invoices"]
        assert sorted((i.kind.value, i.title) for i in items.values()) == [
            ("billing", "Support retainer"),
            ("invoice", "INV-2026-0001")]
        assert [i.detail for i in items.values() if i.kind.value == "invoice"] == [
            "100.00 EUR owed · issued 2026-09-01"]
        await pilot.press("I")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: any("Issued 1 invoice: INV-2026-0002" in n
                                               for n in notes(app)))
    assert [r.number for r in Core(db).invoicing.page().items] == [
        "INV-2026-0002", "INV-2026-0001"]


async def test_time_is_logged_on_a_contracts_page(db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        contract = Contract(contact_id=ada, title="Support retainer", status="active",
                            start_date=date(2026, 11, 15), billing_cycle="monthly",
                            amount_minor=50_000, included_minutes=600)
        s.add(contract)
        s.flush()
        contract_id = contract.id
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.push_screen(ContractView(contract_id))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.time is not None)
        await pilot.press("h")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TimeEntryForm))
        form = app.screen
        form.query_one("#input-minutes").value = "1:30"
        form.query_one("#input-note").value = "Server upgrade"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and "1.5 of 10 h used" in shown(
                                app.screen.query_one("#contract-view-time", Static)))
        assert "Server upgrade" in shown(app.screen.query_one("#contract-view-time", Static))


async def test_the_invoices_section_lists_and_filters_overdue(db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
    core = Core(db)
    late = core.invoicing.save_draft(None, {"contact_id": ada, "lines": [
        {"description": "Old work", "unit_price_minor": 10_000}]}).id
    core.invoicing.issue(late, on=date(2026, 9, 1))
    core.invoicing.save_draft(None, {"contact_id": ada, "lines": [
        {"description": "Next", "unit_price_minor": 5_000}]})
    app = make_app(db_path, start="invoices")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InvoicesScreen)
                            and app.screen.table.row_count == 2
                            and app.screen._summary is not None)
        screen = app.screen
        assert "Outstanding 100.00 EUR · 1 overdue" in ui.widget_text(
            screen.query_one("#invoices-summary", Static))
        screen.query_one("#invoices-filter").value = "overdue"
        await ui.wait_until(pilot, lambda: screen.table.row_count == 1)
        assert screen.table.get_row_at(0)[1].plain == "overdue"


async def test_invoice_settings_refuse_a_bad_vat_number_at_its_field(db, db_path, make_app, ui):
    from tuicrm.ui.forms.invoice_settings import InvoiceSettingsForm

    app = make_app(db_path, start="invoices")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InvoicesScreen))
        await pilot.press("S")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, InvoiceSettingsForm)
                            and app.screen.field("terms_days").value == 30)
        form = app.screen
        form.query_one("#input-firm_name").value = "Studio Nord"
        form.query_one("#input-firm_vat").value = "DE136695977"
        form.query_one("#input-tax_rate").value = "19"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "not a valid VAT number" in shown(
            form.field("firm_vat").query_one(".field--error", Static)))
        form.query_one("#input-firm_vat").value = "DE 136 695 976"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: not form.is_attached)
    settings = Core(db).invoicing.settings()
    assert (settings.firm_name, settings.firm_vat, settings.tax_rate) == (
        "Studio Nord", "DE136695976", 1900)


async def test_time_is_logged_from_a_clients_page_on_the_contract_chosen(db, db_path, make_app,
                                                                        ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
        for title, status in (("Old retainer", "ended"), ("Support retainer", "active")):
            s.add(Contract(contact_id=ada, title=title, status=status,
                           start_date=date(2026, 1, 15), billing_cycle="monthly",
                           amount_minor=50_000))
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        app.open_contact(ada)
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))
        await pilot.press("h")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TimeEntryForm)
                            and app.screen.field("contract_id").value is not None)
        form = app.screen
        assert [str(label) for label, _id in form.field("contract_id").options] == [
            "Support retainer", "Old retainer (ended)"]  # the running one first, chosen
        form.query_one("#input-minutes").value = "45m"
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: not form.is_attached)
    with db.read() as s:
        running = s.scalars(sa.select(Contract).where(Contract.title == "Support retainer")).one()
    [entry] = Core(db).time.entries(running.id)
    assert entry.minutes == 45
