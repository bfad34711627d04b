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
                    "en": "Capaian per quarter: I 25,00 % ▼ · III 50,00 % ▼ · IV 71,25 % ▼"}  # fmt: skip
        assert quarters[lang] in measure, measure
        assert said in measure, measure
        assert measure.count("Surat”") == 1, measure  # (once, naming both quarters; not I's)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Perhatikan: satuan “Surat” hanya tertulis pada satu sisi"),
        ("en", "Check: unit “Surat” is written on one side only"),
    ],
)
async def test_the_years_capaian_says_its_doubt_under_how_it_was_computed(
    make_app, tmp_path: Path, lang: str, said: str
) -> None:
    """The target "4 Surat" against the bare realisasi 2,85: ``set`` said "Perhatikan: satuan
    “Surat” hanya tertulis pada satu sisi", the pane nothing. Said under its explanation; the
    quarter IV of the same pair does not say it again."""
    store = Store(tmp_path / "s", seed=lambda: _report(target="4 Surat"))
    app = make_app(store, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        explain = await shown(app, pilot, "IKU 1", "explain")
        assert said in explain, explain
        measure = " ".join(app.detail.part_text("measure").split())
        assert "IV 71,25 % ▼" in measure and "Surat”" not in measure, measure
        assert "Surat”" not in await shown(app, pilot, "IKU 2", "explain")
