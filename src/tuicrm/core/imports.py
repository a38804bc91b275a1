"""Importing a file (CSV or vCard), and taking the last import back."""

from __future__ import annotations

from typing import Any

from tuicrm.core.base import UseCases
from tuicrm.errors import CrmError
from tuicrm.interop.ical import Event
from tuicrm.interop.import_source import SourceFile
from tuicrm.services import ical, import_runs, importing
from tuicrm.services.ical import ImportResult
from tuicrm.services.import_plan import ImportPlan
from tuicrm.services.import_runs import ImportRunInfo, UndoResult


class Imports(UseCases):
    """The dry run, the import itself (one write: all of it or none) and its undo."""

    def plan(self, source: SourceFile, **options: Any) -> ImportPlan:
        """What importing ``source`` would do, line by line; changes nothing."""
        with self.db.read() as session:
            return importing.plan_import(session=session, source=source, **options)

    def apply(self, source: SourceFile, **options: Any) -> ImportPlan:
        """Import ``source``; ``progress(done, total)`` may follow it (``options``)."""
        with self.write(via="import") as session:
            return importing.apply_import(session=session, source=source, **options)

    def last(self) -> ImportRunInfo | None:
        """The newest import run (undone or not), or None."""
        with self.db.read() as session:
            return import_runs.last_import(session=session)

    def undo_last(self, *, run_id: int | None = None, name: str = "") -> UndoResult:
        """Take back the newest import; with ``run_id``, only if it is still that one."""
        with self.write(via="undo") as session:
            if run_id is not None:
                last = import_runs.last_import(session=session)
                if last is None or last.id != run_id:
                    raise CrmError(f"The import of {name} is no longer the last one; only "
                                   "the last import can be undone.")
            return import_runs.undo_last_import(session=session)

    def meetings(self, events: list[Event], *, dry_run: bool) -> ImportResult:
        """Make a meeting of every event of a calendar file that is one. A dry run
        writes too, inside a savepoint it rolls back: the same checks as the real
        import, and nothing is kept."""
        with self.write(sign_in=not dry_run, via="import") as session:
            return ical.import_meetings(session=session, events=events, dry_run=dry_run)
