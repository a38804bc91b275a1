"""Importing deals from CSV (Pipedrive's and HubSpot's deal exports, or any file):
one deal per line, for a contact found or created.

Columns: :mod:`tuicrm.interop.deal_columns`. The values, and the stage a
deal goes in: :mod:`.import_deal_values` (a value that cannot be read is left
out and said on its line, never costing the deal). The contact: the line's
contact person and/or organisation and/or email, found or created once as
:mod:`.import_customers` says.

A deal already there (a live one of the same contact, title, value and
currency, begun at the same moment when the line says when) is not made
twice, so importing the same file again is safe. Each deal is written
through ``create_deal``, in the stage the line says, begun when the line says
it was created (else now), its first stage kept as its history's first row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.interop.import_source import SourceFile, SourceRow
from tuicrm.models import Deal, DealCreate, DealStage
from tuicrm.money import format_amount
from tuicrm.services import import_lookup as lookup
from tuicrm.services import import_values
from tuicrm.services.common import live
from tuicrm.services.import_customers import (
    Customer,
    Customers,
    Named,
    held_contacts,
    write_new_contacts,
)
from tuicrm.services.import_deal_values import Stages, deal_values
from tuicrm.services.import_plan import Action, ImportMode, ImportPlan, PlanLine


@dataclass
class NewDeal:
    values: DealCreate  # contact_id is filled in when the contact is known
    at: datetime | None  # when it began: the line's created date
    customer: Customer
    closed_at: datetime | None = None  # won or lost: when


def plan_deals(session: Session, source: SourceFile, mode: ImportMode, *, currency: str,
               date_order: str | None) -> ImportPlan:
    fallback = import_values.default_currency(currency)
    order = date_order or dates.infer_date_order(
        r.values.get(f, "") for r in source.rows for f in ("created", "expected_close"))
    stages = Stages(session)
    team = import_values.owners(session)
    lines = [PlanLine(p.line, Action.SKIP, "", p.message, record_type="deal")
             for p in source.problems]
    named = [_named(row) for row in source.rows]
    customers = Customers(session, named, mode, noun="contact")
    for row, who in zip(source.rows, named, strict=True):
        contact = who.name or who.address
        line = PlanLine(row.line, Action.SKIP, contact or "(no contact)", record_type="deal")
        lines.append(line)
        if not who:
            line.detail = "no contact (a person, an organisation or an email address)"
            continue
        left_out = list(row.left_out)
        stage = stages.pick(row.values.get("stage", ""), row.values.get("status", ""), left_out)
        if stage is None:
            line.detail = "the pipeline has no open stage: add one first"
            continue
        values, at, closed = deal_values(row.values, stage, contact=contact,
                                         fallback=fallback, order=order, team=team,
                                         left_out=left_out)
        customer = customers.find(who, line)
        if customer is None:
            continue
        line.action, line.payload = Action.CREATE, NewDeal(values, at, customer, closed)
        line.label = (f"{contact}: {values.title}, "
                      f"{format_amount(values.value_minor, values.currency)}, {stage.name}")
        line.detail = "; ".join(left_out)
    lines += customers.created
    _skip_recorded(session, lines, mode)
    return ImportPlan(source, mode, lines)


def write_deals(session: Session, lines: list[PlanLine], tick: Callable[[int], None],
                new_ids: dict[str, int]) -> None:
    """Write some of the plan's writes (``customer_writes``, in its order): new contacts
    in bulk, then each deal through ``create_deal``; ``new_ids`` carries the new
    contacts' ids from one batch to the next."""
    from tuicrm.services.deals import create_deal

    write_new_contacts(session, lines, tick, new_ids)
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "deal"]
    held = held_contacts(session, [*new_ids.values(), *(p.payload.customer.id for p in planned)])
    stages = session.scalars(sa.select(DealStage)).all()  # create_deal gets its stage: held too
    for p in planned:
        deal: NewDeal = p.payload
        contact_id = deal.customer.id or new_ids[deal.customer.key or ""]
        data = deal.values.model_copy(update={"contact_id": contact_id})
        p.record_id = create_deal(session=session, data=data, at=deal.at,
                                  closed_at=deal.closed_at).id
        tick(1)
    del held, stages


def _named(row: SourceRow) -> Named:
    v = row.values
    return Named.of(v.get("email", ""), v.get("person", ""), v.get("organisation", ""))


def _skip_recorded(session: Session, lines: list[PlanLine], mode: ImportMode) -> None:
    """Lines whose deal is already there are not made twice."""
    planned = [p for p in lines if p.action is Action.CREATE and p.record_type == "deal"
               and p.payload.customer.id is not None]
    there: dict[tuple[int, str, int, str], list[tuple[datetime | None, int]]] = {}
    for batch in lookup.chunks({p.payload.customer.id for p in planned}):
        rows = session.execute(sa.select(Deal.id, Deal.contact_id, Deal.title, Deal.value_minor,
                                         Deal.currency, Deal.created_at)
                               .where(Deal.contact_id.in_(batch), live(Deal)).order_by(Deal.id))
        for deal_id, contact_id, title, value, currency, created in rows:
            began = dates.to_utc(created) if created is not None else None
            there.setdefault((contact_id, title, value, currency), []).append((began, deal_id))
    for p in planned:
        deal: NewDeal = p.payload
        values = deal.values
        began = dates.to_utc(deal.at) if deal.at is not None else None
        same = there.get((deal.customer.id or 0, values.title, values.value_minor, values.currency), [])
        found = next((i for at, i in same if began is None or at == began), None)
        if found is not None:
            p.action = Action.SKIP if mode is ImportMode.CREATE else Action.UNCHANGED
            p.detail, p.record_id, p.payload = f"already there as deal {found}", found, None
