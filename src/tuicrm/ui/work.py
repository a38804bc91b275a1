"""Workers: :func:`start` is the one way the UI starts one, :func:`run_core` the
one way a screen talks to the database.

The UI thread never waits on the database (architecture.md): a job calls the
application core (:class:`~tuicrm.core.Core`, whose use cases open their own
read or write units of work) in a worker thread, and its result comes back to
the UI thread through a callback. A :class:`~tuicrm.errors.CrmError` (a
conflict, a validation problem, a busy database) is expected: it goes to
``failed`` if given, else it becomes a notification. Anything else is a bug:
:func:`start` hands it to the app's one failure path
(:meth:`~tuicrm.ui.app.CrmApp.report_failure`): a notification, never a crash,
whether the worker was a screen's, a dialog's or a widget's (Textual's worker
events do not bubble, so a handler on the app alone heard only its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.widget import Widget
from textual.worker import Worker, get_current_worker

from tuicrm import errors
from tuicrm.ui.text import safe_str

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.ui.app import CrmApp

T = TypeVar("T")
CoreJob = Callable[["Core"], T]


def start(node: DOMNode, work: Callable[[], object], *, group: str,
          exclusive: bool = False, name: str = "") -> Worker[None]:
    """Run ``work()`` in a worker thread of ``node``: the one way the UI starts one.

    With ``exclusive`` a newer worker of the same ``group`` on ``node`` cancels
    an older one. An unexpected error is reported once, through the app's one
    failure path (unless the worker was cancelled meanwhile), then fails the
    worker as usual.
    """
    app: CrmApp = node.app  # type: ignore[assignment]

    def guarded() -> None:
        try:
            work()
        except Exception as error:
            if not get_current_worker().is_cancelled:
                try:
                    app.call_from_thread(app.report_failure, node, group, error)
                except RuntimeError:
                    pass  # the app has stopped: there is no one to tell
            raise

    return node.run_worker(guarded, name=name or group, group=group, thread=True,
                           exclusive=exclusive, exit_on_error=False)


def run_core(
    node: DOMNode,
    job: CoreJob[T],
    *,
    done: Callable[[T], object] | None = None,
    failed: Callable[[errors.CrmError], object] | None = None,
    group: str = "db",
    exclusive: bool = False,
    name: str = "",
) -> Worker[None]:
    """Run ``job(core)`` in a worker thread; ``done(result)`` on the UI thread.

    The job calls use cases of the app's :class:`~tuicrm.core.Core`, each of
    which opens its own unit of work (a write commits before ``done`` runs).
    Errors go as the module says. With ``exclusive`` a newer job of the same
    ``group`` on ``node`` cancels an older one, whose result is dropped.
    """
    app: CrmApp = node.app  # type: ignore[assignment]

    def work() -> None:
        worker = get_current_worker()
        core = app.core
        if core is None:
            raise errors.CrmError("The database is not open yet.")
        try:
            result = job(core)
        except errors.CrmError as error:
            if not worker.is_cancelled:
                app.call_from_thread(_failed, app, node, error, failed)
            return
        if done is not None and not worker.is_cancelled:
            app.call_from_thread(_deliver, node, done, result)

    return start(node, work, group=group, exclusive=exclusive, name=name)


def still_shown(node: DOMNode) -> bool:
    """Is ``node`` in the app and not on its way out?

    A popped screen stays attached while Textual removes its children, so a late
    answer that queried it then found nothing ("No nodes match"): a node being
    removed (``_pruning``, private Textual state, hence the pinned upper bound) or
    closed counts as gone, and so does every node under it.
    """
    if not node.is_attached:
        return False
    walker: Any = node
    while walker is not None:
        if walker._closing or walker._closed or getattr(walker, "_pruning", False):
            return False
        walker = walker._parent
    return True


def _not_mounted_yet(node: DOMNode, again: Callable[..., None], *args: Any) -> bool:
    """A screen starts its first read as it is composed (``CrmScreen.on_compose``),
    so the answer may come while its widgets are still mounting: then it is
    handed over once the screen has mounted (its queue runs after ``on_mount``),
    in time for the screen's first frame."""
    if isinstance(node, Widget) and not node.is_mounted:
        node.call_later(again, *args)
        return True
    return False


def _deliver(node: DOMNode, done: Callable[[T], object], result: T) -> None:
    """Hand ``result`` to ``done``, unless ``node`` has gone (its screen was closed
    meanwhile): a late answer is dropped, not shown on nothing."""
    if still_shown(node) and not _not_mounted_yet(node, _deliver, node, done, result):
        done(result)


def _failed(app: Any, node: DOMNode, error: errors.CrmError,
            failed: Callable[[errors.CrmError], object] | None) -> None:
    if still_shown(node) and _not_mounted_yet(node, _failed, app, node, error, failed):
        return
    if failed is not None and still_shown(node) and failed(error) is not False:
        return
    if isinstance(error, errors.NotFoundError) and not still_shown(node):
        return  # the record went, and so did the page that asked for it: no one to tell
    app.notify(safe_str(errors.plain_message(error)), title="Not saved" if
               isinstance(error, errors.ConflictError | errors.ValidationError) else "tuicrm",
               severity="error", timeout=10, markup=False)
