"""vals41: the report form (``E``) holds each line of the misi, isu strategis and perbaikan
kinerja to the limit of an account, as ``set`` holds a permasalahan and the import each line of
the Laporan sheet: a pasted document is refused in the form, nothing typed is lost."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import SIZE, settle


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_report_form_refuses_a_line_too_long_and_keeps_it(
    make_app, tui_store, lang: str
) -> None:
    typed = "Isu pertama\n" + "m" * 99_990 + "          x"  # the second line 100,001
    said = ("Isu strategis", "Strategic issues")[lang == "en"]
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        form.query_one("#f-isu_strategis").text = typed
        await pilot.press("ctrl+s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.focused is form.query_one("#f-isu_strategis")
        error = str(form.query_one("#error").render())
        assert error.startswith(said) and ("100.001" in error or "100,001" in error), error
        assert form.query_one("#f-isu_strategis").text == typed  # nothing lost
        # one line shorter is an account it takes
        form.query_one("#f-isu_strategis").text = typed.replace("mm", "m", 1)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormDialog), str(app.screen.query_one("#error").render())
    saved = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.meta.isu_strategis
    assert saved == ("Isu pertama", "m" * 99_989 + "          x")
