"""Every distinct value form the seed LKj prints, parsed into a typed value (lkj_tui.core.values)."""

import dataclasses
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_tui.core.values import ParseError, Value, parse_value

D = Decimal

# (raw as printed, kind, expected fields). Numbers are compared exactly.
SEED_CASES: list[tuple[str, str, dict[str, Any]]] = [
    # plain Indonesian numbers (Tabel 2.1, 3.2, 3.3.x)
    ("3,22", "number", {"number": D("3.22")}),
    ("2,82", "number", {"number": D("2.82")}),
    ("2,85", "number", {"number": D("2.85")}),
    ("3,34", "number", {"number": D("3.34")}),
    ("3,226", "number", {"number": D("3.226"), "ambiguous": False}),
    ("3,30", "number", {"number": D("3.30")}),
    ("3,3", "number", {"number": D("3.3")}),
    ("3,00", "number", {"number": D("3.00")}),
    ("42,98", "number", {"number": D("42.98")}),
    ("47,24", "number", {"number": D("47.24")}),
    ("60,24", "number", {"number": D("60.24")}),
    ("63,20", "number", {"number": D("63.20")}),
    ("66,62", "number", {"number": D("66.62")}),
    ("94,87", "number", {"number": D("94.87")}),
    ("87,07", "number", {"number": D("87.07")}),
    ("81,00", "number", {"number": D("81.00")}),
    ("81,89", "number", {"number": D("81.89")}),
    ("2,44", "number", {"number": D("2.44")}),
    ("94,08", "number", {"number": D("94.08")}),
    ("82,15", "number", {"number": D("82.15")}),
    ("96,94", "number", {"number": D("96.94")}),
    ("3", "number", {"number": D(3)}),
    ("91", "number", {"number": D(91)}),
    ("100", "number", {"number": D(100)}),
    ("172", "number", {"number": D(172)}),
    # English decimals printed in Tabel 3.2 (single dot)
    ("88.51", "number", {"number": D("88.51"), "ambiguous": False, "noted": True}),
    ("85.33", "number", {"number": D("85.33"), "ambiguous": False, "noted": True}),
    # a single dot before three digits groups thousands (Indonesian), noted as ambiguous
    ("3.226", "number", {"number": D(3226), "ambiguous": True, "noted": True}),
    # thousands and Rupiah (Tabel 2.3, 3.4.1)
    ("4.591.267.300", "number", {"number": D(4591267300)}),
    ("46.832.149.536", "number", {"number": D(46832149536)}),
    ("9.000.000,-", "number", {"number": D(9000000), "noted": True}),
    ("48.405.012.715,-", "number", {"number": D(48405012715)}),
    ("1.234.567,89", "number", {"number": D("1234567.89")}),
    # percent
    ("100%", "number", {"number": D(100), "percent": True, "unit": None}),
    ("90%", "number", {"number": D(90), "percent": True}),
    ("87,07%", "number", {"number": D("87.07"), "percent": True}),
    ("87,02%", "number", {"number": D("87.02"), "percent": True}),
    ("111,51%", "number", {"number": D("111.51"), "percent": True}),
    ("135%", "number", {"number": D(135), "percent": True}),
    ("100 %", "number", {"number": D(100), "percent": True}),
    ("87,07 %", "number", {"number": D("87.07"), "percent": True}),
    # with a unit (one or more words)
    ("10 kali", "number", {"number": D(10), "unit": "kali"}),
    ("10 kai", "number", {"number": D(10), "unit": "kai"}),
    ("24 kali", "number", {"number": D(24), "unit": "kali"}),
    ("132 Surat", "number", {"number": D(132), "unit": "Surat"}),
    ("90 Surat", "number", {"number": D(90), "unit": "Surat"}),
    ("4 Dok", "number", {"number": D(4), "unit": "Dok"}),
    ("1 dok", "number", {"number": D(1), "unit": "dok"}),
    ("40 OPD", "number", {"number": D(40), "unit": "OPD"}),
    ("1 Perbup", "number", {"number": D(1), "unit": "Perbup"}),
    ("18 Orang", "number", {"number": D(18), "unit": "Orang"}),
    ("32 Unit", "number", {"number": D(32), "unit": "Unit"}),
    ("200 Dokumen", "number", {"number": D(200), "unit": "Dokumen"}),
    ("15 Permasalahan Hukum", "number", {"number": D(15), "unit": "Permasalahan Hukum"}),
    # SAKIP grades, optionally with the score
    ("CC", "grade", {"code": "CC", "number": None}),
    ("BB", "grade", {"code": "BB"}),
    ("B", "grade", {"code": "B"}),
    ("C", "grade", {"code": "C"}),
    ("A (86,45)", "grade", {"code": "A", "number": D("86.45")}),
    ("aa", "grade", {"code": "AA"}),
    ("D", "grade", {"code": "D"}),
    # BPK opinions
    ("WTP", "opinion", {"code": "WTP"}),
    ("WDP", "opinion", {"code": "WDP"}),
    ("tw", "opinion", {"code": "TW"}),
    ("TMP", "opinion", {"code": "TMP"}),
    # ranges
    ("3 ± 1", "range", {"low": D(2), "high": D(4)}),
    ("3±1", "range", {"low": D(2), "high": D(4)}),
    ("3+1", "range", {"low": D(2), "high": D(4), "noted": True}),
    ("80–90", "range", {"low": D(80), "high": D(90)}),
    ("80 - 90", "range", {"low": D(80), "high": D(90)}),
    ("80-90", "range", {"low": D(80), "high": D(90)}),
    ("0,30 - 0,49", "range", {"low": D("0.30"), "high": D("0.49")}),
    ("80.00 - 100", "range", {"low": D(80), "high": D(100), "noted": True}),
    ("80% - 90%", "range", {"low": D(80), "high": D(90), "percent": True}),
    ("80 s.d. 90", "range", {"low": D(80), "high": D(90)}),
    # thresholds
    (">3,51", "threshold", {"comparator": ">", "number": D("3.51")}),
    (">81", "threshold", {"comparator": ">", "number": D(81)}),
    (">77", "threshold", {"comparator": ">", "number": D(77)}),
    (">90%", "threshold", {"comparator": ">", "number": D(90), "percent": True}),
    ("> 90%", "threshold", {"comparator": ">", "number": D(90), "percent": True}),
    ("≥ 90", "threshold", {"comparator": ">=", "number": D(90)}),
    (">= 90", "threshold", {"comparator": ">=", "number": D(90)}),
    ("<= 5", "threshold", {"comparator": "<=", "number": D(5)}),
    ("≤ 5", "threshold", {"comparator": "<=", "number": D(5)}),
    ("< 5", "threshold", {"comparator": "<", "number": D(5)}),
    ("Minimal 3,226", "threshold", {"comparator": ">=", "number": D("3.226")}),
    ("Maksimal 5", "threshold", {"comparator": "<=", "number": D(5)}),
    ("min. 3", "threshold", {"comparator": ">=", "number": D(3)}),
    ("Minimal BB", "threshold", {"comparator": ">=", "code": "BB", "number": None}),
    # composites of counted units
    (
        "10 Raperda, 50 Raperbup, 600 SK",
        "composite",
        {"parts": ["10 Raperda", "50 Raperbup", "600 SK"]},
    ),
    (
        "5 Raperda, 75 Raperbup, 677 SK",
        "composite",
        {"parts": ["5 Raperda", "75 Raperbup", "677 SK"]},
    ),
    ("10 Peta Desa 1 peta Kec.", "composite", {"parts": ["10 Peta Desa", "1 peta Kec."]}),
    ("1 BUMD 1 BLUD", "composite", {"parts": ["1 BUMD", "1 BLUD"]}),
    ("89,00 4,00", "composite", {"parts": ["89,00", "4,00"]}),
    ("1 Perda dan 2 Perbup", "composite", {"parts": ["1 Perda", "2 Perbup"]}),
    # text
    ("Tidak ada temuan", "text", {"text": "Tidak ada temuan"}),
    ("Dalam tahap pengembangan Basis Syistem", "text", {}),
    ("IV C", "text", {}),
    # missing, never 0
    ("-", "missing", {"number": None}),
    ("–", "missing", {}),
    ("", "missing", {}),
    ("   ", "missing", {}),
]


