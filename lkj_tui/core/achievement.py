"""One capaian (:class:`Achievement`) and the builder that makes it: rounded half up, rated from the
rounded value and explained in both languages (docs/capaian.md, sections 3, 4 and 6)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import field
from decimal import ROUND_DOWN, Context, Decimal
from functools import partial
from typing import Any, Literal

from lkj_tui.core.messages import MESSAGES, Pair, Text, msg, pair_of, quoted_msg
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


@record(slots=True, private=("_again",))
class Achievement:
    """One capaian with everything needed to explain it.

    The engine (:class:`Run`) leaves the sentences (``formula``, ``notes``, ``reason`` and
    ``explanation_*``, in both languages) and the ``inputs`` as dicts unwritten: their slots are
    empty until one is first read (:meth:`__getattr__`), then written and kept. An evaluation of
    a whole report reads few of them (``status`` none). Its private slot ``_again``: the
    function making the same capaian with its sentences (None once every one is written).
    Slotted: the 100,000-measure report's 45,000 capaian held 14 MB in their dicts (mem61).
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
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.value = value
        this.rounded = rounded
        this.rating = rating
        this.under_target = under_target
        this.met = met
        this.method = method
        this.formula = formula
        this.inputs = {} if inputs is FACTORY else inputs
        this.notes = notes
        this.reason = reason
        this.components = components
        this.notes_en = notes_en
        this.reason_en = reason_en
        this.reason_code = reason_code
        this.explanation_id = explanation_id
        this.explanation_en = explanation_en
        this._again = None
        this.__class__ = Achievement

    @classmethod
    def _unwritten(
        cls,
        again: Callable[..., Achievement],
        value: Decimal | None,
        rounded: Decimal | None,
        rating: str | None,
        under_target: bool | None,
        method: str,
        components: tuple[Achievement, ...],
        reason_code: str | None,
    ) -> Achievement:
        """An Achievement without its sentences: ``again`` makes the same capaian with them,
        when one is first read."""
        this: Any = object.__new__(cls.thawed_class)  # type: ignore[attr-defined]
        this.value = value
        this.rounded = rounded
        this.rating = rating
        this.under_target = under_target
        this.met = None if under_target is None else not under_target
        this.method = method
        this.components = components
        this.reason_code = reason_code
        this._again = again
        this.__class__ = cls
        return this  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        """A sentence (or the ``inputs``) not written yet, its slot empty (Python asks here only
        then): the engine runs again on the same inputs, explaining (:class:`Run`), and every
        sentence is kept in its slot — the explanation's four alone when one of them is read
        first (:data:`_EXPLANATION`: a run without the details, a third cheaper)."""
        if name not in _SENTENCES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        again = self._again
        if again is not None:  # (None: another thread has just written them)
            detail = name not in _EXPLANATION
            written = again(detail=detail)
            for each in _SENTENCES if detail else _EXPLANATION:
                object.__setattr__(self, each, getattr(written, each))
            if detail:
                object.__setattr__(self, "_again", None)
        return getattr(Achievement, name).__get__(self, Achievement)

    def explanation(self, lang: str = "id") -> str:
        return self.explanation_en if lang == "en" else self.explanation_id

    @property
    def verdict(self) -> bool:
        """Met or not met, without a capaian % (a threshold of 0, a negative realisasi of a
        positif indicator: docs/capaian.md, "Verdicts"): ``met`` is set, ``rounded`` is None."""
        return self.rounded is None and self.met is not None

    def format(self, lang: str = "id") -> str:
        """The rounded capaian, "88,51 %": numbers are Indonesian in every language; "n/a" for a
        verdict, "—" when there is none."""
        if self.rounded is None:
            return "—" if self.met is None else "n/a"
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
#: What a front end reads of most capaian it shows: written by a run without the details (the
#: notes, the formula and the inputs), which costs a third less.
_EXPLANATION = ("reason", "reason_en", "explanation_id", "explanation_en")


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


#: What a capaian's explanation is written from: the formula's left side ("2,85 / 3,22 × 100") and
#: the sentence saying how it was computed. A rule gives it as a function, called only when the run
#: explains (:class:`Run`).
Words = Callable[[], tuple[str, Pair]]


