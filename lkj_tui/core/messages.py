"""Every sentence the capaian engine writes, in Bahasa Indonesia and English.

Numbers are filled in the Indonesian format in both languages ("88,51"): English labels, Indonesian
numbers (see docs/capaian.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import partial

from lkj_tui.core.numbers import format_exact

__all__ = ["KINDS", "MESSAGES", "Pair", "Text", "lazy", "msg", "pair_of"]

Pair = tuple[str, str]  # (Bahasa Indonesia, English)

KINDS: dict[str, Pair] = {
    "number": ("angka", "number"),
    "grade": ("predikat", "grade"),
    "opinion": ("opini", "opinion"),
    "range": ("rentang", "range"),
    "threshold": ("ambang", "threshold"),
    "composite": ("komposit", "composite"),
    "text": ("teks", "text"),
}


#: Every sentence the engine writes, in Bahasa Indonesia and English.
MESSAGES: dict[str, Pair] = {
    "rounded": ("dibulatkan setengah ke atas: {v}{m} → {r}", "rounded half up: {v}{m} → {r}"),
    "met": ("ambang terpenuhi", "threshold met"),
    "not_met": ("ambang belum terpenuhi, di bawah target", "threshold not met, under target"),
    "under": ("di bawah target", "under target"),
    "verdict_met": ("tercapai", "met"),
    "verdict_not_met": ("tidak tercapai", "not met"),
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
    "negatif_tr": (
        "{wi} {t} dibagi {ri} {r} × 100 (makin rendah makin baik)",
        "{we} {t} divided by {re} {r} × 100 (lower is better)",
    ),
    "stabil": (
        "(1 − |{ri} {r} − {wi} {t}| / {wi} {t}) × 100 (stabil: terbaik tepat pada target)",
        "(1 − |{re} {r} − {we} {t}| / {we} {t}) × 100 (stable: best exactly on target)",
    ),
    "stabil_on": (
        "{ri} {r} tepat pada {wi} {t} (stabil)",
        "{re} {r} is exactly on {we} {t} (stable)",
    ),
    "stabil_band": (
        "realisasi {x} di luar rentang target {lo}–{hi}: (1 − jarak {d} / batas terdekat {b}) × 100 "
        "(stabil: di luar rentang buruk di kedua sisi)",
        "realisasi {x} is outside the target range {lo}–{hi}: (1 − distance {d} / nearest bound {b}) "
        "× 100 (stable: outside the range is bad on either side)",
    ),
    "stabil_zero_bound": (
        "batas terdekat 0: di luar rentang berarti capaian 0",
        "the nearest bound is 0: outside the range the achievement is 0",
    ),
    "pm_polarity": (
        "target berupa rentang ± dengan polaritas {p}: dihitung satu arah terhadap batas rentang; "
        "polaritas stabil menilai kedua sisi",
        "a ± range target with polarity {pe}: measured one way against the range's bounds; "
        "polarity stable would judge both sides",
    ),
    "zero_positif": (
        "{wi} {t} = 0: tidak ada capaian untuk polaritas positif ({t} tidak dapat menjadi pembagi)",
        "{we} {t} = 0: no achievement for a positive polarity ({t} cannot be a divisor)",
    ),
    "zero_met": (
        "{wi} 0 dan {ri} {r}: target terpenuhi",
        "{we} 0 and {re} {r}: the target is met",
    ),
    "zero_missed": (
        "{wi} 0 dan {ri} {r}: target tidak terpenuhi, capaian 0",
        "{we} 0 and {re} {r}: the target is missed, achievement 0",
    ),
    "zero_threshold": (
        "{wi} {t}: hanya tercapai atau tidak, tanpa persen capaian ({t} tidak dapat menjadi pembagi)",
        "{we} {t}: only met or not, no achievement % ({t} cannot be a divisor)",
    ),
    "threshold_bound": (
        "realisasi {r} tidak melewati {wi} {t}: hanya tercapai atau tidak (persen capaian "
        "100 akan terbaca tercapai)",
        "realisasi {r} does not pass the {we} {t}: only met or not (an achievement of 100 % "
        "would read as met)",
    ),
    "negative_positif": (
        "{ri} {r} di bawah 0: persen capaian (realisasi / target × 100, makin tinggi makin baik) "
        "tidak bermakna untuk nilai negatif",
        "{re} {r} is below 0: an achievement % (realisasi / target × 100, higher is better) "
        "means nothing for a negative value",
    ),
    "negative_negatif": (
        "{ri} {r} di bawah 0: persen capaian ((2 × target − realisasi) / target × 100, makin "
        "rendah makin baik) tidak bermakna untuk nilai negatif",
        "{re} {r} is below 0: an achievement % ((2 × target − realisasi) / target × 100, lower "
        "is better) means nothing for a negative value",
    ),
    "negative_negatif_tr": (
        "{ri} {r} di bawah 0: persen capaian (target / realisasi × 100, makin rendah makin baik) "
        "tidak bermakna untuk nilai negatif",
        "{re} {r} is below 0: an achievement % (target / realisasi × 100, lower is better) "
        "means nothing for a negative value",
    ),
    "realisasi_zero": (
        "{ri} {r} tidak dapat menjadi pembagi (rumus negatif T/R, tanpa batas atas capaian)",
        "{re} {r} cannot be a divisor (negative formula T/R, no cap)",
    ),
    "tr_capped": (
        "{ri} {r} dengan rumus T/R: tidak ada yang lebih baik, capaian = batas atas {c}",
        "{re} {r} with the T/R formula: nothing is better, achievement = the cap {c}",
    ),
    "capped": (
        "dibatasi batas atas capaian {c} (hasil {v})",
        "capped at the scales' cap {c} (result {v})",
    ),
    "out_of_range": (
        "hasil lebih dari 10^12 %: periksa angka target dan realisasi",
        "the result exceeds 10^12 %: check the target and realisasi figures",
    ),
    "fraction": (
        "{x} mungkin pecahan dari {p} % (periksa apakah {x} berarti {p} %)",
        "{x} may be a fraction of {p} % (check whether {x} means {p} %)",
    ),
    "derived": (
        "Realisasi tahunan diturunkan dari triwulan ({c}): {f}",
        "The year's realisasi is derived from the triwulan ({c}): {f}",
    ),
    "not_derived": (
        "Realisasi tahunan tidak dapat diturunkan dari triwulan ({c}): {f}",
        "The year's realisasi cannot be derived from the triwulan ({c}): {f}",
    ),
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
    "one_percent": (
        "“%” hanya tertulis pada {w} (“{v}”): dibaca {n} lawan {o}; tulis % di kedua sisi, atau "
        "tidak sama sekali, bila keduanya persen",
        "“%” is written on the {w} only (“{v}”): read as {n} against {o}; write % on both "
        "sides, or on neither, when both are percent",
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
    "out_of_band": (
        "skor {c} {s} di luar rentang predikat {c} ({lo}–{hi}): predikat dan skornya tidak "
        "sejalan, tidak dapat dibandingkan",
        "the score {s} of {c} lies outside grade {c}'s band ({lo}–{hi}): the grade and its "
        "score disagree, it cannot be compared",
    ),
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


def msg(key: str, **args: Decimal | str) -> Pair:
    """Message ``key`` filled in both languages; a Decimal is shown exact, in the Indonesian format
    in both (English labels, Indonesian numbers: "88,51")."""
    shown = {k: format_exact(v) if isinstance(v, Decimal) else v for k, v in args.items()}
    text_id, text_en = MESSAGES[key]
    return text_id.format(**shown), text_en.format(**shown)


def quoted_msg(key: str, whole: Mapping[str, str] | None = None, /, **args: Decimal | str) -> Pair:
    """:func:`msg` whose ``args`` are values it quotes (a unit, a value as typed, a bound): each
    whole up to 40 characters, else its start and its length in each language's words, "“Dokuu…
    (203 karakter)”" (``longvalue.quoted``, the rule of every value a message names); ``whole``:
    the arguments left as they are (a sentence)."""
    from lkj_tui.core.longvalue import quoted

    said = []
    for at, lang in enumerate(("id", "en")):
        shown = {
            k: quoted(format_exact(v) if isinstance(v, Decimal) else v, lang)
            for k, v in args.items()
        }
        said.append(MESSAGES[key][at].format(**shown, **(whole or {})))
    return said[0], said[1]


#: A sentence pair, written now (a ``Pair``) or by a function when it is needed: a capaian's
#: sentences are written only when the engine explains (:class:`~lkj_tui.core.achievement.Run`).
Text = Pair | Callable[[], Pair]


def lazy(key: str, **args: Decimal | str) -> Callable[[], Pair]:
    """:func:`msg`, written when it is needed."""
    return partial(msg, key, **args)


def pair_of(text: Text) -> Pair:
    """The (Bahasa Indonesia, English) pair of a :data:`Text`."""
    return text if isinstance(text, tuple) else text()
