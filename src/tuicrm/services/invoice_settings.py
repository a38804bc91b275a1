"""What the firm sets once for its invoices: its own details (printed on every
invoice), the numbering prefixes, the default payment terms and tax rate, and
the late-payment interest rate. Kept in ``app_meta`` under ``invoice.*``."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.errors import ValidationError
from tuicrm.invoice_math import DEFAULT_INTEREST_RATE, MAX_TAX_RATE
from tuicrm.services.meta import get_meta, set_meta
from tuicrm.textclean import clean_text

_PREFIX = "invoice."
_MULTILINE = frozenset({"firm_address", "firm_bank"})


@dataclass(frozen=True)
class InvoiceSettings:
    firm_name: str = ""
    firm_address: str = ""  # several lines
    firm_vat: str = ""  # checked offline (python-stdnum) when set
    firm_bank: str = ""  # IBAN, BIC, account holder: several lines
    firm_email: str = ""
    invoice_prefix: str = "INV-"  # the series is the prefix and the issue year: INV-2026-
    credit_prefix: str = "CN-"
    terms_days: int = 30  # Net 30, unless the client has terms of their own
    tax_rate: int = 0  # hundredths of a percent, for lines made from contracts, sales, time
    interest_rate: int = DEFAULT_INTEREST_RATE  # hundredths of a percent a year


_DEFAULTS = InvoiceSettings()


def invoice_settings(*, session: Session) -> InvoiceSettings:
    values: dict[str, Any] = {}
    for field in fields(InvoiceSettings):
        stored = get_meta(session=session, key=_PREFIX + field.name)
        if stored is None:
            continue
        default = getattr(_DEFAULTS, field.name)
        if isinstance(default, int):
            try:
                values[field.name] = int(stored)
            except ValueError:
                continue  # edited by hand: the default stands
        else:
            values[field.name] = stored
    return replace(_DEFAULTS, **values)


def set_invoice_settings(*, session: Session, changes: dict[str, Any]) -> InvoiceSettings:
    """Store the ``changes`` (field → value); a bad value is refused at its field."""
    known = {f.name for f in fields(InvoiceSettings)}
    problems: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in known:
            problems[name] = "not an invoice setting"
            continue
        if isinstance(getattr(_DEFAULTS, name), int):
            problem = _number_problem(name, value)
            if problem:
                problems[name] = problem
            else:
                cleaned[name] = int(value)
            continue
        text = clean_text(str(value), multiline=name in _MULTILINE).strip()
        if len(text) > 500:
            problems[name] = "at most 500 characters"
        elif name in ("invoice_prefix", "credit_prefix") and (not text or len(text) > 20):
            problems[name] = "a prefix of 1 to 20 characters, e.g. INV-"
        elif name == "firm_vat" and text:
            from tuicrm.services.vat import check_vat_number

            try:
                text = check_vat_number(text)
            except ValueError as error:
                problems[name] = str(error)
        cleaned[name] = text
    stored = invoice_settings(session=session)
    prefixes = (cleaned.get("invoice_prefix", stored.invoice_prefix),
                cleaned.get("credit_prefix", stored.credit_prefix))
    if prefixes[0] == prefixes[1] and not problems.keys() & {"invoice_prefix", "credit_prefix"}:
        problems["credit_prefix"] = "credit notes need a prefix of their own"
    if problems:
        raise ValidationError(problems)
    for name, value in cleaned.items():
        set_meta(session=session, key=_PREFIX + name, value=str(value))
    return invoice_settings(session=session)


def _number_problem(name: str, value: Any) -> str | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return "a whole number"
    limits = {"terms_days": (0, 365), "tax_rate": (0, MAX_TAX_RATE),
              "interest_rate": (0, MAX_TAX_RATE)}
    low, high = limits[name]
    return None if low <= number <= high else f"between {low} and {high}"
