"""polish51's notes: the help and the change log below 30 rows have no blank row under their
title, as the dialogs over a list have none (Dialog's ``-flush-title``); at 30 rows and more
the blank row stays."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.screens import HelpScreen
from tests.tui.conftest import settle

#: each screen: the key that opens it, and its scrolled body (under the title below 30 rows)
OPENED = {HelpScreen: ("question_mark", "#help-body"), ChangeLogScreen: ("L", "#log-body")}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
@pytest.mark.parametrize("screen_type", list(OPENED))
async def test_no_blank_row_under_the_title_below_30_rows(
    make_app, lang: str, size: tuple[int, int], screen_type: type
) -> None:
    key, body = OPENED[screen_type]
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, screen_type)
        title = screen.query_one(".dialog-title", Static)
        drawn = screen._compositor.render_strips()
        left, right = title.region.x, title.region.right
        rows = [strip.crop(left, right).text for strip in drawn]  # (the title's columns)
        under = rows[title.region.bottom].strip()
        low = size[1] < 30
        if low:  # the body's first row right under the title, drawn
            assert screen.query_one(body).region.y == title.region.bottom
            assert under, rows[title.region.y : title.region.bottom + 2]
        else:  # a blank row between them
            assert not under, rows[title.region.y : title.region.bottom + 2]
            assert screen.query_one(body).region.y > title.region.bottom
