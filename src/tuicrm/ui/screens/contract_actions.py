"""What the contracts list and a contract's page both do to a contract.

Renew, end, terminate and delete: each reads the contract afresh (in a worker),
asks the person (the new term, or the day it ended), then writes through
``services.contracts`` with the version it read, so a change made meanwhile in
another terminal turns into a clear "not saved" instead of being overwritten.
Every flow tells the app the data changed and calls ``then`` afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.dom import DOMNode

from tuicrm import dates
from tuicrm.ui.screens.dialogs import ConfirmDialog, DateDialog
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.widgets.contract_table import value_per_cycle
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.contract_flows import ContractFacts
    from tuicrm.core.data import Renewal
    from tuicrm.ui.app import CrmApp

__all__ = ["renew_contract", "end_contract", "delete_contract"]

Then = Callable[[int], object] | None


@dataclass(frozen=True)
class _Facts:
    """The contract's facts (:class:`~tuicrm.core.contract_flows.ContractFacts`) and
    its value per cycle as shown."""

    facts: ContractFacts
    amount: Text

    def __getattr__(self, name: str) -> Any:
        return getattr(self.facts, name)


def _read(node: DOMNode, contract_id: int, then: Callable[[_Facts], object], *,
          with_term: bool = False) -> None:
    def shown(facts: ContractFacts) -> None:
        then(_Facts(facts, value_per_cycle(facts.amount_minor, facts.currency,
                                           facts.billing_cycle)))

    run_core(node, lambda core: core.contract_flows.facts(contract_id, with_term=with_term),
             done=shown, group="contract-action")


def _tell(node: DOMNode, message: str, *, severity: str = "information") -> None:
    node.app.notify(safe_str(message), severity=severity, timeout=8,  # type: ignore[arg-type]
                    markup=False)


def renew_contract(node: DOMNode, contract_id: int, *, then: Then = None) -> None:
    """Ask, then create the follow-on contract linked to this one."""

    def ask(facts: _Facts) -> None:
        if facts.status not in ("active", "ended"):
            _tell(node, f"A {facts.status} contract cannot be renewed: only an active or "
                  "ended one.", severity="warning")
            return
        assert facts.term is not None
        start, end = facts.term
        question = Text.assemble(
            "Renew ", safe_text(facts.title, max_width=60, style="bold"),
            f"?\n\nThe follow-on contract runs {dates.format_date(start)} to "
            f"{dates.format_date(end)} at ", facts.amount,
            ", with the same terms. This one is marked renewed. You can edit the new "
            "one afterwards (e).")
        node.app.push_screen(ConfirmDialog(question, yes="Renew", no="Cancel"),
                             lambda yes: _renew(node, facts, then) if yes else None)

    _read(node, contract_id, ask, with_term=True)


def _renew(node: DOMNode, facts: _Facts, then: Then) -> None:
    app: CrmApp = node.app  # type: ignore[assignment]

    def job(core: Core) -> Renewal:
        return core.contract_flows.renew(facts.id, facts.version)

    def done(renewal: Renewal) -> None:
        app.data_changed()
        app.remember_undo(f"Renewed {facts.title}: the follow-on contract starts "
                          f"{dates.format_date(renewal.start)}",
                          lambda core: core.contract_flows.undo_renewal(renewal))
        if then is not None:
            then(renewal.new_id)

    run_core(app, job, done=done, group="contract-renew")


def end_contract(node: DOMNode, contract_id: int, *, terminated: bool = False,
                 then: Then = None) -> None:
    """Ask for the day, then end (as agreed) or terminate (early) an active contract."""
    verb = "terminate" if terminated else "end"

    def ask(facts: _Facts) -> None:
        if facts.status != "active":
            _tell(node, f"Only an active contract can {verb}; this one is {facts.status}.",
                  severity="warning")
            return
        today = dates.today()
        default = today if terminated or facts.end_date is None else min(facts.end_date, today)
        default = max(default, facts.start_date)
        question = Text.assemble(
            f"{verb.capitalize()} ", safe_text(facts.title, max_width=60, style="bold"), "?\n",
            ("Terminating ends it early; the agreed end date stays on record." if terminated
             else "The day it ended as agreed."))
        label = "Terminated on" if terminated else "Ended on"
        node.app.push_screen(DateDialog(question, label=label, default=default),
                             lambda day: _end(node, facts, day, terminated, then)
                             if day is not None else None)

    _read(node, contract_id, ask)


def _end(node: DOMNode, facts: _Facts, day: date, terminated: bool, then: Then) -> None:
    app: CrmApp = node.app  # type: ignore[assignment]

    def job(core: Core) -> None:
        core.contract_flows.end(facts.id, day, terminated=terminated,
                                expected_version=facts.version)

    def done(_result: None) -> None:
        app.data_changed()
        _tell(node, f"{facts.title} {'terminated' if terminated else 'ended'} on "
              f"{dates.format_date(day)}.")
        if then is not None:
            then(facts.id)

    run_core(app, job, done=done, group="contract-end")


def delete_contract(node: DOMNode, contract_id: int, title: str, *, version: int | None,
                    then: Callable[[str], object] | None = None) -> None:
    """Ask, delete, offer ctrl+z (see :func:`tuicrm.ui.screens.actions.delete_record`)."""
    from tuicrm.ui.screens.actions import delete_record

    delete_record(node, "contract", contract_id, title, version=version, then=then)


def applies(action: str, status: object) -> bool:
    """Whether ``action`` makes sense for a contract in ``status`` (keys are hidden if not)."""
    value = str(getattr(status, "value", status))
    if action == "renew":
        return value in ("active", "ended")
    if action in ("end", "terminate"):
        return value == "active"
    return True

