"""share16: two offices sharing a store through git, as their users read it (docs/sharing.md),
through the installed command."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def two_conflicts(offices: dict[str, object]) -> Store:
    """pusat and opd both change IKU 1's target and IKU 2's realisasi; opd's sync records two
    conflicts (its store returned)."""
    test_sync.start(offices, "pusat", "opd")
    for who, realisasi, target in (("pusat", "80", "3,40"), ("opd", "81", "3,50")):
        assert lkj(offices, who, "set", "IKU 2", "realisasi", realisasi).returncode == 0
        assert lkj(offices, who, "set", "IKU 1", "target", target).returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    return Store(Path(str(offices["tmp"])) / "opd")


def newest_listed(offices: dict[str, object], lang: str) -> str:
    """``restore --list --json``'s change of the newest kept version (opd's store)."""
    out = lkj(offices, "opd", "restore", "--list", RID, "--json", "--lang", lang)
    assert out.returncode == 0, out.stderr
    return str(json.loads(out.stdout)["reports"][0]["versions"][0]["change"])


def test_restore_list_names_every_conflict_ks_all_settled(offices) -> None:
    """K's "Semua (N) sekaligus" is one save that settles N conflicts: `restore --list` showed
    it as the last of them only ("… IKU 2 · Realisasi: pertahankan 81 (bukan 80)"), as if one
    had been chosen. It says all of them, in resolve semua's words, and where."""
    from lkj_tui.sync.resolve import choice_all

    store = two_conflicts(offices)
    loaded = store.load(RID)
    change = choice_all(loaded.report, list(loaded.conflicts), True)  # (as the TUI saves it)
    store.apply(RID, change, expected_revision=loaded.revision, journal="edit")
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "5").returncode == 0  # (kept now)
    assert newest_listed(offices, "id") == (
        "konflik sinkronisasi dipilih, semua (2): ambil nilai yang lain: IKU 1 · Target, "
        "IKU 2 · Realisasi"
    )
    assert newest_listed(offices, "en") == (
        "sync conflicts chosen, all (2): take the other values: IKU 1 · Target, "
        "IKU 2 · Actual (Realisasi)"
    )
    table = " ".join(lkj(offices, "opd", "restore", "--list", RID).stdout.split())
    assert "semua (2): ambil nilai yang lain: IKU 1" in table


def test_restore_list_names_what_resolve_all_settled(offices) -> None:
    """`resolve semua` named how many conflicts it chose, not which."""
    two_conflicts(offices)
    assert lkj(offices, "opd", "resolve", "semua", "pertahankan", "-r", RID).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "5").returncode == 0
    assert newest_listed(offices, "id") == (
        "konflik sinkronisasi dipilih, semua (2): pertahankan nilai di berkas: IKU 1 · Target, "
        "IKU 2 · Realisasi"
    )


def test_offline_counts_the_saves_that_wait_not_the_commits(offices) -> None:
    """Saves made in quick succession (or with LKJ_TUI_HISTORY=off) share one commit: the
    offline line said "1 perubahan menunggu" after three saves, and `info` "1 perubahan belum
    dikirim". Both count the saves; the sync that sends them says as many. With none waiting
    it said "0 perubahan menunggu"."""
    test_sync.start(offices, "pusat", "opd")
    store = Path(str(offices["tmp"])) / "opd"
    remote = Path(str(offices["remote"]))
    remote.rename(remote.with_name("away.git"))
    nothing = " ".join(lkj(offices, "opd", "sync").stderr.split())  # ("0 perubahan menunggu")
    assert nothing.endswith(
        "bekerja terus di laptop ini. Tidak ada simpanan yang menunggu; beri alamat yang benar "
        "dengan: "
        f"lkj-tui sync --init ALAMAT --store {store}"
    )
    quiet = {**test_sync.env(offices, "opd <opd@example.org>"), "LKJ_TUI_HISTORY": "off"}
    for code, value in (("IKU 1", "3,00"), ("IKU 2", "82"), ("IKU 3", "4")):
        done = run_cli("set", code, "realisasi", value, "--store", str(store), env=quiet)
        assert done.returncode == 0, done.stderr
    out = lkj(offices, "opd", "sync")
    assert out.returncode == 3
    said = " ".join(out.stderr.split())  # (to the right address: the folder is not there)
    assert "3 simpanan menunggu; kirim ke alamat yang benar dengan:" in said, said
    english = lkj(offices, "opd", "sync", "--lang", "en")
    said = " ".join(english.stderr.split())
    assert "3 saves wait; send them to the right address with:" in said, said
    assert json.loads(lkj(offices, "opd", "sync", "--json").stdout)["waiting"] == 3
    info = " ".join(lkj(offices, "opd", "info").stdout.split())
    assert "3 simpanan belum dikirim" in info
    commits = subprocess.run(
        ["git", "-C", str(store), "rev-list", "--count", "origin/main..HEAD"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert commits.stdout.strip() == "1"  # (one commit holds the three saves)
    remote.with_name("away.git").rename(remote)
    sent = lkj(offices, "opd", "sync")
    assert f"Dikirim 3 simpanan ke {remote}" in sent.stdout
    received = lkj(offices, "pusat", "sync")
    assert "Diterima 3 simpanan dari kantor lain" in received.stdout


def test_status_check_and_export_name_the_old_reports_versions_as_resolve(offices) -> None:
    """`status`, `check` and the Markdown named a version of the old report (the conflict on
    new --from's record) by its id's start, "versi 1a2b3c4", where `resolve` and `K` say
    "revisi 1, disimpan pusat 2026-…": they run no git, so the sync that brought the conflict
    keeps the names it read from the history, and they say them too."""
    import re

    from tests.test_sync_counts import made_apart

    new_id = made_apart(offices)
    said = {
        what: " ".join(lkj(offices, "opd", *args, "-r", new_id, "--lang", lang).stdout.split())
        for what, args, lang in (
            ("status", ("status",), "id"),
            ("check", ("check",), "id"),
            ("export", ("export",), "id"),
            ("status-en", ("status",), "en"),
        )
    }
    when = r"\d{4}-\d\d-\d\d \d\d:\d\d"
    for what in ("status", "check"):
        assert re.search(
            rf"di berkas revisi 1, disimpan pusat {when} · yang lain revisi 2, disimpan pusat "
            rf"{when}",
            said[what],
        ), said[what]
    assert re.search(
        rf"\| revisi 1, disimpan pusat {when} \| revisi 2, disimpan pusat {when} \|",
        said["export"],
    ), said["export"]
    assert re.search(rf"revision 1, saved by pusat {when}", said["status-en"])
    assert not any("versi " + c in text for text in said.values() for c in "0123456789abcdef")


def test_a_clone_names_the_old_reports_versions_as_the_sync_did(offices) -> None:
    """A laptop that joins after the conflict on new --from's record (sync --clone) named the
    old report's versions by their ids' start in `status`: the clone keeps their names too."""
    import re

    from tests.test_sync_counts import made_apart

    new_id = made_apart(offices)
    assert lkj(offices, "inspektorat", "sync", "--clone", str(offices["remote"])).returncode == 0
    status = " ".join(lkj(offices, "inspektorat", "status", "-r", new_id).stdout.split())
    assert re.search(r"di berkas revisi 1, disimpan pusat \d{4}-", status), status
