"""Importing contacts and sales: plan (the dry run), then apply in one transaction.

- :func:`plan_import` says what importing a file would do, line by line
  (create, update, unchanged, skip and why), reading only.
- :func:`apply_import` makes the plan again inside the caller's write
  transaction (``db.write()``) and carries it out there: what is written is
  decided against the data as it is then, and any failure rolls every row
  back. The run is recorded (:mod:`.import_runs`) so that
  :func:`~.import_runs.undo_last_import` can take it back.

Contacts: :mod:`.importing_contacts`; sales: :mod:`.importing_sales`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from tuicrm.interop.import_source import SourceFile, collector_paused
from tuicrm.services.import_plan import ImportMode, ImportPlan, Progress


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
        from tuicrm.services.importing_contacts import plan_contacts

        return plan_contacts(session, source, ImportMode(mode))


def apply_import(
    *, session: Session, source: SourceFile, mode: ImportMode | str = ImportMode.UPSERT,
    currency: str = "EUR", date_order: str | None = None, progress: Progress | None = None,
) -> ImportPlan:
    """Plan and write the import in ``session`` (a write session); the applied plan."""
    with collector_paused():
        return _apply(session, source, ImportMode(mode), currency, date_order, progress)


def _apply(session: Session, source: SourceFile, mode: ImportMode, currency: str,
           date_order: str | None, progress: Progress | None) -> ImportPlan:
    from tuicrm.services import import_runs

    plan = plan_import(session=session, source=source, mode=mode, currency=currency,
                       date_order=date_order)
    total, done = plan.writes, 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    tick(0)
    if source.target == "sales":
        from tuicrm.services.importing_sales import write_sales

        write_sales(session, plan, tick)
    else:
        from tuicrm.services.importing_contacts import write_contacts

        write_contacts(session, plan, tick)
    plan.run_id = import_runs.record_run(session, plan)
    plan.applied = True
    return plan
