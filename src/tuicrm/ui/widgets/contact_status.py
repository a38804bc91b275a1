"""What the contacts list says about the page it shows: the status line and the empty state.

Pure functions of the page request and what came back, so the screen only
decides where the text goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text

from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.contact_filters import ContactFilters

PAGE_SIZE = 50
Cursor = tuple[Any, ...]


@dataclass(frozen=True)
class PageRequest:
    """What to load: the search, the filters, and the cursor of every page up to this one."""

    number: int
    query: str
    cursors: tuple[Cursor | None, ...]
    filters: ContactFilters = ContactFilters()

    @property
    def first_position(self) -> int:
        return (len(self.cursors) - 1) * PAGE_SIZE + 1

    @property
    def narrowed(self) -> bool:
        return bool(self.query.strip()) or self.filters.active


EMPTY_DATABASE = (
    "Welcome to tuicrm: this database has no contacts yet.\n\n"
    "Press  a  to add a person, or  A  to add an organisation.\n"
    "Importing from another CRM or your phone (CSV, vCard): press  i  here,\n"
    "or run  tuicrm import FILE  (add --dry-run to see first what it would do).\n"
    "Or look around the sample studio first: quit (ctrl+q) and run  tuicrm --demo"
)


def status_text(request: PageRequest, shown: int, total: int | None, *,
                has_next: bool) -> Text:
    """ "Contacts 1–50 of 1,204 matching “ann” · clients", or why nothing shows
    (``total`` None: not counted yet, "of …")."""
    search = quoted(request.query)
    if shown:
        first = request.first_position
        status = Text(f"Contacts {first:,}–{first + shown - 1:,} of "
                      + ("…" if total is None else f"{total:,}"))
        if search:
            status.append(" matching ").append_text(search)
        if request.filters.active:
            status.append(" · ").append_text(safe_text(request.filters.describe()))
        if has_next or len(request.cursors) > 1:
            status.append("   n/PgDn next · p/PgUp previous", style="dim")
        return status
    if request.narrowed:
        return Text("No contacts match ").append_text(search or Text("the filters"))
    if len(request.cursors) > 1:
        return Text("No more contacts: press p for the previous page.")
    return Text("No contacts yet")


def empty_text(request: PageRequest) -> Text:
    """The big message in place of an empty first page."""
    if request.narrowed:
        return Text.assemble("No contacts match ", quoted(request.query) or "these filters",
                             ".\n\nPress Esc to clear the search and filters.")
    return Text(EMPTY_DATABASE)


def quoted(query: str) -> Text:
    """The search as shown in messages: “query”, or empty text for no search."""
    shown = safe_text(query, max_width=40)
    return Text.assemble("“", shown, "”") if shown.plain else Text()
