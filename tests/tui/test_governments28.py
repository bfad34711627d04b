"""years28: the detail pane's years of an office in a store of several governments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests.tui.conftest import node_id_by_code, settle
from tests.tui.test_years_overview import _other_years

KAUR, SELUMA = "Pemerintah Kabupaten Kaur", "Pemerintah Kabupaten Seluma"


@pytest.fixture
def pino_store(tmp_path: Path) -> Store:
    """Kabupaten Kaur's "Kecamatan Pino" 2024 and 2025; Kabupaten Seluma's of 2023 (ids of
    another stem: no id tells them apart)."""
    offices = [
        ("kaur-kec-pino-2024", KAUR, 2024),
        ("kaur-kec-pino-2025", KAUR, 2025),
        ("seluma-pino-2023", SELUMA, 2023),
    ]
    return pino_store_of(tmp_path, offices)


def pino_store_of(tmp_path: Path, offices: list[tuple[str, str, int]]) -> Store:
    """A store of the bundled report as each (id, pemerintah, tahun)'s "Kecamatan Pino"."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    for rid, pemerintah, tahun in offices:
        report = load_bundled_report()
        report.meta = replace(
            report.meta, id=rid, instansi="Kecamatan Pino", pemerintah=pemerintah, tahun=tahun
        )
        store.import_report(report)
    return store


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_years_are_of_the_office_s_own_government(
    make_app, pino_store: Store, lang: str
) -> None:
    """The years view found other years by name alone: Kaur's Kecamatan Pino 2025 showed
    Seluma's 2023 as its own year. Now one rule with compare (core.years.same_office)."""
    app = make_app(pino_store, report_id="kaur-kec-pino-2025", lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # (the other years are read in a worker after the report opens)
        await _other_years(pilot)
        others = [other.meta.id for other, _ in app.detail.years_context.others]
        assert others == ["kaur-kec-pino-2024"]
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        years = " ".join(app.detail.part_text("years").split())
        assert "pino-2024" in years, years  # (a long id keeps its end)
        assert "pino-2023" not in years, years  # 2023 is the office's own history
        history = "riwayat" if lang == "id" else "history"
        assert f"2023 3,30 — — {history}" in years, years
