"""Importing contacts, sales and deals: plan (the dry run), then write in batches.

- :func:`plan_import` says what importing a file would do, line by line
  (create, update, unchanged, skip and why), reading only.
- :class:`BatchedImport` writes a plan in batches, each its own transaction,
  recording one run (:mod:`.import_runs`) that
  :func:`~.import_runs.undo_last_import` takes back whole. ``core.imports``
  plans in a read snapshot, writes batch by batch, and takes the written
  batches back if one fails: all or nothing, without holding the write lock
  for the whole file. An update planned against a contact someone changes
  meanwhile is a conflict, which fails (and takes back) the import.
- :func:`apply_import` does the same in one transaction the caller holds.

Contacts: :mod:`.importing_contacts`; sales: :mod:`.importing_sales`; deals:
:mod:`.importing_deals` (the customers of both: :mod:`.import_customers`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from tuicrm.interop.import_source import SourceFile, collector_paused
from tuicrm.services.import_plan import ImportMode, ImportPlan, PlanLine, Progress

#: Lines written per transaction: about a second of writing at most, so a
#: colleague's save (which waits up to 10 s for the lock) always gets its turn.
#: Measured here: 5,000 contacts in 0.3 s (bulk inserts); a sale is written
#: through ``create_sale`` (lines, totals), 5,000 of them in 4.5 s, so 1,000; a
#: deal through ``create_deal`` (its first stage kept) takes as long, so 1,000 too.
BATCH_LINES = 5_000
SALE_BATCH_LINES = 1_000


def plan_import(
    *, session: Session, source: SourceFile, mode: ImportMode | str = ImportMode.UPSERT,
    currency: str = "EUR", date_order: str | None = None,
) -> ImportPlan:
    """What importing ``source`` would do, line by line; changes nothing."""
    with collector_paused():
        if source.target == "sales":
            from tuicrm.services.importing_sales import plan_sales

            return plan_sales(session, source, ImportMode(mode), currency=currency,
                              date_order=date_order)
        if source.target == "deals":
            from tuicrm.services.importing_deals import plan_deals

            return plan_deals(session, source, ImportMode(mode), currency=currency,
                              date_order=date_order)
        from tuicrm.services.importing_contacts import plan_contacts

        return plan_contacts(session, source, ImportMode(mode))


def apply_import(
    *, session: Session, source: SourceFile, mode: ImportMode | str = ImportMode.UPSERT,
    currency: str = "EUR", date_order: str | None = None, progress: Progress | None = None,
) -> ImportPlan:
    """Plan and write the whole import in ``session`` (one transaction); the applied
    plan. The app and the commands write in batches instead (``core.imports``)."""
    with collector_paused():
        plan = plan_import(session=session, source=source, mode=mode, currency=currency,
                           date_order=date_order)
        job = BatchedImport(plan)
        done = 0

        def tick(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, job.total)

        tick(0)
        for lines in job.batches:
            job.write(session, lines, tick)
        return job.finish()


class BatchedImport:
    """A plan's writes, in batches of :data:`BATCH_LINES` lines (sales and deals:
    :data:`SALE_BATCH_LINES`), each batch in a
    transaction of its own (a colleague's save waits a second at most, never the
    whole import). One run (created with the first batch, its items recorded with
    each) is the import's single undo; the caller takes the written batches back
    if a later one fails (``core.imports``), so an import is still all or nothing.
    """

    def __init__(self, plan: ImportPlan) -> None:
        from tuicrm.services.import_customers import customer_writes
        from tuicrm.services.importing_contacts import contact_writes

        self.plan = plan
        contacts = plan.source.target == "contacts"
        ordered = contact_writes(plan) if contacts else customer_writes(plan)
        size = BATCH_LINES if contacts else SALE_BATCH_LINES
        self.batches = [ordered[i:i + size] for i in range(0, len(ordered), size)]
        self.total = len(ordered)
        self.done = 0
        self.run_id: int | None = None
        self._new_ids: dict[str, int] = {}  # new organisations' or customers' ids, by key

    def write(self, session: Session, lines: list[PlanLine],
              tick: Callable[[int], None] = lambda _n: None) -> None:
        """Write one batch in ``session`` and record it in the run."""
        from tuicrm.services import history, import_runs

        if self.run_id is None:
            self.run_id = import_runs.start_run(session, self.plan)
        history.set_import_run(session, self.run_id)  # the changes it makes name it
        if self.plan.source.target == "sales":
            from tuicrm.services.importing_sales import write_sales

            write_sales(session, lines, tick, self._new_ids)
        elif self.plan.source.target == "deals":
            from tuicrm.services.importing_deals import write_deals

            write_deals(session, lines, tick, self._new_ids)
        else:
            from tuicrm.services.importing_contacts import write_contacts

            write_contacts(session, lines, tick, self._new_ids)
        import_runs.record_items(session, self.run_id, lines)
        self.done += len(lines)

    def finish(self) -> ImportPlan:
        self.plan.run_id = self.run_id
        self.plan.applied = True
        return self.plan
