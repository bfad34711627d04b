"""The capaian engine against the seed's printed figures and the rules of docs/capaian.md."""

import json
from decimal import Decimal

import pytest

from lkj_tui.core.engine import (
    DEFAULT_SCALES,
    RATING_LABELS_EN,
    RATINGS,
    Achievement,
    compute,
    rate,
)
from lkj_tui.core.scales import Scales, ScalesError

D = Decimal


def rounded(target: str | None, realisasi: str | None, polarity: str = "positif") -> Decimal | None:
    return compute(target, realisasi, polarity).rounded  # type: ignore[arg-type]


# ---------------------------------------------------------------- the seed's figures (Tabel 3.2…)


@pytest.mark.parametrize(
    ("target", "realisasi", "expected", "rating", "method"),
    [
        ("3,22", "2,85", "88.51", "Tinggi", "positif"),  # LPPD, printed 88.51
        ("3,34", "2,85", "85.33", "Tinggi", "positif"),  # LPPD vs Renstra, printed 85.33
        ("66,62", "63,20", "94.87", "Sangat Tinggi", "positif"),  # Nilai RB, printed 94,87
        ("CC", "A (86,45)", "172.90", "Sangat Tinggi", "predikat"),  # IRH, printed 172
        ("BB", "A (86,45)", "123.50", "Sangat Tinggi", "predikat"),  # IRH vs Renstra, printed 124
        ("3 ± 1", "3 ± 1", "100.00", "Sangat Tinggi", "rentang"),  # inflation, printed 100
        ("3 ± 1", "3+1", "100.00", "Sangat Tinggi", "rentang"),
        ("3+1", "3+1", "100.00", "Sangat Tinggi", "rentang"),
        ("85", "90", "105.88", "Sangat Tinggi", "positif"),  # Kepuasan Prokopim, printed 106
        ("132 Surat", "90 Surat", "68.18", "Sedang", "positif"),
        (">3,51", "2,44", "69.52", "Sedang", "ambang"),
        ("WTP", "WTP", "100.00", "Sangat Tinggi", "opini"),
        ("B", "B", "100.00", "Sangat Tinggi", "predikat"),
        ("Tidak ada temuan", "Tidak ada temuan", "100.00", "Sangat Tinggi", "teks_sama"),
        ("91", "98", "107.69", "Sangat Tinggi", "positif"),
        ("87,07", "100", "114.85", "Sangat Tinggi", "positif"),  # printed 114
        ("100%", "111,51%", "111.51", "Sangat Tinggi", "positif"),
        ("81,00", "81,89", "101.10", "Sangat Tinggi", "positif"),  # printed 101
        ("24 kali", "33 kali", "137.50", "Sangat Tinggi", "positif"),
        ("15 Permasalahan Hukum", "25 Permasalahan Hukum", "166.67", "Sangat Tinggi", "positif"),
        (">81", "94,08", "116.15", "Sangat Tinggi", "ambang"),
        (">90%", "95%", "105.56", "Sangat Tinggi", "ambang"),
    ],
)
def test_seed_figures(target: str, realisasi: str, expected: str, rating: str, method: str) -> None:
    ach = compute(target, realisasi)
    assert ach.rounded == D(expected)
    assert ach.rating == rating
    assert ach.method == method
    assert ach.reason is None


def test_lppd_explains_itself() -> None:
    ach = compute("3,22", "2,85")
    assert ach.formula == "2,85 / 3,22 × 100 = 88,51"
    assert ach.under_target is True and ach.met is False
    assert ach.format() == "88,51 %" and ach.format("en") == "88,51 %"  # numbers stay Indonesian
    assert "88,51 %" in ach.explanation() and "di bawah target" in ach.explanation()
    assert "88,51 %" in ach.explanation("en") and "under target" in ach.explanation("en")
    assert "realisasi 2,85 divided by target 3,22" in ach.explanation("en")
    assert any("88,509316" in n for n in ach.notes)  # the rounding is noted
    assert any("88,509316" in n and "88,51" in n for n in ach.notes_en)
    assert ach.value is not None and ach.value.quantize(D("0.0001")) == D("88.5093")


