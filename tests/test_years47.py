"""years47 (ys47): `compare` tells no change of the realisasi of a kode whose name changed (two
indicators: "6 Laporan → 61,48" was "↑ 924,67 % (lebih baik)" across a renamed IKU 3) and says
the indicator was renamed; nor between a number with a unit and a bare one, unless the bare one's
target has that unit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

NEXT_ID = "bengkulu-selatan-setda-2024"


def _rows(store: Path, lang: str = "id") -> tuple[dict[str, dict], str]:
    done = run_cli("compare", "--json", store=store)
    assert done.returncode == 0, done.stderr
    rows = {r["new"]["code"]: r for r in json.loads(done.stdout)["rows"] if r["new"]}
    text = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": "120"})
    assert text.returncode == 0, text.stderr
    return rows, text.stdout


def _points_only(row: dict) -> bool:
    """No realisasi change, the capaian's points kept (each side's capaian, ys48)."""
    moved = row["change"]
    realisasi = ("realisasi_delta", "realisasi_percent", "realisasi_steps", "direction", "better")
    points = row["new"]["achievement"] - row["old"]["achievement"]
    return all(moved[k] is None for k in realisasi) and moved["achievement_points"] == (
        pytest.approx(points)
    )


def _cell(text: str, code: str, after: str) -> str:
    return text[text.index(f"{code} ") :].split(f"{after} ")[0]


def test_compare_says_renamed_and_tells_no_change_across_two_names(store_path: Path) -> None:
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert made.returncode == 0, made.stderr
    for rid, code, field, value in (
        (BUNDLED_REPORT_ID, "IKU 1", "realisasi", "6 Laporan"),
        (NEXT_ID, "IKU 1", "realisasi", "61,48"),
        (NEXT_ID, "IKU 1", "name", "Nilai pengendalian inflasi daerah"),
        (BUNDLED_REPORT_ID, "IKU 4", "realisasi", "60"),
        (NEXT_ID, "IKU 4", "realisasi", "66"),  # (one name: still compared, +10 %)
    ):
        done = run_cli("set", code, field, value, "-r", rid, store=store_path)
        assert done.returncode == 0, done.stderr
    rows, text = _rows(store_path)
    iku1 = rows["IKU 1"]
    assert iku1["state"] == "matched" and iku1["not_compared"] == "renamed", iku1
    assert _points_only(iku1), iku1
    assert rows["IKU 4"]["change"]["realisasi_percent"] == 10, rows["IKU 4"]
    assert rows["IKU 4"]["not_compared"] is None, rows["IKU 4"]
    cell = _cell(text, "IKU 1", "IKU 2")
    assert "nama berubah" in cell and "924" not in cell and "↑" not in cell, text
    assert "lebih baik" not in cell, text
    english = run_cli("compare", "--lang", "en", store=store_path, env={"COLUMNS": "120"})
    assert "renamed" in _cell(english.stdout, "IKU 1", "IKU 2"), english.stdout


def test_compare_tells_no_change_between_a_unit_and_a_bare_number(store_path: Path) -> None:
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert made.returncode == 0, made.stderr
    for rid, code, field, value in (
        (BUNDLED_REPORT_ID, "IKU 1", "realisasi", "6 Laporan"),
        (NEXT_ID, "IKU 1", "target", "55,89"),
        (NEXT_ID, "IKU 1", "realisasi", "61,48"),  # (bare, its target bare: another unit)
        (BUNDLED_REPORT_ID, "IKU 6", "realisasi", "60 Dokumen"),
        (NEXT_ID, "IKU 6", "target", "66 dokumen"),
        (NEXT_ID, "IKU 6", "realisasi", "66"),  # (bare, its target in Dokumen: one unit)
    ):
        done = run_cli("set", code, field, value, "-r", rid, store=store_path)
        assert done.returncode == 0, done.stderr
    rows, text = _rows(store_path)
    iku1 = rows["IKU 1"]
    assert iku1["not_compared"] == "units" and _points_only(iku1), iku1
    assert rows["IKU 6"]["change"]["realisasi_percent"] == 10, rows["IKU 6"]
    cell = _cell(text, "IKU 1", "IKU 2")
    assert "satuan berbeda" in cell and "↑" not in cell and "lebih baik" not in cell, text
    english = run_cli("compare", "--lang", "en", store=store_path, env={"COLUMNS": "120"})
    assert "units differ" in _cell(english.stdout, "IKU 1", "IKU 2"), english.stdout
