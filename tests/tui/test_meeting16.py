"""The TUI in a meeting, sixteenth pass (tui16): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle, workers_done
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


@pytest.fixture
def kabupaten_report(tui_store):
    """A kabupaten office's report as benchmarks/generate.py makes them (long names, many
    under-target items beneath each IKU)."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    plan = generate.plan(generate.SCALES["kabupaten"])[4]
    report = Report.from_document(generate.build_document(plan, 1))
    tui_store.import_report(report)
    return plan.id


def _one_finding_each(monkeypatch) -> None:
    """A reviu badge on every IKU ("✗1"): the reviu's own checks change as it grows."""
    from lkj_tui.core.reviu import Finding, Reviu

    def compute(view):  # type: ignore[no-untyped-def]
        iku = [n for n in view.report.walk() if n.kind == "iku"]
        return Reviu(tuple(Finding("x", "error", n.id, "a", "b") for n in iku), len(iku))

    monkeypatch.setattr("lkj_tui.tui.reviu.compute", compute)


async def counted_rows(
    make_app, report_id: str, monkeypatch, lang: str
) -> list[tuple[str, str, int]]:
    """At 80×24, a finding on each IKU: (kode, row as drawn, under-target items beneath) of each
    IKU with such items."""
    from tests.tui.test_meeting15 import _row

    _one_finding_each(monkeypatch)
    app = make_app(report_id=report_id, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)
        evaluation = app.view.evaluation
        iku = [
            (n, evaluation.of(n.id).under_below) for n in app.view.report.walk() if n.kind == "iku"
        ]
        return [(n.code, _row(app, n.id), under) for n, under in iku if under]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_kabupaten_iku_row_at_80_columns_gives_its_count_before_its_name(
    make_app, kabupaten_report, monkeypatch, lang
) -> None:
    """At 80×24 a kabupaten's IKU row kept ≈ 13 cells for its name beside "✗3  ▼11" and its
    capaian ("IKU 1 Angka… ✗3  ▼11  134,00 %"). The count of the items beneath gives way first
    (the row's own ▼ and the detail pane say the rest): the name has its room. (Where the name
    shows no more without it, the count stays: test_tui63.)"""
    counted = await counted_rows(make_app, kabupaten_report, monkeypatch, lang)
    assert counted  # IKU with under-target items beneath
    names, dropped = [], 0
    for _, row, under in counted:
        assert "✗1" in row and ("%" in row or "—" in row), row
        dropped += f"▼{under}" not in row.split(" ✗1")[1]
        names.append(row.split(" ✗1")[0].removeprefix("▸ "))
    assert dropped, names
    assert max(len(name) for name in names) >= 20, names


def test_a_kabupaten_report_at_80x24_snapshot(
    snap_compare, make_app, kabupaten_report, monkeypatch
) -> None:
    _one_finding_each(monkeypatch)

    async def settled(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)

    app = make_app(report_id=kabupaten_report)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled)


