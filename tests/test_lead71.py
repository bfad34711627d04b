"""``log`` of one of two twins (indikator kegiatan of one name and no kode, whose journal lines
carry one label) listed the other's saves, before and after sharing, and the TUI's ``H`` offered
to restore the other's value on the node shown (issue 17, forty-first pass, the lead's reading)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from lkj_tui.core.edits import label
from lkj_tui.storage.store import Store
from lkj_tui.sync import history

LKJ = str(Path(sys.executable).with_name("lkj-tui"))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([LKJ, *args], capture_output=True, text=True, env=env, timeout=120)


def _twins(folder: Path) -> tuple[str, str, str]:
    """A store of the bundled report in ``folder``, one of two twins' realisasi saved: (its
    report id, the saved twin's id, the other's)."""
    assert _run("init", "--store", str(folder)).returncode == 0
    store = Store(folder)
    rid = store.latest_report_id()
    nodes = [n for n in store.load(rid).report.walk() if n.measure is not None]
    labels = Counter(label(n) for n in nodes)
    a, b = [n for n in nodes if labels[label(n)] > 1][:2]
    assert label(a) == label(b) and a.id != b.id
    out = _run("set", "--store", str(folder), a.id[:8], "realisasi", "1")
    assert out.returncode == 0, out.stderr
    return rid, a.id, b.id


def _shown(folder: Path, node: str) -> str:
    out = _run("log", "--store", str(folder), node[:8])
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_twin_log_lists_its_own_saves_only(tmp_path: Path) -> None:
    _, a, b = _twins(tmp_path / "s")
    assert "→ 1" in _shown(tmp_path / "s", a)
    assert "→ 1" not in _shown(tmp_path / "s", b)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_twin_lists_no_save_of_the_other_made_before_sharing(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    rid, a, b = _twins(folder)
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "r")], check=True)
    out = _run("sync", "--store", str(folder), "--init", str(tmp_path / "r"))
    assert out.returncode == 0, out.stderr
    assert "→ 1" in _shown(folder, a)
    assert "→ 1" not in _shown(folder, b)
    # what the TUI's H lists (and restores with Enter) for each node
    store = Store(folder)
    assert [line[3] for line in history.before_sharing(store, rid, a)] == [a]
    assert history.before_sharing(store, rid, b) == []
