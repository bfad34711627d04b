"""years43 (ys43): the overview of a province's store at 60 columns cuts every office after
whole words, the rows still told apart: "Sekretariat…" beside "…DPRD" (not "Sekretariat
Dae…"), "…Bencana…" beside "…Pendapatan…" (not "Badan Penangg…"), "…Manna" beside "…Kota
Manna" (not "Kecamatan Man…")."""

from __future__ import annotations

import pytest

from tests.tui.test_years32 import _table, regions_store

#: the provinsi bench store's offices whose cut at 60×20 fell within a word, and the names
#: beside which their whole-word cuts would read alike
OFFICES = (
    ("Sekretariat Daerah", "Pemerintah Kabupaten Kaur"),
    ("Sekretariat DPRD", "Pemerintah Kabupaten Lebong"),
    ("Inspektorat Daerah", "Pemerintah Kabupaten Seluma"),
    ("Badan Penanggulangan Bencana Daerah", "Pemerintah Provinsi Bengkulu"),
    ("Badan Pendapatan Daerah", "Pemerintah Kabupaten Mukomuko"),
    ("Badan Perencanaan Pembangunan Daerah", "Pemerintah Kabupaten Kepahiang"),
    ("Badan Kesatuan Bangsa dan Politik", "Pemerintah Kabupaten Rejang Lebong"),
    ("Kecamatan Manna", "Pemerintah Kabupaten Bengkulu Utara"),
    ("Kecamatan Kota Manna", "Pemerintah Kabupaten Bengkulu Tengah"),
    ("Kecamatan Pasar Manna", "Pemerintah Kabupaten Bengkulu Selatan"),
)


@pytest.mark.parametrize("size", [(60, 20), (64, 20), (70, 24)])
async def test_every_office_is_cut_after_whole_words_and_rows_read_apart(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, OFFICES)
    lines, widths = await _table(make_app, store, size, "id")
    names = {name for name, _ in OFFICES}  # (the bundled report's is Sekretariat Daerah too)
    assert 0 < widths[0] < max(len(n) for n in names), (widths, lines)
    cells = [row[1 : 1 + widths[0]].strip() for row in lines[1:] if row.strip()]
    assert len(cells) == len(OFFICES) + 1, lines
    for cell in cells:
        words = {w.strip(",") for w in cell.replace("…", " ").split()}
        # (no word cut: "Sekretariat Dae…", "Badan Penangg…", "Kecamatan Man…")
        assert words and any(words <= set(n.split()) for n in names), (cell, lines)
    assert len(set(cells)) == len(names), lines  # (each office reads apart from the others)
    if size == (60, 20):  # (14 cells: "Sekretariat Dae…" was at 16, in the province's store)
        assert "Sekretariat…" in cells and "…DPRD" in cells, lines
        assert not any(c.startswith("Badan Penangg") for c in cells), lines
