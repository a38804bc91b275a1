"""Pilot flows through the contacts list, on real SQLite files."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from textual.widgets import DataTable, Input, Static

from tuicrm.core import open_database
from tuicrm.errors import CrmError, NotFoundError
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.screens.record_lists import ListPage, PageRead

SIZE = (120, 40)
HOSTILE = ["[/]", "[@click=app.quit]x", "a [/", "\x1b]52;c;aGk=\x07evil", "\u202eRTL"]


async def test_lists_contacts_with_ids_as_row_keys(people_db, make_app, ui, db):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        assert ui.table_names(app) == ["Ada Lovelace", "Alan Turing",
                                       "Analytical Engines Ltd", "Grace Hopper"]
        assert ui.status_text(app).startswith("Contacts 1–4 of 4")
        table = app.screen.query_one("#contacts-table", DataTable)
        ada = table.get_row_at(0)
        assert ada[1].plain == "Analytical Engines Ltd"
        assert ada[3].plain == "ada@example.org"
        assert ada[2].plain == "Lead"
        with db.read() as session:
            ids = {name: id_ for id_, name in session.execute(
                sa.text("SELECT id, name FROM contact"))}
        keys = [table.coordinate_to_cell_key((i, 0)).row_key.value for i in range(4)]
        assert keys == [str(ids[n]) for n in ui.table_names(app)]
        assert app.member_name == "tester"  # signed in as TUICRM_USER
        assert not app._notifications


async def test_search_narrows_the_table(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"grace")
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])
        assert "matching “grace”" in ui.status_text(app)
        # by organisation: every member of the organisation, and the organisation
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 4)
        await pilot.press("slash", *"analytical")
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 4)
        # by e-mail, and nothing found
        app.screen.query_one(Input).value = "navy"
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])
        app.screen.query_one(Input).value = "nobody"
        await ui.wait_until(pilot, lambda: ui.status_text(app).startswith("No contacts match"))
        empty = app.screen.query_one("#contacts-empty", Static)
        assert empty.display and "“nobody”" in ui.widget_text(empty)


async def test_typing_n_and_p_in_the_search_types_them(many_db, make_app, ui):
    app = make_app(many_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("slash", *"person 11")
        await ui.wait_until(pilot, lambda: len(ui.table_names(app)) == 10)
        assert app.screen.query_one(Input).value == "person 11"
        assert ui.table_names(app)[0] == "Person 110"


async def test_paging_forward_and_back(many_db, make_app, ui):
    app = make_app(many_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        names = ui.table_names(app)
        assert names[0] == "Person 000" and names[-1] == "Person 049" and len(names) == 50
        assert ui.status_text(app).startswith("Contacts 1–50 of 120")

        await pilot.press("n")
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Person 050")
        assert ui.table_names(app)[-1] == "Person 099"
        assert ui.status_text(app).startswith("Contacts 51–100 of 120")

        await pilot.press("pagedown")  # works with the table focused too
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Person 100")
        assert len(ui.table_names(app)) == 20
        assert ui.status_text(app).startswith("Contacts 101–120 of 120")
        await pilot.press("n")  # no page after the last: nothing happens
        await ui.wait_until(pilot, lambda: True)
        assert ui.table_names(app)[0] == "Person 100"

        await pilot.press("p")
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Person 050")
        await pilot.press("pageup")
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Person 000")
        assert ui.status_text(app).startswith("Contacts 1–50 of 120")


async def test_a_new_search_starts_at_the_first_page(many_db, make_app, ui):
    app = make_app(many_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("n")
        await ui.wait_until(pilot, lambda: ui.table_names(app)[0] == "Person 050")
        app.screen.query_one(Input).value = "person"
        await ui.wait_until(pilot, lambda: ui.status_text(app).startswith(
            "Contacts 1–50 of 120 matching"))
        assert ui.table_names(app)[0] == "Person 000"


async def test_a_slow_earlier_search_does_not_overwrite_a_newer_one(
    people_db, make_app, ui, monkeypatch
):
    """Type "a", then "grace": the answer for "a" comes back last and is not shown."""
    from tuicrm.services import contacts

    real = contacts.list_contacts
    started, release = threading.Event(), threading.Event()

    def slow_for_a(**kwargs):
        if kwargs.get("query") == "a":
            started.set()
            release.wait(10)
        return real(**kwargs)

    monkeypatch.setattr(contacts, "list_contacts", slow_for_a)
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        search = app.screen.query_one(Input)
        search.value = "a"
        await poll(pilot, started.is_set)  # the query for "a" is under way, and stuck
        search.value = "grace"
        await poll(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])
        release.set()  # now the answer for "a" (all four) comes back
        await ui.wait_until(pilot, lambda: True)
        assert ui.table_names(app) == ["Grace Hopper"]
        assert ui.status_text(app).startswith("Contacts 1–1 of 1 matching “grace”")


async def test_an_older_page_arriving_after_a_newer_one_is_ignored(people_db, make_app, ui, db):
    """The request number alone keeps the newer answer on screen."""
    from tuicrm.services import contacts

    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        screen = app.screen
        assert isinstance(screen, ContactsScreen)
        older = screen._requests, screen.page_query()
        with db.read() as session:
            everyone = contacts.list_contacts(session=session, query="", limit=50).items
        assert len(everyone) == 4
        app.screen.query_one(Input).value = "grace"
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["Grace Hopper"])
        assert screen._requests > older[0]
        # the slow answer to the earlier request (every contact) arrives last
        screen.post_message(PageRead(ListPage(older[0], (None,), older[1], everyone, None)))
        screen._page_read(ListPage(older[0], (None,), older[1], everyone, None, len(everyone)))
        await ui.wait_until(pilot, lambda: True)
        assert ui.table_names(app) == ["Grace Hopper"]
        assert ui.status_text(app).startswith("Contacts 1–1 of 1 matching “grace”")


async def poll(pilot, predicate, *, timeout: float = 10.0) -> None:
    """Like ``ui.wait_until`` without waiting for workers (one is meant to be stuck)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await pilot.pause(0.02)


