"""Seeding the demo database: :func:`seed_database`, and the team, contacts and contracts.

The phases run in a fixed order on one :class:`~tuicrm.seed.context.Seed`; the
later ones (meetings, follow-ups, interactions, sales, surveys) live in
:mod:`tuicrm.seed.activity`, and invoicing, the last, in :mod:`tuicrm.seed.billing`.
The order of the phases and of the random draws inside them is what makes the
output repeatable: keep both when editing.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.db import Database
from tuicrm.models import (
    BillingCycle,
    ContactKind,
    Contract,
    ContractStatus,
    InteractionKind,
)
from tuicrm.money import format_amount
from tuicrm.seed.activity import (
    seed_followups,
    seed_interactions,
    seed_meetings,
    seed_sales,
    seed_surveys,
)
from tuicrm.seed.billing import seed_billing
from tuicrm.seed.context import Seed, SeedContact, slug
from tuicrm.seed.data import (
    ANCHOR_KEY,
    CONSEQUENCES,
    CONTACT_NOTES,
    CONTRACTS,
    COUNTRIES,
    INDIVIDUALS,
    ORGANISATIONS,
    RANDOM_SEED,
    STUDIO_ZONE,
    TEAM,
    TERMS_OF_SERVICE,
    ContractPlan,
    Org,
    Person,
    SeedError,
    Staff,
)
from tuicrm.seed.deals import seed_deals
from tuicrm.services import contacts, contracts, interactions, meta, team, touch_clock


def seed_database(db: Database, *, today: date) -> None:
    """Fill an empty, migrated database with the demo studio as of ``today``.

    Deterministic: the same ``today`` gives the same rows (audit stamps
    included) on any machine and in any local zone. Refuses a database that
    already has contacts.
    """
    with db.read() as session:
        if contacts.count_contacts(session=session, include_archived=True):
            raise SeedError("This database already has contacts; demo data goes into an "
                            "empty database only.")
    now = dates.local_datetime(today, time(9), STUDIO_ZONE)
    with dates.fixed_now(now):
        s = Seed(db, random.Random(RANDOM_SEED), today, now)
        for phase in (_seed_team, _seed_contacts, _seed_contracts, seed_meetings,
                      seed_followups, seed_interactions, seed_sales, seed_surveys,
                      seed_billing, seed_deals, _record_anchor):
            phase(s)


# --- phases ------------------------------------------------------------------


def _seed_team(s: Seed) -> None:
    with s.db.write() as session:
        existing = {m.username: m.id for m in team.list_members(session=session,
                                                                include_inactive=True)}
        for username, name, initials in TEAM:
            if username not in existing:
                with s.acting(session, TEAM[0][0], s.now - timedelta(days=800)):
                    existing[username] = team.create_member(session=session, data={
                        "name": name, "initials": initials, "username": username,
                        "email": f"{username}@brooksokafor.studio"}).id
            s.members[username] = existing[username]


def _seed_contacts(s: Seed) -> None:
    first_start = {p.client: _plan_start(s.today, p.start) for p in reversed(CONTRACTS)}
    with s.db.write() as session:
        for org in ORGANISATIONS:
            since = _since(s, org.key, org.orders, first_start)
            _add_contact(s, session, org.key, since, _org_data(s, org), org.country, org.owner,
                         orders=org.orders, cadence=org.cadence)
            for staff in org.people:
                key = f"{org.key}.{slug(staff.name.split()[0])}"
                _add_contact(s, session, key, since + timedelta(days=s.rng.randint(0, 10)),
                             _staff_data(s, org, staff), org.country, org.owner,
                             orders=staff.orders, organisation=org.key)
        for person in INDIVIDUALS:
            since = _since(s, person.key, person.orders, first_start)
            _add_contact(s, session, person.key, since, _person_data(s, person),
                         person.country, person.owner, orders=person.orders,
                         cadence=person.cadence)


def _since(s: Seed, key: str, orders: int, first_start: dict[str, date]) -> date:
    if key in first_start:
        return first_start[key] - timedelta(days=s.rng.randint(20, 60))
    if orders > 20:
        return s.today - timedelta(days=s.rng.randint(380, 440))
    if orders:
        return s.today - timedelta(days=s.rng.randint(60, 360))
    return s.today - timedelta(days=s.rng.randint(10, 120))


def _add_contact(s: Seed, session: Session, key: str, since: date, data: dict, country: str,
                 owner: str, *, orders: int = 0, cadence: int | None = None,
                 organisation: str | None = None) -> None:
    referrer = data.pop("referred_by", None)
    data.update(owner_id=s.members[owner], country=country, cadence_days=cadence,
                referred_by_id=s.contacts[referrer].id if referrer else None,
                organisation_id=s.contacts[organisation].id if organisation else None)
    if s.rng.random() < 0.3:
        data["notes"] = s.rng.choice(CONTACT_NOTES)
    with s.acting(session, s.pick_member(owner), s.moment(since)):
        contact = contacts.create_contact(session=session, data=data)
    s.contacts[key] = SeedContact(key, contact.id, contact.name, owner, country, since, orders,
                               cadence, organisation, phone=(data["phones"] or [""])[0])
    if organisation:
        s.contacts[organisation].people.append(key)


def _org_data(s: Seed, org: Org) -> dict:
    return {"kind": ContactKind.ORGANISATION, "name": org.name, "city": org.city,
            "website": f"https://{org.domain}", "emails": [f"hello@{org.domain}"],
            "phones": [_phone(s, COUNTRIES[org.country].landline)], "tags": list(org.tags),
            "source": org.source, "referred_by": org.referred_by, "stage": org.stage}


def _staff_data(s: Seed, org: Org, staff: Staff) -> dict:
    first = slug(staff.name.split()[0])
    tags = ["newsletter"] if s.rng.random() < 0.3 else []
    return {"name": staff.name, "job_title": staff.title, "city": org.city,
            "emails": [f"{first}@{org.domain}"],
            "phones": [_phone(s, COUNTRIES[org.country].mobile)], "tags": tags}


def _person_data(s: Seed, person: Person) -> dict:
    address = ".".join(slug(part) for part in person.name.split())
    domain = s.rng.choice(("example.com", "example.org", "example.net"))
    return {"name": person.name, "job_title": person.title, "city": person.city,
            "emails": [f"{address}@{domain}"],
            "phones": [_phone(s, COUNTRIES[person.country].mobile)],
            "tags": list(person.tags), "source": person.source,
            "referred_by": person.referred_by, "stage": person.stage}


def _seed_contracts(s: Seed) -> None:
    with s.db.write() as session:
        for plan in CONTRACTS:
            first, last = _contract_chain(s, session, plan)
            if plan.fate != "draft":
                start, end = s.spans.get(plan.client, (first, last))
                s.spans[plan.client] = (min(start, first), max(end, last))


def _contract_chain(s: Seed, session: Session, plan: ContractPlan) -> tuple[date, date]:
    """Create a plan's contract (and its renewals); return the span it covered."""
    client = s.contacts[plan.client]
    start = _plan_start(s.today, plan.start)
    end = dates.add_months(start, plan.months) - timedelta(days=1) if plan.months else None
    live_review = s.today + timedelta(days=plan.review_in) if plan.review_in else None
    data = {
        "contact_id": client.id, "title": plan.title, "start_date": start, "end_date": end,
        "status": ContractStatus.DRAFT if plan.fate == "draft" else ContractStatus.ACTIVE,
        "billing_cycle": plan.cycle, "amount_minor": plan.amount, "currency": plan.currency,
        "auto_renew": plan.auto_renew, "notice_days": plan.notice,
        "review_date": (end - timedelta(days=45)) if plan.renewals else live_review,
        "owner_id": s.members[client.owner], **_terms(plan),
        "included_minutes": plan.included_minutes, "hourly_rate_minor": plan.hourly_rate,
    }
    signed = min(start - timedelta(days=10), s.today - timedelta(days=2))
    with s.acting(session, client.owner, s.moment(signed)):
        contract = contracts.create_contract(session=session, data=data)
    for n in range(plan.renewals):
        contract = _renew(s, session, contract, client.owner,
                          live_review if n == plan.renewals - 1 else None)
    if plan.fate in ("ended", "terminated"):
        on = s.today - timedelta(days=plan.terminated_ago) if plan.terminated_ago else end
        with s.acting(session, client.owner, s.moment(on, time(17, 0))):
            contracts.end_contract(session=session, contract_id=contract.id, on=on,
                                   terminated=plan.fate == "terminated")
        _log_ending(s, session, plan, on)
        return start, on
    return start, s.today + timedelta(days=21)


