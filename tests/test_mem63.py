"""The huge report's memory (issue 17, mem63): a report's children are held as tuples, not as
lists left with room to grow (10.8 of the 100,000-measure report's 76 MiB), and a copy shares
them while an edit of one leaves the other as it was."""

from __future__ import annotations

import tracemalloc

from lkj_tui.core.model import Node, Report, ReportMeta


def _nodes(n: int) -> list[Node]:
    """Ten roots, then each node in turn the parent of one, two or three (a report's shape: most
    parents hold one to three)."""
    out = [Node(id=f"t{i}", kind="tujuan", name="T", order=i) for i in range(10)]
    k = 0
    while len(out) < n:
        parent = out[k]
        k += 1
        for j in range(1 + k % 3):
            out.append(Node(id=f"n{len(out)}", kind="program", name="P", parent=parent.id, order=j))
    return out


def test_a_report_holds_its_tree_in_few_bytes_a_node() -> None:
    nodes = _nodes(30_000)
    meta = ReportMeta(id="r", instansi="i", tahun=2025)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        report = Report(meta, nodes)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(report) == len(nodes)
    # its id dict and its children: 80 bytes a node (102 with the lists)
    assert held < 90 * len(nodes), held / len(nodes)
    assert [n.id for n in report.children("t1")] == ["n12", "n13", "n14"]


def test_a_copy_and_its_report_are_edited_apart() -> None:
    report = Report(ReportMeta(id="r", instansi="i", tahun=2025), _nodes(40))
    other = report.copy()
    report.add_node(Node(id="x", kind="program", name="X", parent="t1", order=0))
    other.add_node(Node(id="y", kind="program", name="Y", parent="t1", order=9))
    assert [n.id for n in report.children("t1")] == ["n12", "x", "n13", "n14"]
    assert [n.id for n in other.children("t1")] == ["n12", "n13", "n14", "y"]
    below = [n.id for n in report.walk("t1")]
    assert below[:2] == ["n12", report.children("n12")[0].id] and "x" in below
    assert "y" not in {n.id for n in report.walk()} and "x" not in {n.id for n in other.walk()}
