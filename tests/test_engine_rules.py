"""The capaian engine's second pass (issue 10), against hand-computed figures.

Every expected figure below was worked out by hand from the rule in docs/capaian.md, not taken
from the code: stabil bands on both sides, every cara hitung, both negative formulas, caps, target 0
in both polarities and composites with zero components; then the properties (monotonic, antitone,
peak inside the band) and the decimal context.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkj_tui.core.engine import Achievement, compute
from lkj_tui.core.evaluate import check_printed, same_value
from lkj_tui.core.model import Printed
from lkj_tui.core.scales import DEFAULT_SCALES, Scales
from lkj_tui.core.triwulan import derive, quarters
from lkj_tui.core.values import ParseError, parse_value

D = Decimal
T_R = Scales.from_dict({"negative_formula": "T/R"})
CAP_120 = Scales.from_dict({"cap": "120"})
T_R_CAP = Scales.from_dict({"negative_formula": "T/R", "cap": 120})


def calc(
    target: str | None,
    realisasi: str | None,
    polarity: str = "positif",
    scales: Scales = DEFAULT_SCALES,
) -> Achievement:
    return compute(target, realisasi, polarity, scales)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the table of hand-computed cases

CASES = [
    # (target, realisasi, polarity, scales, expected rounded capaian, method)
    # stabil, a ± band (3 ± 1 = [2; 4]): 100 inside, (1 − d / b) × 100 outside, floored at 0
    ("3 ± 1", "5", "stabil", DEFAULT_SCALES, "75.00", "rentang"),  # d 1, b 4
    ("3 ± 1", "1", "stabil", DEFAULT_SCALES, "50.00", "rentang"),  # d 1, b 2
    ("3 ± 1", "2", "stabil", DEFAULT_SCALES, "100.00", "rentang"),  # the lower bound is inside
    ("3 ± 1", "4", "stabil", DEFAULT_SCALES, "100.00", "rentang"),  # the upper bound is inside
    ("3 ± 1", "3,5", "stabil", DEFAULT_SCALES, "100.00", "rentang"),
    ("3 ± 1", "4,4", "stabil", DEFAULT_SCALES, "90.00", "rentang"),  # 1 − 0,4 / 4
    ("3 ± 1", "1,8", "stabil", DEFAULT_SCALES, "90.00", "rentang"),  # 1 − 0,2 / 2
    ("3 ± 1", "6", "stabil", DEFAULT_SCALES, "50.00", "rentang"),  # 1 − 2 / 4
    ("3 ± 1", "0", "stabil", DEFAULT_SCALES, "0.00", "rentang"),  # 1 − 2 / 2
    ("3 ± 1", "9", "stabil", DEFAULT_SCALES, "0.00", "rentang"),  # 1 − 5 / 4 < 0: floored
    ("80 - 90", "95", "stabil", DEFAULT_SCALES, "94.44", "rentang"),  # 1 − 5 / 90 = 94,444…
    ("0 - 2", "3", "stabil", DEFAULT_SCALES, "50.00", "rentang"),  # 1 − 1 / 2
    ("0 - 2", "-1", "stabil", DEFAULT_SCALES, "0.00", "rentang"),  # nearest bound 0: 0
    # stabil, a single number is both bounds
    ("3", "3", "stabil", DEFAULT_SCALES, "100.00", "stabil"),
    ("3", "5", "stabil", DEFAULT_SCALES, "33.33", "stabil"),  # 1 − 2 / 3
    ("3", "1,5", "stabil", DEFAULT_SCALES, "50.00", "stabil"),  # 1 − 1,5 / 3
    ("3", "7", "stabil", DEFAULT_SCALES, "0.00", "stabil"),  # 1 − 4 / 3 < 0: floored
    ("0", "0", "stabil", DEFAULT_SCALES, "100.00", "stabil"),  # target 0, on it
    ("0", "1", "stabil", DEFAULT_SCALES, "0.00", "stabil"),  # target 0, off it
    # a ± band with another polaritas keeps the one-sided rule (and gets a note, below)
    ("3 ± 1", "5", "positif", DEFAULT_SCALES, "125.00", "rentang"),  # 5 / 4
    ("3 ± 1", "1", "negatif", DEFAULT_SCALES, "150.00", "rentang"),  # (2 × 2 − 1) / 2
    # negatif, (2T − R) / T floored at 0 (the default)
    ("10", "8", "negatif", DEFAULT_SCALES, "120.00", "negatif"),
    ("10", "10", "negatif", DEFAULT_SCALES, "100.00", "negatif"),
    ("10", "15", "negatif", DEFAULT_SCALES, "50.00", "negatif"),
    ("10", "25", "negatif", DEFAULT_SCALES, "0.00", "negatif"),  # −50 floored
    # negatif, T / R
    ("10", "8", "negatif", T_R, "125.00", "negatif"),
    ("10", "20", "negatif", T_R, "50.00", "negatif"),
    ("10", "10", "negatif", T_R, "100.00", "negatif"),
    ("10", "0", "negatif", T_R_CAP, "120.00", "negatif"),  # nothing is better: the cap
    ("10", "8", "negatif", T_R_CAP, "120.00", "negatif"),  # 125 capped
    ("<= 10", "8", "positif", T_R, "125.00", "ambang"),  # the comparator's direction, T / R
    # caps
    ("100", "150", "positif", CAP_120, "120.00", "positif"),
    ("100", "110", "positif", CAP_120, "110.00", "positif"),
    ("CC", "A (86,45)", "positif", CAP_120, "120.00", "predikat"),  # 172,90 capped
    # target 0
    ("0", "0", "negatif", DEFAULT_SCALES, "100.00", "negatif"),  # met
    ("0", "3", "negatif", DEFAULT_SCALES, "0.00", "negatif"),  # missed
    ("Maksimal 0", "0", "positif", DEFAULT_SCALES, "100.00", "ambang"),  # "≤ 0" is negatif
    ("Maksimal 0", "2", "positif", DEFAULT_SCALES, "0.00", "ambang"),
    # composites: a component of 0 is 0, a floored negative component is 0
    (
        "10 Raperda, 50 Raperbup",
        "0 Raperda, 40 Raperbup",
        "positif",
        DEFAULT_SCALES,
        "0.00",
        "komposit",
    ),
    ("10 A, 10 B", "25 A, 5 B", "negatif", DEFAULT_SCALES, "0.00", "komposit"),  # A −50 → 0
    (
        "10 Raperda, 50 Raperbup",
        "5 Raperda, 40 Raperbup",
        "positif",
        DEFAULT_SCALES,
        "50.00",
        "komposit",
    ),
    ("4 Dok, 2 Perda", "4 Dok, 0 Perda", "positif", DEFAULT_SCALES, "0.00", "komposit"),
    # percent against a fraction: the capaian as computed (with a doubt, below)
    ("90 %", "0,9", "positif", DEFAULT_SCALES, "1.00", "positif"),
]


@pytest.mark.parametrize(("target", "realisasi", "polarity", "scales", "expected", "method"), CASES)
def test_hand_computed(
    target: str, realisasi: str, polarity: str, scales: Scales, expected: str, method: str
) -> None:
    ach = calc(target, realisasi, polarity, scales)
    assert ach.rounded == D(expected), (ach.formula, ach.reason)
    assert ach.method == method
    assert ach.rating == scales.rate(ach.rounded)
    assert ach.explanation()  # every figure explains itself
    assert ach.formula.endswith(f"{expected.replace('.', ',')}")


def test_stabil_explains_band_distance_and_formula() -> None:
    ach = calc("3 ± 1", "5", "stabil")
    assert ach.formula == "(1 − |5 − 4| / 4) × 100 = 75,00"
    assert "di luar rentang target 2–4" in ach.explanation()
    assert "jarak 1 / batas terdekat 4" in ach.explanation()
    assert ach.under_target and ach.rating == "Sedang"
    assert "outside the range is bad on either side" in ach.explanation("en")
    low = calc("3 ± 1", "1", "stabil")
    assert low.formula == "(1 − |1 − 2| / 2) × 100 = 50,00" and low.rating == "Sangat Rendah"


def test_plus_minus_target_with_another_polarity_gets_a_note() -> None:
    for polarity in ("positif", "negatif"):
        ach = calc("3 ± 1", "5", polarity)
        assert any("rentang ±" in n and "stabil" in n for n in ach.notes), ach.notes
    assert not any("rentang ±" in n for n in calc("3 ± 1", "5", "stabil").notes)
    assert not any("rentang ±" in n for n in calc("80 - 90", "95").notes)  # a dash range: no ±


def test_target_zero_positif_has_no_capaian() -> None:
    for realisasi in ("0", "5"):
        ach = calc("0", realisasi)
        assert ach.rounded is None and ach.reason_code == "target_zero"
        assert ach.reason is not None and "target 0" in ach.reason
    met, missed = calc("0", "0", "negatif"), calc("0", "3", "negatif")
    assert met.met is True and met.under_target is False
    assert missed.met is False and missed.under_target is True


def test_t_over_r_with_zero_realisasi_and_no_cap_is_refused() -> None:
    ach = calc("10", "0", "negatif", T_R)
    assert ach.rounded is None and ach.reason_code == "realisasi_zero"
    assert ach.reason is not None and "T/R" in ach.reason


def test_cap_is_noted_and_shown_in_the_formula() -> None:
    ach = calc("100", "150", "positif", CAP_120)
    assert ach.formula == "min(120; 150 / 100 × 100) = 120,00"
    assert any("dibatasi" in n and "150,00" in n for n in ach.notes)


def test_composite_zero_formula_names_the_zero() -> None:
    ach = calc("10 Raperda, 50 Raperbup", "0 Raperda, 40 Raperbup")
    assert ach.formula == "min(0,00; 80,00) = 0,00"  # was min(100,00; 80,00) = 80,00
    assert [c.rounded for c in ach.components] == [D("0.00"), D("80.00")]
    assert ach.rating == "Sangat Rendah" and ach.under_target


def test_percent_against_fraction_is_doubted() -> None:
    ach = calc("90 %", "0,9")
    assert "0,9 mungkin pecahan dari 90 % (periksa apakah 0,9 berarti 90 %)" in ach.notes
    assert any("0,9 may be a fraction of 90 %" in n for n in ach.notes_en)
    reverse = calc("0,9", "90 %")
    assert any("0,9 mungkin pecahan dari 90 %" in n for n in reverse.notes)
    assert not any("pecahan" in n for n in calc("90 %", "85").notes)
    assert not any("pecahan" in n for n in calc("0,5 %", "0,4").notes)  # both small: no doubt


@pytest.mark.parametrize("raw", ["1 000", "10 000 Orang", "1 000 000", "-1 500"])
def test_space_is_no_thousands_separator(raw: str) -> None:
    with pytest.raises(ParseError, match="spasi bukan pemisah ribuan"):
        parse_value(raw)
    assert calc("1000", raw).reason_code == "parse_error"


@pytest.mark.parametrize(
    "raw", ["89,00 4,00", "1 BUMD 1 BLUD", "5; 100", "12 34", "10 Peta 100 SK"]
)
def test_composites_that_stay_composites(raw: str) -> None:
    assert parse_value(raw).kind == "composite"


# ------------------------------------------------------------------ cara hitung


@pytest.mark.parametrize(
    ("triwulan", "cara", "raw", "formula"),
    [
        (["10", "20", "30", None], "kumulatif", "60", "10 + 20 + 30 = 60"),
        (["10", None, "30", "40"], "kumulatif", "80", "10 + 30 + 40 = 80"),
        (["80 %", "90 %", None, "100 %"], "rata_rata", "90 %", "(80 + 90 + 100) / 3 = 90"),
        (["10", "20", "35", None], "rata_rata", "21,6667", "(10 + 20 + 35) / 3 ≈ 21,6667"),
        (["B", "BB", None, None], "nilai_akhir", "BB", "Triwulan II: BB"),
        ([None, None, None, "3 ± 1"], "nilai_akhir", "3 ± 1", "Triwulan IV: 3 ± 1"),
        (["1,5 Dokumen", "2 Dokumen", None, None], "kumulatif", "3,5 Dokumen", "1,5 + 2 = 3,5"),
    ],
)
def test_cara_hitung_derives_the_year(
    triwulan: list[str | None], cara: str, raw: str, formula: str
) -> None:
    derived = derive(triwulan, cara)
    assert derived is not None
    assert derived.raw == raw and derived.formula == formula


def test_cara_hitung_needs_numbers_of_one_unit() -> None:
    assert derive(["10", "x", None, None], "kumulatif").raw is None  # type: ignore[union-attr]
    assert derive(["10 %", "5 Dokumen", None, None], "rata_rata").raw is None  # type: ignore[union-attr]
    assert derive(["10", None, None, None], None) is None  # no cara hitung: nothing derived
    assert derive([None, None, None, None], "kumulatif") is None


def test_derived_realisasi_is_explained() -> None:
    derived = derive(["10", "20", "30", None], "kumulatif")
    assert derived is not None
    ach = compute("100", derived.raw, derived=derived.sentence())
    assert ach.rounded == D("60.00")  # 60 / 100
    assert "Realisasi tahunan diturunkan dari triwulan (kumulatif" in ach.explanation()
    assert "10 + 20 + 30 = 60" in ach.explanation()
    assert "derived from the triwulan" in ach.explanation("en")


def test_quarter_capaian_uses_the_quarter_target_where_given() -> None:
    qs = quarters(["10", "20", "30", None], ["10", None, None, None], "100", "kumulatif")
    assert [(q.quarter, q.basis, q.achievement.rounded) for q in qs] == [
        (1, "target_triwulan", D("100.00")),  # 10 / 10
        (2, "kumulatif", D("30.00")),  # (10 + 20) / 100: progress to the year's target
        (3, "kumulatif", D("60.00")),  # (10 + 20 + 30) / 100
    ]
    rates = quarters(["80", "90", None, "95"], [None] * 4, "90", "rata_rata")
    assert [q.achievement.rounded for q in rates] == [D("88.89"), D("100.00"), D("105.56")]


# ------------------------------------------------------------------ properties

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
values = st.integers(min_value=0, max_value=10**6).map(lambda n: Decimal(n).scaleb(-2))
positive = values.filter(lambda d: d > 0)


def _text(d: Decimal) -> str:
    return f"{d:f}".replace(".", ",")


@SETTINGS
@given(positive, values, values)
def test_positif_is_monotonic_in_r(t: Decimal, r1: Decimal, r2: Decimal) -> None:
    lo, hi = sorted((r1, r2))
    a, b = calc(_text(t), _text(lo)), calc(_text(t), _text(hi))
    assert a.value is not None and b.value is not None and a.value <= b.value


@SETTINGS
@given(positive, positive, positive, st.sampled_from([DEFAULT_SCALES, T_R]))
def test_negatif_is_antitone_in_r(t: Decimal, r1: Decimal, r2: Decimal, scales: Scales) -> None:
    lo, hi = sorted((r1, r2))
    a, b = (
        calc(_text(t), _text(lo), "negatif", scales),
        calc(_text(t), _text(hi), "negatif", scales),
    )
    assert a.value is not None and b.value is not None and a.value >= b.value


@SETTINGS
@given(
    positive,
    st.integers(min_value=0, max_value=10**4).map(lambda n: Decimal(n).scaleb(-2)),
    values,
    values,
)
def test_stabil_peaks_inside_the_band(c: Decimal, w: Decimal, r1: Decimal, r2: Decimal) -> None:
    lo, hi = c - w, c + w
    target = f"{_text(c)} ± {_text(w)}"
    for r in (r1, r2):
        ach = calc(target, _text(r), "stabil")
        assert ach.value is not None
        inside = lo <= r <= hi
        assert (ach.value == 100) is inside or (lo <= 0 and not inside and ach.value == 0)
        assert ach.value <= 100
    # farther from the band on the same side is never better
    for side in (lambda x: x >= hi, lambda x: x <= lo):
        if side(r1) and side(r2):
            near, far = sorted((r1, r2), key=lambda x: abs(x - c))
            a, b = calc(target, _text(near), "stabil"), calc(target, _text(far), "stabil")
            assert a.value is not None and b.value is not None and a.value >= b.value


# ------------------------------------------------------------------ the decimal context


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [
        ("3,22", "2," + "8" * 40),  # 40 decimals
        ("1" * 10_000, "2" * 10_000),  # 10 000 digits
        ("0," + "0" * 9_999 + "1", "5"),  # a tiny target: an absurd capaian, refused
        ("1" * 30, "2" * 30),  # 30 integer digits (the default context holds 28)
        ("3 ± 0," + "1" * 5_000, "3"),
        ("91", "1.000.000.000.000.000"),
    ],
)
def test_any_length_gives_an_answer_or_a_clear_refusal(target: str, realisasi: str) -> None:
    for polarity in ("positif", "negatif", "stabil"):
        for scales in (DEFAULT_SCALES, T_R_CAP):
            ach = calc(target, realisasi, polarity, scales)
            ach.to_json()
            assert ach.explanation() and ach.explanation("en")
            if ach.rounded is None:
                assert ach.reason_code in ("out_of_range", "target_zero", "realisasi_zero")
            else:
                assert abs(ach.rounded) <= D(10) ** 12


def test_printed_figure_with_40_decimals_or_10_000_digits_is_compared() -> None:
    ours = calc("3,22", "2,85")
    fine = check_printed(Printed("T", "capaian", "88," + "5" * 40), ours)
    assert fine.differs and fine.value is not None
    same = check_printed(Printed("T", "capaian", "88,50931677018633540372670807453416149068"), ours)
    assert not same.differs
    huge = check_printed(Printed("T", "capaian", "9" * 10_000), ours)
    assert huge.differs and huge.value is None  # not a capaian: refused as a number


def test_same_value_reads_figures() -> None:
    assert same_value("3,3", "3,30") and same_value("91%", "91") and same_value("3+1", "3 ± 1")
    assert not same_value("Minimal 3,226", "3,22") and not same_value("3,30", "3,22")
    assert not same_value("90%", "100") and same_value("Tidak ada", "tidak  ada")


_cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(
        ["3,22", "3 ± 1", "Minimal 3,226", "-", "90%", "A (86,45)", "1 000", "9" * 400]
    ),
)
_fields = st.one_of(
    st.sampled_from(["capaian", "capaian_renstra", "target", "realisasi", "target_akhir", "name"]),
    st.builds(
        lambda a, b: f"{a}:{b}",
        st.sampled_from(["target", "realisasi", "triwulan"]),
        st.text(max_size=6),
    ),
    st.text(max_size=12),
)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.text(max_size=20), _fields, _cells.filter(lambda c: c is not None)), max_size=6
    ),
    st.tuples(_cells, _cells, _cells, _cells),
    st.sampled_from([None, "kumulatif", "nilai_akhir", "rata_rata"]),
    st.sampled_from(["positif", "negatif", "stabil"]),
    _cells,
    _cells,
)
def test_any_printed_figures_triwulan_and_cara_hitung_give_answers(
    printed: list[tuple[str, str, str]],
    triwulan: tuple[str | None, str | None, str | None, str | None],
    cara: str | None,
    polarity: str,
    target: str | None,
    realisasi: str | None,
) -> None:
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.model import Measure, Node, Report, ReportMeta

    measure = Measure(
        polaritas=polarity,  # type: ignore[arg-type]
        target=target,
        realisasi=realisasi,
        targets={2023: "3,30"},
        triwulan=triwulan,
        cara_hitung=cara,  # type: ignore[arg-type]
        target_triwulan=(None, "10", None, None),
        printed=tuple(Printed(*p) for p in printed),
    )
    node = Node("n", "iku", "x", measure=measure)
    ev = Evaluation(Report(ReportMeta("r", "i", 2023), [node]))
    for figure in ev.figures("n"):
        assert figure.matches in (True, False, None)
        figure.to_json()
    for conflict in ev.target_conflicts("n"):
        conflict.to_json()
        conflict.achievement.explanation("en")
    for quarter in ev.quarters("n"):
        quarter.achievement.explanation()
    got = ev.of("n")
    assert got.achievement is not None
    got.achievement.to_json()
    derived = got.derived
    if derived is not None and derived.raw is not None:
        assert "triwulan" in got.achievement.explanation()
