"""vals31 (issue 17, twenty-second pass): the auditor with messy values in ``status``, ``set``,
``calc`` and ``check``, on a terminal and piped, at 80 and 120 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Laporan mencetak 2 IKU dengan capaian < 60 %; hasil hitung 0 dari 10."),
        ("en", "The report prints 2 IKU with capaian < 60 %; computed 0 of 10."),
    ],
)
def test_check_says_a_count_of_none_without_an_empty_parenthesis(
    store_path: Path, lang: str, said: str
) -> None:
    """The bundled report prints "2 IKU" under 60 %; none is: check said "hasil hitung 0 dari
    10 (—)." (and the TUI's reviu, the same finding), an empty list in brackets. Now the count
    alone; a count of some still lists them."""
    done = run_cli("check", "--lang", lang, env={"COLUMNS": "300"}, store=store_path)
    assert said in done.stdout, done.stdout
    assert "(—)" not in done.stdout
    assert "10 (IKU 1, IKU 2, IKU 3" in done.stdout  # (≥ 60 %: all ten, named)
