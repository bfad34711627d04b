"""The listing's IKU summary (``storage/index.summarize``) gives exactly what evaluating the whole
report gives (``Evaluation(report).summary()`` and its IKU rows), on the bundled report, generated
ones, and IKU whose realisasi comes from the triwulan or whose capaian uses a region's own scales."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import CaraHitung, Report
from lkj_tui.storage import atomic, index
from lkj_tui.storage.index import IkuRow, ReportSummary, summarize
from lkj_tui.storage.store import Store
from tests.test_benchmarks import _generator


def _by_evaluation(report: Report) -> ReportSummary:
    evaluation = Evaluation(report)
    s = evaluation.summary()
    rows = tuple(
        IkuRow(
            ev.node.code,
            ev.node.name,
            ev.achievement.rounded if ev.achievement else None,
            ev.achievement.rating if ev.achievement else None,
            ev.under_target,
        )
        for ev in evaluation.items(["iku"])
    )
    return ReportSummary(
        s.indicators, s.measured, s.under_target, s.average, report.meta.pemerintah, rows
    )


def _generated(n: int) -> list[Report]:
    generate = _generator()
    plans = generate.plan(generate.SCALES["kabupaten"])[:n]
    return [Report.from_document(generate.build_document(p, 3)) for p in plans]


def _iku_from_triwulan(report: Report) -> Report:
    """Every other IKU: realisasi empty, derived from the triwulan by a cara hitung."""
    ways: list[CaraHitung] = ["kumulatif", "nilai_akhir", "rata_rata"]
    for i, node in enumerate([n for n in report.walk() if n.kind == "iku" and n.measure][::2]):
        assert node.measure is not None
        quarters = ("20", "25,5", None, "30") if i % 4 else ("1", "x", None, None)
        measure = replace(node.measure, realisasi=None, triwulan=quarters, cara_hitung=ways[i % 3])
        report.replace_node(node.with_changes(measure=measure))
    return report


def _region_scales(report: Report) -> Report:
    scales = {"ratings": [{"label": "Baik", "min": "95"}, {"label": "Kurang", "min": None}]}
    report.meta = replace(report.meta, scales=scales)
    return report


@pytest.mark.parametrize(
    "make",
    [
        lambda: [load_bundled_report()],
        lambda: _generated(6),
        lambda: [_iku_from_triwulan(load_bundled_report())],
        lambda: [_iku_from_triwulan(r) for r in _generated(2)],
        lambda: [_region_scales(_iku_from_triwulan(load_bundled_report()))],
    ],
    ids=["bundled", "generated", "triwulan", "generated-triwulan", "region-scales"],
)
def test_summary_is_what_evaluating_the_whole_report_gives(make) -> None:  # type: ignore[no-untyped-def]
    for report in make():
        summary = summarize(report)
        assert summary == _by_evaluation(report)
        assert summary.indicators == sum(1 for n in report.walk() if n.kind == "iku")


def test_a_report_without_iku_has_an_empty_summary() -> None:
    report = load_bundled_report()
    nodes = [n for n in report.walk() if n.kind != "iku" and n.parent is None]
    empty = Report(report.meta, nodes)
    assert summarize(empty) == _by_evaluation(empty)
    assert summarize(empty).average is None and summarize(empty).iku == ()


@pytest.mark.usefixtures("index_every_store")
def test_the_index_gives_back_what_was_computed_and_survives_damaged_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s")
    for report in _generated(3):
        store.import_report(report)
    computed, errors = Store(tmp_path / "s").summaries()  # every report read: the index written
    assert errors == [] and all(s.iku for _, s in computed)
    path = index.index_path(tmp_path / "s")
    reads: list[Path] = []
    real = atomic.read_file
    monkeypatch.setattr(atomic, "read_file", lambda p: (reads.append(p), real(p))[1])
    again, _ = Store(tmp_path / "s").summaries()  # another process: from the index alone
    assert reads == [] and again == computed
    assert [s.iku for _, s in again] == [summarize(store.load(i.id).report).iku for i, _ in again]

    data = json.loads(path.read_text())
    first = next(iter(data["reports"].values()))
    first["summary"][5][0][2] = {"not": "a number"}  # a damaged IKU row (the index is a cache)
    path.write_text(json.dumps(data))
    damaged, errors = Store(tmp_path / "s").summaries()
    assert errors == [] and len(damaged) == len(computed)
    assert [s.indicators for _, s in damaged] == [s.indicators for _, s in computed]
    assert sorted(len(s.iku) == 0 for _, s in damaged) == [False, False, True]
