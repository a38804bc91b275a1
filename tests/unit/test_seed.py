"""The demo seed and the demo's date shift, on real SQLite files.

One seeded file is shared by the read-only checks (seeding takes a second or
two); tests that change data work on a copy of it made with SQLite's backup API.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from tuicrm import dates
from tuicrm.core import Core, open_database
from tuicrm.db import Database
from tuicrm.enums import InvoiceKind, InvoiceStatus
from tuicrm.models import (
    AppMeta,
    BillingCycle,
    Contact,
    Contract,
    ContractStatus,
    FollowUp,
    Interaction,
    InteractionKind,
    Invoice,
    InvoiceLine,
    Meeting,
    Payment,
    Product,
    Refund,
    Role,
    Sale,
    SaleLine,
    SaleStatus,
    SatisfactionResponse,
    SurveyKind,
    TeamMember,
)
from tuicrm.seed import ANCHOR_KEY, SeedError, seed_database, shift_dates
from tuicrm.services import contacts, contracts, followups, interactions, meetings
from tuicrm.services.vat import check_vat_number
from tuicrm.sqltypes import UTCDateTime

ANCHOR = date(2026, 11, 20)  # a Friday
ZONE = "Europe/London"


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def copy_file(source: Path, dest: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return dest


def count(session, model, *where) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


def on_day(model_col, day: date):
    start, end = dates.day_bounds_utc(day, ZONE)
    return sa.and_(model_col >= start, model_col < end)


@pytest.fixture(scope="module")
def seeded_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "demo.db"
    db = open_database(path)
    try:
        seed_database(db, today=ANCHOR)
    finally:
        db.dispose()
    return path


@pytest.fixture(scope="module")
def seeded(seeded_path: Path) -> Iterator[Database]:
    db = open_database(seeded_path, migrate_schema=False)
    yield db
    db.dispose()


@pytest.fixture
def demo_copy(seeded_path: Path, tmp_path: Path) -> Iterator[tuple[Path, Database]]:
    path = copy_file(seeded_path, tmp_path / "demo-copy.db")
    db = open_database(path)
    yield path, db
    db.dispose()


# --- what the seed makes -----------------------------------------------------


def test_about_sixty_contacts_in_all_four_roles(seeded):
    with seeded.read() as s:
        total = contacts.count_contacts(session=s)
        by_role = {role: contacts.count_contacts(session=s, roles=[role]) for role in Role}
        orgs_with_people = count(s, Contact, Contact.organisation_id.is_not(None))
        referred = count(s, Contact, Contact.referred_by_id.is_not(None))
        with_cadence = count(s, Contact, Contact.cadence_days.is_not(None))
        owners = set(s.scalars(sa.select(Contact.owner_id).distinct()))
    assert 55 <= total <= 65
    assert sum(by_role.values()) == total
    assert all(n >= 3 for n in by_role.values()), by_role
    assert orgs_with_people >= 15 and referred >= 10 and with_cadence >= 10
    assert len(owners) == 3


def test_contacts_are_searchable_and_carry_their_details(seeded):
    with seeded.read() as s:
        page = contacts.list_contacts(session=s, query="northwind")
        tagged = contacts.list_contacts(session=s, tag="retainer", limit=100)
        detail = contacts.get_contact(session=s, contact_id=page.items[0].id)
    assert {row.name for row in page} >= {"Northwind Coffee Roasters", "Joanna Pike"}
    assert len(tagged) >= 5
    assert detail.emails and detail.phones and detail.tags


def test_clients_come_mostly_by_referral(seeded):
    with seeded.read() as s:
        clients = contacts.list_contacts(session=s, roles=[Role.CLIENT, Role.BOTH], limit=100)
        sources = [s.get(Contact, row.id).source for row in clients]
    assert sources.count("referral") > len(sources) / 2


def test_contracts_cover_every_status_and_cycle_with_renewal_chains(seeded):
    with seeded.read() as s:
        rows = list(s.scalars(sa.select(Contract)))
        renewed = next(c for c in rows if c.status == ContractStatus.RENEWED)
        chain = contracts.renewal_chain(
            session=s, contract_id=next(c.id for c in rows if c.renews_id == renewed.id))
    assert 15 <= len(rows) <= 20
    assert {c.status for c in rows} == set(ContractStatus)
    assert {c.billing_cycle for c in rows} == set(BillingCycle)
    assert {"EUR", "GBP"} <= {c.currency for c in rows}
    assert any(c.renews_id for c in rows)
    assert len(chain) >= 2 and chain[-1].status == ContractStatus.RENEWED
    soon = [c for c in rows if c.review_date and ANCHOR <= c.review_date <= ANCHOR + timedelta(30)]
    assert len(soon) >= 3
    assert all(c.summary and c.terms_of_service and c.deliverables and c.consequences
               and c.review_termination_terms for c in rows)
    assert all(c.amount_minor > 0 for c in rows)
    terminated = next(c for c in rows if c.status == ContractStatus.TERMINATED)
    assert terminated.ended_on is not None and terminated.ended_on < ANCHOR


def test_a_few_hundred_sales_with_lines_refunds_and_two_currencies(seeded):
    with seeded.read() as s:
        sales = list(s.scalars(sa.select(Sale)))
        line_counts = dict(s.execute(
            sa.select(SaleLine.sale_id, sa.func.count()).group_by(SaleLine.sale_id)).all())
        refunds = count(s, Refund)
        products = count(s, Product)
        per_buyer = sorted(s.scalars(
            sa.select(sa.func.count()).select_from(Sale).group_by(Sale.contact_id)), reverse=True)
    assert 250 <= len(sales) <= 400
    assert all(1 <= line_counts[sale.id] <= 5 for sale in sales)
    assert max(line_counts.values()) >= 4
    statuses = {sale.status for sale in sales}
    assert {SaleStatus.PAID, SaleStatus.PENDING, SaleStatus.PARTIALLY_REFUNDED,
            SaleStatus.REFUNDED} <= statuses
    assert refunds >= 2
    assert {"EUR", "GBP"} <= {sale.currency for sale in sales}
    assert any(sale.discount_minor for sale in sales)
    assert all(sale.total_minor == sale.subtotal_minor - sale.discount_minor for sale in sales)
    assert 6 <= products <= 10
    assert per_buyer[0] >= 20 and per_buyer.count(1) >= 5  # loyal few, many one-off
    assert all(sale.sold_at <= dates.local_datetime(ANCHOR, dates.time(9), ZONE)
               for sale in sales)


def test_meetings_over_a_year_with_some_today_and_next_week(seeded):
    next_monday = ANCHOR + timedelta(days=7 - ANCHOR.weekday())
    with seeded.read() as s:
        today = count(s, Meeting, on_day(Meeting.starts_at, ANCHOR))
        next_week = count(s, Meeting, Meeting.starts_at >= dates.start_of_day(next_monday, ZONE),
                          Meeting.starts_at < dates.start_of_day(next_monday + timedelta(7), ZONE))
        first = s.scalar(sa.select(Meeting.starts_at).order_by(Meeting.starts_at).limit(1))
        past = meetings.list_meetings(session=s, until=dates.start_of_day(ANCHOR, ZONE),
                                      limit=500)
        attendees = meetings.get_meeting(session=s, meeting_id=past.items[0].id).attendees
    assert today >= 2 and next_week >= 2
    assert first < dates.start_of_day(ANCHOR - timedelta(days=300), ZONE)
    assert len(past) >= 80
    assert all(m.agenda and m.notes and m.outcome for m in past)
    assert {m.channel for m in past} == {"in_person", "call", "video"}
    assert attendees


def test_followups_overdue_today_next_week_done_snoozed_and_recurring(seeded):
    with seeded.read() as s:
        open_ = FollowUp.done_at.is_(None)
        overdue = count(s, FollowUp, open_, FollowUp.due_date < ANCHOR)
        due_today = count(s, FollowUp, open_, FollowUp.due_date == ANCHOR)
        next_week = count(s, FollowUp, open_, FollowUp.due_date > ANCHOR,
                          FollowUp.due_date <= ANCHOR + timedelta(days=14))
        done = count(s, FollowUp, FollowUp.done_at.is_not(None))
        snoozed = count(s, FollowUp, FollowUp.snooze_count > 0)
        successors = count(s, FollowUp, FollowUp.previous_id.is_not(None))
        recurring_open = list(s.scalars(
            sa.select(FollowUp).where(open_, FollowUp.recurrence.is_not(None))))
        agenda = followups.list_followups(session=s, due_until=ANCHOR, limit=100)
    assert overdue >= 3 and due_today >= 2 and next_week >= 3
    assert done >= 10 and snoozed >= 2 and successors >= 2
    assert recurring_open and all(f.due_date >= ANCHOR for f in recurring_open)
    assert any(f.recurrence == f"FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY={f.due_date.day}"
               for f in recurring_open)  # saved with the day it falls on
    assert len(agenda) == overdue + due_today


def test_interactions_spread_over_the_year_and_survey_responses(seeded):
    with seeded.read() as s:
        kinds = set(s.scalars(sa.select(Interaction.kind).distinct()))
        n_interactions = count(s, Interaction)
        months = {(i.year, i.month) for i in s.scalars(sa.select(Interaction.occurred_at))}
        responses = list(s.scalars(sa.select(SatisfactionResponse)))
    assert {InteractionKind.CALL, InteractionKind.EMAIL, InteractionKind.NOTE} <= kinds
    assert n_interactions >= 150 and len(months) >= 12
    assert 12 <= len({r.contact_id for r in responses}) <= 20
    assert {r.kind for r in responses} == set(SurveyKind)
    assert all(0 <= r.score <= 10 if r.kind == SurveyKind.NPS else 1 <= r.score <= 5
               for r in responses)


def test_invoices_paid_part_paid_overdue_credited_and_drafted(seeded):
    core = Core(seeded)
    rows = core.invoicing.page(limit=500, today=ANCHOR).items
    statuses = Counter(r.status for r in rows if r.kind == InvoiceKind.INVOICE)
    credit_notes = [r for r in rows if r.kind == InvoiceKind.CREDIT_NOTE]
    overdue = core.invoicing.overdue(ANCHOR)
    assert statuses[InvoiceStatus.PAID] >= 15
    assert statuses[InvoiceStatus.PARTLY_PAID] >= 1 and statuses[InvoiceStatus.ISSUED] >= 1
    assert statuses[InvoiceStatus.DRAFT] == 1
    assert len(overdue) >= 3 and max(o.days_late for o in overdue) > 60
    assert any(0 < o.balance_minor < core.invoicing.invoice(o.id, ANCHOR).invoice.total_minor
               for o in overdue)  # one of them part-paid
    assert len(credit_notes) == 1 and credit_notes[0].status == InvoiceStatus.ISSUED
    note = core.invoicing.invoice(credit_notes[0].id, ANCHOR).invoice
    credited = core.invoicing.invoice(note.credits_id, ANCHOR).invoice
    assert 0 < note.total_minor == credited.credited_minor < credited.total_minor
    assert {"EUR", "GBP", "USD"} <= {r.currency for r in rows}
    settings = core.invoicing.settings()
    assert settings.firm_name.startswith("Brooks & Okafor") and settings.terms_days == 30
    assert check_vat_number(settings.firm_vat) == settings.firm_vat and settings.tax_rate == 2000


def test_invoices_follow_their_contracts_and_sales_in_issue_order(seeded):
    with seeded.read() as s:
        issued = list(s.scalars(sa.select(Invoice).where(
            Invoice.issued_at.is_not(None), Invoice.kind == InvoiceKind.INVOICE)
            .order_by(Invoice.issue_date, Invoice.id)))
        lines = {i.id: s.scalars(sa.select(InvoiceLine).where(InvoiceLine.invoice_id == i.id)
                                 .order_by(InvoiceLine.position)).all() for i in issued}
        billed = {i.id: s.get(Contract, i.contract_id) for i in issued if i.contract_id}
        sold = {i.id: s.get(Sale, i.sale_id) for i in issued if i.sale_id}
        paid = list(s.scalars(sa.select(Payment)))
    series: dict[str, list[int]] = {}
    for invoice in issued:
        series.setdefault(invoice.series, []).append(invoice.sequence)
    assert all(numbers == list(range(1, len(numbers) + 1))  # gap-free, in the order of issue
               for numbers in series.values())
    assert len(sold) >= 1 and all(i.currency == sold[i.id].currency for i in issued
                                  if i.id in sold)
    recurring = [i for i in issued if i.id in billed
                 and billed[i.id].billing_cycle != BillingCycle.ONE_OFF]
    assert len(recurring) >= 15
    assert all(i.currency == billed[i.id].currency
               and lines[i.id][0].unit_price_minor == billed[i.id].amount_minor
               and i.issue_date == i.period_start for i in recurring)
    assert all(p.paid_on <= ANCHOR and p.amount_minor > 0 for p in paid)
    assert len({p.method for p in paid}) >= 2


def test_invoices_to_issue_today_and_a_retainer_s_hours(seeded):
    core = Core(seeded)
    proposals = core.invoicing.proposals(ANCHOR)
    with seeded.read() as s:
        timed = list(s.scalars(sa.select(Contract).where(Contract.hourly_rate_minor.is_not(None))))
    retainer = next(c for c in timed if c.included_minutes)
    used = core.time.hours_used(retainer.id, ANCHOR)
    assert len(proposals) >= 2 and all(p.period_start <= ANCHOR for p in proposals)
    assert retainer.included_minutes == 20 * 60 and used.used_minutes == 12 * 60
    assert used.words().startswith("12 of 20 h used")
    entries = core.time.entries(retainer.id)
    assert len(entries) >= 5 and all(e.who and e.minutes for e in entries)
    assert all(used.period_start <= e.work_date < ANCHOR for e in entries)
    hourly = next(c for c in timed if c.included_minutes is None)
    assert core.time.entries(hourly.id)


def test_team_audit_stamps_and_anchor(seeded):
    anchor_moment = dates.local_datetime(ANCHOR, dates.time(9), ZONE)
    with seeded.read() as s:
        team = {m.username: m for m in s.scalars(sa.select(TeamMember))}
        creators = set(s.scalars(sa.select(Contact.created_by_id).distinct()))
        stamps = [m for model in (Contact, Contract, Meeting, FollowUp, Sale, Interaction, Invoice,
                              Payment)
                  for m in s.scalars(sa.select(model.created_at))]
        anchor = s.get(AppMeta, ANCHOR_KEY)
    assert {(m.name, m.initials) for m in team.values()} == {
        ("Maya Brooks", "MB"), ("Tom Okafor", "TO"), ("Lena Fischer", "LF")}
    assert creators == {m.id for m in team.values()}
    assert all(stamp is not None and stamp <= anchor_moment for stamp in stamps)
    assert min(stamps) < anchor_moment - timedelta(days=300)  # backdated, not all "now"
    assert anchor.value == ANCHOR.isoformat()


def test_seeding_is_deterministic_in_any_local_zone(seeded_path, tmp_path, monkeypatch):
    monkeypatch.setenv("TUICRM_TODAY", "2001-01-01")  # the pinned clock wins over it
    dates.set_local_zone("Pacific/Kiritimati")  # UTC+14: another calendar day at 09:00 UK
    try:
        db = open_database(tmp_path / "again.db")
        seed_database(db, today=ANCHOR)
        db.dispose()
    finally:
        dates.set_local_zone(None)
    assert dump(tmp_path / "again.db") == dump(seeded_path)


def test_seeding_a_database_with_contacts_is_refused(db, db_path):
    with db.write() as s:
        contacts.create_contact(session=s, data={"name": "Already here"})
    before = dump(db_path)
    with pytest.raises(SeedError, match="already has contacts"):
        seed_database(db, today=ANCHOR)
    assert dump(db_path) == before


def test_seed_leaves_the_clock_and_actor_as_they_were(tmp_path):
    db = open_database(tmp_path / "x.db")
    db.actor_id = None
    before = dates.utcnow()
    seed_database(db, today=ANCHOR)
    assert db.actor_id is None
    assert before <= dates.utcnow() < before + timedelta(minutes=5)
    db.dispose()


# --- moving the demo's dates -------------------------------------------------


def _date_columns() -> list[sa.Column]:
    return [col for table in SQLModel.metadata.sorted_tables for col in table.columns
            if isinstance(col.type, UTCDateTime)
            or (isinstance(col.type, sa.Date) and not isinstance(col.type, sa.DateTime))]


def _values(db: Database, column: sa.Column) -> list:
    with db.read() as s:
        return list(s.execute(sa.select(column).order_by(*column.table.primary_key)).scalars())


@pytest.mark.parametrize("days", [75, -200])  # -200 crosses a DST change
def test_shift_moves_every_date_and_moment_by_whole_days(demo_copy, days):
    path, db = demo_copy
    new_today = ANCHOR + timedelta(days=days)
    columns = _date_columns()
    before = {col: _values(db, col) for col in columns}
    with db.read() as s:
        meeting = s.scalars(sa.select(Meeting).where(
            on_day(Meeting.starts_at, ANCHOR), Meeting.title == "Packaging proofs review")).one()
        review = s.scalars(sa.select(Contract).where(
            Contract.review_date == ANCHOR + timedelta(days=3))).one()
        amounts = s.scalar(sa.select(sa.func.sum(Sale.total_minor)))

    assert shift_dates(db, today=new_today) == days

    with db.read() as s:
        moved = s.get(Meeting, meeting.id)
        assert moved.starts_at == meeting.starts_at + timedelta(days=days)
        assert moved.starts_at.tzinfo == timezone.utc
        assert dates.to_local(moved.starts_at, ZONE).date() == new_today
        assert s.get(Contract, review.id).review_date == new_today + timedelta(days=3)
        assert s.get(AppMeta, ANCHOR_KEY).value == new_today.isoformat()
        assert s.scalar(sa.select(sa.func.sum(Sale.total_minor))) == amounts
        assert contacts.list_contacts(session=s, query="northwind").items  # FTS intact
        today_meetings = meetings.list_meetings(
            session=s, since=dates.day_bounds_utc(new_today, ZONE)[0],
            until=dates.day_bounds_utc(new_today, ZONE)[1])
    assert meeting.id in {m.id for m in today_meetings}
    for col in columns:
        expected = [v if v is None else v + timedelta(days=days) for v in before[col]]
        assert _values(db, col) == expected, f"{col.table.name}.{col.name}"


def test_shift_keeps_microseconds_and_zone(demo_copy):
    path, db = demo_copy
    odd = datetime(2026, 3, 29, 0, 59, 59, 123_456, tzinfo=timezone.utc)
    with db.write() as s:
        entry = interactions.log_interaction(session=s, data={
            "contact_id": 1, "occurred_at": odd, "subject": "precise"})
    shift_dates(db, today=ANCHOR + timedelta(days=10))
    with db.read() as s:
        occurred = s.get(Interaction, entry.id).occurred_at
    assert occurred == odd + timedelta(days=10)
    assert occurred.microsecond == 123_456 and occurred.tzinfo == timezone.utc


def test_shift_by_zero_days_changes_nothing(demo_copy):
    path, db = demo_copy
    before = dump(path)
    assert shift_dates(db, today=ANCHOR) == 0
    assert dump(path) == before


def test_shift_there_and_back_restores_the_file(demo_copy):
    path, db = demo_copy
    before = dump(path)
    shift_dates(db, today=ANCHOR + timedelta(days=400))
    shift_dates(db, today=ANCHOR)
    assert dump(path) == before


def test_shift_needs_a_seed_anchor(db):
    with pytest.raises(SeedError, match="anchor"):
        shift_dates(db, today=ANCHOR)


@pytest.mark.postgres
def test_seed_and_shift_on_postgresql(pg_db):
    seed_database(pg_db, today=ANCHOR)
    columns = _date_columns()
    before = {col: _values(pg_db, col) for col in columns}
    assert shift_dates(pg_db, today=ANCHOR - timedelta(days=200)) == -200
    for col in columns:
        expected = [v if v is None else v - timedelta(days=200) for v in before[col]]
        assert _values(pg_db, col) == expected, f"{col.table.name}.{col.name}"
    with pg_db.read() as s:
        assert s.get(AppMeta, ANCHOR_KEY).value == (ANCHOR - timedelta(days=200)).isoformat()
        assert contacts.count_contacts(session=s) >= 55
