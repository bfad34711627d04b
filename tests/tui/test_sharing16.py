"""share16: K's "all at once" as the minutes and the kept versions tell it, and its undo."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.usefixtures("office_env")
async def test_k_all_is_n_settled_conflicts_in_the_minutes_and_its_undo_restores_n(
    offices,  # noqa: F811
    make_app,
) -> None:
    """K's "Semua (2) sekaligus" is one save settling two conflicts: `export --changes` lists
    both as chosen, ctrl+z brings both values and both conflicts back (two lines "dibatalkan"
    in the minutes), and `restore --list` names the choice by both places, not by its last."""
    from lkj_tui.tui.components.sharingscreens import ConflictScreen
    from tests.test_sharing16 import two_conflicts
    from tests.test_sync import RID, lkj, meta_doc
    from tests.tui.test_sharing import choose

    store = two_conflicts(offices)
    recorded = meta_doc(offices, "opd")["conflicts"]
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        choose(app.screen, "Semua (2) sekaligus: ambil nilai yang lain")
        await pilot.press("enter")
        await settle(pilot)
        assert "conflicts" not in meta_doc(offices, "opd")
        minutes = lkj(offices, "opd", "export", "--changes").stdout
        chosen = [x for x in minutes.splitlines() if "diambil (bukan" in x]
        assert len(chosen) == 2, minutes
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert meta_doc(offices, "opd")["conflicts"] == recorded
    report = store.load(RID).report
    iku = {n.code: n.measure for n in report.walk() if n.code in ("IKU 1", "IKU 2")}
    assert (iku["IKU 1"].target, iku["IKU 2"].realisasi) == ("3,50", "81")
    minutes = lkj(offices, "opd", "export", "--changes").stdout
    undone = [x for x in minutes.splitlines() if "(konflik sinkronisasi) (dibatalkan)" in x]
    assert len(undone) == 2, minutes
    listed = json.loads(lkj(offices, "opd", "restore", "--list", RID, "--json").stdout)
    newest = listed["reports"][0]["versions"][0]
    assert newest["kind"] == "choice"
    assert newest["change"] == (
        "konflik sinkronisasi dipilih, semua (2): ambil nilai yang lain: IKU 1 · Target, "
        "IKU 2 · Realisasi"
    )


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_s_offline_says_the_folder_is_missing_and_the_saves_that_wait(
    offices,  # noqa: F811
    make_app,
    lang,
) -> None:
    """S with the shared drive not connected said git's own "Luring — bekerja terus: fatal:
    '…' does not appear to be a git repository", where `lkj-tui sync` says the folder is not
    there and how many saves wait: S says the same, naming its own key for the next sync."""
    from pathlib import Path

    from lkj_tui.storage.store import Store
    from tests.test_sync import lkj, start

    start(offices, "pusat", "opd")
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    remote = Path(str(offices["remote"]))
    remote.rename(remote.with_name("away.git"))
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        said = " ".join(message for message, *_ in app.toasts)
    # (a path wider than the toast's line is broken after its separators: tui33)
    said = said.replace("/\n", "/").replace("\n", " ")
    assert "fatal:" not in said
    expected = {
        "id": f"Luring: folder {remote} tidak terjangkau — folder 'remote.git' tidak ada di "
        f"{remote.parent}: periksa namanya",
        "en": f"Offline: the folder {remote} cannot be reached — there is no folder 'remote.git' "
        f"in {remote.parent}: check its name",
    }[lang]
    assert expected in said, said
    # inside the TUI the next sync is its S key, not 'lkj-tui sync' (share17)
    waits = {
        "id": "1 simpanan menunggu sinkronisasi berikutnya (tombol S)",
        "en": "1 save waits for the next sync (key S)",
    }[lang]
    assert waits in said, said
    assert "'lkj-tui sync' berikutnya" not in said and "next 'lkj-tui sync'" not in said
