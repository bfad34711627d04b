"""Sharing, fortieth pass of issue 17 (share69): what two offices meet when they share a store,
through the installed command (two clones of a bare repository in a temp folder)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests import test_share68, test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _offline(offices) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """The shared folder taken away (an empty folder: a shared drive not mounted)."""
    remote = Path(str(offices["remote"]))
    away = remote.with_name("away.git")
    remote.rename(away)
    remote.mkdir()
    return remote, away


def _online(remote: Path, away: Path) -> None:
    remote.rmdir()
    away.rename(remote)


@needs_git
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_deletion_confirmed_offline_is_sent_by_the_next_plain_sync(offices, lang: str) -> None:
    """`sync --delete ID` offline was forgotten: `info` said again that the sync waited for a
    choice, and the next plain `lkj-tui sync` (the TUI's S) refused the deletion again. The
    confirmation is remembered: `info` counts it as a save that waits, the command printed is
    the plain sync, and that sync sends it to the other office."""
    store = test_share68.deleted_by_hand(offices)
    remote, away = _offline(offices)
    out = lkj(offices, "opd", "sync", "--delete", RID, "--lang", lang)
    assert out.returncode == 3, out.stderr
    typed = out.stderr.strip().splitlines()[-1].split()
    assert typed[:4] == ["lkj-tui", "sync", "--store", str(store)], out.stderr
    info = " ".join(lkj(offices, "opd", "info", "--lang", lang).stdout.split())
    waits = "1 simpanan belum dikirim" if lang == "id" else "1 save not sent"
    assert waits in info and "--delete" not in info, info
    _online(remote, away)
    out = lkj(offices, "opd", typed[1], *typed[4:])
    assert out.returncode == 0, out.stderr
    assert f"{RID}" in out.stdout, out.stdout
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert not (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").exists()


@needs_git
def test_a_confirmed_deletion_restored_is_no_longer_confirmed(offices) -> None:
    """A deletion confirmed offline, then restored, then deleted by hand again is asked about
    again: the confirmation was of the earlier deletion, not of any later one."""
    store = test_share68.deleted_by_hand(offices)
    remote, away = _offline(offices)
    assert lkj(offices, "opd", "sync", "--delete", RID).returncode == 3
    assert lkj(offices, "opd", "restore", RID).returncode == 0
    assert lkj(offices, "opd", "info").returncode == 0  # (the record read with the file back)
    _online(remote, away)
    assert lkj(offices, "opd", "sync").returncode == 0
    (store / f"{RID}.json").unlink()
    out = lkj(offices, "opd", "sync")
    assert out.returncode == 1, out.stderr
    assert f"lkj-tui sync --delete {RID}" in " ".join(out.stderr.split()), out.stderr
    assert (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").exists()


@needs_git
@pytest.mark.parametrize(("lang", "here"), [("id", "(di sini)"), ("en", "(here)")])
def test_log_after_sharing_keeps_the_changes_made_before(offices, lang: str, here: str) -> None:
    """After `sync --init`, `log` listed only git's history: the saves made before were one
    line, "Laporan: dibuat (rev. 3)" under the author of the sharing. They follow it, from the
    change journal, marked as its lines are, said so on stderr; a node's log and `--json` too;
    an office that cloned the store has no such lines."""
    assert lkj(offices, "pusat", "init").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 2", "target", "90").returncode == 0
    out = lkj(offices, "pusat", "sync", "--init", str(offices["remote"]))
    assert out.returncode == 0, out.stderr
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "3").returncode == 0
    out = lkj(offices, "pusat", "log", "--lang", lang)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 4, lines
    assert "pusat" in lines[0] and "2,95 → 3" in lines[0], lines
    assert "pusat" in lines[1] and "(rev. 3)" in lines[1], lines
    assert here in lines[2] and "IKU 2" in lines[2] and "→ 90" in lines[2], lines
    assert here in lines[3] and "2,85 → 2,95" in lines[3], lines
    assert here in " ".join(out.stderr.split()), out.stderr
    node = lkj(offices, "pusat", "log", "IKU 2", "--lang", lang)
    assert node.returncode == 0 and "→ 90" in node.stdout, node.stdout + node.stderr
    assert lkj(offices, "pusat", "log", "-n", "2").stdout.count("\n") == 2
    rows = json.loads(lkj(offices, "pusat", "log", "--json").stdout)
    assert [r["author"] for r in rows][2:] == [None, None], rows
    assert rows[3]["before"] == "2,85" and rows[3]["after"] == "2,95", rows
    assert lkj(offices, "opd", "sync", "--clone", str(offices["remote"])).returncode == 0
    cloned = lkj(offices, "opd", "log", "--lang", lang)
    assert cloned.returncode == 0 and here not in cloned.stdout + cloned.stderr, cloned.stdout


@needs_git
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        # (the other office by its author's name: share70)
        ("id", "; dipindah: S1 ke bawah IKU 3 oleh pusat, S2 ke bawah IKU 1 di sini"),
        ("en", "; moved: S1 under IKU 3 by pusat, S2 under IKU 1 here"),
    ],
)
def test_a_cycle_refused_at_merge_says_which_office_moved_what(offices, lang, said) -> None:
    """The refusal named the cycle's nodes by kode, not whose change made it: each office read
    it as the other's. It names each move and where it was made (here, or the other office)."""
    test_sync.cycle_by_hand(offices)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    text = " ".join(out.stderr.split())
    assert out.returncode == 1, text
    assert "S1 → IKU 3 → S2 → IKU 1 → S1" + said in text, text
