"""The record kinds, statuses and choices, and the input patterns they share.

Plain Python (no SQLAlchemy), so the screens can offer these choices and check
what is typed before the data layer is loaded. ``tuicrm.models`` re-exports
every name here.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from tuicrm.patterns import LazyPattern


class UnknownValue(str):
    """A stored value this version has no member for (written by a newer tuicrm or
    another program): read as its text, so every screen, report and export shows
    it as it is instead of stopping. ``.value`` is the text, as on a member."""

    @property
    def value(self) -> str:
        return str(self)


class ContactKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Role(StrEnum):
    """Derived from records, never typed: see ``services.contact_queries.role_expr``
    (kept beside the stay-in-touch clock, ``services.touch_clock``, for Today)."""

    LEAD = "lead"
    PROSPECT = "prospect"  # a lead with an open deal
    CLIENT = "client"
    CUSTOMER = "customer"
    BOTH = "both"


class AcquisitionSource(StrEnum):
    REFERRAL = "referral"
    NETWORKING = "networking"
    WEBSITE = "website"
    ADS = "ads"
    OTHER = "other"


class DealOutcome(StrEnum):
    """What a deal stage means: still open, or closed as won or lost. A stage's
    outcome never changes (the firm edits names, order and probabilities), so a
    deal keeps its stage's outcome beside it for the figures."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class JourneyStage(StrEnum):
    AWARENESS = "awareness"
    ENGAGEMENT = "engagement"
    NURTURING = "nurturing"
    RETENTION = "retention"
    ADVOCACY = "advocacy"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ENDED = "ended"
    TERMINATED = "terminated"
    RENEWED = "renewed"


def contract_status_words(status: object, start_date: date, today: date) -> str:
    """How a contract's status reads today: an active one that has not started
    yet (a renewal's follow-on, say) is "scheduled"; the stored label says
    nothing of the dates, and figures never use it (they use the dates)."""
    value = str(getattr(status, "value", status))
    if value == ContractStatus.ACTIVE and start_date > today:
        return "scheduled"
    return value


class BillingCycle(StrEnum):
    ONE_OFF = "one_off"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"  # takes off part or all of one issued invoice


class InvoiceStatus(StrEnum):
    """Worked out from the dates and amounts, never stored (``services.invoice_status``)."""

    DRAFT = "draft"
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CREDITED = "credited"  # nothing owed, because credit notes took it off


class MeetingChannel(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"


class SaleStatus(StrEnum):
    PAID = "paid"
    PENDING = "pending"
    REFUNDED = "refunded"
    PARTIALLY_REFUNDED = "partially_refunded"


class PaymentMethod(StrEnum):
    CARD = "card"
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    INVOICE = "invoice"
    PAYPAL = "paypal"
    OTHER = "other"


class SalesChannel(StrEnum):
    ONLINE = "online"
    IN_STORE = "in_store"
    PHONE = "phone"
    EVENT = "event"
    OTHER = "other"


class InteractionKind(StrEnum):
    CALL = "call"
    EMAIL = "email"
    NOTE = "note"
    MESSAGE = "message"


class SurveyKind(StrEnum):
    NPS = "nps"  # 0-10
    CSAT = "csat"  # 1-5


class DueKind(StrEnum):
    """What a calendar item is (``services.calendar``): one kind per marker."""

    MEETING = "meeting"
    FOLLOWUP = "followup"
    STAY_IN_TOUCH = "stay_in_touch"
    REVIEW = "review"
    RENEWAL = "renewal"
    CANCEL_BY = "cancel_by"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    INVOICE = "invoice"  # an issued invoice due that day, with something still owed
    BILLING = "billing"  # a contract's billing period begun with no invoice yet
    STALE_DEAL = "stale_deal"  # an open deal with nothing done for the set days (Today only)


DUE_KIND_LABELS: dict[DueKind, str] = {
    DueKind.MEETING: "Meeting", DueKind.FOLLOWUP: "Follow-up",
    DueKind.STAY_IN_TOUCH: "Stay in touch", DueKind.REVIEW: "Review",
    DueKind.RENEWAL: "Renewal", DueKind.CANCEL_BY: "Cancel-by",
    DueKind.BIRTHDAY: "Birthday", DueKind.ANNIVERSARY: "Anniversary",
    DueKind.INVOICE: "Invoice due", DueKind.BILLING: "To invoice",
    DueKind.STALE_DEAL: "Stale deal",
}
YEARLY_DUE_KINDS = (DueKind.BIRTHDAY, DueKind.ANNIVERSARY)
CONTRACT_DUE_KINDS = (DueKind.REVIEW, DueKind.RENEWAL, DueKind.CANCEL_BY)


SURVEY_RANGES: dict[SurveyKind, tuple[int, int]] = {
    SurveyKind.NPS: (0, 10),
    SurveyKind.CSAT: (1, 5),
}


EMAIL_PATTERN = LazyPattern(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
PHONE_PATTERN = LazyPattern(r"\+?[0-9 ()./-]{3,30}(\s*(x|ext\.?)\s*[0-9]{1,6})?", re.IGNORECASE)


class Segment(StrEnum):
    """A customer's segment, by how many orders they have placed."""

    ONE_TIME = "one_time"
    OCCASIONAL = "occasional"
    REPEAT = "repeat"
    LOYAL = "loyal"


SEGMENT_LABELS = {Segment.ONE_TIME: "One-time", Segment.OCCASIONAL: "Occasional",
                  Segment.REPEAT: "Repeat", Segment.LOYAL: "Loyal"}
