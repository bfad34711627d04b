"""The huge report's TUI session (issue 17, mem61): the Reviu screen of a report with more
findings than the screen has lines measures each row once, at the width it draws it."""

from __future__ import annotations

from collections import Counter

import pytest
from textual.widgets import OptionList

from lkj_tui.core.reviu import Reviu
from lkj_tui.tui import reviu as reviu_module
from lkj_tui.tui.reviu import ReviuScreen
from tests.tui.conftest import SIZE, settle


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_a_long_reviu_list_measures_each_row_once(
    make_app, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    # A list sure to scroll has its scrollbar from the start: each row made once to be measured
    # (a scrollbar that came after the list had measured every row made it measure them all
    # again, two cells narrower: the huge report's `v` 16 → 7 s of CPU)
    made: Counter[int] = Counter()
    measure = reviu_module.Row.get_height

    def get_height(row: reviu_module.Row, rules: object, width: int) -> int:
        if row.height is None or row.height[0] != width:
            made[width] += 1
        return measure(row, rules, width)  # type: ignore[arg-type]

    monkeypatch.setattr(reviu_module.Row, "get_height", get_height)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        found = app.reviu.findings
        many = Reviu(found * (400 // len(found) + 1), app.reviu.iku, app.reviu.coverage)
        app.push_screen(ReviuScreen(app.view, many, app.lang))
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        assert options.option_count == len(many.findings) > size[1]
        assert options.show_vertical_scrollbar
        assert list(made.values()) == [len(many.findings)], made
        assert set(made) == {options.scrollable_content_region.width}


async def test_a_short_reviu_list_has_no_scrollbar(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        few = Reviu(app.reviu.findings[:3], app.reviu.iku, app.reviu.coverage)
        app.push_screen(ReviuScreen(app.view, few, app.lang))
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        assert options.option_count == 3 and not options.show_vertical_scrollbar
