"""edit48: the planner authoring next year's report, walked end to end: what was lost from sight
or said wrongly on the way."""

from __future__ import annotations

import pytest

from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring20 import NEXT, next_year  # noqa: F401  (a fixture)


@pytest.mark.usefixtures("next_year")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_cursor_stays_in_sight_when_the_first_realisasi_grows_the_summary(
    make_app, lang: str
) -> None:
    """Next year's first realisasi adds the summary's "▼ 1 IKU di bawah target" line: the tree
    lost a row and the row being edited, the tree's last, went out of sight below it."""
    async with opened(make_app, "IKU 10", (80, 24), report_id=NEXT, lang=lang) as (app, pilot, iku):
        tree, summary = app.tree, app.query_one(SummaryBar)
        await pilot.press("plus")  # everything open: rows enough to scroll the cursor down
        await settle(pilot)
        tree.scroll_to(y=tree.cursor_line - tree.size.height + 1, animate=False)
        await pilot.pause()
        assert tree.cursor_line == tree.scroll_offset.y + tree.size.height - 1  # the last row
        rows, lines = tree.size.height, summary.size.height
        await pilot.press("e", "5", "enter", "enter")  # a doubt asks for a second Enter
        await settle(pilot)
        await pilot.pause()
        assert not app.screen.is_modal
        assert summary.size.height == lines + 1 and tree.size.height == rows - 1
        assert tree.current_id() == iku
        top = tree.scroll_offset.y
        assert top <= tree.cursor_line < top + tree.size.height
