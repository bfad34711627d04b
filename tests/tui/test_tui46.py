"""tui46: the search (``/``) and the pickers' lists: the key bar follows the focus, ↑ on the first
result goes back to the text typed."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import settle, text_of

NARROW = (60, 20)
WORDS = [("id", "↓ Ke daftar", "↑↓ Pindah"), ("en", "↓ To the list", "↑↓ Move")]


def bar(app) -> str:
    return text_of(app.screen.query_one(KeyBar))


@pytest.mark.parametrize(("lang", "to_list", "move"), WORDS)
@pytest.mark.parametrize("size", [NARROW, (80, 24)])
async def test_the_searchs_key_bar_follows_the_focus(make_app, lang, to_list, move, size) -> None:
    """Once ↓ had moved into the results the bar still offered "↓ Ke daftar" (tui45): it now
    names the results' arrows before Enter; ↑ on the first result goes back to the text typed
    (it went round to the last result), and the bar says "↓ Ke daftar" again."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"iku")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one("#results", OptionList)
        assert results.option_count > 2
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is results and results.highlighted == 0
        said = bar(app)
        assert to_list not in said and move in said
        assert said.index(move) < said.index("⏎")
        await pilot.press("down", "down", "up")  # within the results: they keep the focus
        await settle(pilot)
        assert app.screen.focused is results and results.highlighted == 1
        await pilot.press("up", "up")
        await settle(pilot)
        query = app.screen.query_one("#query", Input)
        assert app.screen.focused is query and results.highlighted == 0
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("enter")  # Enter jumps to the highlighted result still
        await settle(pilot)
        assert not isinstance(app.screen, SearchScreen)
