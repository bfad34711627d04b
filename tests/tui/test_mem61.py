"""The huge report's TUI session (issue 17, mem61): a short Reviu list has no scrollbar (a long
one has it from the start, and measures no row: tests/tui/test_rev67.py)."""

from __future__ import annotations

from textual.widgets import OptionList

from lkj_tui.core.reviu import Reviu
from lkj_tui.tui.reviu import ReviuScreen
from tests.tui.conftest import SIZE, settle


async def test_a_short_reviu_list_has_no_scrollbar(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        few = Reviu(app.reviu.findings[:3], app.reviu.iku, app.reviu.coverage)
        app.push_screen(ReviuScreen(app.view, few, app.lang))
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        assert options.option_count == 3 and not options.show_vertical_scrollbar