def _renew(s: Seed, session: Session, old: Contract, owner: str,
           review: date | None) -> Contract:
    """Renew for the same length at +5% (in round tens), decided two weeks before the end."""
    raised = (old.amount_minor * 105 + 50_000) // 100_000 * 1_000
    new_end = old.end_date + timedelta(days=1) + (old.end_date - old.start_date)
    with s.acting(session, owner, s.moment(old.end_date - timedelta(days=14))):
        return contracts.renew_contract(session=session, contract_id=old.id, changes={
            "amount_minor": raised, "review_date": review or new_end - timedelta(days=45),
            "terms_of_service": _terms_of_service(old.billing_cycle, raised, old.currency)})


def _log_ending(s: Seed, session: Session, plan: ContractPlan, on: date) -> None:
    if plan.fate != "terminated":
        return
    client = s.contacts[plan.client]
    with s.acting(session, client.owner, s.moment(on, time(17, 5))):
        interactions.log_interaction(session=session, data={
            "contact_id": client.id, "kind": InteractionKind.NOTE,
            "occurred_at": s.moment(on, time(17, 0)), "author_id": s.members[client.owner],
            "subject": "Retainer terminated early",
            "body": "They are moving social content in-house; ended with 30 days' notice "
                    "waived by agreement. Final invoice to follow."})


