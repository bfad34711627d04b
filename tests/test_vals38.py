"""The auditor with messy values (vals38): an English-format number in a workbook or CSV is
said at its cell with ``set``'s words; a CSV's formula text in a value column is said to be a
formula without its value, with what to write."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2025", "--dry-run")
_HEAD = "jenis,kode,induk,nama,satuan,polaritas,target,realisasi\n"
_TREE = "tujuan,T1,,Tujuan satu\nsasaran,S1,T1,Sasaran satu\n"


def _csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "data.csv"
    path.write_text(_HEAD + _TREE + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_english_number_in_a_csv_is_said_at_its_cell(tmp_path: Path, lang: str) -> None:
    # "1,234.5" was read as 1.234,5 without a word; set and the TUI say it
    path = _csv(tmp_path, 'iku,IKU 1,S1,Satu,Dokumen,positif,"1,234.5","1,300"\n')
    done = run_cli("--store", str(tmp_path / "s"), "import", str(path), *_ARGS, "--lang", lang)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    if lang == "en":
        assert (
            'row 4 (target) "1,234.5": uses the English format (comma thousands, dot decimal): '
            "read as 1.234,5" in said
        ), done.stderr
    else:
        assert (
            'baris 4 (target) "1,234.5": ditulis dengan format Inggris (koma ribuan, titik '
            "desimal): dibaca 1.234,5" in said
        ), done.stderr
    assert "(realisasi)" not in said, done.stderr  # ("1,300": a decimal comma, said nothing)


def test_an_english_number_in_a_workbook_is_said_at_its_cell(tmp_path: Path) -> None:
    import openpyxl

    book = tmp_path / "t.xlsx"
    assert run_cli("template", "-o", str(book)).returncode == 0
    wb = openpyxl.load_workbook(book)
    rows = [
        ["tujuan", "T1", None, "Tujuan satu"],
        ["sasaran", "S1", "T1", "Sasaran satu"],
        ["iku", "IKU 1", "S1", "Satu", "Dokumen", "positif", None, "10", "1,234,567"],
    ]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            wb["Data"].cell(row=r, column=c, value=value)
    wb.save(book)
    done = run_cli("--store", str(tmp_path / "s"), "import", str(book), *_ARGS)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert '"1,234,567": ditulis dengan format Inggris' in said, done.stderr
    assert "dibaca 1.234.567" in said, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_formula_in_a_csv_value_cell_is_said_to_be_one(tmp_path: Path, lang: str) -> None:
    path = _csv(tmp_path, "iku,IKU 1,S1,Satu,Dokumen,positif,10,\"=cmd|' /C calc'!A0\"\n")
    done = run_cli("--store", str(tmp_path / "s"), "import", str(path), *_ARGS, "--lang", lang)
    assert done.returncode != 0, done.stderr
    said = " ".join(done.stderr.split())
    if lang == "en":
        assert "looks like an Excel formula without its value: type the value" in said, said
        assert "not recognised" not in said, said
    else:
        assert "tampak seperti rumus Excel tanpa nilai hasilnya: tulis nilainya" in said, said
        assert "tidak dikenali" not in said, said
