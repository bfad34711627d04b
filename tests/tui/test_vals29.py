"""vals29: a number wider than the line is cut with its length in the TUI as the CLI and the
export cut it ("9999… (200 digit)", core/longvalue.py): the detail pane and the reviu screen at
80×24; the stored value stays whole."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Input, OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.edits import set_field
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.reviu import ReviuScreen
from tests.tui.conftest import go, node_id_by_code, opened, settle, text_of
from tests.tui.test_reviu import label_of

_BIG = "9" * 200


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_200_digit_target_is_cut_with_its_length_at_80_columns(
    make_app, tui_store, lang: str
) -> None:
    """The pane printed a 200-digit target whole: eight lines of nines under "Target 2023:",
    as many in the explanation and in each finding quoting it. Now each is its first digits,
    "…" and "(200 digit)", on one line of the pane; the reviu screen alike."""
    loaded = tui_store.load(BUNDLED_REPORT_ID)
    report = loaded.report
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    tui_store.apply(report.meta.id, set_field(report, iku.id, "target", _BIG))
    said = "(200 digits)" if lang == "en" else "(200 digit)"
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        pane = app.detail.text
        for part in ("measure", "explain", "reviu"):
            assert f"9… {said}" in app.detail.part_text(part), part
        assert max(map(len, re.findall("9+", pane))) <= app.detail._width, pane
        assert app.view.report.node(node_id_by_code(app, "IKU 1")).measure.target == _BIG
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        options = app.screen.query_one("#findings", OptionList)
        options.highlighted = next(
            i
            for i in range(options.option_count)
            if _BIG in str(options.get_option_at_index(i).prompt)
        )
        await settle(pilot)
        # (the highlighted finding whole under the list, its row cut there: rev67)
        shown = text_of(app.screen.query_one("#finding"))
        assert f"9… {said}" in shown, shown  # (one line: the pane's 200 digits were 4 lines)
        assert max(map(len, re.findall("9+", shown))) < options.size.width - 4, shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_capaian_as_wide_as_its_column_keeps_its_blanks(
    make_app, tui_store, lang: str
) -> None:
    """A messy target ("3 ± 1" against a realisasi of 98 %) gives 2.450,00 %, as wide as the
    capaian's column: at 80 columns the row read "IKU 4 Persentase…Pembangunan ✗82.450,00 %",
    the reviu's ✗8 run into the figure. Now two blanks stand before it, as before any other."""
    loaded = tui_store.load(BUNDLED_REPORT_ID)
    report = loaded.report
    iku = next(n for n in report.walk() if n.code == "IKU 4")
    tui_store.apply(report.meta.id, set_field(report, iku.id, "target", "3 ± 1"))
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 4")
        label = label_of(app, iku.id)
        assert "  2.450,00 %" in label and "✗" in label, label


async def test_a_fraction_typed_for_a_percent_indicator_asks_a_second_enter(
    make_app, tui_store
) -> None:
    """IKU 5 is in "%" and its target 87,07: a realisasi typed "0,8707" was saved at once with a
    capaian of 1,00 %, which `check` then called an error ("Persen dibandingkan dengan
    pecahan"). The dialog now says the doubt, as it does for "0,8707" against "87,07 %", and a
    first Enter saves nothing."""
    async with opened(make_app, "IKU 5", (80, 24)) as (app, pilot, iku5):
        assert app.view.report.node(iku5).measure.satuan == "%"
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        app.screen.query_one(Input).value = "0,8707"
        await pilot.pause()
        shown = text_of(app.screen.query_one("#warnings"))
        assert "0,8707 mungkin pecahan dari 87,07 %" in " ".join(shown.split()), shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)  # (a second Enter saves it)
        assert tui_store.load(BUNDLED_REPORT_ID).report.node(iku5).measure.realisasi == "100"
