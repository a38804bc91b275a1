"""The app shell: one key per section, the keys screen, the command palette,
the remembered theme, and a second terminal's changes showing up."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta, timezone

import pytest
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Input, Static

from tuicrm import config
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.services import contracts, sales
from tuicrm.ui.screens.calendar import CalendarScreen
from tuicrm.ui.screens.contact_page import ContactPage
from tuicrm.ui.screens.contacts import ContactsScreen
from tuicrm.ui.screens.contracts import ContractsScreen
from tuicrm.ui.screens.dashboard import TodayScreen
from tuicrm.ui.screens.invoices import InvoicesScreen
from tuicrm.ui.screens.keys import KeysScreen
from tuicrm.ui.screens.purchases import PurchasesScreen
from tuicrm.ui.screens.reports import ReportsScreen
from tuicrm.ui.widgets.footer import KeyFooter

SIZE = (120, 40)
SECTION_KEYS = [("1", TodayScreen), ("3", ContractsScreen), ("4", CalendarScreen),
                ("5", PurchasesScreen), ("6", ReportsScreen), ("7", InvoicesScreen),
                ("2", ContactsScreen)]


def text_of(widget: Static) -> str:
    content = widget.content
    return getattr(content, "plain", str(content))


def status(app) -> str:
    try:
        return text_of(app.screen.query_one("#section-status", Static))
    except Exception:  # noqa: BLE001 - not a section screen (yet)
        return ""


def rendered(app, selector: str) -> str:
    """What a Static holding a Rich renderable shows, as plain text."""
    console = Console(width=60, color_system=None)
    with console.capture() as capture:
        console.print(app.screen.query_one(selector, Static).content)
    return capture.get()


def cells(app, table_id: str) -> list[list[str]]:
    table = app.screen.query_one(f"#{table_id}", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def footer_text(app) -> str:
    """The footer's line, as drawn."""
    return app.screen.query_one(KeyFooter).render().plain


async def go(pilot, ui, key: str, screen_class: type) -> None:
    await pilot.press(key)
    await ui.wait_until(pilot, lambda: isinstance(pilot.app.screen, screen_class))


# --- sections ------------------------------------------------------------


