"""tui59: the TUI in a meeting, what was still cut or lost — a paste while the first report loads,
keys typed while sync or an import runs, the overview's spare cells, the tree's grouped counts.

The loads are held back by a gate (``load_view`` waits for it, as in test_tui41 and test_keys57):
the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_by_indicator_at_100x30_the_cells_a_cut_leaves_go_to_the_indicator(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """At 100×30 by indicator the indicator had 24 cells, "Indek Kepuasan…" (15) on its rows,
    while its widest cut ("Nilai AKIP Sekretariat…") left a cell, the instansi's one and the
    pemerintah's one: three cells blank. They go to the indicator, which then shows a word
    more; every other cell reads as before."""
    from tests.tui.test_years32 import _table, regions_store

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, _ = await _table(make_app, regions_store(tmp_path), (100, 30), lang, ["ctrl+t"])
    rows = [x for x in lines[1:] if "IKU" in x]
    said = "\n".join(rows)
    assert "Indek Kepuasan Pelayanan…" in said, rows
    assert "Nilai AKIP Sekretariat…" in said and "Badan Pendapatan Daerah" in said, rows
    assert "Kab. Kaur" in said and "Prov.…" in said, rows
    assert all(len(x.rstrip()) <= 100 for x in lines), lines
