"""edit39: the key bar at 80×24 shows ``e`` (realisasi) on a measure of next year's report, after
``t`` (a planner saw "t Target …" with no ``e`` and pressed ``r`` for the realisasi: the report
picker); with no node selected (an empty report, every add undone) only the keys that work
there, where it offered "/ Cari p Masalah s Solusi d Hapus"; and ``^y`` once a change is undone,
``^z`` gone once every one is (it stayed, doing nothing, and ``^y`` was not there); id and en."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import empty_report, rollover
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring import opens
from tests.tui.test_keybar import bar

SMALL = (80, 24)
WORDS = {
    "id": {
        "first": " t Target e Realisasi T Tanpa target a Tambah …",
        "node": ("/ Cari", "p Masalah", "s Solusi", "d Hapus", "M Pindah"),
        "add": " a Tambah",
        "undo": "^z Batal",
        "redo": "^y Ulang",
        "palette": " ^p Perintah",
    },
    "en": {
        "first": " t Target e Actual T No target a Add d Delete …",
        "node": ("/ Search", "p Problem", "s Solution", "d Delete", "M Move"),
        "add": " a Add",
        "undo": "^z Undo",
        "redo": "^y Redo",
        "palette": " ^p Commands",
    },
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_e_follows_t_on_a_measure_to_fill(make_app, tmp_path, lang) -> None:
    store = Store(tmp_path / "next", seed=load_bundled_report)
    store.import_report(rollover(store.load(BUNDLED_REPORT_ID).report, 2024))
    kw = {"store": store, "report_id": "bengkulu-selatan-setda-2024", "lang": lang}
    async with opened(make_app, "IKU 2", SMALL, **kw) as (app, _, _):
        assert app.selected().measure.realisasi in ("", None)
        shown = bar(app)
        assert shown.startswith(WORDS[lang]["first"]), shown
        assert shown.rstrip().endswith(WORDS[lang]["palette"]), shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_with_no_node_the_bar_offers_what_works(make_app, tui_store, lang) -> None:
    tui_store.import_report(empty_report("dinas-x-2024", "Dinas X", 2024))
    words = WORDS[lang]
    async with opened(make_app, None, SMALL, report_id="dinas-x-2024", lang=lang) as (
        app,
        pilot,
        _,
    ):
        assert app.selected() is None
        await opens(pilot, "a")
        await pilot.press(*"Tujuan Pertama", "enter", *"T1", "enter")
        await settle(pilot)
        assert app.selected() is not None
        assert words["node"][3] in bar(app) and words["undo"] in bar(app), bar(app)
        assert words["redo"] not in bar(app), bar(app)  # (nothing undone yet)
        await pilot.press("ctrl+z")  # every add undone: nothing selected, something to redo
        await settle(pilot)
        shown = bar(app)
        assert app.selected() is None
        assert shown.startswith(f"{words['add']} {words['redo']} "), shown
        assert words["undo"] not in shown, shown
        assert not [word for word in words["node"] if word in shown], shown
        await pilot.press("ctrl+y")  # redone: the node back, ^z again, nothing left to redo
        await settle(pilot)
        shown = bar(app)
        assert app.selected() is not None
        assert words["undo"] in shown and words["redo"] not in shown, shown


async def test_undo_and_redo_both_named_while_both_act(make_app) -> None:
    async with opened(make_app, "IKU 1", (160, 24)) as (app, pilot, _):
        for value in ("2,90", "2,95"):
            await pilot.press("e", "ctrl+u", *value, "enter")
            await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.changelog.can_undo and app.changelog.can_redo
        assert "^z Batal ^y Ulang" in bar(app), bar(app)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_in_review_a_measure_without_its_realisasi_offers_e(make_app, tmp_path, lang):
    """A report in review (something under target) with a measure whose realisasi is still to
    type: the bar read "u n / t …" there (its target first, filled already) and no e."""
    from dataclasses import replace

    store = Store(tmp_path / "review", seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 2")
    report.replace_node(iku.with_changes(measure=replace(iku.measure, realisasi=None)))
    store.import_report(report, overwrite=True)
    kw = {"store": store, "lang": lang}
    async with opened(make_app, "IKU 2", SMALL, **kw) as (app, _, _):
        assert app.view.in_review and app.selected().measure.target
        after = "/ Cari e Realisasi " if lang == "id" else "/ Search e Actual "
        assert after in bar(app), bar(app)


def test_a_name_cut_alike_keeps_its_words_before_a_skip() -> None:
    """The move picker cuts rows of one name alike after a whole word (``_word_cut``). Beside
    "Koordinasi…" a row read "Koordinasi…Sara…" (the letters that tell "Sarana" from "Sekolah"),
    and the cut went back to its last space, losing the name: "Sub Kegiatan…  di bawah …›
    Koordinasi dan Sinkronisasi Ruas…" on both rows (Bapenda 2023 of the kabupaten store, 80
    columns). It is cut at the "…" of the words skipped now, as at a space. Over every move
    target of the first indikator kegiatan of the 200 kabupaten reports at 80 columns, rows
    whose name shows no whole word of it: 216 → 0 (id), 178 → 0 (en)."""
    from lkj_tui.tui.components.picker import _word_cut

    label = "Sub Kegiatan · Koordinasi dan Sinkronisasi Sarana dan Prasarana Kantor"
    assert _word_cut("Sub Kegiatan · Koordinasi…Sara…", label) == "Sub Kegiatan · Koordinasi…"
    assert _word_cut("Sub Kegiatan · Koordinasi…Sarana dan…", label).endswith("Sarana dan…")
    assert (
        _word_cut(
            "Sub Kegiatan · Pemeliharaan Kelompo…", "Sub Kegiatan · Pemeliharaan Kelompok Tani"
        )
        == "Sub Kegiatan · Pemeliharaan…"
    )
    assert _word_cut("Koordinasi…", label) == "Koordinasi…"
