"""The contact page's header: who this is, what they are to us, what is next.

Lines, each a Static (so CSS can colour one: an overdue follow-up shows in the
error colour through the ``-overdue`` class):

- the name, with organisation and job title;
- role, owner and the value so far (per currency; purchases and contract
  billing side by side, never added together);
- last touch (humanized, and the date);
- the next open follow-up (date, time and note);
- tags, emails and phones.

Every user value goes through :func:`~tuicrm.ui.text.safe_text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from tuicrm import dates
from tuicrm.money import format_amount
from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.core.data import ContactSummary

__all__ = ["ContactHeader", "value_text"]

SEP = "  ·  "


def _label(text: str) -> Text:
    return Text(text, style="dim", end="")


def _amounts(per_currency: Mapping[str, int]) -> Text:
    parts: list[Text] = []
    for currency, minor in per_currency.items():
        try:
            parts.append(safe_text(format_amount(minor, currency)))
        except (ValueError, TypeError):  # a currency code another program wrote
            parts.append(safe_text(f"{minor} {currency}"))
    return Text(" + ", end="").join(parts)


def value_text(purchases: Mapping[str, int], billed: Mapping[str, int]) -> Text:
    """"Purchases 1,200.00 EUR · Contracts billed 9,000.00 EUR", or "none yet"."""
    parts = []
    if purchases:
        parts.append(Text.assemble("purchases ", _amounts(purchases)))
    if billed:
        parts.append(Text.assemble("contracts billed ", _amounts(billed)))
    if not parts:
        return _label("none yet")
    return Text(SEP, end="").join(parts)


def _joined(values: Iterable[str], width: int = 40,
            labels: Mapping[str, str] | None = None) -> Text:
    """The values, each with its label dimmed after it ("ada@example.org work")."""
    shown = []
    for value in values:
        text = safe_text(value, max_width=width)
        if labels and (label := labels.get(value)):
            text.append(" ").append_text(safe_text(label, max_width=20, style="dim"))
        shown.append(text)
    return Text(", ", end="").join(shown) if shown else _label("—")


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


class ContactHeader(Vertical):
    """The summary at the top of a contact page; :meth:`show` fills it."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…", style="italic"), id="contact-name")
        yield Static(id="contact-facts")
        yield Static(id="contact-touch")
        yield Static(id="contact-next")
        yield Static(id="contact-reach")

    def show(self, summary: ContactSummary, today: date) -> None:
        detail = summary.detail
        contact = detail.contact
        name = Text.assemble(safe_text(contact.name, max_width=80, style="bold"))
        about = [v for v in (contact.job_title, detail.organisation_name) if v]
        if about:
            name.append(SEP).append_text(
                Text(" at ", end="").join(safe_text(v, max_width=50) for v in about))
        if contact.archived_at is not None:
            name.append("  (archived)", style="italic")
        self._set("#contact-name", name)

        facts = Text.assemble(
            _label("Role "), str(summary.role.value).capitalize(), SEP,
            _label("Owner "), safe_text(summary.owner_name, max_width=40)
            if summary.owner_name else _label("nobody"), SEP,
            _label("Value so far "), value_text(summary.purchases, summary.billed),
        )
        self._set("#contact-facts", facts)

        if summary.last_touch is not None:
            local = dates.to_local(summary.last_touch)
            touch = Text.assemble(_label("Last touch "),
                                  dates.humanize_delta(local.date(), today=today),
                                  f" ({local.date().isoformat()})")
        else:
            touch = Text.assemble(_label("Last touch "), "never")
        counts = ", ".join(_count(n, what) for n, what in (
            (summary.contracts, "contract"), (summary.meetings, "meeting"),
            (summary.sales, "sale"), (summary.open_followups, "open follow-up")))
        self._set("#contact-touch", touch.append(SEP).append(counts, style="dim"))

        follow = summary.next_followup
        line = self.query_one("#contact-next", Static)
        line.set_class(bool(follow and follow.overdue), "-overdue")
        if follow is None:
            line.update(Text.assemble(_label("Next follow-up "), "none scheduled"))
        else:
            when = follow.due_date.isoformat()
            if follow.due_time is not None:
                when += f" {follow.due_time.strftime('%H:%M')}"
            state = "overdue, " if follow.overdue else ""
            line.update(Text.assemble(
                _label("Next follow-up "), when,
                f" ({state}{dates.humanize_delta(follow.due_date, today=today)})",
                SEP if follow.note else "", safe_text(follow.note, max_width=80)))

        reach = Text.assemble(_label("Tags "), _joined(detail.tags, 30), SEP,
                              _label("Email "), _joined(detail.emails, labels=detail.labels),
                              SEP, _label("Phone "),
                              _joined(detail.phones, 24, labels=detail.labels))
        for what, day in (("Birthday ", contact.birthday), ("Anniversary ", contact.anniversary)):
            if day is not None:
                reach.append(SEP).append_text(_label(what)).append(dates.day_words(day))
        self._set("#contact-reach", reach)

    def _set(self, selector: str, text: Text) -> None:
        self.query_one(selector, Static).update(text)
