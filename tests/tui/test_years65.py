"""years65: the detail pane's years never said that an indicator's satuan changed between the
years (IKU 6 "Nilai" in 2023, "Dokumen" in 2024): that year's row now says its satuan
(``satuan 2023: Nilai``), as ``compare`` says it under its table."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import NEXT_YEAR_ID, next_year_store
from tests.tui.conftest import years_shown


async def test_the_years_say_a_changed_satuan(make_app, tmp_path: Path) -> None:
    root = next_year_store(
        tmp_path / "s", (("IKU 6", "satuan", "Dokumen"), ("IKU 6", "realisasi", "61"))
    )
    for lang, note in (("id", "satuan 2023: Nilai"), ("en", "2023 unit: Nilai")):
        # (IKU 1: its satuan the same both years)
        shown, same = await years_shown(make_app, root, NEXT_YEAR_ID, lang, ("IKU 6", "IKU 1"))
        assert note in shown, shown
        assert "2023" in same and note.split(":")[0] not in same, same
