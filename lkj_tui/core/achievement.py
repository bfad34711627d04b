"""One capaian (:class:`Achievement`) and the builder that makes it: rounded half up, rated from the
rounded value and explained in both languages (docs/capaian.md, sections 3, 4 and 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, localcontext
from typing import Any, Literal

from lkj_tui.core.messages import MESSAGES, Pair, msg
from lkj_tui.core.numbers import format_exact, format_id
from lkj_tui.core.scales import RATING_LABELS_EN, Scales
from lkj_tui.core.values import Value

__all__ = ["CENT", "HUNDRED", "Achievement", "Polarity", "Run"]

Polarity = Literal["positif", "negatif"]

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
_CONTEXT = Context(prec=40)


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


class Run:
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
            self.note(msg("rounded", v=shown, m="…" if shown != value else "", r=rounded))
        under = (not met) if met is not None else rounded < HUNDRED
        rating = self.scales.rate(rounded)
        status = MESSAGES[
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
            return self.none(code, msg("divisor", t=t, **names))
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
                    self.note(MESSAGES["floored"])
        return self.done(value, method, expr, msg(polarity, r=r, t=t, **names), met=kw.get("met"))
