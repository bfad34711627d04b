"""The capaian rule of each kind of value (docs/capaian.md, section 3): numbers, ranges, thresholds,
grades and opinions, composites and identical text. :func:`measure` picks the rule."""

from __future__ import annotations

import re
from decimal import Decimal, localcontext
from functools import partial

from lkj_tui.core.achievement import _CONTEXT, HUNDRED, ZERO, Achievement, Run
from lkj_tui.core.messages import KINDS, MESSAGES, Pair, lazy, msg, quoted_msg
from lkj_tui.core.numbers import format_exact, format_id
from lkj_tui.core.values import Value

__all__ = ["measure"]

_CMP_SHOWN = {">": ">", ">=": "≥", "<": "<", "<=": "≤"}
#: The comparison a realisasi that misses a threshold makes with its bound.
_NOT_CMP = {">": "≤", ">=": "<", "<": "≥", "<=": ">"}
_PLUS_MINUS = r"±|\+"  # a range printed as "3 ± 1", "3 +/- 1" or "3+1" (for a note)
_SCORED = ("grade", "opinion")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _incomparable(run: Run, t: Value, r: Value) -> Achievement:
    """Identical text (after spaces and case) is 100; anything else has no capaian."""
    if _flat(t.raw).casefold() == _flat(r.raw).casefold():

        def same() -> tuple[str, Pair]:  # (each value whole up to 40 characters, else its length)
            from lkj_tui.core.longvalue import quoted

            shown = f"“{quoted(_flat(t.raw), 'id')}” = “{quoted(_flat(r.raw), 'id')}”"
            return shown, MESSAGES["same"]

        return run.done(HUNDRED, "teks_sama", same, arrow=True)

    def reason() -> Pair:
        from lkj_tui.core.longvalue import quoted

        (tki, tke), (rki, rke) = KINDS[t.kind], KINDS[r.kind]
        kinds = {"tki": tki, "tke": tke, "rki": rki, "rke": rke}
        said = [
            msg("incomparable", t=quoted(_flat(t.raw), lang), r=quoted(_flat(r.raw), lang), **kinds)
            for lang in ("id", "en")
        ]
        return said[0][0], said[1][1]

    return run.none("incomparable", reason)


def _between(lo: Decimal, x: Decimal, hi: Decimal) -> str:
    return f"{format_exact(lo)} ≤ {format_exact(x)} ≤ {format_exact(hi)}"


def _unit(run: Run, v: Value) -> str | None:
    """The unit ``v`` is matched by, after the alias table (a guess, noted)."""
    key = v.unit_key
    alias = run.scales.unit_alias(key) if key and key != "%" else None
    if alias is not None and v.unit:
        run.quote("alias", u=v.unit, a=alias)
        return alias
    return key


def _units_differ(run: Run, t: Value, r: Value) -> Achievement | None:
    """None when the units agree (or one side has none); else the "no capaian" result."""
    if t.unit_key == r.unit_key and not run.detail:
        return None  # the same unit, or none: they agree after the alias table too (no notes)
    tk, rk = _unit(run, t), _unit(run, r)
    if tk == rk or tk is None or rk is None:
        if tk != rk and (t.unit or r.unit):
            run.quote("one_unit", u=t.unit or r.unit or "")
        return None
    units = partial(quoted_msg, "units", t=t.unit or "%", r=r.unit or "%")
    return run.none("unit_mismatch", units)


def _fraction(run: Run, t: Value, r: Value) -> None:
    """A doubt when one side is a percent above 1 and the other a bare number in (0, 1]: "0,9"
    against "90 %" is probably the same figure written as a fraction. Else, a "%" on one side
    only ("3,22" against "90%": 2.795 %) is said with how it was read, both figures bare."""
    if not run.detail:
        return
    for frac, pct in ((r, t), (t, r)):
        x, p = frac.number, pct.number
        if x is None or p is None or not pct.percent or frac.percent or frac.unit_key:
            continue
        if 0 < x <= 1 < p:
            with localcontext(_CONTEXT):
                as_pct = (x * HUNDRED).normalize()
            run.quote("fraction", x=x, p=as_pct)
            return
        side = "target" if pct is t else "realisasi"
        run.quote("one_percent", w=side, v=_flat(pct.raw), n=p, o=x)
        return