def test_english_keeps_indonesian_numbers() -> None:
    """English labels, Indonesian numbers (88,51), in every English text of an Achievement."""
    ach = compute("CC", "A (86,45)")
    assert ach.format("en") == "172,90 %"
    assert ach.explanation("en").startswith("Achievement 172,90 %: score of A 86,45 divided by")
    assert ach.to_json("en")["explanation"] == ach.explanation("en")
    dotted = compute("3,22", "88.51")
    assert any("(88,51)" in n for n in dotted.notes_en)
    assert any("1.500" in n and "1,500" in n for n in compute("1.500", "1.500").notes_en)
    zero = compute("0,0", "5")
    assert zero.reason_en is not None and "0,0 cannot be a divisor" in zero.reason_en


def test_grade_uses_band_lower_bound_and_printed_score() -> None:
    ach = compute("CC", "A (86,45)")
    assert ach.value == D("172.9")
    assert ach.formula == "86,45 / 50 × 100 = 172,90"
    assert any("CC" in n and "50" in n for n in ach.notes)
    assert compute("B", "CC").rounded == D("83.33")  # 50 / 60


def test_opinion_is_ordinal() -> None:
    ach = compute("WTP", "WDP")
    assert ach.rounded == D("75.00") and ach.method == "opini"
    assert ach.rating == "Sedang" and ach.under_target is True


def test_exact_decimal() -> None:
    ach = compute("1,0", "1,1")
    assert ach.value == D("110") and ach.rounded == D("110.00")
    assert str(ach.rounded) == "110.00"
    assert ach.to_json()["achievement"] == 110.0


def test_threshold_met_follows_the_comparator() -> None:
    below = compute(">3,51", "2,44")
    assert below.met is False and below.under_target is True
    equal = compute(">3,51", "3,51")  # ">" is not met: a verdict, not "100 %" (vals13)
    assert equal.rounded is None and equal.met is False and equal.under_target is True
    assert equal.reason_code == "threshold_bound" and equal.formula == "3,51 ≤ 3,51"
    at_least = compute("Minimal 3,226", "3,226")
    assert at_least.met is True and at_least.under_target is False
    lower = compute("<5", "3")  # "<" implies lower is better
    assert lower.rounded == D("140.00") and lower.met is True and lower.under_target is False
    assert compute("≤ 5", "6").met is False
    assert compute("Minimal BB", "A (86,45)").rounded == D("123.50")


def test_unit_alias_is_a_noted_guess() -> None:
    ach = compute("10 kali", "10 kai")
    assert ach.rounded == D("100.00")
    assert any("kai" in n and "kali" in n for n in ach.notes)
    assert any("typo" in n for n in ach.notes_en)


def test_number_and_percent_are_compatible() -> None:
    assert compute("91", "98%").rounded == D("107.69")
    assert compute("90%", "90").rounded == D("100.00")


# ---------------------------------------------------------------- negative polarity


@pytest.mark.parametrize(
    ("target", "realisasi", "expected"),
    [
        ("10", "8", "120.00"),  # (2 × 10 − 8) / 10
        ("3,22", "2,85", "111.49"),
        ("5", "5", "100.00"),
        ("5", "8", "40.00"),
        ("5", "11", "0.00"),  # floored at 0, never negative
        ("3 ± 1", "1", "150.00"),  # below the range: (2 × 2 − 1) / 2
        ("3 ± 1", "5", "75.00"),  # above the range: (2 × 4 − 5) / 4
        ("3 ± 1", "3", "100.00"),
    ],
)
def test_negative_polarity(target: str, realisasi: str, expected: str) -> None:
    ach = compute(target, realisasi, "negatif")
    assert ach.rounded == D(expected)
    assert ach.value is not None and ach.value >= 0


def test_negative_formula_is_shown() -> None:
    ach = compute("10", "8", "negatif")
    assert ach.formula == "(2 × 10 − 8) / 10 × 100 = 120,00"
    assert "makin rendah makin baik" in ach.explanation()
    floored = compute("5", "11", "negatif")
    assert floored.formula.startswith("max(0; ") and floored.rating == "Sangat Rendah"


def test_positive_range_bounds() -> None:
    assert rounded("80 - 90", "99") == D("110.00")  # above: R / hi
    assert rounded("80 - 90", "60") == D("75.00")  # below: R / lo
    assert rounded("80 - 90", "85") == D("100.00")
    assert rounded("3 ± 1", "2 - 3") == D("100.00")  # a range inside the target range


# ---------------------------------------------------------------- composites


