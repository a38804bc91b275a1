"""The team's settings: stay-in-touch defaults per role, customer segment thresholds."""

from __future__ import annotations

from tuicrm.core.base import UseCases
from tuicrm.enums import Role
from tuicrm.services import cadence, metrics_customers


class Settings(UseCases):
    """Numbers the whole team shares, read and stored by name."""

    def cadence_defaults(self) -> dict[str, int | None]:
        with self.db.read() as session:
            return {role.value: days for role, days in cadence.cadence_defaults(session=session).items()}

    def set_cadence_defaults(self, values: dict[str, int | None]) -> None:
        with self.write() as session:
            cadence.set_cadence_defaults(session=session,
                                         defaults={Role(name): days for name, days in values.items()})

    def segment_thresholds(self) -> dict[str, int | None]:
        with self.db.read() as session:
            return dict(vars(metrics_customers.segment_thresholds(session=session)))

    def set_segment_thresholds(self, values: dict[str, int | None]) -> None:
        with self.write() as session:
            metrics_customers.set_segment_thresholds(session=session, thresholds=values)
