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


async def test_a_bare_percentage_and_one_printed_are_one_unit_in_every_line(
    make_app, tmp_path
) -> None:
    """IKL 1 (satuan "%"): 90 in 2023 against a target of 100, "92%" in 2024. The
    change said "↑ 2 poin" while the progress and the chart said "satuan berbeda": one reading
    of the units in every line now."""
    from dataclasses import replace

    from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
    from lkj_tui.core.rollover import rollover
    from lkj_tui.storage.store import Store
    from tests.tui.test_years_overview import _other_years

    store = Store(tmp_path / "store", seed=load_bundled_report)
    new = rollover(store.load(BUNDLED_REPORT_ID).report, 2024)
    node = next(n for n in new.walk() if n.code == "IKL 1")
    assert node.measure is not None and node.measure.target == "90%"
    targets = {**node.measure.targets, 2023: "100"}  # (the Renstra's 2023 as that year's PK)
    measure = replace(node.measure, realisasi="92%", targets=targets)
    new.replace_node(node.with_changes(measure=measure))
    store.import_report(new)
    app = make_app(store, report_id=new.meta.id)
    async with app.run_test(size=SIZE) as pilot:
        await _other_years(pilot)
        await go(pilot, "IKL 1")
        await until(pilot, lambda: app.detail.part_text("years"), "the years shown")
        years = " ".join(app.detail.part_text("years").split())
    assert "dari 2023: ↑ 2 poin (lebih baik)" in years, years
    assert "satuan berbeda" not in years and "█" in years, years
