"""Log time against a contract: the day, how long (``1:30``, ``1.5h``, ``90m``) and a note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult

from tuicrm import invoice_math
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.text import safe_str
from tuicrm.ui.widgets.fields import ChoiceField, DateField, DurationField, TextField

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved


class TimeEntryForm(RecordForm):
    """Log time on contract ``contract_id``, or (from a contact's page) on the one of
    ``contact_id``'s contracts chosen in the form; dismisses with the entry's id."""

    what: ClassVar[str] = "time"

    def __init__(self, contract_id: int | None = None, *, contact_id: int | None = None) -> None:
        super().__init__(None, contract_id=contract_id, contact_id=contact_id)
        self.contract_id = contract_id
        self.contact_id = contact_id

    def title_text(self) -> str:
        return "Log time"

    def fields(self) -> ComposeResult:
        if self.contract_id is None:
            yield ChoiceField("contract_id", "Contract", options=[])  # filled once read
        yield DateField("work_date", "Day", required=True, value="today")
        yield DurationField("minutes", "How long", required=True)
        yield TextField("note", "What was done", max_length=500)

    def prepare(self, core: Core) -> list[tuple[int, str]]:
        if self.contract_id is not None or self.contact_id is None:
            return []
        return core.time.contracts_of(self.contact_id)

    def prepared(self, contracts: list[tuple[int, str]]) -> None:
        field = self.field("contract_id")
        if isinstance(field, ChoiceField):
            field.set_options([(safe_str(title), contract_id) for contract_id, title in contracts])
            if contracts:
                field.set_value(contracts[0][0])
            else:
                field.show_problem("This contact has no contract to log time on (k adds one).")

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        contract_id = self.contract_id if self.contract_id is not None else fields["contract_id"]
        return {"contract_id": contract_id, "work_date": fields["work_date"],
                "minutes": fields["minutes"], "note": fields["note"] or ""}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        from tuicrm.core.data import Saved

        return Saved(core.time.log(values))

    def saved(self, record_id: int) -> None:
        minutes = self._saving_values.get("minutes", 0)
        self.crm_app.remember_undo(f"Logged {invoice_math.hours_text(minutes)}",
                                   lambda core: core.time.delete(record_id))
