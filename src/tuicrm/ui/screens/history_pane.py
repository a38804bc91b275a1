"""The history pane (HistoryTable): what changed in one record, field by field, and putting a value back.

Shown as a pane of the contact page and a section of the contract page. Each
row is one recorded change: when, who, through what, the field, before and
after. ``u`` puts the highlighted change's old value back (a restore, which
the history records too); if the field changed again since, the conflict
dialog shows both values first. The key is hidden on a row it cannot act on
(a deletion is taken back by the undo, a contract's end by its own action).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from tuicrm import dates, errors
from tuicrm.core.history import change_words, field_label, value_words
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.widgets.fast_table import FastTable
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Change
    from tuicrm.ui.app import CrmApp

COLUMNS = ("When", "Who", "Through", "Field", "Before", "After")
CELL = 40  # the widest a before or after value is shown


class HistoryTable(FastTable):
    """The field history of the record ``kind`` ``record_id``, newest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "put_back", "Put old value back", id="history.put_back"),
    ]

    def __init__(self, kind: str, record_id: int, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)
        self.kind, self.record_id = kind, record_id
        self.changes: dict[str, Change] = {}

    def on_mount(self) -> None:
        self.add_columns(*COLUMNS)
        self.load()

    def load(self) -> None:
        kind, record_id = self.kind, self.record_id
        run_core(self, lambda core: core.history.of(kind, record_id), done=self._show,
                 group=f"history-{kind}-{record_id}", exclusive=True)

    def _show(self, changes: list[Change]) -> None:
        kept = self.current_change()
        self.clear()
        self.changes = {str(c.id): c for c in changes}
        for change in changes:
            field, before, after = change_words(change)
            how = f"{change.via} #{change.import_run_id}" if change.import_run_id else change.via
            self.add_row(Text(dates.format_datetime_local(change.at)),
                         safe_text(change.by or "—", max_width=20), Text(how),
                         safe_text(field), safe_text(before, max_width=CELL),
                         safe_text(after, max_width=CELL), key=str(change.id))
        if not changes:
            self.add_row(Text("No changes recorded yet.", style="dim"), *[Text("")] * 5,
                         key="")
        if kept is not None and str(kept.id) in self.changes:
            self.move_cursor(row=self.get_row_index(str(kept.id)))
        self.refresh_bindings()

    def current_change(self) -> Change | None:
        if not self.row_count:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:  # no row under the cursor
            return None
        return self.changes.get(key or "")

    @on(DataTable.RowHighlighted)
    def _highlighted(self, _event: DataTable.RowHighlighted) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "put_back":
            change = self.current_change()
            return change is not None and change.restorable
        return True

    def action_put_back(self, *, overwrite: bool = False) -> None:
        change = self.current_change()
        if change is None or not change.restorable:
            return
        change_id = change.id

        def put_back(core: Core) -> Change:
            return core.history.restore(change_id, overwrite=overwrite)

        run_core(self, put_back, done=self._put_back,
                 failed=lambda error: self._refused(error, change),
                 group=f"history-restore-{change_id}")

    def _put_back(self, change: Change) -> None:
        self.app.notify(f"{field_label(change).capitalize()} put back to "
                        f"{safe_str(value_words(change.old))}.", timeout=6, markup=False)
        app: CrmApp = self.app  # type: ignore[assignment]
        app.data_changed()
        self.load()

    def _refused(self, error: errors.CrmError, change: Change) -> bool:
        """The field changed again since this change: show its old value (what a
        restore would put back) against the one it holds now, and let the person choose."""
        if not isinstance(error, errors.ConflictError):
            return False  # the usual notification
        from tuicrm.ui.screens.dialogs import ConflictDialog

        labels = {change.field: field_label(change).capitalize()}

        def chosen(choice: str | None) -> None:
            if choice == "overwrite":
                self.action_put_back(overwrite=True)
            elif choice == "reload":
                self.load()

        self.app.push_screen(ConflictDialog(error, {}, labels, lambda _n, v: value_words(v),
                                            after="since the change you picked"), chosen)
        return True
