"""An invoice's figures: the one rounding rule, tax rates, quantities, durations.

Integers only (no float), so the same lines give the same total on every
machine, in SQLite and PostgreSQL, today and in ten years.

**The rounding rule.** Each line is rounded on its own, to the currency's minor
unit, halves away from zero (:func:`tuicrm.money.round_ratio`):

- net = quantity × unit price, rounded (quantities have three decimals);
- tax = net × tax rate, rounded (rates have two decimals of a percent).

The invoice's net and tax are the sums of its lines' rounded amounts; its
total is net + tax. Totals per tax rate are sums of the same rounded lines, so
they add up to the invoice's total to the minor unit. (Per-line rounding is
what most EU invoicing rules allow and what a reader can check line by line;
the per-rate sums may differ by a minor unit from rounding each rate's net once.)

Standard library only: the UI's forms preview a total with the same code that
stores it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tuicrm.money import round_ratio

#: A quantity of 1 is 1000 (three decimals); a tax rate of 20 % is 2000 (two decimals).
QUANTITY_SCALE = 1000
TAX_RATE_SCALE = 100 * 100
MAX_TAX_RATE = 100 * 100
MAX_QUANTITY_MILLI = 1_000_000_000


@dataclass(frozen=True)
class LineAmounts:
    net_minor: int
    tax_minor: int


@dataclass(frozen=True)
class RateTotal:
    """What the lines at one tax rate add up to."""

    tax_rate: int
    net_minor: int
    tax_minor: int


@dataclass(frozen=True)
class Totals:
    per_rate: tuple[RateTotal, ...]
    net_minor: int
    tax_minor: int

    @property
    def total_minor(self) -> int:
        return self.net_minor + self.tax_minor


def line_amounts(quantity_milli: int, unit_price_minor: int, tax_rate: int) -> LineAmounts:
    """One line's net and tax, by the rounding rule above."""
    net = round_ratio(quantity_milli * unit_price_minor, QUANTITY_SCALE)
    return LineAmounts(net, round_ratio(net * tax_rate, TAX_RATE_SCALE))


def totals(lines: Iterable[tuple[int, int, int]]) -> Totals:
    """``(quantity_milli, unit_price_minor, tax_rate)`` lines' totals, per rate (lowest first)."""
    per_rate: dict[int, tuple[int, int]] = {}
    for quantity, price, rate in lines:
        amounts = line_amounts(quantity, price, rate)
        net, tax = per_rate.get(rate, (0, 0))
        per_rate[rate] = (net + amounts.net_minor, tax + amounts.tax_minor)
    rates = tuple(RateTotal(rate, net, tax) for rate, (net, tax) in sorted(per_rate.items()))
    return Totals(rates, sum(r.net_minor for r in rates), sum(r.tax_minor for r in rates))


# --- typed values ---------------------------------------------------------------

_NUMBER = re.compile(r"[0-9]+([.,][0-9]+)?|[.,][0-9]+")


