"""The contact form: a person or an organisation, with emails, phones and tags."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import ComposeResult

from tuicrm.core.people import CONTACT_TEXT_FIELDS
from tuicrm.enums import AcquisitionSource, ContactKind, JourneyStage
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import (
    AreaField,
    ChoiceField,
    IntField,
    ListField,
    TextField,
    YearlyDayField,
    choices,
)

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved

TEXT_FIELDS = CONTACT_TEXT_FIELDS


class ContactForm(RecordForm):
    """New or edit a contact; ``kind="organisation"`` makes an organisation."""

    what: ClassVar[str] = "contact"

    def __init__(self, record_id: int | None = None, *, kind: str = ContactKind.PERSON,
                 **context: Any) -> None:
        super().__init__(record_id, **context)
        self.kind = kind
        if kind == ContactKind.ORGANISATION:
            self.what = "organisation"  # type: ignore[misc]

    @property
    def is_person(self) -> bool:
        return self.kind == ContactKind.PERSON

    def fields(self) -> ComposeResult:
        yield TextField("name", "Name", required=True, max_length=200,
                        placeholder="Ada Lovelace" if self.is_person else "Analytical Engines Ltd")
        if self.is_person:
            yield ContactField("organisation_id", "Organisation", kind=ContactKind.ORGANISATION)
            yield TextField("job_title", "Job title", max_length=120)
        yield ListField("emails", "Emails", kind="email")
        yield ListField("phones", "Phones", kind="phone")
        yield ListField("tags", "Tags", kind="tag")
        yield ChoiceField("owner_id", "Owner (account manager)", options=[])
        yield ChoiceField("stage", "Journey stage", options=choices(JourneyStage))
        yield ChoiceField("source", "Acquisition source", options=choices(AcquisitionSource))
        yield ContactField("referred_by_id", "Referred by")
        yield IntField("cadence_days", "Stay in touch every … days", least=1, most=3650,
                       placeholder="e.g. 30")
        if self.is_person:
            yield YearlyDayField("birthday", "Birthday")
            yield YearlyDayField("anniversary", "Anniversary")
        yield TextField("website", "Website", max_length=300)
        yield TextField("street", "Street", max_length=200)
        yield TextField("city", "City", max_length=120)
        yield TextField("region", "Region", max_length=120)
        yield TextField("postal_code", "Postal code", max_length=20)
        yield TextField("country", "Country", max_length=80)
        yield AreaField("notes", "Notes")

    def prepare(self, core: Core) -> dict[str, Any]:
        return {"members": core.people.members()}

    def prepared(self, data: dict[str, Any]) -> None:
        owner = self.field("owner_id")
        if isinstance(owner, ChoiceField):
            owner.set_options(data["members"])
            if self.record_id is None and owner.value is None and self.crm_app.database:
                owner.set_value(self.crm_app.database.actor_id)

    def load(self, core: Core) -> dict[str, Any]:
        return core.people.contact_form(self.record_id or 0)

    def fill(self, loaded: dict[str, Any]) -> None:
        self.kind = loaded["kind"]
        for name in TEXT_FIELDS:
            if (field := self.field(name)) is not None:
                field.set_raw(loaded[name] or "")
        for name in ("emails", "phones", "tags"):
            field = self.field(name)
            if isinstance(field, ListField):
                field.set_values(loaded[name])
        for name in ("owner_id", "stage", "source"):
            field = self.field(name)
            if isinstance(field, ChoiceField):
                value = loaded[name]
                field.set_value(getattr(value, "value", value))
        for name in ("birthday", "anniversary"):
            if isinstance(field := self.field(name), YearlyDayField):
                field.set_day(loaded[name])
        cadence = self.field("cadence_days")
        if cadence is not None:
            cadence.set_raw("" if loaded["cadence_days"] is None else str(loaded["cadence_days"]))
        for name, key in (("organisation_id", "organisation"), ("referred_by_id", "referred_by")):
            field = self.field(name)
            contact_id, contact_name = loaded[key]
            if isinstance(field, ContactField) and contact_id is not None:
                field.set_contacts([(contact_id, contact_name or "")])

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["kind"] = str(self.kind)
        for name in TEXT_FIELDS:
            if name in values and values[name] is None:
                values[name] = ""
        return values

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        return core.people.save_contact(self.record_id, values, expected_version, base)
