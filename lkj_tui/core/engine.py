"""The capaian (achievement) engine: target and realisasi as printed → capaian, rating, explanation.

Every rule is in docs/capaian.md. :func:`compute` never raises and never turns a missing value into 0:
when there is no capaian the result says why (``reason``, in Bahasa Indonesia and English).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, DecimalException, localcontext
from typing import Any, Literal

from lkj_tui.core.numbers import format_exact, format_id
from lkj_tui.core.scales import DEFAULT_SCALES, RATING_LABELS_EN, RATINGS, Scales, rate
from lkj_tui.core.values import ParseError, Value, parse_value

__all__ = ["DEFAULT_SCALES", "RATINGS", "RATING_LABELS_EN", "Achievement", "Polarity", "Scales"]
__all__ += ["compute", "rate"]

Polarity = Literal["positif", "negatif"]
Pair = tuple[str, str]  # (Bahasa Indonesia, English)

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
_CONTEXT = Context(prec=40)
_CMP_SHOWN = {">": ">", ">=": "≥", "<": "<", "<=": "≤"}
_KINDS: dict[str, Pair] = {
    "number": ("angka", "number"),
    "grade": ("predikat", "grade"),
    "opinion": ("opini", "opinion"),
    "range": ("rentang", "range"),
    "threshold": ("ambang", "threshold"),
    "composite": ("komposit", "composite"),
    "text": ("teks", "text"),
}


#: Every sentence the engine writes, in Bahasa Indonesia and English.
_MSG: dict[str, Pair] = {
    "rounded": ("dibulatkan setengah ke atas: {v}{m} → {r}", "rounded half up: {v}{m} → {r}"),
    "met": ("ambang terpenuhi", "threshold met"),
    "not_met": ("ambang belum terpenuhi, di bawah target", "threshold not met, under target"),
    "under": ("di bawah target", "under target"),
    "on": ("mencapai target", "on target"),
    "divisor": ("{wi} {t} tidak dapat menjadi pembagi", "{we} {t} cannot be a divisor"),
    "positif": (
        "{ri} {r} dibagi {wi} {t} × 100 (makin tinggi makin baik)",
        "{re} {r} divided by {we} {t} × 100 (higher is better)",
    ),
    "negatif": (
        "(2 × {wi} {t} − {ri} {r}) / {wi} {t} × 100 (makin rendah makin baik)",
        "(2 × {we} {t} − {re} {r}) / {we} {t} × 100 (lower is better)",
    ),
    "floored": ("hasil negatif dibatasi 0", "a negative result is floored at 0"),
    "same": ("target dan realisasi sama persis", "target and realisasi are identical"),
    "incomparable": (
        "target “{t}” ({tki}) dan realisasi “{r}” ({rki}) tidak dapat dibandingkan",
        "target “{t}” ({tke}) and realisasi “{r}” ({rke}) cannot be compared",
    ),
    "alias": (
        "satuan “{u}” dibaca “{a}” (dugaan salah ketik)",
        "unit “{u}” read as “{a}” (likely typo)",
    ),
    "one_unit": (
        "satuan “{u}” hanya tertulis pada satu sisi",
        "unit “{u}” is written on one side only",
    ),
    "units": (
        "satuan berbeda: target “{t}”, realisasi “{r}”",
        "different units: target “{t}”, realisasi “{r}”",
    ),
    "opinion": ("opini {c} = skor {s}", "opinion {c} = score {s}"),
    "grade": (
        "predikat {c} tanpa skor: memakai batas bawah predikat, {s}",
        "grade {c} has no score: using the grade's lower bound, {s}",
    ),
    "range_in_range": (
        "realisasi berupa rentang yang sama dengan/di dalam rentang target",
        "the realisasi range equals/lies inside the target range",
    ),
    "how_range_in_range": (
        "rentang realisasi di dalam rentang target {lo}–{hi}",
        "the realisasi range lies inside the target range {lo}–{hi}",
    ),
    "how_in_range": (
        "realisasi {x} di dalam rentang target {lo}–{hi}",
        "realisasi {x} lies inside the target range {lo}–{hi}",
    ),
    "upper": ("batas atas rentang", "the range's upper bound"),
    "lower": ("batas bawah rentang", "the range's lower bound"),
    "direction": (
        "ambang “{c}” menentukan arah: makin {d} makin baik",
        "the “{c}” threshold sets the direction: {e} is better",
    ),
    "threshold": ("ambang {c}", "threshold {c}"),
    "no_score": ("skor untuk {c} tidak ada pada skala", "no score for {c} in the scales"),
    "number_as_score": (
        "angka dibaca sebagai skor predikat",
        "the number was read as a grade score",
    ),
    "score_of": ("skor {c}", "score of {c}"),
    "extra_part": (
        "komponen realisasi “{u}” tidak ada pada target, diabaikan",
        "realisasi component “{u}” is not in the target, ignored",
    ),
    "missing_part": ("tidak ada pada realisasi", "missing from realisasi"),
    "part": ("komponen “{u}”: {ri}", "component “{u}”: {re}"),
    "lowest": ("terendah dari {n} komponen, “{c}”", "the lowest of {n} components, “{c}”"),
    "target_missing": ("target belum diisi", "the target is missing"),
    "realisasi_missing": (
        "realisasi belum diisi (kosong bukan 0)",
        "realisasi is not reported (blank is not 0)",
    ),
}


def _msg(key: str, **args: Decimal | str) -> Pair:
    """Message ``key`` filled in both languages; a Decimal is shown exact, in the Indonesian format
    in both (English labels, Indonesian numbers: "88,51")."""
    shown = {k: format_exact(v) if isinstance(v, Decimal) else v for k, v in args.items()}
    text_id, text_en = _MSG[key]
    return text_id.format(**shown), text_en.format(**shown)


@dataclass(frozen=True)
class Achievement:
    """One capaian with everything needed to explain it."""

    value: Decimal | None  # exact
    rounded: Decimal | None  # ROUND_HALF_UP, 2 decimals; the rating is taken from this
    rating: str | None
    under_target: bool | None
    met: bool | None
    method: str
    formula: str
    inputs: Mapping[str, object] = field(default_factory=dict, hash=False)
    notes: tuple[str, ...] = ()
    reason: str | None = None
    components: tuple[Achievement, ...] = ()
    notes_en: tuple[str, ...] = ()
    reason_en: str | None = None
    reason_code: str | None = None  # target_missing, realisasi_missing, parse_error, target_zero…
    explanation_id: str = ""
    explanation_en: str = ""

    def explanation(self, lang: str = "id") -> str:
        return self.explanation_en if lang == "en" else self.explanation_id

    def format(self, lang: str = "id") -> str:
        """The rounded capaian, "88,51 %": numbers are Indonesian in every language."""
        if self.rounded is None:
            return "—"
        return f"{format_id(self.rounded)} %"

    def to_json(self, lang: str = "id") -> dict[str, object]:
        en = lang == "en"
        return {
            "achievement": None if self.rounded is None else float(self.rounded),
            "rating": self.rating,
            "under_target": self.under_target,
            "met": self.met,
            "method": self.method,
            "explanation": self.explanation(lang),
            "formula": self.formula,
            "inputs": dict(self.inputs),
            "notes": list(self.notes_en if en else self.notes),
            "reason": self.reason_en if en else self.reason,
            "reason_code": self.reason_code,
            "components": [c.to_json(lang) for c in self.components],
        }


class _Run:
    """One computation: polarity, scales, inputs and the notes collected on the way."""

    def __init__(self, polarity: Polarity, scales: Scales, inputs: dict[str, object]) -> None:
        self.polarity, self.scales, self.inputs = polarity, scales, inputs
        self.notes: list[Pair] = []

    def note(self, pair: Pair) -> None:
        if pair not in self.notes:
            self.notes.append(pair)

    def take(self, value: Value) -> Value:
        """Keep the parser's notes of ``value`` (a guessed dot, a '+' read as '±'…)."""
        for pair in zip(value.notes, value.notes_en, strict=True):
            self.note(pair)
        return value

    def _make(self, **kw: Any) -> Achievement:
        notes, notes_en = tuple(n for n, _ in self.notes), tuple(e for _, e in self.notes)
        return Achievement(inputs=self.inputs, notes=notes, notes_en=notes_en, **kw)

    def none(self, code: str, reason: Pair, comps: tuple[Achievement, ...] = ()) -> Achievement:
        """No capaian, with the reason (never 0)."""
        return self._make(
            **dict.fromkeys(("value", "rounded", "rating", "under_target", "met")),
            method="tidak_terukur",
            formula="—",
            reason=reason[0],
            reason_en=reason[1],
            reason_code=code,
            components=comps,
            explanation_id=f"Capaian tidak dihitung: {reason[0]}.",
            explanation_en=f"No achievement: {reason[1]}.",
        )

    def done(self, value: Decimal, method: str, expr: str, how: Pair, **kw: Any) -> Achievement:
        """A capaian: rounded half up, rated from the rounded value, explained. ``kw``: ``met``
        (thresholds: under target = not met), ``components``, ``arrow`` (formula "→" not "=")."""
        met: bool | None = kw.get("met")
        rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
        if rounded != value:
            shown = value.quantize(Decimal("1e-6"), rounding=ROUND_DOWN)
            self.note(_msg("rounded", v=shown, m="…" if shown != value else "", r=rounded))
        under = (not met) if met is not None else rounded < HUNDRED
        rating = self.scales.rate(rounded)
        status = _MSG[
            ("met" if met else "not_met") if met is not None else "under" if under else "on"
        ]
        label_en = RATING_LABELS_EN.get(rating or "", rating)
        return self._make(
            value=value,
            rounded=rounded,
            rating=rating,
            under_target=under,
            met=not under,
            method=method,
            formula=f"{expr} {'→' if kw.get('arrow') else '='} {format_id(rounded)}",
            components=kw.get("components", ()),
            explanation_id=f"Capaian {format_id(rounded)} %: {how[0]}. "
            f"Kategori {rating}, {status[0]}.",
            explanation_en=f"Achievement {format_id(rounded)} %: {how[1]}. "
            f"Rating {rating} ({label_en}), {status[1]}.",
        )

    def ratio(self, method: str, r: Decimal, t: Decimal, **kw: Any) -> Achievement:
        """Realisasi ``r`` against ``t`` by the polarity's formula. ``kw``: ``what``/``rname``
        (pairs naming ``t`` and ``r``), ``polarity`` (overrides the run's), ``met``."""
        wi, we = kw.get("what", ("target", "target"))
        ri, re_ = kw.get("rname", ("realisasi", "realisasi"))
        names = {"wi": wi, "we": we, "ri": ri, "re": re_}
        if t <= 0:
            code = "target_zero" if t == 0 else "target_negative"
            return self.none(code, _msg("divisor", t=t, **names))
        rs, ts = format_exact(r), format_exact(t)
        polarity = kw.get("polarity", self.polarity)
        with localcontext(_CONTEXT):
            if polarity == "positif":
                value, expr = r * HUNDRED / t, f"{rs} / {ts} × 100"
            else:
                raw = (2 * t - r) * HUNDRED / t
                value, expr = max(raw, Decimal(0)), f"(2 × {ts} − {rs}) / {ts} × 100"
                if raw < 0:
                    expr = f"max(0; {expr})"
                    self.note(_MSG["floored"])
        return self.done(value, method, expr, _msg(polarity, r=r, t=t, **names), met=kw.get("met"))


