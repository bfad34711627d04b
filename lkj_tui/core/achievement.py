"""One capaian (:class:`Achievement`) and the builder that makes it: rounded half up, rated from the
rounded value and explained in both languages (docs/capaian.md, sections 3, 4 and 6)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field, fields
from decimal import ROUND_DOWN, Context, Decimal, localcontext
from typing import Any, Literal

from lkj_tui.core.messages import MESSAGES, Msg, Text, lazy, msg, pair_of
from lkj_tui.core.numbers import format_exact, format_id, quantize
from lkj_tui.core.record import FACTORY, record
from lkj_tui.core.scales import Scales
from lkj_tui.core.values import Value

__all__ = ["CENT", "HUNDRED", "LIMIT", "Achievement", "Polarity", "Run"]

#: positif: higher is better; negatif: lower is better; stabil: on the target (or inside its band)
#: is best, away from it on either side is worse (docs/capaian.md).
Polarity = Literal["positif", "negatif", "stabil"]

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ZERO = Decimal(0)
#: No capaian is larger than this (%): beyond it the inputs are a typo, not an achievement.
LIMIT = Decimal(10) ** 12
_MICRO = Decimal("1e-6")
_CONTEXT = Context(prec=40)


@record
class Achievement:
    """One capaian with everything needed to explain it.

    The engine (:class:`Run`) leaves the sentences (``formula``, ``notes``, ``reason`` and
    ``explanation_*``, in both languages) and the ``inputs`` as dicts unwritten: each is written
    from its parts when it is first read, and kept. An evaluation of a whole report reads few of
    them (``status`` none).
    """

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

    def __init__(
        self,
        value: Decimal | None,
        rounded: Decimal | None,
        rating: str | None,
        under_target: bool | None,
        met: bool | None,
        method: str,
        formula: str,
        inputs: Mapping[str, object] = FACTORY,
        notes: tuple[str, ...] = (),
        reason: str | None = None,
        components: tuple[Achievement, ...] = (),
        notes_en: tuple[str, ...] = (),
        reason_en: str | None = None,
        reason_code: str | None = None,
        explanation_id: str = "",
        explanation_en: str = "",
    ) -> None:
        vars(self).update(
            value=value,
            rounded=rounded,
            rating=rating,
            under_target=under_target,
            met=met,
            method=method,
            formula=formula,
            inputs={} if inputs is FACTORY else inputs,
            notes=notes,
            reason=reason,
            components=components,
            notes_en=notes_en,
            reason_en=reason_en,
            reason_code=reason_code,
            explanation_id=explanation_id,
            explanation_en=explanation_en,
        )

    @classmethod
    def _unwritten(cls, sentences: _Sentences, **fields: Any) -> Achievement:
        """An Achievement whose sentences are written from ``sentences`` when first read."""
        self = object.__new__(cls)
        vars(self).update(fields, _sentences=sentences)
        return self

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


class _Sentences:
    """What an Achievement's sentences are written from: the notes, and either the reason there is
    no capaian or the formula's expression, the "how" sentence and the status."""

    __slots__ = (
        "arrow",
        "derived",
        "expr",
        "how",
        "inputs",
        "label_en",
        "notes",
        "parsed",
        "reason",
        "status",
    )

    def __init__(
        self,
        run: Run,
        notes: tuple[Text, ...],
        reason: Text | None = None,
        expr: Callable[[], str] | None = None,
        how: Text | None = None,
        status: str = "",
        arrow: bool = False,
        derived: Text | None = None,
        label_en: Callable[[str], str] | None = None,
    ) -> None:
        self.notes, self.reason, self.expr, self.how = notes, reason, expr, how
        self.status, self.arrow, self.derived, self.label_en = status, arrow, derived, label_en
        self.inputs, self.parsed = run.inputs, run.parsed

    def _derived(self, lang: int) -> str:
        """The sentence saying the realisasi was derived from the triwulan, or nothing."""
        return "" if self.derived is None else f" {pair_of(self.derived)[lang]}."

    def write(self, ach: Achievement, name: str) -> object:
        if name == "inputs":  # the parsed values as JSON-able dicts, made when first read
            if self.parsed is None:
                return self.inputs
            t, r = self.parsed
            return self.inputs | {"target": t.to_dict(), "realisasi": r.to_dict()}
        if name in ("notes", "notes_en"):
            lang = 1 if name == "notes_en" else 0
            return tuple(pair_of(note)[lang] for note in self.notes)
        if self.reason is not None:  # no capaian
            reason = pair_of(self.reason)
            return {
                "formula": "—",
                "reason": reason[0],
                "reason_en": reason[1],
                "explanation_id": f"Capaian tidak dihitung: {reason[0]}.{self._derived(0)}",
                "explanation_en": f"No achievement: {reason[1]}.{self._derived(1)}",
            }[name]
        if name in ("reason", "reason_en"):
            return None
        assert self.expr is not None and self.how is not None and ach.rounded is not None
        shown = format_id(ach.rounded)
        if name == "formula":
            return f"{self.expr()} {'→' if self.arrow else '='} {shown}"
        how, status, rating = pair_of(self.how), MESSAGES[self.status], ach.rating
        if name == "explanation_id":
            return f"Capaian {shown} %: {how[0]}.{self._derived(0)} Kategori {rating}, {status[0]}."
        assert self.label_en is not None and rating is not None
        label_en = self.label_en(rating)
        return (
            f"Achievement {shown} %: {how[1]}.{self._derived(1)} "
            f"Rating {rating} ({label_en}), {status[1]}."
        )


