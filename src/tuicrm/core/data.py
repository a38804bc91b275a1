"""The plain data the core hands out, by name.

The UI names these types (in hints) without knowing which service defines
them; nothing here holds a session or reaches the database.
"""

from tuicrm.core.base import Saved
from tuicrm.core.deals import Moved
from tuicrm.core.invoicing import InvoiceSummary
from tuicrm.core.reports import Receivables
from tuicrm.core.timekeeping import ContractTime, RunningTimer
from tuicrm.db import Database
from tuicrm.services.bulk_edits import BulkResult
from tuicrm.services.calendar import DueItem
from tuicrm.services.common import Page
from tuicrm.services.contact_summary import ContactSummary
from tuicrm.services.contacts import ContactRow
from tuicrm.services.contracts import ContractDetail, ContractRow, Renewal
from tuicrm.services.customer_view import CustomerView
from tuicrm.services.deal_figures import (
    ForecastMonth,
    PipelineFigures,
    SourceConversion,
    StageDays,
    WinRate,
)
from tuicrm.services.deal_stages import Stage, StageEdit
from tuicrm.services.deals import DealDetail, DealFilter, DealRow, StageColumn, StageMove
from tuicrm.services.due_reads import Proposal
from tuicrm.services.duplicates import Duplicate
from tuicrm.services.edits import Merged
from tuicrm.services.history import Change
from tuicrm.services.ical import ImportResult
from tuicrm.services.import_plan import Action, ImportPlan, PlanLine
from tuicrm.services.import_runs import ImportRunInfo, UndoResult
from tuicrm.services.invoice_settings import InvoiceSettings
from tuicrm.services.invoices import InvoiceDetail, InvoiceRow
from tuicrm.services.merging import MOVED_WORDS, MergePreview
from tuicrm.services.metrics_customer_lists import QuietCustomer
from tuicrm.services.metrics_customers import SegmentThresholds
from tuicrm.services.metrics_report import KeyFigures
from tuicrm.services.metrics_revenue import MonthRevenue, Ranked
from tuicrm.services.receivables import Aging, OverdueInvoice, StatementLine
from tuicrm.services.sales import SaleRow
from tuicrm.services.time_log import HoursUsed, TimeRow
from tuicrm.services.timeline import TimelineEntry

__all__ = [
    "MOVED_WORDS", "Action", "BulkResult", "Change", "ContactRow", "Duplicate", "MergePreview", "ContactSummary", "ContractDetail", "ContractRow", "CustomerView", "Database",
    "DueItem", "ImportPlan", "ImportResult", "ImportRunInfo", "KeyFigures", "Merged", "MonthRevenue", "Page", "PlanLine",
    "QuietCustomer", "Ranked", "Renewal", "SaleRow", "Saved", "SegmentThresholds", "TimelineEntry", "UndoResult",
    "Aging", "HoursUsed", "InvoiceDetail", "InvoiceRow", "InvoiceSummary", "InvoiceSettings", "OverdueInvoice", "Proposal",
    "ContractTime", "Receivables", "RunningTimer", "StatementLine", "TimeRow",
    "DealDetail", "DealFilter", "DealRow", "ForecastMonth", "Moved", "PipelineFigures",
    "SourceConversion", "Stage", "StageColumn", "StageDays", "StageEdit", "StageMove", "WinRate",
]
