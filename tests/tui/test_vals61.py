"""Values as typed in the TUI (vals61): the measure form's doubts quote a number as it was typed
("> 2.6"), not in the form it is stored in ("> 2,6"), as the value dialog and ``set`` do."""

from __future__ import annotations

import pytest

from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from tests.conftest import BUNDLED_REPORT_ID
from tests.tui.conftest import opened, settle, until
from tests.tui.test_typing import text


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "sekitar 11 kali target > 2.6"), ("en", "about 11 times target > 2.6")],
)
async def test_the_measure_forms_doubt_quotes_the_target_as_typed(
    make_app, tui_store: Store, lang: str, said: str
) -> None:
    """IKU 1, realisasi 29,5: `m`, Target Renstra 2023 "> 2.6" (measured against the realisasi). The form's warning read "Realisasi 29,5
    sekitar 11 kali target > 2,6", a value never typed; the reading is said under the preview."""
    report = tui_store.load(BUNDLED_REPORT_ID).report
    node = next(n for n in report.walk() if n.code == "IKU 1")
    change = edits.set_field(report, node.id, "realisasi", "29,5")
    tui_store.apply(BUNDLED_REPORT_ID, change, expected_revision=1)
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await pilot.press("m")
        await settle(pilot)
        field = app.screen.query_one("#f-target_2023")
        field.focus()
        field.value = "> 2.6"  # type: ignore[attr-defined]
        await settle(pilot)
        warnings = " ".join(text(app, "#warnings").split())
        assert said in warnings and "> 2,6" not in warnings, warnings
        assert "2.6" in " ".join(text(app, "#preview").split())  # (how it was read)


@pytest.mark.parametrize("typed", ["2021 s.d. 2025", "2021—2025", "2021−2025"])
async def test_the_report_form_reads_a_periode_as_the_import_does(make_app, typed: str) -> None:
    """`E`, Periode "2021 s.d. 2025" (as the import reads it): refused, "tulis tahun awal dan
    akhirnya, seperti 2021-2026", where the workbook's cell of the same words was imported."""
    from textual.widgets import Input

    async with opened(make_app, None, (80, 24)) as (app, pilot, _):
        await pilot.press("E")
        await settle(pilot)
        field = app.screen.query_one("#f-periode", Input)
        field.focus()
        field.value = typed  # (pasted: a dash no key names)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await until(pilot, lambda: not app.screen.is_modal, "the form saved and closed")
        await settle(pilot)
        assert app.view.report.meta.periode == (2021, 2025)
