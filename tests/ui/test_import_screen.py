"""Pilot flows on the import screen (i on Contacts), over a real SQLite file.

What a person would notice: the path is checked as it is typed, the dry
run lists every line of the file and changes nothing, an import creates the
contacts (and they show in the list), a bad line is named by its line
number and skipped, the last import can be undone, and what a file says is
shown as it is written, never run as markup.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList, ProgressBar, Select

from tuicrm.db import Database
from tuicrm.services import contacts
from tuicrm.services.import_runs import last_import
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.screens.import_screen import ImportScreen
from tuicrm.ui.widgets.import_tables import FieldPicker

SIZE = (140, 44)

PEOPLE_CSV = (
    "First Name,Last Name,E-mail Address,Company\n"
    "Ada,Lovelace,ada@example.org,Analytical Engines Ltd\n"  # already in people_db
    "Katherine,Johnson,katherine@nasa.example,\n"
    "Broken,Row,broken@example.org,Acme,surplus\n"  # one cell too many
    "Mary,Jackson,mary@nasa.example,\n"
)


def dump(db_path: Path) -> list[str]:
    """Every table, index and row of the file."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def stored(db: Database) -> dict[str, list[str]]:
    """Every live contact's name -> emails, through the services."""
    with db.read() as session:
        rows = contacts.list_contacts(session=session, include_archived=True, limit=500).items
        return {row.name: contacts.get_contact(session=session, contact_id=row.id).emails
                for row in rows}


def cells(app, selector: str) -> list[tuple[str, ...]]:
    table = app.screen.query_one(selector, DataTable)
    return [tuple(cell.plain for cell in table.get_row_at(i)) for i in range(table.row_count)]


def shown(app, selector: str) -> str:
    content = app.screen.query_one(selector).content
    return getattr(content, "plain", str(content))


async def open_import(pilot, ui) -> ImportScreen:
    app = pilot.app
    await ui.wait_loaded(pilot)
    await pilot.press("i")
    await ui.wait_until(pilot, lambda: isinstance(app.screen, ImportScreen))
    return app.screen


async def choose_file(pilot, ui, path: str | Path) -> None:
    """Type the path (as a person would, all at once) and wait until it has been read."""
    app = pilot.app
    app.screen.query_one("#import-path", Input).value = str(path)
    await ui.wait_until(pilot, lambda: bool(shown(app, "#import-source")
                                            or shown(app, "#import-path-problem")))


async def dry_run(pilot, ui) -> None:
    await pilot.press("ctrl+r")
    await ui.wait_until(pilot, lambda: shown(pilot.app, "#import-status").startswith("Dry run"))


async def import_it(pilot, ui) -> None:
    await pilot.press("ctrl+s")
    await ui.wait_until(pilot, lambda: shown(pilot.app, "#import-status").startswith(
        ("Imported", "Nothing", "Nothing was imported")))


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_CSV, encoding="utf-8")
    return path


async def test_dry_run_shows_each_line_and_changes_nothing(people_db, people_csv, make_app,
                                                           ui, db):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        assert "people.csv: CSV, UTF-8, comma-separated, header on line 1" in shown(
            app, "#import-source")
        # the guesser's choices, column by column
        assert cells(app, "#import-columns") == [
            ("First Name", "first name"), ("Last Name", "last name"),
            ("E-mail Address", "email"), ("Company", "organisation")]
        before = dump(people_db)
        await dry_run(pilot, ui)
        rows = cells(app, "#import-plan")
        assert [(line, action, who) for line, action, who, _why in rows] == [
            ("2", "skip", "Ada Lovelace"), ("3", "create", "Katherine Johnson"),
            ("4", "skip", "—"), ("5", "create", "Mary Jackson")]
        assert "already exists" in rows[0][3] and "create only" in rows[0][3]
        status = shown(app, "#import-status")
        assert "contacts: 2 to create, 0 to update, 0 unchanged, 2 skipped" in status
        assert "Nothing was changed" in status
        assert dump(people_db) == before
        with db.read() as session:
            assert last_import(session=session) is None
        # another mode takes the plan away until the next dry run, which follows it
        app.screen.query_one("#import-mode", Select).value = "upsert"
        await pilot.pause()
        assert not app.screen.query_one("#import-plan").display
        assert "ctrl+r for a new dry run" in shown(app, "#import-status")
        await dry_run(pilot, ui)
        assert cells(app, "#import-plan")[0][:3] == ("2", "unchanged", "Ada Lovelace")
        assert dump(people_db) == before


