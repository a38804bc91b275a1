"""The same services against PostgreSQL, for a team that outgrew one machine.

Skipped (with the reason) unless TUICRM_TEST_PG_URL names a server.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tuicrm.errors import ConflictError
from tuicrm.models import Role
from tuicrm.services import contacts, contracts, sales

pytestmark = pytest.mark.postgres
T0 = datetime(2026, 11, 1, 15, 30, tzinfo=timezone.utc)


def test_roles_paging_totals_and_conflicts_on_postgres(pg_db):
    with pg_db.write() as s:
        ids = {n: contacts.create_contact(session=s, data={"name": n}).id
               for n in ("Ann", "Bo", "Cy", "Di")}
        contracts.create_contract(session=s, data={
            "contact_id": ids["Ann"], "title": "Retainer", "start_date": date(2026, 1, 1)})
        for who in ("Ann", "Bo"):
            sales.create_sale(session=s, data={
                "contact_id": ids[who], "sold_at": T0, "currency": "EUR",
                "lines": [{"description": "Poster", "quantity": 2, "unit_price_minor": 1250},
                          {"description": "Frame", "unit_price_minor": 4000}]})
    with pg_db.read() as s:
        roles = {r.name: r.role for r in contacts.list_contacts(session=s)}
        first = contacts.list_contacts(session=s, limit=3)
        rest = contacts.list_contacts(session=s, limit=3, after=first.next_cursor)
        log = sales.list_sales(session=s)
    assert roles == {"Ann": Role.BOTH, "Bo": Role.CUSTOMER, "Cy": Role.LEAD, "Di": Role.LEAD}
    assert [r.name for r in first.items + rest.items] == ["Ann", "Bo", "Cy", "Di"]
    assert log.items[0].items == "Poster ×2, Frame ×1"
    assert log.items[0].sold_at == T0 and log.items[0].total_minor == 6500

    with pg_db.read() as s:
        stale = contacts.get_contact(session=s, contact_id=ids["Cy"]).contact.version
    with pg_db.write() as s:
        contacts.update_contact(session=s, contact_id=ids["Cy"], changes={"city": "Ely"},
                                expected_version=stale)
    with pytest.raises(ConflictError), pg_db.write() as s:
        contacts.update_contact(session=s, contact_id=ids["Cy"], changes={"city": "Hull"},
                                expected_version=stale)
