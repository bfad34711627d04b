"""The reliability suite (issue 6), quick version: crash safety, concurrency, bad files, full disks
and value fuzzing (hostile text: tests/test_hostile.py). ``python reliability/run.py`` runs the full
one and prints the figures (docs/reliability.md)."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import ModelError, Node, Report, new_id
from lkj_tui.storage import atomic
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store

# ------------------------------------------------------------------------- Report.add_node


def test_add_node_is_saved_and_reloads_in_order(tmp_path: Path) -> None:
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    report = store.load(report_id).report
    iku = next(n for n in report.walk() if n.kind == "iku")
    first = report.children(iku.id)[0]
    new = [
        Node(new_id(), "program", "Program baru", parent=iku.id, order=99),
        Node(new_id(), "program", "Program di depan", parent=iku.id, order=-1),
    ]

    def add(r):  # type: ignore[no-untyped-def]
        for node in new:
            r.add_node(node)

    saved = store.update(report_id, add).report
    reloaded = Store(store.root).load(report_id).report
    for r in (saved, reloaded):
        kids = r.children(iku.id)
        assert [k.id for k in kids][:2] == [new[1].id, first.id] and kids[-1].id == new[0].id
        assert len(r) == len(report) + 2
    with pytest.raises(ModelError, match="ganda"):
        saved.add_node(new[0])
    with pytest.raises(ModelError, match="induk"):
        saved.add_node(Node(new_id(), "program", "x", parent="tidak-ada"))
    assert len(saved) == len(report) + 2


# ------------------------------------------------------------------------- regressions


def test_restore_sets_aside_a_file_with_a_bad_node(tmp_path: Path) -> None:
    """A file whose meta is fine but a node field has the wrong type was kept as a "good"
    generation by ``restore`` (the check before replacing read the meta only), so ``restore --list``
    offered it and later restores could pick it."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    path = store.path_for(report_id)
    store.update(report_id, lambda r: None)  # revision 2; revision 1 is kept
    raw = json.loads(path.read_bytes())
    next(iter(raw["nodes"].values()))["name"] = 42
    bad = json.dumps(raw).encode()
    path.write_bytes(bad)
    with pytest.raises(StoreError) as info:
        store.load(report_id)
    assert info.value.code == "bad-field"
    store.restore(report_id)
    for gen in store.generations(report_id):  # every kept generation is a good report
        tables = json.loads(gen.path.read_bytes())
        Report.from_records(tables["meta"]["1"]["report"], list(tables["nodes"].values()))
    refused = sorted((store.root / ".generations" / report_id).glob("refused-*.json"))
    assert [p.read_bytes() for p in refused] == [bad]


def test_retried_failing_saves_leave_no_temp_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each failed save keeps the current file as generation N through a temp hard link renamed
    onto N.json; from the second attempt on, N.json already was that very file, rename() does
    nothing, and the temp link stayed (one per retry, for as long as the disk stayed full)."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report_id = store.latest_report_id()
    store.update(report_id, lambda r: None)

    def disk_full(fd: int, data: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", disk_full)
    for _ in range(3):
        with pytest.raises(StoreError) as info:
            store.update(report_id, lambda r: None)
        assert info.value.code == "disk-full"
    assert sorted(p.name for p in store.root.rglob("*") if p.name.endswith(".tmp")) == []
    assert [g.revision for g in store.generations(report_id)] == [2, 1]
