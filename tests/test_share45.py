"""Sharing, twenty-eighth pass of issue 17 (ys45): what `info` says waits to be sent counts the
saves not committed yet (the committer's wait, or history off), which the next sync sends."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests import test_sync

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def lkj(offices, *args: str):
    """The office "opd" with its saves left uncommitted (history off: as in the committer's
    wait, the next sync commits them)."""
    env = {**test_sync.env(offices, "opd <opd@example.org>"), "LKJ_TUI_HISTORY": "off"}
    store = Path(str(offices["tmp"])) / "opd"
    return test_sync.run_cli(*args, "--store", str(store), env=env)


def not_sent(offices) -> int:
    told = lkj(offices, "info", "--lang", "en")
    assert told.returncode == 0, told.stderr
    found = re.search(r"(\d+) saves? not sent", " ".join(told.stdout.split()))
    assert found, told.stdout
    return int(found.group(1))


def sent(offices) -> str:
    done = lkj(offices, "sync", "--lang", "en")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_example_added_to_an_empty_clone_counts_as_the_save_the_sync_sends(offices) -> None:
    """After `sync --clone` of an empty shared store and `init`, `info` said "0 simpanan belum
    dikirim" (no commit yet, no branch fetched: nothing counted) and the sync then sent 1."""
    remote = str(offices["remote"])
    assert lkj(offices, "sync", "--clone", remote).returncode == 0
    assert not_sent(offices) == 0
    assert lkj(offices, "init").returncode == 0
    assert not_sent(offices) == 1
    said = sent(offices)
    assert said.startswith("Sent 1 save "), said
    assert not_sent(offices) == 0


def test_saves_not_committed_yet_count_each_save_as_the_sync_does(offices) -> None:
    """In a store with a branch on the remote, two saves of a report not committed yet were
    not counted either; each save counts once, as the sync that sends them says."""
    test_sync.start(offices, "pusat", "opd")
    assert not_sent(offices) == 0
    for value in ("80", "81"):
        assert lkj(offices, "set", "IKU 1", "realisasi", value).returncode == 0
    assert not_sent(offices) == 2
    said = sent(offices)
    assert said.startswith("Sent 2 saves "), said
    assert not_sent(offices) == 0
