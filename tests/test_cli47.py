"""cli47: the commands' last rough lines: `new`'s long id broken after a dash, `calc`'s
missing value said before its store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli46 import LONG_ID, PTY, _on_a_terminal


@PTY
@pytest.mark.parametrize("columns", [34, 40])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_new_breaks_a_long_id_in_its_sentence_after_a_dash(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """`new -r LONG_ID` printed "Laporan kosong <60-character id> dibuat" with the id whole on
    a line of its own, which a 34–40-column terminal wrapped mid-word. The sentence's lines now
    fit, the id broken after a "-" as the listings break it: its pieces join back whole, and
    its year stays with a piece."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    args = ["new", "--instansi", "Dinas PMD", "--tahun", "2025", "-r", LONG_ID, "--lang", lang]
    lines = _on_a_terminal(store, columns, *args)
    shown = "\n".join(lines)
    said = lines[: next(i for i, line in enumerate(lines) if line.startswith("  lkj-tui "))]
    assert all(len(line) <= columns for line in said), shown
    joined = "".join(line if line.endswith("-") else line + " " for line in said)
    assert f" {LONG_ID} " in joined, shown
    assert not any(line.startswith("2025") for line in said), shown


@pytest.mark.parametrize(
    ("values", "lacking"), [(["90"], "realisasi"), ([], "target")], ids=["one", "none"]
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_with_a_store_says_first_the_value_it_lacks(
    tmp_path: Path, values: list[str], lacking: str, lang: str
) -> None:
    """`calc 90 --store X` said only that calc uses no store; left out, the user then heard the
    realisasi was missing, the thing to fix first (and "X" was read as the realisasi). The
    missing value is now said first, on the first line, the store on the next; the command the
    first line shows, its placeholder given a value, runs."""
    store = tmp_path / "s"
    done = run_cli("calc", *values, "--store", str(store), "--lang", lang, cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    first, second = done.stderr.splitlines()
    said = {"id": "belum diberikan", "en": "not given"}[lang]
    assert said in first and lacking in first and str(store) not in first, done.stderr
    assert "--store" in second and str(store) in second, done.stderr
    shown = first[first.rindex("lkj-tui ") :].split()[1:]
    assert "--store" not in shown, done.stderr
    if values:  # (its placeholder given a value: "lkj-tui calc 90 REALISASI")
        assert shown[:2] == ["calc", *values], done.stderr
        shown[2] = "80"
    again = run_cli(*shown, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert not store.exists()


def test_calc_with_a_store_and_json_names_the_missing_value() -> None:
    """With ``--json`` the one object names the missing value, the first thing to fix."""
    done = run_cli("calc", "90", "--store", "X", "--json")
    assert done.returncode == 2
    data = json.loads(done.stdout)
    assert (data["code"], data["argument"]) == ("missing-value", "realisasi"), data
