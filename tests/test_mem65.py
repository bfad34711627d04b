"""The huge report's evaluation and reviu memory (issue 17, mem65): the reviu's walk keeps where
the subtrees of the sasaran and IKU end and where the findings' nodes are, not a position and a
size for every node (22 MiB at the 100,000-measure report's reviu, above all it keeps); the
evaluation keeps no record for a node without a measure (its 83,264: 12 MB)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.cli.output import Listed, dumps, dumps_pieces
from lkj_tui.core import evaluate
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.reviu import run_checks
from lkj_tui.core.reviu.finding import shared_heads
from lkj_tui.core.reviu.measures import Ctx

T = TypeVar("T")


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
        measure = Measure(satuan="Dokumen", target="2", realisasi="2" if p % 2 else "1")
        nodes.append(Node(f"n{p}", "indikator_kegiatan", "Dokumen", f"u{p}", measure=measure))
    return Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)


def _traced(make: Callable[[], T]) -> tuple[T, int, int]:
    """What ``make`` gives, and the memory tracemalloc saw it keep and hold at its peak."""
    tracemalloc.start()
    try:
        made = make()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return made, kept, peak


def test_the_reviu_holds_little_beyond_its_findings_at_its_peak() -> None:
    """At its peak the reviu of 20,004 nodes holds under 40 bytes a node beyond what it keeps
    (its walk's list of the nodes, the lists of its checks; a position and a subtree size for
    every node, two dicts over every id, held 94)."""
    report = _rows(5000)
    evaluation = Evaluation(report)
    run_checks(evaluation)  # (the capaian computed and the modules' caches filled beforehand)
    reviu, kept, peak = _traced(lambda: run_checks(evaluation))
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


def _counts_walked_up(report: Report, evaluation: Evaluation) -> dict[str, int]:
    """Each node's count of under-target items beneath it, walked up from each of them."""
    counts = dict.fromkeys((n.id for n in report.walk()), 0)
    for ev in evaluation.under_target():
        for ancestor in report.ancestors(ev.node.id):
            counts[ancestor.id] += 1
    return counts


def test_the_evaluation_keeps_no_record_for_a_node_without_a_measure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The evaluation of 5,002 measures among 20,004 nodes holds under 60 bytes a node, at its
    end and at its peak (a record for each node and its place in the id dict: 106); a node
    without a measure is evaluated when asked, with its count of under-target items beneath."""
    report = _rows(5000)
    monkeypatch.setattr(evaluate, "_COMPUTED", {})
    Evaluation(report)  # (the capaian computed once: only the pass itself is measured below)
    evaluation, kept, peak = _traced(lambda: Evaluation(report))
    assert kept / len(report) < 60 and peak / len(report) < 60
    walked_up = _counts_walked_up(report, evaluation)
    assert walked_up["t"] == len(evaluation.under_target()) == 2500
    for node in report.walk():
        ev = evaluation.of(node.id)
        assert (ev.node, ev.under_below) == (node, walked_up[node.id])
        assert ev.achievement is None if node.measure is None else ev.achievement is not None
    with pytest.raises(KeyError):
        evaluation.of("no such node")


def test_a_node_that_gains_or_loses_a_measure_is_evaluated_again_in_place() -> None:
    """An edit that gives a node without a measure one (or takes it away): its capaian, every
    count and the measured nodes' report order are a fresh evaluation's."""
    report = _rows(3)
    evaluation = Evaluation(report)
    kegiatan = report.node("k1")
    under = Measure(satuan="Dokumen", target="4", realisasi="1")
    for node in (
        replace(kegiatan, measure=under),
        kegiatan,
        replace(report.node("n0"), measure=None),
    ):
        evaluation.replace(node)
        fresh = Evaluation(report)
        assert evaluation.items() == fresh.items()
        for n in report.walk():
            assert evaluation.of(n.id) == fresh.of(n.id)
        assert evaluation.of("t").under_below == len(fresh.under_target())


@settings(max_examples=100, derandomize=True, deadline=None)
@given(st.sets(st.text(alphabet="ab0", min_size=1, max_size=10), min_size=1, max_size=40))
def test_shared_heads_are_the_beginnings_two_ids_share(ids: set[str]) -> None:
    """The beginnings of 8 characters that two node ids share, found among the sorted ids (an
    id shorter than 8 is its own beginning), are the ones counted over every id."""
    nodes = [Node(node_id, "tujuan", "T", order=i) for i, node_id in enumerate(sorted(ids))]
    report = Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)
    heads = [node_id[:8] for node_id in ids]
    assert shared_heads(report) == {h for h in heads if heads.count(h) > 1}


def test_shared_heads_hold_little_an_id() -> None:
    """Finding the shared beginnings of 20,004 ids holds under 40 bytes an id at its peak (each
    id's beginning in a list and a set: ≈ 130)."""
    report = _rows(5000)
    shared, _, peak = _traced(lambda: shared_heads(report))
    assert shared == set() and peak / len(report) < 40


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)


@settings(max_examples=100, derandomize=True, deadline=None)
@given(
    st.dictionaries(st.text(max_size=6), _JSON, max_size=3),
    st.lists(_JSON, max_size=230),
    st.integers(0, 3),
)
@example({}, [], 0)
@example({"a": "\u202e\x85\ud800"}, ["\u2028"] * 100, 1)
def test_json_in_pieces_is_the_json(data: dict[str, object], items: list[object], at: int) -> None:
    """``check --json``'s JSON written in pieces, a list made as it is written, is the JSON of
    the whole (any keys and values, bidi controls, separators, lone surrogates)."""
    keys = list(data)
    whole = dict(zip(keys[:at], data.values(), strict=False)) | {"findings": items}
    whole |= {k: data[k] for k in keys[at:]}
    pieces = {k: Listed(iter(items)) if k == "findings" else v for k, v in whole.items()}
    assert "".join(dumps_pieces(pieces)) == dumps(whole)


def test_json_in_pieces_holds_no_more_than_a_hundred_items() -> None:
    """Writing 20,000 findings' dicts in pieces holds about a hundred of them at a time (the
    whole list and its text held 90 MB for the huge report's 30,279)."""
    data = {"report": "r", "findings": Listed({"message": f"m{i}" * 20} for i in range(20000))}
    written, _, peak = _traced(lambda: sum(len(piece) for piece in dumps_pieces(data)))
    assert written > 20000 * 60 and peak < 100_000
