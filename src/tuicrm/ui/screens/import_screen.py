"""The import screen (``i`` on Contacts): contacts or sales from a CSV or vCard file.

Type a path: when the typing pauses the file is read in a worker, and the
screen shows how (format, encoding, delimiter) and which column feeds which
field (Enter on a column changes it). ctrl+r is a dry run: the plan line by
line, from a read session; nothing is written. ctrl+s imports: the file is
read again and the service plans and writes it in one write transaction,
the progress bar fed by its progress callback. u undoes the last import,
after asking; ctrl+z anywhere does too, until something newer is undone.

Nothing here waits on the disk or the database on the UI thread. It is a
full-screen modal, like a form: the section keys do not switch away under a
running import, and Esc waits until a write has finished, because the
job's answer (the report, the undo offer) needs this screen.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import (
    DataTable,
    Header,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
)
from textual.worker import get_current_worker

from tuicrm import errors
from tuicrm.ui.import_files import ReadRequest, column_key, inspect_file, is_vcard_name
from tuicrm.ui.screens.import_jobs import ImportJobs
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.widgets.import_tables import (
    IGNORE,
    FieldPicker,
    column_fields,
    describe_source,
    field_names,
    fill_columns,
    map_name,
)
from tuicrm.ui.work import start

if TYPE_CHECKING:
    from tuicrm.interop.import_source import SourceFile, Target
    from tuicrm.ui.app import CrmApp

READ_DELAY_S = 0.3
READ_GROUP = "import-read"
KINDS = (("Contacts", "contacts"), ("Sales", "sales"))
MODES = (("Create only", "create"), ("Create and update", "upsert"), ("Update only", "update"))
_WRITES = ("import", "undo")  # jobs whose answer Esc waits for


class ImportScreen(ImportJobs, ModalScreen[None]):
    """Pick a file, check how it is read, dry-run it, import it, or undo the last import."""

    SECTION_NAME = "Import"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="import.back"),
        Binding("ctrl+r", "dry_run", "Dry run", id="import.dry_run", priority=True,
                tooltip="Show what importing the file would do, line by line; change nothing."),
        Binding("ctrl+s", "run_import", "Import", id="import.run", priority=True,
                tooltip="Import the file: all of it in one go, or nothing."),
        Binding("u", "undo_import", "Undo last import", id="import.undo",
                tooltip="Take the last import back (asks first)."),
        # A modal screen hides the app's own keys: these two are brought back.
        Binding("f1", "app.toggle_keys", "Keys", id="import.keys"),
        Binding("question_mark", "app.toggle_keys", "Keys", id="import.keys_question",
                show=False),
    ]

    class FileRead(Message):
        """The file was read (``source``), or why it could not be (``problem``)."""

        def __init__(self, request: ReadRequest, source: SourceFile | None,
                     problem: str) -> None:
            super().__init__()
            self.request, self.source, self.problem = request, source, problem

    def __init__(self, path: str = "") -> None:
        super().__init__(classes="import")
        self._initial_path = path
        self._requests = 0
        self._source: SourceFile | None = None
        self._mapping: dict[str, str] = {}  # column -> field: the person's own choices
        self._busy = ""  # "dry run", "import", "undo" while that job runs

    @property
    def crm_app(self) -> CrmApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="import-body"):
            yield Static(Text("Import contacts or sales from a CSV or vCard file",
                              style="bold"), classes="import--title")
            yield Input(value=self._initial_path, id="import-path",
                        placeholder="Path of the file, e.g. ~/Downloads/contacts.csv")
            yield Static(id="import-path-problem")
            with Horizontal(id="import-options"):
                yield Label("Holds")
                yield Select([(Text(label), value) for label, value in KINDS], value="contacts",
                             allow_blank=False, id="import-kind")
                yield Label("Mode")
                yield Select([(Text(label), value) for label, value in MODES], value="create",
                             allow_blank=False, id="import-mode")
                yield Label("Currency", id="import-currency-label")
                yield Input(value="EUR", id="import-currency", max_length=3,
                            placeholder="EUR")
            yield Static(id="import-source")
            yield DataTable(id="import-columns", cursor_type="row")
            yield ProgressBar(id="import-progress", show_eta=False)
            yield DataTable(id="import-plan", cursor_type="row", zebra_stripes=True)
            yield Static(Text("Type the path of a file; ctrl+r shows what importing it would "
                              "do, ctrl+s imports it, u undoes the last import."),
                         id="import-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        for selector in ("#import-columns", "#import-plan", "#import-progress"):
            self.query_one(selector).display = False
        self._show_currency()
        self.query_one("#import-path", Input).focus()
        if self._initial_path:
            self._read(delay=0.0)

    # --- reading the file ------------------------------------------------------

    def _request(self) -> ReadRequest:
        self._requests += 1
        return ReadRequest(self._requests, self.query_one("#import-path", Input).value,
                           self._target(), dict(self._mapping))

    def _target(self) -> Target:
        return "sales" if self.query_one("#import-kind", Select).value == "sales" else "contacts"

    def _read(self, *, delay: float, mapping: dict[str, str] | None = None) -> None:
        request = self._request()
        if mapping is not None:
            request = ReadRequest(request.number, request.path, request.target, mapping)
        self._read_file(request, delay)

    def _read_file(self, request: ReadRequest, delay: float) -> None:
        start(self, lambda: self._read_in_worker(request, delay), group=READ_GROUP, exclusive=True)

    def _read_in_worker(self, request: ReadRequest, delay: float) -> None:
        worker = get_current_worker()
        if delay:
            time.sleep(delay)  # debounce: a newer keystroke cancels this worker
        if worker.is_cancelled:
            return
        source, problem = None, ""
        if request.path.strip():
            source, problem = inspect_file(request.path, target=request.target,
                                           mapping=request.mapping)
        if not worker.is_cancelled:
            self.post_message(self.FileRead(request, source, problem))

    @on(FileRead)
    def _file_read(self, event: FileRead) -> None:
        if event.request.number != self._requests:
            return  # the path or a choice changed since: a newer read is on its way
        if event.source is None and event.problem and event.request.mapping != self._mapping:
            # The person's new column choice made the file unreadable (e.g. no name
            # column left): keep the columns as they were and say why.
            self._set_status(f"The column was not changed: {event.problem}", problem=True)
            return
        self._mapping = event.request.mapping
        self._show_source(event.source, event.problem)

    def _show_source(self, source: SourceFile | None, problem: str = "") -> None:
        self._source = source
        self.query_one("#import-path-problem", Static).update(safe_text(problem, multiline=True))
        kind = self.query_one("#import-kind", Select)
        vcard = source is not None and source.format == "vCard"
        if vcard and kind.value != "contacts":
            with kind.prevent(Select.Changed):  # no second read, no plan cleared
                kind.value = "contacts"
        kind.disabled = vcard
        self._show_currency()
        self.query_one("#import-source", Static).update(
            describe_source(source, problem) if source is not None else Text())
        columns = self.query_one("#import-columns", DataTable)
        columns.display = source is not None and bool(source.columns)
        if source is not None and source.columns:
            row = columns.cursor_row
            fill_columns(columns, source)
            columns.move_cursor(row=min(row, len(source.columns) - 1), animate=False)
        self.refresh_bindings()

    def _clear_plan(self, message: str = "") -> None:
        """The plan shown no longer matches the choices: take it away."""
        plan = self.query_one("#import-plan", DataTable)
        if plan.display:
            plan.display = False
            plan.clear(columns=True)
            self._set_status(message or "The choices changed: ctrl+r for a new dry run.")

    @on(Input.Changed, "#import-path")
    def _path_changed(self) -> None:
        self._mapping = {}  # another file, other columns
        self._clear_plan()
        self._show_currency()
        self._read(delay=READ_DELAY_S, mapping={})

    @on(Input.Submitted, "#import-path")
    def _path_submitted(self) -> None:
        self._read(delay=0.0)
        self.query_one("#import-kind", Select).focus()

    @on(Select.Changed, "#import-kind")
    def _kind_changed(self) -> None:
        self._clear_plan()
        self._show_currency()
        self._read(delay=0.0, mapping={})  # sales have other fields

    @on(Select.Changed, "#import-mode")
    @on(Input.Changed, "#import-currency")
    def _option_changed(self) -> None:
        self._clear_plan()

    def _show_currency(self) -> None:
        sales = self._target() == "sales" and not is_vcard_name(
            self.query_one("#import-path", Input).value)
        self.query_one("#import-currency").display = sales
        self.query_one("#import-currency-label").display = sales

    @on(DataTable.RowSelected, "#import-columns")
    def _pick_field(self, event: DataTable.RowSelected) -> None:
        source = self._source
        if source is None or event.row_key.value is None or self._busy:
            return
        index = int(event.row_key.value)
        column = source.columns[index]
        current = map_name(column_fields(source)[index])

        def chosen(name: str | None) -> None:
            if name is None or name == (current or IGNORE):
                return
            self._clear_plan()
            self._read(delay=0.0, mapping={**self._mapping,
                                           column_key(source.columns, index): name})

        self.app.push_screen(FieldPicker(column or f"column {index + 1}",
                                         field_names(source.target), current), chosen)

    # --- keys (the jobs themselves: ImportJobs) ----------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a job runs the other jobs wait (shown dimmed)."""
        if action in ("dry_run", "run_import", "undo_import") and self._busy:
            return None
        return True

    def action_back(self) -> None:
        if self._busy in _WRITES:
            self.app.notify(f"Wait a moment: the {self._busy} is still being written.",
                            timeout=4)
            return
        self.dismiss(None)

    def _set_busy(self, what: str, *, keep_bar: bool = False) -> None:
        """``what`` job runs now ("" none); the progress bar shows for an import, and
        stays, full, after one (``keep_bar``) until the next job."""
        bar = self.query_one("#import-progress", ProgressBar)
        if what == "import":
            bar.update(total=None, progress=0)
        if not keep_bar:
            bar.display = what == "import"
        self._busy = what
        self.refresh_bindings()

    def _set_status(self, message: Text | str, *, problem: bool = False) -> None:
        status = self.query_one("#import-status", Static)
        status.set_class(problem, "-problem")
        status.update(message if isinstance(message, Text)
                      else safe_text(message, multiline=True))

    def job_failed(self, group: str, message: str) -> None:
        """An unexpected failure (the app has notified): this screen ready again."""
        if group != READ_GROUP:
            self._job_failed(errors.CrmError(message), notify=False)  # the app notified
