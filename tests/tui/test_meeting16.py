"""The TUI in a meeting, sixteenth pass (tui16): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle
from tests.tui.test_meeting15 import _cells

#: offices of three regions, two of which begin alike ("Kab. Bengkulu …")
REGIONS = {
    "Pemerintah Kabupaten Bengkulu Selatan": "Kabupaten Bengkulu Selatan",
    "Pemerintah Kabupaten Bengkulu Tengah": "Kabupaten Bengkulu Tengah",
    "Pemerintah Kabupaten Kaur": "Kabupaten Kaur",
}
OFFICE = "Dinas Pengendalian Penduduk dan Keluarga Berencana"  # 50 characters


@pytest.fixture
def regions_store(tui_store):
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    for n, (pemerintah, region) in enumerate(REGIONS.items()):
        report = load_bundled_report()
        instansi = f"{OFFICE} {region}"
        report.meta = replace(report.meta, id=f"dppkb-{n}-2024", instansi=instansi)
        report.meta = replace(report.meta, pemerintah=pemerintah)
        tui_store.import_report(report)
    return tui_store


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_of_several_regions_gives_the_instansi_its_room(
    make_app, regions_store, lang
) -> None:
    """At 120 columns, in a store of several regions, the instansi was cut at 31 cells ("Dinas
    Pengendalian Penduduk…") beside whole headers ("Rata-rata capaian" over figures of 9), and
    it repeated its region, which the pemerintah column beside it says. Now the headers give
    way to their short forms before a name is cut, the instansi is said without its row's
    region, and at 80 columns two regions that begin alike are told apart."""
    from tests.tui.test_years_overview import _overview

    app = make_app(regions_store, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _overview(pilot)
        rows = _cells(screen)
        mine = [cells for x, cells in zip(screen.shown, rows, strict=True) if "dppkb" in x.id]
        assert len(mine) == len(REGIONS), rows
        for cells in mine:
            assert cells[0] == OFFICE, cells  # whole, its region in the next cell
            assert len(cells) == 7, cells  # every column on screen
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        rows = _cells(screen)
        regions = [cells[1] for x, cells in zip(screen.shown, rows, strict=True) if "dppkb" in x.id]
        assert len(set(regions)) == len(REGIONS), regions  # not "Kab. Bengkulu…" twice
        assert "Kab. Kaur" in regions, regions
