"""The auditor with messy values (vals37): ``calc`` without its realisasi gives the line with the
target typed."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_with_a_target_and_no_realisasi_gives_the_line_with_that_target(lang: str) -> None:
    # "calc '3 ± 1'" answered with an example of other values, "mis.: lkj-tui calc 3,22 2,85"
    done = run_cli("calc", "3 ± 1", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    said = "realisasi belum diberikan" if lang == "id" else "realisasi not given"
    assert said in done.stderr and "3,22 2,85" not in done.stderr, done.stderr
    line = f'lkj-tui calc "3 ± 1" REALISASI --lang {lang}'  # (its options as typed)
    assert done.stderr.rstrip().endswith(line), done.stderr
    data = json.loads(run_cli("calc", "3 ± 1", "--json", "--lang", lang).stdout)
    assert data["code"] == "missing-value" and 'calc "3 ± 1" REALISASI' in data["error"], data


def test_calc_with_a_target_typed_without_quotes_gives_the_line_too() -> None:
    done = run_cli("calc", "3", "±", "1")
    assert done.returncode == 2, done.stderr
    assert "mendapat 3" in done.stderr, done.stderr
    assert done.stderr.rstrip().endswith('lkj-tui calc "3 ± 1" REALISASI'), done.stderr


@pytest.mark.parametrize("target", ["3..2", "± 1"])
def test_calc_with_a_target_it_cannot_read_keeps_the_example(target: str) -> None:
    # (the line to type would carry a value that is refused next)
    done = run_cli("calc", target)
    assert done.returncode == 2 and "mis.: lkj-tui calc 3,22 2,85" in done.stderr, done.stderr
    assert "REALISASI" not in done.stderr, done.stderr
