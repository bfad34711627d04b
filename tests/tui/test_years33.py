"""years33: the Bappeda analyst's report picker (``r``) in a province's store at 80×24."""

from __future__ import annotations

import json

from rich.cells import cell_len
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID, bundled_report_path
from lkj_tui.core.model import Report
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import settle

OFFICE = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"


def _report(report_id: str, region: str, tahun: int = 2025) -> Report:
    doc = json.loads(bundled_report_path().read_text(encoding="utf-8"))
    doc["report"].update(
        id=report_id,
        tahun=tahun,
        instansi=f"{OFFICE} Kabupaten {region}",
        pemerintah=f"Pemerintah Kabupaten {region}",
    )
    return Report.from_document(doc)


async def test_a_report_is_one_line_with_its_government(make_app, tui_store) -> None:
    # A province's report took three lines at 80×24 (its instansi wrapped, then an id repeating
    # its year and instansi): 2.5 of 2,000 showed. Now one line: the year, the office without
    # its government, cut at a word, the government in a column; an id only where two rows
    # would read alike. The filter still reads the whole instansi and the id.
    for region in ("Kaur", "Seluma", "Rejang Lebong"):
        tui_store.import_report(_report(f"{region.lower().replace(' ', '-')}-bkpsdm-2025", region))
    tui_store.import_report(_report("kaur-bkpsdm-2025-revisi", "Kaur"))
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        options = app.screen.query_one(OptionList)
        room = options.content_region.width - 2
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        seluma = next(p for p in prompts if "Seluma" in p)
        assert "\n" not in seluma and cell_len(seluma) <= room, prompts
        assert seluma.startswith("2025  Badan Kepegawaian dan") and "…" in seluma, prompts
        assert seluma.rstrip().endswith("  Kab. Seluma") and "bkpsdm" not in seluma, prompts
        # the regions in one column
        lebong = next(p for p in prompts if "Rejang Lebong" in p)
        assert lebong.index("Kab. Rejang Lebong") == seluma.index("Kab. Seluma"), prompts
        # two reports of one office and year: their ids tell them apart
        kaur = [p for p in prompts if "kaur-bkpsdm" in p]
        assert len(kaur) == 2 and {"kaur-bkpsdm-2025", "kaur-bkpsdm-2025-revisi"} <= {
            p.split()[-1] for p in kaur
        }, prompts
        # the open report, whole on its line, its mark beside its government under it
        setda = next(p for p in prompts if "Sekretariat Daerah" in p)
        assert setda.startswith("2023  Sekretariat Daerah"), prompts
        assert "(sedang dibuka)" in setda, prompts
        await pilot.press(*"revisi")
        await settle(pilot)
        assert options.option_count == 2  # the one report, then "Laporan baru…"
        await pilot.press("enter")
        await settle(pilot)
        assert app.view.report_id == "kaur-bkpsdm-2025-revisi"


async def test_tab_sorts_only_by_a_column_on_screen(make_app, tui_store) -> None:
    # By indicator at 80×24 in a store of several regions the Kategori column is left out for
    # the names' room; Tab sorted by it all the same ("urut: Kategori ▲", no column to read).
    from tests.tui.test_years_overview import _overview

    for region in ("Kaur", "Seluma"):
        tui_store.import_report(_report(f"{region.lower()}-bkpsdm-2025", region))
    app = make_app()  # (a store of several offices opens on the overview)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        keys = [key for key, _ in screen.columns]
        widths = screen.table.fitted(screen.table.size.width)
        assert widths[keys.index("rating")] == 0  # (left out at 80 columns)
        sorted_by = []
        for _ in range(len(keys) + 1):
            await pilot.press("tab")
            sorted_by.append(screen.sort_column)
        assert "rating" not in sorted_by, sorted_by
        # (the first Tab: the next column after the indicator the view is sorted by, years34)
        shown = [k for k in keys if k != "rating"]
        assert sorted_by[: len(keys) - 1] == [*shown[1:], shown[0]], sorted_by
        assert sorted_by[len(keys) - 1] == keys[1], sorted_by  # (round again)
