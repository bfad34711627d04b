"""vals21: the Reviu screen names where a row whose name other rows share is, as `check` does."""

from __future__ import annotations

from pathlib import Path

from lkj_tui.storage.store import Store
from lkj_tui.tui.reviu import ReviuScreen
from tests.conftest import csv_store
from tests.test_check_vals21 import _ROWS
from tests.tui.conftest import SIZE, reviu_lines, settle


async def test_the_reviu_screen_says_where_a_row_of_a_shared_name_is(
    make_app, tmp_path: Path
) -> None:
    """Two kegiatan each with an indicator "Jumlah dokumen" without a realisasi: the screen
    listed "Realisasi kosong · Jumlah dokumen" twice. Each now says its IKU and kegiatan."""
    store = Store(csv_store(tmp_path, "rows.csv", _ROWS, "Dinas X"))
    app = make_app(store=store, report_id="dinas-x-2024")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        said = reviu_lines(app)
        for kegiatan in ("Pemeliharaan Arsip", "Pengadaan Arsip"):
            assert f"Realisasi kosong · Jumlah dokumen (IKU 1 › {kegiatan}) — " in said, said
        assert "Realisasi kosong · Jumlah arsip — " in said, said
