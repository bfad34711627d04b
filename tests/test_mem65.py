"""The reviu's memory on a big report (issue 17, mem65): its walk keeps where the subtrees of the
sasaran and IKU end and where the findings' nodes are, not a position and a size for every node
(22 MiB at the 100,000-measure report's reviu, above all it keeps)."""

from __future__ import annotations

import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.reviu import run_checks
from lkj_tui.core.reviu.measures import Ctx


def _rows(programs: int) -> Report:
    """A sasaran with two IKU, and under the first IKU ``programs`` programs, each a kegiatan, a
    sub kegiatan and its indicator (the huge report's shape: most nodes are rows)."""
    nodes = [Node("t", "tujuan", "Tujuan"), Node("s", "sasaran", "Sasaran", parent="t")]
    for i in range(2):
        measure = Measure(satuan="%", target="100", realisasi="100")
        nodes.append(Node(f"i{i}", "iku", "IKU", "s", i, code=f"IKU {i + 1}", measure=measure))
    for p in range(programs):
        nodes += [
            Node(f"p{p}", "program", "Program", "i0", p, anggaran="Rp 10", realisasi_anggaran="9"),
            Node(f"k{p}", "kegiatan", "Kegiatan", f"p{p}"),
            Node(f"u{p}", "subkegiatan", "Sub Kegiatan", f"k{p}"),
        ]
        measure = Measure(satuan="Dokumen", target="2", realisasi="2")
        nodes.append(Node(f"n{p}", "indikator_kegiatan", "Dokumen", f"u{p}", measure=measure))
    return Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)


def test_the_reviu_holds_little_beyond_its_findings_at_its_peak() -> None:
    """At its peak the reviu of 20,004 nodes holds under 40 bytes a node beyond what it keeps
    (its walk's list of the nodes, the lists of its checks; a position and a subtree size for
    every node, two dicts over every id, held 94)."""
    report = _rows(5000)
    evaluation = Evaluation(report)
    run_checks(evaluation)  # (the capaian computed and the modules' caches filled beforehand)
    tracemalloc.start()
    try:
        reviu = run_checks(evaluation)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reviu.findings  # (an IKU without programs, the budgets unread…: a reviu with findings)
    assert (peak - kept) / len(report) < 40


def test_subtrees_and_leaves_are_the_walks() -> None:
    """``Ctx.below`` of any node is ``Report.walk`` of it (a slice of the walk for a sasaran or
    an IKU), and ``Ctx.leaf`` says it has no children."""
    for report in (load_bundled_report(), _rows(30)):
        ctx = Ctx(Evaluation(report))
        assert ctx.nodes == list(report.walk())
        for node in report.walk():
            assert ctx.below(node.id) == list(report.walk(node.id))
            assert ctx.leaf(node.id) == (not report.children(node.id))


_KINDS = st.sampled_from(["tujuan", "sasaran", "iku", "program", "kegiatan", "lainnya"])


@settings(max_examples=60, derandomize=True, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), _KINDS), min_size=1, max_size=30))
def test_subtrees_of_any_tree(shape: list[tuple[int, str]]) -> None:
    """Any tree (each node under one of the nodes before it, or a root), any kinds: the findings
    are in report order and every subtree is the walk's."""
    nodes = []
    for i, (parent, kind) in enumerate(shape):
        under = f"n{parent}" if parent < i else None
        measure = Measure(target="10", realisasi="5") if kind in ("iku", "lainnya") else None
        nodes.append(Node(f"n{i}", kind, f"N{i}", under, -i, measure=measure))  # type: ignore[arg-type]
    report = Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)
    evaluation = Evaluation(report)
    ctx = Ctx(evaluation)
    for node in report.walk():
        assert ctx.below(node.id) == list(report.walk(node.id))
    order = {n.id: i for i, n in enumerate(report.walk())}
    found = [order[f.node] for f in run_checks(evaluation).findings if f.node is not None]
    assert found == sorted(found)
