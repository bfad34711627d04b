"""Values as typed in the TUI (vals61): the measure form's doubts quote a number as it was typed
("> 2.6"), not in the form it is stored in ("> 2,6"), as the value dialog and ``set`` do."""

from __future__ import annotations

import pytest

from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from tests.conftest import BUNDLED_REPORT_ID
from tests.tui.conftest import opened, settle
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
