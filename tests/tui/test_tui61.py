"""tui61: the TUI in a review meeting — keys typed while next year's report is made, the
overview's narrow columns, the Reviu screen's places.

The slow steps are held back by a gate (a ``threading.Event`` the step waits for, as in
test_tui59): the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.reviu import ReviuScreen
from lkj_tui.tui.screens import SearchScreen
from tests.conftest import csv_store, run_cli
from tests.tui.conftest import (
    gated,
    new_report_choices,
    opened,
    reviu_lines,
    settle,
    text_of,
    until,
)
from tests.tui.test_edit44 import NEXT, reports
from tests.tui.test_tui59 import _search_or_waiting
from tests.tui.test_typing import burst


async def test_keys_typed_while_next_years_report_is_made_act_on_it(
    make_app: Any, tui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``y`` on "Buat", then ``/`` and "iku" while next year's report is made (a big report's
    rollover takes seconds): the search opened on the report it then replaced (an ``e`` would
    have edited last year's); now the keys wait, and act on next year's once it is open."""
    from lkj_tui.core import rollover

    making = gated(monkeypatch, rollover, "rollover")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await new_report_choices(pilot)
        await pilot.press("enter")  # the menu's first choice: next year's report
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        burst(app, "y", "slash", *"iku")
        try:
            await until(pilot, lambda: _search_or_waiting(app, 4), "the search, or keys waiting")
            assert not isinstance(app.screen, SearchScreen)  # (not on last year's report)
            assert app.view is not None and app.view.report_id == BUNDLED_REPORT_ID
        finally:
            making.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == NEXT
        assert app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"
    assert reports(tui_store) == [BUNDLED_REPORT_ID, NEXT]


_SHARED = "Persentase Dokumen Perencanaan Perangkat Daerah"
_KEGIATAN = "Koordinasi dan Sinkronisasi Dokumen Perencanaan Perangkat Daerah"
_LONG_ROWS = f"""level;kode;uraian;satuan;target;realisasi
sasaran;S1;Meningkatnya pelayanan;;;
iku;IKU 1;Persentase layanan;%;90;95
kegiatan;;{_KEGIATAN};;;
indikator_kegiatan;;{_SHARED};%;100;
kegiatan;;Penyusunan Dokumen Perencanaan Perangkat Daerah;;;
indikator_kegiatan;;{_SHARED};%;100;
"""


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screen_names_a_long_place_whole_as_check_does(
    make_app: Any, tmp_path: Path, lang: str
) -> None:
    """A kabupaten's indicator row shared by two kegiatan of long names: the Reviu screen cut
    its place at 100 characters, "(IKU 1 › Koordinasi dan Sinkronisasi Dokumen Perencan…", its
    kegiatan unread and its bracket open, where ``check`` says it whole."""
    store = Store(csv_store(tmp_path, "rows.csv", _LONG_ROWS, "Dinas X"))
    place = f"{_SHARED} (IKU 1 › {_KEGIATAN})"
    assert len(place) > 100
    said = " ".join(run_cli("check", "--lang", lang, store=store.root).stdout.split())
    assert place[:-1] in said, said  # (check adds the node's id inside the bracket)
    app = make_app(store=store, report_id="dinas-x-2024", lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        shown = reviu_lines(app)
        assert f"{place} " in shown, shown


#: offices of a province's store, in regions whose names read apart at different widths
#: ("Kab. Rejang Lebong" whole at 18 cells, "Kab. Bengkulu Selatan" at 21)
_PROVINCE = (
    ("Badan Pendapatan Daerah", "Pemerintah Kabupaten Kaur"),
    ("Kecamatan Pasar Manna", "Pemerintah Kabupaten Bengkulu Selatan"),
    ("Badan Penanggulangan Bencana Daerah", "Pemerintah Provinsi Bengkulu"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Pemerintah Kabupaten Bengkulu Tengah"),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Pemerintah Kabupaten Rejang Lebong"),
    ("Badan Pengelola Keuangan dan Aset Daerah", "Pemerintah Kabupaten Lebong"),
    ("Sekretariat Daerah", "Pemerintah Kabupaten Kepahiang"),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "Pemerintah Kabupaten Bengkulu Utara"),
)


def _edges(widths: list[int]) -> list[int | None]:
    """Where each column shown ends (None: left out), as the table lays them out."""
    edges: list[int | None] = []
    end = 1
    for width in widths:
        end += width + 2 if width else 0
        edges.append(end if width else None)
    return edges


@pytest.mark.parametrize("view", [[], ["ctrl+t"]])
async def test_the_overviews_columns_never_move_left_as_the_screen_grows(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, view: list[str]
) -> None:
    """By indicator between 100 and 110 columns the indicator and the instansi moved 3 cells
    left as the screen grew by one (108: the pemerintah took back the cells it had lent them
    where "Kab. Rejang Lebong" came whole). A column now ends at most a cell left of where it
    ended one column narrower (a name whose cut comes whole taking back the cell it lent the
    name beside it), at every width from 60 to 180 (but where a column left out comes back)."""
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path, _PROVINCE))
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _overview(pilot)
        for key in view:
            await pilot.press(key)
        await settle(pilot)
        table = screen.table
        last = _edges(table.fitted(58))
        for room in range(59, 180):
            edges = _edges(table.fitted(room))
            if [e is None for e in edges] == [e is None for e in last]:
                moved = [(a, b) for a, b in zip(last, edges, strict=True) if a and b and b < a - 1]
                assert not moved, (room, last, edges)
            last = edges


