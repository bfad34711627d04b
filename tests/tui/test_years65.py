"""years65: the detail pane's years never said that an indicator's satuan changed between the
years (IKU 6 "Nilai" in 2023, "Dokumen" in 2024): that year's row now says its satuan
(``satuan 2023: Nilai``), as ``compare`` says it under its table."""

from __future__ import annotations

from pathlib import Path

from lkj_tui.storage.store import Store
from tests.conftest import NEXT_YEAR_ID, next_year_store
from tests.tui.conftest import node_id_by_code, settle, until


async def test_the_years_say_a_changed_satuan(make_app, tmp_path: Path) -> None:
    root = next_year_store(
        tmp_path / "s", (("IKU 6", "satuan", "Dokumen"), ("IKU 6", "realisasi", "61"))
    )
    for lang, note in (("id", "satuan 2023: Nilai"), ("en", "2023 unit: Nilai")):
        app = make_app(Store(root), report_id=NEXT_YEAR_ID, lang=lang)
        async with app.run_test(size=(120, 40)) as pilot:
            detail = app.detail
            await until(
                pilot,
                lambda d=detail: d.years_context is not None and d.years_context.others,
                "the other years read",
            )
            await settle(pilot)
            app.go_to(node_id_by_code(app, "IKU 6"))
            await settle(pilot)
            shown = " ".join(app.detail.part_text("years").split())
            app.go_to(node_id_by_code(app, "IKU 1"))  # (its satuan the same both years)
            await settle(pilot)
            same = " ".join(app.detail.part_text("years").split())
        assert note in shown, shown
        assert "2023" in same and note.split(":")[0] not in same, same
