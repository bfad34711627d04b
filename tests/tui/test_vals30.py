"""vals30: the detail pane's years table says a long figure's length as the other front ends
do ("99999… (200 digit)", core/longvalue.py), each year's row on its line at 80×24; the edit
dialog says a score outside 0–100 against a grade, by ``check``'s rule."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.components.years import YearsContext, years_part
from tests.tui.conftest import opened, settle, text_of

_BIG = "9" * 200


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_years_table_says_a_long_target_s_length(lang: str) -> None:
    """A 200-digit target of 2024 read "99999999999999…" (cut at 40), then "(39+ digit)" where
    the pane cut that again, and it made every year's row two lines at 80×24 (a pane of 27 to
    29 columns). Now it is its first digits and "(200 digit)", folded within its column where
    the pane is narrow, each year's figures on its year's line."""
    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    assert node.measure is not None
    targets = {**node.measure.targets, 2024: _BIG}
    report.replace_node(node.with_changes(measure=replace(node.measure, targets=targets)))
    part = years_part(Evaluation(report).of(node.id), YearsContext(report), lang)
    assert part is not None
    said = "(200 digits)" if lang == "en" else "(200 digit)"
    for width in (27, 29, 40, 50, 60):
        lines = part.layout(width).plain.splitlines()
        heads = ("Sumber", "Source", "Per", "Ch")
        table = lines[1 : next(i for i, x in enumerate(lines) if x.startswith(heads))]
        assert all(len(x) <= width for x in table), (width, table)
        years = [x.split()[0] for x in table if x[:5].strip().isdigit()]
        assert years == ["2021", "2022", "2023", "2024", "2025", "2026"], (width, table)
        row = next(i for i, x in enumerate(table) if x.split()[0] == "2024")
        assert "9…" in table[row] and table[row].endswith(" —"), (width, table)  # (one line)
        assert said in " ".join(" ".join(table[row:]).split()), (width, table)
        assert "+" not in "".join(table), (width, table)


async def test_a_score_outside_0_100_against_a_grade_asks_a_second_enter(
    make_app, tui_store
) -> None:
    """IKU 2's target is CC: a realisasi typed "1.234,5" was read as the grade's score and saved
    at once with a capaian of 2.469,00 %, said only as "angka dibaca sebagai skor predikat".
    The dialog now says it is outside 0–100, in ``check``'s words (its rule), and a first Enter
    saves nothing; a score within 0–100 is as before."""
    async with opened(make_app, "IKU 2", (80, 24)) as (app, pilot, iku2):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        field = app.screen.query_one(Input)
        field.value = "1.234,5"
        await pilot.pause()
        shown = " ".join(text_of(app.screen.query_one("#warnings")).split())
        assert "Realisasi 1.234,5 dibaca sebagai skor predikat, di luar skala 0–100." in shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)  # (a second Enter saves it)
        field.value = "86"
        await pilot.pause()
        assert "0–100" not in text_of(app.screen.query_one("#warnings"))
    assert tui_store.load(BUNDLED_REPORT_ID).report.node(iku2).measure.realisasi == "A (86,45)"
