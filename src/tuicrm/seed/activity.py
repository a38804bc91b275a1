"""Seeding what happens with the demo contacts, after they and their contracts exist.

Meetings, follow-ups, interactions, sales and surveys. These phases run after
:mod:`tuicrm.seed.build` has made the team, contacts and contracts, and read
what it left on the :class:`~tuicrm.seed.context.Seed` (contract spans,
contacts' owners, cadences and order counts).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.models import (
    MeetingChannel,
    PaymentMethod,
    Sale,
    SalesChannel,
    SaleStatus,
)
from tuicrm.money import format_amount
from tuicrm.seed.context import Seed, SeedContact, slug
from tuicrm.seed.data import (
    AFTER_MEETING,
    AGENDAS,
    COUNTRIES,
    DAY_SLOTS,
    DISCOVERY,
    EXTRA_LINES,
    INTERACTION_KINDS,
    INTERACTION_TEXTS,
    MEETING_NOTES,
    MEETING_TITLES,
    ORGANISATION_KEYS,
    OUTCOMES,
    PLANNED_FOLLOWUPS,
    PLANNED_MEETINGS,
    PRODUCTS,
    REFUND_REASONS,
    STUDIO_ADDRESS,
    STUDIO_ZONE,
    SURVEYS,
    FollowUpPlan,
    ProductPlan,
)
from tuicrm.services import followups, interactions, meetings, sales, satisfaction


def seed_meetings(s: Seed) -> None:
    with s.db.write() as session:
        for key, (first, last) in s.spans.items():
            _regular_meetings(s, session, key, first, last)
        for key in _keys_without_span(s):
            _discovery_meeting(s, session, key)
        for plan in PLANNED_MEETINGS:
            when = dates.local_datetime(s.day(plan.day), plan.at, STUDIO_ZONE)
            _meeting(s, session, plan.client, when, plan.title, plan.agenda,
                     minutes=plan.minutes, channel=plan.channel)


def _regular_meetings(s: Seed, session: Session, key: str, first: date, last: date) -> None:
    """Check-ins at the client's cadence over the past year and the next three weeks."""
    every = max(s.contacts[key].cadence or 30, 14)
    day = max(first, s.today - timedelta(days=365)) + timedelta(days=s.rng.randint(0, 10))
    while day <= min(last, s.today + timedelta(days=21)):
        zone = s.zone(key)
        slots = DAY_SLOTS[:3] if zone.startswith("America/") else DAY_SLOTS
        _meeting(s, session, key, s.moment(day, s.rng.choice(slots), zone),
                 s.rng.choice(MEETING_TITLES), s.rng.choice(AGENDAS), zone=zone)
        day += timedelta(days=every + s.rng.randint(-4, 4))


def _keys_without_span(s: Seed) -> list[str]:
    """Draft-contract clients and leads worth a first conversation."""
    return [c.key for c in s.contacts.values()
            if c.key not in s.spans and c.organisation is None and c.orders == 0]


def _discovery_meeting(s: Seed, session: Session, key: str) -> None:
    day = s.random_day(s.contacts[key].since, s.today - timedelta(days=2))
    title, agenda, _ = DISCOVERY
    _meeting(s, session, key, s.moment(day), title, agenda, channel=MeetingChannel.VIDEO)


def _meeting(s: Seed, session: Session, key: str, when: datetime, title: str, agenda: str,
             *, minutes: int | None = None, channel: MeetingChannel | None = None,
             zone: str = STUDIO_ZONE) -> None:
    client = s.contacts[key]
    channel = channel or _channel(s, client)
    past = when < s.now
    data = {
        "title": title, "starts_at": when, "timezone": zone, "channel": channel,
        "duration_minutes": minutes or s.rng.choice((30, 45, 60, 60, 90)),
        "location": _location(s, client, channel), "agenda": agenda,
        "notes": s.rng.choice(MEETING_NOTES) if past else "",
        "outcome": (DISCOVERY[2] if title == DISCOVERY[0] else s.rng.choice(OUTCOMES))
        if past else "",
        "owner_id": s.members[client.owner],
        "attendee_ids": [s.contacts[k].id for k in _attendees(s, client)],
    }
    booked = when - timedelta(days=s.rng.randint(2, 14))
    with s.acting(session, s.pick_member(client.owner), booked):
        meetings.create_meeting(session=session, data=data)
    if past:
        s.past_meetings.append((key, when))


def _attendees(s: Seed, client: SeedContact) -> list[str]:
    if not client.people:
        return [client.key]
    return [client.key, *s.rng.sample(client.people, s.rng.randint(1, len(client.people)))]


def _channel(s: Seed, client: SeedContact) -> MeetingChannel:
    if client.country == "United Kingdom" and s.rng.random() < 0.4:
        return MeetingChannel.IN_PERSON
    return MeetingChannel.VIDEO if s.rng.random() < 0.7 else MeetingChannel.CALL


def _location(s: Seed, client: SeedContact, channel: MeetingChannel) -> str:
    if channel == MeetingChannel.IN_PERSON:
        return STUDIO_ADDRESS if s.rng.random() < 0.5 else f"At {client.name}"
    if channel == MeetingChannel.CALL:
        return client.phone
    return f"https://meet.example.com/{slug(client.key)}-{s.rng.randint(100, 999)}"


