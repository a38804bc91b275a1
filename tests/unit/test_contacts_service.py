"""Contacts through the services on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from query_plans import sqlite_plans

from tuicrm.errors import ConflictError, NotFoundError, ValidationError
from tuicrm.models import ContactKind, Role
from tuicrm.services import contacts, contracts, sales, team

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def make(db, **data):
    with db.write() as s:
        return contacts.create_contact(session=s, data=data)


def names(page) -> list[str]:
    return [row.name for row in page]


def test_create_and_read_back_everything_typed(db):
    org = make(db, name="Northwind Studio", kind="organisation")
    ann = make(
        db, name="Ann Lee", organisation_id=org.id, emails=["Ann@Northwind.io", "ann@home.net"],
        phones=["+44 20 7946 0958"], tags=["VIP", "retainer"], city="Leeds", cadence_days=30,
    )
    with db.read() as s:
        detail = contacts.get_contact(session=s, contact_id=ann.id)
    assert detail.contact.name == "Ann Lee"
    assert detail.emails == ["ann@northwind.io", "ann@home.net"]
    assert detail.phones == ["+44 20 7946 0958"]
    assert detail.tags == ["retainer", "vip"]
    assert detail.organisation_name == "Northwind Studio"
    assert detail.role is Role.LEAD
    assert detail.contact.cadence_days == 30


def test_control_bytes_and_bidi_overrides_are_stripped_on_the_way_in(db):
    c = make(db, name="Eve\x1b]52;c;aGk=\x07 \u202eRTL", notes="line1\r\nline2\x00")
    with db.read() as s:
        stored = contacts.get_contact(session=s, contact_id=c.id).contact
    assert stored.name == "Eve]52;c;aGk= RTL"
    assert stored.notes == "line1\nline2"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "A", "emails": ["not-an-email"]}, "emails"),
        ({"name": "A", "phones": ["call me"]}, "phones"),
        ({"name": "A", "cadence_days": 0}, "cadence_days"),
        ({"name": "A", "owner_id": 999}, "owner_id"),
        ({"name": "A", "organisation_id": 999}, "organisation_id"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(db, data, field):
    with pytest.raises(ValidationError) as err, db.write() as s:
        contacts.create_contact(session=s, data=data)
    assert field in err.value.field_errors
    with db.read() as s:
        assert contacts.count_contacts(session=s) == 0


def test_a_person_cannot_belong_to_a_person(db):
    bob = make(db, name="Bob")
    with pytest.raises(ValidationError, match="not an organisation"), db.write() as s:
        contacts.create_contact(session=s, data={"name": "Cy", "organisation_id": bob.id})


def test_role_is_derived_from_contracts_and_sales(db):
    lead, client, customer, both = (make(db, name=n) for n in ("Lead", "Client", "Customer", "Both"))
    with db.write() as s:
        for c in (client, both):
            contracts.create_contract(session=s, data={
                "contact_id": c.id, "title": "Retainer", "start_date": date(2026, 1, 1),
                "amount_minor": 100_00, "currency": "EUR"})
        for c in (customer, both):
            sales.create_sale(session=s, data={
                "contact_id": c.id, "sold_at": NOW, "currency": "EUR",
                "lines": [{"description": "Print", "unit_price_minor": 10_00}]})
    with db.read() as s:
        roles = {r.name: r.role for r in contacts.list_contacts(session=s)}
        assert roles == {"Lead": Role.LEAD, "Client": Role.CLIENT,
                         "Customer": Role.CUSTOMER, "Both": Role.BOTH}
        for role, expected in [(Role.LEAD, ["Lead"]), (Role.CLIENT, ["Client"]),
                               (Role.CUSTOMER, ["Customer"]), (Role.BOTH, ["Both"])]:
            assert names(contacts.list_contacts(session=s, roles=[role])) == expected
        both_or_client = contacts.list_contacts(session=s, roles=[Role.CLIENT, Role.BOTH])
        assert names(both_or_client) == ["Both", "Client"]


def test_a_deleted_contract_no_longer_makes_a_client(db):
    c = make(db, name="Former")
    with db.write() as s:
        k = contracts.create_contract(session=s, data={
            "contact_id": c.id, "title": "T", "start_date": date(2026, 1, 1)})
    with db.write() as s:
        contracts.delete_contract(session=s, contract_id=k.id)
    with db.read() as s:
        assert contacts.get_contact(session=s, contact_id=c.id).role is Role.LEAD


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ann", ["Ann Lee"]),
        ("AN", ["Ann Lee"]),  # case-insensitive prefix
        ("northwind", ["Ann Lee", "Northwind Studio"]),  # organisation name finds its people
        ("ann@northw", ["Ann Lee"]),
        ("7946", ["Ann Lee"]),
        ("02079460958", ["Ann Lee"]),  # digits typed without spaces
        ("vip", ["Ann Lee"]),
        ("bradford", ["Bo Chen"]),
        ("ann lee", ["Ann Lee"]),
        ("zzz", []),
        ("\"*)", ["Ann Lee", "Bo Chen", "Northwind Studio"]),  # punctuation only: no filter, no crash
    ],
)
def test_search_over_name_org_email_phone_tag_and_city(db, query, expected):
    org = make(db, name="Northwind Studio", kind=ContactKind.ORGANISATION)
    make(db, name="Ann Lee", organisation_id=org.id, emails=["ann@northwind.io"],
         phones=["020 7946 0958"], tags=["vip"])
    make(db, name="Bo Chen", city="Bradford", emails=["bo@chen.dev"])
    with db.read() as s:
        assert names(contacts.list_contacts(session=s, query=query)) == expected


def test_search_follows_edits(db):
    c = make(db, name="Old Name", emails=["old@x.org"])
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=c.id, expected_version=c.version,
                                changes={"name": "Fresh Name", "emails": ["new@x.org"]})
    with db.read() as s:
        assert names(contacts.list_contacts(session=s, query="old")) == []
        assert names(contacts.list_contacts(session=s, query="new@x")) == ["Fresh Name"]


def test_keyset_paging_walks_every_contact_once_in_name_order(db):
    with db.write() as s:
        for i in range(23):
            contacts.create_contact(session=s, data={"name": f"Person {i:02d}"})
        # Equal names still page correctly: the id breaks the tie.
        for _ in range(3):
            contacts.create_contact(session=s, data={"name": "Same"})
    seen: list[int] = []
    cursor = None
    with db.read() as s:
        while True:
            page = contacts.list_contacts(session=s, after=cursor, limit=5)
            seen.extend(r.id for r in page)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        all_names = names(contacts.list_contacts(session=s, limit=100))
    assert len(seen) == len(set(seen)) == 26
    assert all_names == sorted(all_names, key=str.casefold)
    with db.read() as s:
        newest = contacts.list_contacts(session=s, sort=contacts.ContactSort.NEWEST, limit=2)
        assert [r.name for r in newest] == ["Same", "Same"]
        assert newest.items[0].id > newest.items[1].id


def test_filters_by_owner_tag_stage_and_kind(db):
    with db.write() as s:
        maya = team.create_member(session=s, data={"name": "Maya", "initials": "MB"})
    make(db, name="A", owner_id=maya.id, tags=["print"], stage="retention")
    make(db, name="B", tags=["web"], stage="awareness")
    make(db, name="C Ltd", kind="organisation")
    with db.read() as s:
        assert names(contacts.list_contacts(session=s, owner_id=maya.id)) == ["A"]
        assert names(contacts.list_contacts(session=s, tag="WEB")) == ["B"]
        assert names(contacts.list_contacts(session=s, stage="retention")) == ["A"]
        assert names(contacts.list_contacts(session=s, kind="organisation")) == ["C Ltd"]
        row = contacts.list_contacts(session=s, owner_id=maya.id).items[0]
        assert row.owner_initials == "MB"


def test_last_touch_is_the_latest_sale_meeting_or_interaction(db):
    from tuicrm.services import interactions

    c = make(db, name="Touchy")
    with db.write() as s:
        interactions.log_interaction(session=s, data={
            "contact_id": c.id, "kind": "call", "occurred_at": datetime(2026, 5, 1, tzinfo=timezone.utc)})
        sales.create_sale(session=s, data={
            "contact_id": c.id, "sold_at": datetime(2026, 6, 1, tzinfo=timezone.utc),
            "lines": [{"description": "x", "unit_price_minor": 100}]})
    with db.read() as s:
        row = contacts.list_contacts(session=s).items[0]
    assert row.last_touch == datetime(2026, 6, 1, tzinfo=timezone.utc)


def test_stale_save_is_a_conflict_and_keeps_the_newer_change(db):
    c = make(db, name="Shared")
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=c.id, changes={"city": "York"},
                                expected_version=c.version)
    with pytest.raises(ConflictError) as err, db.write() as s:
        contacts.update_contact(session=s, contact_id=c.id, changes={"city": "Hull"},
                                expected_version=c.version)
    assert err.value.current["city"] == "York"
    with db.read() as s:
        assert contacts.get_contact(session=s, contact_id=c.id).contact.city == "York"


def test_unknown_fields_in_an_update_are_refused(db):
    c = make(db, name="X")
    with pytest.raises(ValidationError, match="version"), db.write() as s:
        contacts.update_contact(session=s, contact_id=c.id, changes={"version": 99},
                                expected_version=c.version)


def test_delete_is_undoable_and_a_contact_with_history_is_archived(db):
    plain = make(db, name="Plain")
    client = make(db, name="Client")
    with db.write() as s:
        contracts.create_contract(session=s, data={
            "contact_id": client.id, "title": "T", "start_date": date(2026, 1, 1)})
    with db.write() as s:
        assert contacts.delete_contact(session=s, contact_id=plain.id) == "deleted"
        assert contacts.delete_contact(session=s, contact_id=client.id) == "archived"
    with db.read() as s:
        assert names(contacts.list_contacts(session=s)) == []
        assert names(contacts.list_contacts(session=s, include_archived=True)) == ["Client"]
        with pytest.raises(NotFoundError):
            contacts.get_contact(session=s, contact_id=plain.id)
    with db.write() as s:
        contacts.restore_contact(session=s, contact_id=plain.id)
        contacts.restore_contact(session=s, contact_id=client.id)
    with db.read() as s:
        assert names(contacts.list_contacts(session=s)) == ["Client", "Plain"]


def test_rows_record_who_created_and_changed_them(db):
    with db.write() as s:
        maya = team.sign_in(session=s, username="maya")
        tom = team.sign_in(session=s, username="tom")
    db.actor_id = maya.id
    c = make(db, name="Audited")
    db.actor_id = tom.id
    with db.write() as s:
        contacts.update_contact(session=s, contact_id=c.id, changes={"city": "Bath"},
                                expected_version=c.version)
    with db.read() as s:
        stored = contacts.get_contact(session=s, contact_id=c.id).contact
    assert (stored.created_by_id, stored.updated_by_id) == (maya.id, tom.id)
    assert stored.created_at.tzinfo is not None
    assert stored.updated_at >= stored.created_at


def page_and_shown(plan: str) -> tuple[str, str]:
    """A contacts page's plan in its two parts: finding the page's rows, then the
    columns shown for them (``list_contacts``)."""
    # SQLite names the page's subquery MATERIALIZE or CO-ROUTINE, by version.
    assert plan.startswith(("MATERIALIZE page | ", "CO-ROUTINE page | ")), plan
    assert " | SCAN page | " in plan, plan
    page, shown = plan.split(" | SCAN page | ")
    return page, shown


def test_the_contact_list_walks_the_name_index_instead_of_sorting(db):
    make(db, name="Someone")
    (plan,) = sqlite_plans(db, lambda s: contacts.list_contacts(session=s, after=("m", 0)),
                           nested=True)
    page, _shown = page_and_shown(plan)
    assert page.split(" | ")[1].startswith("SEARCH contact USING INDEX ix_contact_sort_name_id")
    assert "TEMP B-TREE" not in page  # no sort of the whole table per page


def test_search_is_driven_by_the_full_text_index(db):
    make(db, name="Someone")
    search = lambda s: contacts.list_contacts(session=s, query="some")  # noqa: E731
    (everything,) = sqlite_plans(db, search, nested=True)
    page, _shown = page_and_shown(everything)
    # Contacts are fetched by id from the list of matches, never scanned.
    first = page.split(" | ")[1]
    assert first.startswith("SEARCH contact USING ") and "id=?" in first, first
    assert "VIRTUAL TABLE INDEX" in page and "SCAN contact " not in everything + " "


def test_a_pages_columns_are_worked_out_for_its_rows_only(db):
    """Each row's email, phone, role and last touch is a subquery. SQLite works out
    every column of every match before sorting them for a page: a search at 100k
    contacts that matched thousands paid for each of them to show 50. The page's
    rows are found first, then their columns."""
    make(db, name="Someone")
    search = lambda s: contacts.list_contacts(session=s, query="some", roles=[Role.LEAD])  # noqa: E731
    (plan,) = sqlite_plans(db, search, nested=True)
    page, shown = page_and_shown(plan)
    assert "contact_email" not in page and "ix_contact_email_contact_id" in shown
    assert "interaction" not in page and "interaction" in shown


def test_a_deleted_organisation_neither_shows_nor_matches_on_its_people(db):
    org = make(db, name="Zeta Org", kind="organisation")
    make(db, name="Pat", organisation_id=org.id)
    with db.write() as s:
        contacts.delete_contact(session=s, contact_id=org.id)
    with db.read() as s:
        assert [(r.name, r.organisation) for r in contacts.list_contacts(session=s)] == [("Pat", None)]
        assert names(contacts.list_contacts(session=s, query="zeta")) == []


def test_an_organisation_with_people_cannot_become_a_person(db):
    org = make(db, name="Org", kind="organisation")
    make(db, name="Member", organisation_id=org.id)
    with pytest.raises(ValidationError, match="still belong"), db.write() as s:
        contacts.update_contact(session=s, contact_id=org.id, changes={"kind": "person"},
                                expected_version=org.version)


def test_count_matches_the_list_under_every_filter(db):
    make(db, name="A", tags=["print"], stage="retention")
    make(db, name="B", tags=["web"])
    with db.read() as s:
        for filters in ({"tag": "print"}, {"stage": "retention"}, {"query": "b"}, {}):
            assert contacts.count_contacts(session=s, **filters) == len(
                contacts.list_contacts(session=s, **filters)), filters


def test_saving_without_changes_does_not_make_a_new_version(db):
    c = make(db, name="Steady", emails=["s@x.io"])
    with db.write() as s:
        same = contacts.update_contact(session=s, contact_id=c.id, expected_version=c.version,
                                       changes={"name": "Steady", "emails": ["S@x.io"]})
    assert same.version == c.version
