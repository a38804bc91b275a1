"""Everything about one person, and erasing it so that nothing is left in the file."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from tuicrm.errors import NotFoundError
from tuicrm.services import contacts, contracts, followups, interactions, meetings, sales, satisfaction
from tuicrm.services.personal_data import erase_contact, personal_data

WHEN = datetime(2026, 11, 1, 10, tzinfo=UTC)


@pytest.fixture
def ada(db):
    """Ada with one of everything, a shared meeting, and a colleague who stays."""
    with db.write() as session:
        org = contacts.create_contact(session=session, data={
            "name": "Zanzibar Widgets", "kind": "organisation"})
        ada = contacts.create_contact(session=session, data={
            "name": "Ada Quintessa", "emails": ["ada.quintessa@example.org"],
            "phones": ["+44 7700 900123"], "tags": ["vip"], "organisation_id": org.id,
            "notes": "prefers mornings"})
        grace = contacts.create_contact(session=session, data={
            "name": "Grace Hopper", "referred_by_id": ada.id})
        contract = contracts.create_contract(session=session, data={
            "contact_id": ada.id, "title": "Quintessa retainer", "start_date": "2026-01-01",
            "amount_minor": 1000, "currency": "EUR", "status": "active"})
        contracts.renew_contract(session=session, contract_id=contract.id)
        meetings.create_meeting(session=session, data={
            "title": "Quintessa alone", "starts_at": WHEN, "attendee_ids": [ada.id]})
        meetings.create_meeting(session=session, data={
            "title": "Team sync", "starts_at": WHEN, "attendee_ids": [ada.id, grace.id]})
        followups.create_followup(session=session, data={
            "contact_id": ada.id, "due_date": "2026-11-20", "note": "call Quintessa"})
        sale = sales.create_sale(session=session, data={
            "contact_id": ada.id, "sold_at": WHEN, "currency": "EUR",
            "lines": [{"description": "Quintessa mug", "unit_price_minor": 1200}]})
        sales.refund_sale(session=session, sale_id=sale.id, data={"amount_minor": 200})
        interactions.log_interaction(session=session, data={
            "contact_id": ada.id, "kind": "note", "occurred_at": WHEN,
            "subject": "Quintessa called", "body": "about the mug"})
        satisfaction.record_response(session=session, data={
            "contact_id": ada.id, "kind": "nps", "score": 9, "responded_at": WHEN})
        return ada.id, grace.id


def test_everything_about_a_person_in_one_document(db, ada):
    ada_id, _grace = ada
    with db.read() as session:
        data = personal_data(session=session, contact_id=ada_id)
    assert data["contact"]["name"] == "Ada Quintessa"
    assert data["emails"] == ["ada.quintessa@example.org"]
    assert data["tags"] == ["vip"]
    assert len(data["contracts"]) == 2  # the contract and its renewal
    assert {m["title"] for m in data["meetings"]} == {"Quintessa alone", "Team sync"}
    assert data["sales"][0]["lines"][0]["description"] == "Quintessa mug"
    assert data["sales"][0]["refunds"][0]["amount_minor"] == 200
    assert len(data["follow_ups"]) == 1 and len(data["interactions"]) == 1
    assert data["satisfaction"][0]["score"] == 9
    json.dumps(data)  # JSON-ready as it is


def test_erase_leaves_no_trace_in_the_file(db, db_path, ada):
    ada_id, grace_id = ada
    with db.write() as session:
        removed = erase_contact(session=session, contact_id=ada_id)
    db.checkpoint()
    assert removed["contacts"] == 1 and removed["sales"] == 1 and removed["meetings"] == 1
    with db.read() as session:
        with pytest.raises(NotFoundError):
            personal_data(session=session, contact_id=ada_id)
        grace = contacts.get_contact(session=session, contact_id=grace_id).contact
        assert grace.referred_by_id is None
        titles = session.scalars(sa.text("SELECT title FROM meeting")).all()
        assert titles == ["Team sync"]  # the shared meeting stays, without Ada
        assert contacts.list_contacts(session=session, query="quintessa").items == []
        assert session.execute(sa.text("PRAGMA foreign_key_check")).all() == []
    db.dispose()
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for trace in (b"Quintessa", b"quintessa", b"prefers mornings", b"900123"):
        assert trace not in raw, f"{trace!r} is still in the database file"


def test_erasing_someone_who_is_not_there_says_so(db):
    with db.write() as session, pytest.raises(NotFoundError):
        erase_contact(session=session, contact_id=999)
