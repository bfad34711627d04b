"""tui21: the TUI in a meeting — the overview's help key."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import settle, text_of
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401 - fixture

HELP = {"id": "F1 Bantuan", "en": "F1 Help"}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_shows_its_help_key_and_question_mark_opens_it(
    make_app,
    years_store: Store,  # noqa: F811
    lang,
) -> None:
    """The overview's key bar named no help key: F1 worked, but "?" was typed into the filter.
    The bar shows F1 on the right, beside Esc; "?" opens the help while the filter is empty (a
    "?" alone filters nothing), and after a word it is typed into the filter."""
    from textual.widgets import Input

    from lkj_tui.tui.components.keybar import KeyBar
    from lkj_tui.tui.components.overview import OverviewScreen
    from lkj_tui.tui.screens import HelpScreen

    app = make_app(years_store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        bar = text_of(screen.query_one(KeyBar))
        assert bar.rstrip().endswith(f"{HELP[lang]} esc {'Kembali' if lang == 'id' else 'Back'}")
        # every key but ⇧Tab fits at 80 columns, Enter first
        assert bar.split()[:2] == ["⏎", "Buka" if lang == "id" else "Open"]
        assert "^y" in bar

        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        field = screen.query_one("#ov-filter", Input)
        assert field.value == ""

        await pilot.press("d", "i", "n", "a", "s", "question_mark")
        await settle(pilot)
        assert app.screen is screen and field.value == "dinas?"

        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen) and field.value == "dinas?"


def test_the_overview_at_80x24_snapshot(
    snap_compare,
    make_app,
    years_store: Store,  # noqa: F811
    monkeypatch,
) -> None:
    """The overview's key bar at 80 columns: Enter, Tab, ^t ^g ^y, then "…", and F1 with Esc on
    the right."""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 7)

    async def overview(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = await _overview(pilot)
        screen.query_one("#ov-filter").cursor_blink = False

    assert snap_compare(make_app(years_store), terminal_size=(80, 24), run_before=overview)
