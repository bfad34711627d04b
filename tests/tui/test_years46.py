"""years46 (ys46): the overview of a province's offices, where the names share the room."""

from __future__ import annotations

import pytest

from tests.tui.test_years32 import _table, regions_store
from tests.tui.test_years35 import REGIONS


@pytest.mark.parametrize(  # (where the reviu errors are left out and the IKU count is not)
    ("lang", "width"), [*(("id", w) for w in range(74, 78)), *(("en", w) for w in range(66, 71))]
)
async def test_spare_cells_go_to_the_names_cut_most(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str, width: int
) -> None:
    # At 75–77 columns the reviu errors are left out and the cells they leave went to the
    # narrowest name: the pemerintah took 19 cells where "Kab.…Selatan" showed 12 characters,
    # beside the instansi's 20 ("Dinas Perumahan…"). They now go to the instansi, whose names
    # are cut most, while each region still shows its kind and a word of its own.
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, widths = await _table(make_app, regions_store(tmp_path, REGIONS), (width, 24), lang)
    assert widths[6] == 0 and widths[3] > 0, (widths, lines)  # (errors out, the IKU count in)
    office = max((name for name, _ in REGIONS), key=len)
    region = "Kab. Bengkulu Selatan"  # (the widest region's cell)
    assert len(office) - widths[0] >= len(region) - widths[1], (widths, lines)
    rows = [line for line in lines[1:] if "2023" in line]
    for row in rows:
        shown = row[3 + widths[0] :][: widths[1]].replace("…", " ").split()
        assert shown[0] in ("Kab.", "Prov.") and len(shown) > 1, row
    if width >= 75:
        said = "\n".join(rows)
        assert "Dinas Perpustakaan dan…" in said and "Badan Pendapatan Daerah " in said, rows


@pytest.mark.parametrize(("offices", "width"), [("years43", 60), ("years35", 78)])
async def test_a_last_word_many_offices_end_with_gives_way_to_their_first(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, offices: str, width: int
) -> None:
    # "Inspektorat Daerah" read "…Daerah" at 14-17 cells, the end of six offices of the
    # province, where "Inspektorat…" is the only office that begins so; "Sekretariat Daerah"
    # too at 16 cells (78 columns) beside "Sekretariat DPRD". "…Manna" stays: "Kecamatan…"
    # begins more offices than "Manna" ends.
    from tests.tui.test_years43 import OFFICES

    names = OFFICES if offices == "years43" else REGIONS
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, widths = await _table(make_app, regions_store(tmp_path, names), (width, 24), "id")
    cells = [row[1 : 1 + widths[0]].strip() for row in lines[1:] if row.strip()]
    assert len(cells) == len(names) + 1, lines
    assert widths[0] < len("Sekretariat Daerah"), (widths, lines)  # (cut)
    assert "…Daerah" not in cells and "Sekretariat…" in cells, lines
    # (read apart; the bundled report is Sekretariat Daerah's)
    assert len(set(cells)) == len({name for name, _ in names} | {"Sekretariat Daerah"}), lines
    if offices == "years43":
        assert "Inspektorat…" in cells and "…Manna" in cells, lines


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("typed", ["sekretariat", "badan", "daerah", "kecamatan manna"])
async def test_a_typed_filter_cuts_offices_after_whole_words(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str, typed: str
) -> None:
    # Filtered on "sekretariat" at 60×20 the overview read "Sekretariat D…": a cut that kept
    # the typed word cut the next one. The rows now read in whole words, as without a filter.
    from tests.tui.test_years43 import OFFICES

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    store = regions_store(tmp_path, OFFICES)
    lines, widths = await _table(make_app, store, (60, 20), lang, tuple(typed))
    names = {name for name, _ in OFFICES}
    cells = [row[1 : 1 + widths[0]].strip() for row in lines[1:] if row.strip()]
    assert cells and widths[0] < max(len(n) for n in names), lines
    for cell in cells:
        words = {w.strip(",") for w in cell.replace("…", " ").split()}
        assert words and any(words <= set(n.split()) for n in names), (cell, lines)


@pytest.mark.parametrize("view", [(), ("ctrl+t",)], ids=["by-report", "by-indicator"])
async def test_a_growing_query_looks_only_in_the_rows_it_kept(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, view: tuple[str, ...]
) -> None:
    # Typed a letter at a time by indicator in the province's store (30,400 IKU), a query that
    # matched nothing looked at every IKU again at each key. A query that grows now looks only
    # in the rows the last one kept; one that shrinks, or its years changed, looks at all. The
    # rows and their order are those a fresh look finds.
    import lkj_tui.tui.components.overview as ov
    from tests.tui.conftest import settle
    from tests.tui.test_years43 import OFFICES
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr(ov, "reviu_errors", lambda report: 0)
    looked: list[object] = []
    keep = ov.keep

    def counted(row, *args):  # type: ignore[no-untyped-def]
        looked.append(row)
        return keep(row, *args)

    monkeypatch.setattr(ov, "keep", counted)
    app = make_app(regions_store(tmp_path, OFFICES))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press(*view)
        await settle(pilot)
        every = len(screen.lines if view else screen.rows)
        steps = [*"kecamatan", "space", *"ma", "backspace", "backspace", *"2023", *"zq", "z"]
        typed = ""
        for key in steps:
            before, years = len(screen.shown), ov.parse_filter(typed)[1]
            looked.clear()
            await pilot.press(key)
            await settle(pilot)
            typed, seen = screen.query_one("#ov-filter").value, len(looked)
            assert seen <= every, typed
            if key != "backspace" and ov.parse_filter(typed)[1] == years:  # (grown)
                assert seen <= before, (typed, seen, before)
            shown = list(screen.shown)
            screen._narrowed = None  # (a fresh look)
            assert screen.filtered() == shown, typed
        assert not screen.shown and not seen  # ("…2023zqz": nothing, nothing looked at)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_title_says_the_one_region_on_one_line_at_60_columns(
    make_app, tmp_path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    # A kabupaten's store at 60×20: "Ikhtisar semua laporan · Pemerintah Kabupaten Bengkulu"
    # and "Selatan" alone on a second line. Where the region's name would wrap it is said short.
    from tests.tui.conftest import text_of
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    region = "Pemerintah Kabupaten Bengkulu Selatan"
    store = regions_store(tmp_path, [("Dinas Sosial", region), ("Inspektorat Daerah", region)])
    for size, said in (((60, 20), "Kab. Bengkulu Selatan"), ((100, 24), region)):
        app = make_app(store, lang=lang)
        async with app.run_test(size=size) as pilot:
            screen = await _overview(pilot)
            title = screen.query_one("#ov-title")
            assert title.size.height == 1 and text_of(title).strip().endswith(f"· {said}"), size
