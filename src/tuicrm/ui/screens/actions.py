"""Actions several screens share: deleting a record, asking first, with undo.

``delete_record`` asks, deletes in a write worker, tells the app the data
changed and offers the undo (ctrl+z, named in the notification). A contact
with contracts or sales is archived instead of deleted, and the question says
so before anything happens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.dom import DOMNode

from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.ui.app import CrmApp

def app_of(node: DOMNode) -> CrmApp:
    """The app a screen or widget belongs to, as the CRM app."""
    return node.app  # type: ignore[return-value]


def tell(node: DOMNode, message: str, *, severity: str = "information",
         timeout: float = 8) -> None:
    """Say ``message`` (user data in it is cleaned) in a notification."""
    node.app.notify(safe_str(message), severity=severity, timeout=timeout,  # type: ignore[arg-type]
                    markup=False)


def delete_record(node: DOMNode, kind: str, record_id: int, label: str, *,
                  version: int | None = None, then: Callable[[str], object] | None = None) -> None:
    """Ask, then delete (or, for a contact with history, archive) one record.

    ``label`` names the record for people ("Ada Lovelace", "Retainer 2026");
    ``then(outcome)`` runs after the change with "deleted" or "archived".
    """
    if kind == "contact":
        run_core(node, lambda core: core.removal.history_counts(record_id),
                 done=lambda c: _ask(node, kind, record_id, label, version, then, c))
    else:
        _ask(node, kind, record_id, label, version, then, {})


def _ask(node: DOMNode, kind: str, record_id: int, label: str, version: int | None,
         then: Callable[[str], object] | None, counts: dict[str, int]) -> None:
    name = safe_text(label, max_width=60)
    history = [f"{n} {what}{'s' if n != 1 else ''}" for what, n in
               (("contract", counts.get("contracts", 0)), ("sale", counts.get("sales", 0)),
                ("invoice", counts.get("invoices", 0)), ("deal", counts.get("deals", 0))) if n]
    if history:
        question = Text.assemble(name, f" has {' and '.join(history)}. Deleting would orphan "
                                 "them, so the contact will be archived instead: hidden from "
                                 "lists, with every record kept. Archive?")
        yes = "Archive"
    else:
        question = Text.assemble(f"Delete the {kind} ", name, "? You can undo it afterwards.")
        yes = "Delete"

    def answered(confirmed: bool | None) -> None:
        if confirmed:
            _delete(node, kind, record_id, label, version, then)

    node.app.push_screen(ConfirmDialog(question, yes=yes, no="Cancel", danger=True), answered)


def _delete(node: DOMNode, kind: str, record_id: int, label: str, version: int | None,
            then: Callable[[str], object] | None) -> None:
    app: CrmApp = node.app  # type: ignore[assignment]

    def delete(core: Core) -> str:
        return core.removal.delete(kind, record_id, version)

    def undo(core: Core) -> None:
        core.removal.restore(kind, record_id)

    def done(outcome: str) -> None:
        app.remember_undo(f"{kind.capitalize()} {label} {outcome}", undo)
        app.data_changed()
        if then is not None:
            then(outcome)

    run_core(app, delete, done=done, group="delete")
