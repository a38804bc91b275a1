"""Deals: the pipeline board, the deal list, one deal's page and form, moving
deals between stages, what winning one makes, the stages themselves, and the
pipeline's figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from tuicrm import dates
from tuicrm.core.base import Saved, UseCases
from tuicrm.core.people import contact_choice, member_options
from tuicrm.enums import BillingCycle, ContractStatus, DealOutcome
from tuicrm.errors import ValidationError
from tuicrm.models import Deal, DealBase
from tuicrm.services import contracts, deal_figures, deal_stages, deals, due_reads, edits
from tuicrm.services.common import Cursor, Page, get_row
from tuicrm.services.edits import merged_in
from tuicrm.services.named_queries import SessionRows

#: The fields the deal form edits besides the contact and the version.
DEAL_FIELDS = ("title", "value_minor", "currency", "owner_id", "probability", "expected_close",
               "source", "notes")


@dataclass(frozen=True)
class Moved:
    """Where a deal went, and what its page or the board should offer next."""

    deal_id: int
    stage: str
    outcome: DealOutcome


class Deals(UseCases):
    # --- reading -----------------------------------------------------------------

    def board(self, owner_id: int | None = None,
              per_column: int = 100) -> list[deals.StageColumn]:
        with self.db.read() as session:
            return deals.board(session=session, per_column=per_column, owner_id=owner_id)

    def page(self, wanted: deals.DealFilter = deals.DealFilter(), sort: str = "close",
             after: Cursor | None = None, limit: int = 50) -> Page[deals.DealRow]:
        with self.db.read() as session:
            return deals.list_deals(session=session, wanted=wanted, sort=sort, after=after,
                                    limit=limit)

    def count(self, wanted: deals.DealFilter = deals.DealFilter()) -> int:
        with self.db.read() as session:
            return deals.count_deals(session=session, wanted=wanted)

    def detail(self, deal_id: int) -> deals.DealDetail:
        with self.db.read() as session:
            return deals.deal_detail(session=session, deal_id=deal_id)

    def of_contact(self, contact_id: int) -> list[deals.DealRow]:
        with self.db.read() as session:
            return deals.deals_of(session=session, contact_id=contact_id)

    def stale_count(self) -> int:
        with self.db.read() as session:
            return deals.count_deals(session=session, wanted=deals.DealFilter("stale"))

    def stale(self, limit: int = 20) -> list[deals.DealRow]:
        with self.db.read() as session:
            return due_reads.stale_deals(SessionRows(session), limit=limit)

    def all_rows(self, wanted: deals.DealFilter) -> list[deals.DealRow]:
        """Every deal the filter keeps, in order of expected close (``tuicrm deals``)."""
        rows: list[deals.DealRow] = []
        after: Cursor | None = None
        with self.db.read() as session:
            while True:
                page = deals.list_deals(session=session, wanted=wanted, after=after, limit=500)
                rows.extend(page.items)
                if page.next_cursor is None:
                    return rows
                after = page.next_cursor

    # --- the form ------------------------------------------------------------------

    def choices(self, contact_id: int | None) -> dict[str, Any]:
        """What a new deal's form offers: owners, stages, the contact it starts with."""
        with self.db.read() as session:
            return {"members": member_options(session),
                    "stages": [s for s in deal_stages.stages(session=session) if s.is_open],
                    "currency": contracts.last_currency(session=session),
                    "client": next(iter(contact_choice(session, contact_id)), None)}

    def form(self, deal_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            deal = get_row(session, Deal, deal_id)
            detail = deals.deal_detail(session=session, deal_id=deal_id)
            loaded: dict[str, Any] = {name: getattr(deal, name) for name in DEAL_FIELDS}
            loaded.update(version=deal.version, base=edits.row_input(deal, DealBase),
                          contact=(deal.contact_id, detail.row.contact),
                          next_step_due=detail.row.next_step_due,
                          next_step=detail.row.next_step)
            return loaded

    def save(self, deal_id: int | None, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None = None, *, next_step_due: date | None = None,
             next_step: str = "", next_step_base: tuple[date | None, str] | None = None
             ) -> Saved:
        """Create or update a deal and its next step, in one write; ``next_step_base``:
        the next step as the form showed it (see ``deals.set_next_step``)."""
        with self.write(via="form") as session:
            if deal_id is None:
                deal = deals.create_deal(session=session, data=values)
                merged = None
            else:
                deal = deals.update_deal(session=session, deal_id=deal_id, changes=values,
                                         expected_version=expected_version, base=base)
                merged = merged_in(session)
            deals.set_next_step(session=session, deal_id=deal.id or 0, due=next_step_due,
                                note=next_step, base=next_step_base)
            return Saved(deal.id or 0, merged)

    # --- moving ----------------------------------------------------------------------

    def neighbour(self, deal_id: int, step: int) -> deal_stages.Stage | None:
        """The stage before (-1) or after (+1) the deal's; None at either end."""
        with self.db.read() as session:
            return deals.neighbour_stage(session=session, deal_id=deal_id, step=step)

    def move(self, deal_id: int, stage_id: int, lost_reason: str = "",
             expected_version: int | None = None) -> Moved:
        with self.write(via="board") as session:
            deal = deals.move_deal(session=session, deal_id=deal_id, stage_id=stage_id,
                                   lost_reason=lost_reason, expected_version=expected_version)
            stage = deal_stages.live_stage(session, deal.stage_id)
            return Moved(deal.id or 0, stage.name, stage.outcome)

    def won_contract(self, deal_id: int) -> dict[str, Any]:
        """A draft contract's form values from a won deal: its client, its title and
        value as a one-off fee starting today (the person sets the rest)."""
        with self.db.read() as session:
            deal = get_row(session, Deal, deal_id)
            if deal.outcome != DealOutcome.WON:
                raise ValidationError({"deal": "only a won deal becomes a contract"})
            row = deals.deal_row(session=session, deal_id=deal_id)
            return {"contact": (deal.contact_id, row.contact), "title": deal.title,
                    "status": ContractStatus.DRAFT, "start_date": dates.today(),
                    "billing_cycle": BillingCycle.ONE_OFF, "amount_minor": deal.value_minor,
                    "currency": deal.currency, "owner_id": deal.owner_id}

    def won_sale(self, deal_id: int) -> dict[str, Any]:
        """A sale's form values from a won deal: one line of its title and value."""
        with self.db.read() as session:
            deal = get_row(session, Deal, deal_id)
            if deal.outcome != DealOutcome.WON:
                raise ValidationError({"deal": "only a won deal becomes a sale"})
            row = deals.deal_row(session=session, deal_id=deal_id)
            return {"contact": (deal.contact_id, row.contact), "currency": deal.currency,
                    "lines": [{"description": deal.title, "quantity": 1,
                               "unit_price_minor": deal.value_minor}]}

    def link(self, deal_id: int, *, contract_id: int | None = None,
             sale_id: int | None = None) -> None:
        with self.write() as session:
            deals.link_outcome(session=session, deal_id=deal_id, contract_id=contract_id,
                               sale_id=sale_id)

    # --- stages and settings ---------------------------------------------------------

    def stages(self) -> list[deal_stages.Stage]:
        with self.db.read() as session:
            return deal_stages.stages(session=session)

    def stale_days(self) -> int:
        with self.db.read() as session:
            return deal_stages.stale_days(session=session)

    def save_stages(self, edits_: Sequence[deal_stages.StageEdit],
                    stale_days: int | None = None,
                    expected: Sequence[deal_stages.Stage] | None = None
                    ) -> list[deal_stages.Stage]:
        """Store the stages (``expected``: as the form showed them) and the stale days."""
        with self.write(via="form") as session:
            if stale_days is not None:
                deal_stages.set_stale_days(session=session, days=stale_days)
            return deal_stages.save_stages(session=session, edits=edits_, expected=expected)

    # --- figures -----------------------------------------------------------------------

    def figures(self, first: date, last: date,
                today: date | None = None) -> deal_figures.PipelineFigures:
        with self.db.read() as session:
            return deal_figures.pipeline(session=session, first=first, last=last,
                                         today=today or dates.today())