async def test_empty_database_shows_how_to_start(db, db_path, make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        empty = app.screen.query_one("#contacts-empty", Static)
        assert empty.display
        assert not app.screen.query_one("#contacts-table", DataTable).display
        text = ui.widget_text(empty)
        assert "no contacts yet" in text and "tuicrm --demo" in text
        assert "a  to add a person" in text and "Importing" in text
        # the first key works at once: a opens the new-contact form
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ContactForm")
        await pilot.press(*"First Contact", "ctrl+s")
        await ui.wait_until(pilot, lambda: ui.table_names(app) == ["First Contact"])
        assert not empty.display


async def test_hostile_names_show_literally(db, db_path, make_app, ui):
    ids = ui.add_contacts(db, HOSTILE)
    # Input is cleaned on the way in; a file written by another program is not,
    # so put raw escapes in behind the services' back too.
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE contact SET name = ?, sort_name = 'zz' WHERE id = ?",
                     ("\x1b]0;pwned\x07Mallory\u202e\x9b2J", ids[-1]))
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        names = ui.table_names(app)
        for literal in ("[/]", "[@click=app.quit]x", "a [/", "]52;c;aGk=evil"):
            assert literal in names
        assert "]0;pwnedMallory2J" in names
        for name in names:
            assert not any(c in name for c in "\x1b\x07\u202e\x9b")
        # clicking the would-be action does nothing; the app keeps running
        row = names.index("[@click=app.quit]x")
        assert await pilot.click("#contacts-table", offset=(4, 1 + row))
        await pilot.pause()
        assert app.screen.query_one("#contacts-table", DataTable).cursor_row == row
        await pilot.press("slash", *"[/")
        await ui.wait_until(pilot, lambda: "“[/”" in ui.status_text(app))
        assert app.is_running and app.return_code is None
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_question_mark_shows_every_key(people_db, make_app, ui):
    from tuicrm.ui.screens.keys import KeysScreen

    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("question_mark")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, KeysScreen))
        shown = {desc for _g, rows in app.screen.groups for _k, desc, _on in rows}
        assert {"Quit", "Search", "Add person"} <= shown
        await pilot.press("question_mark")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        ids = {b.id for _key, b in app.screen._bindings} | {b.id for _k, b in app._bindings}
        assert {"app.quit", "contacts.search", "contacts.next_page",
                "contacts.prev_page"} <= ids


