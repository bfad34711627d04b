"""share37: the TUI in a shared store, walked as two planners sharing one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_s_that_brings_a_save_does_not_blame_another_process(
    offices,  # noqa: F811
    make_app,
    lang: str,
) -> None:
    """S brought the other office's save and reloaded the report, and a second, warning toast
    said "Laporan diubah oleh proses lain" under the sync's own: the user's sync read as
    someone else's doing. The sync's toast says what came; the report is shown reloaded."""
    from lkj_tui.storage.store import Store
    from tests.test_sync import RID, lkj, start

    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang=lang, report_id=RID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = app.view.revision
        await pilot.press("S")
        await settle(pilot)
        said = [m for m, *_ in app.toasts]
        assert app.view.revision > before
        iku1 = next(n for n in app.view.report.walk() if n.code == "IKU 1")
        assert iku1.measure.realisasi == "2,90"
    synced = "Sinkron: simpanan diterima 1" if lang == "id" else "Synced: saves received 1"
    assert any(m.startswith(synced) for m in said), said
    assert not any("proses lain" in m or "Another process" in m for m in said), said


@pytest.mark.usefixtures("office_env")
async def test_h_restore_says_it_once(offices, make_app) -> None:  # noqa: F811
    """Enter in H saved the older value and said so with the next sync's key, and a second toast
    under it, "Laporan dimuat ulang (revisi 4)", told nothing the first had not: two toasts over
    the detail pane at 80×24. The restore's own toast is the one said."""
    from lkj_tui.storage.store import Store
    from tests.test_sync import lkj, start
    from tests.tui.test_sharing import choose, history_of

    start(offices, "opd")
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await history_of(pilot, "IKU 1")
        choose(screen, "2,85 → 2,90")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        iku1 = next(n for n in app.view.report.walk() if n.code == "IKU 1")
        assert iku1.measure.realisasi == "2,85"
        said = [m for m, *_ in app.toasts]
    assert [m for m in said if m.startswith("Tersimpan: IKU 1")], said
    assert not any("dimuat ulang" in m for m in said), said
