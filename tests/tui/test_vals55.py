"""vals55: the detail pane's capaian per quarter says the engine's doubts of each, in its words
(a bare 2,85 against the target "4 Surat": "IV 71,25 %" without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import SIZE, settle
from tests.tui.test_engine_detail import _report, shown


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Triwulan III, IV: satuan “Surat” hanya tertulis pada satu sisi"),
        ("en", "Quarter III, IV: unit “Surat” is written on one side only"),
    ],
)
async def test_a_quarters_unit_on_one_side_is_said_under_its_capaian(
    make_app, tmp_path: Path, lang: str, said: str
) -> None:
    store = Store(
        tmp_path / "s",
        seed=lambda: _report(
            target="4 Surat", realisasi="4 Surat", triwulan=("1 Surat", None, "2", "2,85")
        ),
    )
    app = make_app(store, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        measure = await shown(app, pilot, "IKU 1")
        quarters = {"id": "Capaian per triwulan: I 25,00 % ▼ · III 50,00 % ▼ · IV 71,25 % ▼",
                    "en": "Achievement per quarter: I 25,00 % ▼ · III 50,00 % ▼ · IV 71,25 % ▼"}  # fmt: skip
        assert quarters[lang] in measure, measure
        assert said in measure, measure
        assert measure.count("Surat”") == 1, measure  # (once, naming both quarters; not I's)
