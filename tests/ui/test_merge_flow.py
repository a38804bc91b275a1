"""Duplicates and merge from the keyboard: D on Contacts, Enter on a pair, choose, merge, undo."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from tuicrm.services import contacts, sales
from tuicrm.ui.screens.duplicates import DuplicatesScreen, MergeDialog

SIZE = (120, 40)


def live(db) -> dict[int, tuple]:
    with db.read() as s:
        return {r.id: (r.name, r.city) for r in s.execute(sa.text(
            "SELECT id, name, city FROM contact WHERE deleted_at IS NULL"))}


async def test_merge_two_contacts_from_the_keyboard_and_undo(db, db_path, make_app, ui):
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={
            "name": "Ada Lovelace", "emails": ["ada@example.org"], "city": "London"}).id
        copy = contacts.create_contact(session=s, data={
            "name": "Ada L.", "emails": ["ADA@example.org"], "city": "Oxford"}).id
        sales.create_sale(session=s, data={
            "contact_id": copy, "sold_at": datetime(2026, 5, 1, 10, tzinfo=UTC),
            "lines": [{"description": "Notes", "unit_price_minor": 500}]})
    before = live(db)
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("D")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DuplicatesScreen)
                            and bool(app.screen.pairs))
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, MergeDialog)
                            and app.screen.preview is not None)
        dialog = app.screen
        fields = [f.field for f in dialog.preview.fields]
        assert fields[:2] == ["name", "city"]
        await pilot.press("down", "space")  # the city: take Oxford
        await ui.wait_until(pilot, lambda: dialog.take == {"city"})
        await pilot.press("ctrl+s")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, DuplicatesScreen)
                            and not app.screen.pairs)
        assert live(db) == {ada: ("Ada Lovelace", "Oxford")}
        with db.read() as s:
            assert contacts.history_counts(session=s, contact_id=ada)["sales"] == 1
        assert any("Merged Ada L. into Ada Lovelace" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: live(db) == before)
        with db.read() as s:
            assert contacts.history_counts(session=s, contact_id=copy)["sales"] == 1