async def test_each_section_key_shows_its_screen_with_its_keys(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        for key, screen_class in SECTION_KEYS:
            await go(pilot, ui, key, screen_class)
            shown = footer_text(app)
            own = {b.description for b in screen_class.BINDINGS if b.show}
            assert any(f" {d} " in shown for d in own), (screen_class.__name__, shown)
            # ... and the app's ("Sections" may be cut at 120 columns: the Calendar has many)
            for app_key in ("^q Quit", "? Keys", " 12345678 ", "^p palette"):
                assert app_key in shown, shown
        assert app.current_mode == "contacts"
        assert ui.table_names(app)[0] == "Ada Lovelace"
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_a_section_opened_after_start_looks_as_if_the_app_started_there(
        people_db, make_app, ui):
    """Before the first frame only Today's styles are read (start.tcss); the rest
    (app.tcss) follows that frame. Contacts opened from Today, and a form opened
    there, look as they do when the app starts on Contacts."""
    looks = {}
    for start in (None, "contacts"):
        app = make_app(people_db, start=start)
        async with app.run_test(size=SIZE) as pilot:
            if start is None:
                await ui.wait_until(pilot, lambda a=app: "gone quiet" in status(a))
                await go(pilot, ui, "2", ContactsScreen)
            await ui.wait_loaded(pilot)
            search = app.screen.query_one("#contacts-search")
            table = app.screen.query_one("#contacts-table")
            await pilot.press("a")
            await ui.wait_until(pilot, lambda a=app: a.screen.query(".form--box"))
            box = app.screen.query_one(".form--box")
            looks[start] = (search.styles.border_top, search.styles.margin,
                            table.styles.background, box.styles.width, box.styles.border_top)
    assert looks[None] == looks["contacts"]
    assert looks[None][3].value == 90  # the form's width, from app.tcss


async def test_a_click_on_a_footer_key_presses_it(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        line = footer_text(app)
        await pilot.click(KeyFooter, offset=(line.index("? Keys"), 0))
        await ui.wait_until(pilot, lambda: isinstance(app.screen, KeysScreen))
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        line = footer_text(app)
        await pilot.click(KeyFooter, offset=(line.index("123456") + 3, 0))  # the 4
        await ui.wait_until(pilot, lambda: isinstance(app.screen, CalendarScreen))


async def test_sections_on_an_empty_database_say_so_kindly(db_path, db, make_app, ui):
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await go(pilot, ui, "1", TodayScreen)
        await ui.wait_until(pilot, lambda: "gone quiet" in status(app))
        for block, words in (("today-overdue", "Nothing overdue"),
                             ("today-due", "Nothing else planned for today"),
                             ("today-contracts", "No contract needs action"),
                             ("today-quiet", "Everyone has heard from you")):
            empty = app.screen.query_one(f"#{block}-empty", Static)
            assert empty.display and words in text_of(empty)
            assert not app.screen.query_one(f"#{block}", DataTable).display
        await go(pilot, ui, "4", CalendarScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("Today: 0 items"))
        assert "Nothing today" in text_of(app.screen.query_one("#calendar-empty"))
        await go(pilot, ui, "5", PurchasesScreen)
        await ui.wait_until(pilot, lambda: status(app) == "No sales yet")
        assert app.screen.query_one("#purchases-empty").display
        await go(pilot, ui, "6", ReportsScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("No contacts yet"))
        assert "All contacts" in rendered(app, "#reports-roles")
        assert "No revenue in this period" in app.screen.query_one("#reports-chart").render().plain
        assert app.screen.query_one("#reports-top-clients-empty").display
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_while_the_database_opens_no_list_claims_to_be_empty(db_path, db, ui):
    """"Nothing overdue." is said once Today knows, never while it is still opening
    (nor under a load that failed); the same for the Reports' top lists."""
    import threading

    from tuicrm.ui.app import create_app

    for start, screen_class, said in (
            (None, TodayScreen, "Nothing overdue"),
            ("reports", ReportsScreen, "No purchases in this period")):
        opened = threading.Event()
        app = create_app(str(db_path), start=start, prepare=lambda e=opened: e.wait(10))
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(0.2)
            assert isinstance(app.screen, screen_class)
            assert status(app).startswith("Opening the database")
            shown = [text_of(w) for w in app.screen.query(Static) if w.display]
            assert not [t for t in shown if said in t], shown
            opened.set()
            await ui.wait_until(pilot, lambda s=said: any(
                s in text_of(w) for w in app.screen.query(Static) if w.display))


async def test_the_quick_first_read_is_not_cancelled_by_the_opening_it_hands_over_to(
        db_path, db, ui, monkeypatch):
    """Today's quick read hands over to the database's opening from inside its
    worker; Today not shown any more hands over at once. The opening must not
    cancel the read that started it (seen as a flaky WorkerCancelled when the
    hand-over came before the read's worker had finished)."""
    from textual.worker import WorkerState

    from tuicrm.ui.app import create_app

    running: list = []

    def hand_over_at_once(screen, data, *, then):
        running.extend(screen.app.workers)  # the quick read's worker among them
        then()

    monkeypatch.setattr(TodayScreen, "show_first_read", hand_over_at_once)
    app = create_app(str(db_path))
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: app.core is not None)
        assert running
        assert [w.state for w in running] == [WorkerState.SUCCESS] * len(running)
        assert app.database_problem is None


async def test_todays_first_frame_is_laid_out_as_when_loaded(db_path, db, ui, monkeypatch):
    """Today's body is mounted just after the first frame (Lazy); until it is,
    its place is held: the status line does not jump from under the header to
    above the footer when the body comes."""
    import threading

    from textual.lazy import Lazy

    from tuicrm.ui.app import create_app

    def status_region(app):
        return app.screen.query_one("#section-status").region

    loaded = create_app(str(db_path))
    async with loaded.run_test(size=SIZE) as pilot:
        await ui.wait_until(pilot, lambda: "gone quiet" in status(loaded))
        final = status_region(loaded)
    assert final.y == SIZE[1] - 2  # just above the footer

    async def held_back(self, widgets):  # the moment before the body is mounted
        return None

    monkeypatch.setattr(Lazy, "mount_composed_widgets", held_back)
    never_opened = threading.Event()  # the database stays opening: no load waits on the body
    first = create_app(str(db_path), prepare=lambda: never_opened.wait(10))
    async with first.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert first.screen.query(Lazy)
        assert status_region(first) == final
        never_opened.set()


async def test_purchases_are_listed_newest_first_and_paged(people_db, db, make_app, ui):
    ada, grace, _alan = ui_ids(db)
    t0 = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
    with db.write() as s:
        for i in range(55):
            sales.create_sale(session=s, data={
                "contact_id": ada if i % 2 else grace, "sold_at": t0 + timedelta(days=i),
                "currency": "EUR", "lines": [{"description": f"Print {i}", "quantity": 2,
                                              "unit_price_minor": 1250}]})
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await go(pilot, ui, "5", PurchasesScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("Sales 1–50"))
        first = cells(app, "purchases-table")[0]
        assert first[1:] == ["Grace Hopper", "Print 54 ×2", "25.00 EUR", "paid"]
        await pilot.press("pagedown")
        await ui.wait_until(pilot, lambda: status(app).startswith("Sales 51–55"))
        assert cells(app, "purchases-table")[-1][2] == "Print 0 ×2"
        await pilot.press("enter")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))