def seed_followups(s: Seed) -> None:
    with s.db.write() as session:
        for key, when in s.past_meetings:
            if s.rng.random() < 0.35:
                _after_meeting(s, session, key, when)
        for plan in PLANNED_FOLLOWUPS:
            if plan.recurrence:
                _recurring(s, session, plan)
            else:
                _planned(s, session, plan)


def _followup(s: Seed, session: Session, key: str, due: date, note: str, *,
              at: time | None = None, recurrence: str | None = None,
              entered: datetime | None = None) -> int:
    contact = s.contacts[key]
    entered = entered or s.moment(due - timedelta(days=s.rng.randint(3, 10)))
    with s.acting(session, contact.owner, entered):
        return followups.create_followup(session=session, data={
            "contact_id": contact.id, "due_date": due, "due_time": at, "note": note,
            "timezone": STUDIO_ZONE, "owner_id": s.members[contact.owner],
            "recurrence": recurrence}).id


def _after_meeting(s: Seed, session: Session, key: str, when: datetime) -> None:
    due = when.date() + timedelta(days=s.rng.randint(2, 7))
    entered = when + timedelta(minutes=70)
    followup_id = _followup(s, session, key, due, s.rng.choice(AFTER_MEETING), entered=entered)
    if due < s.today - timedelta(days=1) or (due < s.today and s.rng.random() < 0.5):
        _complete(s, session, key, followup_id, due)


def _complete(s: Seed, session: Session, key: str, followup_id: int, due: date) -> int | None:
    with s.acting(session, s.contacts[key].owner, s.moment(due, time(16, 30))):
        successor = followups.complete_followup(session=session, followup_id=followup_id)
    return successor.id if successor else None


def _planned(s: Seed, session: Session, plan: FollowUpPlan) -> None:
    due = s.day(plan.day)
    followup_id = _followup(s, session, plan.contact, due, plan.note, at=plan.at)
    if plan.snooze_to is not None:
        with s.acting(session, s.contacts[plan.contact].owner, s.moment(due, time(9, 15))):
            followups.snooze_followup(session=session, followup_id=followup_id,
                                      until=s.day(plan.snooze_to))


def _recurring(s: Seed, session: Session, plan: FollowUpPlan) -> None:
    """Start ``-plan.day`` months ago and complete each occurrence up to today."""
    due = dates.add_months(s.today, int(plan.day)) + timedelta(days=3)
    followup_id: int | None = _followup(s, session, plan.contact, due, plan.note,
                                        recurrence=plan.recurrence)
    while followup_id is not None and due < s.today:
        followup_id = _complete(s, session, plan.contact, followup_id, due)
        if followup_id is not None:
            due = followups.get_followup(session=session, followup_id=followup_id).due_date


def seed_interactions(s: Seed) -> None:
    with s.db.write() as session:
        for contact in list(s.contacts.values()):
            for _ in range(s.rng.randint(*_interaction_count(s, contact))):
                _interaction(s, session, contact)


def _interaction_count(s: Seed, contact: SeedContact) -> tuple[int, int]:
    if contact.key in s.spans:
        return (8, 14)
    if contact.organisation:
        return (0, 2)
    if contact.orders > 1:
        return (2, 6)
    return (1, 3)


def _interaction(s: Seed, session: Session, contact: SeedContact) -> None:
    """One timeline entry while the relationship lasted (a month past a contract's end)."""
    start = max(contact.since, s.today - timedelta(days=365))
    end = s.today - timedelta(days=1)
    if contact.key in s.spans:
        end = min(end, s.spans[contact.key][1] + timedelta(days=30))
    when = s.moment(s.random_day(start, end))
    kind = s.rng.choices(list(INTERACTION_KINDS), weights=list(INTERACTION_KINDS.values()))[0]
    subject, body = s.rng.choice(INTERACTION_TEXTS[kind])
    author = s.pick_member(contact.owner)
    with s.acting(session, author, when + timedelta(minutes=5)):
        interactions.log_interaction(session=session, data={
            "contact_id": contact.id, "kind": kind, "occurred_at": when, "subject": subject,
            "body": body, "author_id": s.members[author]})


def seed_sales(s: Seed) -> None:
    with s.db.write() as session:
        catalogue = _seed_products(s, session)
        orders = sorted(
            ((when, c.key) for c in s.contacts.values() for when in _order_times(s, c)))
        made = [_sale(s, session, catalogue, s.contacts[key], when) for when, key in orders]
        _refunds(s, session, made)


def _seed_products(s: Seed, session: Session) -> dict[str, int]:
    catalogue = {}
    with s.acting(session, "lena", s.now - timedelta(days=420)):
        for plan in PRODUCTS:
            catalogue[plan.sku] = sales.create_product(session=session, data={
                "name": plan.name, "sku": plan.sku, "description": plan.description,
                "unit_price_minor": plan.prices["GBP"], "currency": "GBP",
                "active": plan.active}).id
    return catalogue


