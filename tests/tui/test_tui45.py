"""tui45: the detail pane's formula keeps "× 100" whole; search results and history rows never
leave one short word alone on their last line."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_detail_pane_keeps_times_100_whole(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """At 60×20 the Perhitungan paragraph read "dibagi target 49,93 ×" above "100 (makin tinggi
    makin baik)". "× 100" now stays on one line, drawn with a plain space, on every node of the
    report; the paragraph says the formula as before."""
    from lkj_tui.tui.components.detail import DetailPane

    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        pane = app.query_one(DetailPane)
        assert app.view is not None
        evaluation = app.view.evaluation
        formulas = wrapped = 0
        for node in evaluation.report.walk():
            ev = evaluation.of(node.id)
            if ev.achievement is None or " × 100" not in ev.achievement.explanation(lang):
                continue
            pane.show(ev)
            text = pane.part_text("explain")
            lines = [line.strip() for line in text.splitlines()]
            assert not [line for line in lines if line.endswith("×")], lines
            assert "× 100" in text and "\u00a0" not in text, text
            formulas += 1
            wrapped += any(line.startswith("× 100") for line in lines)
        assert formulas >= 10, formulas
        if size[0] == 60 and lang == "en":  # (where the bundled report's formulas meet the edge)
            assert wrapped >= 3, wrapped