async def test_reports_count_roles_and_contract_statuses(people_db, db, make_app, ui):
    ada, grace, _alan = ui_ids(db)
    with db.write() as s:
        contracts.create_contract(session=s, data={
            "contact_id": ada, "title": "Retainer", "start_date": date(2026, 1, 1),
            "status": "active", "currency": "EUR"})
        sales.create_sale(session=s, data={
            "contact_id": grace, "sold_at": datetime(2026, 2, 1, tzinfo=timezone.utc),
            "currency": "EUR", "lines": [{"description": "Poster", "unit_price_minor": 900}]})
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await go(pilot, ui, "6", ReportsScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("Amounts stay"))
        from tuicrm.services import overview

        with db.read() as s:
            assert overview.contacts_by_role(session=s)["lead"] == 2
            assert overview.contracts_by_status(session=s)["active"] == 1
        roles = rendered(app, "#reports-roles").splitlines()
        assert any(line.split()[:2] == ["Clients", "(a"] and line.split()[-1] == "1"
                   for line in roles), roles
        assert any(line.split()[0] == "Leads" and line.split()[-1] == "2" for line in roles)
        statuses = rendered(app, "#reports-contracts").splitlines()
        assert any(line.split()[0] == "Active" and line.split()[-1] == "1" for line in statuses)


# --- keys and the palette -------------------------------------------------


async def test_question_mark_lists_the_app_keys_and_the_screens(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await go(pilot, ui, "1", TodayScreen)
        await pilot.press("question_mark")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, KeysScreen))
        groups = dict(app.screen.groups)
        assert {"Today", "Sections", "Everywhere"} <= set(groups)
        assert ("x", "Done", True) in groups["Today"]
        assert [row[1] for row in groups["Sections"]] == [
            "Today", "Contacts", "Contracts", "Calendar", "Purchases", "Reports", "Invoices",
            "Deals"]
        assert {"Quit", "Keys"} <= {row[1] for row in groups["Everywhere"]}
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen))
        await pilot.press("f1")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, KeysScreen))
        await pilot.press("question_mark")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, TodayScreen))


async def palette_prompts(pilot, ui, query: str, wanted: str) -> list[str]:
    app = pilot.app
    await pilot.press("ctrl+p")
    await ui.wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*query)

    def prompts() -> list[str]:
        options = app.screen.query_one(CommandList)
        return [options.get_option_at_index(i).prompt.plain.split("\n")[0]
                for i in range(options.option_count)]

    await ui.wait_until(pilot, lambda: wanted in prompts())
    return prompts()


async def choose(pilot, prompt: str) -> None:
    """Highlight the palette's option that reads ``prompt`` and press Enter."""
    options = pilot.app.screen.query_one(CommandList)
    options.highlighted = next(
        i for i in range(options.option_count)
        if options.get_option_at_index(i).prompt.plain.split("\n")[0] == prompt)
    await pilot.press("enter")


async def test_palette_offers_every_action_by_group(people_db, make_app, ui):
    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await go(pilot, ui, "6", ReportsScreen)
        prompts = await palette_prompts(pilot, ui, "new contact", "Contacts: New contact")
        assert prompts[0] == "Contacts: New contact"
        await choose(pilot, "Contacts: New contact")  # from Reports: to Contacts, then the form
        await ui.wait_until(pilot, lambda: type(app.screen).__name__ == "ContactForm")
        assert app.current_mode == "contacts"
        await pilot.press("escape")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactsScreen))
        await palette_prompts(pilot, ui, "go calendar", "Go: Calendar")
        await choose(pilot, "Go: Calendar")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, CalendarScreen))