def _score(run: Run, v: Value) -> Decimal | None:
    """A grade's printed score, else the lower bound of its band; an opinion's ordinal score."""
    if v.number is not None or v.code is None:
        return v.number
    opinion = v.kind == "opinion"
    score = (run.scales.opinion_score if opinion else run.scales.grade_score)(v.code)
    if score is not None:
        run.note("opinion" if opinion else "grade", c=v.code, s=score)
    return score


def _range(run: Run, t: Value, r: Value) -> Achievement:
    lo, hi = t.low, t.high
    assert lo is not None and hi is not None
    if r.kind == "range" and r.low is not None and r.high is not None:
        if not (lo <= r.low and r.high <= hi):
            return _incomparable(run, t, r)
        run.note("range_in_range")

        def inside() -> tuple[str, Pair]:  # (each value whole up to 40 characters)
            from lkj_tui.core.longvalue import quoted

            shown = f"{quoted(_flat(r.raw), 'id')} ⊆ {quoted(_flat(t.raw), 'id')}"
            return shown, quoted_msg("how_range_in_range", lo=lo, hi=hi)

        return run.done(HUNDRED, "rentang", inside, arrow=True)
    if r.kind != "number" or r.number is None:
        return _incomparable(run, t, r)
    if (bad := _units_differ(run, t, r)) is not None:
        return bad
    x = r.number
    if run.polarity != "stabil" and run.detail and re.search(_PLUS_MINUS, t.raw):
        from lkj_tui.core.i18n import tr  # (English: the polarity's English words)

        run.note("pm_polarity", p=run.polarity, pe=tr(run.polarity, "en"))
    if lo <= x <= hi:
        return run.done(
            HUNDRED,
            "rentang",
            lambda: (_between(lo, x, hi), quoted_msg("how_in_range", x=x, lo=lo, hi=hi)),
            arrow=True,
        )
    if run.polarity == "stabil":
        return _outside_band(run, lo, x, hi)
    if x > hi:
        return run.ratio("rentang", x, hi, what=MESSAGES["upper"])
    return run.ratio("rentang", x, lo, what=MESSAGES["lower"])


def _outside_band(run: Run, lo: Decimal, x: Decimal, hi: Decimal) -> Achievement:
    """Stabil, outside the band: max(0; (1 − d / b) × 100), ``d`` the distance to the nearest
    bound ``b`` (its size when negative); a nearest bound of 0 gives 0."""
    b = hi if x > hi else lo
    with localcontext(_CONTEXT):
        d = abs(x - b)
        if b == 0:
            run.note("stabil_zero_bound")
            value, floored = ZERO, False
        else:
            raw = (1 - d / abs(b)) * HUNDRED
            value, floored = max(raw, ZERO), raw < 0
    if floored:
        run.note("floored")

    def words() -> tuple[str, Pair]:
        how = quoted_msg("stabil_band", x=x, lo=lo, hi=hi, d=d, b=abs(b))
        if b == 0:
            return f"{format_exact(x)} ∉ [{format_exact(lo)}; {format_exact(hi)}], batas 0", how
        shown = f"(1 − |{format_exact(x)} − {format_exact(b)}| / {format_exact(abs(b))}) × 100"
        return (f"max(0; {shown})" if floored else shown), how

    return run.done(value, "rentang", words)


