"""edit33: the planner authoring next year's report — a number typed for an indicator whose
satuan names a grade ("Predikat", "Opini") is doubted by ``set`` and found by ``check``, from
one rule (core.reviu.measures.graded_satuan)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


def _plan(store_path: Path) -> None:
    """IKU 2 (satuan Predikat, target CC) as next year's report has it: no realisasi yet."""
    assert run_cli("set", "IKU 2", "realisasi", "", store=store_path).returncode == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Satuan Predikat, tetapi target >3,51 berupa angka: tulis predikat (mis. BB)"),
        ("en", "The satuan is Predikat, but target >3,51 is a number: write a grade (e.g. BB)"),
    ],
)
def test_a_number_typed_as_a_grades_target_is_doubted_and_found(
    store_path: Path, lang: str, said: str
) -> None:
    """``set "IKU 2" target ">3,51"`` on an IKU whose satuan is Predikat (target CC) saved
    without a word, and ``check`` had no rule for it: its capaian could not be computed once
    a grade came as its realisasi. ``set`` now says it (and ``--json`` in ``doubts``) and
    ``check`` warns, in the same words; a grade typed back is said nothing of."""
    _plan(store_path)
    printed = run_cli("set", "IKU 2", "target", ">3,51", "--lang", lang, store=store_path)
    assert printed.returncode == 0, printed.stderr
    assert said in " ".join(printed.stdout.split()), printed.stdout
    checked = run_cli("check", "--json", "--lang", lang, store=store_path)
    hit = [f for f in json.loads(checked.stdout)["findings"] if f["check"] == "satuan-number"]
    assert len(hit) == 1 and hit[0]["severity"] == "warning", hit
    assert said in hit[0]["message"], hit
    again = run_cli("set", "IKU 2", "target", "BB", "--json", store=store_path)
    assert json.loads(again.stdout)["doubts"] == [], again.stdout
    found = json.loads(run_cli("check", "--json", store=store_path).stdout)["findings"]
    assert not [f for f in found if f["check"] == "satuan-number"]


def test_a_grade_satuan_set_over_numbers_is_doubted(store_path: Path) -> None:
    """The satuan typed "Predikat" over IKU 1's numbers (3,22 and 2,85): said, both named."""
    printed = run_cli("set", "IKU 1", "satuan", "Predikat", store=store_path)
    assert printed.returncode == 0, printed.stderr
    shown = " ".join(printed.stdout.split())
    assert "Satuan Predikat, tetapi target 3,22 dan realisasi 2,85 berupa angka" in shown, shown


def test_a_grade_against_a_number_is_said_once(store_path: Path) -> None:
    """A realisasi "65" against the grade CC is ``grade-vs-number``'s; not said twice."""
    assert run_cli("set", "IKU 2", "realisasi", "65", store=store_path).returncode == 0
    found = json.loads(run_cli("check", "--json", store=store_path).stdout)["findings"]
    checks = [f["check"] for f in found if "65" in f["message"]]
    assert "grade-vs-number" in checks and "satuan-number" not in checks, checks
