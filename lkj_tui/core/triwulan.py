"""Cara hitung: the year's realisasi from the triwulan, and a capaian per quarter.

Real reports aggregate their quarters three ways (``Measure.cara_hitung``, docs/capaian.md §8):

- ``kumulatif`` — the sum of the filled quarters (a count: 10 + 20 + 30 = 60);
- ``nilai_akhir`` — the latest filled quarter (a condition: an index, a grade, a status);
- ``rata_rata`` — the mean of the filled quarters (a rate).

When a measure's year realisasi is empty and its triwulan are filled, :func:`derive` gives the
year's figure and a sentence saying how; the engine then computes the capaian of that figure and
says it was derived. :func:`quarters` gives one capaian per filled quarter for the detail pane.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, localcontext

from lkj_tui.core.achievement import Achievement, Polarity
from lkj_tui.core.engine import compute
from lkj_tui.core.i18n import quarter_label
from lkj_tui.core.messages import Pair, Text, msg
from lkj_tui.core.numbers import format_exact
from lkj_tui.core.record import record
from lkj_tui.core.scales import DEFAULT_SCALES, Scales
from lkj_tui.core.values import ParseError, Value, parse_value

__all__ = ["Derivation", "QuarterCapaian", "derive", "quarters"]

_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_MEAN = Context(prec=60)
_MEAN_PLACES = Decimal("0.0001")  # a mean that does not end within 4 decimals is rounded (≈)
_HOW: dict[str, Pair] = {
    "kumulatif": ("kumulatif, jumlah triwulan", "cumulative, the sum of the quarters"),
    "nilai_akhir": (
        "nilai akhir, triwulan terakhir yang terisi",
        "final value, the latest quarter",
    ),
    "rata_rata": ("rata-rata triwulan yang terisi", "the mean of the filled quarters"),
}


@record
class Derivation:
    """The year's realisasi derived from the triwulan, or why it cannot be."""

    cara_hitung: str
    raw: str | None  # the derived realisasi as the engine reads it; None: it cannot be derived
    quarters: tuple[int, ...]  # the quarters used, 1–4
    formula: str  # "10 + 20 + 30 = 60", "Triwulan IV: 2,85"; or the problem (Bahasa Indonesia)
    formula_en: str

    def __init__(
        self,
        cara_hitung: str,
        raw: str | None,
        quarters: tuple[int, ...],
        formula: str,
        formula_en: str,
    ) -> None:
        vars(self).update(
            cara_hitung=cara_hitung,
            raw=raw,
            quarters=quarters,
            formula=formula,
            formula_en=formula_en,
        )

    def sentence(self) -> Text:
        """The sentence the engine adds to the notes and the explanation (written when needed)."""
        how, key = _HOW[self.cara_hitung], "derived" if self.raw is not None else "not_derived"
        return lambda: (
            msg(key, c=how[0], f=self.formula)[0],
            msg(key, c=how[1], f=self.formula_en)[1],
        )

    def to_json(self) -> dict[str, object]:
        return {
            "cara_hitung": self.cara_hitung,
            "value": self.raw,
            "quarters": list(self.quarters),
            "formula": self.formula,
        }


def _plain(value: Decimal) -> str:
    """A number as the parser reads it back exactly, without thousands dots ("1500,5")."""
    return f"{value:f}".replace(".", ",")


def _numbers(filled: list[tuple[int, str]]) -> tuple[list[Decimal], Value] | Pair:
    """The quarters as numbers of one unit, or why they are not (Bahasa Indonesia, English)."""
    numbers: list[Decimal] = []
    first: Value | None = None
    for quarter, raw in filled:
        name, name_en = quarter_label(quarter), quarter_label(quarter, "en")
        try:
            value = parse_value(raw)
        except ParseError as exc:
            return (
                f"{name}: {exc.message}".rstrip("."),
                f"{name_en}: {exc.message_en}".rstrip("."),
            )
        if value.kind != "number" or value.number is None:
            return (f"{name} bukan angka", f"{name_en} is not a number")
        if first is not None and value.unit_key != first.unit_key:
            return (f"satuan {name.lower()} berbeda", f"{name_en} has another unit")
        first = first or value
        numbers.append(value.number)
    assert first is not None
    return numbers, first


