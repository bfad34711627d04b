"""tui67: a new user's walk of the TUI on the bundled report (80×24, 120×40, id and en): what
the key bar promised and did not do."""

from __future__ import annotations

from typing import Any

import pytest

from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.sharingscreens import ConflictScreen
from tests.tui.conftest import settle


@pytest.mark.parametrize(
    ("lang", "save", "close"), [("id", "Simpan", "Tutup"), ("en", "Save", "Close")]
)
async def test_no_conflicts_bar_promises_no_save(
    make_app: Any, lang: str, save: str, close: str
) -> None:
    """K on a report with no sync conflict: the dialog says there is none, and its key bar
    named "⏎ Simpan" (Enter did nothing: there is nothing to save); only Esc is named now."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        bar = app.screen.query_one(KeyBar).render().plain
        assert close in bar, bar
        assert save not in bar and "⏎" not in bar, bar
        await pilot.press("enter")  # still nothing to save; the dialog stays until Esc
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ConflictScreen)


async def test_conflicts_bar_still_names_enter(make_app: Any) -> None:
    """With conflicts listed, Enter saves the highlighted choice and the bar says so."""
    from lkj_tui.core.merge import Conflict

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        node = next(n for n in app.view.report.nodes() if n.kind == "iku")
        conflict = Conflict(node.id, ("measure", "realisasi"), None, "1", "2")
        app.push_screen(ConflictScreen([conflict], app.view.report, "id"))
        await settle(pilot)
        bar = app.screen.query_one(KeyBar).render().plain
        assert "Simpan" in bar, bar


@pytest.mark.parametrize(
    ("lang", "shared"), [("id", "penyimpanan bersama"), ("en", "shared store")]
)
async def test_palette_history_says_it_needs_a_shared_store(
    make_app: Any, lang: str, shared: str
) -> None:
    """The palette's "Riwayat (H)" promised the node's history on any store; H on a store that
    is not shared only says so (the help's row names the shared store): the palette does too."""
    from pathlib import Path

    from lkj_tui.tui.commands import LkjCommands

    help_row = next(
        line
        for line in (
            Path(__file__).parents[2]
            / "lkj_tui/tui"
            / ("help.md" if lang == "id" else "help.en.md")
        )
        .read_text(encoding="utf-8")
        .splitlines()
        if line.startswith("| `H`")
    )
    assert shared in help_row
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        hits = {title: help for title, _, help in LkjCommands(app.screen)._commands()}
        history = next(help for title, help in hits.items() if title.endswith("(H)"))
        assert shared in history, history
        await pilot.press("H")  # and H there says the store is not shared
        await settle(pilot)
        assert any("sync --init" in message for message, *_ in app.toasts), app.toasts


async def test_j_and_k_move_in_a_choice_list(make_app: Any) -> None:
    """`p` on IKU 1 lists "+ Tambah baru" and its permasalahan; `j` and `k` move in it as they
    do in the tree (they did nothing: Enter after `j` opened a new permasalahan)."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.dialogs import ChoiceDialog
    from tests.tui.test_typing import on_iku1

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await on_iku1(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.highlighted == 0
        await pilot.press("j")
        assert choices.highlighted == 1
        await pilot.press("k")
        assert choices.highlighted == 0
