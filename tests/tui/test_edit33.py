"""edit33: authoring in the TUI — a number typed as the target of an indicator whose satuan is
Predikat (next year's report, before any realisasi) asks a second Enter, as ``set`` says it
and ``check`` warns (one rule)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_authoring18 import target_dialog, without_realisasi


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Satuan Predikat, tetapi target >3,51 berupa angka"),
        ("en", "The satuan is Predikat, but target >3,51 is a number"),
    ],
)
async def test_a_number_target_of_a_grade_asks_a_second_enter(
    make_app, tui_store, lang: str, said: str
) -> None:
    """``t`` on IKU 2 (satuan Predikat, target CC, no realisasi yet): ">3,51" was saved at
    once, its doubts only the reading's own. Now the dialog says the satuan's doubt and asks
    a second Enter; a grade goes through at once."""
    without_realisasi(tui_store, "IKU 2")
    async with opened(make_app, "IKU 2", (80, 24), lang=lang) as (app, pilot, iku):
        dialog = await target_dialog(pilot)
        await pilot.press("ctrl+u", *">3,51", "enter")
        await settle(pilot)
        assert app.screen is dialog, "a number for a grade needs a second Enter"
        warned = " ".join(text_of(dialog.query_one("#warnings")).split())
        assert said in warned, warned
        await pilot.press("ctrl+u", *"BB")
        await settle(pilot)
        assert not dialog.query_one("#warnings").display
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is not dialog
        node = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku)
        assert node.measure.target == "BB"


async def test_the_measure_forms_satuan_gives_the_doubt_set_gives(make_app) -> None:
    """The measure form's satuan typed "Predikat" over IKU 1's numbers (3,22 and 2,85) gave
    the realisasi's doubts; it gives ``set … satuan``'s words now, until the satuan is "Nilai"."""
    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, _):
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#f-satuan", Input).focus()
        await pilot.press("ctrl+u", *"Predikat")
        await settle(pilot)
        warned = app.screen.query_one("#warnings")
        shown = " ".join(text_of(warned).split())
        assert warned.display and "target 3,22 dan realisasi 2,85 berupa angka" in shown, shown
        await pilot.press("ctrl+u", *"Nilai")
        await settle(pilot)
        assert not warned.display, text_of(warned)


def _kelompok_report(report_id: str):  # type: ignore[no-untyped-def]
    """The bundled report as ``report_id`` with sub kegiatan "Pemeliharaan Kelompok Tani
    Binaan" (under IKU 1), "Pemeliharaan Kegiatan Monitoring dan Evaluasi" and "Penyediaan
    Kelompok Tani Binaan" (under IKU 3), as kabupaten reports name them; the first's id."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report
    from tests.tui.test_edit29 import add

    report = load_bundled_report()
    report.meta = replace(report.meta, id=report_id)
    iku1, iku3 = (next(n.id for n in report.walk() if n.code == c) for c in ("IKU 1", "IKU 3"))
    program = add(report, iku1, "program", "Program Pengelolaan Arsip")
    kegiatan = add(report, program, "kegiatan", "Peningkatan Kapasitas Kelembagaan Daerah")
    kelompok = add(report, kegiatan, "subkegiatan", "Pemeliharaan Kelompok Tani Binaan")
    program = add(report, iku3, "program", "Program Penyelenggaraan Jalan")
    kegiatan = add(report, program, "kegiatan", "Fasilitasi Desa")
    for name in (
        "Pemeliharaan Kegiatan Monitoring dan Evaluasi",
        "Penyediaan Kelompok Tani Binaan",
    ):
        add(report, kegiatan, "subkegiatan", name)
    return report, kelompok


async def test_a_move_targets_name_is_cut_at_a_word_where_that_tells_it_apart(
    make_app, tui_store
) -> None:
    """At 80 columns the move picker showed "Sub Kegiatan · Pemeliharaan Kelompo…" on a row
    of its own: the letters that tell the name from "Pemeliharaan Kegiatan…" (core.apart), cut
    within a word, where the row read apart from every other cut after "Pemeliharaan". Kabupaten
    reports, every move target of the first indikator kegiatan at 80 columns: 1,729 rows cut
    within a word, now 1,058 (in English 1,072, now 548), each where a word cut would read as
    another row; none reads alike that did not (30, in English 4)."""
    from tests.tui.test_authoring27 import move_rows

    report, kelompok = _kelompok_report("uji-kelompok-2024")
    rows = await move_rows(make_app, tui_store, report, "id")
    assert "Kelompo…" not in rows[kelompok], rows[kelompok]
    assert "Sub Kegiatan · Pemeliharaan…" in rows[kelompok], rows[kelompok]
    assert len(set(rows.values())) == len(rows)  # (none reads as another)
