"""years45 (ys45): the overview with a filter that matches no row keeps its headers whole, laid
out as the store's rows lay them out ("Indika…  Instan…  Pemeri…" at 60×20 by indicator: the
widths were taken from no row)."""

from __future__ import annotations

import pytest

from tests.tui.test_years32 import _table, regions_store
from tests.tui.test_years43 import OFFICES


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (70, 24), (76, 24), (80, 24)])
@pytest.mark.parametrize("view", [(), ("ctrl+t",)], ids=["by-report", "by-indicator"])
async def test_a_filter_that_matches_nothing_keeps_the_headers_of_the_rows(
    make_app,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    size: tuple[int, int],
    view: tuple[str, ...],
) -> None:
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, OFFICES)
    rows, _ = await _table(make_app, store, size, lang, view)
    none, _ = await _table(make_app, store, size, lang, (*view, *"zzzq"))
    assert len(rows) > 2 and "zzzq" in " ".join(none[1:3]), none  # ("Nothing matches “zzzq”")
    assert "…" not in none[0], none
    assert none[0] == rows[0], (none, rows)
