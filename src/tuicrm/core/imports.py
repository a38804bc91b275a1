"""Importing a file (CSV or vCard), and taking the last import back."""

from __future__ import annotations

from typing import Any

from tuicrm import errors
from tuicrm.core.base import UseCases
from tuicrm.errors import CrmError
from tuicrm.interop.ical import Event
from tuicrm.interop.import_source import SourceFile
from tuicrm.interop.mail import MailMessage, MailProblem
from tuicrm.services import ical, import_runs, importing, mail
from tuicrm.services.ical import ImportResult
from tuicrm.services.import_plan import ImportPlan, Progress
from tuicrm.services.import_runs import ImportRunInfo, UndoResult
from tuicrm.services.mail import Logged


class Imports(UseCases):
    """The dry run, the import itself (one write: all of it or none) and its undo."""

    def plan(self, source: SourceFile, **options: Any) -> ImportPlan:
        """What importing ``source`` would do, line by line; changes nothing."""
        with self.db.read() as session:
            return importing.plan_import(session=session, source=source, **options)

    def apply(self, source: SourceFile, *, progress: Progress | None = None,
              **options: Any) -> ImportPlan:
        """Import ``source``, all or nothing, in batches (``importing.BatchedImport``):
        the plan is made in a read snapshot, each batch is a short write of its own,
        and ``progress(done, total)`` follows them. If a batch fails, the batches
        written before it are taken back, and the failure is raised."""
        with self.db.read() as session:
            plan = importing.plan_import(session=session, source=source, **options)
        job = importing.BatchedImport(plan)
        if progress is not None:
            progress(0, job.total)
        try:
            for lines in job.batches:
                with self.write(via="import") as session:
                    job.write(session, lines)
                if progress is not None:
                    progress(job.done, job.total)
        except BaseException as error:
            if job.run_id is not None:
                self._take_back(job.run_id, error)
            raise
        return job.finish()

    def _take_back(self, run_id: int, error: BaseException) -> None:
        """Undo the batches of run ``run_id`` written before ``error``."""
        try:
            with self.write(via="undo") as session:
                last = import_runs.last_import(session=session)
                if last is not None and last.id == run_id:
                    import_runs.undo_last_import(session=session)
        except CrmError as undo_error:
            raise CrmError(f"The import stopped ({errors.plain_message(error)}), and what it "
                           f"had written could not be taken back ({undo_error}); "
                           "`tuicrm import --undo` can try again.") from error

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

    def emails(self, messages: list[MailMessage | MailProblem], *,
               dry_run: bool = False) -> list[Logged]:
        """Log each message as an email interaction with the contacts it names (one
        transaction; a dry run is rolled back)."""
        with self.write(sign_in=not dry_run, via="import") as session:
            savepoint = session.begin_nested() if dry_run else None
            try:
                return mail.log_messages(session=session, messages=messages,
                                         author_id=session.info.get("actor_id"))
            finally:
                if savepoint is not None:
                    savepoint.rollback()
