"""The TUI as a reviewer walks it, fortieth pass of issue 17 (tui69): the Reviu screen's cut rows
of the report itself say what differs."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.tui.conftest import reviu_opened, settle, text_of


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_report_levels_budget_rows_say_what_differs_at_80x24(make_app, lang) -> None:
    """At 80×24 three ``budget-sum`` rows read "✗ Jumlah anggaran tidak… · Tingkat laporan —
    Tabel 3.4.1:…" alike: "Tingkat laporan" took the cells that said which figure of which line.
    A cut row of the report leaves it out (as ``check`` lists them under "Laporan"), and each
    row says its table, its figure and its line; the finding under the list still says where."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        options, width = await reviu_opened(pilot)
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        rows = [row.cut(width).plain.replace("\xa0", " ") for row in prompts]
        budget = [r for p, r in zip(prompts, rows, strict=True) if p.finding.check == "budget-sum"]
        assert len(budget) == 4, rows
        assert len(set(budget)) == 4, budget  # (main: three alike)
        word = {"id": ("anggaran “", "realisasi “"), "en": ("budget of “", "realisation of “")}
        for row in budget:
            assert len(row) <= width, row
            assert "Tabel 2.4: " in row or "Tabel 3.4.1: " in row, budget
            assert any(w in row for w in word[lang]), budget  # (which figure, and its line)
        report = {"id": "Tingkat laporan", "en": "Report level"}[lang]
        assert not any(report in r for r in budget), budget
        index = next(i for i, p in enumerate(prompts) if p.finding.check == "budget-sum")
        options.highlighted = index
        await settle(pilot)
        whole = " ".join(text_of(app.screen.query_one("#finding", Static)).split())
        assert report in whole and "Tabel 2.4" in whole, whole


async def test_a_report_row_that_fits_keeps_where_it_is(make_app) -> None:
    """Where a row of the report fits its line (English, 200×40), it says "Report level" as
    before."""
    app = make_app(lang="en")
    async with app.run_test(size=(200, 40)) as pilot:
        options, width = await reviu_opened(pilot)
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        report = [p for p in prompts if p.finding.node is None]
        fits = [p.cut(width).plain for p in report if p.made().cell_length <= width]
        assert fits and all("  Report level  " in r for r in fits), (width, fits)
