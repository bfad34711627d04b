"""Indonesian number parsing and formatting (lkj_tui.core.numbers)."""

from decimal import Decimal

import pytest

from lkj_tui.core.numbers import ParseError, format_en, format_exact, format_id, parse_number
from lkj_tui.core.values import ParseError as ValuesParseError


@pytest.mark.parametrize(
    ("text", "value", "ambiguous", "noted"),
    [
        ("0", "0", False, False),
        ("90", "90", False, False),
        ("87,07", "87.07", False, False),
        ("3,226", "3.226", False, False),  # a comma is always the decimal mark
        ("63,20", "63.20", False, False),
        ("1.234.567", "1234567", False, False),
        ("4.591.267.300", "4591267300", False, False),
        ("1.234.567,89", "1234567.89", False, False),
        ("1.234,5", "1234.5", False, False),
        ("88.51", "88.51", False, True),  # single dot: decimal point, noted
        ("85.33", "85.33", False, True),
        ("63.20", "63.20", False, True),
        ("1.5", "1.5", False, True),
        ("1.5000", "1.5000", False, True),  # four digits after the dot: decimal
        ("3.226", "3226", True, True),  # single dot + 3 digits: thousands, could be 3,226
        ("1.500", "1500", True, True),  # as format_id writes 1500
        ("999.999", "999999", True, True),
        ("-1.500", "-1500", True, True),
        ("0.500", "0.500", False, True),  # "0.500" cannot be a thousands group
        ("010.500", "10.500", False, True),  # nor can a head starting with 0
        ("1234.567", "1234.567", False, True),  # nor a 4-digit head
        ("9.000.000,-", "9000000", False, True),  # Rupiah
        ("15.000,-", "15000", False, True),
        ("1,234,567", "1234567", False, True),  # English thousands
        ("1,234.5", "1234.5", False, True),  # both marks: the last one is decimal
        ("1,234,567.89", "1234567.89", False, True),
        ("-5", "-5", False, False),
        ("−2,5", "-2.5", False, False),  # U+2212 minus
        ("+7", "7", False, False),
        (" 42 ", "42", False, False),
    ],
)
def test_parse_number(text: str, value: str, ambiguous: bool, noted: bool) -> None:
    parsed = parse_number(text)
    assert parsed.value == Decimal(value)
    assert parsed.ambiguous is ambiguous
    assert bool(parsed.notes) is noted
    assert len(parsed.notes) == len(parsed.notes_en)


def test_ambiguous_note_names_both_readings() -> None:
    parsed = parse_number("3.226")
    assert "3,226" in parsed.notes[0] and "3.226" in parsed.notes[0]
    assert "3.226" in parsed.notes_en[0] and "3,226" in parsed.notes_en[0]
    assert "ribuan" in parsed.notes[0] and "desimal" in parsed.notes[0]
    assert "thousands" in parsed.notes_en[0] and "decimal" in parsed.notes_en[0]


def test_single_dot_thousands_round_trips_format_id() -> None:
    assert format_id(Decimal(1500), 0) == "1.500"
    assert parse_number("1.500").value == Decimal(1500)
    assert parse_number(format_id(Decimal(100), trim=True)).value == Decimal(100)
    assert parse_number(format_id(Decimal(123456), trim=True)).value == Decimal(123456)


@pytest.mark.parametrize(
    "text", ["", "-", "12,34,56", "3..2", "1.23.4", ".5", "5.", "1,2.3,4", "1.234,567.8", "1 000"]
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_number(text)
    assert err.value.value == text
    assert f'"{text}"' in err.value.message and "\n" not in err.value.message
    assert f'"{text}"' in err.value.message_en


def test_parse_error_is_shared_and_a_value_error() -> None:
    assert ParseError is ValuesParseError
    assert issubclass(ParseError, ValueError)


@pytest.mark.parametrize(
    ("value", "places", "trim", "text"),
    [
        ("88.509", 2, False, "88,51"),
        ("1234567.5", 2, False, "1.234.567,50"),
        ("0.005", 2, False, "0,01"),  # half up
        ("0.004", 2, False, "0,00"),
        ("-0.001", 2, False, "0,00"),  # no "-0,00"
        ("-1234.5", 2, False, "-1.234,50"),
        ("100", 2, True, "100"),
        ("100.5", 2, True, "100,50"),  # trim drops only an all-zero fraction
        ("999.995", 2, False, "1.000,00"),
        ("1234", 0, False, "1.234"),
        ("172.9", 1, False, "172,9"),
        (
            "12345678901234567890123456789.125",
            2,
            False,
            "12.345.678.901.234.567.890.123.456.789,13",
        ),
    ],
)
def test_format_id(value: str, places: int, trim: bool, text: str) -> None:
    assert format_id(Decimal(value), places, trim=trim) == text


def test_format_en_and_exact() -> None:
    assert format_en(Decimal("1234567.5")) == "1,234,567.50"
    assert format_exact(Decimal("63.20")) == "63,20"
    assert format_exact(Decimal("3.226"), "en") == "3.226"
    assert format_exact(Decimal("1E+3")) == "1.000"


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity")])
def test_format_rejects_non_finite(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        format_id(bad)
