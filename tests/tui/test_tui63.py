"""tui63: the TUI's columns and names at every width — a tree row's count kept where its name
shows no more without it, the overview's capaian figures in one column."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import settle, text_of
from tests.tui.test_meeting16 import counted_rows


@pytest.fixture
def works_report(tui_store: Any) -> str:
    """The public works office's 2025 report of benchmarks/generate.py's kabupaten (the bench's
    ``kabupaten-s1`` holds it): IKU 7 "Jumlah mutu pendidikan dasar", 7 items under target
    beneath it."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    plan = generate.plan(generate.SCALES["kabupaten"])[19]
    tui_store.import_report(Report.from_document(generate.build_document(plan, 1)))
    return str(plan.id)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_row_keeps_its_count_where_its_name_shows_no_more_without_it(
    make_app: Any, works_report: str, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """At 80×24 IKU 7 read "IKU 7 Jumlah mutu… ✗1" and 9 blank cells before "120,00 %": its
    count ("▼7") gave way, but the name's cut after a word was the same without it. A row's
    count now gives way only where its name then shows more: no row without its count has the
    count's cells (and the figure's two) blank before its figure."""
    rows = {}
    for code, row, under in await counted_rows(make_app, works_report, monkeypatch, lang):
        rows[code] = row
        count = f"  ▼{under}"
        if count.strip() not in row:
            figures = row.split(" ✗1")[1]
            blank = len(figures) - len(figures.lstrip(" "))
            assert blank < len(count) + 2, row
    assert "IKU 7 Jumlah mutu" in rows["IKU 7"], rows
    assert "▼7" in rows["IKU 7"], rows
    assert "▼10" not in rows["IKU 1"], rows  # (its name shows more without it)
    assert "pengendalian" in rows["IKU 1"], rows


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((100, 30), "en"), ((120, 40), "id")])
async def test_by_indicator_the_capaian_figures_end_in_one_column(
    make_app: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, size: Any, lang: str
) -> None:
    """By indicator a capaian under target ("88,51 % ▼") ended where one on target ended
    without the mark ("100,00 %"): their "%" stood two cells apart, row after row. Every
    capaian keeps the mark's cells now: the figures end in one column."""
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path), lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t", *"nilai")  # (LPPD and AKIP under target, SAKIP on it)
        await settle(pilot)
        rows = text_of(screen.table).splitlines()[1:]
        marked = [row for row in rows if "% ▼" in row]
        plain = [row for row in rows if " %" in row and "% ▼" not in row]
        assert marked and plain, rows
        ends = {row.rindex(" %") for row in marked + plain}
        assert len(ends) == 1, rows