class _Sentence:
    """A sentence field of an engine-made Achievement: written from its ``_Sentences`` when first
    read, then kept in the instance (which hides this descriptor from then on)."""

    __slots__ = ("default", "name")

    def __init__(self, name: str, default: object) -> None:
        self.name, self.default = name, default

    def __get__(self, obj: Achievement | None, owner: type | None = None) -> Any:
        if obj is None:
            return self.default
        text = obj.__dict__["_sentences"].write(obj, self.name)
        obj.__dict__[self.name] = text
        return text


_SENTENCES = (
    "inputs",
    "formula",
    "notes",
    "notes_en",
    "reason",
    "reason_en",
    "explanation_id",
    "explanation_en",
)
for _field in fields(Achievement):
    if _field.name in _SENTENCES:
        setattr(Achievement, _field.name, _Sentence(_field.name, _field.default))


def _formula(key: str, r: Decimal, t: Decimal, floored: bool) -> str:
    """The left side of a ratio's formula: "2,85 / 3,22 × 100", "(2 × 10 − 8) / 10 × 100"…"""
    rs, ts = format_exact(r), format_exact(t)
    text = {
        "positif": f"{rs} / {ts} × 100",
        "negatif": f"(2 × {ts} − {rs}) / {ts} × 100",
        "negatif_tr": f"{ts} / {rs} × 100",
        "stabil": f"(1 − |{rs} − {ts}| / {ts}) × 100",
    }[key]
    return f"max(0; {text})" if floored else text


def _capped(cap: Decimal, inner: Callable[[], str]) -> Callable[[], str]:
    """The formula's left side with the scales' cap around it: "min(120; 150 / 100 × 100)"."""
    return lambda: f"min({format_exact(cap)}; {inner()})"


