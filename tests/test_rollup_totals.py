"""The region's figures added up: ``status --all --tahun`` and ``export --all`` (years15).

A Bappeda planner adding the roll-up's column by hand for the meeting (how many IKU of the
region, how many under target, the region's average capaian) had no total: now one line under
``status --all``'s table of one year, a last row of the Markdown's summary table and a row under
the workbook's Rekap (out of its filter), the average that of every IKU with a capaian."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_rollup_renamed import store  # noqa: F401  (the fixture: two reports of 2024)

TOTAL_ID = "Jumlah 2024 (2 laporan): 20 IKU · 2 di bawah target · rata-rata capaian 107,81 % (10 dari 20 IKU)"


def test_status_all_of_one_year_adds_the_figures_up(store: Path) -> None:  # noqa: F811
    done = run_cli("status", "--all", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == TOTAL_ID
    assert "Di bawah target" in done.stdout and "Rata-rata capaian" in done.stdout
    en = run_cli("status", "--all", "--tahun", "2024", "--lang", "en", store=store).stdout
    assert en.splitlines()[-1] == (
        "Total 2024 (2 reports): 20 IKU · 2 under target · average capaian 107,81 % (10 of 20 IKU)"
    )
    # several years: each year's own total (a sum across years means nothing; years16)
    every = run_cli("status", "--all", store=store).stdout
    assert "Jumlah 2024 (2 laporan)" in every and "Jumlah (" not in every


def test_export_all_has_a_total_row(store: Path, tmp_path: Path) -> None:  # noqa: F811
    md = run_cli("export", "--all", store=store).stdout
    # (then the year before's, years16: the store holds 2023)
    assert "| **Jumlah (2 OPD)** | 20 | 2 | 107,81 % (10 dari 20 IKU) | 0,00 poin" in md
    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "| **Total (2 offices)** | 20 | 2 | 107,81 % (10 of 20 IKU) | 0,00 points" in en

    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    assert (
        run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=store).returncode == 0
    )
    rekap = load_workbook(out)["Rekap"]
    rows = list(rekap.iter_rows(values_only=True))
    assert rows[3] == (None,) * 9
    assert rows[4] == (
        "Jumlah (2 OPD)", None, 2024, 20, 2, 107.81, 107.81, 0,
        "atas 10 IKU yang sama",  # (of 2023's 20, the 10 with a capaian in 2024 too: years18)
    )  # fmt: skip
    assert rekap.auto_filter.ref == "A1:I3"  # (the total is not sorted among the offices)


@pytest.mark.parametrize("columns", ["50", "80"])
def test_the_total_line_breaks_at_words(store: Path, columns: str) -> None:  # noqa: F811
    out = run_cli("status", "--all", "--tahun", "2024", store=store, env={"COLUMNS": columns})
    tail = out.stdout[out.stdout.index("Jumlah 2024") :].splitlines()
    assert all(len(line) <= int(columns) for line in tail)
    assert " ".join(" ".join(tail).split()) == TOTAL_ID


def test_status_all_json_has_the_total_of_one_year(store: Path) -> None:  # noqa: F811
    import json

    data = json.loads(run_cli("status", "--all", "--tahun", "2024", "--json", store=store).stdout)
    assert data["total"] == {
        "year": 2024,
        "reports": 2,
        "indicators": 20,
        "under_target": 2,
        "average_achievement": 107.81,
        "measured_indicators": 10,
    }
    assert json.loads(run_cli("status", "--all", "--json", store=store).stdout)["total"] is None