async def test_import_creates_the_contacts_and_the_list_shows_them(people_db, people_csv,
                                                                   make_app, ui, db):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        await import_it(pilot, ui)
        status = shown(app, "#import-status")
        assert status.startswith("Imported: contacts: 2 created, 0 updated, 0 unchanged, "
                                 "2 skipped") and "u undoes this import" in status
        bar = app.screen.query_one("#import-progress", ProgressBar)
        assert bar.display and bar.percentage == 1
        messages = [str(n.message) for n in app._notifications]
        assert any("Imported people.csv: contacts: 2 created" in m and "ctrl+z" in m
                   for m in messages), messages
        people = stored(db)
        assert people["Katherine Johnson"] == ["katherine@nasa.example"]
        assert people["Mary Jackson"] == ["mary@nasa.example"]
        assert "Broken Row" not in people
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen)
                            and "Mary Jackson" in ui.table_names(app))
        assert "Katherine Johnson" in ui.table_names(app)


async def test_a_bad_line_is_reported_by_its_number_and_skipped(db, db_path, people_csv,
                                                                make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)  # the empty database's welcome names both ways in
        welcome = shown(app, "#contacts-empty")
        assert "press  i  here" in welcome and "tuicrm import FILE" in welcome
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        assert "1 record could not be read" in shown(app, "#import-source")
        await import_it(pilot, ui)
        _line, action, who, why = next(r for r in cells(app, "#import-plan") if r[0] == "4")
        assert (action, who) == ("skip", "—")
        assert "this row has 5 cells and the header 4" in why
        assert sorted(stored(db)) == ["Ada Lovelace", "Analytical Engines Ltd",
                                      "Katherine Johnson", "Mary Jackson"]


async def test_the_path_is_checked_as_it_is_typed(db, db_path, tmp_path, make_app, ui,
                                                  monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "folder").mkdir()
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "home.csv").write_text("Name,Email\nZoe Home,zoe@example.org\n")
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, tmp_path / "missing.csv")
        assert shown(app, "#import-path-problem") == (
            f"There is no file at {tmp_path / 'missing.csv'}.")
        assert not app.screen.query_one("#import-columns").display
        await choose_file(pilot, ui, tmp_path / "folder")
        assert "is a folder" in shown(app, "#import-path-problem")
        await choose_file(pilot, ui, tmp_path / "photo.csv")
        assert "binary file" in shown(app, "#import-path-problem")
        # a dry run of a file that cannot be read says so, and changes nothing
        await pilot.press("ctrl+r")
        await ui.wait_until(pilot, lambda: "could not be read" in shown(app, "#import-status"))
        await choose_file(pilot, ui, "~/home.csv")  # ~ is the home folder
        assert shown(app, "#import-path-problem") == ""
        assert "home.csv: CSV" in shown(app, "#import-source")


async def test_a_column_can_be_mapped_to_another_field(db, db_path, tmp_path, make_app, ui):
    path = tmp_path / "odd.csv"
    path.write_text("Who,Reach,Notes\nZoe Odd,zoe@example.org,likes tea\n")
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, path)
        # no column reads as a name or an email: the columns are offered to map
        assert "No column was recognised as a name or email" in shown(
            app, "#import-path-problem")
        assert cells(app, "#import-columns") == [
            ("Who", "not imported"), ("Reach", "not imported"), ("Notes", "notes")]
        table = app.screen.query_one("#import-columns", DataTable)
        table.focus()
        await pilot.press("enter")  # on "Who"
        await ui.wait_until(pilot, lambda: isinstance(app.screen, FieldPicker))
        options = app.screen.query_one(OptionList)
        options.highlighted = next(i for i in range(options.option_count)
                                   if options.get_option_at_index(i).id == "name")
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: cells(app, "#import-columns")[0] == ("Who", "name"))
        assert shown(app, "#import-path-problem") == ""
        table.move_cursor(row=1)
        await pilot.press("enter")  # "Reach" is an email
        await ui.wait_until(pilot, lambda: isinstance(app.screen, FieldPicker))
        options = app.screen.query_one(OptionList)
        options.highlighted = next(i for i in range(options.option_count)
                                   if options.get_option_at_index(i).id == "email")
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: cells(app, "#import-columns")[1] == ("Reach", "email"))
        await import_it(pilot, ui)
        assert stored(db) == {"Zoe Odd": ["zoe@example.org"]}


async def test_undo_removes_the_imported_contacts(people_db, people_csv, make_app, ui, db):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        await import_it(pilot, ui)
        assert "Mary Jackson" in stored(db)
        await pilot.press("u")  # the plan table has the focus after an import
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "people.csv" in shown(app, ".dialog--question")
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: shown(app, "#import-status").startswith("Undid"))
        assert shown(app, "#import-status") == (
            "Undid the import of people.csv (contacts, imported "
            f"{_imported_at(db)}): 2 created contacts removed, 0 updated contacts restored.")
        assert sorted(stored(db)) == ["Ada Lovelace", "Alan Turing", "Analytical Engines Ltd",
                                      "Grace Hopper"]
        # a second undo: the service's refusal, in plain words
        await pilot.press("u")
        await ui.wait_until(pilot, lambda: "already undone" in shown(app, "#import-status"))
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen)
                            and "Ada Lovelace" in ui.table_names(app))
        assert "Mary Jackson" not in ui.table_names(app)