def test_composite_lowest_component() -> None:
    ach = compute("10 Raperda, 50 Raperbup, 600 SK", "5 Raperda, 75 Raperbup, 677 SK")
    assert ach.method == "komposit"
    assert ach.rounded == D("50.00") and ach.rating == "Sangat Rendah"
    assert len(ach.components) == 3
    assert [c.rounded for c in ach.components] == [D("50.00"), D("150.00"), D("112.83")]
    assert ach.formula == "min(50,00; 150,00; 112,83) = 50,00"
    assert ach.under_target is True


def test_composite_matches_units_ignoring_case_order_and_dots() -> None:
    ach = compute("10 Peta Desa 1 peta Kec.", "1 Peta kec 10 peta desa")
    assert ach.rounded == D("100.00") and len(ach.components) == 2
    assert compute("1 BUMD 1 BLUD", "1 BUMD 1 BLUD").rounded == D("100.00")


def test_composite_missing_component_has_no_capaian() -> None:
    ach = compute("10 Raperda, 50 Raperbup", "5 Raperda")
    assert ach.value is None and ach.rounded is None
    assert "Raperbup" in (ach.reason or "")
    assert len(ach.components) == 2 and ach.components[0].rounded == D("50.00")


# ---------------------------------------------------------------- no capaian, never 0


@pytest.mark.parametrize(
    ("target", "realisasi", "code"),
    [
        ("3,22", None, "realisasi_missing"),
        ("3,22", "", "realisasi_missing"),
        ("3,22", "-", "realisasi_missing"),
        (None, "2,85", "target_missing"),
        ("–", "2,85", "target_missing"),
        ("0", "5", "target_zero"),
        ("0%", "0%", "target_zero"),
        ("D", "C", "target_zero"),  # grade D scores 0
        ("10 kali", "3 Dokumen", "unit_mismatch"),
        ("WTP", "B", "incomparable"),
        ("Tidak ada temuan", "Ada 2 temuan", "incomparable"),
        ("3", "3 ± 1", "incomparable"),
        ("12,34,56", "1", "parse_error"),
        ("1", "NaN", "parse_error"),
        ("1", "١", "parse_error"),
    ],
)
def test_no_capaian_with_reason(target: str | None, realisasi: str | None, code: str) -> None:
    ach = compute(target, realisasi)
    assert ach.value is None and ach.rounded is None and ach.rating is None
    assert ach.under_target is None and ach.met is None
    assert ach.method == "tidak_terukur" and ach.reason_code == code
    assert ach.reason and ach.reason_en and ach.reason != ach.reason_en
    assert ach.format() == "—"
    assert ach.explanation().startswith("Capaian tidak dihitung: ")
    assert ach.to_json()["achievement"] is None


def test_missing_realisasi_is_not_zero() -> None:
    ach = compute("3,22", None)
    assert "kosong bukan 0" in (ach.reason or "")
    assert compute("3,22", "0").rounded == D("0.00")  # a real 0 is 0


def test_parse_error_reason_names_the_value() -> None:
    ach = compute("3..2", "1")
    assert '"3..2"' in (ach.reason or "") and ach.reason_code == "parse_error"


# ---------------------------------------------------------------- rating (Tabel 3.1)


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("150", "Sangat Tinggi"),
        ("91", "Sangat Tinggi"),
        ("90.99", "Tinggi"),
        ("90.5", "Tinggi"),
        ("76", "Tinggi"),
        ("75.99", "Sedang"),
        ("66", "Sedang"),
        ("65.99", "Rendah"),
        ("51", "Rendah"),
        ("50.99", "Sangat Rendah"),
        ("0", "Sangat Rendah"),
        ("-5", "Sangat Rendah"),
    ],
)
def test_rating_boundaries(value: str, label: str) -> None:
    assert rate(D(value)) == label


def test_rating_uses_the_rounded_value() -> None:
    ach = compute("100", "90,996")  # 90,996 → 91,00 shown, so Sangat Tinggi
    assert ach.rounded == D("91.00") and ach.rating == "Sangat Tinggi"
    assert compute("100", "90,994").rating == "Tinggi"


def test_rating_labels() -> None:
    assert RATINGS == ("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah")
    assert set(RATING_LABELS_EN) == set(RATINGS)
    assert rate(None) is None


# ---------------------------------------------------------------- scales as data


