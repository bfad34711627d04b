"""The import's warnings on how a value is written (an English number, a dot as the decimal point,
a signed grade) look only at the value cells the row's check could not read by their shape
(perf46): each value column's such cell is still said at its cell, a text column's dotted name
never."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_HEAD = "level;kode;induk;uraian;satuan;target;realisasi;tw1;target_2026;target_akhir;anggaran\n"
_ROWS = (
    "sasaran;S1;;Sasaran 1.2;;;;;;;\n"
    "iku;IKU 1.1;S1;Satu;%;B+;80;1,234.5;2.5 %;1.5;\n"
    "program;P1;S1;Program 1.1;;;;;;;Rp 1,234,567\n"
)


def test_each_value_column_is_looked_at_and_no_text_column(tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_text(_HEAD + _ROWS, encoding="utf-8")
    done = run_cli(
        "--store", str(tmp_path / "s"), "import", str(path),
        "--instansi", "Dinas X", "--tahun", "2025", "--dry-run",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert 'baris 3 (target) "B+": predikat dengan tanda “+” tidak ada' in said, said
    assert 'baris 3 (tw1) "1,234.5": ditulis dengan format Inggris' in said, said
    assert 'baris 3 (target_2026) "2.5 %": titik dibaca sebagai tanda desimal' in said, said
    assert 'baris 3 (target_akhir) "1.5": titik dibaca sebagai tanda desimal' in said, said
    assert "baris 4 (anggaran) \"Rp 1,234,567\": '1,234,567' ditulis dengan format" in said, said
    assert said.count("peringatan:") == 5, said  # (not the names and kodes with their dots)
