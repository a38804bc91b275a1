"""What the contacts list says about the page it shows: the status line and the empty state.

Pure functions of the search, the filters, where the list is (its
:class:`~tuicrm.ui.screens.record_lists.PageStack`) and what came back, so the
screen only decides where the text goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.contact_filters import ContactFilters

if TYPE_CHECKING:
    from tuicrm.ui.screens.record_lists import PageStack

PAGE_SIZE = 50


def narrowed(query: str, filters: ContactFilters) -> bool:
    """Whether a search or a filter narrows the list."""
    return bool(query.strip()) or filters.active


EMPTY_DATABASE = (
    "Welcome to tuicrm: this database has no contacts yet.\n\n"
    "Press  a  to add a person, or  A  to add an organisation.\n"
    "Importing from another CRM or your phone (CSV, vCard): press  i  here,\n"
    "or run  tuicrm import FILE  (add --dry-run to see first what it would do).\n"
    "Or look around the sample studio first: quit (ctrl+q) and run  tuicrm --demo"
)


def status_text(query: str, filters: ContactFilters, pages: PageStack, shown: int,
                total: int | None) -> Text:
    """ "Contacts 1–50 of 1,204 matching “ann” · clients", or why nothing shows
    (``total`` None: not counted yet, "of …")."""
    search = quoted(query)
    if shown:
        first = pages.first_position
        status = Text(f"Contacts {first:,}–{first + shown - 1:,} of "
                      + ("…" if total is None else f"{total:,}"))
        if search:
            status.append(" matching ").append_text(search)
        if filters.active:
            status.append(" · ").append_text(safe_text(filters.describe()))
        if pages.next_cursor is not None or not pages.on_first_page:
            status.append("   n/PgDn next · p/PgUp previous", style="dim")
        return status
    if narrowed(query, filters):
        return Text("No contacts match ").append_text(search or Text("the filters"))
    if not pages.on_first_page:
        return Text("No more contacts: press p for the previous page.")
    return Text("No contacts yet")


def empty_text(query: str, filters: ContactFilters) -> Text:
    """The big message in place of an empty first page."""
    if narrowed(query, filters):
        return Text.assemble("No contacts match ", quoted(query) or "these filters",
                             ".\n\nPress Esc to clear the search and filters.")
    return Text(EMPTY_DATABASE)


def quoted(query: str) -> Text:
    """The search as shown in messages: “query”, or empty text for no search."""
    shown = safe_text(query, max_width=40)
    return Text.assemble("“", shown, "”") if shown.plain else Text()
