"""The pipeline board from the keyboard: l/j choose a deal, L moves it on (and
the chosen card follows it), moving it to Lost asks why and refuses a blank
reason, and a won deal offers the draft contract it became, prefilled and
linked back; the board fits 80 columns; the list view filters the same deals."""

from __future__ import annotations

from textual.widgets import Select

from tuicrm.core import Core
from tuicrm.enums import DealOutcome
from tuicrm.services import contacts
from tuicrm.ui.forms.contract import ContractForm
from tuicrm.ui.screens.deals import DealsScreen
from tuicrm.ui.screens.dialogs import ChoiceDialog, TextDialog
from tuicrm.ui.widgets.deal_board import DealBoard


async def test_deals_move_along_the_board_lost_asks_why_and_won_makes_a_contract(
        db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={"name": "Ada Lovelace"}).id
    core = Core(db)
    stages = {st.name: st.id for st in core.deals.stages()}
    shop = core.deals.save(None, {"title": "Shop website", "contact_id": ada,
                                  "value_minor": 1_200_000, "currency": "GBP"}, None).id
    core.deals.save(None, {"title": "Logo", "contact_id": ada, "value_minor": 90_000,
                           "currency": "GBP", "stage_id": stages["Negotiation"]}, None)
    app = make_app(db_path)
    async with app.run_test(size=(80, 40), notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("8")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DealsScreen)
                            and app.screen.board.columns)
        screen = app.screen
        board = screen.query_one(DealBoard)
        assert board.visible_columns() == 3, board.size  # 80 columns: three stages, h/l for the rest
        assert board.chosen().title == "Shop website"
        await pilot.press("L", "L")  # New -> Qualified -> Proposal sent
        await ui.wait_until(pilot, lambda: board.chosen() is not None
                            and board.chosen().stage == "Proposal sent")
        assert board.columns[2].weighted == {"GBP": 600_000}  # 50 % of 12,000.00

        await pilot.press("l", "j")  # the Logo deal in Negotiation... then back to Shop
        await pilot.press("h", "L", "L")  # Shop: Proposal sent -> Negotiation -> Won
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ChoiceDialog))
        await pilot.press("c")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContractForm)
                            and app.screen.field("title").raw == "Shop website")
        form = app.screen
        assert form.field("amount_minor").raw == "12,000.00"
        assert form.field("contact_id").value == ada
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: core.deals.detail(shop).contract_id is not None)
        assert core.deals.detail(shop).contract == "Shop website"

        await ui.wait_until(pilot, lambda: isinstance(app.screen, DealsScreen))
        await pilot.press("L")  # Won -> Lost: why?
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TextDialog))
        await pilot.press("enter")  # a blank reason is refused where it was typed
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"too dear", "enter")
        await ui.wait_until(pilot, lambda: core.deals.detail(shop).row.outcome
                            == DealOutcome.LOST)
        detail = core.deals.detail(shop)
        assert detail.lost_reason == "too dear"
        assert [m.stage for m in detail.moves] == [
            "New", "Qualified", "Proposal sent", "Negotiation", "Won", "Lost"]

        # the same deals as a list: open ones, then the lost ones
        await pilot.press("v")
        table = screen.table
        await ui.wait_until(pilot, lambda: table.display and table.row_count == 1)
        assert table.get_row_at(0)[0].plain == "Logo"
        screen.query_one("#deals-filter", Select).value = "lost"
        await ui.wait_until(pilot, lambda: table.row_count == 1
                            and table.get_row_at(0)[0].plain == "Shop website")
