"""A deals import line's values made ready for ``DealCreate``, losing only what is bad.

Each value is read from the file's text: the value in minor units of its
currency (the import's default when the line has none, or one that is not a
currency), the expected close as a day, the created date as a moment (it
becomes the deal's start), the owner as the team member of that name, the
source and probability. A value that cannot be read is left out, with its
reason, and the deal is still made; a line without a title gets "Deal with
<its contact>".

The stage: Pipedrive's status (won or lost) puts a deal in our won or lost
stage; otherwise its stage is ours of that name (any case), or, for another
tool's stage, ours that means the same (HubSpot's "appointmentscheduled" or
"contractsent", Pipedrive's "Proposal made"); anything else is the first
open stage, said on the line. A lost deal without a reason is "imported as
lost".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.enums import AcquisitionSource, DealOutcome
from tuicrm.models import DealCreate
from tuicrm.money import MoneyError, normalize_currency, parse_amount
from tuicrm.services import deal_stages
from tuicrm.services.common import validate
from tuicrm.services.import_values import checked, owner_id, parse_day, parse_moment
from tuicrm.textclean import clean_text

LOST_WITHOUT_REASON = "imported as lost"
TITLE_LENGTH = 200

# Other tools' stages by what they mean, written as letters only: HubSpot's
# default pipeline (the names its export writes, or its labels), Pipedrive's,
# and plain words. Each is ours of the default name (or won, or lost).
_MEANINGS: dict[str, str] = {
    **dict.fromkeys(("appointmentscheduled", "new", "lead", "leadin", "newlead"), "New"),
    **dict.fromkeys(("qualifiedtobuy", "qualified", "contactmade", "demoscheduled",
                     "needsdefined"), "Qualified"),
    **dict.fromkeys(("presentationscheduled", "proposal", "proposalmade", "proposalsent",
                     "quotesent"), "Proposal sent"),
    **dict.fromkeys(("decisionmakerboughtin", "contractsent", "negotiation", "negotiations",
                     "negotiationsstarted"), "Negotiation"),
    **dict.fromkeys(("closedwon", "won"), DealOutcome.WON),
    **dict.fromkeys(("closedlost", "lost"), DealOutcome.LOST),
}
_STATUSES = {"open": DealOutcome.OPEN, "won": DealOutcome.WON, "lost": DealOutcome.LOST}
# Where a deal came from, as other tools say it (HubSpot's "Original Source
# Type", Pipedrive's "Source channel"), letters only.
_SOURCES: dict[str, AcquisitionSource] = {
    **dict.fromkeys(("referral", "referrals", "wordofmouth"), AcquisitionSource.REFERRAL),
    **dict.fromkeys(("networking", "event", "events", "offline", "offlinesources"),
                    AcquisitionSource.NETWORKING),
    **dict.fromkeys(("website", "web", "organicsearch", "directtraffic", "webforms"),
                    AcquisitionSource.WEBSITE),
    **dict.fromkeys(("ads", "advertising", "paidsearch", "paidsocial"), AcquisitionSource.ADS),
    "other": AcquisitionSource.OTHER,
}


def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


class Stages:
    """Our live stages, and which one a line's stage and status put its deal in."""

    def __init__(self, session: Session) -> None:
        found = deal_stages.stages(session=session)
        self.by_name = {s.name.casefold(): s for s in found}
        self.first_open = next((s for s in found if s.is_open), None)
        self.closed = {s.outcome: s for s in found if not s.is_open}

    def pick(self, stage: str, status: str, left_out: list[str]) -> deal_stages.Stage | None:
        """The line's stage (None: the pipeline has no open stage to put it in)."""
        outcome = _STATUSES.get(letters(status)) if status else None
        if status and outcome is None:
            left_out.append(f"status {status!r} left out: open, won or lost")
        if outcome in self.closed:
            return self.closed[outcome]
        if not stage:
            return self.first_open
        if found := self.by_name.get(" ".join(stage.split()).casefold()):
            return found
        meaning = _MEANINGS.get(letters(stage))
        found = self.closed.get(meaning) if isinstance(meaning, DealOutcome) else (
            self.by_name.get(meaning.casefold()) if meaning else None)
        if found is None and self.first_open is not None:
            left_out.append(f"stage {stage!r} is not one of ours: put in {self.first_open.name}")
        return found or self.first_open


def deal_values(values: Mapping[str, Any], stage: deal_stages.Stage, *, contact: str,
                fallback: str, order: str | None, team: Mapping[str, int],
                left_out: list[str]) -> tuple[DealCreate, datetime | None, datetime | None]:
    """The line's deal (its contact_id still 0), when it began and, won or lost,
    when it closed (None: not said). A closed deal's close date is its won or lost
    time (Pipedrive's), else its close date (HubSpot's is the day it closed)."""
    v = values
    data: dict[str, Any] = {"contact_id": 0, "stage_id": stage.id, "currency": fallback}
    title = clean_text(v.get("title", ""), multiline=False)
    data["title"] = (title or f"Deal with {contact}")[:TITLE_LENGTH]
    if v.get("currency"):
        try:
            data["currency"] = normalize_currency(v["currency"])
        except MoneyError as err:
            left_out.append(f"currency left out ({fallback} instead): {err}")
    if v.get("value"):
        try:
            amount = parse_amount(v["value"], data["currency"])
            if amount < 0:
                raise MoneyError(f"'{v['value']}' is negative")
            data["value_minor"] = amount
        except MoneyError as err:
            left_out.append(f"value left out: {err}")
    if stage.outcome == DealOutcome.LOST:
        data["lost_reason"] = " ".join(v.get("lost_reason", "").split())[:500] or LOST_WITHOUT_REASON
    if v.get("expected_close"):
        try:
            data["expected_close"] = parse_day(v["expected_close"], order)
        except ValueError as err:
            left_out.append(f"expected close left out: {err}")
    if v.get("owner") and (member := owner_id(team, v["owner"], left_out)) is not None:
        data["owner_id"] = member
    if v.get("source"):
        if (source := _SOURCES.get(letters(v["source"]))) is not None:
            data["source"] = source
        else:
            left_out.append(f"source {v['source']!r} left out: not "
                            f"{', '.join(s.value for s in AcquisitionSource)}")
    if v.get("probability"):
        data["probability"] = v["probability"].strip().removesuffix("%").strip()
    if v.get("notes"):
        data["notes"] = v["notes"]
    at = None
    if v.get("created"):
        try:
            at = parse_moment(v["created"], order)
        except ValueError as err:
            left_out.append(f"created date left out: {err}")
    closed = None
    closed_text = v.get("closed") or v.get("expected_close")
    if stage.outcome != DealOutcome.OPEN and closed_text:
        try:
            closed = parse_moment(closed_text, order)
        except ValueError as err:
            if v.get("closed"):
                left_out.append(f"closed date left out: {err}")
    deal = checked(data, left_out, build=lambda d: validate(DealCreate, d), required="title")
    return deal, at, closed
