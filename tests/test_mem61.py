"""The huge report's TUI session memory (issue 17, mem61): a capaian and a finding are slotted
records, without an instance dict each (the 100,000-measure report's 45,000 capaian and 26,905
findings held 21 MB in them)."""

from __future__ import annotations

import tracemalloc

import pytest

from lkj_tui.core import evaluate
from lkj_tui.core.engine import DEFAULT_SCALES, _explained, compute
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.reviu import run_checks
from lkj_tui.core.reviu.finding import make, make_unwritten


def _distinct(n: int) -> Report:
    """``n`` IKU under one sasaran, each with a realisasi of its own (no capaian computed twice)."""
    nodes = [Node("t", "tujuan", "Tujuan"), Node("s", "sasaran", "Sasaran", parent="t")]
    for i in range(n):
        measure = Measure(
            satuan="Dokumen", target="100", realisasi=f"{50 + i // 100},{i % 100:02d}"
        )
        nodes.append(Node(f"i{i}", "iku", "IKU", "s", i, measure=measure))
    return Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)


def test_a_capaian_and_a_finding_keep_no_dict() -> None:
    quiet = compute("10 Dok; 5 Lap", "8 Dok; 6 Lap")
    explained = _explained("100", "90", "positif", DEFAULT_SCALES, None)
    unwritten = make_unwritten("not-measurable", "n1", lambda: ("kata", "words"), {})
    written = make("not-measurable", "n1", ("kata", "words"))
    for record in (quiet, *quiet.components, explained, unwritten, written):
        assert not hasattr(record, "__dict__"), record
    # what is left unwritten is written when first read, and kept
    assert quiet.explanation_en.startswith("Achievement 80,00 %: the lowest of 2 components")
    assert quiet.components[1].formula == "6 / 5 × 100 = 120,00"
    assert unwritten.message("en") == "words" and unwritten.message_id == "kata"
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        quiet.missing  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        unwritten.missing  # noqa: B018


def test_the_evaluation_and_the_reviu_hold_little_a_measure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bytes held (tracemalloc) by the evaluation of 3,000 measures, each its own capaian, and
    by their reviu: 1,480 → 1,320 a measure (its capaian, the function that writes its
    sentences, its record, the memory of capaian computed) and 616 → 384 a finding."""
    report = _distinct(3000)
    monkeypatch.setattr(evaluate, "_COMPUTED", {})  # (none computed by an earlier test kept)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        evaluation = Evaluation(report)
        evaluated = tracemalloc.get_traced_memory()[0]
        reviu = run_checks(evaluation)
        checked = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(reviu.findings) >= 3000
    assert (evaluated - before) / 3000 < 1400
    assert (checked - evaluated) / len(reviu.findings) < 450
