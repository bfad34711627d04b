"""edit40: the key bar leaves ``M`` off a node with nowhere to move (a Tujuan; a Sasaran of the
report's one Tujuan: "M Pindah" there only answered that there was no other place), and offers
it again once another Tujuan is there; id and en. The move picker cuts a name after the word it
cut within (``PickerDialog._told_once``)."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from lkj_tui.core.model import PARENT_KINDS
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import nowhere_to_move
from tests.tui.conftest import go, opened, settle
from tests.tui.test_keybar import bar

WIDE = (120, 40)
MOVE = {"id": " M Pindah ", "en": " M Move "}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_bar_offers_move_only_where_a_node_can_go(make_app, tmp_path, lang) -> None:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    async with opened(make_app, "T1", WIDE, store=store, lang=lang) as (app, pilot, _):
        assert edits.move_targets(app.view.report, app.selected().id) == []
        assert MOVE[lang] not in bar(app), bar(app)  # the report's one Tujuan
        await go(pilot, "S1")  # under it: no other Tujuan to go to
        await settle(pilot)
        assert edits.move_targets(app.view.report, app.selected().id) == []
        assert MOVE[lang] not in bar(app), bar(app)
        await go(pilot, "IKU 1")  # three Sasaran to go under
        await settle(pilot)
        assert MOVE[lang] in bar(app), bar(app)


def test_a_second_tujuan_gives_a_sasaran_somewhere_to_go() -> None:
    report = load_bundled_report()
    s1 = next(n for n in report.walk() if n.code == "S1")
    t1 = report.node(s1.parent)
    assert nowhere_to_move(report, t1) and nowhere_to_move(report, s1)
    edits.apply(report, edits.add(report, None, "tujuan", "Tujuan Kedua", "T2"))
    assert nowhere_to_move(report, t1)  # (a Tujuan stands at the top: never a parent)
    assert not nowhere_to_move(report, s1)
    assert edits.move_targets(report, s1.id)
    # every other kind keeps M (not known without a walk; M says so when it finds no place)
    iku = next(n for n in report.walk() if n.kind == "iku")
    assert not nowhere_to_move(report, iku)
    assert {k for k, parents in PARENT_KINDS.items() if set(parents) <= {None, "tujuan"}} == {
        "tujuan",
        "sasaran",
    }


def test_a_name_cut_within_a_word_is_cut_after_it_where_its_place_gives_way() -> None:
    """Two sub kegiatan under one parent whose names tell apart only in their second word read
    "Pemeliharaan Layana…" (the letters that differ, where the place kept "di bawah …›
    Pemeliharaan…" at its least) beside "…Laporan Keuangan…" at 80 columns (62 cells a row).
    No name is cut within a word, none reads as another, and the place says that steps are
    left out ("…› ") on every row: the steps gave way to the word ("di bawah Pemeliharaan…",
    edit40) on 950 of 35,662 rows of the kabupaten reports, a second form beside "di bawah …›
    Pemeliharaan…" (edit43)."""
    from lkj_tui.tui.components.picker import PickerDialog, _at_word, _word_end

    where = "di bawah T1 › S1 › IKU 1 › Program Penunjang Urusan Pemerintahan Daerah › "
    names = ("Pemeliharaan Layanan Administrasi Perkantoran", "Pemeliharaan Laporan Keuangan")
    parents = ("Pemeliharaan Ruas Jalan Kabupaten", "Pengelolaan Arsip Daerah Kabupaten")
    rows = [
        (f"{p}{n}", f"Sub Kegiatan · {name}", where + parent)
        for p, parent in enumerate(parents)
        for n, name in enumerate(names)
    ]
    dialog = PickerDialog("x", rows, "id", one_line=True, lead="di bawah ", kinds=("Kegiatan",))
    dialog._width, dialog._alike = 62, set()
    shown = list(range(len(rows)))
    texts = dialog._told_apart(shown, [dialog._row(i) for i in shown])
    assert len(set(texts)) == len(texts)
    assert all(a.startswith("Sub Kegiatan · ") and len(a + b) <= 62 for a, b in texts)
    assert all(b.startswith("  di bawah …› ") for _, b in texts), texts
    assert all(_at_word(a, rows[i][1]) for i, (a, _) in enumerate(texts))
    label = "Sub Kegiatan · Pembinaan dan Pengawasan Dokumen Perencanaan"
    assert _word_end("Sub Kegiatan · Pembinaan…Doku…", label) == "Sub Kegiatan · Pembinaan…Dokumen…"
    assert _word_end("Sub Kegiatan · Pembinaan…", label) == "Sub Kegiatan · Pembinaan…"
    # (a part after "…" is found at a word, not inside the first: "Pengendalian", not "Pengelolaan")
    named = "Sub Kegiatan · Pengelolaan Data Pengendalian"
    assert _word_end("Sub Kegiatan · Pengelolaan…Penge…", named).endswith("…Pengendalian")
    assert _word_end("Activity · Pengelolaan Da…", "Activity (Kegiatan) · Pengelolaan Data") == (
        "Activity · Pengelolaan Data"
    )
