"""Words a user types for a closed set of values, in any spelling: :func:`norm` and the polaritas
table that the import's cells and ``lkj-tui calc --polaritas`` both read (one table, so a word the
import takes is never refused by ``calc``). Pure."""

from __future__ import annotations

import re
from typing import cast

from lkj_tui.core.model import POLARITIES, Polarity

__all__ = ["POLARITY_WORDS", "norm", "parse_polarity"]

_NOT_ALNUM = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Lower case without spaces, ``_``, ``-`` or punctuation: "Capaian (%)" → "capaian"."""
    return _NOT_ALNUM.sub("", text.casefold())


#: Every accepted spelling of a polaritas (as :func:`norm` leaves it) → the polaritas: the three
#: values themselves and their usual words. ("+" is read by :func:`parse_polarity`: :func:`norm`
#: leaves nothing of it.)
POLARITY_WORDS: dict[str, Polarity] = {norm(p): cast(Polarity, p) for p in POLARITIES}
POLARITY_WORDS |= {
    norm(a): cast(Polarity, p)
    for p, names in {
        "positif": ("positive", "naik", "maksimal", "max", "makin tinggi makin baik", "+"),
        "negatif": ("negative", "turun", "minimal", "min", "makin rendah makin baik"),
        "stabil": ("stable", "rentang", "range", "stabilitas"),
    }.items()
    for a in names
    if norm(a)
}


def parse_polarity(text: str) -> Polarity | None:
    """The polaritas ``text`` names (any case, spacing or punctuation), or None."""
    if text.strip() == "+":
        return "positif"
    return POLARITY_WORDS.get(norm(text))
