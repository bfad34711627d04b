"""``status --all`` and ``check --all`` of a store of several years, grouped by year (years16).

A Bappeda planner listing a store of five years (a kabupaten's 40 offices: 200 rows) without
``--tahun`` got every year's reports in one list, worst first, 2021's and 2025's mixed, and no
total (a sum across years means nothing). Now each year's reports together under the year, the
newest first, worst first within it, with the year's figures added up; ``--json`` lists them in
that order, each with its year, and adds each year's totals (``years``)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.test_rollup_renamed import store  # noqa: F401  (2024: 2 reports, 2023: 3, 2022: 1)


def test_status_all_groups_the_years_newest_first(store: Path) -> None:  # noqa: F811
    done = run_cli("status", "--all", store=store)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Semua laporan (6) per tahun, terbaru dulu; tiap tahun terburuk dulu"
    heads = [line for line in lines if line.startswith("Tahun ")]
    assert heads == ["Tahun 2024 (2 laporan)", "Tahun 2023 (3 laporan)", "Tahun 2022 (1 laporan)"]
    assert [lines.index(h) for h in heads] == sorted(lines.index(h) for h in heads)
    # each year's rows under its heading, and the year's figures added up under them
    for year, after in (("2024", "Tahun 2023"), ("2023", "Tahun 2022")):
        part = done.stdout[done.stdout.index(f"Tahun {year}") : done.stdout.index(after)]
        rows = [line for line in part.splitlines()[3:] if line and not line.startswith("Jumlah")]
        assert rows and all(f" {year} " in row for row in rows)
        assert f"Jumlah {year} (" in part
    assert "Jumlah 2022" not in done.stdout  # (one report: its row is its total)
    en = run_cli("status", "--all", "--lang", "en", store=store).stdout.splitlines()
    assert en[0] == "All reports (6) by year, newest first; in each year worst first"
    assert "2022 (1 report)" in en and "2024 (2 reports)" in en
    assert any(line.startswith("Total 2023 (3 reports): 30 IKU") for line in en)


def test_status_all_json_keeps_each_year(store: Path) -> None:  # noqa: F811
    data = json.loads(run_cli("status", "--all", "--json", store=store).stdout)
    assert [r["year"] for r in data["reports"]] == [2024, 2024, 2023, 2023, 2023, 2022]
    assert data["total"] is None  # (across years)
    assert [(y["year"], y["reports"], y["indicators"]) for y in data["years"]] == [
        (2024, 2, 20),
        (2023, 3, 30),
        (2022, 1, 10),
    ]
    one = json.loads(run_cli("status", "--all", "--tahun", "2024", "--json", store=store).stdout)
    assert one["years"] == [one["total"]]


def test_check_all_groups_the_years_newest_first(store: Path) -> None:  # noqa: F811
    done = run_cli("check", "--all", store=store)
    lines = done.stdout.splitlines()
    assert lines[0] == ("Reviu semua laporan (6) per tahun, terbaru dulu; tiap tahun terburuk dulu")
    heads = [line for line in lines if line.startswith("Tahun ")]
    assert heads == ["Tahun 2024 (2 laporan)", "Tahun 2023 (3 laporan)", "Tahun 2022 (1 laporan)"]
    sums = [line for line in lines if line.startswith("Jumlah ")]
    assert [s.split(":")[0] for s in sums] == ["Jumlah 2024 (2 laporan)", "Jumlah 2023 (3 laporan)"]
    assert lines[-1].startswith("6 laporan: ")  # every year's, last
    part = done.stdout[done.stdout.index("Tahun 2023") : done.stdout.index("Tahun 2022")]
    assert "-2023" in part and "-2024" not in part and "-2022" not in part
    en = run_cli("check", "--all", "--lang", "en", store=store).stdout.splitlines()
    assert "2022 (1 report)" in en
    assert any(line.startswith("Total 2023 (3 reports): ") for line in en)
    data = json.loads(run_cli("check", "--all", "--json", store=store).stdout)
    assert [r["year"] for r in data["reports"]] == [2024, 2024, 2023, 2023, 2023, 2022]
    years = data["years"]
    assert [(y["year"], y["reports"]) for y in years] == [(2024, 2), (2023, 3), (2022, 1)]
    assert years[1]["summary"] == {
        s: sum(r["summary"][s] for r in data["reports"] if r["year"] == 2023)
        for s in ("error", "warning", "info")
    }