def _order_times(s: Seed, contact: SeedContact) -> list[datetime]:
    start = max(contact.since + timedelta(days=3), s.today - timedelta(days=365))
    shop_hours = [time(h, m) for h in range(8, 20) for m in (5, 17, 28, 41, 53)]
    return [s.moment(s.random_day(start, s.today - timedelta(days=1)), s.rng.choice(shop_hours))
            for _ in range(contact.orders)]


def _sale(s: Seed, session: Session, catalogue: dict[str, int], buyer: SeedContact,
          when: datetime) -> Sale:
    is_org = buyer.organisation is None and buyer.key in ORGANISATION_KEYS
    currency = COUNTRIES[buyer.country].currency
    currency = currency if currency in ("GBP", "EUR") else "GBP"
    lines = _lines(s, catalogue, currency, is_org)
    subtotal = sum(line["quantity"] * line["unit_price_minor"] for line in lines)
    discount, note = _discount(s, subtotal, currency)
    channel, method = _channel_and_payment(s, is_org)
    pending_days = {PaymentMethod.INVOICE: 40, PaymentMethod.BANK_TRANSFER: 7}.get(method, 0)
    status = SaleStatus.PENDING if when > s.now - timedelta(days=pending_days) else SaleStatus.PAID
    with s.acting(session, s.pick_member("lena", 0.7), when):
        return sales.create_sale(session=session, data={
            "contact_id": buyer.id, "sold_at": when, "currency": currency, "lines": lines,
            "discount_minor": discount, "status": status, "payment_method": method,
            "channel": channel, "note": note})


def _lines(s: Seed, catalogue: dict[str, int], currency: str, is_org: bool) -> list[dict]:
    offered = [p for p in PRODUCTS if p.active]
    weights = [p.weight_org if is_org else p.weight_person for p in offered]
    count = s.rng.choices((1, 2, 3, 4), weights=(55, 25, 13, 7))[0]
    chosen: list[ProductPlan] = []
    while len(chosen) < count:
        pick = s.rng.choices(offered, weights=weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    lines = [{"description": p.name, "product_id": catalogue[p.sku],
              "quantity": s.rng.randint(1, p.max_quantity),
              "unit_price_minor": p.prices[currency]} for p in chosen]
    if s.rng.random() < 0.1:
        name, prices = s.rng.choice(EXTRA_LINES)
        lines.append({"description": name, "quantity": 1, "unit_price_minor": prices[currency]})
    return lines


def _discount(s: Seed, subtotal: int, currency: str) -> tuple[int, str]:
    roll = s.rng.random()
    if roll < 0.08:
        return subtotal // 1000 * 100, "10% returning-customer discount"
    if roll < 0.12 and subtotal > 100_00:
        return 15_00, f"Voucher {format_amount(15_00, currency)}"
    return 0, ""


def _channel_and_payment(s: Seed, is_org: bool) -> tuple[SalesChannel, PaymentMethod]:
    if is_org:
        channel = s.rng.choice((SalesChannel.ONLINE, SalesChannel.PHONE))
        return channel, s.rng.choice((PaymentMethod.INVOICE, PaymentMethod.INVOICE,
                                      PaymentMethod.BANK_TRANSFER))
    channel = s.rng.choices((SalesChannel.ONLINE, SalesChannel.IN_STORE, SalesChannel.EVENT,
                             SalesChannel.PHONE), weights=(70, 13, 12, 5))[0]
    methods = {
        SalesChannel.ONLINE: (PaymentMethod.CARD, PaymentMethod.CARD, PaymentMethod.PAYPAL),
        SalesChannel.IN_STORE: (PaymentMethod.CARD, PaymentMethod.CASH),
        SalesChannel.EVENT: (PaymentMethod.CARD, PaymentMethod.CASH, PaymentMethod.CASH),
        SalesChannel.PHONE: (PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER),
    }
    return channel, s.rng.choice(methods[channel])


def _refunds(s: Seed, session: Session, made: list[Sale]) -> None:
    """Four partial refunds and three full returns, on older paid sales."""
    old_enough = s.now - timedelta(days=14)
    candidates = [sale for sale in made
                  if sale.status == SaleStatus.PAID and sale.sold_at < old_enough]
    for n, sale in enumerate(s.rng.sample(candidates, 7)):
        full = n >= 4
        amount = sale.total_minor if full else max(sale.total_minor // 2 // 100 * 100, 100)
        when = sale.sold_at + timedelta(days=s.rng.randint(2, 12), hours=1)
        with s.acting(session, "lena", when):
            sales.refund_sale(session=session, sale_id=sale.id, data={
                "amount_minor": amount, "reason": s.rng.choice(REFUND_REASONS),
                "is_return": full})


def seed_surveys(s: Seed) -> None:
    with s.db.write() as session:
        for key, kind, score, days_ago, comment in SURVEYS:
            contact = s.contacts[key]
            when = s.moment(s.today - timedelta(days=days_ago))
            with s.acting(session, contact.owner, when):
                satisfaction.record_response(session=session, data={
                    "contact_id": contact.id, "kind": kind, "score": score,
                    "responded_at": when, "comment": comment})