@pytest.mark.parametrize(("lang", "hidden"), [("id", "tersembunyi: Kode"), ("en", "hidden: Code")])
async def test_by_indicator_at_60x20_the_code_gives_its_cells_to_the_names(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, hidden: str
) -> None:
    """At 60×20 by indicator in a province's store, filtered "kep", the names had 9 and 10
    cells ("Angka ad…", "Badan…", "Kab. Lebo…") beside the kode's 6 ("IKU 16"). The kode is
    left out there, as the IKU count is by report (the title says so; Enter opens the report
    at that IKU): each name has 12 cells or more, and the regions read in whole words."""
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path, _PROVINCE), lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t", *"kep")
        await settle(pilot)
        widths = screen.table.fitted(screen.table.size.width)
        keys = [key for key, _ in screen.columns]
        assert widths[keys.index("code")] == 0, widths
        assert all(widths[keys.index(k)] >= 12 for k in ("indicator", "instansi", "pemerintah"))
        assert hidden in text_of(screen.query_one("#ov-title")), text_of(screen)
        rows = text_of(screen.table).splitlines()[1:]
        assert any("Kab. Kepahiang" in row or "…Kepahiang" in row for row in rows), rows
        assert not any("Kab. Lebo…" in row or "Kab. Reja…" in row for row in rows), rows


@pytest.mark.parametrize(
    ("lang", "region", "year"), [("id", "Daerah", "Tahun"), ("en", "Region", "Year")]
)
async def test_the_overviews_bar_leaves_off_a_filter_key_that_changes_nothing(
    make_app: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    region: str,
    year: str,
) -> None:
    """In a kabupaten's store the overview offered "^g Daerah" at 80×24: ctrl+g picked its one
    region, the same rows, and the key took the room of ⇧Tab. A key of a filter with one value
    to pick is left off the bar (ctrl+y in a store of one year too); with several regions, ^g
    is there."""
    from lkj_tui.tui.components.overview import OverviewScreen
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    one = regions_store(tmp_path / "one", _PROVINCE[:1])
    several = regions_store(tmp_path / "several", _PROVINCE[:3])
    for store, shown in ((one, False), (several, True)):
        app = make_app(store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            if not isinstance(app.screen, OverviewScreen):  # (one report: it opens)
                await pilot.press("o")
            screen = await _overview(pilot)
            assert screen.query_one("#ov-filter", Input).value == ""
            bar = text_of(screen.query_one(KeyBar))
            assert (f"^g {region}" in bar) is shown, bar
            assert f"^y {year}" not in bar, bar  # (every report of 2025)
            assert "^t" in bar and "Tab" in bar, bar


@pytest.mark.parametrize(
    ("lang", "title", "yes"), [("id", "sudah ada", "Buka"), ("en", "exists", "Open it")]
)
async def test_next_years_report_already_in_the_store_is_offered_to_open(
    make_app: Any, tui_store: Store, lang: str, title: str, yes: str
) -> None:
    """The store holds next year's report already (a colleague made it): the TUI asked "Buat
    laporan tahun 2024?" and, after "Buat", said the report exists. It now says so first and
    offers to open it; ``y`` opens it, nothing is made or changed."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await new_report_choices(pilot)
        await pilot.press("enter")  # next year's report
        await settle(pilot)
        await pilot.press("y")  # made
        await until(pilot, lambda: app.view is not None and app.view.report_id == NEXT)
        await settle(pilot)
        revision = Store(tui_store.root).load(NEXT).revision
        await pilot.press("r")  # back to last year's
        await settle(pilot)
        await pilot.press(*"2023", "enter")
        await until(pilot, lambda: app.view is not None and app.view.report_id != NEXT)
        await settle(pilot)
        await new_report_choices(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert title in app.screen.title_text and NEXT in app.screen.text
        bar = text_of(app.screen.query_one(KeyBar))
        assert f"y {yes}" in bar, bar
        await pilot.press("y")
        await until(pilot, lambda: app.view is not None and app.view.report_id == NEXT)
        await settle(pilot)
    assert reports(tui_store) == [BUNDLED_REPORT_ID, NEXT]
    assert Store(tui_store.root).load(NEXT).revision == revision


@pytest.mark.parametrize(
    ("lang", "rows", "jump"), [("id", "Ke daftar", "Lompat"), ("en", "To the list", "Jump")]
)
async def test_the_search_shows_no_empty_list_nor_its_keys_without_a_result(
    make_app: Any, lang: str, rows: str, jump: str
) -> None:
    """``/`` showed an empty list's box under the query (under "Tidak ditemukan: zzz" too), and
    the bar offered "↓ Ke daftar ⏎ Lompat", which led nowhere. The list and its keys come with
    the first result, and go when none is found."""
    async with opened(make_app, None, (60, 20), lang=lang) as (app, pilot, _):
        await pilot.press("slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one("#results")

        def bar() -> str:
            return text_of(screen.query_one(KeyBar))

        assert not results.display and rows not in bar() and jump not in bar(), bar()
        await pilot.press(*"nilai")
        await until(pilot, lambda: screen.shown == "nilai", "the results of nilai")
        await settle(pilot)
        assert results.display and f"↓ {rows}" in bar() and f"⏎ {jump}" in bar(), bar()
        await pilot.press(*"zzz")
        await until(pilot, lambda: screen.shown == "nilaizzz", "no result")
        await settle(pilot)
        assert not results.display and rows not in bar() and jump not in bar(), bar()