def test_every_binding_has_its_own_id_and_a_description():
    from tuicrm.ui.app import CrmApp

    bindings = [b for cls in (CrmApp, ContactsScreen) for b in cls.BINDINGS]
    ids = [b.id for b in bindings]
    assert all(ids) and all(b.description for b in bindings)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


async def test_ctrl_q_quits(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_damaged_database_is_a_notification_not_a_crash(tmp_path, make_app, ui):
    path = tmp_path / "damaged.db"
    open_database(path).dispose()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # keep the header, wreck every page
    path.write_bytes(bytes(data))
    app = make_app(path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: bool(app._notifications))
        (note,) = list(app._notifications)
        assert note.severity == "error" and "database" in note.message.lower()
        assert "Traceback" not in note.message and "\n" not in note.message
        assert ui.status_text(app).startswith("⚠")
        assert app.is_running


async def test_a_file_damaged_in_its_middle_is_read_but_never_written(
        seeded_db, db_path, make_app, ui):
    """The structure check runs after the first frame: the screens read what they
    can, the person is told, and every write is refused; the file stays as it was."""
    import hashlib
    import sqlite3
    from contextlib import closing

    seeded_db.checkpoint()  # everything in the file itself (it stays in WAL mode, as ours are)
    seeded_db.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        # wreck a few pages of the sale lines (a list no screen here reads first)
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sale_line'"
                            ).fetchone()[0]
    with db_path.open("r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\xa5" * 4096)
    assert root < pages
    before = hashlib.sha256(db_path.read_bytes()).digest()
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: any("is damaged" in n.message
                                               for n in app._notifications))
        assert "tuicrm restore" in next(n.message for n in app._notifications
                                        if "is damaged" in n.message)
        with pytest.raises(CrmError, match="is damaged"):
            await asyncio.to_thread(app.core.people.save_contact, None, {"name": "New"}, None)
        assert app.is_running
    assert hashlib.sha256(db_path.read_bytes()).digest() == before


async def test_a_lock_held_at_start_lets_screens_load_and_sign_in_follows(
        people_db, make_app, ui):
    """Another program holds the write lock as the app starts: every screen reads
    meanwhile, and the sign-in (a write) goes through once the lock is released."""
    import sqlite3

    holder = sqlite3.connect(people_db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    app = make_app(people_db)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            # (not ui.wait_until: it waits for every worker, and the sign-in is waiting)
            async def until(predicate) -> None:
                for _ in range(200):
                    await pilot.pause(0.05)
                    if predicate():
                        return
                raise AssertionError(f"timed out; status: {ui.status_text(app)!r}")

            await until(lambda: ui.status_text(app).startswith("Contacts"))
            assert "Ada Lovelace" in ui.table_names(app)  # read while it is locked
            assert app.database is not None and app.database.actor_id is None
            holder.execute("COMMIT")  # the other program lets go
            await until(lambda: app.database.actor_id is not None)
            assert not [n for n in app._notifications if n.severity == "error"]
    finally:
        holder.close()


async def test_a_sign_in_that_fails_refuses_every_save_instead_of_an_unsigned_one(
        people_db, make_app, ui, monkeypatch):
    """A user name the team list cannot take (longer than 64 characters): the app still
    reads, and a save says why it cannot be made rather than going in unattributed."""
    monkeypatch.setenv("TUICRM_USER", "x" * 80)
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: bool(app._notifications))
        assert "Ada Lovelace" in ui.table_names(app)
        with pytest.raises(CrmError, match="username"):
            await asyncio.to_thread(app.core.people.save_contact, None, {"name": "New"}, None)
    with open_database(people_db).read() as session:
        assert session.execute(sa.text("SELECT count(*) FROM contact WHERE name = 'New'")
                               ).scalar() == 0


async def test_a_failing_page_load_is_a_notification(people_db, make_app, ui, monkeypatch):
    from tuicrm.services import contacts

    def broken(**_kwargs):
        raise CrmError("The contact list could not be read [/].")

    monkeypatch.setattr(contacts, "list_contacts", broken)
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: bool(app._notifications))
        (note,) = list(app._notifications)
        assert note.message == "The contact list could not be read [/]."
        assert note.markup is False
        assert "could not be read [/]" in ui.status_text(app)
        assert app.is_running


