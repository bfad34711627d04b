"""tui38: the reviewer in a meeting — the help opens aligned, the English key bar says "Actual"."""

from __future__ import annotations

import pytest
from textual.widgets._markdown import MarkdownParagraph

from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import HelpScreen
from tests.tui.conftest import opened, settle, text_of

SMALL = (80, 24)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_help_text_starts_at_the_column_of_the_store_line_above_it(
    make_app, lang
) -> None:
    """At 80×24 "Store:" and "Settings:" started at column 2 of the box, the help's text under
    them at column 4 (Markdown's own padding): the help opened looking ragged. Both start at the
    same column now, the text's first line under a blank one. (Below 30 rows the paths follow
    the help's text since tui39: at 100×30 here; tests/tui/test_tui39.py has 80×24.)"""
    async with opened(make_app, None, (100, 30), lang=lang) as (app, pilot, _):
        await pilot.press("question_mark")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        paths = screen.query_one("#help-paths")
        first = screen.query(MarkdownParagraph).first()
        assert text_of(paths).startswith("Penyimpanan" if lang == "id" else "Store:")
        assert first.content_region.x == paths.content_region.x
        assert first.region.y > paths.region.bottom  # a blank line between them


@pytest.mark.parametrize(("lang", "word"), [("id", "Realisasi"), ("en", "Actual")])
async def test_the_english_key_bar_names_e_as_the_pane_does(make_app, lang, word) -> None:
    """The English key bar read "e Realisasi" where the detail pane and the dialog say "Actual
    (Realisasi)" and "p Problem" stands beside it: it reads "e Actual" now (the Indonesian
    keeps "e Realisasi")."""
    async with opened(make_app, "IKU 1", SMALL, lang=lang) as (app, _pilot, _):
        bar = text_of(app.screen.query_one(KeyBar))
        assert f" e {word} " in bar
        assert "Realisasi" not in bar or lang == "id"