def _part(again: Callable[..., Achievement], index: int, detail: bool) -> Achievement:
    """Component ``index`` of the capaian ``again`` makes, with every sentence (a run without the
    details writes none of its components': :meth:`Run.sub`)."""
    del detail  # (a component's sentences are the same with the details or without)
    return again().components[index]


class Run:
    """One computation: polarity, scales, inputs and the notes collected on the way.

    A run either explains, writing every sentence of its capaian (the notes, the formula, the
    reason or the explanation, and ``inputs``) as it goes, or it does not (``again`` given): then it
    computes the numbers only, and its capaian keep ``again``, a function running the same
    computation with explaining on, for when a sentence is first read. An evaluation of a whole
    report reads few of them (``lkj-tui status`` none).
    """

    def __init__(
        self,
        polarity: Polarity,
        scales: Scales,
        again: Callable[..., Achievement] | None,
        inputs: dict[str, object] | None = None,
        derived: Text | None = None,
        detail: bool = True,
        whole: Callable[..., Achievement] | None = None,
    ) -> None:
        self.polarity, self.scales, self.again = polarity, scales, again
        self.explain = again is None
        #: explaining with the details too: the notes, the formula and the parsed inputs
        self.detail = self.explain and detail
        #: explaining without the details: a function making the same capaian with every sentence,
        #: its components' included (which this run leaves unwritten)
        self.whole = whole
        self.inputs: dict[str, object] = {} if inputs is None else inputs
        self.notes: list[Pair] = []
        #: the realisasi was derived from the triwulan: how
        self.derived = pair_of(derived) if derived is not None and self.explain else None

    def note(self, key: str, /, **args: Decimal | str) -> None:
        """Keep message ``key`` (filled with ``args``) unless the same note is kept already."""
        if self.detail:
            self.add(msg(key, **args))

    def quote(self, key: str, /, **args: Decimal | str) -> None:
        """:meth:`note` whose arguments are values it quotes, a long one cut with its length
        (:func:`~lkj_tui.core.messages.quoted_msg`)."""
        if self.detail:
            self.add(quoted_msg(key, **args))

    def add(self, pair: Pair) -> None:
        """Keep a written note unless the same note is kept already."""
        if self.detail and pair not in self.notes:
            self.notes.append(pair)

    def take(self, value: Value) -> None:
        """Keep the parser's notes of ``value`` (a guessed dot, a '+' read as '±'…)."""
        for pair in zip(value.notes, value.notes_en, strict=True):
            self.add(pair)

    def sub(self, index: int, inputs: dict[str, object]) -> Run:
        """A run for component ``index`` of a composite capaian. It explains only when this run
        explains with the details: a composite's reason or explanation reads its components'
        numbers, not their sentences (writing them cost three quarters of the run again that an
        export makes for a composite's explanation)."""
        whole = self.again if not self.explain else None if self.detail else self.whole
        again = None if whole is None else partial(_part, whole, index)
        return Run(self.polarity, self.scales, again, inputs, detail=self.detail)

    def _derived(self, lang: int) -> str:
        """The sentence saying the realisasi was derived from the triwulan, or nothing."""
        return "" if self.derived is None else f" {self.derived[lang]}."

    def none(self, code: str, reason: Text, comps: tuple[Achievement, ...] = ()) -> Achievement:
        """No capaian, with the reason (never 0)."""
        if self.again is not None:
            return Achievement._unwritten(
                self.again, None, None, None, None, "tidak_terukur", comps, code
            )
        why = pair_of(reason)
        return Achievement(
            value=None,
            rounded=None,
            rating=None,
            under_target=None,
            met=None,
            method="tidak_terukur",
            components=comps,
            reason_code=code,
            formula="—",
            inputs=self.inputs,
            notes=tuple(n[0] for n in self.notes),
            notes_en=tuple(n[1] for n in self.notes),
            reason=why[0],
            reason_en=why[1],
            explanation_id=f"Capaian tidak dihitung: {why[0]}.{self._derived(0)}",
            explanation_en=f"No achievement: {why[1]}.{self._derived(1)}",
        )

    def verdict(
        self,
        met: bool,
        method: str,
        code: str,
        reason: Text,
        words: Callable[[], str],
        comps: tuple[Achievement, ...] = (),
    ) -> Achievement:
        """Met or not met, without a capaian % (``reason`` says why there is none): no value, no
        rating, ``under_target`` is ``not met``. ``words``: the formula, the comparison that
        decides ("0 ≤ 0", "-5 < 0": words in no language)."""
        if self.again is not None:
            return Achievement._unwritten(
                self.again, None, None, None, not met, method, comps, code
            )
        why = pair_of(reason)
        said = MESSAGES["verdict_met" if met else "verdict_not_met"]
        return Achievement(
            value=None,
            rounded=None,
            rating=None,
            under_target=not met,
            met=met,
            method=method,
            components=comps,
            reason_code=code,
            formula=words(),
            inputs=self.inputs,
            notes=tuple(n[0] for n in self.notes),
            notes_en=tuple(n[1] for n in self.notes),
            reason=why[0],
            reason_en=why[1],
            explanation_id=(
                f"Capaian n/a (tidak dihitung): {why[0]}.{self._derived(0)} {said[0].capitalize()}."
            ),
            explanation_en=(
                f"Achievement n/a (not computed): {why[1]}.{self._derived(1)} "
                f"{said[1].capitalize()}."
            ),
        )

    def done(
        self,
        value: Decimal,
        method: str,
        words: Words,
        *,
        met: bool | None = None,
        components: tuple[Achievement, ...] = (),
        arrow: bool = False,
    ) -> Achievement:
        """A capaian: rounded half up, rated from the rounded value, explained from ``words``.
        ``met``: thresholds (under target = not met); ``arrow``: the formula says "→", not "="."""
        if abs(value) > LIMIT:  # (a typo such as 1.000.000.000 for 1,0: refused, never inf)
            return self.none("out_of_range", MESSAGES["out_of_range"])
        cap = self.scales.cap
        capped = cap is not None and value > cap
        if capped:
            assert cap is not None
            if self.detail:
                self.note("capped", c=cap, v=quantize(value, CENT))
            value = cap
        rounded = quantize(value, CENT)
        under = (not met) if met is not None else rounded < HUNDRED
        rating = self.scales.rate(rounded)
        if self.again is not None:
            return Achievement._unwritten(
                self.again, value, rounded, rating, under, method, components, None
            )
        if rounded != value and self.detail:
            shown = quantize(value, _MICRO, ROUND_DOWN)
            self.note("rounded", v=shown, m="…" if shown != value else "", r=rounded)
        expr, how = words()
        if capped and self.detail:
            expr = f"min({format_exact(value)}; {expr})"  # (the value is the cap)
        status = MESSAGES[
            ("met" if met else "not_met") if met is not None else "under" if under else "on"
        ]
        text = format_id(rounded)
        assert rating is not None
        return Achievement(
            value=value,
            rounded=rounded,
            rating=rating,
            under_target=under,
            met=not under,
            method=method,
            components=components,
            formula=f"{expr} {'→' if arrow else '='} {text}",
            inputs=self.inputs,
            notes=tuple(n[0] for n in self.notes),
            notes_en=tuple(n[1] for n in self.notes),
            explanation_id=(
                f"Capaian {text} %: {how[0]}.{self._derived(0)} Kategori {rating}, {status[0]}."
            ),
            explanation_en=(
                f"Achievement {text} %: {how[1]}.{self._derived(1)} "
                f"Rating {rating} ({self.scales.label_en(rating)}), {status[1]}."
            ),
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
        names: tuple[str | None, str | None] = (None, None),
    ) -> Achievement:
        """Realisasi ``r`` against ``t`` by the polarity's formula. ``what``/``rname``: texts naming
        ``t`` and ``r``; ``polarity`` overrides the run's; ``met``: see :meth:`done`; ``names``:
        how the explanation writes ``r`` and ``t`` in the user's words ("BB (70)", a grade and
        the score it stands for), where not their numbers.

        - positif: R / T × 100; target 0 gives no capaian;
        - negatif: (2T − R) / T × 100 floored at 0, or T / R × 100 (the scales' ``negative_formula``);
          target 0: R ≤ 0 → 100, R > 0 → 0;
        - stabil: R = T → 100, else max(0; (1 − |R − T| / T) × 100); target 0: R = 0 → 100, else 0.
        """

        def how(key: str, **args: Decimal) -> Pair:
            (wi, we), (ri, re_) = pair_of(what), pair_of(rname)
            words: dict[str, Decimal | str] = dict(args)
            for name, shown in zip(("r", "t"), names, strict=True):
                if shown is not None and name in words:
                    words[name] = shown
            return msg(key, wi=wi, we=we, ri=ri, re=re_, **words)

        if polarity is None:
            polarity = self.polarity
        if t < 0:
            return self.none("target_negative", lambda: how("divisor", t=t))
        if t == 0:
            return self._zero_target(method, r, t, polarity, how, met)
        floored = False
        c = _CONTEXT  # its own methods: a localcontext would copy the context for every ratio
        if polarity == "positif":
            if r < 0:  # (t > 0): R / T × 100 would be a negative capaian, which means nothing
                return self.verdict(
                    bool(met),
                    method,
                    "realisasi_negative",
                    lambda: how("negative_positif", r=r),
                    lambda: f"{format_exact(r)} < 0",
                )
            key, value = "positif", c.divide(c.multiply(r, HUNDRED), t)  # r × 100 / t
        elif polarity == "stabil":
            if r == t:
                return self.done(
                    HUNDRED,
                    method,
                    lambda: (
                        f"{format_exact(r)} = {format_exact(t)}",
                        how("stabil_on", r=r, t=t),
                    ),
                    arrow=True,
                    met=met,
                )
            off = c.divide(c.abs(c.subtract(r, t)), t)
            raw = c.multiply(c.subtract(1, off), HUNDRED)  # (1 − |r − t| / t) × 100
            key, value, floored = "stabil", max(raw, ZERO), raw < 0
        elif r < 0:  # (t > 0): (2T − R) / T (over 200 %) or T / R (negative) means nothing
            tr_formula = self.scales.negative_formula == "T/R"
            return self.verdict(
                True if met is None else met,
                method,
                "realisasi_negative",
                lambda: how("negative_negatif_tr" if tr_formula else "negative_negatif", r=r),
                lambda: f"{format_exact(r)} < 0",
            )
        elif self.scales.negative_formula == "T/R":
            if r == 0:
                return self._zero_realisasi(method, r, t, how, met)
            key, value = "negatif_tr", c.divide(c.multiply(t, HUNDRED), r)  # t × 100 / r
        else:
            gap = c.subtract(c.multiply(2, t), r)
            raw = c.divide(c.multiply(gap, HUNDRED), t)  # (2t − r) × 100 / t
            key, value, floored = "negatif", max(raw, ZERO), raw < 0
        if floored:
            self.note("floored")

        def words() -> tuple[str, Pair]:  # (the formula is a detail: its left side written then)
            return _formula(key, r, t, floored) if self.detail else "", how(key, r=r, t=t)

        return self.done(value, method, words, met=met)

    def _zero_target(
        self,
        method: str,
        r: Decimal,
        t: Decimal,
        polarity: str,
        how: Callable[..., Pair],
        met: bool | None,
    ) -> Achievement:
        """Target 0. Positif: no capaian. Negatif: R ≤ 0 → 100 (met), R > 0 → 0; a threshold's
        comparator decides ("< 0": 0 is not below 0, so 0). Stabil: R = 0 → 100, else 0."""
        if polarity == "positif":
            return self.none("target_zero", lambda: how("zero_positif", t=t))
        ok = r <= 0 if polarity == "negatif" else r == 0
        if met is not None and polarity == "negatif":
            ok = met  # (it said "0 ≤ 0 → 100,00 … target terpenuhi" and "not met" of "< 0")
        key = "zero_met" if ok else "zero_missed"
        sign = (
            ("≤" if polarity == "negatif" else "=")
            if ok
            else ("≠" if polarity == "stabil" else ">" if r > 0 else "≥")
        )
        return self.done(
            HUNDRED if ok else ZERO,
            method,
            lambda: (f"{format_exact(r)} {sign} 0", how(key, r=r)),
            arrow=True,
            met=met,
        )

    def _zero_realisasi(
        self,
        method: str,
        r: Decimal,
        t: Decimal,
        how: Callable[..., Pair],
        met: bool | None,
    ) -> Achievement:
        """T / R with R = 0: the cap when the scales have one (nothing is better), else none."""
        cap = self.scales.cap
        if cap is None:
            return self.none("realisasi_zero", lambda: how("realisasi_zero", r=r))
        return self.done(
            cap,
            method,
            lambda: (f"{format_exact(t)} / {format_exact(r)}", how("tr_capped", r=r, t=t, c=cap)),
            met=met,
            arrow=True,
        )
