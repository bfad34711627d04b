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


async def test_an_import_says_its_warnings_hidden_columns_too(make_app, tmp_path) -> None:
    """The TUI's import took a workbook with hidden rows or columns (or a column it ignored)
    without a word: `lkj-tui import` said them on stderr, the TUI dropped them. Now the report
    is opened and a dialog lists the warnings, as the command line words them."""
    from lkj_tui.tui.components.importdialogs import EmptyReportDialog, ProblemsDialog
    from tests.test_import_hidden import _hidden_columns_workbook
    from tests.tui.conftest import SIZE
    from tests.tui.test_import_tui import _import

    path = tmp_path / "kolom.xlsx"
    _hidden_columns_workbook(path)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        assert isinstance(app.screen, EmptyReportDialog)  # (the workbook has no instansi, year)
        await pilot.press(*"Dinas X", "tab", *"2024", "enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ProblemsDialog)
        lines = "\n".join(app.screen.lines)
        assert 'Data!D:D ("Target"): 1 kolom tersembunyi' in lines and "F:F" not in lines
        assert "Data!F1" in lines  # (the unknown column, ignored: said too)
        await pilot.press("escape")
        await settle(pilot)
        assert app.view.report_id == "dinas-x-2024"