@pytest.mark.parametrize(("width", "lang"), [(80, "id"), (74, "en")])
async def test_a_filter_on_a_names_first_word_keeps_it_in_view(
    make_app, tui_store, width, lang
) -> None:
    """At 80 columns "Dinas Kependudukan dan Pencatatan Sipil" beside "Dinas Kesehatan" read
    "…Kependudukan…": filtered on "dinas", the rows did not show the word typed. Now a cut that
    would drop a typed word keeps it where the words that tell the names apart still show."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report
    from tests.tui.test_years_overview import _overview

    offices = {
        "dukcapil-2024": ("Dinas Kependudukan dan Pencatatan Sipil", "Bengkulu Selatan"),
        "dinkes-2024": ("Dinas Kesehatan", "Bengkulu Tengah"),
    }
    for rid, (office, region) in offices.items():
        report = load_bundled_report()
        meta = replace(report.meta, id=rid, instansi=f"{office} Kabupaten {region}")
        report.meta = replace(meta, pemerintah=f"Pemerintah Kabupaten {region}")
        tui_store.import_report(report)
    app = make_app(lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press(*"dinas")
        await settle(pilot)
        shown = {x.id: cells[0] for x, cells in zip(screen.shown, _cells(screen), strict=True)}
        assert set(shown) == set(offices), shown
        assert shown["dukcapil-2024"].startswith("Dinas Kependudu"), shown
        assert shown["dinkes-2024"] == "Dinas Kesehatan", shown


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_escape_with_typed_text_asks_and_a_second_escape_keeps_it(
    make_app, size, lang
) -> None:
    """Esc in a dialog with typed text asks "discard?". A second Esc once discarded (meeting16),
    and a user pressing Esc to go back lost what they had typed (edit34): now Esc keeps editing,
    the typed text still there, and only ``y`` discards; the question's key bar names its keys
    as its buttons do. Asked by ctrl+q, Esc keeps editing too."""
    from textual.widgets import Input, TextArea

    from lkj_tui.tui.components.dialogs import ConfirmDialog, TextDialog, ValueDialog
    from lkj_tui.tui.components.keybar import KeyBar
    from tests.tui.conftest import go

    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        realisasi = app.view.report.get(iku1).measure.realisasi
        await pilot.press("e", "ctrl+u", *"3,3", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        bar = str(app.screen.query_one(KeyBar).render())
        keep, discard = ("Lanjut mengisi", "Buang") if lang == "id" else ("Keep editing", "Discard")
        assert f"esc {keep}" in bar and f"y {discard}" in bar, bar
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        assert app.screen.query_one(Input).value == "3,3"
        await pilot.press("escape", "y")  # discarding is a deliberate key
        await settle(pilot)
        assert not app.screen.is_modal
        assert app.view.report.get(iku1).measure.realisasi == realisasi
        await pilot.press("s", "enter", *"Teks", "escape", "escape")  # a text dialog too
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(TextArea).text == "Teks"
        await pilot.press("escape", "y")
        await settle(pilot)
        assert not app.screen.is_modal
        await pilot.press("e", "ctrl+u", *"3,3", "ctrl+q")  # the question before quitting
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog) and app.is_running
        assert app.screen.query_one(Input).value == "3,3"
        assert not app.screen.query(TextArea) and not isinstance(app.screen, TextDialog)


async def test_search_results_keep_their_kind_and_kode_whole_at_80_columns(
    make_app, kabupaten_report
) -> None:
    """At 80×24 in English a result read "Key indicator (IKU IKU 1 …" (the kind cut inside its
    gloss) and "… · IKU" above "1" (a kode broken across two lines). The kind drops its gloss
    where it does not fit, and a kode stays on one line with its "·"."""
    from textual.widgets import OptionList

    app = make_app(report_id=kabupaten_report, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"jumlah")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        lines = [results.render_line(y).text.rstrip() for y in range(results.size.height)]
        # (tui37's short kind, where tui41 puts an IKU's kode, which says it: "IKU 3      Jumlah…")
        kodes = [line.lstrip(" ▊").split("  ")[0] for line in lines]
        assert any(k.startswith("IKU ") and k[4:].isdigit() for k in kodes), lines
        assert not any("(IKU IKU" in line for line in lines), lines
        for line in lines:
            assert not line.endswith(("· IKU", "·")), lines
            # (a twin's id stands in the kind's column, tui43: "0a5015ba   Jumlah Ruas…")
            head = line.lstrip(" ▊")[:11]
            twin = len(head.split()) == 1 and all(c in "0123456789abcdef" for c in head.strip())
            assert not line.lstrip()[:1].isdigit() or twin, lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_region_filter_says_its_region_once(make_app, regions_store, lang) -> None:
    """ctrl+g picked one region and every row still said it in the pemerintah column, the
    instansi cut beside it at 80 columns. Now the region picked is said in the title, as in a
    store of one region, and the instansi has the column's room; ctrl+g again brings it back."""
    from tests.tui.test_years_overview import _overview

    app = make_app(regions_store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        assert len(_cells(screen)[0]) == 7  # instansi, pemerintah and five figures
        while screen.region_filter != "Pemerintah Kabupaten Kaur":
            await pilot.press("ctrl+g")
            await settle(pilot)
        title = str(screen.query_one("#ov-title").render())
        assert title.endswith("· Pemerintah Kabupaten Kaur"), title
        rows = _cells(screen)
        assert len(rows) == 1 and len(rows[0]) == 6, rows  # no pemerintah cell
        assert rows[0][0].startswith("Dinas Pengendalian Penduduk dan"), rows
        while screen.region_filter is not None:
            await pilot.press("ctrl+g")
            await settle(pilot)
        assert len(_cells(screen)[0]) == 7
