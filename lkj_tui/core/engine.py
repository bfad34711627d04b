"""The capaian (achievement) engine: target and realisasi as printed → capaian, rating, explanation.

Every rule is in docs/capaian.md. :func:`compute` never raises and never turns a missing value into 0:
when there is no capaian the result says why (``reason``, in Bahasa Indonesia and English).

The engine is split in :mod:`~lkj_tui.core.achievement` (the result, its rounding, rating and
formatting), :mod:`~lkj_tui.core.rules` (the rule of each kind of value) and
:mod:`~lkj_tui.core.messages` (every sentence, in both languages); import its public names from here.
"""

from __future__ import annotations

from decimal import Decimal, DecimalException
from functools import partial

from lkj_tui.core.achievement import CENT as CENT  # public constants engine.py has always had
from lkj_tui.core.achievement import HUNDRED as HUNDRED
from lkj_tui.core.achievement import Achievement, Polarity, Run
from lkj_tui.core.messages import Pair as Pair
from lkj_tui.core.messages import Text
from lkj_tui.core.rules import measure
from lkj_tui.core.scales import DEFAULT_SCALES, RATING_LABELS_EN, RATINGS, Scales, rate
from lkj_tui.core.values import ParseError, Value, parse_value, point_slip

__all__ = ["DEFAULT_SCALES", "RATINGS", "RATING_LABELS_EN", "Achievement", "Polarity", "Scales"]
__all__ += ["compute", "point_capaian", "rate"]


class Again(tuple[str | None, str | None, Polarity, Scales, Text | None]):
    """The inputs of a capaian, called as the engine's run again on them, explaining
    (:func:`_explained`; ``detail=False``: the reason or the explanation only): what a capaian
    made without its sentences keeps. As one tuple it holds 80 bytes a capaian, a ``partial`` and
    its arguments' tuple 160 (58,800 capaian of a huge report: 4.5 MiB, mem68)."""

    __slots__ = ()

    def __call__(self, detail: bool = True) -> Achievement:
        return _explained(*self, detail=detail)


def compute(
    target: str | None,
    realisasi: str | None,
    polarity: Polarity = "positif",
    scales: Scales = DEFAULT_SCALES,
    *,
    derived: Text | None = None,
) -> Achievement:
    """Capaian of ``realisasi`` against ``target`` (both as printed). Never raises, never 0 for a
    missing value: a value that cannot be read or compared gives ``value=None`` and a ``reason``.
    ``derived``: how ``realisasi`` was derived from the triwulan (:mod:`~lkj_tui.core.triwulan`),
    said in the notes and the explanation.

    The numbers are computed now; the sentences (and ``inputs``) when one is first read, by the
    same computation run again, explaining (:class:`~lkj_tui.core.achievement.Run`)."""
    again = Again((target, realisasi, polarity, scales, derived))
    # (mypy does not see a tuple subclass's __call__)
    return _run(Run(polarity, scales, again), target, realisasi)  # type: ignore[arg-type]


def point_capaian(
    target: str | None,
    realisasi: str | None,
    polarity: Polarity = "positif",
    scales: Scales = DEFAULT_SCALES,
) -> tuple[str, str, str, Decimal] | None:
    """A capaian a thousandfold off because one figure's dot ("1.234": 1.234 by the thousands
    dot) beside the other's decimal comma ("1,2") was a decimal point: ("target" or "realisasi",
    the figure, its decimal reading "1,234", the capaian that reading gives) when that capaian is
    a likely one (10–150 %); None otherwise, a genuine low or high capaian among them (vals20:
    ``check`` and the import name it)."""
    if target is None or realisasi is None:
        return None
    for dotted, raw, other in (("target", target, realisasi), ("realisasi", realisasi, target)):
        if (slip := point_slip(raw, other)) is None:
            continue
        shown, decimal = slip
        pair = (decimal, other) if dotted == "target" else (other, decimal)
        alt = compute(*pair, polarity, scales).rounded
        if alt is not None and 10 <= alt <= 150:
            return dotted, shown, decimal, alt
    return None


def _explained(
    target: str | None,
    realisasi: str | None,
    polarity: Polarity,
    scales: Scales,
    derived: Text | None,
    detail: bool = True,
) -> Achievement:
    """:func:`compute` with every sentence written (``detail=False``: only the reason or the
    explanation; the notes, the formula and the inputs are left empty)."""
    inputs: dict[str, object] = {"target": target, "realisasi": realisasi, "polarity": polarity}
    whole = None if detail else partial(_explained, target, realisasi, polarity, scales, derived)
    run = Run(polarity, scales, None, inputs, derived, detail, whole)
    if run.derived is not None:
        run.add(run.derived)
    return _run(run, target, realisasi)


def _run(run: Run, target: str | None, realisasi: str | None) -> Achievement:
    values: list[Value] = []
    for name, raw in (("target", target), ("realisasi", realisasi)):
        try:
            values.append(parse_value(raw))
        except ParseError as exc:
            reason = (f"{name}: {exc.message}".rstrip("."), f"{name}: {exc.message_en}".rstrip("."))
            return run.none("parse_error", reason)
        if run.detail:
            run.take(values[-1])
    t, r = values
    if run.detail:  # the parsed values, as JSON-able dicts
        run.inputs["target"], run.inputs["realisasi"] = t.to_dict(), r.to_dict()
    try:
        return measure(run, t, r)
    except (DecimalException, ArithmeticError) as exc:  # pragma: no cover - defensive
        return run.none("arithmetic", (f"perhitungan gagal ({exc})", f"calculation failed ({exc})"))
