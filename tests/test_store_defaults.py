"""A report file leaves out each field of a node that holds its default (docs/report-format.md,
"Record form"): what the store writes reads as the same report, files of an older lkj-tui (every
field written) read as before, a merge or the history of a shared store sees no change where one
lkj-tui wrote a default and the other left it out, and a key given twice is still refused."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lkj_tui.core.model import MEASURE_DEFAULTS, NODE_DEFAULTS, Node
from lkj_tui.storage.jsonfile import encode_tables
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

RID = "bengkulu-selatan-setda-2023"


def _tables(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _defaults_written(record: dict[str, Any]) -> list[str]:
    """The fields of a node's record (and of its measure) that hold their default."""
    found = [k for k, v in NODE_DEFAULTS.items() if k in record and record[k] == v]
    measure = record.get("measure")
    if isinstance(measure, dict):
        found += [f"measure.{k}" for k, v in MEASURE_DEFAULTS.items() if measure.get(k, 0) == v]
    return found


def _as_older(path: Path) -> None:
    """Write the report file as lkj-tui wrote it before: every field of every node, defaults
    too (``Node.to_record()``, the tables otherwise as they are)."""
    tables = _tables(path)
    report = Store(path.parent).load(path.stem).report
    full = {n.id: n.to_record() for n in report.nodes()}
    tables["nodes"] = {doc_id: full[r["id"]] for doc_id, r in tables["nodes"].items()}
    path.write_bytes(encode_tables(tables, path))


def test_a_saved_report_writes_no_default_and_reads_as_an_older_file(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    out = run_cli("set", "IKU1", "realisasi", "2,90", "--store", str(store))
    assert out.returncode == 0, out.stderr
    path = store / f"{RID}.json"
    records = list(_tables(path)["nodes"].values())
    assert records and all(_defaults_written(r) == [] for r in records)
    # (not vacuous: most nodes of the bundled report hold some defaults)
    older = tmp_path / "older"
    shutil.copytree(store, older)
    _as_older(older / f"{RID}.json")
    full = list(_tables(older / f"{RID}.json")["nodes"].values())
    assert sum(bool(_defaults_written(r)) for r in full) > len(full) // 2
    assert len((older / f"{RID}.json").read_bytes()) > len(path.read_bytes())
    for args in (("status", "--json"), ("check", "--json"), ("export", "-o", "-")):
        new, old = (run_cli(*args, "--store", str(s)) for s in (store, older))
        assert new.returncode == old.returncode and not new.stderr and not old.stderr
        assert new.stdout == old.stdout and new.stdout


def test_an_older_file_is_written_without_its_defaults_at_its_next_save(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    path = store / f"{RID}.json"
    _as_older(path)
    before = Store(store).load(RID).report
    out = run_cli("set", "IKU1", "realisasi", "2,90", "--store", str(store))
    assert out.returncode == 0, out.stderr
    assert all(_defaults_written(r) == [] for r in _tables(path)["nodes"].values())
    after = Store(store).load(RID).report
    changed = [a for a in after.nodes() if before.node(a.id) != a]
    assert [n.code for n in changed] == ["IKU 1"]
    assert changed[0].measure is not None and changed[0].measure.realisasi == "2,90"


def test_a_key_twice_in_a_record_without_defaults_is_refused_naming_the_file(
    tmp_path: Path,
) -> None:
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    path = store / f"{RID}.json"
    text = path.read_text("utf-8")
    head = '"kind": "tujuan",\n'
    assert head in text
    path.write_text(text.replace(head, head + '"code": "T9",\n', 1), "utf-8")  # (code: T1 too)
    out = run_cli("status", "-r", RID, "--store", str(store))
    assert out.returncode != 0
    said = " ".join(out.stderr.split())
    assert f"{RID}.json" in said and "'code' muncul dua kali" in said


def _driver(base: Path, ours: Path, theirs: Path, name: str) -> subprocess.CompletedProcess[str]:
    """git's merge driver as git runs it."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    return subprocess.run(
        [sys.executable, "-m", "lkj_tui.sync.driver", str(base), str(ours), str(theirs), name],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_a_merge_of_an_older_file_and_a_newer_one_sees_only_the_changes(tmp_path: Path) -> None:
    """The base and the other office's version written by an older lkj-tui (every field), this
    office's by this one (no defaults): the other office's new info on a node without any, and
    this office's new realisasi, both merged, no conflict; the merge written without defaults."""
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    path = store / f"{RID}.json"
    base, ours, theirs = (tmp_path / n for n in ("base.json", "ours.json", "theirs.json"))
    _as_older(path)
    shutil.copy(path, base)
    tables = _tables(path)
    bare = next(r for r in tables["nodes"].values() if r["info"] == {} and r["measure"] is None)
    bare["info"] = {"catatan": "baru"}
    theirs.write_bytes(encode_tables(tables, theirs))
    shutil.copy(base, path)
    out = run_cli("set", "IKU1", "realisasi", "2,90", "--store", str(store))
    assert out.returncode == 0, out.stderr
    shutil.copy(path, ours)
    done = _driver(base, ours, theirs, f"{RID}.json")
    assert done.returncode == 0, done.stderr
    merged = _tables(ours)
    assert "conflicts" not in next(iter(merged["meta"].values()))
    records = {r["id"]: r for r in merged["nodes"].values()}
    assert all(_defaults_written(r) == [] for r in records.values())
    nodes = {i: Node.from_record(r) for i, r in records.items()}
    assert nodes[bare["id"]].info == {"catatan": "baru"}
    iku1 = next(n for n in nodes.values() if n.code == "IKU 1")
    assert iku1.measure is not None and iku1.measure.realisasi == "2,90"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_history_of_an_older_file_saved_again_shows_only_the_change(tmp_path: Path) -> None:
    """A shared store whose file an older lkj-tui wrote (every field, committed): this lkj-tui's
    save writes it without its defaults; ``log`` names the one value changed, not each default
    left out."""
    home = tmp_path / "home"
    home.mkdir()
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    env = {
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "LKJ_TUI_AUTHOR": "A <a@example.org>",
        "LKJ_TUI_HISTORY": "wait",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store), env=env).returncode == 0
    out = run_cli("sync", "--init", str(remote), "--store", str(store), env=env)
    assert out.returncode == 0, out.stderr
    _as_older(store / f"{RID}.json")
    git = ["git", "-C", str(store), "-c", "user.name=Old", "-c", "user.email=old@example.org"]
    subprocess.run([*git, "commit", "-qam", "older"], check=True, env={**os.environ, **env})
    out = run_cli("set", "IKU1", "realisasi", "2,90", "--store", str(store), env=env)
    assert out.returncode == 0, out.stderr
    log = run_cli("log", "--json", "--store", str(store), env=env)
    assert log.returncode == 0, log.stderr
    fields = [(e["field"], e["after"]) for e in json.loads(log.stdout) if e["node"]]
    assert fields == [("measure.realisasi", "2,90")]
