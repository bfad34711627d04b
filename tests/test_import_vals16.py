"""Spreadsheets people have (vals16): a Renstra matrix's baseline and end-of-period headers are
read into what the model holds, and Excel's error cells are named, never stored as values."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2024")


def _matrix(path: Path, head: list[str], row: list[object]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["level", "kode", "uraian", "satuan", "target", "realisasi", *head])
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya mutu pendidikan"])
    ws.write_row(2, 0, ["iku", "I1", "Angka partisipasi murni", "%", "92", "93", *row])
    wb.close()


def _measure(store: Path, report: str = "dinas-x-2024") -> dict[str, object]:
    done = run_cli("export", "--format", "json", "--report", report, store=store)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    (node,) = [n for n in _walk(doc["nodes"]) if n.get("code") == "I1"]
    return node["measure"]


def _walk(nodes: list[dict[str, object]]):
    for n in nodes:
        yield n
        yield from _walk(n.get("children", []))  # type: ignore[arg-type]


def test_a_renstra_matrix_baseline_and_end_targets_are_read(
    store_path: Path, tmp_path: Path
) -> None:
    """ "Target Renstra 2026", "Target Akhir Periode Renstra (2026)" and "Kondisi Awal (2021)"
    were "kolom tidak dikenal; diabaikan": they are the Renstra target of 2026, the end-of-period
    target and the realisasi of 2021 (the baseline the years' progress is measured from)."""
    path = tmp_path / "renstra.xlsx"
    head = ["Kondisi Awal (2021)", "Target Renstra 2026", "Target Akhir Periode Renstra (2026)"]
    _matrix(path, head, ["85,5", "95", "96"])
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "tidak dikenal" not in done.stderr
    measure = _measure(store_path)
    assert measure["realisasi_history"] == {"2021": "85,5"}
    assert measure["targets"] == {"2026": "95"}
    assert measure["target_akhir"] == "96"


def test_a_baseline_without_its_year_is_named_with_the_fix(
    store_path: Path, tmp_path: Path
) -> None:
    """ "Kondisi Awal" without a year: the model keeps a realisasi per year, and which year it is
    the header does not say: ignored, and the warning says how to name it (id and en)."""
    path = tmp_path / "renstra.xlsx"
    _matrix(path, ["Kondisi Awal"], ["85,5"])
    done = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert (
        'Data!G1 "Kondisi Awal": kondisi awal tanpa tahun; diabaikan: tulis tahunnya di judul, '
        "mis. 'Kondisi Awal (2021)'"
    ) in done.stderr
    en = run_cli("import", str(path), "--dry-run", *_ARGS, "--lang", "en", store=store_path)
    assert "a kondisi awal (baseline) without its year; ignored" in en.stderr
