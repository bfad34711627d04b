"""Sharing, thirtieth pass of issue 17 (share48): two offices sharing one store on git."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import test_sync

offices = test_sync.offices
lkj = test_sync.lkj
RID = test_sync.RID

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def remote_head(offices) -> str:
    done = subprocess.run(
        ["git", "-C", str(offices["remote"]), "rev-parse", "main"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def break_by_hand(offices, who: str) -> bytes:
    """A comma taken out of the report's file in an editor: the file is no JSON any more."""
    path = Path(str(offices["tmp"])) / who / f"{RID}.json"
    text = path.read_text("utf-8")
    at = text.index('"realisasi": ')
    at = text.index(",\n", at)
    path.write_text(text[:at] + text[at + 1 :], "utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("committed", [False, True])
def test_a_report_broken_by_hand_is_not_sent_to_the_other_offices(offices, committed) -> None:
    """A report file changed by hand and left broken was committed and sent by `sync`
    ("Dikirim 1 simpanan"): every other office's sync was then refused ("penggabungan
    ditolak … bukan JSON yang sah") until someone restored it. Now the sync refuses before it
    commits or sends anything, names the file and the restore that mends it; the file is
    kept as it is. Committed already (the background committer of another report's save took
    it along), it is not sent either."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "A (86,50)").returncode == 0
    broken = break_by_hand(offices, "pusat")
    if committed:
        assert lkj(offices, "pusat", "set", "--report", RID, "IKU 4", "realisasi", "97")
        subprocess.run(["git", "-C", str(offices["tmp"] / "pusat"), "add", "-A"], check=True)
    before = remote_head(offices)
    out = lkj(offices, "pusat", "sync", "--lang", "en")
    assert out.returncode == 1, out.stdout
    said = " ".join(out.stderr.split())
    assert said.startswith("lkj-tui: not synced, nothing was sent to the other offices: "), said
    assert "not valid JSON" in said, said
    assert f"lkj-tui restore {RID} --store" in said, said
    assert remote_head(offices) == before
    assert (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").read_bytes() == broken
    out = lkj(offices, "opd", "sync", "--lang", "en")
    assert out.returncode == 0 and out.stdout.startswith("Already in sync"), out.stderr
    # restored, the next sync sends the saves, and the other office takes them in
    restored = lkj(offices, "pusat", "restore", RID, "--lang", "en")
    assert restored.returncode == 0, restored.stderr
    said = restored.stdout.splitlines()  # (and that the restore goes out with the next sync)
    assert said[-2:-1] == [
        "This store is shared: the restore reaches the other offices with the next sync:"
    ]
    assert said[-1].startswith("  lkj-tui sync --store "), said
    out = lkj(offices, "pusat", "sync", "--lang", "en")
    assert out.returncode == 0 and out.stdout.startswith("Sent "), out.stderr
    out = lkj(offices, "opd", "sync", "--lang", "en")
    assert out.returncode == 0 and out.stdout.startswith("Received "), out.stderr
    restored = test_sync.measure(offices, "pusat", "IKU 2").realisasi
    assert test_sync.measure(offices, "opd", "IKU 2").realisasi == restored


def test_saves_the_shared_repository_refuses_are_a_refusal_in_its_words(offices) -> None:
    """A shared repository that refuses the push (a protected branch, a hook, a folder this
    office may not write) was "Luring: … tidak terjangkau (error: failed to push some refs …);
    bekerja terus", exit 3, as if the next sync would send the saves. Now it is refused (exit 1)
    with the server's reason, the saves that stay, and who can mend it."""
    test_sync.start(offices, "pusat", "opd")
    hook = Path(str(offices["remote"])) / "hooks" / "pre-receive"
    hook.write_text('#!/bin/sh\necho "branch main is protected [bold]" >&2\nexit 1\n')
    hook.chmod(0o755)
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    for lang, words in (
        (
            "en",
            "refused the saves sent (branch main is protected [bold]; pre-receive hook "
            "declined); 1 save stays on this laptop",
        ),
        (
            "id",
            "menolak simpanan yang dikirim (branch main is protected [bold]; pre-receive "
            "hook declined); 1 simpanan tetap di laptop ini",
        ),
    ):
        out = lkj(offices, "opd", "sync", "--lang", lang)
        assert out.returncode == 1, out.stdout + out.stderr
        said = " ".join(out.stderr.split())
        assert words in said and "lkj-tui sync --store" in said, said
        assert "Offline" not in said and "Luring" not in said, said
    hook.unlink()  # (allowed again: the save goes out)
    out = lkj(offices, "opd", "sync", "--lang", "en")
    assert out.returncode == 0 and out.stdout.startswith("Sent 1 save "), out.stdout + out.stderr


def test_a_conflict_two_offices_chose_differently_waits_for_a_choice_again(offices) -> None:
    """Both offices chose the same conflict before they synced, one `pertahankan`, the other
    `ambil-lain`: the sync took the value that changed and the office that kept its own was told
    only "laporan diperbarui" (its choice lost without a word). The conflict now waits again in
    every office, both values named, until one choice stands."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    for who in ("pusat", "opd", "pusat"):
        assert lkj(offices, who, "sync").returncode == 0
    assert lkj(offices, "pusat", "resolve", "1", "pertahankan").returncode == 0
    assert lkj(offices, "opd", "resolve", "1", "ambil-lain").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    out = lkj(offices, "opd", "sync", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "1 new conflict waits for a choice" in " ".join(out.stdout.split()), out.stdout
    assert lkj(offices, "pusat", "sync").returncode == 0
    for who in ("pusat", "opd"):
        listed = lkj(offices, who, "resolve", "--json")
        (conflict,) = json.loads(listed.stdout)["conflicts"]
        assert {conflict["kept"], conflict["other"]} == {"2,90", "2,95"}, conflict
        assert test_sync.measure(offices, who, "IKU 1").realisasi == conflict["kept"]