@pytest.mark.parametrize(
    ("raw", "kind", "fields"), SEED_CASES, ids=[c[0] or "empty" for c in SEED_CASES]
)
def test_seed_value_forms(raw: str, kind: str, fields: dict[str, Any]) -> None:
    value = parse_value(raw)
    assert value.raw == raw  # kept exactly as printed
    assert value.kind == kind
    for name, expected in fields.items():
        if name == "parts":
            assert [c.raw for c in value.components] == expected
            assert all(c.kind == "number" for c in value.components)
        elif name == "noted":
            assert bool(value.notes) is expected
        else:
            assert getattr(value, name) == expected, name


def test_at_least_sixty_parser_cases() -> None:
    assert len(SEED_CASES) >= 60


@pytest.mark.parametrize(
    ("raw", "field", "expected"),
    [
        ("1.500", "number", D(1500)),
        ("1.500 kali", "number", D(1500)),
        ("Minimal 1.500", "number", D(1500)),
        ("1.000 - 2.500", "high", D(2500)),
        ("88.51", "number", D("88.51")),
    ],
)
def test_single_dot_rule_inside_values(raw: str, field: str, expected: Decimal) -> None:
    value = parse_value(raw)
    assert getattr(value, field) == expected
    assert value.ambiguous is (expected >= 1000) and value.notes


