"""Contracts through the services on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tuicrm.errors import ConflictError, NotFoundError, ValidationError
from tuicrm.models import BillingCycle, ContractStatus
from tuicrm.services import contacts, contracts

TERMS = {
    "summary": "Monthly design support", "terms_of_service": "Net 30",
    "deliverables": "Two campaigns a month", "consequences": "Fee reduced 10% if late",
    "review_termination_terms": "Reviewed yearly; 30 days notice",
}


@pytest.fixture
def client(db):
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": "Client Co", "kind": "organisation"})


def new_contract(db, client, **extra):
    data = {"contact_id": client.id, "title": "Retainer", "status": "active",
            "start_date": date(2026, 1, 1), "end_date": date(2026, 12, 31),
            "billing_cycle": "monthly", "amount_minor": 1_500_00, "currency": "gbp",
            "notice_days": 30, **TERMS, **extra}
    with db.write() as s:
        return contracts.create_contract(session=s, data=data)


def test_contract_keeps_its_terms_money_and_dates(db, client):
    k = new_contract(db, client, review_date=date(2026, 6, 30), auto_renew=True)
    with db.read() as s:
        stored = contracts.get_contract(session=s, contract_id=k.id)
    assert (stored.amount_minor, stored.currency) == (150000, "GBP")
    assert stored.billing_cycle is BillingCycle.MONTHLY
    assert {f: getattr(stored, f) for f in TERMS} == TERMS
    assert stored.auto_renew and stored.review_date == date(2026, 6, 30)
    assert contracts.cancel_by(stored) == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("extra", "field"),
    [({"end_date": date(2025, 1, 1)}, "end_date"), ({"currency": "XXY"}, "currency"),
     ({"title": "  "}, "title"), ({"amount_minor": -5}, "amount_minor"),
     ({"contact_id": 999}, "contact_id")],
)
def test_invalid_contracts_are_refused(db, client, extra, field):
    with pytest.raises(ValidationError) as err:
        new_contract(db, client, **extra)
    assert field in err.value.field_errors


def test_renewal_creates_a_linked_follow_on_and_marks_the_old_one(db, client):
    old = new_contract(db, client)
    with db.write() as s:
        new = contracts.renew_contract(session=s, contract_id=old.id,
                                       changes={"amount_minor": 1_650_00})
    with db.read() as s:
        old_now = contracts.get_contract(session=s, contract_id=old.id)
        chain = contracts.renewal_chain(session=s, contract_id=new.id)
    assert old_now.status is ContractStatus.RENEWED
    assert new.renews_id == old.id and new.status is ContractStatus.ACTIVE
    assert (new.start_date, new.end_date) == (date(2027, 1, 1), date(2027, 12, 31))
    assert new.amount_minor == 165000 and new.deliverables == TERMS["deliverables"]
    assert [c.id for c in chain] == [new.id, old.id]


def test_a_draft_cannot_be_renewed(db, client):
    draft = new_contract(db, client, status="draft")
    with pytest.raises(ValidationError, match="draft"), db.write() as s:
        contracts.renew_contract(session=s, contract_id=draft.id)


def test_terminating_early_records_the_date(db, client):
    k = new_contract(db, client)
    with db.write() as s:
        contracts.end_contract(session=s, contract_id=k.id, on=date(2026, 8, 15), terminated=True)
    with db.read() as s:
        stored = contracts.get_contract(session=s, contract_id=k.id)
    assert stored.status is ContractStatus.TERMINATED
    assert stored.ended_on == date(2026, 8, 15)
    assert stored.end_date == date(2026, 12, 31)  # what was agreed stays on record
    with pytest.raises(ValidationError, match="^Only an active contract can be ended; this one "
                       "is terminated.$"), db.write() as s:
        contracts.end_contract(session=s, contract_id=k.id, on=date(2026, 9, 1))
    other = new_contract(db, client)
    with pytest.raises(ValidationError) as refused, db.write() as s:
        contracts.end_contract(session=s, contract_id=other.id, on=date(2020, 1, 1),
                               terminated=True)
    # What the person reads (a key on the contract, not a form): a sentence, no field name.
    assert str(refused.value) == (f"A contract cannot be terminated before it starts: this one "
                                  f"starts {other.start_date:%d %b %Y}. One that has not started "
                                  "yet can be deleted instead.")
    assert refused.value.field_errors == {"ended_on": "cannot be before the contract started"}


def test_an_open_ended_contract_is_renewed_as_of_today(db, client):
    from tuicrm import dates

    k = new_contract(db, client, end_date=None)
    with dates.fixed_now(datetime(2026, 6, 10, 12, tzinfo=timezone.utc)), db.write() as s:
        new = contracts.renew_contract(session=s, contract_id=k.id)
    with db.read() as s:
        old = contracts.get_contract(session=s, contract_id=k.id)
    assert (old.end_date, old.ended_on) == (date(2026, 6, 10), date(2026, 6, 10))
    assert (new.start_date, new.end_date) == (date(2026, 6, 11), date(2027, 6, 10))


def test_list_filters_and_pages(db, client):
    for month in range(1, 8):
        new_contract(db, client, title=f"C{month}", start_date=date(2026, month, 1),
                     end_date=date(2026, month, 28),
                     status="draft" if month % 2 else "active")
    with db.read() as s:
        first = contracts.list_contracts(session=s, limit=3)
        second = contracts.list_contracts(session=s, limit=3, after=first.next_cursor)
        drafts = contracts.list_contracts(session=s, statuses=[ContractStatus.DRAFT])
        ending = contracts.list_contracts(session=s, sort=contracts.ContractSort.ENDING, limit=2)
    assert [r.title for r in first] == ["C7", "C6", "C5"]
    assert [r.title for r in second] == ["C4", "C3", "C2"]
    assert {r.title for r in drafts} == {"C1", "C3", "C5", "C7"}
    assert [r.title for r in ending] == ["C1", "C2"]
    assert first.items[0].client == "Client Co"


def test_delete_and_undo(db, client):
    k = new_contract(db, client)
    with db.write() as s:
        contracts.delete_contract(session=s, contract_id=k.id)
    with db.read() as s:
        assert len(contracts.list_contracts(session=s)) == 0
        with pytest.raises(NotFoundError):
            contracts.get_contract(session=s, contract_id=k.id)
    with db.write() as s:
        contracts.restore_contract(session=s, contract_id=k.id)
    with db.read() as s:
        assert len(contracts.list_contracts(session=s)) == 1


def test_stale_contract_edit_is_a_conflict(db, client):
    k = new_contract(db, client)
    with db.write() as s:
        contracts.update_contract(session=s, contract_id=k.id, changes={"title": "New"},
                                  expected_version=k.version)
    with pytest.raises(ConflictError), db.write() as s:
        contracts.update_contract(session=s, contract_id=k.id, changes={"title": "Mine"},
                                  expected_version=k.version)


def test_amounts_beyond_a_float_s_precision_are_stored_exactly(db, client):
    huge = 12_345_678_901_234_567  # > 2**53: a float would round it
    k = new_contract(db, client, amount_minor=huge, currency="KWD")
    with db.read() as s:
        stored = contracts.get_contract(session=s, contract_id=k.id)
    assert stored.amount_minor == huge and stored.currency == "KWD"


@pytest.mark.parametrize("changes", [
    {"status": "renewed"}, {"status": "ended"}, {"ended_on": date(2026, 5, 1)}, {"renews_id": 1}])
def test_lifecycle_fields_change_only_through_end_and_renew(db, client, changes):
    k = new_contract(db, client)
    with pytest.raises(ValidationError), db.write() as s:
        contracts.update_contract(session=s, contract_id=k.id, changes=changes,
                                  expected_version=k.version)


def test_a_draft_can_be_activated_and_links_must_exist(db, client):
    k = new_contract(db, client, status="draft")
    with db.write() as s:
        contracts.update_contract(session=s, contract_id=k.id, changes={"status": "active"},
                                  expected_version=k.version)
    with pytest.raises(ValidationError) as err:
        new_contract(db, client, owner_id=999)
    assert "owner_id" in err.value.field_errors


def test_needs_action_finds_ends_reviews_and_notice_deadlines(db, client):
    from tuicrm import dates

    with dates.fixed_now(datetime(2026, 6, 1, 12, tzinfo=timezone.utc)):
        by = date(2026, 7, 1)
        # end within 30 days; review within 30 days; notice due within 30 days
        ends = new_contract(db, client, title="ends", end_date=date(2026, 6, 20))
        review = new_contract(db, client, title="review", review_date=date(2026, 6, 15))
        notice = new_contract(db, client, title="notice", end_date=date(2026, 8, 20),
                              notice_days=60)  # cancel by 2026-06-21
        overdue = new_contract(db, client, title="overdue", end_date=date(2026, 5, 1))
        new_contract(db, client, title="quiet", end_date=date(2026, 12, 31), notice_days=30)
        # a review date gone by without a review still needs doing
        old = new_contract(db, client, title="old review", review_date=date(2026, 5, 1))
        new_contract(db, client, title="closed", status="draft", end_date=date(2026, 6, 20))
        with db.write() as s:
            closed = contracts.list_contracts(session=s, statuses=["draft"]).items[0]
            contracts.update_contract(session=s, contract_id=closed.id,
                                      changes={"status": "active"}, expected_version=None)
            contracts.end_contract(session=s, contract_id=closed.id, on=date(2026, 6, 1))
        with db.read() as s:
            page = contracts.list_contracts(session=s, needs_action_by=by)
            total = contracts.count_contracts(session=s, needs_action_by=by)
    assert {r.title for r in page} == {"ends", "review", "notice", "overdue", "old review"}
    assert total == 5
    assert {ends.id, review.id, notice.id, overdue.id, old.id} == {r.id for r in page}


def test_sorts_by_client_and_review_and_counts(db, client):
    with db.write() as s:
        other = contacts.create_contact(session=s, data={"name": "aardvark & Sons"})
    new_contract(db, client, title="Z", review_date=date(2026, 3, 1))
    new_contract(db, client, title="Y")
    new_contract(db, other, title="X", review_date=date(2026, 2, 1))
    with db.read() as s:
        by_client = contracts.list_contracts(session=s, sort=contracts.ContractSort.CLIENT,
                                             limit=2)
        rest = contracts.list_contracts(session=s, sort=contracts.ContractSort.CLIENT,
                                        after=by_client.next_cursor)
        reviews = contracts.list_contracts(session=s, sort=contracts.ContractSort.REVIEW)
        assert contracts.count_contracts(session=s) == 3
        assert contracts.count_contracts(session=s, sort=contracts.ContractSort.REVIEW) == 2
        assert contracts.count_contracts(session=s, contact_id=other.id) == 1
    assert [r.client for r in by_client] == ["aardvark & Sons", "Client Co"]
    assert [r.client for r in rest] == ["Client Co"]
    assert [r.title for r in reviews] == ["X", "Z"]


def test_rows_carry_owner_and_the_follow_on_is_found(db, client):
    from tuicrm.services import team

    with db.write() as s:
        member = team.create_member(session=s, data={"name": "Mary Jones", "initials": "MJ"})
    old = new_contract(db, client, owner_id=member.id, auto_renew=True)
    with db.read() as s:
        assert contracts.renewal_term(contracts.get_contract(session=s, contract_id=old.id)) == (
            date(2026, 12, 31), date(2027, 1, 1), date(2027, 12, 31))
    with db.write() as s:
        new = contracts.renew_contract(session=s, contract_id=old.id)
    with db.read() as s:
        rows = {r.id: r for r in contracts.list_contracts(session=s)}
        assert contracts.follow_on(session=s, contract_id=old.id).id == new.id
        assert contracts.follow_on(session=s, contract_id=new.id) is None
    assert rows[old.id].owner == "MJ" and rows[old.id].auto_renew
    assert rows[old.id].ended_on == date(2026, 12, 31)
    assert rows[new.id].renews_id == old.id


def test_detail_shows_the_whole_chain_and_the_last_currency(db, client):
    with db.read() as s:
        assert contracts.last_currency(session=s) is None
    first = new_contract(db, client, currency="chf")
    with db.write() as s:
        second = contracts.renew_contract(session=s, contract_id=first.id)
        third = contracts.renew_contract(session=s, contract_id=second.id)
    with db.read() as s:
        detail = contracts.contract_detail(session=s, contract_id=second.id)
        assert contracts.last_currency(session=s) == "CHF"
    assert [c.id for c in detail.chain] == [third.id, second.id, first.id]
    assert detail.client == "Client Co" and detail.owner is None


@pytest.mark.parametrize(("start", "end", "ended_on", "expected"), [
    # a year across a leap day stays a year
    (date(2026, 9, 22), date(2027, 9, 21), None, (date(2027, 9, 22), date(2028, 9, 21))),
    # quarterly terms stay quarters, month ends included
    (date(2026, 1, 1), date(2026, 3, 31), None, (date(2026, 4, 1), date(2026, 6, 30))),
    # ended early: the next term starts after the early end, for the agreed length
    (date(2026, 1, 1), date(2026, 12, 31), date(2026, 6, 30),
     (date(2026, 7, 1), date(2027, 6, 30))),
    # not whole months: as many days
    (date(2026, 1, 1), date(2026, 1, 10), None, (date(2026, 1, 11), date(2026, 1, 20))),
])
def test_renewal_term_keeps_the_agreed_length(start, end, ended_on, expected):
    from tuicrm.models import Contract
    from tuicrm.services.contracts import renewal_term

    contract = Contract(contact_id=1, title="t", start_date=start, end_date=end,
                        ended_on=ended_on, amount_minor=0, currency="EUR")
    _old_end, new_start, new_end = renewal_term(contract)
    assert (new_start, new_end) == expected


def test_a_renewal_is_undone_whole_and_only_while_unchanged(db, client):
    from tuicrm.core import Core

    core = Core(db, username="alice")
    old = new_contract(db, client)
    renewal = core.contract_flows.renew(old.id, old.version)
    with db.read() as s:
        assert contracts.get_contract(session=s, contract_id=old.id).status == "renewed"
    core.contract_flows.undo_renewal(renewal)
    with db.read() as s:
        back = contracts.get_contract(session=s, contract_id=old.id)
        assert (back.status, back.end_date, back.ended_on) == ("active", date(2026, 12, 31), None)
        with pytest.raises(NotFoundError):
            contracts.get_contract(session=s, contract_id=renewal.new_id)
    (undo,) = [c for c in core.history.of("contract", old.id) if c.field == "status"][:1]
    assert (undo.old, undo.new, undo.via) == ("renewed", "active", "undo")

    again = core.contract_flows.renew(old.id, back.version)
    with db.write() as s:  # someone edits the follow-on meanwhile
        contracts.update_contract(session=s, contract_id=again.new_id,
                                  changes={"amount_minor": 110000}, expected_version=None)
    with pytest.raises(ValidationError, match="cannot be undone"):
        core.contract_flows.undo_renewal(again)
    with db.read() as s:
        assert contracts.get_contract(session=s, contract_id=again.new_id).amount_minor == 110000
