"""The team's customer segment thresholds (``services.metrics_customers``).

One order is always one-time; the two numbers say from how many orders a
customer counts as repeat and as loyal (occasional is in between). Opened
with ``S`` on Purchases and Reports. A pair the service refuses (loyal not
above repeat) is shown at its box and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from tuicrm.ui.screens.number_settings import NumberSettingsDialog
from tuicrm.ui.widgets.fields import IntField

if TYPE_CHECKING:
    from tuicrm.core import Core

MOST = 10_000  # as the service allows


class SegmentsDialog(NumberSettingsDialog):
    """Edit where the repeat and loyal segments start; ctrl+s saves, Esc cancels."""

    HEADING: ClassVar[str] = "Customer segments"
    EXPLANATION: ClassVar[str] = (
        "By orders placed, over the customer's whole history: one order is one-time; "
        "fewer than repeat is occasional; fewer than loyal is repeat.")
    SAVED: ClassVar[str] = "Segment thresholds saved."

    def number_fields(self) -> Iterable[IntField]:
        yield IntField("repeat_from", "Repeat from (orders)", least=3, most=MOST,
                       required=True)
        yield IntField("loyal_from", "Loyal from (orders)", least=4, most=MOST, required=True)

    def read(self, core: Core) -> dict[str, int | None]:
        return core.settings.segment_thresholds()

    def store(self, core: Core, values: dict[str, int | None]) -> None:
        core.settings.set_segment_thresholds(values)
