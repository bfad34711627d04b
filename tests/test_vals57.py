"""A percentage's change across years is said in points (vals57).

``compare``, ``export --compare`` and the TUI's years said a realisasi in % that went from 95 to 98
"↑ 3,16 %" (of last year's figure), which a reader takes for points; now two percentages (a "%"
printed, or the indicator's satuan "%") move in points, "↑ 3 poin" ("points", "pts" in a narrow
English table), and a figure of another unit keeps its percentage of last year's ("↑ 3,01 %").
A "%" printed on one side only of an indicator whose satuan is "%" is one unit (it was "satuan
berbeda")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import next_year_store, run_cli

OLD, NEW = "bengkulu-selatan-setda-2023", "bengkulu-selatan-setda-2024"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled 2023 report and its 2024 made by ``new --from``. Of satuan "%": IKU 4 (98 →
    93,5, both bare), IKU 5 (100 → 97,25%), IKL 1 (a bare 90 → 92%, its target a bare 100 →
    "92"); of satuan "Nilai": IKU 6 (63,20 → 65,10)."""
    return next_year_store(
        tmp_path_factory.mktemp("vals57") / "s",
        (
            ("IKU 4", "realisasi", "93,5"),
            ("IKU 5", "realisasi", "97,25%"),
            ("IKL 1", "target", "92"),
            ("IKL 1", "realisasi", "92%"),
            ("IKU 6", "realisasi", "65,10"),
        ),
    )


def _change_cell(text: str, code: str, rated: bool = False) -> str:
    """The change column of ``code``'s row (its last cell), its wrapped lines joined: up to the
    next row (below 90 columns the kode is in the name's cell, a row's lines start with its
    name's words); ``rated``: below 90 columns the cell's first line is the row's kategori,
    left out (exp70)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{code} "))
    parts = [lines[start].split("│")[-1].strip()]
    for line in lines[start + 1 :]:
        if "│" not in line or line.startswith(("IKU ", "IKL ")):
            break
        parts.append(line.split("│")[-1].strip())
    return " ".join(p for p in parts[rated:] if p)


@pytest.mark.parametrize(
    ("lang", "columns", "unit"),
    [("id", "160", "poin"), ("en", "160", "points"), ("en", "80", "pts")],
)
def test_compare_says_a_percentages_change_in_points(
    store: Path, lang: str, columns: str, unit: str
) -> None:
    shown = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": columns}).stdout
    worse, better = ("lebih buruk", "lebih baik") if lang == "id" else ("worse", "better")
    rated = int(columns) < 90  # (the kategori on the change cell's first line: exp70)
    if rated:
        assert _change_cell(shown, "IKU 4").startswith("Very high ↓ 4,50"), shown
    # 98 → 93,5: 4,5 points down (not "↓ 4,59 %", 4,5 of 98)
    assert _change_cell(shown, "IKU 4", rated).startswith(f"↓ 4,50 {unit} ({worse})"), shown
    assert _change_cell(shown, "IKU 5", rated).startswith(f"↓ 2,75 {unit} ({worse})"), shown
    # a bare 90 of satuan "%" and "92%": one unit, 2 points (was "satuan berbeda")
    assert _change_cell(shown, "IKL 1", rated).startswith(f"↑ 2 {unit} ({better})"), shown
    # a Nilai keeps its percentage of last year's: (65,10 − 63,20) / 63,20 = 3,006… %
    assert _change_cell(shown, "IKU 6", rated).startswith(f"↑ 3,01 % ({better})"), shown
    assert "satuan berbeda" not in shown and "units differ" not in shown


def test_compare_json_keeps_its_figures(store: Path) -> None:
    rows = json.loads(run_cli("compare", "--json", store=store).stdout)["rows"]
    row = next(r for r in rows if r["new"]["code"] == "IKL 1")
    assert row["not_compared"] is None
    assert row["change"]["realisasi_delta"] == 2
    assert row["change"]["direction"] == "up" and row["change"]["better"] is True


@pytest.mark.parametrize(("lang", "unit"), [("id", "poin"), ("en", "points")])
def test_export_compare_says_points(store: Path, tmp_path: Path, lang: str, unit: str) -> None:
    out = tmp_path / "r.md"
    done = run_cli(
        "export", "--compare", OLD, "-r", NEW, "--lang", lang, "-o", str(out), store=store
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    # (the comparison's table, after the report's own)
    iku4 = [line for line in text.splitlines() if line.startswith("| IKU 4 ")][-1]
    assert f"↓ 4,50 {unit} (" in iku4, iku4
    iku6 = [line for line in text.splitlines() if line.startswith("| IKU 6 ")][-1]
    assert "↑ 3,01 % (" in iku6, iku6
