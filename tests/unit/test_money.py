"""Tests for tuicrm.money: exact minor units, tolerant parsing, strict errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tuicrm.money import (
    CURRENCY_EXPONENTS,
    Money,
    MoneyError,
    exponent,
    format_amount,
    from_decimal_string,
    normalize_currency,
    parse_amount,
    to_decimal_string,
)

HUGE_TEXT = "12345678901234567.89"
HUGE_MINOR = 1234567890123456789  # > 10**15 minor units, beyond float precision


# --- currencies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "exp"),
    [("EUR", 2), ("USD", 2), ("HUF", 2), ("JPY", 0), ("KRW", 0), ("ISK", 0),
     ("CLP", 0), ("VND", 0), ("KWD", 3), ("BHD", 3), ("TND", 3), ("CLF", 4)],
)
def test_exponent_table(code: str, exp: int) -> None:
    assert exponent(code) == exp
    assert exponent(code.lower()) == exp


def test_table_covers_common_currencies() -> None:
    common = ("EUR USD GBP CHF JPY KRW VND ISK CLP KWD BHD OMR JOD TND LYD IQD CAD"
              " AUD NZD SEK NOK DKK PLN CZK HUF INR CNY HKD SGD BRL MXN ZAR TRY ILS"
              " AED SAR THB")
    assert set(common.split()) <= CURRENCY_EXPONENTS.keys()
    assert all(len(c) == 3 and c.isupper() for c in CURRENCY_EXPONENTS)


def test_normalize_currency() -> None:
    assert normalize_currency("  eur ") == "EUR"
    with pytest.raises(MoneyError, match=r"^Unknown currency 'XYZ'$"):
        normalize_currency("xyz")
    with pytest.raises(MoneyError, match="Unknown currency"):
        exponent("EURO")


# --- parsing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("1234.50", 123450),
        ("1,234.50", 123450),
        ("1234,50", 123450),
        ("1.234,50", 123450),
        ("1 234,50", 123450),
        ("1\u00a0234,50", 123450),  # no-break space
        ("1\u202f234,50", 123450),  # narrow no-break space
        ("1 234 567.89", 123456789),
        ("12", 1200),
        ("12.5", 1250),
        ("0.07", 7),
        (".5", 50),
        ("-5.00", -500),
        ("+5", 500),
        ("\u22125", -500),  # typographic minus
        ("  42  ", 4200),
        ("€12", 1200),
        ("12€", 1200),
        ("€ 12,50", 1250),
        ("-€12", -1200),
        ("€-12", -1200),
        ("12 EUR", 1200),
        ("eur 12", 1200),
        ("1,234", 123400),  # single mark + 3 digits = grouping for 2 decimals
        ("1.234", 123400),
        ("1,234,567", 123456700),
        ("1.234.567", 123456700),
        ("1.234.567,89", 123456789),
        ("1,234,567.89", 123456789),
        ("0", 0),
        (HUGE_TEXT, HUGE_MINOR),
    ],
)
def test_parse_eur(text: str, minor: int) -> None:
    assert parse_amount(text, "EUR") == minor


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1,234", "JPY", 1234),
        ("1.234", "JPY", 1234),
        ("¥1,234", "JPY", 1234),
        ("1234 jpy", "JPY", 1234),
        ("1,234", "KWD", 1234),  # 3-decimal currency: the mark is decimal
        ("1.234", "KWD", 1234),
        ("1,234.567", "KWD", 1234567),
        ("1.234.567", "KWD", 1234567000),
        ("12.5", "KWD", 12500),
        ("$1,234.50", "USD", 123450),
        ("CHF 1'234.50", "CHF", 123450),
        ("12 kr", "SEK", 1200),
    ],
)
def test_parse_other_currencies(text: str, currency: str, minor: int) -> None:
    assert parse_amount(text, currency) == minor


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("", "EUR", "Enter an amount"),
        ("   ", "EUR", "Enter an amount"),
        ("12,3,4", "EUR", "'12,3,4' is not an amount"),
        ("1,23,456", "EUR", "'1,23,456' is not an amount"),
        ("1 23 456", "EUR", "'1 23 456' is not an amount"),
        ("1.234.5", "EUR", "'1.234.5' is not an amount"),
        ("1,234.56.7", "EUR", "'1,234.56.7' is not an amount"),
        ("1 234.567,8", "EUR", "'1 234.567,8' is not an amount"),  # two group kinds
        ("abc", "EUR", "'abc' is not an amount"),
        ("5.", "EUR", "'5.' is not an amount"),
        ("--5", "EUR", "'--5' is not an amount"),
        ("€€5", "EUR", "'€€5' is not an amount"),
        ("$12", "EUR", "'$12' is not an amount"),
        ("12e3", "EUR", "'12e3' is not an amount"),
        ("12 USD", "EUR", "'12 USD' is in USD, not EUR"),
        ("1.2345", "EUR", "EUR allows at most 2 decimals"),
        ("0,123", "EUR", "EUR allows at most 2 decimals"),
        ("1 234,567", "EUR", "EUR allows at most 2 decimals"),
        ("12.5", "JPY", "JPY has no decimals"),
        ("12,50", "JPY", "JPY has no decimals"),
        ("1,234.5678", "KWD", "KWD allows at most 3 decimals"),
        ("12", "XYZ", "Unknown currency 'XYZ'"),
    ],
)
def test_parse_rejects(text: str, currency: str, message: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_amount(text, currency)
    assert str(err.value) == message


# --- formatting --------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "currency", "kwargs", "text"),
    [
        (123450, "EUR", {}, "1,234.50 EUR"),
        (5, "EUR", {}, "0.05 EUR"),
        (0, "EUR", {}, "0.00 EUR"),
        (-1200, "EUR", {}, "-12.00 EUR"),
        (-5, "eur", {}, "-0.05 EUR"),
        (1234, "JPY", {}, "1,234 JPY"),
        (1234, "KWD", {}, "1.234 KWD"),
        (1234567, "KWD", {}, "1,234.567 KWD"),
        (123450, "EUR", {"with_code": False}, "1,234.50"),
        (123450, "EUR", {"grouping": False}, "1234.50 EUR"),
        (HUGE_MINOR, "EUR", {}, "12,345,678,901,234,567.89 EUR"),
    ],
)
def test_format_amount(minor: int, currency: str, kwargs: dict, text: str) -> None:
    assert format_amount(minor, currency, **kwargs) == text


@pytest.mark.parametrize("bad", [1.5, True, "12", None])
def test_format_refuses_non_int(bad: object) -> None:
    with pytest.raises(TypeError):
        format_amount(bad, "EUR")  # type: ignore[arg-type]


def test_huge_amounts_exact_both_ways() -> None:
    big = 10**30 + 7
    assert to_decimal_string(big, "EUR") == "10000000000000000000000000000.07"
    assert from_decimal_string(to_decimal_string(big, "EUR"), "EUR") == big
    assert parse_amount(format_amount(big, "EUR"), "EUR") == big
    assert parse_amount(format_amount(-big, "KWD"), "KWD") == -big
    assert to_decimal_string(HUGE_MINOR, "EUR") == HUGE_TEXT


# --- machine form ------------------------------------------------------------


@pytest.mark.parametrize(
    ("minor", "currency", "text"),
    [(123450, "EUR", "1234.50"), (-7, "EUR", "-0.07"), (1234, "JPY", "1234"),
     (1234, "KWD", "1.234"), (0, "KWD", "0.000")],
)
def test_decimal_string(minor: int, currency: str, text: str) -> None:
    assert to_decimal_string(minor, currency) == text
    assert from_decimal_string(text, currency) == minor


def test_from_decimal_string_accepts_short_fraction() -> None:
    assert from_decimal_string("12.5", "EUR") == 1250


@pytest.mark.parametrize(
    "text", ["1,234.50", "+12", " 12", "12.", ".5", "1.2.3", "€12", ""]
)
def test_from_decimal_string_is_strict(text: str) -> None:
    with pytest.raises(MoneyError, match="is not a decimal amount"):
        from_decimal_string(text, "EUR")


def test_from_decimal_string_too_many_decimals() -> None:
    with pytest.raises(MoneyError, match="^JPY has no decimals$"):
        from_decimal_string("12.0", "JPY")


# --- Money -------------------------------------------------------------------


def test_money_normalizes_and_formats() -> None:
    m = Money(123450, " eur")
    assert m.currency == "EUR"
    assert str(m) == "1,234.50 EUR"
    assert m == Money(123450, "EUR")
    assert hash(m) == hash(Money(123450, "EUR"))


@pytest.mark.parametrize("minor", [12.0, True, "12", None])
def test_money_rejects_non_int_minor(minor: object) -> None:
    with pytest.raises(TypeError):
        Money(minor, "EUR")  # type: ignore[arg-type]


def test_money_rejects_unknown_currency() -> None:
    with pytest.raises(MoneyError, match="Unknown currency 'XYZ'"):
        Money(1, "XYZ")


def test_money_is_frozen() -> None:
    m = Money(1, "EUR")
    with pytest.raises(AttributeError):
        m.minor = 2  # type: ignore[misc]


def test_money_arithmetic() -> None:
    a, b = Money(150, "EUR"), Money(75, "eur")
    assert a + b == Money(225, "EUR")
    assert a - b == Money(75, "EUR")
    assert -a == Money(-150, "EUR")
    assert Money.zero("JPY") == Money(0, "JPY")
    assert sum([a, b], Money.zero("EUR")) == Money(225, "EUR")


def test_money_refuses_mixed_currencies() -> None:
    with pytest.raises(MoneyError, match="^Cannot add EUR and USD$"):
        Money(1, "EUR") + Money(1, "USD")
    with pytest.raises(MoneyError, match="^Cannot subtract EUR and USD$"):
        Money(1, "EUR") - Money(1, "USD")
    with pytest.raises(TypeError):
        Money(1, "EUR") + 1  # type: ignore[operator]


def test_money_parse() -> None:
    assert Money.parse("1.234,50 €", "EUR") == Money(123450, "EUR")
    assert Money.parse(HUGE_TEXT, "EUR").minor == HUGE_MINOR


# --- properties --------------------------------------------------------------

currencies = st.sampled_from(["EUR", "JPY", "KWD"])
amounts = st.integers(min_value=-(10**20), max_value=10**20)


@given(amounts, currencies, st.booleans(), st.booleans())
def test_format_parse_round_trip(
    minor: int, currency: str, code: bool, grouping: bool
) -> None:
    text = format_amount(minor, currency, with_code=code, grouping=grouping)
    assert parse_amount(text, currency) == minor


@given(amounts, currencies)
def test_decimal_string_round_trip(minor: int, currency: str) -> None:
    assert from_decimal_string(to_decimal_string(minor, currency), currency) == minor
