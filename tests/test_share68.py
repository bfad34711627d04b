"""Sharing, thirty-ninth pass of issue 17 (share68): the refusals and counts of a shared store
say what a user knows (kode, name) and what `sync` will do, id and en."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, lkj

offices = test_sync.offices
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
HEX_ID = re.compile(r"\b[0-9a-f]{32}\b")


@needs_git
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "siklus induk (induk melingkar), tiap simpul di bawah yang berikutnya: "),
        ("en", "a parent cycle, each node under the next: "),
    ],
)
def test_a_merge_refused_for_a_cycle_names_the_nodes_by_kode(offices, lang, said) -> None:
    """Two offices' moves that make a cycle were refused naming four 32-digit node ids: the
    refusal names each node by its kode, the one under the next, as the report shows them."""
    test_sync.cycle_by_hand(offices)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    text = " ".join(out.stderr.split())
    assert out.returncode == 1, text
    assert f"{said}S1 → IKU 3 → S2 → IKU 1 → S1" in text, text
    assert not HEX_ID.search(text), text


def test_a_cycle_made_by_hand_names_a_node_without_kode_by_its_name_cleaned(
    tmp_path: Path,
) -> None:
    """A node with no kode is named by its name, on one line and cleaned (a bidi control and
    markup in the file are not shown as other words), cut where it is long."""
    root = tmp_path / "store"
    store = Store(root, seed=load_bundled_report)
    store.load(RID)
    path = store.path_for(RID)
    raw = json.loads(path.read_bytes())
    nodes = [n for n in raw["nodes"].values() if n["kind"] == "kegiatan"][:2]
    nodes[0]["code"] = ""
    nodes[0]["name"] = "Rapat\u202e koordinasi [bold]SAKIP[/bold]\n" + "panjang " * 20
    nodes[1]["code"] = "K 2"
    nodes[0]["parent"], nodes[1]["parent"] = nodes[1]["id"], nodes[0]["id"]
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    out = run_cli("status", "--lang", "en", store=root)
    assert out.returncode == 1, out.stderr
    text = " ".join(out.stderr.split())
    named = "Rapat koordinasi [bold]SAKIP[/bold]…"
    assert f"each node under the next: {named} → K 2 → {named}" in text, text
    assert "\u202e" not in out.stderr and not HEX_ID.search(text), text
