"""A target printed as one cell for several indicators (the seed's Perjanjian Kinerja: "89,00
4,00" beside "- Opini … - Standar Pelayanan Publik") in ``check``'s target-conflict finding: each
figure with its indicator, and which is this indicator's. Imported by the check only where a
table lists several indicators' names (the import of every ``check`` stays as it was)."""

from __future__ import annotations

from lkj_tui.core.cell import own_figure
from lkj_tui.core.evaluate import listed_cell
from lkj_tui.core.i18n import table_name, target_said
from lkj_tui.core.model import Measure

#: A printed cell of several figures (:func:`~lkj_tui.core.evaluate.cell_figures`) and which is
#: the indicator's, with why (:func:`~lkj_tui.core.cell.own_figure`), or None.
Cell = tuple[list[tuple[str, str | None]], tuple[int, str] | None]


def _cell(m: Measure, name: str, text: str, sources: list[str]) -> Cell | None:
    """The figures of a target printed in one table as one cell of several indicators' figures,
    and which is ``name``'s; None for any other target (most: one figure)."""
    figures = listed_cell(m, sources[0], text) if len(sources) == 1 else None
    return None if figures is None else (figures, own_figure(figures, name, m.target))


def _said(text: str, sources: list[str], cell: Cell | None, lang: str) -> str:
    """A printed target and its tables in a finding: a cell's figures each with its indicator,
    as ``status`` and the TUI say them ("89,00 untuk “Opini …” dan 4,00 untuk “Standar
    Pelayanan Publik” (Perjanjian Kinerja 2023 (Lampiran I), satu sel)")."""
    named = ", ".join(table_name(s, lang) for s in sources)
    if cell is None:
        return f"{text} ({named})"
    value, named = target_said(cell[0], text, named, lang, str)
    return f"{value} ({named})"


def ref_said(cell: Cell, target: str | None) -> tuple[str, str]:
    """The Perjanjian Kinerja's target when its cell holds several indicators' figures, id and
    en: this indicator's figure and why it is taken, and the others' ("89,00 untuk indikator ini
    (angka yang seukuran dengan target LKj 81,00; 4,00 di sel yang sama untuk “Standar Pelayanan
    Publik”)"); when none can be told apart, each with its indicator and which to pick."""
    figures, own = cell
    if own is None:
        said_id = target_said(figures, "", "", "id", str)[0]
        said_en = target_said(figures, "", "", "en", str)[0]
        return (
            f"{said_id} dalam satu sel (tentukan mana target indikator ini)",
            f"{said_en} in one cell (settle which is this indicator's target)",
        )
    index, why = own
    others = [(f, n) for i, (f, n) in enumerate(figures) if i != index]
    rest_id = "; ".join(f"{f} di sel yang sama untuk “{n or '—'}”" for f, n in others)
    rest_en = "; ".join(f"{f} in the same cell is for “{n or '—'}”" for f, n in others)
    mine, mine_name = figures[index]
    if why == "name":
        why_id = f"namanya di tabel itu “{mine_name}”"
        why_en = f"named “{mine_name}” in that table"
    else:
        why_id = f"angka yang seukuran dengan target LKj {target}"
        why_en = f"the figure of the LKj target's size, {target}"
    return (
        f"{mine} untuk indikator ini ({why_id}; {rest_id})",
        f"{mine} for this indicator ({why_en}; {rest_en})",
    )


def read_cells(m: Measure, name: str, groups: list[tuple[str, list[str]]]) -> dict[int, Cell]:
    """The groups of printed targets (``group_values``) that are such a cell, by index."""
    out = {}
    for i, (text, sources) in enumerate(groups):
        cell = _cell(m, name, text, sources)
        if cell is not None:
            out[i] = cell
    return out


def cells_listing(groups: list[tuple[str, list[str]]], cells: dict[int, Cell], lang: str) -> str:
    """ "81,00 (LKj); 89,00 untuk “…” dan 4,00 untuk “…” (Perjanjian Kinerja …, satu sel)"."""
    return "; ".join(_said(t, sources, cells.get(i), lang) for i, (t, sources) in enumerate(groups))
