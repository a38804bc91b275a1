"""What the board, the deal list, a deal's page and a contact's page do to deals.

Moving a deal to the stage before or after (H/L) asks why when the stage is
the lost one, and, when it is the won one, offers to make the draft contract
or the sale the deal became, prefilled and linked back to it. Each write runs
in a worker, tells the app the data changed and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.dom import DOMNode

from tuicrm import money
from tuicrm.enums import DealOutcome
from tuicrm.ui.screens.actions import app_of, tell
from tuicrm.ui.screens.dialogs import ChoiceDialog, TextDialog
from tuicrm.ui.text import safe_text
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Moved, Stage

Then = Callable[[int], object] | None


def new_deal(node: DOMNode, contact_id: int | None = None, *, then: Then = None) -> None:
    from tuicrm.ui.forms.deal import DealForm

    node.app.push_screen(DealForm(contact_id=contact_id),
                         lambda saved: then(saved) if then and saved else None)


def edit_deal(node: DOMNode, deal_id: int) -> None:
    from tuicrm.ui.forms.deal import DealForm

    node.app.push_screen(DealForm(deal_id))


def delete_deal(node: DOMNode, deal_id: int, title: str, *, version: int | None,
                then: Callable[[str], object] | None = None) -> None:
    from tuicrm.ui.screens.actions import delete_record

    delete_record(node, "deal", deal_id, title, version=version, then=then)


def step(node: DOMNode, deal_id: int, title: str, direction: int, *,
         version: int | None = None, then: Then = None) -> None:
    """Move the deal to the stage before (-1) or after (+1) its own."""
    def found(stage: Stage | None) -> None:
        if stage is None:
            tell(node, "That is the last stage." if direction > 0 else
                  "That is the first stage.")
            return
        move_to(node, deal_id, title, stage, version=version, then=then)

    run_core(node, lambda core: core.deals.neighbour(deal_id, direction), done=found,
             group="deal-move")


def move_to(node: DOMNode, deal_id: int, title: str, stage: Stage, *,
            version: int | None = None, then: Then = None) -> None:
    """Put the deal in ``stage``: a lost one asks why first; a won one offers what next."""
    def go(reason: str) -> None:
        def done(moved: Moved) -> None:
            app_of(node).data_changed()
            tell(node, f"{title} → {moved.stage}.")
            if then is not None:
                then(deal_id)
            if moved.outcome == DealOutcome.WON:
                offer_won(node, deal_id, title)

        run_core(app_of(node), lambda core: core.deals.move(deal_id, stage.id, reason,
                                                         expected_version=version),
                 done=done, group="deal-move")

    if stage.outcome == DealOutcome.LOST:
        question = Text.assemble("Why was ", safe_text(title, max_width=50, style="bold"),
                                 " lost? The reason is kept with the deal, for the figures.")
        node.app.push_screen(
            TextDialog(question, label="Reason", placeholder="e.g. went with a cheaper offer"),
            lambda reason: go(reason) if reason else None)
    else:
        go("")


def offer_won(node: DOMNode, deal_id: int, title: str) -> None:
    """A won deal: make the draft contract or the sale it became, or nothing now."""
    question = Text.assemble(safe_text(title, max_width=50, style="bold"),
                             " is won. Make what it became, prefilled and linked to the deal?")

    def chosen(key: str | None) -> None:
        if key == "c":
            won_contract(node, deal_id)
        elif key == "s":
            won_sale(node, deal_id)

    node.app.push_screen(ChoiceDialog(question, [("c", "Draft contract"), ("s", "Sale"),
                                                 ("n", "Not now")]), chosen)


def won_contract(node: DOMNode, deal_id: int) -> None:
    from tuicrm.ui.forms.contract import ContractForm

    def open_form(preset: dict) -> None:
        contact_id, _name = preset.pop("contact")
        node.app.push_screen(ContractForm(contact_id=contact_id, preset=preset),
                             lambda saved: _link(node, deal_id, contract_id=saved) if saved
                             else None)

    run_core(node, lambda core: core.deals.won_contract(deal_id), done=open_form,
             group="deal-won")


def won_sale(node: DOMNode, deal_id: int) -> None:
    from tuicrm.ui.forms.sale import SaleForm

    def open_form(preset: dict) -> None:
        contact_id, _name = preset.pop("contact")
        currency = preset["currency"]
        for line in preset["lines"]:
            line["unit_price"] = money.format_amount(line.pop("unit_price_minor"), currency,
                                                     with_code=False)
        node.app.push_screen(SaleForm(contact_id=contact_id, preset=preset),
                             lambda saved: _link(node, deal_id, sale_id=saved) if saved
                             else None)

    run_core(node, lambda core: core.deals.won_sale(deal_id), done=open_form, group="deal-won")


def _link(node: DOMNode, deal_id: int, *, contract_id: int | None = None,
          sale_id: int | None = None) -> None:
    def link(core: Core) -> None:
        core.deals.link(deal_id, contract_id=contract_id, sale_id=sale_id)

    run_core(app_of(node), link, done=lambda _r: app_of(node).data_changed(), group="deal-link")


def edit_stages(node: DOMNode) -> None:
    from tuicrm.ui.forms.deal_stages import StagesForm

    node.app.push_screen(StagesForm())
