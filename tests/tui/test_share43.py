"""ys43: the TUI opened on a store with no report (a clone of a store shared empty) said "Gagal
memuat laporan." in an error toast, as if something broke, and "Tekan r untuk memilih" where
there was nothing to pick: it says the store holds no report, the commands that fill it (a
warning, not an error) and, in the detail pane, the way on in the TUI."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import settle


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_store_with_no_report_says_so_and_the_way_on(make_app, tmp_path, lang) -> None:
    folder = tmp_path / "clone"
    app = make_app(store=Store(folder, seed=None), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        said = [(" ".join(m.split()), severity) for m, severity, _ in app.toasts]
        failed = {"id": "Gagal memuat laporan", "en": "Could not load the report"}[lang]
        assert not any(failed in m for m, _ in said), said
        store = {"id": "Belum ada laporan di folder penyimpanan", "en": "holds no report yet"}
        toast = [(m, s) for m, s in said if store[lang] in m]
        assert len(toast) == 1 and toast[0][1] == "warning", said
        assert "lkj-tui init" in toast[0][0], toast  # (the example, as `init` brings it)
        pane = " ".join(app.detail.text.split())
        way = {
            "id": "Penyimpanan ini belum berisi laporan. Tekan r, lalu Laporan baru…",
            "en": "This store holds no report yet. Press r, then New report…",
        }[lang]
        assert way in pane, pane
        await pilot.press("r")  # the way it names: the picker, whose one row makes a report
        await settle(pilot)
        from lkj_tui.tui.screens import ReportScreen

        assert isinstance(app.screen, ReportScreen), app.screen
