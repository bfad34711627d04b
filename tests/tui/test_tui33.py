"""The reviewer in a meeting at 60×20, 80×24 and 120×40 (tui33): the search's box as tall as its
results, the detail pane giving way at narrow widths, a path in a toast's sentence kept whole."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import settle


async def _search(pilot, text: str) -> tuple[OptionList, object]:
    await pilot.press("slash", *text)
    await settle(pilot)
    await pilot.pause()
    return pilot.app.screen.query_one("#results", OptionList), pilot.app.screen.query_one(".dialog")


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_a_search_with_few_results_has_a_box_as_tall_as_them(make_app, size) -> None:
    """`/` "Opini" (2 results in the bundled report) opened a box of the screen's height, the
    rows under its results empty; the list now takes the rows of its results."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results, box = await _search(pilot, "Opini")
        assert results.option_count == 2
        # its rows (a result wraps at 60 columns) and its border, no more
        assert results.outer_size.height == results.virtual_size.height + 2 <= 6
        assert box.region.bottom < size[1] - 4, box.region


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_a_long_search_list_keeps_to_the_screen_and_scrolls(make_app, size) -> None:
    """Many results: the list stops at the screen's bottom (above the key bar) and scrolls
    to its last result."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results, box = await _search(pilot, "kegiatan")
        assert results.option_count > 20
        assert box.region.bottom == size[1] - 1  # (the key bar's row under it)
        assert results.region.bottom <= box.region.bottom - 1
        assert results.max_scroll_y > 0
        await pilot.press("down", "end")
        await pilot.pause()
        assert results.highlighted == results.option_count - 1
        assert results.scroll_y == results.max_scroll_y > 0
        await pilot.resize_terminal(size[0], size[1] + 6)  # (taller: the list takes the rows)
        await pilot.pause()
        await pilot.pause()
        assert box.region.bottom == size[1] + 6 - 1
