"""The Reports screen's figures for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tuicrm import dates
from tuicrm.core.base import UseCases
from tuicrm.enums import ContractStatus, Role
from tuicrm.services import deal_figures, metrics_report, overview, receivables
from tuicrm.services.deal_figures import PipelineFigures
from tuicrm.services.metrics_report import KeyFigures
from tuicrm.services.receivables import Aging

#: How many names a top list holds, on Reports and in its exports.
TOP = 10


@dataclass(frozen=True)
class Receivables:
    """Who owed what at the end of a period (or today, for a period still running),
    and how long the invoices paid in the period took to be paid."""

    aging: Aging
    days_to_get_paid: float | None


@dataclass(frozen=True)
class ReportData:
    figures: KeyFigures
    roles: dict[Role, int]
    statuses: dict[ContractStatus, int]
    receivables: Receivables
    pipeline: PipelineFigures


class Reports(UseCases):
    def report(self, first: date, last: date) -> ReportData:
        """Everything Reports shows for the period, in one read snapshot."""
        as_of = min(last, dates.today())
        with self.db.read() as session:
            return ReportData(
                metrics_report.key_figures(session=session, period_start=first,
                                           period_end=last, top=TOP),
                overview.contacts_by_role(session=session),
                overview.contracts_by_status(session=session),
                Receivables(receivables.aging(session=session, as_of=as_of),
                            receivables.days_to_get_paid(session=session, since=first,
                                                         until=last)),
                deal_figures.pipeline(session=session, first=first, last=last,
                                      today=dates.today()))

    def key_figures(self, first: date, last: date) -> KeyFigures:
        """The key figures of a period, as ``tuicrm report`` prints them."""
        with self.db.read() as session:
            return metrics_report.key_figures(session=session, period_start=first, period_end=last)
