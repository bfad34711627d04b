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
