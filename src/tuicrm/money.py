"""Money as exact integers: minor units plus an ISO 4217 currency code.

Why not float: 0.1 + 0.2 != 0.3, and a CRM that sums deal values must add up
to the cent.  Why not Decimal everywhere: an ``int`` of minor units stores in
any database column, compares and hashes cheaply, and is exact for any size.
Everything here is standard library only, so models, importers and the UI can
all share it.  Errors are :class:`MoneyError` with messages that can be shown
to a user as they are.
"""

from __future__ import annotations

import re

from tuicrm.patterns import LazyPattern

__all__ = [
    "CURRENCY_EXPONENTS",
    "Money",
    "MoneyError",
    "exponent",
    "format_amount",
    "from_decimal_string",
    "normalize_currency",
    "parse_amount",
    "to_decimal_string",
]


class MoneyError(ValueError):
    """A bad amount or currency; the message is meant for the user."""


def _table(exp: int, codes: str) -> dict[str, int]:
    return dict.fromkeys(codes.split(), exp)


#: ISO 4217 minor-unit exponents (active currencies plus the common funds).
CURRENCY_EXPONENTS: dict[str, int] = {
    **_table(
        2,
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL"
        " BSD BTN BWP BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD"
        " EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF"
        " IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD"
        " MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK"
        " NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK"
        " SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD"
        " TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG",
    ),
    **_table(0, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"),
    **_table(3, "BHD IQD JOD KWD LYD OMR TND"),
    **_table(4, "CLF UYW"),
}

# Symbols tolerated around an amount, per currency.  Only symbols that a user
# would type for *that* currency; the code itself is always accepted too.
_SYMBOLS: dict[str, tuple[str, ...]] = {
    "EUR": ("€",), "USD": ("$", "US$"), "GBP": ("£",), "JPY": ("¥", "円"),
    "CNY": ("¥", "元"), "CHF": ("Fr.", "SFr."), "CAD": ("$", "CA$", "C$"),
    "AUD": ("$", "A$", "AU$"), "NZD": ("$", "NZ$"), "HKD": ("HK$",),
    "SGD": ("S$",), "MXN": ("$", "MX$"), "BRL": ("R$",), "INR": ("₹",),
    "KRW": ("₩",), "VND": ("₫",), "TRY": ("₺",), "ILS": ("₪",), "THB": ("฿",),
    "RUB": ("₽",), "UAH": ("₴",), "PHP": ("₱",), "NGN": ("₦",), "ZAR": ("R",),
    "PLN": ("zł",), "CZK": ("Kč",), "HUF": ("Ft",), "SEK": ("kr",),
    "NOK": ("kr",), "DKK": ("kr",), "ISK": ("kr",),
}

# Characters that may only ever group thousands: spaces (plain, no-break,
# narrow no-break, thin) and the Swiss apostrophe.
_SPACE_GROUPS = " \u00a0\u202f\u2009'’"
_BODY = LazyPattern(r"[0-9.,%s]+" % re.escape(_SPACE_GROUPS))
_MACHINE = LazyPattern(r"-?[0-9]+(?:\.[0-9]+)?")


def normalize_currency(code: str) -> str:
    """Return the canonical upper-case code, or raise for an unknown one."""
    if not isinstance(code, str):
        raise MoneyError(f"Unknown currency {code!r}")
    norm = code.strip().upper()
    if norm not in CURRENCY_EXPONENTS:
        raise MoneyError(f"Unknown currency {norm!r}" if norm else "Enter a currency")
    return norm


def exponent(currency: str) -> int:
    """Number of minor-unit digits of ``currency`` (EUR 2, JPY 0, KWD 3)."""
    return CURRENCY_EXPONENTS[normalize_currency(currency)]


def _too_many_decimals(currency: str, exp: int) -> MoneyError:
    if exp == 0:
        return MoneyError(f"{currency} has no decimals")
    return MoneyError(f"{currency} allows at most {exp} decimals")


def _strip_affixes(text: str, currency: str) -> tuple[bool, str]:
    """Split off a sign and one currency symbol/code; return (negative, body)."""
    marks = sorted((currency, *_SYMBOLS.get(currency, ())), key=len, reverse=True)
    rest, sign, marked = text.strip(), "", False
    for _ in range(2):  # "-€12" and "€-12" are both fine, "€€12" is not
        if not sign and rest[:1] and rest[0] in "+-\u2212":
            sign, rest = rest[0], rest[1:].strip()
        elif not marked:
            mark = next((m for m in marks if rest.upper().startswith(m.upper())), "")
            rest, marked = rest[len(mark):].strip(), bool(mark)
    if not marked:
        mark = next((m for m in marks if rest.upper().endswith(m.upper())), "")
        rest = rest[: len(rest) - len(mark)].strip()
    # An ISO code of a *different* currency is a real mistake, say so.
    for code in re.findall(r"(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])", rest):
        if code.upper() in CURRENCY_EXPONENTS and code.upper() != currency:
            raise MoneyError(f"'{text.strip()}' is in {code.upper()}, not {currency}")
    return sign in ("-", "\u2212"), rest


def _valid_groups(int_part: str, sep: str) -> bool:
    groups = int_part.split(sep)
    first, rest = groups[0], groups[1:]
    return (
        1 <= len(first) <= 3
        and not (first.startswith("0") and rest)
        and all(len(g) == 3 for g in rest)
    )


def parse_amount(text: str, currency: str) -> int:
    """Parse what a user typed into minor units of ``currency``.

    Accepts "1234.50", "1,234.50", "1.234,50", "1 234,50", "€12", "12 EUR",
    "-5", "+5".  Ambiguity rules: with both "," and "." the last one is the
    decimal mark; a mark used more than once groups thousands; a single mark
    followed by exactly three digits groups thousands unless the currency
    has three decimals (so "1,234" is 1234 EUR but 1.234 KWD).  Only integer
    arithmetic is used, so any size is exact.
    """
    currency = normalize_currency(currency)
    exp = CURRENCY_EXPONENTS[currency]
    if not isinstance(text, str) or not text.strip():
        raise MoneyError("Enter an amount")
    bad = MoneyError(f"'{text.strip()}' is not an amount")
    negative, body = _strip_affixes(text, currency)
    if not _BODY.fullmatch(body):
        raise bad

    spaces = {c for c in body if c in _SPACE_GROUPS}
    marks = [c for c in body if c in ",."]
    decimal = None
    if len(set(marks)) == 2:
        decimal = marks[-1]
    elif len(marks) == 1:
        after = body.rsplit(marks[0], 1)[1]
        before = body.split(marks[0], 1)[0]
        looks_grouped = (
            len(after) == 3 and exp < 3 and not spaces and not before.startswith("0")
        )
        decimal = None if looks_grouped else marks[0]

    int_part, frac = body, ""
    if decimal is not None:
        if body.count(decimal) != 1:
            raise bad
        int_part, frac = body.split(decimal)
        if not frac.isdigit() or (int_part and not int_part[-1].isdigit()):
            raise bad
    group_seps = set(int_part) - set("0123456789")
    if len(group_seps) > 1:
        raise bad
    if group_seps:
        if not _valid_groups(int_part, group_seps.pop()):
            raise bad
        int_part = "".join(c for c in int_part if c.isdigit())
    if not int_part and not frac:
        raise bad
    if len(frac) > exp:
        raise _too_many_decimals(currency, exp)
    minor = int(int_part or "0") * 10**exp + int(frac.ljust(exp, "0") or "0")
    return -minor if negative else minor


def _check_minor(minor: object) -> int:
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
    return minor


def format_amount(
    minor: int, currency: str, *, with_code: bool = True, grouping: bool = True
) -> str:
    """Human form, e.g. ``1,234.50 EUR``; always parseable by parse_amount."""
    code = normalize_currency(currency)
    exp = CURRENCY_EXPONENTS[code]
    whole, frac = divmod(abs(_check_minor(minor)), 10**exp)
    text = f"{whole:,}" if grouping else str(whole)
    if exp:
        text += f".{frac:0{exp}d}"
    if minor < 0:
        text = "-" + text
    return f"{text} {code}" if with_code else text


def to_decimal_string(minor: int, currency: str) -> str:
    """Machine form for CSV/JSON export: "1234.50", "-7", no grouping or code."""
    return format_amount(minor, currency, with_code=False, grouping=False)


def from_decimal_string(text: str, currency: str) -> int:
    """Strict inverse of to_decimal_string: only ``-?digits(.digits)?``."""
    code = normalize_currency(currency)
    exp = CURRENCY_EXPONENTS[code]
    if not isinstance(text, str) or not _MACHINE.fullmatch(text):
        raise MoneyError(f"{text!r} is not a decimal amount")
    negative = text.startswith("-")
    whole, _, frac = text.lstrip("-").partition(".")
    if len(frac) > exp:
        raise _too_many_decimals(code, exp)
    minor = int(whole) * 10**exp + int(frac.ljust(exp, "0") or "0")
    return -minor if negative else minor


class Money:
    """An exact amount: ``minor`` units of ``currency`` (e.g. 1250 EUR cents).

    Arithmetic only between equal currencies: silently adding EUR to USD is
    the classic CRM pipeline-total bug, so it raises instead. Immutable. (Not a
    dataclass: this module is on the quick start path, where ``dataclasses``
    costs ~9 ms.)
    """

    __slots__ = ("currency", "minor")
    minor: int
    currency: str

    def __init__(self, minor: int, currency: str) -> None:
        _check_minor(minor)
        object.__setattr__(self, "minor", minor)
        object.__setattr__(self, "currency", normalize_currency(currency))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Money is immutable: cannot set {name}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Money is immutable: cannot delete {name}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Money:
            return NotImplemented
        return (self.minor, self.currency) == (other.minor, other.currency)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.minor, self.currency))

    def __repr__(self) -> str:
        return f"Money(minor={self.minor!r}, currency={self.currency!r})"

    @classmethod
    def parse(cls, text: str, currency: str) -> Money:
        return cls(parse_amount(text, currency), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    def _same(self, other: Money, verb: str) -> None:
        if self.currency != other.currency:
            raise MoneyError(f"Cannot {verb} {self.currency} and {other.currency}")

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __str__(self) -> str:
        return format_amount(self.minor, self.currency)


def round_ratio(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` to the nearest integer, halves away from zero.

    Exact integer arithmetic (no float), so a currency amount is never off by
    a minor unit on a large total.
    """
    if denominator <= 0:
        raise ValueError("the denominator must be positive")
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


def shown_amount(minor: int, currency: str, *, with_code: bool = True) -> str:
    """:func:`format_amount` ("1,250.00 EUR"), or the bare minor units beside the
    (cleaned) code for a currency this version does not know (a row another
    program wrote), rather than failing a whole screen or report."""
    try:
        return format_amount(minor, currency, with_code=with_code)
    except MoneyError:
        from tuicrm.textclean import clean_text

        return f"{minor} {clean_text(str(currency), multiline=False)} (minor units)"
