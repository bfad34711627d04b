"""years37: the Bappeda analyst's overview of a province's store at 60×20."""

from __future__ import annotations

import pytest

from tests.tui.test_years32 import _table, regions_store
from tests.tui.test_years35 import REGIONS


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60_columns_the_names_have_the_room_of_the_reviu_errors(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    # At 60×20 by report Instansi and Pemerintah had 5 cells each ("Dinas…", "Kab.…") beside
    # "Kesalahan" in 9 over counts of two digits: the reviu's errors are left out there, the
    # names have their room; at 80 columns the column is as it was.
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, REGIONS)
    lines, widths = await _table(make_app, store, (60, 20), lang)
    assert widths[-1] == 0 and min(widths[:2]) >= 10, (widths, lines)
    header = lines[0].split()
    assert ("Kesalahan" if lang == "id" else "Errors") not in header, lines
    assert ("Rata-rata" if lang == "id" else "Average") in header, lines
    assert all(len(line.rstrip()) <= 60 for line in lines), lines
    lines, widths = await _table(make_app, store, (80, 24), lang)
    assert widths[-1] > 0 and ("Kesalahan" if lang == "id" else "Errors") in lines[0], lines
