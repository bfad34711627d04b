"""The engine computes a capaian's numbers first and writes its sentences when one is first read, by
running the same computation again, explaining (``core/achievement.py``, ``Run``). Both runs must
give the same capaian: these tests compare them on generated cells of every kind (hypothesis), and
the number formatting the sentences use with the implementation it replaced."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_DOWN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    InvalidOperation,
    localcontext,
)

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from lkj_tui.core import engine, rules
from lkj_tui.core.achievement import HUNDRED, LIMIT, Achievement, Run
from lkj_tui.core.numbers import _format, quantize
from lkj_tui.core.scales import DEFAULT_SCALES, Scales
from lkj_tui.core.triwulan import derive
from lkj_tui.core.values import Value, parse_value
from tests.test_core_properties import PROFILE

_numbers = st.builds(
    lambda units, places: f"{Decimal(units).scaleb(-places):f}".replace(".", ","),
    st.integers(min_value=-(10**7), max_value=10**9),
    st.integers(min_value=0, max_value=4),
)
_units = st.sampled_from(
    ["", "%", " %", " Dokumen", " dokumen", " dokumn", " Dokumn.", " Surat", " Orang", " kali"]
)
_quantities = st.builds(lambda n, u: n + u, _numbers, _units)
_fixed = st.sampled_from(
    [
        "3,22",
        "2,85",
        "87,07%",
        "100%",
        "0",
        "0,00",
        "-5",
        "1.500",
        "88.51",
        "1.234.567,89",
        "9.000.000,-",
        "1,234,567",
        "CC",
        "BB",
        "A (86,45)",
        "Minimal BB",
        "WTP",
        "WDP",
        "TMP",
        "3 ± 1",
        "3+1",
        "2-4",
        "80% s.d. 90%",
        ">3,51",
        "<5%",
        "≥ 90",
        "Maksimal 10",
        "min. 75",
        "10 Raperda, 50 Raperbup, 600 SK",
        "5 Raperda, 75 Raperbup",
        "10 Raperda, 50 Raperbup",
        "1 Dokumen",
        "132 Surat",
        "Tidak ada temuan",
        "tidak ada  temuan",
        "Rp 1.500.000",
        "-",
        "",
        "1e5",
        "abc1",
        "1 000",
        "10^12",
        "1.000.000.000.000.000",
        "0,5",
        "0,9",
        "90 %",
    ]
)
_cells = (
    st.none() | _fixed | _quantities | st.builds(lambda a, b: f"{a}, {b}", _quantities, _quantities)
)
_polarities = st.sampled_from(["positif", "negatif", "stabil"])
_scales = st.sampled_from(
    [
        DEFAULT_SCALES,
        Scales.from_dict({"negative_formula": "T/R", "cap": "120"}),
        Scales.from_dict({"cap": "150", "unit_aliases": {"dokumn": "dokumen"}}),
    ]
)
_SENTENCES = (
    "inputs", "formula", "notes", "notes_en", "reason", "reason_en", "explanation_id",
    "explanation_en",
)  # fmt: skip


def _written(ach: Achievement, name: str) -> bool:
    """Whether the slot ``name`` of ``ach`` holds its value (read without writing it)."""
    try:
        getattr(Achievement, name).__get__(ach, Achievement)
    except AttributeError:
        return False
    return True


def _unwritten_again(ach: Achievement) -> bool:
    """Whether ``ach`` still keeps the function that writes its sentences."""
    return Achievement._again.__get__(ach, Achievement) is not None  # type: ignore[attr-defined]


def _all_fields(ach: Achievement) -> dict[str, object]:
    out: dict[str, object] = {}
    for f in dataclasses.fields(ach):
        value = getattr(ach, f.name)
        if f.name == "components":
            value = [_all_fields(c) for c in value]
        out[f.name] = value
    return out


@PROFILE
@given(_cells, _cells, _polarities, _scales, st.sampled_from(["parts", "explanation", "fields"]))
@example("10 Raperda, 50 Raperbup", "5 Raperda, 75 Raperbup", "positif", DEFAULT_SCALES, "parts")
@example("10 Raperda, 50 Raperbup", "5 Raperda", "negatif", DEFAULT_SCALES, "explanation")
@example("100", "150", "positif", Scales.from_dict({"cap": "120"}), "explanation")
@example("10", "0", "negatif", Scales.from_dict({"negative_formula": "T/R", "cap": "120"}), "parts")
@example("10 Dok; 5 Lap", "-1 Dok; 5 Lap", "positif", DEFAULT_SCALES, "explanation")
@example("10 Dok; 5 Lap", "8 Dok", "positif", DEFAULT_SCALES, "explanation")
def test_a_capaian_explained_later_is_the_one_explained_at_once(
    target: str | None, realisasi: str | None, polarity: str, scales: Scales, first: str
) -> None:
    quiet = engine.compute(target, realisasi, polarity, scales)  # type: ignore[arg-type]
    explained = engine._explained(target, realisasi, polarity, scales, None)  # type: ignore[arg-type]
    numbers = ("value", "rounded", "rating", "under_target", "met", "method", "reason_code")
    for name in numbers:  # before any sentence is written
        assert getattr(quiet, name) == getattr(explained, name), name
    if first == "parts":  # a component's sentences read before its composite's
        for part, part_explained in zip(quiet.components, explained.components, strict=True):
            assert _all_fields(part) == _all_fields(part_explained)
    if first == "explanation":  # what a front end reads: written without the details first
        for name in ("explanation_en", "reason", "explanation_id", "reason_en"):
            assert getattr(quiet, name) == getattr(explained, name), name
        assert _unwritten_again(quiet) and not _written(quiet, "formula")
        for part, part_explained in zip(quiet.components, explained.components, strict=True):
            assert part.explanation_id == part_explained.explanation_id
            assert part.reason_en == part_explained.reason_en
    assert _all_fields(quiet) == _all_fields(explained)
    assert quiet == explained and hash(quiet) == hash(explained)
    assert all(_written(quiet, name) for name in _SENTENCES) and not _unwritten_again(quiet)


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [("10 Dok; 5 Lap; 4 Perda", "8 Dok; 5 Lap; 3 Perda"), ("10 Dok; 5 Lap", "8 Dok; 6 Lap")],
)
def test_a_composite_explained_writes_no_component_sentences(
    monkeypatch: pytest.MonkeyPatch, target: str, realisasi: str
) -> None:
    # The explanation an export or status reads of a composite says which component is lowest:
    # its run writes the composite's sentences alone, not its components' (three quarters of
    # the run); a component's own, read later, are still those written at once.
    quiet = engine.compute(target, realisasi)
    written: list[str] = []
    init = Achievement.__init__

    def counted(self: Achievement, *args: object, **kwargs: object) -> None:
        written.append(str(kwargs.get("method")))
        init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Achievement, "__init__", counted)
    assert quiet.explanation_id.startswith(f"Capaian {quiet.format()}: terendah dari ")
    assert written == ["komposit"]
    monkeypatch.setattr(Achievement, "__init__", init)
    explained = engine._explained(target, realisasi, "positif", DEFAULT_SCALES, None)
    assert quiet.explanation_en == explained.explanation_en
    for part, part_explained in zip(quiet.components, explained.components, strict=True):
        assert part.explanation_en == part_explained.explanation_en
        assert _all_fields(part) == _all_fields(part_explained)


@PROFILE
@given(st.lists(_numbers, min_size=1, max_size=4), _cells, _polarities)
def test_a_derived_realisasi_is_explained_the_same_later(
    quarters: list[str], target: str | None, polarity: str
) -> None:
    derived = derive(quarters, "kumulatif")
    assert derived is not None
    how = derived.sentence()
    quiet = engine.compute(target, derived.raw, polarity, derived=how)  # type: ignore[arg-type]
    explained = engine._explained(target, derived.raw, polarity, DEFAULT_SCALES, how)  # type: ignore[arg-type]
    assert _all_fields(quiet) == _all_fields(explained)
    assert explained.notes[0].startswith("Realisasi tahunan diturunkan dari triwulan")


# ---- the numbers pass's shortcuts, against the computation they replaced

_decimals = st.builds(
    lambda units, exponent: Decimal(units).scaleb(exponent),
    st.integers(min_value=-(10**45), max_value=10**45),
    st.integers(min_value=-45, max_value=20),
) | st.sampled_from([Decimal("-0"), Decimal("0E+5"), Decimal("-0.000"), Decimal("1E+3")])


def _ratio_before(polarity: str, formula: str, r: Decimal, t: Decimal) -> Decimal:
    """``Run.ratio``'s arithmetic as it was written, in a 40-digit ``localcontext``."""
    with localcontext(Context(prec=40)):
        if polarity == "positif":
            return r * HUNDRED / t
        if polarity == "stabil":
            return max((1 - abs(r - t) / t) * HUNDRED, Decimal(0))
        if formula == "T/R":
            return t * HUNDRED / r
        return max((2 * t - r) * HUNDRED / t, Decimal(0))


