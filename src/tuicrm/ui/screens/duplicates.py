"""Duplicates (``D`` on Contacts, or the palette): contacts that may be one, and merging them.

The list is ``services.duplicates.find_duplicates``: each pair with why (the
same email, phone or name, or similar names). Enter opens :class:`MergeDialog`
on the highlighted pair: field by field, the two contacts' values side by
side, the one that will be kept marked. Space (or ←/→) takes the other value
for the highlighted field, ``w`` swaps which contact is kept, ctrl+s merges (one
transaction; ctrl+z undoes it), Esc goes back without merging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Header, Static

from tuicrm.ui.screens.base import CrmScreen
from tuicrm.ui.screens.record_lists import RecordTable, Row
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.widgets.columns import Column
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core.data import Duplicate, MergePreview

GROUP = "duplicates"
FIELD_WORDS = {"organisation_id": "organisation", "referred_by_id": "referred by",
               "owner_id": "owner", "cadence_days": "stay in touch (days)", "uid": "id elsewhere"}
COLUMNS: list[Column] = [("Contact", 1.0, 16), ("Same as", 1.0, 16), ("Why", 1.0, 14)]
EMPTY = "No duplicates: no two contacts share an email, a phone or a name."


def duplicate_row(d: Duplicate) -> Row:
    cells = [safe_text(f"{d.first_name} ({d.first_id})", max_width=60),
             safe_text(f"{d.second_name} ({d.second_id})", max_width=60),
             safe_text(d.reason, max_width=80, style="dim")]
    return f"{d.first_id}-{d.second_id}", cells, d.first_id


class DuplicatesScreen(CrmScreen):
    """Pairs of contacts that may be one; Enter merges the highlighted pair."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="duplicates.back"),
        Binding("enter", "merge", "Merge…", id="duplicates.merge"),
        Binding("o", "open_contact", "Open contact", id="duplicates.open"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pairs: dict[str, Duplicate] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Possible duplicates", style="bold"), classes="section--heading")
        yield RecordTable(id="duplicates-table")
        yield Static(Text(EMPTY), id="duplicates-empty", classes="section--empty")
        yield Static(id="duplicates-status", classes="section--status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#duplicates-empty").display = False
        self.query_one("#duplicates-status", Static).update(
            Text("Looking for duplicates…", style="italic"))
        self.query_one(RecordTable).focus()
        self.reload_if_stale()

    def reload(self) -> None:
        run_core(self, lambda core: core.cleanup.duplicates(), done=self._show, group=GROUP,
                 exclusive=True)

    def _show(self, found: list[Duplicate]) -> None:
        self.pairs = {f"{d.first_id}-{d.second_id}": d for d in found}
        table = self.query_one(RecordTable)
        table.fill(COLUMNS, [duplicate_row(d) for d in found], max(60, self.app.size.width - 4))
        table.display = bool(found)
        self.query_one("#duplicates-empty").display = not found
        status = Text(f"{len(found):,} possible duplicate{'' if len(found) == 1 else 's'}")
        status.append("   Enter merges the pair · o opens the contact · Esc back", style="dim")
        self.query_one("#duplicates-status", Static).update(status)

    def action_back(self) -> None:
        self.dismiss()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_merge()

    def action_merge(self) -> None:
        key = self.query_one(RecordTable).selected_key()
        pair = self.pairs.get(key or "")
        if pair is not None:
            self.app.push_screen(MergeDialog(pair.first_id, pair.second_id))

    def action_open_contact(self) -> None:
        key = self.query_one(RecordTable).selected_key()
        if (pair := self.pairs.get(key or "")) is not None:
            self.app.open_contact(pair.first_id)  # type: ignore[attr-defined]


class MergeDialog(ModalScreen[bool]):
    """Merge two contacts, choosing field by field; dismisses True once merged."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle", "Take the other value", id="merge.toggle"),
        Binding("left,right", "toggle", "Take the other value", id="merge.toggle_arrows",
                show=False),
        Binding("w", "swap", "Swap kept contact", id="merge.swap"),
        Binding("ctrl+s", "merge", "Merge", id="merge.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="merge.cancel"),
    ]

    def __init__(self, kept_id: int, merged_id: int) -> None:
        super().__init__(classes="dialog")
        self.kept_id, self.merged_id = kept_id, merged_id
        self.preview: MergePreview | None = None
        self.take: set[str] = set()
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="merge-box", classes="dialog--box dialog--wide"):
            yield Static(Text("Loading…", style="italic"), id="merge-heading")
            yield DataTable(id="merge-fields", cursor_type="row", zebra_stripes=True)
            yield Static(id="merge-moves")
            yield Static(id="merge-problem", classes="field--error")
            yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self._load()

    def _load(self) -> None:
        kept, merged = self.kept_id, self.merged_id
        run_core(self, lambda core: core.cleanup.merge_preview(kept, merged), done=self._show,
                 failed=self._failed, group="merge-preview")

    def _failed(self, err: Any) -> bool:
        self.busy = False
        self.query_one("#merge-problem", Static).update(safe_text(str(err), multiline=True))
        return True

    def _show(self, preview: MergePreview) -> None:
        from tuicrm.core.data import MOVED_WORDS

        self.preview = preview
        heading = Text.assemble(("Keep ", "bold"), safe_text(preview.kept_name, style="bold"),
                                f" ({preview.kept_id})", ("  ·  merge into it ", "dim"),
                                safe_text(preview.merged_name), f" ({preview.merged_id})")
        self.query_one("#merge-heading", Static).update(heading)
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns("Field", "Kept", "Other", "Result")
        for f in preview.fields:
            result = f.outcome(self.take)
            mine = safe_text(f.kept_words, max_width=30,
                             style="bold" if result in ("kept", "both") else "dim")
            theirs = safe_text(f.merged_words, max_width=30,
                               style="bold" if result in ("other", "both") else "dim")
            table.add_row(FIELD_WORDS.get(f.field, f.field.replace("_", " ")), mine, theirs,
                          result, key=f.field)
        if preview.fields:
            table.move_cursor(row=min(row, len(preview.fields) - 1))
        moves = ", ".join(f"{n} {MOVED_WORDS[k]}{'' if n == 1 else 's'}"
                          for k, n in preview.moves.items())
        self.query_one("#merge-moves", Static).update(Text.assemble(
            ("Moves to the kept contact: ", "dim"), moves or "nothing else",
            ("   space takes the other value · w swaps · ctrl+s merges · Esc cancels", "dim")))

    def action_toggle(self) -> None:
        table = self.query_one(DataTable)
        if self.preview is None or not self.preview.fields:
            return
        field = self.preview.fields[table.cursor_row]
        if field.outcome(()) == "both":
            self.app.notify("Emails, phones and tags: the merged contact has them all.",
                            timeout=4)
            return
        self.take ^= {field.field}
        self._show(self.preview)

    def action_swap(self) -> None:
        self.kept_id, self.merged_id = self.merged_id, self.kept_id
        self.take = set()
        self._load()

    def action_merge(self) -> None:
        if self.preview is None or self.busy:
            return
        self.busy = True
        p, take = self.preview, sorted(self.take)
        versions = (p.kept_version, p.merged_version)

        def job(core: Any) -> int:
            return core.cleanup.merge(p.kept_id, p.merged_id, take=take, versions=versions)

        def done(_merge_id: int) -> None:
            self.app.remember_undo(  # type: ignore[attr-defined]
                f"Merged {safe_str(p.merged_name)} into {safe_str(p.kept_name)}",
                lambda core: core.cleanup.undo_merge(_merge_id))
            self.app.data_changed()  # type: ignore[attr-defined]
            self.dismiss(True)

        run_core(self, job, done=done, failed=self._failed, group="merge")

    def action_cancel(self) -> None:
        self.dismiss(False)
