"""The report's keys act on the main screen only: a key pressed while another (not modal) screen is
shown, such as the overview, must not edit the report behind it."""

from __future__ import annotations

from textual import events

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import Dialog
from lkj_tui.tui.components.overview import OverviewScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, until


async def test_an_edit_key_right_after_o_does_not_edit_the_report_behind_the_overview(
    make_app, tui_store: Store
) -> None:
    """walk7 found it: ``o`` then ``w`` typed quickly opened the triwulan form over the overview,
    for the node of the main screen, and what was typed there was saved to that node."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        before = app.view.report.to_records()
        for key in ("o", "w", "e", "t", "d", "p"):  # one burst, as a terminal sends typed keys
            app.post_message(events.Key(key, key))
        await until(pilot, lambda: isinstance(app.screen, OverviewScreen), "the overview open")
        await settle(pilot)  # (and the burst's other keys handled)
        assert not any(isinstance(s, Dialog) for s in app.screen_stack)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, OverviewScreen)
        assert app.view.report.to_records() == before
        # back on the main screen the same keys work as ever
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, Dialog)