class Run:
    """One computation: polarity, scales, inputs and the notes collected on the way."""

    def __init__(
        self,
        polarity: Polarity,
        scales: Scales,
        inputs: dict[str, object],
        derived: Text | None = None,
    ) -> None:
        self.polarity, self.scales, self.inputs = polarity, scales, inputs
        self.notes: list[Text] = []
        self.derived = derived  # the realisasi was derived from the triwulan: how
        self.parsed: tuple[Value, Value] | None = None  # target and realisasi, once both are read

    def note(self, note: Text) -> None:
        """Keep ``note`` unless the same note is kept already. A :class:`Msg` is compared with the
        notes of its own key only (written then); no message of the engine can read like a parser's
        note or like another message's (their opening words differ)."""
        if isinstance(note, Msg):
            if any(
                isinstance(n, Msg) and n.key == note.key and n.pair == note.pair for n in self.notes
            ):
                return
        elif note in self.notes:
            return
        self.notes.append(note)

    def take(self, value: Value) -> Value:
        """Keep the parser's notes of ``value`` (a guessed dot, a '+' read as '±'…)."""
        if value.notes:
            for pair in zip(value.notes, value.notes_en, strict=True):
                self.note(pair)
        return value

    def none(self, code: str, reason: Text, comps: tuple[Achievement, ...] = ()) -> Achievement:
        """No capaian, with the reason (never 0)."""
        return Achievement._unwritten(
            _Sentences(self, tuple(self.notes), reason=reason, derived=self.derived),
            value=None,
            rounded=None,
            rating=None,
            under_target=None,
            met=None,
            method="tidak_terukur",
            components=comps,
            reason_code=code,
        )

    def done(
        self,
        value: Decimal,
        method: str,
        expr: str | Callable[[], str],
        how: Text,
        *,
        met: bool | None = None,
        components: tuple[Achievement, ...] = (),
        arrow: bool = False,
    ) -> Achievement:
        """A capaian: rounded half up, rated from the rounded value, explained. ``expr``: the
        formula's left side (or a function writing it); ``met``: thresholds (under target = not
        met); ``arrow``: the formula says "→", not "="."""
        if abs(value) > LIMIT:  # (a typo such as 1.000.000.000 for 1,0: refused, never inf)
            return self.none("out_of_range", MESSAGES["out_of_range"])
        written: Callable[[], str] = (lambda: expr) if isinstance(expr, str) else expr
        cap = self.scales.cap
        if cap is not None and value > cap:
            self.note(lazy("capped", c=cap, v=quantize(value, CENT)))
            value, written = cap, _capped(cap, written)

        rounded = quantize(value, CENT)
        if rounded != value:
            shown = quantize(value, _MICRO, ROUND_DOWN)
            self.note(lazy("rounded", v=shown, m="…" if shown != value else "", r=rounded))
        under = (not met) if met is not None else rounded < HUNDRED
        status = ("met" if met else "not_met") if met is not None else "under" if under else "on"
        return Achievement._unwritten(
            _Sentences(
                self,
                tuple(self.notes),
                expr=written,
                how=how,
                status=status,
                arrow=arrow,
                derived=self.derived,
                label_en=self.scales.label_en,
            ),
            value=value,
            rounded=rounded,
            rating=self.scales.rate(rounded),
            under_target=under,
            met=not under,
            method=method,
            components=components,
            reason_code=None,
        )

    def ratio(
        self,
        method: str,
        r: Decimal,
        t: Decimal,
        *,
        what: Text = ("target", "target"),
        rname: Text = ("realisasi", "realisasi"),
        polarity: str | None = None,
        met: bool | None = None,
    ) -> Achievement:
        """Realisasi ``r`` against ``t`` by the polarity's formula. ``what``/``rname``: texts naming
        ``t`` and ``r``; ``polarity`` overrides the run's; ``met``: see :meth:`done`.

        - positif: R / T × 100; target 0 gives no capaian;
        - negatif: (2T − R) / T × 100 floored at 0, or T / R × 100 (the scales' ``negative_formula``);
          target 0: R ≤ 0 → 100, R > 0 → 0;
        - stabil: R = T → 100, else max(0; (1 − |R − T| / T) × 100); target 0: R = 0 → 100, else 0.
        """

        def names() -> dict[str, str]:
            (wi, we), (ri, re_) = pair_of(what), pair_of(rname)
            return {"wi": wi, "we": we, "ri": ri, "re": re_}

        if polarity is None:
            polarity = self.polarity
        if t < 0:
            return self.none(
                "target_negative", Msg("divisor", lambda: msg("divisor", t=t, **names()))
            )
        if t == 0:
            return self._zero_target(method, r, t, polarity, names, met)
        floored = False
        with localcontext(_CONTEXT):
            if polarity == "positif":
                key, value = "positif", r * HUNDRED / t
            elif polarity == "stabil":
                if r == t:
                    how = Msg("stabil_on", lambda: msg("stabil_on", r=r, t=t, **names()))
                    expr = f"{format_exact(r)} = {format_exact(t)}"
                    return self.done(HUNDRED, method, expr, how, arrow=True, met=met)
                raw = (1 - abs(r - t) / t) * HUNDRED
                key, value, floored = "stabil", max(raw, ZERO), raw < 0
            elif self.scales.negative_formula == "T/R":
                if r <= 0:
                    return self._zero_realisasi(method, r, t, names, met)
                key, value = "negatif_tr", t * HUNDRED / r
            else:
                raw = (2 * t - r) * HUNDRED / t
                key, value, floored = "negatif", max(raw, ZERO), raw < 0
        if floored:
            self.note(MESSAGES["floored"])
        how = Msg(key, lambda: msg(key, r=r, t=t, **names()))
        return self.done(value, method, lambda: _formula(key, r, t, floored), how, met=met)

    def _zero_target(
        self,
        method: str,
        r: Decimal,
        t: Decimal,
        polarity: str,
        names: Callable[[], dict[str, str]],
        met: bool | None,
    ) -> Achievement:
        """Target 0. Positif: no capaian. Negatif: R ≤ 0 → 100 (met), R > 0 → 0. Stabil: R = 0 →
        100, else 0."""
        if polarity == "positif":
            return self.none(
                "target_zero", Msg("zero_positif", lambda: msg("zero_positif", t=t, **names()))
            )
        ok = r <= 0 if polarity == "negatif" else r == 0
        key = "zero_met" if ok else "zero_missed"
        how = Msg(key, lambda: msg(key, r=r, **names()))
        sign = (
            ("≤" if polarity == "negatif" else "=")
            if ok
            else ("≠" if polarity == "stabil" else ">")
        )
        value = HUNDRED if ok else ZERO
        return self.done(
            value, method, lambda: f"{format_exact(r)} {sign} 0", how, arrow=True, met=met
        )

    def _zero_realisasi(
        self,
        method: str,
        r: Decimal,
        t: Decimal,
        names: Callable[[], dict[str, str]],
        met: bool | None,
    ) -> Achievement:
        """T / R with R ≤ 0: the cap when the scales have one (nothing is better), else none."""
        cap = self.scales.cap
        if cap is None:
            return self.none(
                "realisasi_zero",
                Msg("realisasi_zero", lambda: msg("realisasi_zero", r=r, **names())),
            )
        how = Msg("tr_capped", lambda: msg("tr_capped", r=r, t=t, c=cap, **names()))
        expr = f"{format_exact(t)} / {format_exact(r)}"
        return self.done(cap, method, expr, how, met=met, arrow=True)