def _threshold(run: Run, t: Value, r: Value) -> Achievement:
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
    # a grade's threshold is explained in grades, the score each stands for beside it ("BB (70)",
    # the form "A (86,45)" of a grade with its printed score), not in bare scores (vals14)
    names = (_graded(r, x), _graded(t, bound)) if t.code else (None, None)
    if not t.code:
        _fraction(run, t, r)
    higher = cmp in (">", ">=")
    met = {">": x > bound, ">=": x >= bound, "<": x < bound, "<=": x <= bound}[cmp]
    shown = _CMP_SHOWN[cmp]
    if run.polarity != ("positif" if higher else "negatif"):
        direction = ("tinggi", "higher") if higher else ("rendah", "lower")
        run.note("direction", c=shown, d=direction[0], e=direction[1])
    if run.detail:
        run.inputs["met"] = met
    polarity = "positif" if higher else "negatif"
    if higher and bound == 0:  # "> 0", "≥ 0": nothing to divide by; met or not is the answer
        said = shown if met else {">": "≤", "≥": "<"}[shown]
        reason = lazy(
            "zero_threshold", wi=f"ambang {shown}", we=f"threshold {shown}", t=names[1] or bound
        )
        return run.verdict(
            met, "ambang", "threshold_zero", reason, lambda: f"{format_exact(x)} {said} 0"
        )
    what = lazy("threshold", c=shown)
    kept = len(run.notes)
    ach = run.ratio("ambang", x, bound, what=what, met=met, polarity=polarity, names=names)
    if met or ach.rounded is None or ach.rounded < HUNDRED:
        return ach
    # not met, yet 100 % or more ("3,51" against "> 3,51", or 3,5099 against "≥ 3,51" rounded
    # up): a percent that reads as met next to "tidak tercapai". Only the verdict is said.
    del run.notes[kept:]  # (the rounding of a percent no longer shown)
    said = _NOT_CMP[cmp]
    reason = lazy(
        "threshold_bound",
        wi=f"ambang {shown}",
        we=f"threshold {shown}",
        t=names[1] or bound,
        r=names[0] or x,
    )
    return run.verdict(
        False,
        "ambang",
        "threshold_bound",
        reason,
        lambda: f"{format_exact(x)} {said} {format_exact(bound)}",
    )


def _graded(v: Value, score: Decimal) -> str | None:
    """A grade as the user wrote it with the ``score`` it stands for ("BB (70)", "A (86,45)");
    None for a number (its own words)."""
    return f"{v.code} ({format_exact(score)})" if v.code else None


def _band(run: Run, v: Value) -> tuple[Decimal, Decimal] | None:
    """The scales' band of a grade printed with a score its band does not hold ("A (3,49)":
    an index's points; "B (75,78)": BB's score, or a typo), both ends in; None for any other
    value."""
    if v.kind != "grade" or v.code is None or v.number is None:
        return None
    low = run.scales.grade_score(v.code)
    if low is None:
        return None
    high = min((s for _, s in run.scales.grades if s > low), default=max(HUNDRED, low))
    return None if low <= v.number <= high else (low, high)


def _scored(run: Run, t: Value, r: Value) -> Achievement:
    """Grades (SAKIP) or opinions (BPK): their scores, then the numeric rule. A grade's printed
    score outside its band is of another scale: not comparable (vals47: "A (3,49)" against B's
    60 was 1.719,20 %)."""
    kinds = {t.kind, r.kind}
    plain = all(v.kind != "number" or v.unit_key is None for v in (t, r))
    if kinds not in ({"grade"}, {"opinion"}, {"grade", "number"}) or not plain:
        return _incomparable(run, t, r)
    for v in (t, r):
        if (band := _band(run, v)) is not None:
            assert v.code is not None and v.number is not None
            why = partial(quoted_msg, "out_of_band", c=v.code, s=v.number, lo=band[0], hi=band[1])
            return run.none("score_out_of_band", why)
    ts, rs = _score(run, t), _score(run, r)
    if ts is None or rs is None:
        code = (t.code if ts is None else r.code) or "?"
        return run.none("unknown_code", lazy("no_score", c=code))
    if "number" in kinds:
        run.note("number_as_score")
    what, rname = lazy("score_of", c=t.code or "target"), lazy("score_of", c=r.code or "realisasi")
    method = "opini" if "opinion" in kinds else "predikat"
    return run.ratio(method, rs, ts, what=what, rname=rname)


def _number(run: Run, t: Value, r: Value) -> Achievement:
    assert t.number is not None and r.number is not None
    if (bad := _units_differ(run, t, r)) is not None:
        return bad
    _fraction(run, t, r)
    return run.ratio(run.polarity, r.number, t.number)


