"""The TUI as a reviewer walks it, fortieth pass of issue 17 (tui69): the Reviu screen's cut rows
of the report itself say what differs; ``K`` says the capaian each value gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.whole import NO_BREAK
from tests.test_share70 import two_realisasi
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import reviu_opened, settle, text_of
from tests.tui.test_share32 import office_env  # noqa: F401 - fixture
from tests.tui.test_sharing import open_conflicts


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


async def test_a_report_row_that_fits_says_it_as_the_cut_ones(make_app) -> None:
    """A row of the report that fits its line (English, 200×40) leaves "Report level" out as the
    cut ones beside it do (at 120×40 one row of four said it); the finding under the list and
    the row's text say it."""
    app = make_app(lang="en")
    async with app.run_test(size=(200, 40)) as pilot:
        options, width = await reviu_opened(pilot)
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        report = [p for p in prompts if p.finding.node is None]
        fits = [p.cut(width).plain for p in report if not p.cut(width).plain.endswith("…")]
        assert fits and not any("Report level" in r for r in fits), (width, fits)
        assert all("  Report level  " in str(p) for p in report)
        whole = " ".join(text_of(app.screen.query_one("#finding", Static)).split())
        assert whole.startswith(f"✗ {report[0].finding.check} Report level "), whole


#: the K dialog's words and the ratings of 90,06 % and 93,17 %, by language
K_WORDS = {
    "id": ("pertahankan", "ambil nilai yang lain", "Tinggi", "Sangat Tinggi"),
    "en": ("keep", "take the other value", "High", "Very high"),
}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("lang", "words"), K_WORDS.items())
@pytest.mark.usefixtures("office_env")
async def test_k_shows_the_capaian_each_value_gives(
    offices,  # noqa: F811
    make_app,
    lang: str,
    words: tuple[str, ...],
) -> None:
    """Two offices set IKU 1's realisasi to 3,00 and 2,90: ``K`` listed "pertahankan: 2,90" and
    "ambil nilai yang lain: 3,00", and the meeting chose without the figure it reads. Each value
    says the capaian it gives, its rating and ▼ as the tree's rows do; a field that makes no
    capaian (the satuan) says none."""
    two_realisasi(offices)
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        options = screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        said = [" ".join(p.replace(NO_BREAK, " ").split()) for p in prompts]
        keep, take, high, very = words
        assert any(f"{keep}: 2,90 → 90,06 % {high} ▼ — opd, " in s for s in said), said
        assert any(f"{take}: 3,00 → 93,17 % {very} ▼ — pusat, " in s for s in said), said
        units = [s for s in said if "· Satuan" in s or "· Unit" in s]
        assert units and not any("%" in s for s in units), said
