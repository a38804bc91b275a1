"""Log time against a contract: the day, how long (``1:30``, ``1.5h``, ``90m``) and a note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult

from tuicrm import invoice_math
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.widgets.fields import DateField, DurationField, TextField

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved


class TimeEntryForm(RecordForm):
    """Log time on contract ``contract_id``; dismisses with the entry's id."""

    what: ClassVar[str] = "time"

    def __init__(self, contract_id: int) -> None:
        super().__init__(None, contract_id=contract_id)
        self.contract_id = contract_id

    def title_text(self) -> str:
        return "Log time"

    def fields(self) -> ComposeResult:
        yield DateField("work_date", "Day", required=True, value="today")
        yield DurationField("minutes", "How long", required=True)
        yield TextField("note", "What was done", max_length=500)

    def values(self) -> dict[str, Any]:
        fields = {f.field_name: f.value for f in self.all_fields()}
        return {"contract_id": self.contract_id, "work_date": fields["work_date"],
                "minutes": fields["minutes"], "note": fields["note"] or ""}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        from tuicrm.core.data import Saved

        return Saved(core.time.log(values))

    def saved(self, record_id: int) -> None:
        minutes = self._saving_values.get("minutes", 0)
        self.crm_app.remember_undo(f"Logged {invoice_math.hours_text(minutes)}",
                                   lambda core: core.time.delete(record_id))
