"""A CSV file written by `lkj-tui export --format csv` imports again as it is, without
`--instansi` and `--tahun` (vals15): each row carries the report's id, instansi and year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import import_refused, run_cli


def test_an_exported_csv_imports_again_without_options(tmp_path: Path) -> None:
    """The CSV export had no instansi or year, so importing it was refused ("instansi tidak ada:
    berkas CSV tidak memuat lembar Laporan") until the user typed both, and the report id was
    made anew from them. Now the file carries them: the import gives the same report, id
    included, in another store; and an empty report's CSV too."""
    first, second = tmp_path / "a", tmp_path / "b"
    for store in (first, second):
        assert run_cli("init", store=store).returncode == 0
    doc = tmp_path / "setda.json"
    assert run_cli("export", "--format", "json", "-o", str(doc), store=first).returncode == 0
    copy = ("--report", "setda-salinan", "--instansi", "Setda Salinan", "--tahun", "2024")
    assert run_cli("import", str(doc), *copy, store=first).returncode == 0
    assert (
        run_cli("new", "--instansi", "Dinas Kosong", "--tahun", "2025", store=first).returncode == 0
    )
    for report, name in (("setda-salinan", "Setda Salinan"), ("dinas-kosong-2025", "Dinas Kosong")):
        path = tmp_path / f"{report}.csv"
        done = run_cli("export", "--format", "csv", "-r", report, "-o", str(path), store=first)
        assert done.returncode == 0, done.stderr
        done = run_cli("import", str(path), store=second)
        assert done.returncode == 0, done.stderr
        assert "kolom tidak dikenal" not in done.stderr
        docs = [
            json.loads(run_cli("export", "--format", "json", "-r", report, store=s).stdout)
            for s in (first, second)
        ]
        assert docs[1]["report"]["instansi"] == name
        assert docs[0]["nodes"] == docs[1]["nodes"]
        again = tmp_path / f"{report}-again.csv"
        run_cli("export", "--format", "csv", "-r", report, "-o", str(again), store=second)
        assert again.read_bytes() == path.read_bytes()  # (byte for byte)


def test_a_csv_of_two_reports_is_refused_naming_the_row(tmp_path: Path) -> None:
    """Rows of two offices in one file (two exports pasted together) would have made one report
    of both: refused, naming the first row that says another instansi and the row before."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    path = tmp_path / "dua.csv"
    path.write_text(
        "level;uraian;target;instansi;tahun\n"
        "iku;Indeks A;3;Dinas X;2024\n"
        "iku;Indeks B;4;Dinas Y;2024\n",
        encoding="utf-8",
    )
    said, en = import_refused(path, store=store)
    assert (
        'baris 3 (instansi) "Dinas Y": instansi berbeda dengan baris sebelumnya ("Dinas X", '
        "baris 2 (instansi)): satu berkas memuat satu laporan"
    ) in said
    assert (
        'row 3 (instansi) "Dinas Y": instansi differs from an earlier row\'s ("Dinas X", '
        "row 2 (instansi))"
    ) in en


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_imported_as_another_year_is_another_report(tmp_path: Path, fmt: str) -> None:
    """An export imported with --tahun (or --instansi) of another report kept the file's report
    id: "laporan 'bengkulu-selatan-setda-2023' sudah ada", and --overwrite would have replaced
    the 2023 report with 2024's rows. The id is now made from the options' instansi and year;
    the file's id stays when they say what the file says."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    path = tmp_path / f"lkj.{fmt}"
    assert run_cli("export", "--format", fmt, "-o", str(path), store=store).returncode == 0
    done = run_cli("import", str(path), "--dry-run", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(
        "Akan dibuat laporan sekretariat-daerah-kabupaten-bengkulu-selatan-2024:"
    )
    same = run_cli("import", str(path), "--dry-run", "--tahun", "2023", store=store)
    assert same.returncode == 1 and "'bengkulu-selatan-setda-2023' sudah ada" in same.stderr