@PROFILE
@given(_decimals, _decimals, _polarities, st.sampled_from(["2T-R", "T/R"]))
@example(Decimal(1), Decimal(3), "positif", "2T-R")
@example(Decimal("2.85"), Decimal("3.22"), "stabil", "2T-R")
@example(Decimal("7"), Decimal("3"), "negatif", "2T-R")
@example(Decimal("1.000000000000000000E+28"), Decimal("1.000000000000000000E+28"), "stabil", "2T-R")
def test_a_ratio_is_the_one_a_40_digit_localcontext_gave(
    r: Decimal, t: Decimal, polarity: str, formula: str
) -> None:
    t = abs(t) or Decimal(1)  # (a target of 0 or below has rules of its own)
    if polarity == "negatif" and formula == "T/R" and r <= 0:
        r = abs(r) or Decimal(1)
    if polarity == "stabil" and r == t:  # (r + 1 exactly: at 28 digits 1E+28 + 1 is 1E+28 again)
        r = Context(prec=100).add(r, 1)
    scales = Scales.from_dict({"negative_formula": formula})
    quiet = Run(polarity, scales, engine._explained).ratio("x", r, t)  # type: ignore[arg-type]
    if polarity != "stabil" and r < 0:  # a verdict, no capaian % (docs/capaian.md "Verdicts"):
        # not met when higher is better, met when lower is (num12)
        met = polarity == "negatif"
        assert (quiet.value, quiet.met, quiet.reason_code) == (None, met, "realisasi_negative")
        return
    want = _ratio_before(polarity, formula, r, t)
    if abs(want) > LIMIT:
        assert quiet.value is None and quiet.reason_code == "out_of_range"
    else:
        assert quiet.value == want and str(quiet.value) == str(want)