# --------------------------------------------------------------------------- kinds → rules


def _flat(text: str) -> str:
    return " ".join(text.split())


def _incomparable(run: _Run, t: Value, r: Value) -> Achievement:
    """Identical text (after spaces and case) is 100; anything else has no capaian."""
    if _flat(t.raw).casefold() == _flat(r.raw).casefold():
        expr = f"“{_flat(t.raw)}” = “{_flat(r.raw)}”"
        return run.done(HUNDRED, "teks_sama", expr, _MSG["same"], arrow=True)
    (tki, tke), (rki, rke) = _KINDS[t.kind], _KINDS[r.kind]
    kinds = {"tki": tki, "tke": tke, "rki": rki, "rke": rke}
    reason = _msg("incomparable", t=_flat(t.raw), r=_flat(r.raw), **kinds)
    return run.none("incomparable", reason)


def _unit(run: _Run, v: Value) -> str | None:
    """The unit ``v`` is matched by, after the alias table (a guess, noted)."""
    key = v.unit_key
    alias = run.scales.unit_alias(key) if key and key != "%" else None
    if alias is not None and v.unit:
        run.note(_msg("alias", u=v.unit, a=alias))
        return alias
    return key


def _units_differ(run: _Run, t: Value, r: Value) -> Achievement | None:
    """None when the units agree (or one side has none); else the "no capaian" result."""
    tk, rk = _unit(run, t), _unit(run, r)
    if tk == rk or tk is None or rk is None:
        if tk != rk and (t.unit or r.unit):
            run.note(_msg("one_unit", u=t.unit or r.unit or ""))
        return None
    return run.none("unit_mismatch", _msg("units", t=t.unit or "%", r=r.unit or "%"))


