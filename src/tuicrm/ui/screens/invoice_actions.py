"""What the invoice list, an invoice's page and Today do to invoices.

Issue a draft, record a payment, draft a credit note, write the PDF, delete a
draft, and issue every proposed billing period at once. Each asks first where
the step cannot be taken back (an issued number is for good), writes in a
worker, tells the app the data changed and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.dom import DOMNode

from tuicrm import money
from tuicrm.ui.screens.actions import app_of, tell
from tuicrm.ui.screens.dialogs import ConfirmDialog
from tuicrm.ui.text import safe_str, safe_text
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Proposal

Then = Callable[[int], object] | None


def new_draft(node: DOMNode, contact_id: int | None = None, *, then: Then = None) -> None:
    from tuicrm.ui.forms.invoice import InvoiceForm

    node.app.push_screen(InvoiceForm(contact_id=contact_id),
                         lambda saved: then(saved) if then and saved else None)


def edit_draft(node: DOMNode, invoice_id: int) -> None:
    from tuicrm.ui.forms.invoice import InvoiceForm

    node.app.push_screen(InvoiceForm(invoice_id))


def issue(node: DOMNode, invoice_id: int, what: str, *, version: int | None,
          then: Then = None) -> None:
    """Ask, then give the draft its number: from then on it cannot change."""
    question = Text.assemble(
        "Issue ", safe_text(what, max_width=60, style="bold"), "?\n\nIt gets the next number "
        "and today's date, and can no longer be edited or deleted: a mistake is put right "
        "with a credit note.")

    def go(yes: bool | None) -> None:
        if not yes:
            return

        def done(number: str) -> None:
            app_of(node).data_changed()
            tell(node, f"Issued {number}.")
            if then is not None:
                then(invoice_id)

        run_core(app_of(node), lambda core: core.invoicing.issue(invoice_id,
                                                               expected_version=version),
                 done=done, group="invoice-issue")

    node.app.push_screen(ConfirmDialog(question, yes="Issue", no="Cancel"), go)


def record_payment(node: DOMNode, invoice_id: int) -> None:
    from tuicrm.ui.forms.payment import PaymentForm

    node.app.push_screen(PaymentForm(invoice_id))


def take_back_payment(node: DOMNode, payment_id: int, amount: str) -> None:
    question = Text(f"Take back the payment of {amount}? The invoice owes it again.")

    def go(yes: bool | None) -> None:
        if not yes:
            return

        def done(_result: object) -> None:
            app_of(node).data_changed()
            tell(node, f"Payment of {amount} taken back.")

        run_core(app_of(node), lambda core: core.invoicing.take_back_payment(payment_id),
                 done=done, group="invoice-payment")

    node.app.push_screen(ConfirmDialog(question, yes="Take back", no="Keep", danger=True), go)


def credit_note(node: DOMNode, invoice_id: int, *, then: Then = None) -> None:
    """A draft credit note with the invoice's lines, opened to be cut down to what is
    taken off; ``then(credit_id)`` runs first (the page opens the credit note's page)."""
    from tuicrm.ui.forms.invoice import InvoiceForm

    def drafted(credit_id: int) -> None:
        app_of(node).data_changed()
        tell(node, "Credit note drafted with the invoice's lines: keep what is taken off, "
              "save, then issue it (i).")
        if then is not None:
            then(credit_id)
        node.app.push_screen(InvoiceForm(credit_id))

    run_core(app_of(node), lambda core: core.invoicing.draft_credit_note(invoice_id),
             done=drafted, group="invoice-credit")


def write_pdf(node: DOMNode, invoice_id: int) -> None:
    def done(path: str) -> None:
        node.app.notify(f"Wrote {safe_str(path)}", title="Invoice PDF", timeout=12, markup=False)

    run_core(node, lambda core: core.invoicing.write_pdf(invoice_id), done=done,
             group="invoice-pdf")


def delete_draft(node: DOMNode, invoice_id: int, what: str, *, version: int | None,
                 then: Callable[[str], object] | None = None) -> None:
    from tuicrm.ui.screens.actions import delete_record

    delete_record(node, "invoice", invoice_id, what, version=version, then=then)


def issue_proposals(node: DOMNode) -> None:
    """Show the billing periods due and issue an invoice for each, in one go."""

    def ask(proposals: list[Proposal]) -> None:
        if not proposals:
            tell(node, "No billing period is waiting for an invoice.")
            return
        listed = Text()
        for p in proposals[:12]:
            listed.append("\n  ")
            listed.append_text(safe_text(p.client, max_width=28))
            listed.append(" · ")
            listed.append_text(safe_text(p.title, max_width=30))
            listed.append(f" · {money.shown_amount(p.amount_minor, p.currency)}", style="dim")
        if len(proposals) > 12:
            listed.append(f"\n  … and {len(proposals) - 12} more", style="dim")
        count = len(proposals)
        question = Text.assemble(
            f"Issue {count} invoice{'s' if count != 1 else ''} for the billing periods "
            "that have begun?", listed,
            "\n\nEach gets the next number and today's date, with the contract's unbilled "
            "time on it.")
        node.app.push_screen(ConfirmDialog(question, yes="Issue", no="Cancel"),
                             lambda yes: _issue_all(node) if yes else None)

    run_core(node, lambda core: core.invoicing.proposals(), done=ask, group="invoice-proposals")


def _issue_all(node: DOMNode) -> None:
    def done(numbers: list[str]) -> None:
        app_of(node).data_changed()
        if numbers:
            shown = ", ".join(numbers[:4]) + (" …" if len(numbers) > 4 else ".")
            tell(node, f"Issued {len(numbers)} invoice{'s' if len(numbers) != 1 else ''}: "
                  f"{shown}")

    def job(core: Core) -> list[str]:
        return core.invoicing.issue_proposals()

    run_core(app_of(node), job, done=done, group="invoice-issue-all")