def test_a_rupiah_amount_s_thousands_dot_is_not_ambiguous() -> None:
    """(vals14) "Rp 1.500" is 1.500 Rupiah: no one writes one and a half Rupiah so."""
    value = parse_value("Rp 1.500")
    assert value.number == D(1500) and not value.ambiguous and value.notes == ()


def test_none_is_missing() -> None:
    assert parse_value(None).kind == "missing"


def test_composite_components_keep_numbers_and_units() -> None:
    value = parse_value("10 Raperda, 50 Raperbup, 600 SK")
    assert [(c.number, c.unit) for c in value.components] == [
        (D(10), "Raperda"),
        (D(50), "Raperbup"),
        (D(600), "SK"),
    ]
    assert parse_value("1 peta Kec.").unit_key == "peta kec"  # case and trailing "." ignored


def test_to_dict_is_json_friendly() -> None:
    d = parse_value("A (86,45)").to_dict()
    assert d == {"raw": "A (86,45)", "kind": "grade", "number": "86.45", "code": "A"}


REJECTS = [
    "NaN",
    "nan",
    "inf",
    "Infinity",
    "-inf",
    "∞",
    "NaN %",
    "١٢",  # Arabic-Indic digits
    "۱۲",  # extended Arabic-Indic
    "１２",  # fullwidth
    "12\x00",
    "1\x1b[31m",
    "5\u200b",  # zero-width space
    "12,34,56",
    "3,5x5",  # a unit glued to the number with a digit in it is a typo
    "100m2",
    "3..2",
    "1.23.4",
    "(9)",
    "%",
    "90-80",  # lower bound above upper bound
    "3+1 Dokumen",
    "> abc",
    "1/2 PK",
    "- 5",
    "3 Dokumen 2",
    "12,34,56 kali",
]


@pytest.mark.parametrize("raw", REJECTS)
def test_rejects_name_the_value(raw: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_value(raw)
    exc = err.value
    assert exc.value == raw
    assert exc.message.startswith("Nilai ") and "tidak dapat dibaca" in exc.message
    assert exc.message_en.startswith("Value ")
    for message in (exc.message, exc.message_en, str(exc)):
        assert "\n" not in message and "\x1b" not in message and "\x00" not in message
    visible = raw.replace("\x00", "\\x00").replace("\x1b", "\\x1b").replace("\u200b", "\\u200b")
    assert visible in exc.message


def test_value_is_frozen() -> None:
    value = parse_value("3,22")
    assert isinstance(value, Value)
    with pytest.raises(AttributeError):
        value.raw = "x"  # type: ignore[misc]


def test_persen_is_a_percent_not_a_unit() -> None:
    for raw in (
        "95,50 persen",
        "95,50 Persen",
        "80 - 90 persen",
        "Minimal 80 PERSEN",
        "1.000 persen.",
    ):
        value = parse_value(raw)
        assert (value.percent, value.unit, value.unit_key) == (True, None, "%"), raw
    assert parse_value("90 persen penduduk").unit == "persen penduduk"  # a unit of its own


def test_a_spaced_unit_may_carry_digits() -> None:
    value = parse_value("100 m2")
    assert (value.kind, value.number, value.unit) == ("number", Decimal(100), "m2")


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("0123456789,.% Sauratdn-"), max_size=14)
    | st.from_regex(r"[0-9]{1,6}(,[0-9]{1,4})?(%| [A-Za-z]{1,8}| [Pp]ersen)?", fullmatch=True)
)
@example("0 NAN")  # a plain number's "unit" that the full rules refuse (hypothesis drew it once)
@example("5 inf")
@example("7,5 Infinity")
@example("87 Rp")
def test_the_plain_cell_fast_path_gives_what_the_full_rules_give(raw: str) -> None:
    # "87", "3,22", "87,07%", "132 Surat" are read directly; every cell must read the same way
    # (same Value, same digits) as through the full rules, or fail the same way.
    from lkj_tui.core.values import _parse, _parse_full

    try:
        expected = repr(_parse_full(raw))
    except ParseError as exc:
        with pytest.raises(ParseError) as raised:
            _parse(raw)
        assert raised.value.message == exc.message
        return
    fast, full = _parse(raw), _parse_full(raw)
    assert repr(fast) == expected
    assert fast == full and hash(fast) == hash(full) and fast.to_dict() == full.to_dict()
    assert fast.unit_key == full.unit_key  # (made by Value.plain_number: its other fields defaults)
    assert all(getattr(fast, f.name) == getattr(full, f.name) for f in dataclasses.fields(Value))