def _score(run: _Run, v: Value) -> Decimal | None:
    """A grade's printed score, else the lower bound of its band; an opinion's ordinal score."""
    if v.number is not None or v.code is None:
        return v.number
    opinion = v.kind == "opinion"
    score = (run.scales.opinion_score if opinion else run.scales.grade_score)(v.code)
    if score is not None:
        run.note(_msg("opinion" if opinion else "grade", c=v.code, s=score))
    return score


def _range(run: _Run, t: Value, r: Value) -> Achievement:
    lo, hi = t.low, t.high
    assert lo is not None and hi is not None
    if r.kind == "range" and r.low is not None and r.high is not None:
        if not (lo <= r.low and r.high <= hi):
            return _incomparable(run, t, r)
        run.note(_MSG["range_in_range"])
        how = _msg("how_range_in_range", lo=lo, hi=hi)
        return run.done(HUNDRED, "rentang", f"{_flat(r.raw)} ⊆ {_flat(t.raw)}", how, arrow=True)
    if r.kind != "number" or r.number is None:
        return _incomparable(run, t, r)
    if (bad := _units_differ(run, t, r)) is not None:
        return bad
    x = r.number
    if lo <= x <= hi:
        expr = f"{format_exact(lo)} ≤ {format_exact(x)} ≤ {format_exact(hi)}"
        how = _msg("how_in_range", x=x, lo=lo, hi=hi)
        return run.done(HUNDRED, "rentang", expr, how, arrow=True)
    if x > hi:
        return run.ratio("rentang", x, hi, what=_MSG["upper"])
    return run.ratio("rentang", x, lo, what=_MSG["lower"])


