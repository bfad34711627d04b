"""The detail pane's years tell a grade's and a verdict's change (years13): "A (86,45) → BB" had
no change line at all (only numbers were compared), a threshold's "tercapai → tidak tercapai"
was not said."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from tests.tui.conftest import SIZE, node_id_by_code, settle
from tests.tui.test_years_overview import _other_years

NEXT_ID = "bengkulu-selatan-setda-2024"


@pytest.fixture
def years_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    new = rollover(store.load(BUNDLED_REPORT_ID).report, 2024)
    values = {"IKU 2": (None, "BB"), "IKU 9": (None, "WDP"), "IKU 10": (">0", "0")}
    for node in list(new.walk()):
        if node.code in values and node.measure is not None:
            target, real = values[node.code]
            measure = replace(node.measure, realisasi=real, target=target or node.measure.target)
            new.replace_node(node.with_changes(measure=measure))
    store.import_report(new)
    return store


async def _years(pilot, code: str) -> str:  # type: ignore[no-untyped-def]
    app = pilot.app
    await _other_years(pilot)
    app.go_to(node_id_by_code(app, code))
    await settle(pilot)
    return " ".join(app.detail.part_text("years").split())


@pytest.mark.parametrize(
    ("lang", "code", "said"),
    [
        ("id", "IKU 2", "Perubahan realisasi dari 2023: ↓ 1 tingkat (lebih buruk); capaian −32,90"),
        (
            "en",
            "IKU 9",
            "Change in realisasi from 2023: ↓ 1 step (worse); capaian −25,00 points",
        ),
        (
            "id",
            "IKU 10",
            "Perubahan realisasi dari 2023: ↓ 100,00 % (lebih buruk); tercapai → tidak tercapai "
            "(lebih buruk)",
        ),
    ],
)
async def test_the_years_say_how_a_grade_and_a_verdict_moved(
    make_app, years_store: Store, lang: str, code: str, said: str
) -> None:
    app = make_app(years_store, report_id=NEXT_ID, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        years = await _years(pilot, code)
        assert said in years
        # one word for the capaian of the years, as compare and export --compare say it in
        # English too (the table's head read "Achievement" / "Ach.", its change "achievement")
        assert "Capaian" in years and "chievement" not in years and "Ach." not in years
