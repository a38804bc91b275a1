"""VAT numbers, checked offline with python-stdnum (its formats and check digits
for every EU country and Northern Ireland, plus the UK, Switzerland and Norway):
no request to VIES, so a typo is caught at the field even without a network."""

from __future__ import annotations

import re
from importlib import import_module

from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

_OTHERS = {"gb": "stdnum.gb.vat", "ch": "stdnum.ch.vat", "no": "stdnum.no.mva"}


def check_vat_number(text: str) -> str:
    """The VAT number in its compact form (``"DE 136 695 976"`` → ``"DE136695976"``),
    or a ``ValueError`` that says what is wrong with it."""
    shown = text.strip()
    compact = re.sub(r"[\s.\-/]", "", shown).upper()
    country = compact[:2].lower()
    if country in _OTHERS:
        checker = import_module(_OTHERS[country])
        number = compact[2:] if country == "gb" else compact
    elif country in eu_vat.MEMBER_STATES or country == "el":
        checker, number = eu_vat, compact
    else:
        raise ValueError(f"'{shown}' does not start with a country code (e.g. DE, FR, GB)")
    try:
        valid = checker.validate(number)
    except StdnumError:
        raise ValueError(f"'{shown}' is not a valid VAT number (check its digits)") from None
    return valid if valid.upper().startswith(country.upper()) else country.upper() + valid
