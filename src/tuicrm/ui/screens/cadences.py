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
    from tuicrm.core import Core

ROLE_LABELS = {Role.CLIENT: "Clients", Role.BOTH: "Clients who also buy",
               Role.CUSTOMER: "Customers", Role.PROSPECT: "Prospects (an open deal)",
               Role.LEAD: "Leads"}


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

    def read(self, core: Core) -> dict[str, int | None]:
        return core.settings.cadence_defaults()

    def store(self, core: Core, values: dict[str, int | None]) -> None:
        core.settings.set_cadence_defaults(values)