def _imported_at(db: Database) -> str:
    from tuicrm import dates

    with db.read() as session:
        run = last_import(session=session)
    assert run is not None and run.at is not None
    return dates.format_datetime_local(run.at)


async def test_undo_refuses_when_an_imported_contact_was_edited(db, db_path, people_csv,
                                                                make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        await import_it(pilot, ui)
        with db.write() as session:
            mary = next(r for r in contacts.list_contacts(session=session).items
                        if r.name == "Mary Jackson")
            contacts.update_contact(session=session, contact_id=mary.id,
                                    changes={"job_title": "Engineer"},
                                    expected_version=mary.version)
        await pilot.press("u")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await ui.wait_until(pilot, lambda: "Nothing was undone" in shown(app, "#import-status"))
        assert "Mary Jackson (edited)" in shown(app, "#import-status")
        assert "Mary Jackson" in stored(db)


async def test_ctrl_z_undoes_the_import_from_the_contacts_list(db, db_path, people_csv,
                                                               make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, people_csv)
        await import_it(pilot, ui)
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: "Mary Jackson" in ui.table_names(app))
        await pilot.press("ctrl+z")
        await ui.wait_until(pilot, lambda: "Mary Jackson" not in ui.table_names(app))
        assert "Mary Jackson" not in stored(db)


async def test_sales_take_a_default_currency(people_db, tmp_path, make_app, ui, db):
    path = tmp_path / "sales.csv"
    path.write_text("Customer,Date,Product,Total\n"
                    "ada@example.org,2026-03-01,Tea set,12.50\n")
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, path)
        assert not app.screen.query_one("#import-currency").display
        app.screen.query_one("#import-kind", Select).value = "sales"
        await ui.wait_until(pilot, lambda: ("Total", "amount") in cells(app, "#import-columns"))
        currency = app.screen.query_one("#import-currency", Input)
        assert currency.display
        currency.value = "XQQ"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Unknown currency 'XQQ'" in shown(app, "#import-status")
        currency.value = "GBP"
        await dry_run(pilot, ui)
        assert [r[:3] for r in cells(app, "#import-plan")] == [
            ("2", "create", "ada@example.org: 12.50 GBP on 2026-03-01")]
        assert "sales: 1 to create" in shown(app, "#import-status")


async def test_a_vcard_file_is_contacts(db, db_path, tmp_path, make_app, ui):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vera Card\r\n"
                    "EMAIL:vera@example.org\r\nEND:VCARD\r\n")
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        app.screen.query_one("#import-kind", Select).value = "sales"
        await choose_file(pilot, ui, path)
        kind = app.screen.query_one("#import-kind", Select)
        assert kind.value == "contacts" and kind.disabled
        assert not app.screen.query_one("#import-columns").display
        await import_it(pilot, ui)
        assert stored(db) == {"Vera Card": ["vera@example.org"]}


async def test_hostile_file_values_show_literally(db, db_path, tmp_path, make_app, ui):
    path = tmp_path / "hostile.csv"
    path.write_text("Name,[b]Mail[/b]\n"
                    "[@click=app.quit]x,evil@example.org\n"
                    "[/]\x1b]52;c;aGk=\x07Eve,eve@example.org\n")
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_import(pilot, ui)
        await choose_file(pilot, ui, path)
        assert cells(app, "#import-columns")[1][0] == "[b]Mail[/b]"
        await dry_run(pilot, ui)
        assert [r[2] for r in cells(app, "#import-plan")] == ["[@click=app.quit]x",
                                                              "[/]]52;c;aGk=Eve"]
        await pilot.click("#import-plan")  # a click runs no action hidden in the text
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ImportScreen)


async def test_the_palette_opens_the_import_screen_from_any_section(db, db_path, make_app,
                                                                    ui):
    from tuicrm.ui.commands import app_commands

    app = make_app(db_path, start=None)  # Today
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: app.database is not None)
        command = next(c for c in app_commands(app) if c.name == "Contacts: Import a file (CSV or vCard)")
        await command.run()
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ImportScreen))
        await pilot.press("f1")  # its keys are listed like any screen's (? types in the path)
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "KeysScreen")
        keys = app.screen.groups[0]
        assert keys[0] == "Import" and ("^r", "Dry run", True) in keys[1]
