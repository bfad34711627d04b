"""Evaluation of a whole report: per node, per subtree, summary; incremental refresh after an edit."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace
from decimal import Decimal

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import evaluate
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Report, ReportMeta


def _counts(ev: Evaluation) -> dict[str, int]:
    return {n.id: ev.of(n.id).under_below for n in ev.report.walk()}


def test_bundled_summary_and_parent_counts() -> None:
    ev = Evaluation(load_bundled_report())
    summary = ev.summary()
    assert (summary.indicators, summary.under_target, summary.average) == (10, 2, Decimal("107.81"))
    assert summary.printed_average == Decimal("107.35")
    assert summary.under_all_levels == len(ev.under_target()) == 12
    tujuan = ev.report.roots()[0]
    assert ev.of(tujuan.id).under_below == 12
    sasaran = [n for n in ev.report.walk() if n.kind == "sasaran"]
    assert sum(ev.of(s.id).under_below for s in sasaran) == 12


def test_edit_moves_counts_exactly_like_a_full_recount() -> None:
    ev = Evaluation(load_bundled_report())
    lppd = next(n for n in ev.report.walk() if n.code == "IKU 1")
    row = next(n for n in ev.report.walk() if n.measure and n.measure.realisasi == "90 Surat")
    assert lppd.measure is not None and row.measure is not None
    steps = [
        (lppd, "3,30"),  # LPPD reaches its target: one fewer under target
        (row, "132 Surat"),  # the surat row too
        (row, "10 Surat"),  # and back under
        (lppd, None),  # realisasi cleared: no capaian, not under target
    ]
    for node, value in steps:
        measure = node.measure
        assert measure is not None
        edited = node.with_changes(measure=replace(measure, realisasi=value))
        ev.replace(edited)
        full = Evaluation(ev.report)
        assert _counts(ev) == _counts(full)
        assert ev.summary() == full.summary()
    assert ev.summary().under_target == 1  # AKIP only
    assert ev.summary().under_all_levels == 11


def test_printed_figures_are_checked_at_their_precision() -> None:
    ev = Evaluation(load_bundled_report())
    by_code = {n.code: ev.of(n.id) for n in ev.report.walk() if n.code.startswith("IKU")}
    lppd = by_code["IKU 1"]
    differing = {(c.printed.table, c.printed.value) for c in lppd.printed if c.differs}
    assert ("Tabel 3.2.1", "100") in differing  # the contradicting figure
    assert not any(
        c.differs for c in lppd.printed if c.printed.table == "Tabel 3.2"
    )  # 88.51 agrees
    kp = by_code["IKU 4"]  # 98 / 91 = 107,69 printed as 108: same at integer precision
    assert not any(c.differs for c in kp.printed if c.printed.field == "capaian")
    pbj = by_code["IKU 5"]  # 100 / 87,07 = 114,85 printed as 114 (truncated): differs
    assert any(c.differs for c in pbj.printed if c.printed.field == "capaian")


def test_capaian_are_kept_for_the_next_report_within_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process reading many reports (``check --all``, the export of each) computes a capaian
    once per (target, realisasi, polarity) and scales, for the next report too; a memory that
    holds more than its bound starts again with another report, never within one nor for the
    same report evaluated again (the TUI after an undo or a change of the tree)."""
    first, again = Evaluation(load_bundled_report()), Evaluation(load_bundled_report())
    lppd = next(n.id for n in first.report.walk() if n.code == "IKU 1")
    kept = first.of(lppd).achievement
    assert kept is not None and again.of(lppd).achievement is kept
    assert again.compute("3,22", "2,85", "positif") is kept  # the reviu's computations too
    by_key: dict[tuple[str | None, str | None, str], list[str]] = {}
    for n in first.report.walk():
        if (m := n.measure) is not None and m.target_akhir is None:
            by_key.setdefault((m.target, m.realisasi, m.polaritas), []).append(n.id)
    twins = next(ids for ids in by_key.values() if len(ids) > 1)
    monkeypatch.setattr(evaluate, "_KEPT", 1)
    # the same report again: kept over the bound (its capaian repeat whole)
    assert Evaluation(load_bundled_report()).of(lppd).achievement is kept
    other = load_bundled_report()
    other.meta = replace(other.meta, id="lain-2023")
    fresh = Evaluation(other)  # another report, the memory over its bound: it starts again
    assert fresh.of(lppd).achievement is not kept
    assert fresh.of(lppd).achievement == kept
    # within the report it is kept whatever its size (the 100,000-measure report repeats 61 %)
    assert fresh.of(twins[0]).achievement is fresh.of(twins[1]).achievement
    assert Evaluation(other).of(lppd).achievement is fresh.of(lppd).achievement
    assert Evaluation(load_bundled_report()).of(lppd).achievement is not fresh.of(lppd).achievement


def _wide_report(sasaran: int) -> Report:
    """A tujuan, ``sasaran`` sasaran and nine IKU under each, a third of them under target."""
    nodes = [Node("t", "tujuan", "Tujuan")]
    for s in range(sasaran):
        nodes.append(Node(f"s{s}", "sasaran", "Sasaran", parent="t", order=s))
        for i in range(9):
            realisasi = "50" if (s + i) % 3 == 0 else "150"
            measure = Measure(satuan="Dokumen", target="100", realisasi=realisasi)
            nodes.append(Node(f"i{s}-{i}", "iku", "IKU", f"s{s}", i, measure=measure))
    return Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)


def test_the_full_pass_counts_without_a_record_per_node() -> None:
    """Every node's count of under-target nodes beneath it is the count walked up from each of
    them; and the pass holds, at its peak, hardly more than the evaluation it keeps (a count and a
    tuple for every node made 20 MB of the 100,000-measure report's peak: docs/performance.md,
    "mem57")."""
    report = _wide_report(2000)
    Evaluation(report)  # (the capaian computed once: only the pass itself is measured below)
    tracemalloc.start()
    try:
        ev = Evaluation(report)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # bytes a node: the walk's list of the nodes, 8 (80 with a count and a tuple a node)
    assert peak - kept < 12 * len(report)
    walked_up = dict.fromkeys((n.id for n in report.walk()), 0)
    for under in ev.under_target():
        for ancestor in report.ancestors(under.node.id):
            walked_up[ancestor.id] += 1
    assert _counts(ev) == walked_up
    assert walked_up["t"] == len(ev.under_target()) == 6000
