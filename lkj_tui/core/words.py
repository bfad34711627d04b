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
        "stabil": ("stable", "rentang", "range", "stabilitas"),
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
