"""Sharing and restoring without surprises, thirty-second pass of issue 17 (share55)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_share48 import break_by_hand
from tests.test_share50 import WHEN, needs_git

offices = test_sync.offices
lkj = test_sync.lkj
RID = test_sync.RID


@needs_git
@pytest.mark.parametrize(
    ("lang", "broke", "mended", "hint"),
    [
        (
            "id",
            "Laporan: berkas rusak, tidak terbaca (sebelumnya rev. {rev})",
            "Laporan (dipulihkan): berkas rusak diganti (rev. {new})",
            "Pulihkan simpanan terakhir yang baik dari riwayat penyimpanan bersama",
        ),
        (
            "en",
            "Report: file broken, unreadable (was rev. {rev})",
            "Report (restored): broken file replaced (rev. {new})",
            "Restore the last good save from the shared store's history",
        ),
    ],
    ids=["id", "en"],
)
def test_log_says_a_file_broken_by_hand_is_broken_not_deleted(
    offices, lang: str, broke: str, mended: str, hint: str
) -> None:
    """`log` in a shared store read a report file broken by hand as the report deleted
    ("Laporan: dihapus (sebelumnya rev. 4)"), and its restore as the report made anew. It now
    says the file is broken, and while it is, names the restore that mends it; after the restore
    the entry says the broken file was replaced, by a restore."""
    test_sync.start(offices, "pusat")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,80").returncode == 0
    revision = Store(Path(str(offices["tmp"])) / "pusat").revision(RID)
    break_by_hand(offices, "pusat")
    out = lkj(offices, "pusat", "log", "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert re.fullmatch(
        rf"{WHEN}  pusat  {RID} · " + re.escape(broke.format(rev=revision)), first
    ), out.stdout
    assert "dihapus" not in out.stdout and "deleted" not in out.stdout, out.stdout
    said = " ".join(out.stderr.split())
    assert re.search(
        rf"{re.escape(hint)} \(\w+ {revision}, {WHEN}\): lkj-tui restore {RID}", said
    ), said
    rows = json.loads(lkj(offices, "pusat", "log", "--json").stdout)
    assert (rows[0]["before"], rows[0]["after"], rows[0]["broken"]) == (
        f"rev. {revision}",
        None,
        "after",
    )
    assert lkj(offices, "pusat", "restore", RID).returncode == 0
    out = lkj(offices, "pusat", "log", "--lang", lang)
    first = out.stdout.splitlines()[0]
    assert first.endswith(f"  pusat  {RID} · " + mended.format(new=revision + 1)), out.stdout
    assert out.stderr == "", out.stderr  # (mended: no restore to name any more)
