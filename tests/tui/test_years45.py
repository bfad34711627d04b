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


@pytest.mark.parametrize(
    ("width", "lang"), [(40, "id"), (50, "id"), (60, "id"), (40, "en"), (50, "en")]
)
async def test_what_the_empty_filter_says_leaves_no_short_word_alone(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    """At 60×20 "Tidak ada yang cocok dengan “zzzq”. ctrl+u mengosongkan" then "saringan."
    alone on its line: the last line holds its last words together."""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, OFFICES)
    none, _ = await _table(make_app, store, (width, 20), lang, tuple("zzzq"))
    said = [line.strip() for line in none[1:] if line.strip()]
    assert len(said) > 1 and "zzzq" in said[0], none  # (wrapped)
    assert len(said[-1]) >= 12 and " " in said[-1], said
    assert all(len(line.rstrip()) <= width for line in none), none
