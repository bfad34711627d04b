"""The TUI in a meeting, fifteenth pass (tui15): 80×24 and 120×40, id and en."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture


@pytest.mark.usefixtures("lasting_toasts")
@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_each_jump_replaces_the_toast_of_the_one_before(make_app, size, lang) -> None:
    """`n` pressed three times stacked three toasts ("1 dari 12", "2 dari 12", "3 dari 12": nine
    lines over the detail pane at 80×24); now one says where the cursor is. Typed in a burst
    too (the toasts are asked for before the first is on screen)."""
    app = make_app(lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.toast("Laporan dimuat ulang")  # another kind of toast stays
        for keys in (("n",), ("n",), ("N", "n", "n")):
            await pilot.press(*keys)
            await settle(pilot)
        await pilot.pause()
        shown = [toast.render().plain for toast in app.screen.query(Toast)]
        assert shown == ["Laporan dimuat ulang", ("3 of 12" if lang == "en" else "3 dari 12")]


def _row(app, node_id: str) -> str:
    """The tree row of a report node as drawn (icon, code, name cut to fit, figures)."""
    from rich.style import Style

    tree = app.tree
    return tree.render_label(tree.nodes_by_id[node_id], Style(), Style()).plain


BMD = {
    "administrasi": "Persentase administrasi umum yang terealisasi",
    "pemeliharaan": "Persentase pemeliharaan BMD yang terealisasi",
    "pengadaan": "Persentase pengadaan BMD yang terealisasi",
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_names_cut_alike_under_different_parents_are_told_apart(make_app, lang) -> None:
    """At 80×24 with everything open (`+`), three indicators of three kegiatan all read
    "Persentase…", and IKU 2 "Indeks Reformasi Hukum" (under S1) "Indeks…" like IKU 3
    "Indeks Inflasi" (under S2): names were told apart among siblings only. Now across the
    tree: the shared words give way to the ones that differ."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await settle(pilot)
        report = app.view.report
        rows = {n.name: _row(app, n.id) for n in report.walk() if n.name in BMD.values()}
        assert len(rows) == 3, rows
        for word, name in BMD.items():
            assert word in rows[name] and "Persentase…" not in rows[name].split("  ")[0], rows
        iku2 = next(n for n in report.walk() if n.code == "IKU 2")
        assert "Reformasi" in _row(app, iku2.id), _row(app, iku2.id)


async def test_a_renamed_node_shows_its_new_name_in_the_tree(make_app) -> None:
    """`R` saved the new name, the detail pane said it, and the tree's row kept the old name
    until the report was loaded again."""
    from tests.tui.conftest import go

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        iku3 = await go(pilot, "IKU 3")
        await pilot.press("R")
        await settle(pilot)
        await pilot.press("ctrl+u", *"Indeks Harga Daerah", "down", "ctrl+u", *"IKU 3a", "ctrl+s")
        await settle(pilot)
        assert app.view.report.get(iku3).name == "Indeks Harga Daerah"
        row = _row(app, iku3)
        assert "IKU 3a Indeks Harga Daerah" in row and "Inflasi" not in row, row


KAB = "Pemerintah Kabupaten Bengkulu Selatan"
#: offices of one kabupaten whose names begin alike (each ends with the region's name)
OFFICES = {
    "dpmd-2024": "Dinas Pemberdayaan Masyarakat dan Desa",
    "dp3a-2024": "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "bkpsdm-2024": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "bapenda-2024": "Badan Pendapatan Daerah",
}


@pytest.fixture
def kab_store(tui_store):
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    for rid, office in OFFICES.items():
        report = load_bundled_report()
        instansi = f"{office} Kabupaten Bengkulu Selatan"
        report.meta = replace(report.meta, id=rid, instansi=instansi, pemerintah=KAB)
        tui_store.import_report(report)
    return tui_store