async def test_palette_jumps_to_any_contact(db, db_path, make_app, ui):
    ui.add_contacts(db, (f"Person {i:03d}" for i in range(300)))
    (zelda,) = ui.add_contacts(db, ["Zelda [b]Fitzgerald[/b]"])
    app = make_app(db_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        prompts = await palette_prompts(pilot, ui, "zeld", "Zelda [b]Fitzgerald[/b]")
        assert prompts == ["Zelda [b]Fitzgerald[/b]"]  # literal: no markup, no actions
        await choose(pilot, "Zelda [b]Fitzgerald[/b]")
        await ui.wait_until(pilot, lambda: isinstance(app.screen, ContactPage))
        assert app.screen.contact_id == zelda
        assert not [n for n in app._notifications if n.severity == "error"]


# --- remembered between runs, and other terminals -----------------------------


async def test_the_chosen_theme_is_there_next_time(people_db, make_app, ui, private_environment):
    app = make_app(people_db)
    async with app.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        assert app.theme != "nord"
        app.theme = "nord"
        await ui.wait_until(pilot, lambda: config.load_settings().theme == "nord")
    path = private_environment / config.SETTINGS_FILE
    assert json.loads(path.read_text())["theme"] == "nord"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    again = make_app(people_db)
    async with again.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        assert again.theme == "nord"


@pytest.mark.parametrize("theme", ["nord", "textual-light"])
async def test_a_remembered_theme_looks_as_when_chosen(people_db, make_app, ui, theme):
    """The saved theme is taken before anything is styled (not set as a person
    sets it, which restyles everything before the first frame): the app must
    look as it does when the theme is chosen while it runs, light or dark."""
    def look(app) -> tuple[object, ...]:
        table, search = app.screen.query_one("#contacts-table"), app.screen.query_one(Input)
        red = [Segment("overdue", Style.parse("bold red"))]  # as Today's status says it
        for shown_through in app._filters:
            red = shown_through.apply(red, TextualColor(0, 0, 0))
        return (app.current_theme.name, sorted(c for c in app.classes if c.startswith("-")),
                table.styles.background, search.styles.border_top,
                app.screen.styles.background, red)

    chosen = make_app(people_db)
    async with chosen.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        chosen.theme = theme
        await ui.wait_until(pilot, lambda: config.load_settings().theme == theme)
        await pilot.pause()
        looks_chosen = look(chosen)
    restored = make_app(people_db)
    async with restored.run_test(size=SIZE) as pilot:
        await ui.wait_loaded(pilot)
        assert look(restored) == looks_chosen
        assert config.load_settings().theme == theme  # restoring saved nothing new


async def test_a_second_terminals_new_contact_shows_without_restart(
        people_db, db_path, make_app, ui):
    app = make_app(people_db)
    app.change_poll_interval = 0.1
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        generation = app.data_generation
        await pilot.pause(0.4)  # polls that find nothing new change nothing
        assert app.data_generation == generation
        other = open_database(db_path)  # the other terminal
        try:
            ui.add_contacts(other, ["Barbara Liskov"])
        finally:
            other.dispose()
        await ui.wait_until(pilot, lambda: "Barbara Liskov" in ui.table_names(app))
        assert app.data_generation > generation
        # the other sections catch up when shown
        await go(pilot, ui, "6", ReportsScreen)
        await ui.wait_until(pilot, lambda: status(app).startswith("Amounts stay"))


def ui_ids(db: Database) -> tuple[int, int, int]:
    """Ada, Grace and Alan of ``people_db``."""
    from tuicrm.services.contacts import list_contacts

    with db.read() as s:
        ids = {r.name: r.id for r in list_contacts(session=s)}
    return ids["Ada Lovelace"], ids["Grace Hopper"], ids["Alan Turing"]


# --- a failure in any worker is told -----------------------------------------------


async def test_a_dialog_whose_read_fails_says_so(people_db, make_app, ui, monkeypatch):
    from tuicrm.ui.screens.segments import SegmentsDialog

    def unreadable(self, core):
        raise RuntimeError("the ledger is unreadable")

    monkeypatch.setattr(SegmentsDialog, "read", unreadable)
    app = make_app(people_db, start="purchases")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_until(pilot, lambda: isinstance(app.screen, PurchasesScreen)
                            and app.database is not None)
        await pilot.press("S")
        await ui.wait_until(pilot, lambda: any("ledger is unreadable" in n.message
                                               for n in app._notifications))
        assert isinstance(app.screen, SegmentsDialog)  # still open: Esc closes it


async def test_a_contact_picker_whose_search_fails_says_so(people_db, make_app, ui, monkeypatch):
    from tuicrm.services import contacts as contact_service

    def broken(**_kwargs):
        raise RuntimeError("the index is unreadable")

    app = make_app(people_db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await ui.wait_loaded(pilot)
        await pilot.press("a")
        await ui.wait_until(pilot, lambda: app.screen.query("#input-organisation_id"))
        monkeypatch.setattr(contact_service, "list_contacts", broken)
        field = app.screen.query_one("#input-organisation_id", Input)
        field.focus()
        await pilot.press("A", "n")
        await ui.wait_until(pilot, lambda: any("index is unreadable" in n.message
                                               for n in app._notifications))