async def test_an_answer_reaching_a_page_as_it_closes_is_dropped(people_db, make_app, ui):
    """A contract deleted from its page closes the page; the reload that the
    delete set off came back while Textual was still removing the page, found
    none of its parts, and showed "Unexpected error (NoMatches)"."""
    from textual.containers import Vertical

    from tuicrm.ui import work

    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        page = Vertical(Static(id="late-title"))
        await app.screen.mount(page)
        shown: list[str] = []

        def show(text: str) -> None:
            page.query_one("#late-title", Static).update(text)
            shown.append(text)

        work._deliver(page, show, "while open")
        page.remove()  # the removal has begun: still attached, its parts going
        work._deliver(page, show, "while closing")
        # the reload's "not found" has no page to show on and no one to tell
        work._failed(app, page, NotFoundError("Contract", 1), lambda e: show(str(e)))
        await pilot.pause()
        assert shown == ["while open"]
        assert not [n for n in app._notifications if n.severity == "error"]


def test_importing_the_app_leaves_the_data_layer_unloaded():
    """The first frame must not wait for SQLAlchemy/SQLModel to import."""
    code = ("import sys, tuicrm.ui.app; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'tuicrm.db') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).parent)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("value, shown", [
    ("[/]", "[/]"), ("[@click=app.quit]x", "[@click=app.quit]x"), ("a [/", "a [/"),
    ("\x1b]52;c;aGk=\x07evil", "]52;c;aGk=evil"), ("\u202eRTL", "RTL"),
    ("two\nlines", "two lines"), (None, ""), (42, "42"),
])
def test_safe_text(value, shown):
    from tuicrm.ui.text import safe_text

    text = safe_text(value)
    assert text.plain == shown
    assert not text.spans and not text.style


def test_safe_text_truncates_by_cells():
    from tuicrm.ui.text import safe_text

    assert safe_text("Ünïcode name that is long", max_width=10).plain == "Ünïcode n…"
    assert safe_text("short", max_width=10).plain == "short"


async def test_back_on_an_empty_contacts_section_keys_still_work(db, db_path, make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("1")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "TodayScreen")
        await pilot.press("2")
        await ui.wait_loaded(pilot)
        assert not isinstance(app.focused, Input)  # "a" must not go into the search box
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ContactForm")


async def test_once_open_the_app_exempts_what_start_up_built_from_the_collector(
        people_db, make_app, ui, monkeypatch):
    """The cycle collector's full passes walked everything start-up built (0.1-0.2 s
    in the middle of opening a screen); the app freezes it once the data is open."""
    import gc

    from tuicrm.ui.app import CrmApp

    monkeypatch.setattr(CrmApp, "freeze_after_start", True)
    gc.unfreeze()
    app = make_app(people_db)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await ui.wait_loaded(pilot)
            assert app.database is not None
            assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the rest of the tests run with the collector as usual


async def test_today_shows_its_rows_before_the_data_layer_has_opened_the_file(
        seeded_db, db_path, make_app, ui, monkeypatch):
    """The first rows come from the quick read (sqlite3, the statements compiled
    ahead), while the database is not open yet; once it is, Today reads the
    usual way and shows the same rows."""
    from tuicrm.ui.screens.dashboard import TodayScreen

    seeded_db.dispose()
    shown: list[tuple[bool, list[str]]] = []
    first_read = TodayScreen.show_first_read

    def rows(screen) -> list[str]:  # noqa: ANN001 - the "What" of each row due today
        table = screen.query_one("#today-due", DataTable)
        return [table.get_row_at(i)[1].plain for i in range(table.row_count)]

    def noted(screen, data, *, then):  # noqa: ANN001, ANN202
        first_read(screen, data, then=then)
        shown.append((screen.crm_app.core is None, rows(screen)))

    monkeypatch.setattr(TodayScreen, "show_first_read", noted)
    app = make_app(db_path, start=None)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: bool(shown) and app.core is not None)
        status = app.screen.query_one("#section-status", Static)
        await ui.wait_until(pilot, lambda: "Enter opens" in ui.widget_text(status)
                            and not any(w.is_running for w in app.workers))
        [(before_open, quick_rows)] = shown
        assert before_open and len(quick_rows) >= 3
        assert rows(app.screen) == quick_rows  # read again once open: the same
        assert not app._notifications