def _threshold(run: _Run, t: Value, r: Value) -> Achievement:
    """ ">X", "≥ X", "Minimal X" (higher is better), "<X", "≤ X", "Maksimal X" (lower is better)."""
    cmp = t.comparator or ">="
    bound = _score(run, t)
    if t.code:  # "Minimal BB": a grade, or a bare score
        plain = r.kind == "number" and r.unit_key is None
        x = _score(run, r) if r.kind == "grade" else r.number if plain else None
    else:
        x = r.number if r.kind == "number" else None
        if x is not None and (bad := _units_differ(run, t, r)) is not None:
            return bad
    if x is None or bound is None:
        return _incomparable(run, t, r)
    higher = cmp in (">", ">=")
    met = {">": x > bound, ">=": x >= bound, "<": x < bound, "<=": x <= bound}[cmp]
    shown = _CMP_SHOWN[cmp]
    if (run.polarity == "negatif") == higher:
        direction = ("tinggi", "higher") if higher else ("rendah", "lower")
        run.note(_msg("direction", c=shown, d=direction[0], e=direction[1]))
    run.inputs["met"] = met
    polarity = "positif" if higher else "negatif"
    what = _msg("threshold", c=shown)
    return run.ratio("ambang", x, bound, what=what, met=met, polarity=polarity)


def _scored(run: _Run, t: Value, r: Value) -> Achievement:
    """Grades (SAKIP) or opinions (BPK): their scores, then the numeric rule."""
    kinds = {t.kind, r.kind}
    plain = all(v.kind != "number" or v.unit_key is None for v in (t, r))
    if kinds not in ({"grade"}, {"opinion"}, {"grade", "number"}) or not plain:
        return _incomparable(run, t, r)
    ts, rs = _score(run, t), _score(run, r)
    if ts is None or rs is None:
        code = (t.code if ts is None else r.code) or "?"
        return run.none("unknown_code", _msg("no_score", c=code))
    if "number" in kinds:
        run.note(_MSG["number_as_score"])
    what, rname = _msg("score_of", c=t.code or "target"), _msg("score_of", c=r.code or "realisasi")
    method = "opini" if "opinion" in kinds else "predikat"
    return run.ratio(method, rs, ts, what=what, rname=rname)


