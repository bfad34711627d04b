"""``status --all`` and ``check --all`` of a store of several years, grouped by year (years16).

A Bappeda planner listing a store of five years (a kabupaten's 40 offices: 200 rows) without
``--tahun`` got every year's reports in one list, worst first, 2021's and 2025's mixed, and no
total (a sum across years means nothing). Now each year's reports together under the year, the
newest first, worst first within it, with the year's figures added up; ``--json`` lists them in
that order, each with its year, and adds each year's totals (``years``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_rollup_renamed import store  # noqa: F401  (2024: 2 reports, 2023: 3, 2022: 1)


def test_status_all_groups_the_years_newest_first(store: Path) -> None:  # noqa: F811
    done = run_cli("status", "--all", store=store)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # (the one government of its reports said once, in the title, years37)
    said = "; Pemerintah Kabupaten Bengkulu Selatan"
    assert lines[0] == "Semua laporan (6) per tahun, terbaru dulu; tiap tahun terburuk dulu" + said
    heads = [line for line in lines if line.startswith("Tahun ")]
    assert heads == ["Tahun 2024 (2 laporan)", "Tahun 2023 (3 laporan)", "Tahun 2022 (1 laporan)"]
    assert [lines.index(h) for h in heads] == sorted(lines.index(h) for h in heads)
    # each year's rows under its heading, and the year's figures added up under them
    for year, after in (("2024", "Tahun 2023"), ("2023", "Tahun 2022")):
        part = done.stdout[done.stdout.index(f"Tahun {year}") : done.stdout.index(after)]
        rows = [line for line in part.splitlines()[3:] if line and not line.startswith("Jumlah")]
        # (no Tahun column repeating the heading, years18: the id's "-2024" only)
        assert rows and not any(f" {year}" in row for row in rows), part
        assert "Tahun" not in part.splitlines()[1], part
        assert f"Jumlah {year} (" in part
    assert "Jumlah 2022" not in done.stdout  # (one report: its row is its total)
    en = run_cli("status", "--all", "--lang", "en", store=store).stdout.splitlines()
    assert en[0] == "All reports (6) by year, newest first; in each year worst first" + said
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
    said = "; Pemerintah Kabupaten Bengkulu Selatan"  # (its one government, years37)
    assert (
        lines[0]
        == "Reviu semua laporan (6) per tahun, terbaru dulu; tiap tahun terburuk dulu" + said
    )
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


def _two_years(tmp_path: Path) -> Path:
    """Setda 2023 (bundled, a long instansi) and "Dinas Z" 2024 (a short one)."""
    from tests.test_rollup_renamed import _import

    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    _import(tmp_path, root, "dinas-z-2024", "Dinas Z", 2024)
    return root


def _years(out: str) -> list[list[str]]:
    """Each year's lines: from its heading to the next blank line."""
    parts = out.split("\n\n")
    return [p.splitlines()[1:] for p in parts if p.startswith("Tahun ")]


@pytest.mark.parametrize(("command", "columns"), [("status", "66"), ("check", "50")])
def test_every_year_is_laid_out_alike(tmp_path: Path, command: str, columns: str) -> None:
    # 2024's short instansi fit a table, 2023's long one only cards (status at 66 columns) or
    # lines broken under the table's header (check at 50): one year one layout, the next
    # another. Now the layout is decided once, on every year's rows.
    out = run_cli(command, "--all", store=_two_years(tmp_path), env={"COLUMNS": columns}).stdout
    new, old = _years(out)
    assert len(new) > 1 and len(old) > 1, out
    if command == "status":  # cards both (no table's rule)
        assert "─" not in out, out
    elif "─" in out:  # the same header, the id under the row, both
        assert new[:3] == old[:3] and new[1] == "  Laporan", out
    else:  # or cards both (years37: the one government said in the title, not in each row,
        # "Sekretariat Daerah" is as short as "Dinas Z")
        assert [line[:2] == "  " for line in new] == [line[:2] == "  " for line in old], out


@pytest.mark.parametrize(("command", "columns"), [("status", "50"), ("check", "40")])
def test_cards_under_a_year_leave_the_year_out(tmp_path: Path, command: str, columns: str) -> None:
    # A card under "Tahun 2023 (1 laporan)" read "2023 · 10 IKU · …": the year said twice.
    root = _two_years(tmp_path)
    out = run_cli(command, "--all", store=root, env={"COLUMNS": columns}).stdout
    for lines in _years(out):
        figures = [line for line in lines if line.startswith("  ") and "-202" not in line]
        assert figures and not any("2023" in f or "2024" in f for f in figures), out
    # one year (--tahun): its title says the year, its card not again (years18)
    one = run_cli(command, "--all", "--tahun", "2023", store=root, env={"COLUMNS": columns})
    lines = one.stdout.splitlines()
    assert "2023" in lines[0] and not any(line.startswith("  2023 · ") for line in lines), lines
