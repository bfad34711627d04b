"""Words a user types for a closed set of values, in any spelling: :func:`norm`, and the polaritas
and cara_hitung tables that the import's cells, ``lkj-tui calc --polaritas``, ``lkj-tui set`` and
the TUI's measure form all read (one table each, so a word the import takes is never refused
elsewhere). Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar, cast

from lkj_tui.core.model import CARA_HITUNG, POLARITIES, Polarity
from lkj_tui.core.sanitize import hides_text

__all__ = [
    "CARA_HITUNG_WORDS",
    "POLARITY_WORDS",
    "norm",
    "parse_cara_hitung",
    "parse_polarity",
    "word_of",
]

_NOT_ALNUM = re.compile(r"[\W_]+")
_T = TypeVar("_T")


def norm(text: str) -> str:
    """Lower case without spaces, ``_``, ``-`` or punctuation: "Capaian (%)" → "capaian"."""
    return _NOT_ALNUM.sub("", text.casefold())


def word_of(table: Mapping[str, _T], text: str) -> _T | None:
    """The value ``table`` gives :func:`norm` of ``text``; None for a text holding a control, an
    escape or a bidi control (:func:`~lkj_tui.core.sanitize.hides_text`), which shows as other
    words than it is read as: "pos<U+202E>itif" shows "posfiti", and was stored as positif
    unsaid (cli61). Refused, the messages quote it with the control escaped."""
    found = table.get(norm(text))
    return None if found is None or hides_text(text) else found


#: Every accepted spelling of a polaritas (as :func:`norm` leaves it) → the polaritas: the three
#: values themselves and their usual words. ("+" is read by :func:`parse_polarity`: :func:`norm`
#: leaves nothing of it.)
POLARITY_WORDS: dict[str, Polarity] = {norm(p): cast(Polarity, p) for p in POLARITIES}
POLARITY_WORDS |= {
    norm(a): cast(Polarity, p)
    for p, names in {
        "positif": (
            "positive",
            "naik",
            "meningkat",
            "maksimal",
            "max",
            "makin tinggi makin baik",
            "+",
        ),
        "negatif": ("negative", "turun", "menurun", "minimal", "min", "makin rendah makin baik"),
        "stabil": ("stable", "rentang", "range", "stabilitas", "stabilisasi"),
    }.items()
    for a in names
    if norm(a)
}


def parse_polarity(text: str) -> Polarity | None:
    """The polaritas ``text`` names (any case, spacing or punctuation), or None."""
    if text.strip() == "+":
        return "positif"
    return word_of(POLARITY_WORDS, text)


#: Every accepted spelling of a cara_hitung (as :func:`norm` leaves it) → the cara_hitung.
CARA_HITUNG_WORDS: dict[str, str] = {norm(c): c for c in CARA_HITUNG}
CARA_HITUNG_WORDS |= {
    norm(a): c
    for c, names in {
        "kumulatif": ("akumulasi", "akumulatif", "jumlah", "sum", "cumulative"),
        "nilai_akhir": ("akhir", "terakhir", "nilai terakhir", "posisi akhir", "last"),
        "rata_rata": ("rata rata", "rerata", "average", "mean"),
    }.items()
    for a in names
}


def parse_cara_hitung(text: str) -> str | None:
    """The cara_hitung ``text`` names (any case, spacing or punctuation), or None."""
    return word_of(CARA_HITUNG_WORDS, text)


#: A Renstra period as it is written: two years apart by a dash of any kind (a hyphen, the en
#: dash of "2021–2026" a word processor makes, an em dash, a minus, a non-breaking hyphen) or by
#: "s.d." / "s/d" / "sampai (dengan)" / "hingga" / "to", any case; after "Tahun", "Periode" or
#: "Renstra", and before "(5 tahun)", as a form's cell has them (vals64). Linear: fixed years
#: around one separator, no two runs of spaces meet. (Compiled on first use: only a periode typed
#: or imported needs it.)
_PERIODE = (
    r"\s*(?:(?:tahun|periode|renstra)\s+)*"
    r"(\d{4})\s*(?:[-‐‑‒–—―−]|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|to)\s*(\d{4})"
    r"\s*(?:\(\s*\d{1,2}\s*tahun\s*\)\s*)?"
)

#: What a periode that does not read is told to be: one sentence for the import and the TUI.
PERIODE_HINT = (
    "tulis tahun awal dan akhirnya, mis. 2021-2026 (juga 2021–2026, 2021 s.d. 2026)",
    "write its first and last year, e.g. 2021-2026 (also 2021–2026, 2021 to 2026)",
)


def parse_periode(text: str) -> tuple[int, int] | None:
    """The first and last year of a Renstra period as written ("2021-2026", "2021–2026", "2021
    s.d. 2026"), the import's cell and the TUI's field read alike (the TUI took only "-" and
    "–", the import an em dash and "s.d." too, and a period backwards, "2026-2021", vals61);
    None when it does not read, or ends before it starts."""
    found = re.fullmatch(_PERIODE, text, re.IGNORECASE)
    if found is None:
        return None
    first, last = int(found[1]), int(found[2])
    return (first, last) if first <= last else None
