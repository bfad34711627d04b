"""The detail pane's years say a percentage's change in points (vals57): IKU 4 of the bundled
report, satuan "%", went from 95 (2022) to 98 and read "↑ 3,16 %" (of 95), taken for points."""

from __future__ import annotations

import pytest

from tests.tui.conftest import SIZE, go, settle, until


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Perubahan realisasi dari 2022: ↑ 3 poin (lebih baik)"),
        ("en", "Change in realisasi from 2022: ↑ 3 points (better)"),
    ],
)
async def test_the_years_say_a_percentages_change_in_points(make_app, lang: str, said: str) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 4")
        await until(pilot, lambda: app.detail.part_text("years"), "the years shown")
        years = " ".join(app.detail.part_text("years").split())
        assert said in years, years
        assert "3,16" not in years


async def test_a_number_typed_with_a_dot_is_saved_as_the_report_writes_it(
    make_app, tui_store
) -> None:
    """``e`` with "2.93": stored "2,93" (as ``set`` stores it, one form in every view), the
    toast and the change log saying what was typed ("2,85 → 2,93 (diketik 2.93)")."""
    from lkj_tui.storage.store import Store
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from lkj_tui.tui.components.dialogs import ValueDialog
    from tests.tui.test_edits import stored, type_value

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ValueDialog), "the value dialog")
        await type_value(pilot, "2.93")
        if isinstance(app.screen, ValueDialog):  # (its doubt: how the dot is read, Enter again)
            await pilot.press("enter")
        await until(pilot, lambda: Store(tui_store.root).revision(app.view.report_id) == 2)
        await settle(pilot)
        assert stored(tui_store, iku1).measure.realisasi == "2,93"
        assert "2,93" in app.detail.part_text("measure")
        assert any("2,93 (diketik 2.93)" in m for m, _, _ in app.toasts), app.toasts
        await pilot.press("L")
        await until(pilot, lambda: isinstance(app.screen, ChangeLogScreen), "the change log")
        said = " ".join(str(w.render()) for w in app.screen.query("*"))
        assert "2,85 → 2,93 (diketik 2.93)" in " ".join(said.split()), said
