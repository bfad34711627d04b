"""The huge report's TUI session (issue 17, mem68): a finding's figures held as two tuples, the
names shared by every finding naming the same (a dict each: 184 bytes), and a capaian made
without its sentences keeps its inputs as one tuple, called as the engine run again (a partial
and its arguments' tuple: 160 bytes); both read as before."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.core import evaluate
from lkj_tui.core.engine import DEFAULT_SCALES, _explained, compute
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.reviu import Reviu, run_checks
from lkj_tui.core.reviu.finding import Finding, make, make_unwritten
from tests.test_mem61 import _distinct


def _held(make_all) -> tuple[object, int]:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        made = make_all()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return made, held


def test_a_findings_figures_hold_under_a_hundred_bytes() -> None:
    values = [f"{i},{i % 100:02d} %" for i in range(4000)]  # (made before: not counted)
    found, held = _held(
        lambda: [
            make("under-no-solusi", "n", ("kata", "words"), {"capaian": v, "target": "100"})
            for v in values
        ]
    )
    # a finding (96 bytes) and its figures: 184 + 96 → 96 + 96 bytes
    assert held / len(values) < 96 + 120, held / len(values)
    assert found[7].figures == {"capaian": values[7], "target": "100"}


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=20), max_size=6))
def test_the_figures_read_as_the_dict_they_were_made_of(figures: dict[str, str]) -> None:
    for finding in (
        make("under-no-solusi", None, ("kata", "words"), figures),
        make_unwritten("not-measurable", "n", lambda: ("kata", "words"), figures),
    ):
        got = finding.figures
        assert got == figures and figures == got and dict(got) == figures
        assert list(got) == list(figures) and len(got) == len(figures)
        assert list(got.items()) == list(figures.items())
        assert json.dumps(dict(got)) == json.dumps(figures)
        for name, value in figures.items():
            assert name in got and got[name] == value and got.get(name) == value
        assert "\x00absent" not in got and got.get("\x00absent") is None
        with pytest.raises(KeyError):
            got["\x00absent"]
        # a finding with the figures as a dict is the same finding
        same = Finding(
            finding.check, finding.severity, finding.node, "kata", "words", dict(figures)
        )
        assert finding == same


def test_findings_naming_the_same_figures_share_their_names() -> None:
    a = make("under-no-solusi", "n", ("kata", "words"), {"capaian": "1 %"})
    b = make("under-no-permasalahan", "m", ("kata", "words"), {"capaian": "2 %"})
    assert a.figures._names is b.figures._names  # type: ignore[attr-defined]
    assert make("under-no-solusi", "n", ("kata", "words")).figures == {}


def test_a_capaian_keeps_its_inputs_as_one_tuple(monkeypatch: pytest.MonkeyPatch) -> None:
    """The evaluation of 3,000 measures, each its own capaian: 80 bytes a capaian less held (the
    function that writes its sentences), every sentence as an explaining run writes it."""
    report = _distinct(3000)
    monkeypatch.setattr(evaluate, "_COMPUTED", {})  # (none computed by an earlier test kept)
    evaluation, held = _held(lambda: Evaluation(report))
    # its capaian, its record, the memory of capaian computed (before: 1,320)
    assert held / 3000 < 1260, held / 3000
    for ev in evaluation.items():
        m = ev.node.measure
        ach = ev.achievement
        assert m is not None and ach is not None
        whole = _explained(m.target, m.realisasi, m.polaritas, DEFAULT_SCALES, None)
        for lang in ("id", "en"):
            assert ach.explanation(lang) == whole.explanation(lang)
        assert (ach.notes, ach.notes_en, ach.formula) == (
            whole.notes,
            whole.notes_en,
            whole.formula,
        )
        assert ach.inputs == whole.inputs
    # the reviu reads them too (a capaian's reason written when first read)
    assert run_checks(evaluation).findings


@pytest.mark.parametrize(
    ("target", "realisasi", "polarity"),
    [
        ("10 Dok; 5 Lap", "8 Dok; 6 Lap", "positif"),
        ("100", "abc", "positif"),
        ("5", "7", "negatif"),
    ],
)
def test_a_capaian_written_later_is_the_explained_one(target, realisasi, polarity) -> None:
    quiet = compute(target, realisasi, polarity)
    whole = _explained(target, realisasi, polarity, DEFAULT_SCALES, None)
    assert (quiet.reason, quiet.reason_en) == (whole.reason, whole.reason_en)
    assert quiet.explanation_id == whole.explanation_id and quiet.inputs == whole.inputs
    for part, full in zip(quiet.components, whole.components, strict=True):
        assert part.formula == full.formula and part.explanation_en == full.explanation_en


def test_the_under_target_findings_write_their_words_when_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 IKU under target without permasalahan or solusi: their 6,000 findings keep the
    capaian and two templates, their words written when read (the reviu's 21,000 findings:
    309 → 267 bytes a finding), the same words."""
    monkeypatch.setattr(evaluate, "_COMPUTED", {})
    evaluation = Evaluation(_distinct(3000))
    reviu, held = _held(lambda: run_checks(evaluation))
    assert isinstance(reviu, Reviu)
    assert held / len(reviu.findings) < 290, held / len(reviu.findings)
    under = [f for f in reviu.findings if f.check.startswith("under-no-")]
    assert len(under) == 6000
    for f in under[:50]:
        shown = f.figures["capaian"]
        what = ("tanpa uraian permasalahan", "with no permasalahan")
        if f.check == "under-no-solusi":
            what = ("tanpa solusi", "with no solusi")
        assert f.message("id") == f"Capaian {shown} di bawah target, {what[0]}."
        assert f.message("en") == f"Capaian {shown} is under target, {what[1]}."
        assert f.message_id == f.message("id", marks=True)
