"""What the import screen's keys do: the dry run, the import, and undoing the last import.

A mixin of :class:`~tuicrm.ui.screens.import_screen.ImportScreen`, kept apart so
the screen module stays about reading the file and showing it. A job reads
the file afresh in a worker (it may have been edited since it was shown),
then runs the core's imports through ``run_core``: the dry run in a read, the
import and the undo in one write transaction each. Only one job runs at a
time (``_busy``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import DataTable, Input, ProgressBar, Select

from tuicrm import errors
from tuicrm.ui.import_files import ReadRequest, inspect_file
from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.widgets.import_tables import fill_plan, plan_summary
from tuicrm.ui.work import run_core, start

Then = Callable[["SourceFile", dict[str, Any]], None]

if TYPE_CHECKING:
    from textual.app import App

    from tuicrm.core import Core
    from tuicrm.core.data import ImportPlan, ImportRunInfo, UndoResult
    from tuicrm.interop.import_source import SourceFile, Target
    from tuicrm.ui.app import CrmApp


class ImportJobs:
    """ctrl+r (dry run), ctrl+s (import) and u (undo the last import)."""

    app: App[Any]
    crm_app: CrmApp
    _busy: str
    _requests: int
    query_one: Any
    set_focus: Any

    def _request(self) -> ReadRequest:
        raise NotImplementedError

    def _target(self) -> Target:
        raise NotImplementedError

    def _show_source(self, source: SourceFile | None, problem: str = "") -> None:
        raise NotImplementedError

    def _clear_plan(self, message: str = "") -> None:
        raise NotImplementedError

    def _set_busy(self, what: str, *, keep_bar: bool = False) -> None:
        raise NotImplementedError

    def _set_status(self, message: Text | str, *, problem: bool = False) -> None:
        raise NotImplementedError

    def _options(self) -> dict[str, Any] | None:
        """The service's options; None (and a message) when the currency is not one."""
        from tuicrm.money import MoneyError, normalize_currency

        options: dict[str, Any] = {"mode": self.query_one("#import-mode", Select).value}
        if self._target() == "sales":
            try:
                options["currency"] = normalize_currency(
                    self.query_one("#import-currency", Input).value)
            except MoneyError as error:
                self._set_status(f"The default currency: {error}.", problem=True)
                return None
        return options

    def _start(self, what: str, then: Then) -> None:
        """Read the file afresh (it may have been edited since), then ``then(source, options)``."""
        options = self._options()
        if self._busy or options is None:
            return
        request = self._request()
        self._set_busy(what)
        self._set_status(f"Reading {safe_str(request.path.strip())}…")

        def read() -> None:
            source, problem = inspect_file(request.path, target=request.target,
                                           mapping=request.mapping)
            if source is None or problem:
                self.app.call_from_thread(self._start_failed, request, source, problem)
            else:
                self.app.call_from_thread(self._started, request, source, options, then)

        start(self, read, group=f"import-{what}-read")  # type: ignore[arg-type]

    def _changed_since(self, request: ReadRequest) -> bool:
        """The path or a choice changed while ``request`` ran: its answer is out of date."""
        if request.number == self._requests:
            return False
        self._set_busy("")
        self._set_status("The file or a choice changed meanwhile: press the key again.")
        return True

    def _start_failed(self, request: ReadRequest, source: SourceFile | None,
                      problem: str) -> None:
        if self._changed_since(request):
            return
        self._set_busy("")
        self._show_source(source, problem)
        self._clear_plan()
        self._set_status("The file could not be read (see above); nothing was changed.",
                         problem=True)

    def _started(self, request: ReadRequest, source: SourceFile, options: dict[str, Any],
                 then: Then) -> None:
        if self._changed_since(request):
            return
        self._show_source(source)
        then(source, options)

    def action_dry_run(self) -> None:
        self._start("dry run", self._plan)

    def _plan(self, source: SourceFile, options: dict[str, Any]) -> None:
        def plan(core: Core) -> ImportPlan:
            return core.imports.plan(source, **options)

        request = self._request()  # a choice changed before the plan is back: drop it

        def planned(plan: ImportPlan) -> None:
            if not self._changed_since(request):
                self._show_plan(plan)

        self._set_status("Working out what the import would do…")
        run_core(self, plan, done=planned, failed=self._job_failed, group="import-plan")

    def action_run_import(self) -> None:
        self._start("import", self._apply)

    def _apply(self, source: SourceFile, options: dict[str, Any]) -> None:
        progress = self._progress_reporter()

        def apply(core: Core) -> ImportPlan:
            return core.imports.apply(source, progress=progress, **options)

        self._set_status(f"Importing {safe_str(source.name)}…")
        run_core(self, apply, done=self._imported, failed=self._job_failed,
                 group="import-apply")

    def _progress_reporter(self) -> Callable[[int, int], None]:
        """``progress(done, total)`` for the service's thread: the bar moves on the UI thread,
        at most about a hundred times (each post waits for the UI to take it)."""
        bar = self.query_one("#import-progress", ProgressBar)
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            step = max(1, total // 100)
            if shown < 0 or done >= total or done - shown >= step:
                shown = done
                self.app.call_from_thread(bar.update, total=max(total, 1), progress=done)

        return progress

    def _show_plan(self, plan: ImportPlan) -> None:
        self._set_busy("", keep_bar=plan.run_id is not None)
        table = self.query_one("#import-plan", DataTable)
        fill_plan(table, plan)
        table.display = True
        table.focus()  # so u, and the arrows, work at once
        self._set_status(plan_summary(plan))

    def _imported(self, plan: ImportPlan) -> None:
        self._show_plan(plan)
        name = plan.source.name or "the file"
        if plan.run_id is None:
            self.app.notify(f"Nothing was imported from {safe_str(name)}: {plan.summary()}.",
                            title="Import", timeout=8, markup=False)
            return
        run_id = plan.run_id

        def undo(core: Core) -> UndoResult:
            return core.imports.undo_last(run_id=run_id, name=name)

        # Notifies "Imported …: contacts: 3 created, … Press ctrl+z to undo."; the
        # status line says u does it too.
        self.crm_app.remember_undo(f"Imported {name}: {plan.summary()}", undo)
        self.crm_app.data_changed()

    def _job_failed(self, error: errors.CrmError, *, notify: bool = True) -> bool:
        what = self._busy
        self._set_busy("")
        message = errors.plain_message(error)
        if what == "import":
            message = f"Nothing was imported: {message}"
        self._set_status(message, problem=True)
        if notify:
            self.app.notify(safe_str(message), title="Import", severity="error", timeout=12,
                            markup=False)
        return True

    # --- undo --------------------------------------------------------------------

    def action_undo_import(self) -> None:
        if self._busy:
            return

        def last(core: Core) -> ImportRunInfo | None:
            return core.imports.last()

        self._set_busy("undo check")  # one question at a time
        run_core(self, last, done=self._ask_undo, failed=self._job_failed,
                 group="import-undo-check")

    def _ask_undo(self, run: ImportRunInfo | None) -> None:
        self._set_busy("")
        if run is None or run.undone_at is not None:
            message = ("There is no import to undo." if run is None else
                       f"The last import, {run.describe()}, was already undone; only the "
                       "last import can be undone.")
            self._set_status(message, problem=True)
            self.app.notify(safe_str(message), title="Import", timeout=8, markup=False)
            return
        question = Text.assemble(
            "Undo the last import, ", safe_text(run.describe(), style="bold"), "?\n\n",
            "The contacts and sales it created are deleted, and the contacts it updated get "
            "their earlier values back.")
        self.app.push_screen(ConfirmDialog(question, yes="Undo import", no="Keep it",
                                           danger=True), self._undo)

    def _undo(self, confirmed: bool | None) -> None:
        if not confirmed or self._busy:
            return

        def undo(core: Core) -> UndoResult:
            return core.imports.undo_last()

        self._set_busy("undo")
        self._set_status("Undoing the last import…")
        run_core(self, undo, done=self._undone, failed=self._job_failed,
                 group="import-undo")

    def _undone(self, result: UndoResult) -> None:
        self._set_busy("")
        self._clear_plan()  # it showed what was imported: not so any more
        columns = self.query_one("#import-columns", DataTable)
        if columns.display:  # not the path box: keys like u must keep working
            columns.focus()
        else:
            self.set_focus(None)
        self._set_status(result.summary())
        self.app.notify(safe_str(result.summary()), title="Import", timeout=10, markup=False)
        self.crm_app.data_changed()
