"""Seeding the studio's pipeline: deals in every stage, each moved along its
stages at the moments it happened (so the stage history, the days in each
stage and the win rate read true), with next steps, one deal gone stale, a
won deal linked to the contract it became, and lost ones with their reasons.

Runs last, after invoicing, so the other phases' random draws stay as they
were. Leads become prospects (an open deal and nothing else); clients get
the upsells.
"""

from __future__ import annotations

from datetime import time, timedelta

import sqlalchemy as sa

from tuicrm.enums import AcquisitionSource
from tuicrm.models import Contact, Contract
from tuicrm.seed.context import Seed
from tuicrm.services import deal_stages, deals

# (title, value in GBP pence, source, path of (stage, days ago), chance, close in days,
#  next step (days ahead, what), lost reason)
_LEAD_DEALS = (
    ("Brand refresh", 4_800_00, "referral", (("New", 3),), None, 45, (2, "Intro call"), ""),
    ("Shop website", 12_000_00, "website", (("New", 20), ("Qualified", 9)), None, 40,
     (1, "Send the scope questions"), ""),
    ("Packaging range", 7_500_00, "networking", (("New", 40), ("Qualified", 30),
                                                 ("Proposal sent", 12)), 60, 20,
     (0, "Chase the proposal"), ""),
    ("Annual report design", 9_200_00, "referral", (("New", 60), ("Qualified", 48),
                                                    ("Proposal sent", 35), ("Negotiation", 6)),
     None, 10, (3, "Agree the print budget"), ""),
    ("Event signage", 2_400_00, "ads", (("New", 50), ("Qualified", 40)), None, -5, None, ""),
)
_CLIENT_DEALS = (
    ("Second-year retainer upgrade", 18_000_00, "referral",
     (("New", 70), ("Qualified", 60), ("Proposal sent", 45), ("Negotiation", 30), ("Won", 21)),
     None, -21, None, ""),
    ("Illustration pack", 3_600_00, "website",
     (("New", 80), ("Qualified", 70), ("Proposal sent", 55), ("Lost", 40)), None, -40, None,
     "Chose an in-house illustrator"),
    ("Motion graphics", 6_000_00, "networking",
     (("New", 30), ("Proposal sent", 14)), 40, 30, (5, "Walk them through the storyboard"), ""),
    ("Trade show stand", 8_500_00, "ads", (("New", 25), ("Lost", 10)), None, -10, None,
     "Budget moved to next year"),
)


def seed_deals(s: Seed) -> None:
    with s.db.read() as session:
        stage_ids = {st.name: st.id for st in deal_stages.stages(session=session)}
        leads = list(session.scalars(sa.select(Contact.id).where(
            Contact.kept_role == "lead", Contact.deleted_at.is_(None),
            Contact.archived_at.is_(None)).order_by(Contact.id).limit(len(_LEAD_DEALS))))
        clients = list(session.scalars(sa.select(Contact.id).where(
            Contact.kept_role == "client", Contact.deleted_at.is_(None),
            Contact.archived_at.is_(None)).order_by(Contact.id).limit(len(_CLIENT_DEALS))))
    owners = list(s.members)
    for n, (contact_id, plan) in enumerate([*zip(leads, _LEAD_DEALS),
                                            *zip(clients, _CLIENT_DEALS)]):
        _seed_deal(s, contact_id, owners[n % len(owners)], stage_ids, plan)


def _seed_deal(s: Seed, contact_id: int, owner: str, stage_ids: dict[str, int],
               plan: tuple) -> None:
    title, value, source, path, chance, close_in, step, reason = plan
    (first_stage, first_ago), *moves = path
    start = s.moment(s.today - timedelta(days=first_ago), time(10))
    with s.writing(owner, start) as session:
        deal = deals.create_deal(session=session, at=start, data={
            "title": title, "contact_id": contact_id, "value_minor": value, "currency": "GBP",
            "owner_id": s.members[owner], "probability": chance,
            "expected_close": s.today + timedelta(days=close_in),
            "source": AcquisitionSource(source), "stage_id": stage_ids[first_stage]})
        deal_id = deal.id or 0
    for stage, ago in moves:
        with s.writing(owner, s.moment(s.today - timedelta(days=ago), time(15))) as session:
            deals.move_deal(session=session, deal_id=deal_id, stage_id=stage_ids[stage],
                            lost_reason=reason)
            if stage == "Won":
                contract = session.scalars(sa.select(Contract.id).where(
                    Contract.contact_id == contact_id).order_by(Contract.id.desc())
                    .limit(1)).first()
                if contract is not None:
                    deals.link_outcome(session=session, deal_id=deal_id, contract_id=contract)
    if step is not None:
        days_ahead, what = step
        with s.writing(owner, s.now) as session:
            deals.set_next_step(session=session, deal_id=deal_id,
                                due=s.today + timedelta(days=days_ahead), note=what)

