"""The TUI's report forms limit the instansi as ``set`` and ``new`` do (vals40): a pasted
megabyte is refused in the form with their words, and nothing typed is lost."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.forms import FormDialog
from lkj_tui.tui.components.importdialogs import EmptyReportDialog
from tests.tui.conftest import SIZE, empty_report_dialog, settle

_LONG = "Dinas" + " Kesehatan" * 300  # 3,005 characters


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_report_forms_refuse_a_long_instansi_and_keep_it(
    make_app, tui_store, lang: str
) -> None:
    said = ("Instansi: terlalu panjang (3.005 karakter", "Agency: too long (3,005 characters")
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")  # the report's own form: its instansi
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        form.query_one("#f-instansi").value = _LONG
        await pilot.press("ctrl+s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog) and form.focused is form.query_one("#f-instansi")
        assert str(form.query_one("#error").render()).startswith(said[lang == "en"])
        assert form.query_one("#f-instansi").value == _LONG  # nothing lost
        await pilot.press("escape", "y")
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)  # the picker's "Laporan baru…", an empty one
        assert isinstance(dialog, EmptyReportDialog)
        dialog.query_one("#instansi", Input).value = _LONG
        dialog.query_one("#tahun", Input).value = "2026"
        dialog.query_one("#tahun", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog and dialog.focused is dialog.query_one("#instansi")
        assert str(dialog.query_one("#error").render()).startswith(said[lang == "en"])
        assert dialog.query_one("#instansi", Input).value == _LONG
        assert dialog.query_one("#tahun", Input).value == "2026"
    store = Store(tui_store.root)
    assert [r.id for r in store.list_reports()] == [BUNDLED_REPORT_ID]
    assert store.load(BUNDLED_REPORT_ID).report.meta.instansi != _LONG