def _cells(screen) -> list[list[str]]:
    """The overview's rows as drawn, split into their cells."""
    import re

    from lkj_tui.tui.components.rowtable import RowTable

    table = screen.query_one(RowTable)
    height = min(table.size.height, len(table.rows) + 1)
    return [re.split(r"\s{2,}", table.render_line(y).text.strip()) for y in range(1, height)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_by_indicator_gives_the_instansi_room_at_80_columns(
    make_app, kab_store, lang
) -> None:
    """At 80×24 the view by indicator kept 12 cells for the instansi: every office read "Dinas…"
    or "Badan…". Now the figures' columns are as wide as their cells (a capaian, "Sangat
    Tinggi"), the two names share the rest, the region's name (in the title) is not repeated,
    and two offices or two indicators that begin alike are told apart by the words that
    differ ("…Masyarakat…", "…Perempuan…"; IKU 4 "…Pembangunan", IKU 5 "…Pengadaan…")."""
    from tests.tui.test_years_overview import _overview

    app = make_app(kab_store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t", *"ketepatan")
        await settle(pilot)
        rows = _cells(screen)
        assert len(rows) == 2 * (len(OFFICES) + 1), rows
        by_report = {}
        for x, cells in zip(screen.shown, rows, strict=True):
            assert len(cells) == 6, cells  # every column on screen
            by_report.setdefault(x.report.id, set()).add(cells[1])
            word = "Pembangunan" if x.code == "IKU 4" else "Pengadaan"
            assert word in cells[0], cells
        offices = {rid: cells.pop() for rid, cells in by_report.items()}
        assert len(set(offices.values())) == len(offices), offices  # five offices, five cells
        for shown in offices.values():
            assert "Kabupaten" not in shown and len(shown) >= 16, offices
        assert "Masyarakat" in offices["dpmd-2024"] and "Perempuan" in offices["dp3a-2024"]
        assert offices["bapenda-2024"].startswith("Badan Pendapatan"), offices


async def test_the_overview_gives_the_instansi_what_short_headers_free(make_app, kab_store):
    """At 80×24 the overview by report showed "Blm capai" in 13 cells and cut the instansi at
    24 ("Dinas Pemberdayaan…" for two offices): a column that shows its short header is now as
    wide as that header or its figures, and the instansi has the cells."""
    from tests.tui.test_years_overview import _overview

    app = make_app(kab_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        rows = _cells(screen)
        shown = {x.id: cells[0] for x, cells in zip(screen.shown, rows, strict=True)}
        assert shown["dpmd-2024"].startswith("Dinas Pemberdayaan Masyarakat"), shown
        assert shown["dp3a-2024"].startswith("Dinas Pemberdayaan Perempuan"), shown
        assert all(len(cells) == 6 for cells in rows), rows  # every column on screen


def test_office_name_drops_only_the_one_regions_name() -> None:
    from lkj_tui.tui.components.overview import office_name

    assert office_name("Dinas Sosial Kabupaten Bengkulu Selatan", KAB) == "Dinas Sosial"
    assert office_name("Dinas Sosial Kab. Bengkulu Selatan", KAB) == "Dinas Sosial"
    assert office_name("Dinas Sosial Kabupaten Kaur", KAB) == "Dinas Sosial Kabupaten Kaur"
    assert office_name("Dinas Sosial Kabupaten Bengkulu Selatan", None).endswith("Selatan")
    # the region's own report, or little more, stays whole
    assert office_name("Pemerintah Kabupaten Bengkulu Selatan", KAB) == KAB
    assert office_name("BPS Kabupaten Bengkulu Selatan", KAB).endswith("Selatan")


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("take", "lang"), [(True, "id"), (False, "en")])
@pytest.mark.usefixtures("office_env")
async def test_k_chooses_every_conflict_at_once_as_one_change(offices, make_app, take, lang):  # noqa: F811
    """K had no "all" while `lkj-tui resolve semua pertahankan|ambil-lain` has: two offices'
    next-year reports conflict on every field that differs, chosen one by one. Now the list
    ends with "Semua (2) sekaligus: …": one save, both values and both conflicts, undone by
    one ctrl+z (the values and the conflicts back) and redone by ctrl+y; the change log and
    the journal say each conflict in resolve's words."""
    from lkj_tui.storage import journal
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from lkj_tui.tui.components.sharingscreens import ConflictScreen
    from tests.test_sharing16 import two_conflicts
    from tests.test_sync import meta_doc
    from tests.tui.conftest import node_id_by_code, report_id, text_of
    from tests.tui.test_sharing import choose

    store = two_conflicts(offices)
    recorded = meta_doc(offices, "opd")["conflicts"]
    assert len(recorded) == 2
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        iku1, iku2 = (node_id_by_code(app, code) for code in ("IKU 1", "IKU 2"))

        def values() -> tuple[tuple[str, str], tuple[str, str]]:
            disk = store.load(report_id()).report
            shown = app.view.evaluation.report
            return (
                (disk.node(iku1).measure.target, disk.node(iku2).measure.realisasi),
                (shown.node(iku1).measure.target, shown.node(iku2).measure.realisasi),
            )

        ours, theirs = ("3,50", "81"), ("3,40", "80")
        assert values() == (ours, ours)
        await pilot.press("K")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        words = {
            ("id", True): "Semua (2) sekaligus: ambil nilai yang lain",
            ("en", False): "All (2) at once: keep the values in the file",
        }[(lang, take)]
        choose(app.screen, words)
        await pilot.press("enter")
        await settle(pilot)
        picked = theirs if take else ours
        assert values() == (picked, picked)
        assert "conflicts" not in meta_doc(offices, "opd")
        revision = store.revision(report_id())
        await pilot.press("ctrl+z")  # one step: both values and both conflicts back
        await settle(pilot)
        assert values() == (ours, ours)
        assert meta_doc(offices, "opd")["conflicts"] == recorded
        assert store.revision(report_id()) == revision + 1
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert values() == (picked, picked) and "conflicts" not in meta_doc(offices, "opd")
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        log = " ".join(text_of(app.screen.query_one("#log")).split())
        chosen = (
            "konflik sinkronisasi dipilih: ambil nilai yang lain 80 (bukan 81)"
            if take
            else "sync conflict chosen: keep 81 (not 80)"
        )
        assert chosen in log, log
    entries = journal.read(store.root, report_id())
    how = "take" if take else "keep"
    last = [e for e in entries if e["kind"] in ("edit", "undo", "redo")][-6:]
    assert [e["kind"] for e in last] == ["edit", "edit", "undo", "undo", "redo", "redo"]
    assert all(e["conflict"][0] == how and len(e["lines"]) == 1 for e in last)
    assert {tuple(e["conflict"][1:]) for e in last} == {("81", "80"), ("3,50", "3,40")}


@pytest.mark.parametrize(
    ("lang", "part", "printed"), [("id", "dari", "laporan"), ("en", "of", "report")]
)
async def test_the_summary_says_of_how_many_iku_by_the_average_it_qualifies(
    make_app, tmp_path: Path, lang, part, printed
) -> None:
    """A report that prints its own average, with two IKU without a realisasi: the top bar read
    "rata-rata capaian 101,50 % (laporan: 107,35 %) (8 dari 10 IKU)", the count after the
    report's figure as if it were of that one; `status` says "(8 dari 10 IKU)" by our average."""
    import re

    from lkj_tui.tui.components.summary import SummaryBar
    from tests.tui.test_engine_detail import unmeasured_store

    store = unmeasured_store(tmp_path, "IKU 1", "IKU 2")
    app = make_app(store, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        summary = " ".join(str(app.query_one(SummaryBar).render()).split())
    # (at 120 columns in Bahasa Indonesia "(8/10 IKU)": the totals then keep one line, edit21)
    shown = rf"\d % \(8( {part} |/)10 IKU\) \({printed}: 107,35 %\)"
    assert re.search(shown, summary), summary


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_search_results_alike_say_their_parent(make_app, size, lang) -> None:
    """`/` found "Penyusunan Laporan Kinerja Kab. …" twice, both "· IKU 7": one indicator of
    a kegiatan and one of a sub kegiatan, with nothing to tell which to jump to. Results alike
    now say their parent; a result alone stays as it was."""
    from textual.widgets import OptionList

    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Penyusunan Laporan Kinerja Kab")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        shown = [
            " ".join(str(results.get_option_at_index(i).prompt).split())
            for i in range(results.option_count)
        ]
        assert len(shown) == 2, shown
        assert any("IKU 7 › Kegiatan Penataan Organisasi" in x for x in shown), shown
        assert any("IKU 7 › Sub Kegiatan Peningkatan kinerja" in x for x in shown), shown
        app.screen.query_one("#query").value = "Nilai SAKIP"
        await settle(pilot)
        alone = str(results.get_option_at_index(0).prompt)
        assert "›" not in alone, alone


async def test_the_summary_keeps_the_end_of_a_long_report_id(make_app, kab_store) -> None:
    """A kabupaten report's id in the top bar read "bengkulu-selatan-badan-kepegawaian-dan-
    pengembangan-sumber-…": the end, where its year is, was cut. A long id keeps its end, as the
    years' sources do."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.tui.components.summary import SummaryBar

    rid = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2025"
    report = load_bundled_report()
    report.meta = replace(report.meta, id=rid, tahun=2025, pemerintah=KAB)
    kab_store.import_report(report)
    app = make_app(kab_store, report_id=rid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        summary = " ".join(str(app.query_one(SummaryBar).render()).split())
    # (cut at a "-", years30: "…-selatan-badan-…", not "…gkulu-selatan-…")
    assert "…-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2025 rev. 1" in summary
