"""Hostile text through every screen: markup, actions, escapes, bidi overrides.

Every kind of record gets a hostile name, title or note, written through the
services and (for what a service would clean) straight into the file, as
another program could. Then every screen is visited from the keyboard. The
app must not crash, must not run the ``[@click=app.quit]`` action, must show
the text literally, and must never put control bytes on the screen.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from textual.widgets import DataTable

from tuicrm.services import (
    contacts,
    contracts,
    deals,
    followups,
    interactions,
    invoices,
    meetings,
    sales,
)

SIZE = (120, 40)
HOSTILE = ["[/]", "[@click=app.quit]x", "a [/", "\x1b]52;c;aGk=\x07evil", "\u202eRTL", "[b]bold"]
CONTROL = [chr(c) for c in (*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0))] + ["\u202e"]


@pytest.fixture
def hostile_db(db, db_path):
    when = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    with db.write() as session:
        org = contacts.create_contact(session=session, data={
            "name": "[/] Org", "kind": "organisation", "tags": ["[red]tag"]})
        people = [contacts.create_contact(session=session, data={
            "name": f"{name} person", "organisation_id": org.id, "notes": name,
            "job_title": name, "tags": [name]}) for name in HOSTILE]
        first = people[0].id
        contracts.create_contract(session=session, data={
            "contact_id": first, "title": "[@click=app.quit]contract", "start_date": "2026-01-01",
            "amount_minor": 1000, "currency": "EUR", "status": "active",
            "summary": "a [/ summary", "terms_of_service": "[/]"})
        meetings.create_meeting(session=session, data={
            "title": "[/] meeting", "starts_at": when, "attendee_ids": [first],
            "agenda": "[@click=app.quit]x"})
        followups.create_followup(session=session, data={
            "contact_id": first, "due_date": "2026-11-22", "note": "[/] call back"})
        sales.create_sale(session=session, data={
            "contact_id": first, "sold_at": when, "currency": "EUR", "note": "[/]",
            "lines": [{"description": "[@click=app.quit]mug", "unit_price_minor": 500}]})
        interactions.log_interaction(session=session, data={
            "contact_id": first, "kind": "note", "occurred_at": when,
            "subject": "a [/", "body": "[/]"})
        invoice = invoices.create_draft(session=session, data={
            "contact_id": first, "note": "[@click=app.quit]pay", "lines": [
                {"description": "[/] work \x1b[31m", "unit_price_minor": 900}]})
        invoices.issue(session=session, invoice_id=invoice.id, on=when.date())
        deal = deals.create_deal(session=session, data={
            "contact_id": first, "title": "[@click=app.quit]deal", "notes": "[/] notes",
            "value_minor": 5000})
        deals.set_next_step(session=session, deal_id=deal.id, due=when.date(), note="a [/ step")
    # escapes as another program could store them, behind the services' back
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE contact SET name = ? WHERE id = ?",
                     ("\x1b[2J\x1b]0;pwned\x07Esc person", first))
        conn.execute("UPDATE contract SET title = ?", ("\x9b31mC1 contract",))
        conn.execute("UPDATE deal_stage SET name = ? WHERE id = 1", ("\x1b[5m[/] stage",))
        conn.execute("UPDATE deal SET lost_reason = ?, source = ?",
                     ("\u202e[b]why", "[/]\x1b]0;pwned\x07"))
    return db_path


def assert_clean_screen(app) -> None:
    svg = app.export_screenshot()
    for char in CONTROL:
        assert char not in svg, f"control character {ord(char):#x} reached the screen"


async def visit(pilot, ui, ready) -> None:
    await ui.wait_until(pilot, ready)
    assert_clean_screen(pilot.app)


async def test_every_screen_shows_hostile_text_literally(hostile_db, make_app, ui, monkeypatch):
    monkeypatch.setenv("TUICRM_TODAY", "2026-11-22")
    app = make_app(hostile_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        names = ui.table_names(app)
        assert "a [/ person" in names and "[@click=app.quit]x person" in names
        assert_clean_screen(app)
        # the contact page of the contact that has one of everything
        table = app.screen.query_one("#contacts-table", DataTable)
        table.move_cursor(row=next(i for i, n in enumerate(names) if n.endswith("Esc person")))
        await pilot.press("enter")
        await visit(pilot, ui, lambda: type(app.screen).__name__ == "ContactPage")
        for _ in range(5):  # every pane
            await pilot.press("tab")
            await pilot.pause()
        for key in ("right", "right", "right", "right"):
            await pilot.press(key)
            await pilot.pause()
            assert_clean_screen(app)
        await pilot.press("escape")
        # every section
        for key in "12345678":
            await pilot.press(key)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert_clean_screen(app)
        # the contract view and the forms
        await pilot.press("3")
        await ui.wait_until(pilot, lambda: bool(app.screen.query("DataTable"))
                            and app.screen.query("DataTable").first(DataTable).row_count > 0)
        await pilot.press("enter")
        await visit(pilot, ui, lambda: type(app.screen).__name__ == "ContractView")
        await pilot.press("e")
        await visit(pilot, ui, lambda: type(app.screen).__name__ == "ContractForm"
                    and app.screen.loaded)
        await pilot.press("escape")
        # an invoice's page: its client, lines and note
        await pilot.press("7")
        await ui.wait_until(pilot, lambda: bool(app.screen.query("DataTable"))
                            and app.screen.query("DataTable").first(DataTable).row_count > 0)
        await pilot.press("enter")
        await visit(pilot, ui, lambda: type(app.screen).__name__ == "InvoiceView"
                    and app.screen.detail is not None)
        await pilot.press("escape")
        # a deal on the board, and its page with its stage history
        await pilot.press("8")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "DealsScreen"
                            and app.screen.board.chosen() is not None)
        assert_clean_screen(app)
        await pilot.press("enter")
        await visit(pilot, ui, lambda: type(app.screen).__name__ == "DealView"
                    and app.screen.detail is not None)
        await pilot.press("escape")
        await pilot.press("v", "f", "enter")  # the list's filter offers each stage by name
        await pilot.pause()
        assert_clean_screen(app)
        await pilot.press("escape", "escape")
        assert app.is_running  # no action ran, nothing crashed
