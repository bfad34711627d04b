"""The TUI's target dialog refuses "3-4-5" as ``calc``, ``set`` and the import do (vals14)."""

from __future__ import annotations

from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ValueDialog
from tests.tui.conftest import opened, settle


async def test_target_dialog_refuses_a_dash_between_three_numbers(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        before = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        app.screen.query_one(Input).value = "3-4-5"
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)  # refused: the dialog stays, with why
        error = str(app.screen.query_one("#error").render())
        assert "rentang, yang hanya punya dua ujung" in error
        assert Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1) == before