def _pairs(run: Run, t: Value, r: Value) -> list[tuple[Value, Value | None]] | None:
    """Target components with their realisasi: by unit, or by position when none has a unit."""
    tparts, rparts = t.components or (t,), r.components or (r,)
    tkeys, rkeys = [_unit(run, p) for p in tparts], [_unit(run, p) for p in rparts]
    if not any(tkeys) and not any(rkeys) and len(tparts) == len(rparts):
        return list(zip(tparts, rparts, strict=True))
    if not (all(tkeys) and all(rkeys) and len(set(tkeys)) == len(tkeys)):
        return None
    found = dict(zip(rkeys, rparts, strict=True))
    for extra in [p for p, k in zip(rparts, rkeys, strict=True) if k not in tkeys]:
        run.quote("extra_part", u=extra.raw)
    return [(p, found.get(k)) for p, k in zip(tparts, tkeys, strict=True)]


def _lowest(comps: list[Achievement]) -> str:
    shown = (format_id(c.rounded) for c in comps if c.rounded is not None)
    return f"min({'; '.join(shown)})"


def _part_reason(part: Achievement, target: str) -> Pair:
    """Why a composite has no capaian: its component ``part`` (of ``target``) has none."""
    why = {"ri": part.reason or "", "re": part.reason_en or ""}  # (sentences: whole)
    return quoted_msg("part", why, u=target)


def _part_formula(part: Achievement, target: str) -> str:
    """A composite's formula from its component ``part``'s verdict: "10 Dok: -1 < 0"."""
    return f"{target}: {part.formula}"


def _composite(run: Run, t: Value, r: Value) -> Achievement:
    """One capaian per component; the indicator's capaian is the lowest component's."""
    pairs = _pairs(run, t, r) if {t.kind, r.kind} <= {"composite", "number"} else None
    if pairs is None:
        return _incomparable(run, t, r)
    comps: list[Achievement] = []
    for i, (tp, rp) in enumerate(pairs):
        sub = run.sub(i, {"target": tp.raw, "realisasi": rp and rp.raw})
        if rp is None:
            comps.append(sub.none("realisasi_missing", lazy("missing_part", u=tp.raw)))
        else:
            comps.append(_number(sub, tp, rp))
    # (a component's cells from the pairs: its inputs are a sentence, written when first read)
    for c, (tp, _) in zip(comps, pairs, strict=True):
        if c.value is None and c.met is None:
            return run.none("component", partial(_part_reason, c, tp.raw), tuple(comps))
    # a verdict (a negative realisasi: not met when higher is better, met when lower is): one
    # not met is the indicator's; one met leaves the lowest capaian of the others to decide, and
    # when every component is a verdict, met
    verdicts = [i for i, c in enumerate(comps) if c.value is None]
    measured = [i for i, c in enumerate(comps) if c.value is not None]
    decides = next((i for i in verdicts if not comps[i].met), None)
    if decides is not None or not measured:
        at = verdicts[0] if decides is None else decides
        c, raw = comps[at], pairs[at][0].raw
        reason, formula = partial(_part_reason, c, raw), partial(_part_formula, c, raw)
        return run.verdict(bool(c.met), "komposit", "component", reason, formula, tuple(comps))
    at = min(measured, key=lambda i: comps[i].value or ZERO)  # (0 is lowest)
    lowest, shown = comps[at], pairs[at][1]
    assert lowest.value is not None and shown is not None

    def words() -> tuple[str, Pair]:  # (the formula is a detail: its left side written then)
        how = quoted_msg("lowest", n=str(len(comps)), c=str(shown.raw))
        return _lowest(comps) if run.detail else "", how

    return run.done(lowest.value, "komposit", words, components=tuple(comps))


def measure(run: Run, t: Value, r: Value) -> Achievement:
    """The capaian of ``r`` against ``t`` by the rule of their kinds (both already parsed)."""
    if t.kind == "missing":
        return run.none("target_missing", MESSAGES["target_missing"])
    if r.kind == "missing":
        return run.none("realisasi_missing", MESSAGES["realisasi_missing"])
    if "composite" in (t.kind, r.kind):
        return _composite(run, t, r)
    if t.kind == "range":
        return _range(run, t, r)
    if t.kind == "threshold":
        return _threshold(run, t, r)
    if t.kind in _SCORED or r.kind in _SCORED:
        return _scored(run, t, r)
    if t.kind == r.kind == "number":
        return _number(run, t, r)
    return _incomparable(run, t, r)
