"""CrmApp and :func:`create_app`, the factory the CLI and the tests share.

Start-up stays light: importing this module pulls in Textual and a few small
tuicrm helpers, never SQLAlchemy/SQLModel (costlier to import than Textual).
The first frame is painted first; only then a worker thread imports the data
layer, opens (and migrates) the database, signs in the person at the keyboard
and hands the open :class:`~tuicrm.db.Database` back as a message.

Every worker of the app, its screens, dialogs and widgets reports failure to
:meth:`CrmApp.report_failure`: a notification, never a crash.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.worker import get_current_worker

from tuicrm import errors
from tuicrm.ui.change_watch import ChangeWatch
from tuicrm.ui.commands import ActionsProvider, ContactJumpProvider, SavedViewsProvider
from tuicrm.ui.navigation import SECTIONS
from tuicrm.ui.sections_ahead import SectionsAhead
from tuicrm.ui.text import safe_str
from tuicrm.ui.textual_fixes import apply as apply_textual_fixes
from tuicrm.ui.theme_memory import remember_theme, restore_theme
from tuicrm.ui.work import CoreJob, run_core, start, still_shown

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from tuicrm.core import Core
    from tuicrm.core.data import Database

apply_textual_fixes()

DATABASE_GROUP = "database"
# The quick first read has a group of its own: it hands over to the database's
# opening (exclusive in DATABASE_GROUP) from inside its worker, which would
# otherwise cancel it before it has returned. Its failures count as the
# database's (report_failure).
FIRST_READ_GROUP = "database-first-read"
UNDO_DEPTH = 20


SECTION_KEYS = Binding.Group("Sections", compact=True)
# Textual's own palette commands that the actions provider names our way.
_REPLACED_SYSTEM_COMMANDS = {"Keys", "Quit", "Theme"}


@dataclass(frozen=True)
class UndoEntry:
    """A change that can be taken back: what to call it, and the write that undoes it."""

    label: str
    job: CoreJob[object]


def plain_message(error: BaseException | None) -> str:
    """:func:`tuicrm.errors.plain_message`, made safe to show on the screen."""
    return safe_str(errors.plain_message(error)) or errors.GENERIC_MESSAGE


class CrmApp(App[None]):
    """The tuicrm terminal application over one database."""

    #: What the first screen needs; REST_CSS, the rest, is read just after the first
    #: frame (Textual's tokenizer takes ~10 ms over it, ahead of that frame).
    CSS_PATH = "start.tcss"
    REST_CSS = Path(__file__).resolve().with_name("app.tcss")  # absolute, as Textual keys it
    TITLE = "tuicrm"
    MODES: ClassVar[dict[str, str | Callable[[], Screen[object]]]] = {
        s.mode: s.make_screen for s in SECTIONS}
    DEFAULT_MODE = "dashboard"  # Today is home: whom to contact now, and why
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True,
                tooltip="Quit tuicrm (everything is already saved)."),
        Binding("question_mark", "toggle_keys", "Keys", id="app.keys",
                tooltip="Show every key of this screen, or hide that list."),
        Binding("f1", "toggle_keys", "Keys", id="app.keys_f1", show=False),
        Binding("ctrl+z", "undo", "Undo", id="app.undo",
                tooltip="Undo the last delete (or other undoable change)."),
        *(Binding(s.key, f"section('{s.mode}')", s.name, id=f"app.section.{s.mode}",
                  tooltip=f"{s.name}: {s.help}.", group=SECTION_KEYS) for s in SECTIONS),
    ]
    COMMANDS = App.COMMANDS | {ActionsProvider, ContactJumpProvider, SavedViewsProvider}
    #: Seconds between looks for changes made by other terminals (tests lower it).
    change_poll_interval: float = 2.0
    #: Exempt what start-up built from the cycle collector (see _database_opened);
    #: the tests, which make and drop hundreds of apps in one process, turn it off.
    freeze_after_start: bool = True
    #: Build the other sections in idle time once the database is open, so that
    #: opening one shows it at once (see sections_ahead); most tests turn it off,
    #: so that each builds only the screens it looks at.
    build_sections_ahead: bool = True

    class DatabaseOpened(Message):
        """The database is open, migrated, and the user is signed in."""

        def __init__(self, database: Database, member_name: str,
                     change_token: object = None) -> None:
            super().__init__()
            self.database = database
            self.member_name = member_name
            self.change_token = change_token

    class SignedIn(Message):
        """The person at the keyboard is signed in: writes are theirs from now on."""

        def __init__(self, member_name: str, change_token: object) -> None:
            super().__init__()
            self.member_name = member_name
            self.change_token = change_token

    def __init__(
        self, database: str, *, title: str | None = None,
        prepare: Callable[[], object] | None = None, start: str | None = None,
        notes: Iterable[str] = (),
    ) -> None:
        if start is not None:  # read by App.__init__ to make the first mode
            if start not in self.MODES:
                raise ValueError(f"no section called {start!r}")
            self.DEFAULT_MODE = start
        # Another first screen than Today (tests, the bench) is styled by app.tcss.
        first_is_today = self.DEFAULT_MODE == type(self).DEFAULT_MODE
        super().__init__(css_path=None if first_is_today else [self.CSS_PATH, self.REST_CSS])
        self.database_target = database
        self.prepare = prepare  # e.g. make the demo copy; runs in the start-up worker
        self.database: Database | None = None
        self.core: Core | None = None  # the use cases over ``database``, once it is open
        self.member_name: str | None = None
        self.database_problem: str | None = None
        # Bumped on every change this app makes or sees; a screen that loaded
        # at an older generation reloads when it is shown again.
        self.data_generation = 0
        self.undo_stack: list[UndoEntry] = []
        self.changes = ChangeWatch(self)
        self.sections_ahead = SectionsAhead(self, SECTIONS)
        self._switching_mode = False  # see switch_mode
        restore_theme(self)  # before anything is styled
        self.start_notes = list(notes)  # said once the first frame is up (file permissions)
        self._theme_ready = False  # set on mount: from then on, a theme change is the user's
        if title:
            self.title = safe_str(title)
        self.sub_title = safe_str(_short_name(database))

    # --- start-up ----------------------------------------------------------

    def on_mount(self) -> None:
        self._theme_ready = True
        # Read Today while the first frame is painted; style the rest and start the
        # (slower) data layer once its rows are drawn (_first_read).
        self._first_read()
        for note in self.start_notes:
            self.notify(safe_str(note), title="Privacy", severity="warning", timeout=15,
                        markup=False)

    def _read_rest_of_stylesheet(self) -> None:
        """Add app.tcss to the stylesheet and restyle what is mounted (the first
        screen), before any other screen is built. Only the new file is parsed:
        the others' parsed rules are cached."""
        if self.stylesheet.has_source(str(self.REST_CSS)):
            return
        self.stylesheet.read(self.REST_CSS)
        self.css_path.append(self.REST_CSS)  # as if it had been named up front
        self.stylesheet.update(self)

    def _first_read(self) -> None:
        """Today, the first screen, reads its lists through sqlite3 (``core.quick``:
        the services' own statements, compiled ahead) while the data layer is not
        yet imported, so its rows show in a blink; the database opens the usual way
        once they are drawn. Another first screen, or a file the quick read does
        not serve, opens it at once."""
        read = getattr(self.screen, "quick_first_read", None)
        if not callable(read) or "://" in self.database_target:
            self.call_after_refresh(self._after_first_read)  # once the first frame is up
            return
        start(self, partial(self._quick_first_read, read), group=FIRST_READ_GROUP)

    def _after_first_read(self) -> None:
        """The rest of the stylesheet (the first screen has its own), then the database.
        Both wait for the quick read's rows: parsing app.tcss and importing the data
        layer are Python work that would share the interpreter with drawing them."""
        if not gc.isenabled():  # the console script holds it during the start
            gc.freeze()  # what the start built lives as long as the app (_database_opened)
            gc.enable()
        self._read_rest_of_stylesheet()
        self.open_database()

    def _quick_first_read(self, read: Callable[[], object]) -> None:
        """(worker) Make the demo copy, then read the first screen's data quickly."""
        if self.prepare is not None:
            self.prepare()
            self.prepare = None
        data = read()
        self.call_from_thread(self._first_read_done, data)

    def _first_read_done(self, data: object) -> None:
        show = getattr(self.screen, "show_first_read", None)
        if data is not None and callable(show):
            show(data, then=self._after_first_read)
        else:
            self._after_first_read()

    def open_database(self) -> None:
        """Open the database in a worker (:meth:`_open_database`)."""
        start(self, self._open_database, group=DATABASE_GROUP, exclusive=True)

    def _open_database(self) -> None:
        """Import the data layer and open the database (worker thread); the screens
        read at once. Writes wait (``Database.hold_writes``) while this worker
        goes on: the file's structure check, then the sign-in, which waits out
        another program's write lock as long as it takes; reads never wait."""
        from tuicrm import config, core

        if self.prepare is not None:
            self.prepare()
        database = core.open_database(self.database_target)
        username = config.current_username()
        try:
            gate = database.hold_writes()
            known = core.Core(database).people.member_named(username)
            token = database.change_token()
        except BaseException:
            database.dispose()
            raise
        self.post_message(self.DatabaseOpened(database, known[1] if known else username, token))
        try:
            self._check_structure(core, database)
            with gate.passing():
                member_id, member_name = self._sign_in(core.Core(database), username)
        except BaseException as error:
            gate.fail(error)  # every save says why, instead of waiting for ever
            raise
        database.actor_id = member_id
        gate.open()
        self.post_message(self.SignedIn(member_name, database.change_token()))

    def _check_structure(self, core: Any, database: Database) -> None:
        """The file's structure check (worker); waits out another program's lock."""
        told = False
        while True:
            try:
                core.check_structure(database)
                return
            except errors.CrmError as error:
                if "is locked by another program" not in str(error) or \
                        get_current_worker().is_cancelled:
                    raise  # damaged, or unreadable: the gate refuses every save
                if not told:
                    told = True
                    self.call_from_thread(self.notify, errors.plain_message(error),
                                          title="Waiting", severity="warning", timeout=12)
                time.sleep(1)

    def _sign_in(self, app_core: Core, username: str) -> tuple[int, str]:
        """Sign in (a write), waiting out a lock another program holds (worker)."""
        told = False
        while True:
            try:
                return app_core.people.sign_in(username)
            except errors.DatabaseBusyError:
                if get_current_worker().is_cancelled:
                    raise
                if not told:
                    told = True
                    self.call_from_thread(
                        self.notify, "Another program holds the database's write lock. You "
                        "can read meanwhile; saving waits until the lock is released.",
                        title="Waiting", severity="warning", timeout=12)

    @on(SignedIn)
    def _signed_in(self, event: SignedIn) -> None:
        """Signed in: name the person, and look for changes from after our own sign-in
        (it wrote: that is not someone else's change to reload for). A message, so it
        comes after ``DatabaseOpened``, which starts the watch."""
        self.changes.token = event.change_token
        member_name = self.member_name = event.member_name
        self.sub_title = safe_str(f"{_short_name(self.database_target)} · {member_name}")

    @on(DatabaseOpened)
    def _database_opened(self, event: DatabaseOpened) -> None:
        from tuicrm.core import Core  # the data layer is loaded by now (the worker opened it)

        if self.database is not None and self.database is not event.database:
            self.database.dispose()
        self.database = event.database
        self.core = Core(event.database)
        self.member_name = event.member_name
        if self.freeze_after_start:
            # What is alive now (Textual, the data layer, the models: a few hundred
            # thousand objects) lives as long as the app. Python's cycle collector
            # walked all of it on every full pass, 0.1-0.2 s in the middle of
            # opening a screen or typing a search; frozen, it walks what is new.
            gc.freeze()
        self.database_problem = None
        self.sub_title = safe_str(f"{_short_name(self.database_target)} · {event.member_name}")
        self.changes.start(event.change_token, self.change_poll_interval)
        if self.build_sections_ahead:
            self.sections_ahead.start()
        for screen in self.screen_stack:
            reload = getattr(screen, "reload_now", None)  # not again when next shown
            if callable(reload):
                reload()

    def on_unmount(self) -> None:
        if self.database is not None:
            self.database.dispose()
            self.database = None
            self.core = None

    # --- errors ------------------------------------------------------------

    def report_failure(self, node: DOMNode, group: str, error: BaseException) -> None:
        """The one place an unexpected error in a worker (:func:`~tuicrm.ui.work.start`)
        becomes a notification; the node that started it may also say so in place
        (``job_failed(group, message)``)."""
        message = plain_message(error)
        self.log.error(f"worker {group!r} failed", error)
        if group in (DATABASE_GROUP, FIRST_READ_GROUP):
            self.database_problem = message
            for screen in self.screen_stack:
                show = getattr(screen, "show_problem", None)
                if callable(show):
                    show(message)
        self.notify(message, title="tuicrm", severity="error", timeout=12, markup=False)
        in_place = getattr(node, "job_failed", None)
        if callable(in_place) and still_shown(node):
            in_place(group, message)

    # --- data changes and undo ---------------------------------------------

    def data_changed(self) -> None:
        """Something in the database changed: the current screen reloads now,
        the others when they are next shown (see :class:`~tuicrm.ui.screens.base.CrmScreen`)."""
        self.data_generation += 1
        reload = getattr(self.screen, "reload_if_stale", None)
        if callable(reload):
            reload()

    def remember_undo(self, label: str, job: CoreJob[object]) -> None:
        """Offer ``job`` (a write) as the undo of what was just done, named ``label``."""
        self.undo_stack = [*self.undo_stack[-(UNDO_DEPTH - 1):], UndoEntry(label, job)]
        self.refresh_bindings()
        self.notify(f"{safe_str(label)}. Press ctrl+z to undo.", timeout=10, markup=False)

    def action_undo(self) -> None:
        """Undo the newest undoable change (a delete, an archive ...)."""
        if not self.undo_stack:
            self.notify("Nothing to undo.", timeout=4)
            return
        entry = self.undo_stack.pop()
        self.refresh_bindings()

        def undone(_result: object) -> None:
            self.notify(f"Undone: {safe_str(entry.label)}.", timeout=6, markup=False)
            self.data_changed()

        run_core(self, entry.job, done=undone, group="undo")

    # --- actions -----------------------------------------------------------

    def action_toggle_keys(self) -> None:
        """Show every key of the current screen (or close that list)."""
        from tuicrm.ui.screens.keys import KeysScreen

        if isinstance(self.screen, KeysScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(KeysScreen(self.screen))

    def switch_mode(self, mode: str) -> AwaitMount:
        """Textual's, less the 50 ms it holds every frame for on a switch (to hide
        a half-made screen) when the section has never been shown: one built
        ahead is whole, and one shown for the first time holds its own frames
        until its rows are in (``CrmScreen._hold_frames``). The hold made every
        first opening 50 ms at least. Going back to a section shown before keeps
        it: its first frame would be drawn against the one it left (the footer
        alone, over the section left), before its resume restyles it."""
        stack = self._screen_stacks.get(mode)  # private API (Textual pinned)
        never_shown = not stack or not getattr(stack[-1], "left_before", True)
        self._switching_mode = never_shown
        try:
            return super().switch_mode(mode)
        finally:
            self._switching_mode = False

    def delay_update(self, delay: float = 0.05) -> None:
        if not self._switching_mode:  # the command palette's stays, and see switch_mode
            super().delay_update(delay)

    async def action_section(self, mode: str) -> None:
        """Go to a section; its key again, from a page opened there, goes back to its list."""
        if self.current_mode == mode:
            while len(self.screen_stack) > 1 and not isinstance(self.screen, ModalScreen):
                self.pop_screen()
            return
        await self.switch_mode(mode)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Sections do not switch under an open form or dialog (it would stay behind)."""
        if action == "section" and isinstance(self.screen, ModalScreen):
            return False
        if action == "undo" and not self.undo_stack:
            return False  # off the footer until there is something to undo
        return True

    def open_contact(self, contact_id: int) -> None:
        """Show a contact's page over the current section."""
        from tuicrm.ui.screens.contact_page import ContactPage

        self.push_screen(ContactPage(contact_id))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands, less those the actions provider offers as "App: …"."""
        for command in super().get_system_commands(screen):
            if command.title not in _REPLACED_SYSTEM_COMMANDS:
                yield command

    # --- other terminals' changes, and the theme ----------------------------

    def on_app_focus(self, _event: events.AppFocus) -> None:
        self.changes.look()

    def watch_theme(self, _theme: str) -> None:
        if getattr(self, "_theme_ready", False):  # not Textual's default
            remember_theme(self)


def _short_name(database: str) -> str:
    """What the header shows for a database: a file's name, a URL without password."""
    if "://" in database:
        scheme, _, rest = database.partition("://")
        host = rest.rpartition("@")[2]
        return f"{scheme}://{host}"
    return database.replace("\\", "/").rstrip("/").rpartition("/")[2] or database


def create_app(
    database: str, *, title: str | None = None, prepare: Callable[[], object] | None = None,
    start: str | None = None, notes: Iterable[str] = (),
) -> CrmApp:
    """The app over ``database`` (a file path or a SQLAlchemy URL).

    ``prepare`` (optional) runs in the start-up worker, after the first frame
    and before the database opens: the demo makes its copy there. ``start``
    names the first section (a mode; default Today).
    """
    return CrmApp(str(database), title=title, prepare=prepare, start=start, notes=notes)
