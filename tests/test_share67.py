"""Sharing, thirty-eighth pass of issue 17 (share67): what `sync`, `resolve` and `restore` say
after a hand edit, a report deleted by hand, and a conflict, id and en."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _cycle_by_hand(offices) -> None:  # type: ignore[no-untyped-def]
    """Each office moves a sasaran under the other's IKU by hand (test_sync's refused merge):
    "pusat" sends its move; "opd"'s would make a cycle with it."""
    test_sync.start(offices, "pusat", "opd")
    report = Store(Path(str(offices["tmp"])) / "pusat").load(RID).report
    iku1 = next(n for n in report.walk() if n.code == "IKU 1")
    iku3 = next(n for n in report.walk() if n.code == "IKU 3")
    s1, s2 = report.node(iku1.parent), report.node(iku3.parent)
    for who, node, parent in (("pusat", s1, iku3), ("opd", s2, iku1)):
        path = Path(str(offices["tmp"])) / who / f"{RID}.json"
        data = json.loads(path.read_text("utf-8"))
        for record in data["nodes"].values():
            if record["id"] == node.id:
                record["parent"] = parent.id
        path.write_text(json.dumps(data), "utf-8")
    assert lkj(offices, "pusat", "sync").returncode == 0


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
    _cycle_by_hand(offices)
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
