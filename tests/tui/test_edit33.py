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