def _number(run: _Run, t: Value, r: Value) -> Achievement:
    assert t.number is not None and r.number is not None
    if (bad := _units_differ(run, t, r)) is not None:
        return bad
    return run.ratio(run.polarity, r.number, t.number)


def _pairs(run: _Run, t: Value, r: Value) -> list[tuple[Value, Value | None]] | None:
    """Target components with their realisasi: by unit, or by position when none has a unit."""
    tparts, rparts = t.components or (t,), r.components or (r,)
    tkeys, rkeys = [_unit(run, p) for p in tparts], [_unit(run, p) for p in rparts]
    if not any(tkeys) and not any(rkeys) and len(tparts) == len(rparts):
        return list(zip(tparts, rparts, strict=True))
    if not (all(tkeys) and all(rkeys) and len(set(tkeys)) == len(tkeys)):
        return None
    found = dict(zip(rkeys, rparts, strict=True))
    for extra in [p for p, k in zip(rparts, rkeys, strict=True) if k not in tkeys]:
        run.note(_msg("extra_part", u=extra.raw))
    return [(p, found.get(k)) for p, k in zip(tparts, tkeys, strict=True)]


def _composite(run: _Run, t: Value, r: Value) -> Achievement:
    """One capaian per component; the indicator's capaian is the lowest component's."""
    pairs = _pairs(run, t, r) if {t.kind, r.kind} <= {"composite", "number"} else None
    if pairs is None:
        return _incomparable(run, t, r)
    comps: list[Achievement] = []
    for tp, rp in pairs:
        sub = _Run(run.polarity, run.scales, {"target": tp.raw, "realisasi": rp and rp.raw})
        if rp is None:
            comps.append(sub.none("realisasi_missing", _msg("missing_part", u=tp.raw)))
        else:
            comps.append(_number(sub, tp, rp))
    for c in comps:
        if c.value is None:
            reason = _msg(
                "part", u=str(c.inputs["target"]), ri=c.reason or "", re=c.reason_en or ""
            )
            return run.none("component", reason, tuple(comps))
    lowest = min(comps, key=lambda c: c.value or HUNDRED)
    assert lowest.value is not None
    shown = "; ".join(format_id(c.rounded or HUNDRED) for c in comps)
    how = _msg("lowest", n=str(len(comps)), c=str(lowest.inputs["realisasi"]))
    return run.done(lowest.value, "komposit", f"min({shown})", how, components=tuple(comps))


def _measure(run: _Run, t: Value, r: Value) -> Achievement:
    if t.kind == "missing":
        return run.none("target_missing", _MSG["target_missing"])
    if r.kind == "missing":
        return run.none("realisasi_missing", _MSG["realisasi_missing"])
    if "composite" in (t.kind, r.kind):
        return _composite(run, t, r)
    if t.kind == "range":
        return _range(run, t, r)
    if t.kind == "threshold":
        return _threshold(run, t, r)
    if {t.kind, r.kind} & {"grade", "opinion"}:
        return _scored(run, t, r)
    if t.kind == r.kind == "number":
        return _number(run, t, r)
    return _incomparable(run, t, r)


def compute(
    target: str | None,
    realisasi: str | None,
    polarity: Polarity = "positif",
    scales: Scales = DEFAULT_SCALES,
) -> Achievement:
    """Capaian of ``realisasi`` against ``target`` (both as printed). Never raises, never 0 for a
    missing value: a value that cannot be read or compared gives ``value=None`` and a ``reason``."""
    run = _Run(polarity, scales, {"target": target, "realisasi": realisasi, "polarity": polarity})
    values: list[Value] = []
    for name, raw in (("target", target), ("realisasi", realisasi)):
        try:
            values.append(run.take(parse_value(raw)))
        except ParseError as exc:
            reason = (f"{name}: {exc.message}".rstrip("."), f"{name}: {exc.message_en}".rstrip("."))
            return run.none("parse_error", reason)
    t, r = values
    run.inputs |= {"target": t.to_dict(), "realisasi": r.to_dict()}
    try:
        return _measure(run, t, r)
    except (DecimalException, ArithmeticError) as exc:  # pragma: no cover - defensive
        return run.none("arithmetic", (f"perhitungan gagal ({exc})", f"calculation failed ({exc})"))
