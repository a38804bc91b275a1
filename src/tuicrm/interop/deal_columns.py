"""The columns of a deals file (``tuicrm import FILE --deals``), and its contact cell.

Headers are compared in :func:`tuicrm.interop.csv_mapping.normal` form. Besides
plain English ("Title", "Value", "Stage", "Organization", "Close date"), the
names Pipedrive's and HubSpot's deal exports write are known: Pipedrive puts
"Deal - " before each of its columns ("Deal - Title", "Deal - Contact person",
"Deal - Deal created", and "Person - Email - Work" for the person's email),
HubSpot writes "Deal Name", "Deal Stage", "Close Date", "Create Date", "Deal
owner", "Associated Contact" and "Associated Company". Pure: no database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from tuicrm.interop.contact_values import LABEL_OF_WORD

# Field -> the column names that mean it.
DEAL_ALIASES: dict[str, str] = {
    "title": "title|deal title|deal name|opportunity|opportunity name|subject",
    "value": "value|amount|deal value|deal amount|total|price",
    "currency": "currency|currency code|deal currency|ccy",
    "stage": "stage|deal stage|pipeline stage|phase",
    "status": "status|deal status|outcome",
    "lost_reason": "lost reason|reason lost|closed lost reason|loss reason",
    "expected_close": "expected close date|expected close|close date|closing date|"
        "expected closing date",
    "person": "person|contact person|contact|contact name|person name|associated contact|"
        "customer|customer name|client|client name",
    "organisation": "organization|organisation|company|company name|organization name|"
        "organisation name|associated company|account|account name",
    "email": "email|email address|contact email|person email|customer email",
    "owner": "owner|deal owner|owner name|sales rep|salesperson|assigned to",
    "created": "created|deal created|create date|created at|created on|creation date|"
        "date created|add time",
    "closed": "won time|lost time|close time|closed at|closed on|closed|date closed|"
        "won date|lost date",
    "source": "source|deal source|lead source|acquisition source|original source|"
        "original source type|source channel",
    "probability": "probability|deal probability|win probability",
    "notes": "notes|note|description|deal description|comments|comment",
}
#: What a person may write after "=" in --map besides the fields' own names.
DEAL_NAMES = {"amount": "value", "company": "organisation", "organization": "organisation",
              "contact": "person", "customer": "person", "close_date": "expected_close",
              "close": "expected_close", "created_at": "created", "reason": "lost_reason",
              "note": "notes"}
_PREFIX = "deal "  # Pipedrive's "Deal - " on each column


def deal_hit(table: Mapping[str, tuple[str, int]], name: str) -> tuple[str, int] | None:
    """The field of a deals column (``name`` in normal form): by its name, without
    Pipedrive's "Deal - ", or an email column with a label ("Person - Email - Work")."""
    for candidate in (name, name.removeprefix(_PREFIX)):
        if hit := table.get(candidate):
            return hit
        kept = " ".join(w for w in candidate.split() if w not in LABEL_OF_WORD)
        if kept != candidate and (hit := table.get(kept)) and hit[0] == "email":
            return hit
    return None


# "Priya Patel (priya@patel.example)" (HubSpot) or "Priya Patel <priya@patel.example>".
_NAMED_ADDRESS = re.compile(r"^(.*?)\s*[(<]\s*(?:mailto:)?([^()<>\s]+@[^()<>\s]+)\s*[)>]$")
_BARE_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


def split_person(values: dict[str, Any]) -> dict[str, Any]:
    """A contact cell's name and email apart: HubSpot's "Name (email)", a bare address;
    of several contacts ("A; B"), the first."""
    cell = values.get("person")
    if not cell:
        return values
    first = re.split(r"\s*;\s*", cell.strip())[0]
    name, email = first, ""
    if match := _NAMED_ADDRESS.match(first):
        name, email = match.group(1).strip().strip("'\""), match.group(2)
    elif _BARE_ADDRESS.fullmatch(first):
        name, email = "", first
    if name:
        values["person"] = name
    else:
        del values["person"]
    if email and not values.get("email"):
        values["email"] = email
    return values
