"""Acting on a calendar item in place: open, complete, snooze, reschedule, log a touch.

The Today dashboard and the Calendar share these, so an item behaves the
same wherever it shows. Each write runs in a worker
(:func:`~tuicrm.ui.work.run_core`) and ends with ``app.data_changed()``, which
reloads the screens showing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.text import Text

from tuicrm import dates
from tuicrm.enums import CONTRACT_DUE_KINDS
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.work import CoreJob, run_core

if TYPE_CHECKING:
    from textual.screen import Screen

    from tuicrm.core import Core
    from tuicrm.core.data import DueItem

GROUP = "due-item-write"
CONTRACT_KINDS = tuple(k.value for k in CONTRACT_DUE_KINDS)
# Items with a write on its way: a second key press must not send a stale one.
_pending: set[tuple[str, int]] = set()


def open_item(screen: Screen[Any], item: DueItem) -> None:
    """The record behind the item: its form, its contract page, or the contact."""
    kind = item.kind.value
    if kind == "meeting":
        from tuicrm.ui.forms.meeting import MeetingForm

        screen.app.push_screen(MeetingForm(item.record_id, contact_id=item.contact_id))
    elif kind == "followup":
        from tuicrm.ui.forms.followup import FollowUpForm

        screen.app.push_screen(FollowUpForm(item.record_id, contact_id=item.contact_id))
    elif kind in (*CONTRACT_KINDS, "billing"):
        from tuicrm.ui.screens.contract_view import ContractView

        screen.app.push_screen(ContractView(item.record_id))
    elif kind == "invoice":
        from tuicrm.ui.screens.invoice_view import InvoiceView

        screen.app.push_screen(InvoiceView(item.record_id))
    elif kind == "stale_deal":
        from tuicrm.ui.screens.deal_view import DealView

        screen.app.push_screen(DealView(item.record_id))
    elif item.contact_id is not None:
        screen.app.open_contact(item.contact_id)  # type: ignore[attr-defined]


def log_touch(screen: Screen[Any], item: DueItem, kind: str = "call") -> None:
    """Log a call (or note...) with the item's contact: it resets their cadence."""
    if item.contact_id is None:
        screen.notify("No contact to log a touch with.", timeout=4)
        return
    from tuicrm.ui.forms.interaction import InteractionForm

    screen.app.push_screen(InteractionForm(None, contact_id=item.contact_id, kind=kind))


def complete_item(screen: Screen[Any], item: DueItem) -> None:
    """Clear the item: a follow-up is done (its next one is made if it repeats); a
    review is marked done with the next review date; a quiet contact (or one whose
    birthday it is) gets the call logged that clears it; a renewal or cancel-by opens
    the contract to decide; an invoice due takes a payment; a billing period is drafted."""
    kind = item.kind.value
    if kind in ("stay_in_touch", "birthday", "anniversary"):
        log_touch(screen, item)
    elif kind == "review":
        _mark_reviewed(screen, item)
    elif kind in CONTRACT_KINDS:
        screen.notify("Renew, end or terminate it on its page.", timeout=4)
        open_item(screen, item)
    elif kind == "meeting":
        screen.notify("A meeting is not completed; Enter opens it to note the outcome.",
                      timeout=4)
    elif kind == "invoice":
        from tuicrm.ui.screens import invoice_actions

        invoice_actions.record_payment(screen, item.record_id)
    elif kind == "billing":
        _bill_period(screen, item)
    elif kind == "stale_deal":
        screen.notify("Move it on (H/L), give it a next step (e), or log a call (l).",
                      timeout=5)
        open_item(screen, item)
    else:
        _complete_followup(screen, item)


def _bill_period(screen: Screen[Any], item: DueItem) -> None:
    """Draft the contract's invoice for the period and open it, to check and issue (i)."""
    from tuicrm.ui.screens.invoice_view import InvoiceView

    contract_id = item.record_id

    def drafted(invoice_id: int) -> None:
        _changed(screen, "Invoice drafted: check it, then i issues it.")
        screen.app.push_screen(InvoiceView(invoice_id))

    _write(screen, item, lambda core: core.invoicing.draft_for_contract(contract_id), drafted)


