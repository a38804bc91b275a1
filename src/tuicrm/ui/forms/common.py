"""Helpers the activity forms (interaction, follow-up, meeting, sale) share.

The pre-chosen contact, the team as owner choices, where typing starts, and a
stored moment shown as a local date and time (and back).
"""

from __future__ import annotations

from datetime import date, datetime, time

from tuicrm import dates
from tuicrm.ui.forms.base import RecordForm
from tuicrm.ui.widgets.contact_picker import ContactField
from tuicrm.ui.widgets.fields import ChoiceField


def show_team(form: RecordForm, name: str, members: list[tuple[str, int]]) -> None:
    """Offer ``members`` in choice field ``name``; a new record defaults to me."""
    field = form.field(name)
    if isinstance(field, ChoiceField):
        field.set_options(members)
        database = form.crm_app.database
        if form.record_id is None and field.value is None and database is not None:
            field.set_value(database.actor_id)


def show_contacts(form: RecordForm, name: str, chosen: list[tuple[int, str]]) -> None:
    """Show the contacts a form was opened for (unless the person picked already)."""
    field = form.field(name)
    if isinstance(field, ContactField) and chosen and not field.chosen and \
            not field.raw.strip():
        field.set_contacts(chosen)


def focus_later(form: RecordForm, selector: str) -> None:
    """Start typing at ``selector`` (a form opened for a contact skips the contact)."""
    def focus() -> None:
        found = form.query(selector)
        if found:
            found.first().focus()

    form.call_after_refresh(focus)


def now_parts() -> tuple[str, str]:
    return dates.local_parts(dates.utcnow())


def moment(day: date, at: time | None, tz: str | None = None) -> datetime:
    """The instant (in UTC, as stored) of ``day`` at ``at`` (midnight when blank) in ``tz``."""
    return dates.to_utc(dates.local_datetime(day, at or time(0), tz))
