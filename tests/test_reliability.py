"""The reliability suite (issue 6), quick version: crash safety, concurrency, bad files, full disks
and value fuzzing (hostile text: tests/test_hostile.py). ``python reliability/run.py`` runs the full
one and prints the figures (docs/reliability.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import ModelError, Node, new_id
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
