"""The contract form: client, term, billing, owner and the five term sections.

Status here is only draft or active: ending, terminating and renewing have
their own keys (x, t, r) because they change more than one field, and
``services.contracts.update_contract`` refuses them on an edit. A contract
that has already closed keeps its status; the form edits its other fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Select

from tuicrm import dates, invoice_math, money
from tuicrm.enums import BillingCycle, ContractStatus
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import show_contacts, show_team
from tuicrm.ui.text import safe_str
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    CheckField,
    ChoiceField,
    DateField,
    DurationField,
    Field,
    IntField,
    MoneyField,
    TextField,
    choices,
)

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

DEFAULT_CURRENCY = "EUR"
OPEN = (ContractStatus.DRAFT.value, ContractStatus.ACTIVE.value)
# (field name, label, hint)
TERM_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("summary", "Summary", "What the engagement is, in a few lines."),
    ("terms_of_service", "Terms of service", "Scope, payment terms, what is included."),
    ("deliverables", "Performance measures / deliverables", "What is delivered, and how "
     "success is measured."),
    ("consequences", "Consequences", "What happens when a side does not deliver."),
    ("review_termination_terms", "Review and termination terms", "When it is reviewed, how "
     "either side can end it."),
)
DATE_FIELDS = ("start_date", "end_date", "review_date")


class EndDateField(DateField):
    """A date that must not be before the one another field holds (checked as typed)."""

    def __init__(self, name: str, label: str, *, after: Callable[[], date | None],
                 what: str = "the start date", **kwargs: Any) -> None:
        self.after = after
        self.what = what
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> date:
        day = super().parse(raw)
        start = self.after()
        if start is not None and day < start:
            raise ValueError(f"Must not be before {self.what} ({dates.format_date(start)})")
        return day

    def recheck(self) -> None:
        """The other date changed: show at once whether this one still fits."""
        if self.raw.strip():
            self.show_problem(force=True)


class ContractForm(RecordForm):
    """New contract (optionally for a given client) or edit one."""

    what: ClassVar[str] = "contract"

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 preset: dict[str, Any] | None = None, **context: Any) -> None:
        """``preset``: a new contract's values to start from (a won deal's)."""
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id
        self.preset = preset or {}
        self.stored_status: str | None = None

    # --- fields --------------------------------------------------------------

    def fields(self) -> ComposeResult:
        yield ContactField("contact_id", "Client", required=True)
        yield TextField("title", "Title", required=True, max_length=200,
                        placeholder="e.g. Design retainer 2026")
        yield ChoiceField("status", "Status", required=True,
                          options=choices([ContractStatus.DRAFT, ContractStatus.ACTIVE]),
                          value=ContractStatus.ACTIVE.value,
                          hint="End, terminate or renew a contract with x, t or r on "
                               "the contracts list or the contract's page.")
        yield DateField("start_date", "Start date", required=True,
                        value=dates.format_date(dates.today()))
        yield EndDateField("end_date", "End date", after=self._start,
                           hint="Leave empty for an open-ended contract.")
        yield ChoiceField("billing_cycle", "Billing cycle", required=True,
                          options=choices(BillingCycle), value=BillingCycle.MONTHLY.value)
        yield MoneyField("amount_minor", "Amount per billing cycle", required=True,
                         currency=self._currency)
        yield TextField("currency", "Currency", required=True, max_length=3,
                        value=DEFAULT_CURRENCY, parse=_currency_code,
                        placeholder="ISO code: EUR, GBP, USD …")
        yield CheckField("auto_renew", "Renews automatically")
        yield IntField("notice_days", "Notice period (days)", least=0, most=3650, value="30",
                       hint="How long before the end date notice must be given.")
        yield DateField("review_date", "Review date")
        with Horizontal(classes="form--row"):
            yield DurationField("included_minutes", "Hours included per billing period",
                                most_hours=744, placeholder="e.g. 20 (blank: none)")
            yield MoneyField("hourly_rate_minor", "Hourly rate for logged time",
                             currency=self._currency, placeholder="blank: time not billed")
        yield ChoiceField("owner_id", "Owner (account manager)", options=[])
        for name, label, hint in TERM_SECTIONS:
            yield AreaField(name, label, hint=hint)

    def _start(self) -> date | None:
        start = self.field("start_date")
        if start is None or start.problem is not None:
            return None
        return start.value

    def _currency(self) -> str:
        currency = self.field("currency")
        return currency.raw if currency is not None else ""

    @on(Field.Changed)
    def _recheck_dependents(self, event: Field.Changed) -> None:
        """A changed currency or start date can make the amount or end date wrong."""
        name = event.field.field_name
        if name == "currency":
            amount = self.field("amount_minor")
            if isinstance(amount, MoneyField):
                amount.recheck()
        elif name == "start_date":
            end = self.field("end_date")
            if isinstance(end, EndDateField):
                end.recheck()

    # --- loading ---------------------------------------------------------------

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.records.contract_choices(self.contact_id if self.record_id is None else None)

    def prepared(self, data: dict[str, Any]) -> None:
        show_team(self, "owner_id", data["members"])
        if self.record_id is not None:
            return
        currency = self.field("currency")
        if currency is not None and data["currency"] and not currency.touched:
            currency.set_raw(data["currency"])
            self._recheck_dependents(Field.Changed(currency))
        show_contacts(self, "contact_id", [data["client"]] if data["client"] else [])
        self._start_from(self.preset)

    def _start_from(self, preset: dict[str, Any]) -> None:
        """Fill a new contract from ``preset`` (title, amount, currency, cycle, status)."""
        for name in ("title", "currency"):
            if name in preset and (field := self.field(name)) is not None:
                field.set_raw(preset[name])
        if "amount_minor" in preset and (field := self.field("amount_minor")) is not None:
            field.set_raw(money.format_amount(preset["amount_minor"], preset["currency"],
                                              with_code=False))
        for name in ("billing_cycle", "status", "owner_id"):
            field = self.field(name)
            if name in preset and isinstance(field, ChoiceField):
                field.set_value(getattr(preset[name], "value", preset[name]))

    def load(self, core: Core) -> dict[str, Any]:
        return core.records.contract_form(self.record_id or 0,
                                          tuple(n for n, _l, _h in TERM_SECTIONS))

    def fill(self, loaded: dict[str, Any]) -> None:
        self.stored_status = str(getattr(loaded["status"], "value", loaded["status"]))
        for name in ("title", "currency", *(n for n, _l, _h in TERM_SECTIONS)):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        for name in DATE_FIELDS:
            if (field := self.field(name)) is not None:
                day = loaded[name]
                field.set_raw(dates.format_date(day) if day else "")
        if (field := self.field("notice_days")) is not None:
            field.set_raw(str(loaded["notice_days"]))
        for name in ("amount_minor", "hourly_rate_minor"):
            if (field := self.field(name)) is not None and loaded[name] is not None:
                try:
                    shown = money.format_amount(loaded[name], loaded["currency"],
                                                with_code=False)
                except money.MoneyError:
                    shown = str(loaded[name])
                field.set_raw(shown)
        if (field := self.field("included_minutes")) is not None and loaded["included_minutes"]:
            field.set_raw(invoice_math.format_minutes(loaded["included_minutes"]))
        for name in ("billing_cycle", "owner_id"):
            field = self.field(name)
            if isinstance(field, ChoiceField):
                value = loaded[name]
                field.set_value(getattr(value, "value", value))
        status = self.field("status")
        if isinstance(status, ChoiceField):
            if self.stored_status in OPEN:
                status.set_value(self.stored_status)
            else:  # closed: shown, not editable (ChoiceField.set_options would first try
                # to keep "active", which a Select without a blank refuses)
                status.options = [(Text(self.stored_status.capitalize()), self.stored_status)]
                status.query_one(Select).set_options(status.options)
                status.set_value(self.stored_status)
                status.disabled = True
        check = self.field("auto_renew")
        if isinstance(check, CheckField):
            check.set_value(bool(loaded["auto_renew"]))
        client = self.field("contact_id")
        if isinstance(client, ContactField):
            contact_id, name = loaded["contact"]
            client.set_contacts([(contact_id, safe_str(name))])

    # --- saving ----------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values = super().values()
        for name, _label, _hint in TERM_SECTIONS:
            values[name] = values.get(name) or ""
        if values.get("notice_days") is None:
            values["notice_days"] = 0
        if values.get("amount_minor") is None:
            values["amount_minor"] = 0
        if self.record_id is not None and self.stored_status not in OPEN:
            values.pop("status", None)  # closed: only end/renew change it
        return values

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.records.save_contract(self.record_id, values, expected_version, base)


def _currency_code(raw: str) -> str:
    try:
        return money.normalize_currency(raw)
    except money.MoneyError as err:
        raise ValueError(str(err)) from None
