"""Command-palette providers (ctrl+p): every action, and any contact by name.

- :class:`ActionsProvider` names every app and section action "Group:
  action" ("Go: Contacts", "Contacts: New contact", "App: Undo"). A section
  action chosen from elsewhere first goes to its section, then runs there.
  The names come from the screens' own bindings, so a new key shows up here
  without anyone remembering to add it.
- :class:`ContactJumpProvider` finds contacts as you type, through the same
  full-text search as the contacts list. The query runs in a thread
  (``asyncio.to_thread``) through the core, in its own read: the palette stays live
  over 100,000 contacts. Names are shown through ``safe_text``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from tuicrm.ui.navigation import SECTIONS
from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.core.data import ContactRow
    from tuicrm.ui.app import CrmApp

JUMP_LIMIT = 10
JUMP_MIN_CHARS = 2

# Where a footer label is too short to stand alone in a list of every command.
PALETTE_NAMES = {
    "contacts.new": "New contact",
    "contacts.new_org": "New organisation",
    "contacts.edit": "Edit contact",
    "contacts.delete": "Delete contact",
    "contacts.search": "Search contacts",
    "contacts.export": "Export the list to CSV",
    "contacts.import": "Import a file (CSV or vCard)",
    "today.cadences": "Stay-in-touch defaults",
    "calendar.export": "Export the calendar (.ics)",
    "contracts.new": "New contract",
    "contracts.open": "Open contract",
    "contracts.edit": "Edit contract",
    "contracts.delete": "Delete contract",
    "contracts.renew": "Renew contract",
    "contracts.end": "End contract",
    "contracts.terminate": "Terminate contract",
    "contracts.filter": "Filter contracts",
    "contracts.sort": "Sort contracts",
    "contracts.export": "Export the list to CSV",
    "purchases.export": "Export the list to CSV",
}
# Actions that need a row the person is looking at: offered on that screen only.
_ROW_ACTIONS = {"open", "open_contact", "edit", "edit_contact", "delete", "delete_contact",
                "renew", "end", "terminate", "next_page", "prev_page"}


@dataclass(frozen=True)
class PaletteCommand:
    name: str
    help: str
    run: Callable[[], Awaitable[None] | None]


def app_commands(app: CrmApp) -> list[PaletteCommand]:
    """Every command the palette offers on the current screen."""
    commands = [PaletteCommand(f"Go: {s.name}", f"{s.help} ({s.key})",
                               partial(app.action_section, s.mode)) for s in SECTIONS]
    for section in SECTIONS:
        screen_class = section.screen_class()
        current = app.current_mode == section.mode and len(app.screen_stack) == 1
        seen: set[str] = set()
        for binding in Binding.make_bindings(getattr(screen_class, "BINDINGS", [])):
            name = PALETTE_NAMES.get(binding.id or "", binding.description)
            if not name or binding.action in seen or (
                    binding.action in _ROW_ACTIONS and not current):
                continue
            seen.add(binding.action)
            commands.append(PaletteCommand(
                f"{section.name}: {name}", f"Key {app.get_key_display(binding)}"
                f"{'' if current else ' in ' + section.name}",
                partial(_run_in_section, app, section.mode, binding.action)))
    commands += [
        PaletteCommand("App: Undo", "Undo the last delete or other undoable change (ctrl+z)",
                       app.action_undo),
        PaletteCommand("App: Keys", "Every key of this screen (? or F1)",
                       app.action_toggle_keys),
        PaletteCommand("App: Theme …", "Choose the colours (remembered for next time)",
                       app.action_change_theme),
        PaletteCommand("App: Quit", "Quit tuicrm; everything is already saved (ctrl+q)",
                       app.action_quit),
    ]
    return commands


async def _run_in_section(app: CrmApp, mode: str, action: str) -> None:
    if app.current_mode != mode:
        await app.switch_mode(mode)
    await app.run_action(action, app.screen)


class ActionsProvider(Provider):
    """Every app and section action, named "Group: action"."""

    def _commands(self) -> list[PaletteCommand]:
        return app_commands(self.app)  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(Text(command.name), command.run, text=command.name,
                               help=escape(command.help))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            if (score := matcher.match(command.name)) > 0:
                yield Hit(score, matcher.highlight(escape(command.name)), command.run,
                          text=command.name, help=escape(command.help))


def contact_display(row: ContactRow, query: str) -> Text:
    """``Name · Organisation``, the typed words marked, as safe text."""
    text = safe_text(row.name, max_width=50)
    if row.organisation:
        text.append(" · ", style="dim").append_text(
            safe_text(row.organisation, max_width=30, style="dim"))
    plain = text.plain.casefold()
    for word in filter(None, query.casefold().split()):
        for found in re.finditer(re.escape(word), plain):
            text.stylize("bold underline", found.start(), found.end())
    return text


class ContactJumpProvider(Provider):
    """Type a few letters of any contact's name, email or phone; Enter opens it."""

    async def search(self, query: str) -> Hits:
        app: Any = self.app
        core = app.core
        words = query.strip()
        if core is None or len(words) < JUMP_MIN_CHARS:
            return
        rows = await asyncio.to_thread(core.people.find, words, limit=JUMP_LIMIT)
        matcher = self.matcher(words)
        for rank, row in enumerate(rows):
            display = contact_display(row, words)
            # Every row matched the full-text search; the fuzzy score orders
            # them among the actions, and rank keeps the list's order on ties.
            score = max(matcher.match(display.plain), 0.5) - rank / 1000
            role = str(row.role.value).capitalize()
            yield Hit(score, display, partial(app.open_contact, row.id), text=display.plain,
                      help=f"Open this contact ({role})")


class SavedViewsProvider(Provider):
    """The contacts list's saved views: "View: name" opens the list as it was saved."""

    async def _views(self) -> dict[str, dict[str, Any]]:
        core = getattr(self.app, "core", None)
        if core is None:
            return {}
        return await asyncio.to_thread(core.bulk.views)

    async def discover(self) -> Hits:
        for name, view in (await self._views()).items():
            title = f"View: {name}"
            yield DiscoveryHit(safe_text(title), partial(open_view, self.app, view),
                               text=title, help="Open the contacts list as saved (v saves one)")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, view in (await self._views()).items():
            title = f"View: {name}"
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(escape(title)),
                          partial(open_view, self.app, view), text=title,
                          help="Open the contacts list as saved (v saves one)")


async def open_view(app: Any, view: dict[str, Any]) -> None:
    """The Contacts section, its search, filters and sort as ``view`` has them."""
    if app.current_mode != "contacts":
        await app.switch_mode("contacts")
    while len(app.screen_stack) > 1:
        app.pop_screen()
    apply = getattr(app.screen, "apply_view", None)
    if callable(apply):
        apply(view)
