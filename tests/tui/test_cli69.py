"""cli69: the TUI on a store whose report was deleted says it no longer holds one (the pane
said "belum berisi laporan", "yet", beside the toast that says what brings it back)."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from tests.tui.conftest import settle

#: The detail pane's first words on a store whose reports were deleted.
NO_LONGER = {
    "id": "Penyimpanan ini tidak berisi laporan lagi. Tekan r, lalu Laporan baru…",
    "en": "This store no longer holds a report. Press r, then New report…",
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_an_emptied_store_says_no_longer_and_its_restore(make_app, tmp_path, lang) -> None:
    from lkj_tui.bundled import load_bundled_report

    folder = tmp_path / "s"
    store = Store(folder, seed=load_bundled_report)
    loaded = store.load(BUNDLED_REPORT_ID)  # an edit: a version of it kept in .generations
    store.save_meta(BUNDLED_REPORT_ID, loaded.report.meta, expected_revision=loaded.revision)
    (folder / f"{BUNDLED_REPORT_ID}.json").unlink()
    app = make_app(store=Store(folder, seed=None), lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        said = [" ".join(m.split()) for m, _, _ in app.toasts]
        restore = f"lkj-tui restore {BUNDLED_REPORT_ID}"
        assert any(restore in m.replace("\\ ", "") for m in said), said
        assert NO_LONGER[lang] in " ".join(app.detail.text.split()), app.detail.text
