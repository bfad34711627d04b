"""years29: the detail pane's years read only the office's own government's reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import node_id_by_code, settle
from tests.tui.test_governments28 import pino_store_of
from tests.tui.test_years_overview import _other_years

KAUR = "Pemerintah Kabupaten Kaur"
#: twelve other governments, each with its "Kecamatan Pino" of 2024 (ids of other stems)
OTHERS = tuple(f"Pemerintah Kabupaten Lain {n}" for n in range(12))


@pytest.fixture
def province(tmp_path: Path) -> Store:
    """Kabupaten Kaur's "Kecamatan Pino" 2021 and 2025 (none of 2022–2024); twelve other
    governments' of 2024."""
    offices = [("kaur-pino-2021", KAUR, 2021), ("kaur-pino-2025", KAUR, 2025)]
    offices += [(f"lain{n}-kec-pino-2024", p, 2024) for n, p in enumerate(OTHERS)]
    return pino_store_of(tmp_path, offices)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_years_read_no_other_government_s_report(
    make_app, province: Store, lang: str
) -> None:
    """The years view picked the other years by name and read each report to see its
    pemerintah: Kaur's Pino 2025 read the twelve other governments' 2024 (the most it reads)
    and never came to its own 2021. Now the listing's pemerintah picks them: its own year only
    is read, and shown."""
    read: list[str] = []
    load = province.load

    def counted(report_id: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        read.append(report_id)
        return load(report_id, *args, **kwargs)  # type: ignore[arg-type]

    province.load = counted  # type: ignore[method-assign]
    app = make_app(province, report_id="kaur-pino-2025", lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await _other_years(pilot)
        await pilot.app.workers.wait_for_complete()
        await settle(pilot)
        others = [other.meta.id for other, _ in app.detail.years_context.others]
        assert others == ["kaur-pino-2021"], others
        assert not [r for r in read if r.startswith("lain")], read
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        years = " ".join(app.detail.part_text("years").split())
        assert "pino-2021" in years, years  # (a long id keeps its end)
