"""The Reports screen's figures for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tuicrm.core.base import UseCases
from tuicrm.core.exports import TOP
from tuicrm.enums import ContractStatus, Role
from tuicrm.services import metrics_report, overview
from tuicrm.services.metrics_report import KeyFigures


@dataclass(frozen=True)
class ReportData:
    figures: KeyFigures
    roles: dict[Role, int]
    statuses: dict[ContractStatus, int]


class Reports(UseCases):
    def report(self, first: date, last: date) -> ReportData:
        """Everything Reports shows for the period, in one read snapshot."""
        with self.db.read() as session:
            return ReportData(
                metrics_report.key_figures(session=session, period_start=first,
                                           period_end=last, top=TOP),
                overview.contacts_by_role(session=session),
                overview.contracts_by_status(session=session))

    def key_figures(self, first: date, last: date) -> KeyFigures:
        """The key figures of a period, as ``tuicrm report`` prints them."""
        with self.db.read() as session:
            return metrics_report.key_figures(session=session, period_start=first, period_end=last)
