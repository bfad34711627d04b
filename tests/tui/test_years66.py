"""years66: the detail pane's years passed over a year whose realisasi is of another unit without
a word (IKU 6's "4 Orang" in 2023 against "7" in 2024, no satuan): the change was told from 2022's,
or not at all. It now says that year's two units and what to do, id and en."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import NEXT_YEAR_ID
from tests.test_years66 import units_store
from tests.tui.conftest import years_shown


async def test_the_years_name_both_units(make_app, tmp_path: Path) -> None:
    root = units_store(tmp_path / "s")
    said = {
        "id": "Perubahan realisasi dari 2023: satuan berbeda: Orang (2023) → tanpa satuan (2024), "
        "tidak dibandingkan. Bila satuannya sama, isi satuan indikator “Orang” atau tulis "
        "realisasi 2024 “7 Orang”.",
        "en": "Change in realisasi from 2023: units differ: Orang (2023) → no unit (2024), not "
        "compared. If it is one unit, set the indicator's satuan to “Orang” or type the 2024 "
        "realisasi as “7 Orang”.",
    }
    for lang, note in said.items():
        # (IKU 1: "4 Orang" → "7" of a satuan "Orang", one unit: its change told)
        shown, same = await years_shown(make_app, root, NEXT_YEAR_ID, lang, ("IKU 6", "IKU 1"))
        assert note in shown, shown
        assert "75,00 %" in same and note.split(":")[1] not in same, same
