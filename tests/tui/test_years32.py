"""years32: the Bappeda analyst at 80×24 and 100×30, id and en — the overview of a store of
several regions (a province's), by report and by indicator."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.tui.components.rowtable import RowTable

OFFICES = (
    ("Badan Pendapatan Daerah Kabupaten Kaur", "Pemerintah Kabupaten Kaur"),
    ("Kecamatan Pasar Manna", "Pemerintah Kabupaten Bengkulu Selatan"),
    ("Kecamatan Pino", "Pemerintah Kabupaten Bengkulu Selatan"),
    ("Badan Penanggulangan Bencana Daerah", "Pemerintah Provinsi Bengkulu"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Pemerintah Kabupaten Bengkulu Tengah"),
)


def regions_store(tmp_path, offices=OFFICES):  # type: ignore[no-untyped-def]
    """A store (``tmp_path / "store"``, the bundled report seeded) with the bundled report under
    each ``(instansi, pemerintah)`` of ``offices``, as ``office-N-2025``."""
    from lkj_tui.storage.store import Store

    store = Store(tmp_path / "store")
    for n, (instansi, pemerintah) in enumerate(offices):
        report = load_bundled_report()
        rid = f"office-{n}-2025"
        report.meta = replace(report.meta, id=rid, instansi=instansi, pemerintah=pemerintah)
        store.import_report(report)
    return store


async def _table(make_app, store, size, lang, keys=()):  # type: ignore[no-untyped-def]
    from tests.tui.conftest import text_of
    from tests.tui.test_years_overview import _overview

    app = make_app(store, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        return text_of(screen.table).splitlines(), screen.table.fitted(size[0])


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_by_report_the_instansi_reads_beside_a_region_as_short_as_reads_apart(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """At 80×24 by report in a province's store the instansi had 16 cells beside the
    pemerintah's 18 ("Badan Pendapata…", "Kecamatan P…" for both Kecamatan of Bengkulu
    Selatan). The pemerintah now gives way first to where its regions read apart in whole words
    ("Kab.…Selatan"), as it does by indicator, and the instansi has the rest. (years35: first
    to where each region keeps its first word and one of its own, "Prov. Bengkulu", not
    "Prov.…", the instansi cut after whole words: 18 cells, not 22, in Bahasa Indonesia.)"""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, widths = await _table(make_app, regions_store(tmp_path), (80, 24), lang)
    rows = [x for x in lines[1:] if "2023" in x]
    assert len(rows) == len(OFFICES) + 1, lines  # (and the bundled report, seeded)
    said = "\n".join(rows)
    for whole in ("Badan Pendapatan", "Kecamatan Pasar", "Kecamatan Pino  ", "Kab.…Selatan"):
        assert whole in said, rows
    assert "Prov. Bengkulu" in said and "Kab.…Tengah" in said, rows
    assert "Pendapata…" not in said and "Kecamatan P…" not in said, rows
    assert "Penanggulanga…" not in said and "Dinas…  " not in said, rows
    assert widths[0] >= 18, widths
    assert all(len(x.rstrip()) <= 80 for x in lines), lines


@pytest.mark.parametrize(("width", "lang"), [(81, "id"), (81, "en"), (100, "id")])
async def test_by_indicator_the_kategori_gives_way_before_the_indicator(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    """By indicator at 80×24 the indicator had ≈ 11 cells ("Angka admi…") beside "Sangat
    Tinggi" in 13. The kategori gives way first: to "Sangat T…" (9 cells; the capaian beside it
    says the rest), and, where the names would still lose more than it holds (80 columns in a
    store of several regions), it is left out; it is back where there is room (100, 120). (The
    names' cells below at 81 columns since tui63: every capaian keeps the under-target mark's
    two cells, its column a cell wider than its widest figure.)"""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path)
    lines, widths = await _table(make_app, store, (width, 24), lang, ["ctrl+t"])
    header = lines[0]
    rating = "Kategori" if lang == "id" else "Rating"
    rows = [x for x in lines[1:] if "IKU" in x]
    assert rows, lines
    if width == 81:
        assert rating not in header and widths[-1] == 0, (header, widths)
        said = "\n".join(rows)  # (the indicator's cut in 20 cells: "Indeks Reformasi…"; the
        # cells it leaves unused go to the instansi since tui59, "Kecamatan Pasar Manna")
        assert "Indek Kepuasan…" in said and "Indeks Reformasi…" in said, rows
        assert "Kecamatan Pasar Manna" in said and "Badan Penanggulangan…" in said, rows
    else:
        assert header.rstrip().endswith(rating), header
        assert widths[-1] >= 9 and widths[0] >= 22, widths
        if lang == "id":
            assert any(x.rstrip().endswith("Sangat T…") for x in rows), rows
    assert all(len(x.rstrip()) <= width for x in lines), lines


async def test_a_kabupaten_s_overview_by_indicator_keeps_its_kategori_and_the_names(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a store of one region (no pemerintah column) at 80 columns the kategori stays, and
    the names are not cut for it: the instansi, one office on every row here, gives its cells
    first (ys48: to its header, "Sekreta…"), and the indicator has the rest (27 cells beside
    "Sangat Tinggi" whole; 20 beside "Sekretariat Daerah" and "Sangat T…" before)."""
    from lkj_tui.storage.store import Store

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = Store(tmp_path / "store")
    for year in (2024, 2025):
        report = load_bundled_report()
        report.meta = replace(report.meta, id=f"setda-{year}", tahun=year)
        store.import_report(report)
    lines, widths = await _table(make_app, store, (80, 24), "id", ["ctrl+t"])
    assert lines[0].rstrip().endswith("Kategori"), lines[0]
    assert widths[1] == len("Instansi") and widths[0] > RowTable.NAME_ROOM, widths
    said = "\n".join(lines)
    assert "Sangat Tinggi" in said and "Sangat T…" not in said, lines