_unit_texts = st.sampled_from(
    ["Dokumen", "dokumen", "Dokumen.", "dokumn", "DOKUMN", "a.", "A", "Orang", "Peta  Kec.", "Rp"]
)
_unit_values = st.builds(
    lambda n, u: parse_value(f"{n} {u}" if u else n),
    st.sampled_from(["3", "3,5", "0"]),
    st.none() | _unit_texts,
) | st.sampled_from([parse_value("3%"), parse_value("3 %")])
_alias_scales = st.sampled_from(
    [
        DEFAULT_SCALES,
        Scales.from_dict({"unit_aliases": {"dokumn": "dokumen", "a": "orang", "peta kec": "rp"}}),
    ]
)


@PROFILE
@given(_unit_values, _unit_values, _alias_scales)
def test_units_compared_without_their_alias_when_their_keys_agree(
    t: Value, r: Value, scales: Scales
) -> None:
    # The numbers pass skips the alias table when both keys are the same (they cannot differ
    # after it); a run writing its notes looks every unit up, as before.
    quiet = rules._units_differ(Run("positif", scales, engine._explained), t, r)
    explaining = Run("positif", scales, None)
    full = rules._units_differ(explaining, t, r)
    assert (quiet is None) is (full is None)
    if quiet is not None and full is not None:
        assert quiet.reason_code == full.reason_code == "unit_mismatch"
    if t.unit_key == r.unit_key:
        assert full is None


# ---- the number formatting the sentences use, against the implementation it replaced


def _format_before(value: Decimal, places: int | None, trim: bool, dec: str, group: str) -> str:
    if not value.is_finite():
        raise ValueError(f"cannot format {value!r}")
    if places is not None:
        value = _quantize_before(value, Decimal(1).scaleb(-places))
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{value.copy_abs():f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        whole, tail = whole[:-3], whole[-3:]
        groups.insert(0, tail)
    whole = group.join([whole, *groups])
    if frac and trim and frac.strip("0") == "":
        frac = ""
    return sign + whole + (dec + frac if frac else "")


def _quantize_before(value: Decimal, exp: Decimal, rounding: str = ROUND_HALF_UP) -> Decimal:
    prec = max(28, value.adjusted() - exp.as_tuple().exponent + 3)  # type: ignore[operator]
    return value.quantize(
        exp, rounding=rounding, context=Context(prec, Emax=MAX_EMAX, Emin=MIN_EMIN)
    )


@PROFILE
@given(_decimals, st.none() | st.integers(min_value=0, max_value=50), st.booleans())
def test_format_is_the_format_it_replaced(value: Decimal, places: int | None, trim: bool) -> None:
    for dec, group in ((",", "."), (".", ",")):
        assert _format(value, places, trim, dec, group) == _format_before(
            value, places, trim, dec, group
        )


@PROFILE
@given(
    _decimals,
    st.integers(min_value=-40, max_value=10),
    st.sampled_from([ROUND_HALF_UP, ROUND_DOWN]),
)
def test_quantize_is_the_quantize_it_replaced(value: Decimal, places: int, rounding: str) -> None:
    exp = Decimal(1).scaleb(-places)
    got, want = quantize(value, exp, rounding), _quantize_before(value, exp, rounding)
    assert got == want and str(got) == str(want)


def test_quantize_refuses_what_it_refused() -> None:
    def outcome(f: Callable[[Decimal, Decimal], Decimal], value: Decimal, exp: Decimal) -> str:
        try:
            return str(f(value, exp))
        except InvalidOperation:
            return "InvalidOperation"

    for value in (Decimal("Infinity"), Decimal("-Infinity"), Decimal("NaN"), Decimal("1E+40")):
        for places in (-30, 2, 60):
            exp = Decimal(1).scaleb(-places)
            assert outcome(quantize, value, exp) == outcome(_quantize_before, value, exp)
