"""years41: the Bappeda analyst's overview of a province's store at 60×20: the names keep the
room to read apart in whole words, the figures that give theirs said in the title."""

from __future__ import annotations

import pytest

from tests.tui.conftest import text_of
from tests.tui.test_years32 import _table, regions_store
from tests.tui.test_years35 import REGIONS


async def _title(make_app, store, size, lang):  # type: ignore[no-untyped-def]
    from tests.tui.test_years_overview import _overview

    app = make_app(store, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        return text_of(screen.query_one("#ov-title")).strip()


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60_columns_the_iku_count_gives_the_names_room_and_the_title_says_so(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    # At 60×20 by report in a province's store Instansi had 11 cells ("Badan Pend…", "Dinas
    # Perp…") and Pemerintah 12 ("Prov.…") beside the year and four figures' columns.
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, REGIONS)
    lines, widths = await _table(make_app, store, (60, 20), lang)
    iku, errors = 3, 6  # (Instansi, Pemerintah, Tahun, IKU, under, average, errors)
    assert widths[iku] == 0 and widths[errors] == 0, (widths, lines)
    assert min(widths[:2]) >= 14 and widths[4] > 0 and widths[5] > 0, (widths, lines)
    assert "IKU" not in lines[0].split(), lines
    offices = [name for name, _ in REGIONS] + ["Sekretariat Daerah"]
    rows = [line for line in lines[1:] if "2023" in line]
    assert len(rows) == len(REGIONS) + 1, lines
    cells, within = [], []
    for row in rows:
        office, region = row[1 : 1 + widths[0]].strip(), row[3 + widths[0] :][: widths[1]].strip()
        words = office.replace("…", " ").split()
        assert any(set(words) & set(n.split()) for n in offices), row  # a whole word at least
        if not any(set(words) <= set(n.split()) for n in offices):
            within.append(office)  # (ys43: was "Sekretariat Dae…" beside "…DPRD")
        shown = region.replace("…", " ").split()  # its kind and a word of its own
        assert shown[0] in ("Kab.", "Prov.") and len(shown) > 1, row
        cells.append(office)
    assert len(set(cells)) == len(cells), rows  # (each office reads apart)
    assert not within, rows  # (in 11 cells: "Badan Pend…", "Dinas Perp…", "Dinas Peru…")
    assert any(row[3 + widths[0] :].startswith("Prov. Bengkulu ") for row in rows), rows
    title = await _title(make_app, store, (60, 20), lang)
    hidden = "tersembunyi: IKU, Kesalahan" if lang == "id" else "hidden: IKU, Errors"
    assert title.endswith(hidden), title
    # at 80×24 the IKU count and the reviu errors stay, and the title says nothing is hidden
    lines, widths = await _table(make_app, store, (80, 24), lang)
    assert widths[iku] > 0 and widths[errors] > 0, (widths, lines)
    title = await _title(make_app, store, (80, 24), lang)
    assert "IKU" not in title and ":" not in title, title
