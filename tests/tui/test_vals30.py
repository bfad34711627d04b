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


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_200_character_word_is_cut_with_its_length_in_the_pane(
    make_app, tui_store, lang: str
) -> None:
    """A target and realisasi of one 200-character word filled seven lines of the pane each at
    80×24, folded, where `set` and `check` cut it with its length. Now the pane's figures cut it
    as they cut a long number: its start, "…" and "(200 karakter)", on one line."""
    from lkj_tui.core.edits import set_field

    word = "Tercapai" + "a" * 192
    report = tui_store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 9")
    for field, value in (("realisasi", ""), ("target", word), ("realisasi", word)):
        tui_store.apply(report.meta.id, set_field(report, iku.id, field, value))
        report = tui_store.load(BUNDLED_REPORT_ID).report
    said = "(200 characters)" if lang == "en" else "(200 karakter)"
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.go_to(iku.id)
        await settle(pilot)
        measure = app.detail.part_text("measure")
        assert measure.count(f"… {said}") == 2, measure
        for part in ("measure", "reviu"):
            runs = [x for x in app.detail.part_text(part).splitlines() if "Terca" in x]
            assert runs and all(said in x for x in runs), (part, runs)  # (none folded)
        years = " ".join(app.detail.part_text("years").split())
        assert "aaaaaaaaaaaa" not in years and said.split()[1] in years, years
    assert tui_store.load(BUNDLED_REPORT_ID).report.node(iku.id).measure.target == word