def _terms(plan: ContractPlan) -> dict[str, str]:
    review = ("Reviewed at each renewal" if plan.months and plan.months >= 12
              else "Reviewed at the end of the project")
    renewal = (" Renews automatically for the same term unless notice is given."
               if plan.auto_renew else "")
    return {
        "summary": plan.summary,
        "terms_of_service": _terms_of_service(plan.cycle, plan.amount, plan.currency),
        "deliverables": plan.deliverables,
        "consequences": CONSEQUENCES,
        "review_termination_terms": f"{review}. Either party may terminate with "
                                    f"{plan.notice} days' written notice.{renewal}",
    }


def _terms_of_service(cycle: BillingCycle, amount: int, currency: str) -> str:
    return TERMS_OF_SERVICE[cycle].format(amount=format_amount(amount, currency))


def _record_anchor(s: Seed) -> None:
    with s.db.write() as session:
        meta.set_meta(session=session, key=ANCHOR_KEY, value=s.today.isoformat())
        meta.set_meta(session=session, key=meta.DATABASE_ID, value=meta.DEMO_DATABASE_ID)
        # Each write worked out its contacts' clocks at its own (earlier) moment;
        # as of the anchor, every clock is current (see services.touch_clock).
        touch_clock.refresh(session)


# --- small helpers -----------------------------------------------------------


def _plan_start(today: date, months_days: tuple[int, int]) -> date:
    months, days = months_days
    return dates.add_months(today, months) + timedelta(days=days)


def _phone(s: Seed, pattern: str) -> str:
    return "".join(str(s.rng.randint(0, 9)) if c == "#" else c for c in pattern)
