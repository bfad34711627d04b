"""hostile71: an adversarial review of what landed in the fortieth and forty-first passes.

The store's ``.git`` record of the deletions confirmed and not sent (share69,
``lkj-tui-deletions``) was read through a symlink planted there, which named a deletion this
laptop never confirmed (the next sync sent it to every office), and from a FIFO, on which
``sync`` and ``info`` waited forever; every mark of ``.git`` is now read as the others are: never
through a link, never from anything but a regular file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests import test_sync
from tests.conftest import run_cli

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _shared(offices: dict[str, object]) -> tuple[Path, dict[str, str]]:
    """A store of the bundled report shared to the bare repository, and its office's env."""
    store = Path(str(offices["tmp"])) / "opd"
    env = test_sync.env(offices, "Rina <rina@example.org>")
    for args in (["init"], ["sync", "--init", str(offices["remote"])]):
        done = run_cli(*args, "--store", str(store), env=env)
        assert done.returncode == 0, done.stderr
    return store, env


def test_a_deletion_named_through_a_symlink_in_git_is_not_sent(offices) -> None:
    """A report deleted here by hand, and ``.git/lkj-tui-deletions`` a symlink to a file naming
    it: ``sync`` refuses the deletion as it does with no record (exit 1, nothing sent, the
    restore and ``sync --delete`` offered), and the other office still has the report."""
    store, env = _shared(offices)
    (store / f"{BUNDLED_REPORT_ID}.json").unlink()
    elsewhere = Path(str(offices["tmp"])) / "elsewhere.txt"
    elsewhere.write_text(f"{BUNDLED_REPORT_ID}\n", encoding="utf-8")
    (store / ".git" / "lkj-tui-deletions").symlink_to(elsewhere)
    done = run_cli("sync", "--store", str(store), env=env)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert f"sync --delete {BUNDLED_REPORT_ID}" in done.stderr, done.stderr
    other = Path(str(offices["tmp"])) / "kantor2"
    cloned = run_cli("sync", "--clone", str(offices["remote"]), "--store", str(other), env=env)
    assert cloned.returncode == 0, cloned.stderr
    assert (other / f"{BUNDLED_REPORT_ID}.json").is_file()  # (its deletion was not sent)
    assert elsewhere.read_text(encoding="utf-8") == f"{BUNDLED_REPORT_ID}\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a FIFO")
@pytest.mark.parametrize("mark", ["lkj-tui-deletions", "lkj-tui-commit-pending"])
def test_a_fifo_among_the_marks_of_git_blocks_no_command(offices, mark: str) -> None:
    """A FIFO where lkj-tui keeps a mark in ``.git``: ``info`` and ``sync`` finish (they waited
    forever on the deletions' record; ``sync`` on the committer's marker too), nothing lost."""
    store, env = _shared(offices)
    os.mkfifo(store / ".git" / mark)
    info = run_cli("info", "--store", str(store), env=env, timeout=30)
    assert info.returncode == 0, info.stderr
    assert BUNDLED_REPORT_ID in info.stdout
    done = run_cli("sync", "--store", str(store), env=env, timeout=30)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert (store / f"{BUNDLED_REPORT_ID}.json").is_file()
