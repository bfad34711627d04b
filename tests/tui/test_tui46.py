"""tui46: the search (``/``) and the pickers' lists: the key bar follows the focus, ↑ on the first
result goes back to the text typed, and what is typed in a list goes on to its filter."""

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


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_letters_typed_in_the_results_go_on_to_the_query(make_app, lang) -> None:
    """A letter typed while the results had the focus did nothing (edit45): it goes on to the
    text typed, after it (not in place of it), and the results follow; so does Backspace."""
    app = make_app(lang=lang)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ik")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        query = app.screen.query_one("#query", Input)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is results
        await pilot.press("u", "space", "1", "0")
        await settle(pilot)
        assert query.value == "iku 10" and app.screen.focused is query
        assert query.selection.is_empty and query.cursor_position == len("iku 10")
        assert str(results.get_option_at_index(0).prompt).startswith("IKU 10 ")
        await pilot.press("down", "backspace", "backspace", "1")
        await settle(pilot)
        assert query.value == "iku 1" and app.screen.focused is query
        await pilot.press("down", "up", "1")  # ↑ back: the cursor after the text, nothing chosen
        await settle(pilot)
        assert query.value == "iku 11"


@pytest.mark.parametrize(("key", "rows_id"), [("r", "reports"), ("M", "rows")])
async def test_letters_typed_in_a_pickers_list_go_on_to_its_filter(make_app, key, rows_id) -> None:
    """The report picker's (``r``) and the move picker's (``M``) lists: a letter typed there
    filters, as in the filter (it did nothing, edit45)."""
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        if key == "M":
            await pilot.press("down", "down")  # (a node that can move)
            await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        rows = app.screen.query_one(f"#{rows_id}", OptionList)
        listed = rows.option_count
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is rows
        await pilot.press(*"zzq")
        await settle(pilot)
        field = app.screen.query_one("#filter", Input)
        assert field.value == "zzq" and app.screen.focused is field
        assert rows.option_count < listed
