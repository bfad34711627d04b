"""years43 (ys43): `compare` tells no change between two realisasi printed with different units
("2 Paket" → "4,99%" was "↑ 149,50 %", counted as a realisasi that rose, and worse), while a
number printed with its unit one year and without it the next still compares."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

NEXT_ID = "bengkulu-selatan-setda-2024"


def test_compare_tells_no_change_between_values_of_two_units(store_path: Path) -> None:
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert made.returncode == 0, made.stderr
    for rid, code, value in (
        (BUNDLED_REPORT_ID, "IKU 1", "2 Paket"),
        (NEXT_ID, "IKU 1", "4,99%"),  # (another unit: no rise of 149,50 %)
        (BUNDLED_REPORT_ID, "IKU 6", "60 dokumen"),
        (NEXT_ID, "IKU 6", "66 Dokumen"),  # (one unit, its case aside: +10 %)
        (NEXT_ID, "IKU 3", "4"),  # ("3 ± 1" before: a range, no change, as before)
    ):
        done = run_cli("set", code, "realisasi", value, "-r", rid, store=store_path)
        assert done.returncode == 0, done.stderr
    done = run_cli("compare", "--json", store=store_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    rows = {r["new"]["code"]: r for r in data["rows"] if r["new"]}
    assert rows["IKU 1"]["old"]["realisasi"] == "2 Paket", rows["IKU 1"]
    assert rows["IKU 1"]["new"]["realisasi"] == "4,99%", rows["IKU 1"]
    moved = rows["IKU 1"]["change"]
    assert moved is None or moved.get("realisasi_percent") is None, moved
    assert rows["IKU 6"]["change"]["realisasi_percent"] == 10, rows["IKU 6"]
    text = run_cli("compare", store=store_path, env={"COLUMNS": "120"})
    assert text.returncode == 0, text.stderr
    iku1 = text.stdout[text.stdout.index("IKU 1") :].split("IKU 2")[0]
    assert "149" not in iku1 and "↑" not in iku1, text.stdout


def test_status_all_at_40_columns_keeps_the_count_of_iku_with_its_bracket(
    store_path: Path,
) -> None:
    """At 40 columns a report's card broke "rata-rata capaian 107,81 % (10 dari 10 IKU)" at
    its last word: "IKU)" alone on a line. It breaks before the bracket, which stays whole."""
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert made.returncode == 0, made.stderr
    emptied = run_cli("set", "IKU 1", "realisasi", "", "-r", BUNDLED_REPORT_ID, store=store_path)
    assert emptied.returncode == 0, emptied.stderr  # ("… 109,95 % (9 dari 10 IKU)": 41 cells)
    for lang, said in (("id", "rata-rata capaian"), ("en", "average capaian")):
        done = run_cli("status", "--all", "--lang", lang, store=store_path, env={"COLUMNS": "40"})
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert all(len(line) <= 40 for line in lines if "-20" not in line), done.stdout
        averages = [n for n, line in enumerate(lines) if line.strip().startswith(said)]
        assert averages, done.stdout
        for n in averages:
            if lines[n].rstrip().endswith("IKU)"):  # ("— (0 dari 10 IKU)" fits the line)
                assert " (" in lines[n], done.stdout
                continue
            bracket = lines[n + 1].strip()
            assert bracket.startswith("(") and bracket.endswith(" IKU)"), done.stdout
            assert lines[n].rstrip().endswith("%"), done.stdout
        broken = sum(line.rstrip().endswith("%") for line in lines)
        assert broken == (lang == "id"), done.stdout  # (in English the line fits 40 cells)
