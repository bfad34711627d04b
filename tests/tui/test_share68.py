"""share68: the TUI in a shared store: the commands a sync's refusal names stay whole."""

from __future__ import annotations

import shutil

import pytest

from tests.test_share68 import deleted_by_hand
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_s_refused_for_a_deletion_keeps_the_quoted_restore_whole(
    offices,  # noqa: F811
    make_app,
    lang: str,
) -> None:
    """The toast put the last command (`sync --delete`) on lines of its own, but left the
    quoted restore before it to the toast's wrap: "'lkj-tui restore" / "bengkulu-…-2023
    --store" / "/tmp/…'", no line of it to copy. Each command is now on lines of its own,
    folded only between its options."""
    from lkj_tui.storage.store import Store
    from tests.test_sync import RID

    store = deleted_by_hand(offices)
    other = RID.replace("2023", "2024")
    app = make_app(store=Store(store), lang=lang, report_id=other, store_typed="/srv/lkj-store")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await settle(pilot)
        said = [m for m, severity, _ in app.toasts if severity == "error"]
    assert len(said) == 1, app.toasts
    lines = said[0].split("\n")
    assert not [line for line in lines if "'" in line], lines  # (no quoted command left)
    after = {"id": "Bila laporan itu memang", "en": "If that report is meant"}[lang]
    assert [line for line in lines if line.startswith(after)], lines  # (as the CLI says it)
    for command in (f"lkj-tui restore {RID} \\", f"lkj-tui sync --delete {RID} \\"):
        at = [line.strip() for line in lines].index(command)
        assert lines[at].startswith("  lkj-tui "), lines
        assert lines[at + 1].strip().startswith("--store /srv/lkj-store"), lines


@pytest.mark.parametrize(
    ("lang", "said", "unsaid"),
    [
        (
            "id",
            "Penyimpanan bersama: {rid}.json dihapus di luar lkj-tui, sinkronisasi menunggu "
            "pilihan (S: pilihannya)",
            "belum dikirim",
        ),
        (
            "en",
            "Shared store: {rid}.json deleted outside lkj-tui, the sync waits for a choice (S: "
            "the choices)",
            "not sent",
        ),
    ],
)
@pytest.mark.usefixtures("office_env")
async def test_the_state_a_shared_store_opens_in_names_a_deletion_not_a_save(
    offices,  # noqa: F811
    make_app,
    lang: str,
    said: str,
    unsaid: str,
) -> None:
    """The TUI opened on the store said "1 simpanan belum dikirim (S: sinkronkan)" of a report
    deleted by hand, and S refused to send it. It says the deletion waits for a choice, and S
    (which names the restore and `sync --delete`) for the choices."""
    from lkj_tui.storage.store import Store
    from tests.test_sync import RID

    store = deleted_by_hand(offices)
    app = make_app(store=Store(store), lang=lang, report_id=RID.replace("2023", "2024"))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await settle(pilot)
        shown = [" ".join(m.split()) for m, *_ in app.toasts]
    assert said.format(rid=RID) in shown, shown
    assert not [m for m in shown if unsaid in m], shown
