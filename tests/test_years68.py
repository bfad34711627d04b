"""years68: `compare` kept a pair's arrow with a figure only where the column happened to hold
"3 ± 1 →": in a column a cell short of it the arrow stood alone on a line ("3 ± 1" / "→" /
"3 ± 1"). A column of pairs now takes the cell or two it lacks from a column wider than its
words need, so each arrow ends a figure's line or begins the next figure's."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.conftest import run_cli
from tests.test_compare_parents import _with_2024
from tests.test_years67 import OTHER, SETDA, store  # noqa: F401

LONE = re.compile(r"│ *(?:→|->) *│")


@pytest.mark.parametrize(
    ("old", "lang", "columns"),
    [
        ("bengkulu-selatan-setda-2023", "en", "70"),  # (the realisasi "3 ± 1" / "→" / "3 ± 1")
        (SETDA, "id", "76"),  # (the capaian "terukur" / "→" / "100,00 %")
    ],
)
def test_no_arrow_alone_on_a_line(
    store: Path,  # noqa: F811 (the fixture of tests/test_years67.py)
    old: str,
    lang: str,
    columns: str,
) -> None:
    done = run_cli("compare", old, OTHER, "--lang", lang, store=store, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if "│" in line]
    assert table, done.stdout
    assert not [line for line in table if LONE.search(line)], done.stdout
    first = next(line for line in table if line.startswith("IKU 3"))
    assert "3 ± 1 →" in first, done.stdout  # (the target's pair, its arrow on its first line)


# An ambiguous row said "ambigu" and its candidates, not why each is one (the reason was known
# only inside core/years.match): each candidate now says what it shares with the row and which
# other indicator of the newer report stands in the way.


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "kemungkinan: IKU 1 Nilai LPPD (nama sama; juga kemungkinan bagi IKU {other})"),
        ("en", "candidates: IKU 1 Nilai LPPD (same name; also a candidate of IKU {other})"),
    ],
)
def test_a_candidate_claimed_twice_says_by_whom(
    store: Path,  # noqa: F811
    lang: str,
    said: str,
) -> None:
    done = run_cli("compare", SETDA, OTHER, "--lang", lang, store=store, env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    for own, other in (("1", "2"), ("2", "1")):
        assert f"  IKU {own} Nilai LPPD — {said.format(other=other)}" in done.stdout, done.stdout
    done = run_cli("export", "-r", OTHER, "--compare", SETDA, "--lang", lang, store=store)
    assert done.returncode == 0, done.stderr
    assert f"- IKU 2 Nilai LPPD — {said.format(other='1')}" in done.stdout, done.stdout


@pytest.fixture(scope="module")
def given_away(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report (2023) and a copy for 2024 without rollover's links, its IKU 1 renamed
    and its old name given to IKU 5: IKU 1's kode is no longer its indicator's."""
    report = load_bundled_report()
    first = next(n for n in report.walk() if n.code == "IKU 1")
    fifth = next(n for n in report.walk() if n.code == "IKU 5")
    report.replace_node(replace(fifth, name=first.name))
    report.replace_node(replace(first, name="Indeks Tata Kelola Baru"))
    return _with_2024(tmp_path_factory.mktemp("given"), report)


def test_a_kode_given_away_says_who_has_its_name(given_away: Path) -> None:
    for lang, said in (
        ("id", "IKU 1 Nilai LPPD (kode sama; namanya kini dipakai IKU 5)"),
        ("en", "IKU 1 Nilai LPPD (same code; its name is now IKU 5's)"),
    ):
        done = run_cli("compare", "--lang", lang, store=given_away, env={"COLUMNS": "200"})
        assert done.returncode == 0, done.stderr
        assert "  IKU 1 Indeks Tata Kelola Baru — " in done.stdout, done.stdout
        assert said in done.stdout, done.stdout