def test_scales_round_trip_and_override() -> None:
    assert Scales.from_dict(DEFAULT_SCALES.to_dict()) == DEFAULT_SCALES
    json.dumps(DEFAULT_SCALES.to_dict())
    region = Scales.from_dict(
        {
            "grades": {"CC": 55},
            "unit_aliases": {"Dok": "Dokumen"},
            "ratings": [
                {"label": "Baik", "min": "90"},
                {"label": "Kurang", "min": None},
            ],
        }
    )
    assert region.grade_score("cc") == D(55) and region.grade_score("A") == D(80)
    assert compute("CC", "A (86,45)", scales=region).rounded == D("157.18")
    assert compute("4 Dokumen", "4 Dok", scales=region).rounded == D("100.00")
    assert compute("4 Dokumen", "4 Dok").reason_code == "unit_mismatch"
    assert region.rate(D("89.99")) == "Kurang"
    assert compute("100", "95", scales=region).rating == "Baik"


def test_efficiency_bands_default_and_override() -> None:
    assert DEFAULT_SCALES.efficiency_band(D("9.82")) == "efisien"
    assert DEFAULT_SCALES.efficiency_band(D("0")) == "efisien"
    assert DEFAULT_SCALES.efficiency_band(D("-0.01")) == "cukup efisien"
    assert DEFAULT_SCALES.efficiency_band(D("-10")) == "cukup efisien"
    assert DEFAULT_SCALES.efficiency_band(D("-10.01")) == "tidak efisien"
    region = Scales.from_dict({"efficiency": [{"label": "baik", "min": "5"}, {"label": "kurang"}]})
    assert region.efficiency_band(D("4.99")) == "kurang"
    assert region.efficiency_band(D("5")) == "baik"
    assert region.bands == DEFAULT_SCALES.bands
    assert Scales.from_dict(region.to_dict()) == region


@pytest.mark.parametrize(
    "bad",
    [
        {"ratings": []},
        {"ratings": [{"label": "A", "min": 10}, {"label": "B", "min": 20}]},
        {"ratings": [{"label": "A", "min": None}, {"label": "B", "min": 20}]},
        {"grades": {"A": "x"}},
        {"grades": {"A": float("nan")}},
        {"opinions": ["WTP"]},
        {"unit_aliases": {"kai": 3}},
        {"colours": {}},
        {"efficiency": []},
        {"efficiency": [{"label": "x", "min": -5}, {"label": "y", "min": 0}]},
        {"efficiency": [{"label": "x", "min": "satu"}]},
    ],
)
def test_bad_scales_are_rejected(bad: dict[str, object]) -> None:
    with pytest.raises(ScalesError):
        Scales.from_dict(bad)


# ---------------------------------------------------------------- JSON form


def test_to_json_shape() -> None:
    ach = compute("10 Raperda, 50 Raperbup, 600 SK", "5 Raperda, 75 Raperbup, 677 SK")
    data = ach.to_json()
    json.dumps(data)  # JSON-able
    assert {"achievement", "rating", "under_target", "met", "method", "explanation"} <= set(data)
    assert {"formula", "inputs", "notes", "reason", "components"} <= set(data)
    assert data["achievement"] == 50.0 and data["rating"] == "Sangat Rendah"
    assert isinstance(data["components"], list) and len(data["components"]) == 3
    assert data["inputs"]["target"]["kind"] == "composite"  # type: ignore[index]
    assert ach.to_json("en")["explanation"] == ach.explanation("en")


def test_engine_keeps_its_public_names() -> None:
    """engine.py is split in achievement, rules and messages; its names stay importable."""
    from lkj_tui.core import achievement, engine, scales

    assert engine.Achievement is achievement.Achievement
    assert engine.Scales is scales.Scales and engine.DEFAULT_SCALES is scales.DEFAULT_SCALES
    assert set(engine.__all__) == {
        *("DEFAULT_SCALES", "RATINGS", "RATING_LABELS_EN", "Achievement", "Polarity", "Scales"),
        *("compute", "point_capaian", "rate"),
    }
    assert engine.HUNDRED is achievement.HUNDRED and engine.CENT is achievement.CENT


def test_compute_never_raises_on_odd_input() -> None:
    for target, realisasi in [("\x00", "1"), ("1", "∞"), ("", ""), ("%", "%"), ("A", "WTP")]:
        assert isinstance(compute(target, realisasi), Achievement)
