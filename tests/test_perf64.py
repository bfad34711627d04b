"""The reviu of every report (issue 17, perf64): a printed capaian's finding is counted and
given its figures at once, and worded only when its message is first read (its known methods
cost a run of the engine each; ``check --all`` and the TUI's counts read no message)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import Measure, Node, Printed, Report, ReportMeta
from lkj_tui.core.reviu import measures, run_checks


def _report() -> Report:
    """One IKU of capaian 85,50 % whose table prints 85: its decimals cut, not rounded."""
    measure = Measure(
        satuan="%",
        target="100",
        realisasi="85,5",
        triwulan=("20", "40", "60", "85,5"),
        printed=(Printed("Tabel 3.2", "capaian", "85"),),
    )
    nodes = [
        Node("t", "tujuan", "Tujuan"),
        Node("s", "sasaran", "Sasaran", parent="t"),
        Node("i", "iku", "Nilai uji", "s", 0, code="IKU 1", measure=measure),
    ]
    return Report(ReportMeta("uji-2023", "Dinas Uji", 2023), nodes)


def test_a_printed_capaian_is_worded_when_read_without_its_evaluation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    worded: list[Any] = []
    candidates = measures._capaian_candidates

    def counted(*args: Any) -> Any:
        worded.append(args)
        return candidates(*args)

    monkeypatch.setattr(measures, "_capaian_candidates", counted)
    evaluation = Evaluation(_report())
    reviu = run_checks(evaluation)
    (found,) = [f for f in reviu.findings if f.check == "printed-capaian"]
    # counted, with its figures (--json's), and no known method tried yet
    assert reviu.counts()["error"] >= 1
    assert found.figures == {
        "printed": "85",
        "tables": "Tabel 3.2",
        "computed": "85,50",
        "computed_at_printed_precision": "86",
    }
    assert worded == []
    # an unread finding keeps no evaluation (the TUI keeps a reviu until the next is ready)
    held = weakref.ref(evaluation)
    del evaluation
    gc.collect()
    assert held() is None
    assert found.message("id") == (
        "Tabel 3.2 mencetak capaian 85 %, hasil hitung 85,50 % (86 pada presisi tercetak). "
        "Pemotongan desimal (bukan pembulatan) dari 85,50 menghasilkan angka tercetak."
    )
    assert found.message("en") == (
        "Tabel 3.2 prints capaian 85 %, computed 85,50 % (86 at the printed precision). "
        "Truncating 85,50 (instead of rounding) gives the printed figure."
    )
    assert len(worded) == 1  # (both languages at once, then kept)
