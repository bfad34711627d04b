"""Sharing, thirty-eighth pass of issue 17 (share67): what `sync`, `resolve` and `restore` say
after a hand edit, a report deleted by hand, and a conflict, id and en."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "penyimpanan tidak diubah selain nomor revisi {rid}.json, kini 2 (diubah langsung"),
        ("en", "the store is unchanged but for the revision of {rid}.json, now 2 (changed in its"),
    ],
)
def test_a_refused_merge_says_the_hand_edit_it_renumbered(offices, lang: str, said: str) -> None:
    """A sync whose merge is refused said "penyimpanan tidak diubah" while its commit had just
    given this office's hand edit the next revision (share65). It says that, and the restore of
    the shared version before the edit, which, typed as printed, lets the next sync through."""
    test_sync.cycle_by_hand(offices)
    store = Path(str(offices["tmp"])) / "opd"
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 1, out.stdout
    text = " ".join(out.stderr.split())
    assert said.format(rid=RID) in text, text
    assert Store(store).load(RID).revision == 2
    command = text.rpartition(": ")[2]
    assert command.startswith(f"lkj-tui restore {RID} --revision 1 --store {store}"), text
    again = lkj(offices, "opd", "sync", "--lang", lang)  # (renumbered before: unchanged is true)
    assert again.returncode == 1 and "(" not in again.stderr.partition(":")[2][:60], again.stderr
    typed = shlex.split(command)
    assert lkj(offices, "opd", *typed[1 : typed.index("--store")]).returncode == 0
    done = lkj(offices, "opd", "sync", "--lang", lang)
    assert done.returncode == 0, done.stderr
