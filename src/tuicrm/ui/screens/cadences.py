"""The team's stay-in-touch defaults, one per role (``services.cadence``).

A contact's own "stay in touch every … days" wins; these apply to everyone
else of that role. A blank box means no default: such contacts never show
as gone quiet. Opened with ``D`` on Today or the Calendar (and the palette).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from tuicrm.enums import Role
from tuicrm.ui.screens.number_settings import NumberSettingsDialog
from tuicrm.ui.widgets.fields import IntField

if TYPE_CHECKING:
    from sqlmodel import Session

ROLE_LABELS = {Role.CLIENT: "Clients", Role.BOTH: "Clients who also buy",
               Role.CUSTOMER: "Customers", Role.LEAD: "Leads"}


class CadencesDialog(NumberSettingsDialog):
    """Edit the default cadence of each role; ctrl+s saves, Esc cancels."""

    HEADING: ClassVar[str] = "Stay in touch: team defaults"
    EXPLANATION: ClassVar[str] = (
        "Days without a touch (a call, email, note, meeting or sale) before a contact shows "
        "as gone quiet. A contact's own cadence wins; blank: none.")
    SAVED: ClassVar[str] = "Stay-in-touch defaults saved."

    def number_fields(self) -> Iterable[IntField]:
        for role, label in ROLE_LABELS.items():
            yield IntField(role.value, f"{label} (days)", least=1, most=3650)

    def read(self, session: Session) -> dict[str, int | None]:
        from tuicrm.services.cadence import cadence_defaults

        return {role.value: days for role, days in cadence_defaults(session=session).items()}

    def store(self, session: Session, values: dict[str, int | None]) -> None:
        from tuicrm.services.cadence import set_cadence_defaults

        set_cadence_defaults(session=session,
                             defaults={Role(name): days for name, days in values.items()})
