"""Pilot flows through the contracts section, the contract form and a contract's page."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from rich.console import Console
from textual.widgets import Button, Checkbox, DataTable, Input, Select, Static, TextArea

from tuicrm import dates
from tuicrm.db import Database
from tuicrm.services import contacts, contracts
from tuicrm.ui.forms.contract import ContractForm
from tuicrm.ui.screens.contract_view import ContractView
from tuicrm.ui.screens.contracts import ContractsScreen
from tuicrm.ui.screens.dialogs import ConfirmDialog, DateDialog

SIZE = (120, 40)
HOSTILE = ["[/]", "[@click=app.quit]x", "a [/", "\x1b]52;c;aGk=\x07evil"]
TERMS = {
    "summary": "Monthly design support\nfor the web shop",
    "terms_of_service": "Invoices net 30.",
    "deliverables": "Two campaigns a month.",
    "consequences": "Fee reduced 10% when late.",
    "review_termination_terms": "Reviewed yearly; 60 days notice.",
}


def add_client(db: Database, name: str = "Client Co") -> int:
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": name,
                                                        "kind": "organisation"}).id


def add_contract(db: Database, contact_id: int, title: str, **extra) -> int:
    today = dates.today()
    data = {"contact_id": contact_id, "title": title, "status": "active",
            "start_date": today - timedelta(days=200), "end_date": today + timedelta(days=165),
            "billing_cycle": "monthly", "amount_minor": 120000, "currency": "EUR",
            "notice_days": 30, **TERMS, **extra}
    with db.write() as s:
        return contracts.create_contract(session=s, data=data).id


def stored(db: Database, contract_id: int):
    with db.read() as s:
        return contracts.get_contract(session=s, contract_id=contract_id)


def contract_ids(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {title: id_ for id_, title in s.execute(
            sa.text("SELECT id, title FROM contract WHERE deleted_at IS NULL"))}


def status(app) -> str:
    try:
        content = app.screen.query_one("#contracts-status", Static).content
    except Exception:  # noqa: BLE001 - another screen is on top
        return ""
    return getattr(content, "plain", str(content))


def column(app, index: int) -> list[str]:
    table = app.screen.query_one("#contracts-table", DataTable)
    return [table.get_row_at(i)[index].plain for i in range(table.row_count)]


def rendered(widget: Static) -> str:
    """What a Static shows, drawn as plain text (for rich tables)."""
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def titles(app) -> list[str]:
    return column(app, 1)


def select_title(app, title: str) -> None:
    table = app.screen.query_one("#contracts-table", DataTable)
    table.move_cursor(row=titles(app).index(title))


async def open_contracts(pilot, ui) -> ContractsScreen:
    await ui.wait_loaded(pilot)
    screen = ContractsScreen()
    await pilot.app.push_screen(screen)
    await ui.wait_until(pilot, lambda: status(pilot.app).startswith(("Contracts", "No ")))
    return screen


@pytest.fixture
def client_db(db, db_path):
    add_client(db, "Ada Lovelace")
    return db_path


# --- the form ------------------------------------------------------------------


async def test_create_a_contract_with_its_terms_through_the_form(client_db, make_app, ui, db):
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        empty = app.screen.query_one("#contracts-empty", Static)
        assert empty.display and "Press n to add one" in ui.widget_text(empty)
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm))
        form = app.screen
        # the client: type part of the name, take the first suggestion
        await pilot.press(*"ada")
        await ui.wait_until(pilot, lambda: form.query_one("#suggest-contact_id").has_class(
            "-shown"))
        await pilot.press("enter")
        assert form.query_one("#input-contact_id", Input).value == "Ada Lovelace"
        form.query_one("#input-title", Input).value = "Design retainer"
        form.query_one("#input-start_date", Input).value = "2026-01-01"
        form.query_one("#input-end_date", Input).value = "2026-12-31"
        form.query_one("#input-currency", Input).value = "gbp"
        form.query_one("#input-amount_minor", Input).value = "1,250.50"
        form.query_one("#input-billing_cycle", Select).value = "quarterly"
        form.query_one("#input-auto_renew", Checkbox).value = True
        form.query_one("#input-notice_days", Input).value = "60"
        form.query_one("#input-review_date", Input).value = "2026-06-30"
        for name, text in TERMS.items():
            form.query_one(f"#input-{name}", TextArea).insert(text)
        await pilot.pause()
        # the owner defaults to the person signed in
        assert form.query_one("#input-owner_id", Select).value == app.database.actor_id
        assert not form.query_one("#form-save", Button).disabled
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractsScreen)
                            and titles(app) == ["Design retainer"])
        assert "Contract created." in [n.message for n in app._notifications]
        assert not [n for n in app._notifications if n.severity == "error"]
        row = app.screen.query_one("#contracts-table", DataTable).get_row_at(0)
        assert [c.plain for c in row[:4]] == ["Active", "Design retainer", "Ada Lovelace",
                                              "1,250.50 GBP / quarter"]
        k = stored(db, contract_ids(db)["Design retainer"])
    assert (k.amount_minor, k.currency, k.billing_cycle.value) == (125050, "GBP", "quarterly")
    assert (k.start_date, k.end_date, k.review_date) == (
        date(2026, 1, 1), date(2026, 12, 31), date(2026, 6, 30))
    assert k.auto_renew and k.notice_days == 60 and k.status.value == "active"
    assert {name: getattr(k, name) for name in TERMS} == TERMS
    assert k.owner_id is not None


async def test_bad_amount_and_end_before_start_block_saving(client_db, make_app, ui, db):
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm))
        form = app.screen
        await pilot.press(*"ada")
        await ui.wait_until(pilot, lambda: form.query_one("#suggest-contact_id").has_class(
            "-shown"))
        await pilot.press("enter")
        form.query_one("#input-title", Input).value = "Half done"
        form.query_one("#input-amount_minor", Input).value = "12.3.4"
        form.query_one("#input-start_date", Input).value = "2026-05-01"
        form.query_one("#input-end_date", Input).value = "2026-04-01"
        await pilot.pause()
        amount_error = ui.widget_text(form.query_one("#field-amount_minor .field--error"))
        assert "is not an amount" in amount_error
        assert "Must not be before the start date (2026-05-01)" in ui.widget_text(
            form.query_one("#field-end_date .field--error"))
        assert form.query_one("#field-end_date").has_class("-invalid")
        assert form.query_one("#form-save", Button).disabled
        await pilot.press("ctrl+s")  # blocked: nothing saved, everything typed kept
        await pilot.pause()
        assert isinstance(app.screen, ContractForm)
        assert "Fix the 2 marked fields" in ui.widget_text(form.query_one(".form--problem"))
        assert form.query_one("#input-amount_minor", Input).value == "12.3.4"
        assert form.query_one("#input-end_date", Input).value == "2026-04-01"
        assert contract_ids(db) == {}
        # moving the start back makes the end date fit again
        form.query_one("#input-start_date", Input).value = "2026-03-01"
        await pilot.pause()
        assert not form.query_one("#field-end_date").has_class("-invalid")
        # an amount that fits EUR is re-checked when the currency changes
        form.query_one("#input-amount_minor", Input).value = "10.50"
        await pilot.pause()
        assert not form.query_one("#field-amount_minor").has_class("-invalid")
        form.query_one("#input-currency", Input).value = "JPY"
        await pilot.pause()
        assert form.query_one("#field-amount_minor").has_class("-invalid")
        assert form.query_one("#form-save", Button).disabled
        form.query_one("#input-currency", Input).value = "EUR"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "Half done" in contract_ids(db))
        k = stored(db, contract_ids(db)["Half done"])
    assert (k.amount_minor, k.end_date) == (1050, date(2026, 4, 1))


async def test_edit_keeps_status_choices_to_draft_and_active(client_db, make_app, ui, db):
    client = contacts_id(db, "Ada Lovelace")
    k = add_contract(db, client, "Draft deal", status="draft")
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm)
                            and app.screen.loaded)
        form = app.screen
        assert form.query_one("#input-amount_minor", Input).value == "1,200.00"
        assert form.query_one("#input-contact_id", Input).value == "Ada Lovelace"
        assert form.query_one("#input-summary", TextArea).text == TERMS["summary"]
        form.query_one("#input-status", Select).value = "active"
        form.query_one("#input-title", Input).value = "Signed deal"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: titles(app) == ["Signed deal"])
    after = stored(db, k)
    assert after.status.value == "active" and after.title == "Signed deal"
    assert after.summary == TERMS["summary"]


def contacts_id(db: Database, name: str) -> int:
    with db.read() as s:
        return s.execute(sa.text("SELECT id FROM contact WHERE name = :n"), {"n": name}).scalar()


# --- the list and its actions ----------------------------------------------------


async def test_renew_creates_the_linked_follow_on(client_db, make_app, ui, db):
    old = add_contract(db, contacts_id(db, "Ada Lovelace"), "Retainer")
    before = stored(db, old)
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        new_start = before.end_date + timedelta(days=1)
        question = ui.widget_text(app.screen.query_one(".dialog--question"))
        assert f"runs {new_start.isoformat()} to" in question
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: len(titles(app)) == 2)
        assert status(app).startswith("Contracts 1–2 of 2")
        # the follow-on starts after this one's end: it reads as scheduled until then
        assert sorted(column(app, 0)) == ["Renewed", "Scheduled"]
        # the follow-on is selected
        table = app.screen.query_one("#contracts-table", DataTable)
        assert table.get_row_at(table.cursor_row)[0].plain == "Scheduled"
    with db.read() as s:
        rows = s.execute(sa.text("SELECT id, status, renews_id, start_date FROM contract "
                                 "ORDER BY id")).all()
    assert rows[0][:3] == (old, "renewed", None)
    assert rows[1][1:3] == ("active", old) and rows[1][3] == new_start.isoformat()


async def test_a_renewal_is_undone_with_ctrl_z(client_db, make_app, ui, db):
    old = add_contract(db, contacts_id(db, "Ada Lovelace"), "Retainer")
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: len(titles(app)) == 2)
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: len(titles(app)) == 1)
        assert column(app, 0) == ["Active"]
        assert any(n.message.startswith("Undone: Renewed Retainer") for n in app._notifications)
    assert stored(db, old).status == "active" and stored(db, old).ended_on is None


async def test_end_and_terminate_ask_for_the_day(client_db, make_app, ui, db):
    client = contacts_id(db, "Ada Lovelace")
    ending = add_contract(db, client, "Ending")
    stopping = add_contract(db, client, "Stopping", start_date=date(2025, 1, 1))
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        select_title(app, "Ending")
        await pilot.press("x")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        app.screen.query_one("#input-date", Input).value = dates.today().isoformat()
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: stored(db, ending).status.value == "ended")
        await ui.wait_until(pilot, lambda: column(app, 0)[titles(app).index("Ending")]
                            == "Ended")
        select_title(app, "Stopping")
        await pilot.press("t")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DateDialog))
        app.screen.query_one("#input-date", Input).value = "2025-06-30"
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: stored(db, stopping).status.value == "terminated")
        # an ended contract cannot end again: the footer leaves those keys out
        select_title(app, "Ending")
        await pilot.pause()
        assert app.screen.check_action("end", ()) is False
        assert app.screen.check_action("terminate", ()) is False
        assert app.screen.check_action("renew", ()) is True  # an ended one can be renewed
        offered = {b.binding.description for b in app.screen.active_bindings.values()
                   if b.binding.show}  # what the footer offers on this row
        assert "End" not in offered and "Terminate" not in offered and "Renew" in offered
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ContractsScreen)
    assert stored(db, ending).ended_on == dates.today()
    assert stored(db, stopping).ended_on == date(2025, 6, 30)


@pytest.fixture
def statuses_db(db, db_path):
    """One contract in each state, plus one needing action soon."""
    client = add_client(db)
    today = dates.today()
    far = {"end_date": today + timedelta(days=300)}
    add_contract(db, client, "Active far", **far)
    add_contract(db, client, "Active soon", end_date=today + timedelta(days=10))
    add_contract(db, client, "Review soon", review_date=today + timedelta(days=20), **far)
    add_contract(db, client, "Draft one", status="draft", **far)
    ended = add_contract(db, client, "Ended one", end_date=today + timedelta(days=5))
    terminated = add_contract(db, client, "Terminated one", **far)
    renewed = add_contract(db, client, "Renewed one", **far)
    with db.write() as s:
        contracts.end_contract(session=s, contract_id=ended, on=today)
        contracts.end_contract(session=s, contract_id=terminated, on=today, terminated=True)
        contracts.renew_contract(session=s, contract_id=renewed,
                                 changes={"title": "Renewed follow-on"})
    return db_path


@pytest.mark.parametrize(("value", "expected"), [
    ("active", {"Active far", "Active soon", "Review soon", "Renewed follow-on"}),
    ("draft", {"Draft one"}),
    ("ended", {"Ended one"}),
    ("terminated", {"Terminated one"}),
    ("renewed", {"Renewed one"}),
    ("action", {"Active soon", "Review soon"}),
])
async def test_each_filter_narrows_the_list(statuses_db, make_app, ui, value, expected):
    app = make_app(statuses_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        assert len(titles(app)) == 8
        app.screen.query_one("#contracts-filter", Select).value = value
        await ui.wait_until(pilot, lambda: set(titles(app)) == expected)
        assert status(app).startswith(f"Contracts 1–{len(expected)} of {len(expected)} · ")
        await pilot.press("escape")  # back to all
        await ui.wait_until(pilot, lambda: len(titles(app)) == 8)


async def test_sorting_and_the_next_date_column(statuses_db, make_app, ui):
    app = make_app(statuses_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("s")  # ending soonest: only contracts with an end date
        await ui.wait_until(pilot, lambda: app.screen.query_one(
            "#contracts-sort", Select).value == "ending" and titles(app)[0] == "Ended one")
        assert "(with an end date)" in status(app)
        soon = dates.today() + timedelta(days=10)
        next_dates = dict(zip(titles(app), column(app, 4), strict=True))
        assert next_dates["Active soon"] == f"ends {soon.isoformat()}"
        review = (dates.today() + timedelta(days=20)).isoformat()
        assert next_dates["Review soon"] == f"review {review}"
        assert next_dates["Ended one"] == "—"
        app.screen.query_one("#contracts-sort", Select).value = "review"
        await ui.wait_until(pilot, lambda: titles(app) == ["Review soon"])


async def test_delete_and_undo(client_db, make_app, ui, db):
    add_contract(db, contacts_id(db, "Ada Lovelace"), "Doomed")
    add_contract(db, contacts_id(db, "Ada Lovelace"), "Kept")
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        select_title(app, "Doomed")
        await pilot.press("d")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: titles(app) == ["Kept"])
        assert "Doomed" not in contract_ids(db)
        assert any("ctrl+z" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: sorted(titles(app)) == ["Doomed", "Kept"])
        assert "Doomed" in contract_ids(db)


async def test_paging_and_selection_survive_reloads(db, db_path, make_app, ui):
    client = add_client(db)
    start = date(2020, 1, 1)
    with db.write() as s:
        for i in range(120):
            contracts.create_contract(session=s, data={
                "contact_id": client, "title": f"K{i:03d}", "status": "active",
                "start_date": start + timedelta(days=i), "amount_minor": 100})
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        assert status(app).startswith("Contracts 1–50 of 120")
        assert titles(app)[0] == "K119"
        await pilot.press("pagedown")
        await ui.wait_until(pilot, lambda: status(app).startswith("Contracts 51–100 of 120"))
        select_title(app, "K060")
        app.data_changed()  # e.g. a save elsewhere: the page reloads, K060 stays selected
        await ui.wait_until(pilot, lambda: app.screen.loaded_generation == app.data_generation)
        table = app.screen.query_one("#contracts-table", DataTable)
        assert titles(app)[table.cursor_row] == "K060"
        await pilot.press("pageup")
        await ui.wait_until(pilot, lambda: status(app).startswith("Contracts 1–50 of 120"))


# --- a contract's page --------------------------------------------------------------


async def test_the_contract_page_shows_terms_and_the_renewal_chain(client_db, make_app, ui, db):
    old = add_contract(db, contacts_id(db, "Ada Lovelace"), "Retainer 2025", auto_renew=True)
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.detail is not None)
        view = app.screen
        k = stored(db, old)
        facts = rendered(view.query_one("#contract-view-facts"))
        for shown in ("Ada Lovelace", "1,200.00 EUR / month", "Auto-renew  yes",
                      f"Cancel by   {k.end_date - timedelta(days=30)}  (30 days' notice)",
                      f"Term        {k.start_date} to {k.end_date}"):
            assert shown in facts
        assert ui.widget_text(view.query_one("#contract-view-summary")) == TERMS["summary"]
        assert ui.widget_text(view.query_one("#contract-view-deliverables")) == \
            TERMS["deliverables"]
        assert "Not renewed yet" in ui.widget_text(view.query_one("#contract-view-chain"))
        await pilot.press("r")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.contract_id != old and app.screen.detail
                            and app.screen.detail.contract.id != old)
        chain = ui.widget_text(view.query_one("#contract-view-chain")).splitlines()
        assert len(chain) == 2
        assert chain[0].startswith("▶ Active") and chain[1].startswith("  Renewed")
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractsScreen)
                            and len(titles(app)) == 2)


@pytest.mark.parametrize("hostile", HOSTILE)
async def test_hostile_names_and_titles_show_literally(db, db_path, make_app, ui, hostile):
    client = add_client(db, f"{hostile} client")
    add_contract(db, client, f"{hostile} title", summary=f"{hostile}\nsecond line")
    k = contract_ids(db)
    title = next(iter(k))  # as stored (control bytes were cleaned on the way in)
    contract = stored(db, k[title])
    with db.read() as s:
        client_name = s.execute(sa.text("SELECT name FROM contact")).scalar()
    assert "\x1b" not in title + client_name and "\x07" not in title + client_name
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        assert titles(app) == [title]
        assert column(app, 2) == [client_name]
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.detail is not None)
        view = app.screen
        assert ui.widget_text(view.query_one("#contract-view-title")).startswith(title)
        assert contract.summary == ui.widget_text(view.query_one("#contract-view-summary"))
        assert client_name in rendered(view.query_one("#contract-view-facts"))
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm)
                            and app.screen.loaded)
        assert app.screen.query_one("#input-title", Input).value == title
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView))
        assert app.is_running
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_a_form_opened_for_a_contact_has_it_as_the_client(client_db, make_app, ui, db):
    app = make_app(client_db)
    ada = contacts_id(db, "Ada Lovelace")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await app.push_screen(ContractForm(contact_id=ada))
        form = app.screen
        await ui.wait_until(pilot, lambda: form.query_one(
            "#input-contact_id", Input).value == "Ada Lovelace")
        form.query_one("#input-title", Input).value = "From the contact page"
        form.query_one("#input-amount_minor", Input).value = "99"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: "From the contact page" in contract_ids(db))
    k = stored(db, contract_ids(db)["From the contact page"])
    assert k.contact_id == ada and k.amount_minor == 9900 and k.start_date == dates.today()


async def test_a_closed_contract_is_edited_without_touching_its_status(client_db, make_app, ui,
                                                                       db):
    k = add_contract(db, contacts_id(db, "Ada Lovelace"), "Old deal")
    with db.write() as s:
        contracts.end_contract(session=s, contract_id=k, on=dates.today())
    app = make_app(client_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_contracts(pilot, ui)
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.detail is not None)
        await pilot.press("e")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm)
                            and app.screen.loaded)
        status_select = app.screen.query_one("#input-status", Select)
        assert status_select.value == "ended" and app.screen.query_one("#field-status").disabled
        app.screen.query_one("#input-title", Input).value = "Old deal (archived terms)"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractView)
                            and app.screen.detail is not None
                            and app.screen.detail.contract.title == "Old deal (archived terms)")
        # deleting from the page closes it; ctrl+z brings the contract back to the list
        await pilot.press("d")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractsScreen)
                            and status(app).startswith("No contracts"))
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: titles(app) == ["Old deal (archived terms)"])
        assert not [n for n in app._notifications if n.severity == "error"]
    after = stored(db, k)
    assert after.status.value == "ended" and after.ended_on == dates.today()
