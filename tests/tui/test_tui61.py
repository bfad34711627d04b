"""tui61: the TUI in a review meeting — keys typed while next year's report is made, the
overview's narrow columns, the Reviu screen's places.

The slow steps are held back by a gate (a ``threading.Event`` the step waits for, as in
test_tui59): the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import PATIENCE, settle, until
from tests.tui.test_edit44 import NEXT, reports
from tests.tui.test_tui59 import _search_or_waiting
from tests.tui.test_typing import burst


async def test_keys_typed_while_next_years_report_is_made_act_on_it(
    make_app: Any, tui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``y`` on "Buat", then ``/`` and "iku" while next year's report is made (a big report's
    rollover takes seconds): the search opened on the report it then replaced (an ``e`` would
    have edited last year's); now the keys wait, and act on next year's once it is open."""
    from lkj_tui.core import rollover as rollover_module

    making, rollover = threading.Event(), rollover_module.rollover

    def slow(*args: Any, **kwargs: Any) -> Any:
        making.wait(PATIENCE)
        return rollover(*args, **kwargs)

    monkeypatch.setattr(rollover_module, "rollover", slow)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the menu's first choice: next year's report
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        burst(app, "y", "slash", *"iku")
        try:
            await until(pilot, lambda: _search_or_waiting(app, 4), "the search, or keys waiting")
            assert not isinstance(app.screen, SearchScreen)  # (not on last year's report)
            assert app.view is not None and app.view.report_id == BUNDLED_REPORT_ID
        finally:
            making.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == NEXT
        assert app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"
    assert reports(tui_store) == [BUNDLED_REPORT_ID, NEXT]

