"""An issued invoice as a Factur-X PDF: the PDF with its EN 16931 data (CII XML,
profile EN16931) embedded, for EU e-invoicing, through the ``factur-x`` package
(optional: ``pip install 'tuicrm[einvoice]'``, with pycountry for country names).

EN 16931 asks what a printed invoice does not: the seller's and the buyer's
country codes (the seller's comes from its VAT number; the buyer's is the
contact's country, a name or a code that pycountry reads), and a tax category per rate
(standard rate ``S`` above 0 %, zero rated ``Z`` at 0 %). What is missing is
said plainly, at the setting or the field to fill. Amounts are the same integer
minor units as on the invoice, written with the currency's decimals. Every text
goes through ``clean_text``. Pure: no database, no Textual.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from tuicrm.enums import InvoiceKind
from tuicrm.errors import ValidationError
from tuicrm.invoice_math import QUANTITY_SCALE
from tuicrm.money import exponent, to_decimal_string
from tuicrm.textclean import clean_text

if TYPE_CHECKING:
    from tuicrm.services.invoice_settings import InvoiceSettings
    from tuicrm.services.invoices import InvoiceDetail

LEVEL = "en16931"
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def _text(value: object, limit: int = 300) -> str:
    return clean_text(str(value or ""), multiline=False)[:limit]


#: Codes people and VAT numbers use that ISO 3166 does not.
_ALIASES = {"UK": "GB", "EL": "GR"}


def _country(text: str) -> str:
    """A country as ISO 3166's two letters: from a code (``DE``, ``EL``, ``UK``) or an
    English name (``United Kingdom``, ``Czech Republic``) as pycountry knows them."""
    code = text.strip().upper()
    if code in _ALIASES:
        return _ALIASES[code]
    try:
        import pycountry

        return str(pycountry.countries.lookup(text.strip()).alpha_2)
    except (ImportError, LookupError):
        return code


def _amount(minor: int, currency: str) -> str:
    return to_decimal_string(minor, currency)


def _price(minor: int, currency: str) -> str:
    return to_decimal_string(abs(minor), currency)


def _quantity(milli: int) -> str:
    whole, part = divmod(abs(milli), QUANTITY_SCALE)
    sign = "-" if milli < 0 else ""
    return f"{sign}{whole}.{part:03d}"


def _rate(rate: int) -> str:
    return f"{rate // 100}.{rate % 100:02d}"


def _address(lines: list[str]) -> dict[str, str]:
    """The street lines of an address (EN 16931 keeps up to three)."""
    kept = [_text(line, 100) for line in lines if line.strip()][:3]
    return {f"addr_l{n}": line for n, line in enumerate(kept, 1)}


def data_dict(detail: InvoiceDetail, settings: InvoiceSettings,
              buyer_country: str) -> dict[str, Any]:
    """The invoice as ``factur-x``'s data dict (fields named by their EN 16931 numbers)."""
    invoice = detail.invoice
    if invoice.number is None or invoice.issue_date is None:
        raise ValidationError({"invoice": "Only an issued invoice can be written as Factur-X."})
    problems = {}
    if not settings.firm_name:
        problems["firm_name"] = "Factur-X needs the firm's name (tuicrm invoice settings)."
    if not settings.firm_vat:
        problems["firm_vat"] = ("Factur-X needs the firm's VAT number, whose country code is "
                                "the seller's country (tuicrm invoice settings).")
    country = _country(buyer_country)
    if not re.fullmatch(r"[A-Z]{2}", country):
        problems["country"] = ("Factur-X needs the client's country (a name such as Germany, "
                               "or a code such as DE): set it on the contact.")
    if problems:
        raise ValidationError(problems)
    currency = invoice.currency
    credit = invoice.kind == InvoiceKind.CREDIT_NOTE
    seller = {"name": _text(settings.firm_name, 200),
              "vat_identifier": _text(settings.firm_vat, 30),
              "country_code": _country(settings.firm_vat[:2]),
              **_address(settings.firm_address.splitlines())}
    if settings.firm_email:
        seller["einvoicing_addr"] = _text(settings.firm_email, 100)
        seller["einvoicing_addr_schemeid"] = "EM"
    buyer = {"name": _text(detail.client, 200), "country_code": country,
             **_address(list(detail.client_address))}
    # the document as issued: nothing prepaid, the whole total due (payments and credit
    # notes since are documents of their own), so its data never changes
    settled = 0
    data: dict[str, Any] = {
        "BT-1": invoice.number,
        "BT-2": invoice.issue_date,
        "BT-3": "381" if credit else "380",
        "BT-5": currency,
        # the delivery block may not be empty: the day of the work is taken as the issue day
        "BT-72": invoice.issue_date,
        "BG-4": seller,
        "BG-7": buyer,
        "BG-23": [{"BT-116": _amount(r.net_minor, currency),
                   "BT-117": _amount(r.tax_minor, currency),
                   "BT-118": "S" if r.tax_rate else "Z", "BT-119": _rate(r.tax_rate)}
                  for r in detail.totals.per_rate],
        "BG-25": [{"BT-126": str(n), "BT-129": _quantity(
                       line.quantity_milli if line.unit_price_minor >= 0
                       else -line.quantity_milli),
                   "BT-130": "C62", "BT-131": _amount(line.net_minor, currency),
                   "BT-146": _price(line.unit_price_minor, currency),
                   "BT-151": "S" if line.tax_rate else "Z", "BT-152": _rate(line.tax_rate),
                   "BT-153": _text(line.description, 200) or "—"}
                  for n, line in enumerate(detail.lines, 1)],
        "BT-106": _amount(invoice.net_minor, currency),
        "BT-109": _amount(invoice.net_minor, currency),
        "BT-110": _amount(invoice.tax_minor, currency),
        "BT-112": _amount(invoice.total_minor, currency),
        "BT-113": _amount(settled, currency),
        "BT-115": _amount(invoice.total_minor - settled, currency),
    }
    if invoice.due_date and not credit:
        data["BT-9"] = invoice.due_date
        data["BT-20"] = f"Net {invoice.terms_days} days"
    if invoice.period_start and invoice.period_end:
        data["BT-73"], data["BT-74"] = invoice.period_start, invoice.period_end
    if detail.credits_number:
        data["BG-3"] = [{"BT-25": detail.credits_number}]
    iban = _IBAN.search(settings.firm_bank.upper())
    if iban and not credit:
        data["BT-81"] = "58"  # SEPA credit transfer
        data["BT-84"] = iban[1].replace(" ", "")
    if exponent(currency) > 2:
        raise ValidationError({"currency": f"{currency} has more decimals than Factur-X writes."})
    return data


def facturx_pdf(pdf: bytes, detail: InvoiceDetail, settings: InvoiceSettings,
                buyer_country: str) -> bytes:
    """``pdf`` (the invoice as printed) with its Factur-X XML embedded, checked
    against the EN 16931 schema first."""
    try:
        import facturx
    except ImportError:
        raise ValidationError({"factur_x": (
            "Factur-X needs the factur-x package: pip install 'tuicrm[einvoice]'.")}) from None
    logging.getLogger("factur-x").setLevel(logging.ERROR)  # its notes are not the user's
    data = data_dict(detail, settings, buyer_country)
    try:
        xml = facturx.generate_cii_xml(data, level=LEVEL, check_xsd=True,
                                       check_schematron=False)
        return bytes(facturx.generate_from_binary(pdf, xml, flavor="factur-x", level=LEVEL,
                                                  check_xsd=True))
    except Exception as error:  # noqa: BLE001 - the package's errors are plain exceptions
        raise ValidationError({"factur_x": f"Factur-X refused this invoice: {error}"}) from None