def _with_unit(number: Decimal, like: Value) -> str:
    text = _plain(number)
    if like.percent:
        return f"{text} %"
    if like.unit == "Rp":
        return f"Rp {text}"
    return f"{text} {like.unit}" if like.unit else text


def derive(triwulan: Sequence[str | None], cara_hitung: str | None) -> Derivation | None:
    """The year's realisasi from the filled quarters by ``cara_hitung``; None when there is no
    cara hitung or no filled quarter."""
    filled = [(i + 1, raw) for i, raw in enumerate(triwulan) if raw is not None and raw.strip()]
    if cara_hitung not in _HOW or not filled:
        return None
    used = tuple(q for q, _ in filled)
    if cara_hitung == "nilai_akhir":
        quarter, raw = filled[-1]
        text = " ".join(raw.split())
        shown, shown_en = (f"{quarter_label(quarter, lang)}: {text}" for lang in ("id", "en"))
        return Derivation(cara_hitung, raw, (quarter,), shown, shown_en)
    read = _numbers(filled)
    if isinstance(read[0], str):
        problem_id, problem_en = read
        return Derivation(cara_hitung, None, used, problem_id, str(problem_en))
    numbers, like = read
    with localcontext(_EXACT):
        total = sum(numbers, Decimal(0))
    terms = " + ".join(format_exact(n) for n in numbers)
    if cara_hitung == "kumulatif":
        value, shown = total, f"{terms} = {format_exact(total)}"
    else:
        with localcontext(_MEAN):
            value = total / len(numbers)
        exact = value == value.quantize(_MEAN_PLACES, rounding=ROUND_HALF_UP, context=_EXACT)
        if not exact:
            value = value.quantize(_MEAN_PLACES, rounding=ROUND_HALF_UP, context=_EXACT)
        mark = "=" if exact else "≈"
        shown = f"({terms}) / {len(numbers)} {mark} {format_exact(value.normalize(_EXACT))}"
        value = value.normalize(_EXACT)
    return Derivation(cara_hitung, _with_unit(value, like), used, shown, shown)


@record
class QuarterCapaian:
    """The capaian of one filled quarter."""

    quarter: int  # 1–4
    target: str | None  # the target it is measured against, as printed
    realisasi: str  # the quarter's realisasi (cumulative to date for kumulatif without a target)
    basis: str  # "target_triwulan", "kumulatif" (to date, against the year's target), "target"
    achievement: Achievement

    def __init__(
        self,
        quarter: int,
        target: str | None,
        realisasi: str,
        basis: str,
        achievement: Achievement,
    ) -> None:
        vars(self).update(
            quarter=quarter,
            target=target,
            realisasi=realisasi,
            basis=basis,
            achievement=achievement,
        )


def quarters(
    triwulan: Sequence[str | None],
    target_triwulan: Sequence[str | None],
    target: str | None,
    cara_hitung: str | None,
    polarity: Polarity = "positif",
    scales: Scales = DEFAULT_SCALES,
) -> tuple[QuarterCapaian, ...]:
    """One capaian per filled quarter: against the quarter's own target where the report gives
    one; else, for ``kumulatif``, the sum to date against the year's target (progress); else the
    quarter against the year's target."""
    out: list[QuarterCapaian] = []
    for i, raw in enumerate(triwulan):
        if raw is None or not raw.strip():
            continue
        own = target_triwulan[i] if i < len(target_triwulan) else None
        if own is not None and own.strip():
            ach = compute(own, raw, polarity, scales)
            out.append(QuarterCapaian(i + 1, own, raw, "target_triwulan", ach))
        elif cara_hitung == "kumulatif":
            so_far = derive(list(triwulan[: i + 1]), "kumulatif")
            assert so_far is not None
            ach = compute(target, so_far.raw, polarity, scales, derived=so_far.sentence())
            out.append(QuarterCapaian(i + 1, target, so_far.raw or raw, "kumulatif", ach))
        else:
            out.append(
                QuarterCapaian(i + 1, target, raw, "target", compute(target, raw, polarity, scales))
            )
    return tuple(out)