def _decimal(text: str, what: str, example: str) -> Decimal:
    cleaned = text.strip().replace(" ", "")
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError(f"'{text.strip()}' is not a {what} (e.g. {example})")
    try:
        return Decimal(cleaned.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValueError(f"'{text.strip()}' is not a {what} (e.g. {example})") from None


def parse_tax_rate(text: str) -> int:
    """``"20"``, ``"20 %"``, ``"5.5"`` or ``"7,7%"`` in hundredths of a percent (2000, 550, 770)."""
    value = _decimal(text.strip().removesuffix("%"), "tax rate", "20 or 5.5 %")
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise ValueError("a tax rate has at most two decimals (e.g. 5.5 or 7.75)")
    if scaled > MAX_TAX_RATE:
        raise ValueError("a tax rate is at most 100 %")
    return int(scaled)


def format_tax_rate(rate: int) -> str:
    """2000 → ``"20 %"``, 550 → ``"5.5 %"``."""
    whole, hundredths = divmod(rate, 100)
    return f"{whole}.{hundredths:02d}".rstrip("0").rstrip(".") + " %" if hundredths \
        else f"{whole} %"


def parse_quantity(text: str) -> int:
    """``"2"``, ``"1.5"`` or ``"0,25"`` in thousandths (2000, 1500, 250)."""
    value = _decimal(text, "quantity", "1 or 1.5")
    scaled = value * QUANTITY_SCALE
    if scaled != scaled.to_integral_value():
        raise ValueError("a quantity has at most three decimals")
    if not 0 < scaled <= MAX_QUANTITY_MILLI:
        raise ValueError("a quantity is more than 0 and at most 1,000,000")
    return int(scaled)


def format_quantity(quantity_milli: int) -> str:
    """1500 → ``"1.5"``, 2000 → ``"2"``."""
    whole, part = divmod(quantity_milli, QUANTITY_SCALE)
    return f"{whole}.{part:03d}".rstrip("0") if part else str(whole)


# --- late-payment interest --------------------------------------------------------

#: The rate a firm starts with: the European Central Bank's main refinancing rate
#: (2.15 % since 11 June 2025) plus 8 points, which the EU's Late Payment
#: Directive (2011/7/EU) sets as the statutory rate between businesses. The UK's
#: Late Payment of Commercial Debts Act adds the same 8 points to the Bank of
#: England base rate. A firm sets its own once (``tuicrm invoice settings``);
#: this figure is shown as the interest that could be claimed, never billed.
DEFAULT_INTEREST_RATE = 215 + 800


def late_interest(balance_minor: int, rate: int, days_late: int) -> int:
    """Simple interest on ``balance_minor`` at ``rate`` (hundredths of a percent a
    year) for ``days_late`` days, on a 365-day year, rounded as above."""
    if balance_minor <= 0 or days_late <= 0 or rate <= 0:
        return 0
    return round_ratio(balance_minor * rate * days_late, TAX_RATE_SCALE * 365)


# --- time ---------------------------------------------------------------------------

_HOURS_MINUTES = re.compile(r"(\d{1,3}):([0-5]\d)")
# "1.5h", "90m", "1h 30m", "1h30" (a bare number is hours: read before this)
_UNITS = re.compile(
    r"(?:(\d+(?:[.,]\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m(?:in(?:utes?)?)?)?)?",
    re.IGNORECASE)


def parse_duration(text: str, *, most_hours: int = 24) -> int:
    """Minutes from ``"1:30"``, ``"1.5h"``, ``"1,5"``, ``"90m"`` or ``"1h 30m"`` (a bare
    number is hours); at most ``most_hours`` (one entry holds a day at most)."""
    cleaned = text.strip().lower()
    example = "1:30, 1.5h or 90m"
    if not cleaned:
        raise ValueError(f"how long? (e.g. {example})")
    minutes: Decimal
    if match := _HOURS_MINUTES.fullmatch(cleaned):
        minutes = Decimal(int(match[1]) * 60 + int(match[2]))
    elif _NUMBER.fullmatch(cleaned):
        minutes = Decimal(cleaned.replace(",", ".")) * 60
    elif (match := _UNITS.fullmatch(cleaned)) and (match[1] or match[2]):
        minutes = Decimal((match[1] or "0").replace(",", ".")) * 60 + int(match[2] or 0)
    else:
        raise ValueError(f"'{text.strip()}' is not a length of time (e.g. {example})")
    whole = int(minutes.to_integral_value())
    if whole <= 0:
        raise ValueError("a length of time is more than nothing")
    if whole > most_hours * 60:
        raise ValueError(f"at most {most_hours} hours")
    return whole


def format_minutes(minutes: int) -> str:
    """90 → ``"1:30"``; the form :func:`parse_duration` reads back."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def hours_text(minutes: int) -> str:
    """90 → ``"1.5 h"``, 720 → ``"12 h"``, 20 → ``"0.33 h"``."""
    hours = Decimal(minutes) / 60
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return f"{text} h"