def _complete_followup(screen: Screen[Any], item: DueItem) -> None:
    record_id, version = item.record_id, item.version

    def complete(core: Core) -> date | None:
        return core.due.complete_followup(record_id, version)

    def done(next_due: date | None) -> None:
        then = f" The next one is due {dates.format_date(next_due)}." if next_due else ""
        _changed(screen, f"Done: {safe_str(item.title) or 'follow-up'}.{then}")

    _write(screen, item, complete, done)


def _mark_reviewed(screen: Screen[Any], item: DueItem) -> None:
    record_id, version = item.record_id, item.version

    def write(day: date) -> CoreJob[object]:
        return lambda core: core.due.mark_reviewed(record_id, day, version)

    _ask_day(screen, item, "Reviewed. Next review", dates.add_months(dates.today(), 12),
             lambda day: _write(screen, item, write(day),
                                lambda _r: _changed(screen, f"Reviewed; next review "
                                                            f"{day:%a %d %b %Y}.")))


def _write(screen: Screen[Any], item: DueItem, job: CoreJob[Any],
           done: Callable[[Any], object]) -> None:
    """Run one write for ``item``, ignoring repeats of the key until it is through."""
    mark = (item.kind.value, item.record_id)
    if mark in _pending:
        return
    _pending.add(mark)

    def finished(result: Any) -> None:
        _pending.discard(mark)
        done(result)

    def failed(_error: Exception) -> bool:
        _pending.discard(mark)
        return False  # the usual notification says what went wrong

    run_core(screen, job, done=finished, failed=failed, group=GROUP)


def snooze_item(screen: Screen[Any], item: DueItem) -> None:
    """Push a follow-up to a later day (counted as a snooze); tomorrow is offered."""
    if item.kind.value != "followup":
        screen.notify("Only follow-ups snooze; r moves a follow-up or a meeting.", timeout=4)
        return
    default = max(dates.add_days(dates.today(), 1), dates.add_days(item.day, 1))
    record_id, version = item.record_id, item.version

    def write(day: date) -> CoreJob[object]:
        return lambda core: core.due.snooze_followup(record_id, day, version)

    _ask_day(screen, item, "Snooze until", default,
             lambda day: _write(screen, item, write(day),
                                lambda _r: _changed(screen, f"Snoozed to {day:%a %d %b}.")))


def reschedule_item(screen: Screen[Any], item: DueItem) -> None:
    """Move a follow-up or a meeting to another day (a meeting keeps its time)."""
    if item.kind.value not in ("followup", "meeting"):
        where = {"stay_in_touch": "x logs the call that clears it",
                 "birthday": "the day changes on the contact's form",
                 "anniversary": "the day changes on the contact's form",
                 "invoice": "x records a payment, l logs the call that chases it",
                 "billing": "x drafts its invoice",
                 }.get(item.kind.value, "its dates change on the contract's page (Enter)")
        screen.notify(f"Only follow-ups and meetings move; {where}.", timeout=4)
        return
    record_id, version, kind = item.record_id, item.version, item.kind

    def write(day: date) -> CoreJob[object]:
        return lambda core: core.due.move_to_day(kind, record_id, day, version)

    _ask_day(screen, item, "Move to", item.day,
             lambda day: _write(screen, item, write(day),
                                lambda _r: _changed(screen, f"Moved to {day:%a %d %b}.")))


def _ask_day(screen: Screen[Any], item: DueItem, verb: str, default: date,
             then: Callable[[date], object]) -> None:
    from tuicrm.ui.screens.dialogs import DateDialog

    question = Text.assemble(f"{verb}: ", safe_text(item.title or item.contact, max_width=50))

    def answered(day: date | None) -> None:
        if day is not None:
            then(day)

    screen.app.push_screen(DateDialog(question, label="Day", default=default), answered)


def _changed(screen: Screen[Any], message: str) -> None:
    screen.notify(safe_str(message), timeout=5, markup=False)
    screen.app.data_changed()  # type: ignore[attr-defined]
