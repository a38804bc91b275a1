"""Choosing many contacts on the list and acting on them all, and saved views.

A mixin of :class:`~tuicrm.ui.screens.contacts.ContactsScreen`:

- space marks the highlighted contact (again: unmarks it), shift+↓/↑ marks
  and moves, ctrl+a marks every contact the search and filters match, Esc
  clears the marks (before the search);
- ``b`` acts on the marked contacts (or the highlighted one): tag, untag, set
  the owner or the stage, archive, delete (``screens.bulk_dialog``), in one
  transaction; a contact someone changed after it was marked is left and
  named, and ctrl+z undoes the rest;
- ``v`` saves the search, filters and sort as a named view, which the palette
  opens (``View: …``).

Marks are kept by contact id (with the version it was marked at) across pages
and reloads; a changed search leaves them, so a person can gather contacts
from several searches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from tuicrm.ui.text import safe_str
from tuicrm.ui.widgets.contact_filters import ContactFilterBar, ContactFilters
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from textual.app import App
    from textual.widgets import DataTable

    from tuicrm.core.data import BulkResult

MARK = "✓ "


class ContactSelection:
    app: App[Any]
    _page: Any
    _query: str
    _filters: ContactFilters
    marked: dict[int, int]  # contact id -> the version it was marked at
    all_matching: bool

    def _selected_id(self) -> int | None:
        raise NotImplementedError

    def _table(self) -> DataTable[Any]:
        raise NotImplementedError

    def refresh_marks(self) -> None:
        raise NotImplementedError

    def start_marking(self) -> None:
        self.marked = {}
        self.all_matching = False

    @property
    def marking(self) -> bool:
        return bool(self.marked) or self.all_matching

    def marked_cells(self, contact_id: int, cells: list[Text]) -> list[Text]:
        """A row's cells, its name marked when the contact is."""
        if self.all_matching or contact_id in self.marked:
            return [Text(MARK, style="bold green").append_text(cells[0]), *cells[1:]]
        return cells

    def marks_words(self) -> Text:
        """What the status line says of the marks ("" when none)."""
        if self.all_matching:
            return Text("  All matching marked · b acts on them · Esc clears", style="bold")
        if self.marked:
            n = len(self.marked)
            return Text(f"  {n:,} marked · b acts on them · Esc clears", style="bold")
        return Text()

    def _version_of(self, contact_id: int) -> int | None:
        rows = self._page.rows if self._page is not None else []
        return next((r.version for r in rows if r.id == contact_id), None)

    def action_toggle_mark(self) -> None:
        contact_id = self._selected_id()
        if contact_id is None:
            return
        if self.all_matching:
            self.all_matching = False
        elif contact_id in self.marked:
            del self.marked[contact_id]
        else:
            self.marked[contact_id] = self._version_of(contact_id) or 0
        self.refresh_marks()

    def _mark_and_move(self, step: int) -> None:
        contact_id = self._selected_id()
        if contact_id is None:
            return
        self.marked.setdefault(contact_id, self._version_of(contact_id) or 0)
        table = self._table()
        table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + step)))
        if (following := self._selected_id()) is not None:
            self.marked.setdefault(following, self._version_of(following) or 0)
        self.refresh_marks()

    def action_mark_down(self) -> None:
        self._mark_and_move(1)

    def action_mark_up(self) -> None:
        self._mark_and_move(-1)

    def action_mark_all(self) -> None:
        self.all_matching = True
        self.refresh_marks()

    def clear_marks(self) -> bool:
        """Esc: clear the marks first; False when there were none."""
        if not self.marking:
            return False
        self.start_marking()
        self.refresh_marks()
        return True

    def action_bulk(self) -> None:
        from tuicrm.ui.screens.contact_actions import where

        narrowed = where(self._query, self._filters)
        chosen = dict(self.marked)
        if not self.all_matching and not chosen:
            contact_id = self._selected_id()
            if contact_id is None:
                self.app.notify("Mark contacts first (space), or ctrl+a for all that match.",
                                timeout=5)
                return
            chosen = {contact_id: self._version_of(contact_id) or 0}
        all_matching = self.all_matching

        def read(core: Any) -> tuple[list[int], list[tuple[str, int]]]:
            ids = core.bulk.matching_ids(narrowed) if all_matching else list(chosen)
            return ids, core.people.members()

        run_core(self, read, done=lambda found: self._ask(found, chosen), group="bulk-read")

    def _ask(self, found: tuple[list[int], list[tuple[str, int]]],
             versions: dict[int, int]) -> None:
        from tuicrm.ui.screens.bulk_dialog import BulkDialog

        ids, members = found
        if not ids:
            self.app.notify("No contact matches.", timeout=4)
            return

        def chosen(answer: tuple[str, Any] | None) -> None:
            if answer is not None:
                self._run(ids, answer, {i: v for i, v in versions.items() if v})

        self.app.push_screen(BulkDialog(len(ids), members), chosen)

    def _run(self, ids: list[int], answer: tuple[str, Any], versions: dict[int, int]) -> None:
        action, value = answer

        def done(result: BulkResult) -> None:
            self.start_marking()
            summary = result.summary()
            if result.changed:
                self.app.remember_undo(  # type: ignore[attr-defined]
                    safe_str(summary), lambda core: core.bulk.undo(result))
            if result.conflicts or not result.changed:
                self.app.notify(safe_str(summary), timeout=12, markup=False,
                                severity="warning" if result.conflicts else "information")
            self.app.data_changed()  # type: ignore[attr-defined]

        run_core(self, lambda core: core.bulk.edit(ids, action, value, versions), done=done,
                 group="bulk-edit")

    # --- saved views -------------------------------------------------------------

    def action_save_view(self) -> None:
        from tuicrm.ui.screens.bulk_dialog import SaveViewDialog

        f = self._filters
        view = {"query": self._query, "role": f.role, "owner_id": f.owner_id,
                "stage": f.stage, "tag": f.tag, "sort": f.sort}
        described = ", ".join(filter(None, [f"search “{self._query}”" if self._query else "",
                                            f.describe(), f"sorted by {f.sort}"]))

        def named(name: str | None) -> None:
            if name:
                run_core(self, lambda core: core.bulk.save_view(name, view),
                         done=lambda _r: self.app.notify(
                             f"Saved the view {safe_str(name)}: ctrl+p, View: {safe_str(name)}",
                             timeout=6, markup=False), group="save-view")

        self.app.push_screen(SaveViewDialog(described), named)

    def apply_view(self, view: dict[str, Any]) -> None:
        """Put the list back as the view had it."""
        from textual.widgets import Input

        self.query_one(ContactFilterBar).apply(ContactFilters(  # type: ignore[attr-defined]
            role=view.get("role"), owner_id=view.get("owner_id"), stage=view.get("stage"),
            tag=view.get("tag") or "", sort=view.get("sort") or "name"))
        self.query_one("#contacts-search", Input).value = view.get("query") or ""  # type: ignore[attr-defined]
