"""Authoring in the TUI (edit28): the realisasi and target dialogs say what an empty field means
once (in the preview while it is empty, in the hint while it holds a value); the move picker's
rows that read alike keep the step of their place that tells them apart."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from lkj_tui.tui.components.dialogs import ValueDialog
from tests.tui.conftest import SIZE, node_id_by_code, settle
from tests.tui.test_authoring27 import move_rows


def shown(app, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return str(widget.render()) if widget.display else ""


@pytest.mark.parametrize(
    ("lang", "key", "empty"),
    [
        ("id", "e", "belum dilaporkan"),
        ("en", "e", "not reported"),
        ("id", "t", "belum ditetapkan"),
        ("en", "t", "no target set"),
    ],
)
async def test_an_empty_value_is_explained_once(make_app, lang, key, empty) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.tree.reveal(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        words = ("Kosong", "Empty")[lang == "en"]
        hint = shown(app, ".dialog-hint")
        assert f"{words} =" in hint  # with a value: the hint says what an empty field means
        await pilot.press("ctrl+u")
        await settle(pilot)
        both = shown(app, "#preview") + "\n" + shown(app, ".dialog-hint")
        assert empty in shown(app, "#preview")
        assert both.count(words) == 1, both
        await pilot.press(*"2")
        await settle(pilot)
        assert f"{words} =" in shown(app, ".dialog-hint")


PROGRAM = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
KEGIATAN = "Penyediaan Administrasi Perkantoran dan Sarana Prasarana Kantor"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_picker_keeps_the_step_that_tells_two_places_apart(
    make_app, tui_store, lang
) -> None:
    """At 80 columns the same-named kegiatan under the same-named program of IKU 3 and of
    IKU 4 read alike ("di bawah …› Program…" on both): the IKU, the step that tells them
    apart, was left out. Rows that read alike keep it."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id="uji-pindah-2023")
    for code in ("IKU 3", "IKU 4"):
        iku = next(n for n in report.walk() if n.code == code)
        program = edits.add(report, iku.id, "program", PROGRAM)
        edits.apply(report, program)
        edits.apply(report, edits.add(report, program.focus, "kegiatan", KEGIATAN))
    rows = await move_rows(make_app, tui_store, report, lang)
    shown = [text for text in rows.values() if KEGIATAN[:10] in text]
    assert len(shown) == 2, shown
    assert shown[0] != shown[1], shown
    assert "IKU 3 › " in shown[0] and "IKU 4 › " in shown[1], shown
