"""years35: the Bappeda analyst's overview, comparing years and offices at 80×24 and 100×30."""

from __future__ import annotations

from itertools import pairwise

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import settle
from tests.tui.test_years32 import _table, regions_store
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401 (a fixture)


def _worst_first(lines) -> bool:  # type: ignore[no-untyped-def]
    """Whether each name's rows run from the lowest capaian up (those without one last)."""
    keys = [(x.search, x.capaian is None, x.capaian or 0) for x in lines]
    return all(a <= b for a, b in pairwise(keys) if a[0] == b[0])


async def test_by_indicator_tab_round_to_the_indicator_is_worst_first_again(
    make_app,
    years_store: Store,  # noqa: F811
) -> None:
    # By indicator the rows of one name are worst first; once Tab came round to Indikator again
    # they were in the listing's order (the newest year first), and so reversed with shift+Tab.
    app = make_app(years_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert _worst_first(screen.shown)
        first = list(screen.shown)
        await pilot.press("tab")
        while screen.sort_column != "indicator":
            await pilot.press("tab")
        await pilot.pause()
        assert screen.shown == first  # the view's first order
        await pilot.press("shift+tab")  # the names reversed, each still worst first
        await pilot.pause()
        names = [x.search for x in screen.shown]
        assert names == sorted(names, reverse=True)
        assert _worst_first(screen.shown)
        await pilot.press("ctrl+t")  # by report: a column's ties worst first too
        await settle(pilot)
        while screen.sort_column != "tahun":
            await pilot.press("tab")
        await pilot.pause()
        of_2023 = [r for r in screen.shown if r.tahun == 2023]
        assert [r.instansi for r in of_2023][:1] == ["Dinas B"], of_2023


#: a province's offices (the bench's provinsi store names), each in a region that reads alike
#: with another or is cut at 12 cells ("Prov.…", "…Mukomuko", "…Kepahiang")
REGIONS = (
    ("Badan Penanggulangan Bencana Daerah", "Pemerintah Provinsi Bengkulu"),
    ("Badan Pendapatan Daerah", "Pemerintah Kabupaten Mukomuko"),
    ("Badan Perencanaan Pembangunan Daerah", "Pemerintah Kabupaten Kepahiang"),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "Pemerintah Kabupaten Rejang Lebong"),
    ("Dinas Perpustakaan dan Kearsipan", "Pemerintah Kabupaten Bengkulu Utara"),
    ("Dinas Perumahan dan Kawasan Permukiman", "Pemerintah Kabupaten Bengkulu Tengah"),
    ("Sekretariat DPRD", "Pemerintah Kabupaten Bengkulu Selatan"),
    ("Kecamatan Pino", "Pemerintah Kabupaten Seluma"),
)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_offices_whole_words_and_regions_with_their_kind_at_80_columns(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    # At 80×24 by report the instansi read "Badan Penanggulanga…" and the pemerintah, in 12
    # cells, "Prov.…", "…Mukomuko", "…Kepahiang". Each office now shows whole words, told
    # apart, and each region its kind and a word of its own, in 14 cells.
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, REGIONS)
    lines, widths = await _table(make_app, store, (80, 24), lang)
    rows = [line for line in lines[1:] if "2023" in line]
    assert len(rows) == len(REGIONS) + 1, lines
    offices = [name for name, _ in REGIONS] + ["Sekretariat Daerah"]
    regions = {region.replace("Pemerintah Kabupaten", "Kab.") for _, region in REGIONS}
    regions = {r.replace("Pemerintah Provinsi", "Prov.") for r in regions}
    cells = []
    for row in rows:
        office, region = row[1 : 1 + widths[0]].strip(), row[3 + widths[0] :][: widths[1]].strip()
        words = set(office.replace("…", " ").split())  # whole words of its office
        assert any(words <= set(name.split()) for name in offices), row
        cells.append(office)
        shown = region.replace("…", " ").split()  # its kind and a word of its own, whole
        assert shown[0] in ("Kab.", "Prov.") and len(shown) > 1, row
        assert any(set(shown) <= set(r.split()) for r in regions), row
    assert len(set(cells)) == len(cells), cells  # told apart
    said = "\n".join(rows)
    for cut in ("Penanggulanga…", "Prov.…", "…Mukomuko", "…Kepahiang"):
        assert cut not in said, rows
    assert "Prov. Bengkulu" in said and "Kab. Mukomuko" in said, rows
    assert all(len(line.rstrip()) <= 80 for line in lines), lines
