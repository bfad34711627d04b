"""Which figure of a target printed as one cell for several indicators (the seed's Perjanjian
Kinerja: "89,00 4,00" beside "- Opini … - Standar Pelayanan Publik") is this indicator's: one
reading for ``check`` (core/reviu/cells.py) and for the capaian ``status``, the TUI and the export
show against that cell (core/evaluate.py ``TargetConflict.figure``). Imported only where a table
lists several indicators' names and prints several figures in one cell."""

from __future__ import annotations

from lkj_tui.core.evaluate import _parsed

#: Words of an indicator's name that say nothing of which indicator it is: left out when a cell's
#: figures are matched to it by name (:func:`own_figure`).
_COMMON_WORDS = frozenset(
    {"dan", "yang", "di", "ke", "dari", "atas", "terhadap", "dengan", "untuk", "pada", "oleh"}
    | {"tingkat", "persentase", "presentase", "jumlah", "nilai", "indeks", "rasio", "angka"}
    | {"capaian"}
)


def _words(text: str) -> set[str]:
    """The words of a name that can tell it from another (casefolded; linear)."""
    folded = "".join(c if c.isalnum() else " " for c in text.casefold())
    return {w for w in folded.split() if len(w) > 2 and w not in _COMMON_WORDS}


def own_figure(
    figures: list[tuple[str, str | None]], name: str, target: str | None
) -> tuple[int, str] | None:
    """Which of a cell's figures (:func:`cell_figures`) is the indicator ``name``'s, and why:
    (its index, "name") when one figure's name shares more words with ``name`` than every other's;
    else (its index, "size") when one figure alone is within ten times the LKj's ``target`` either
    way (the seed's PK cell "89,00 4,00" for a target of 81,00: 89,00); else None (not guessed)."""
    if len(figures) < 2:
        return None
    own = _words(name)
    shared = [len(own & _words(n)) if n else 0 for _, n in figures]
    best = max(shared)
    if best and shared.count(best) == 1:
        return shared.index(best), "name"
    lkj = _parsed(target) if target else None
    if lkj is None or lkj.kind != "number" or not lkj.number:
        return None
    near = []
    for i, (figure, _) in enumerate(figures):
        value = _parsed(figure)
        number = value.number if value is not None else None
        if number is not None and abs(lkj.number) / 10 < abs(number) < abs(lkj.number) * 10:
            near.append(i)
    return (near[0], "size") if len(near) == 1 else None
