"""The deal form: what might come in, from whom, how likely, when, and the next step.

A new deal starts in the stage chosen (the first one unless said); after that
its stage moves on the board or its page (H/L), where the move is kept in its
stage history. The chance is the stage's unless one is typed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal

from tuicrm import dates, money
from tuicrm.enums import AcquisitionSource
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.forms.common import show_contacts, show_team
from tuicrm.ui.forms.lines import CURRENCIES, DEFAULT_CURRENCY
from tuicrm.ui.text import safe_str
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    ChoiceField,
    DateField,
    Field,
    IntField,
    MoneyField,
    TextField,
    choices,
)

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved


class DealForm(RecordForm):
    """New deal (optionally for a contact) or edit one."""

    what: ClassVar[str] = "deal"

    def __init__(self, record_id: int | None = None, contact_id: int | None = None,
                 **context: Any) -> None:
        super().__init__(record_id, contact_id=contact_id, **context)
        self.contact_id = contact_id
        self.next_step_base: tuple[Any, str] | None = None  # as loaded (an edit)

    def fields(self) -> ComposeResult:
        yield TextField("title", "Title", required=True, max_length=200,
                        placeholder="e.g. New website for the shop")
        yield ContactField("contact_id", "Contact", required=True)
        with Horizontal(classes="form--row"):
            yield MoneyField("value_minor", "Value", currency=self._currency,
                             placeholder="0.00")
            yield ChoiceField("currency", "Currency", required=True,
                              options=[(c, c) for c in CURRENCIES], value=DEFAULT_CURRENCY)
        with Horizontal(classes="form--row"):
            if self.record_id is None:
                yield ChoiceField("stage_id", "Stage", options=[])
            yield IntField("probability", "Chance (%)", least=0, most=100,
                           placeholder="blank: the stage's")
            yield DateField("expected_close", "Expected close")
        with Horizontal(classes="form--row"):
            yield ChoiceField("owner_id", "Owner", options=[])
            yield ChoiceField("source", "Source", options=choices(AcquisitionSource))
        with Horizontal(classes="form--row"):
            yield DateField("next_step_due", "Next step on",
                            hint="A follow-up of the contact, on Today and the calendar.")
            yield TextField("next_step", "Next step", max_length=500,
                            placeholder="e.g. Call about the proposal")
        yield AreaField("notes", "Notes")

    def _currency(self) -> str:
        field = self.field("currency")
        return str(field.value or DEFAULT_CURRENCY) if field is not None else DEFAULT_CURRENCY

    @on(Field.Changed, "#field-currency")
    def _currency_changed(self) -> None:
        value = self.field("value_minor")
        if isinstance(value, MoneyField):
            value.recheck()

    # --- loading -------------------------------------------------------------------

    def prepare(self, core: Core) -> dict[str, Any]:
        return core.deals.choices(self.contact_id if self.record_id is None else None)

    def prepared(self, data: dict[str, Any]) -> None:
        show_team(self, "owner_id", data["members"])
        if self.record_id is not None:
            return
        stage = self.field("stage_id")
        if isinstance(stage, ChoiceField):
            stage.set_options([(f"{s.name} ({s.probability} %)", s.id) for s in data["stages"]])
            if data["stages"] and stage.value is None:
                stage.set_value(data["stages"][0].id)
        currency = self.field("currency")
        if isinstance(currency, ChoiceField) and data["currency"] in CURRENCIES \
                and not currency.touched:
            currency.set_value(data["currency"])
        show_contacts(self, "contact_id", [data["client"]] if data["client"] else [])

    def load(self, core: Core) -> dict[str, Any]:
        return core.deals.form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        self.next_step_base = (loaded["next_step_due"], loaded["next_step"] or "")
        for name in ("title", "notes", "next_step"):
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        for name in ("expected_close", "next_step_due"):
            if (field := self.field(name)) is not None and loaded[name]:
                field.set_raw(dates.format_date(loaded[name]))
        if (field := self.field("probability")) is not None and loaded["probability"] is not None:
            field.set_raw(str(loaded["probability"]))
        for name in ("currency", "owner_id", "source"):
            field = self.field(name)
            if isinstance(field, ChoiceField):
                value = loaded[name]
                field.set_value(getattr(value, "value", value))
        if (field := self.field("value_minor")) is not None:
            try:
                field.set_raw(money.format_amount(loaded["value_minor"], loaded["currency"],
                                                  with_code=False))
            except money.MoneyError:
                field.set_raw(str(loaded["value_minor"]))
        client = self.field("contact_id")
        if isinstance(client, ContactField):
            contact_id, name = loaded["contact"]
            client.set_contacts([(contact_id, safe_str(name))])

    # --- saving --------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["value_minor"] = values.get("value_minor") or 0
        values["notes"] = values.get("notes") or ""
        return values

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        due = values.pop("next_step_due", None)
        step = values.pop("next_step", None) or ""
        return core.deals.save(self.record_id, values, expected_version, base,
                               next_step_due=due, next_step=step,
                               next_step_base=self.next_step_base)
