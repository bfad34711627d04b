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


def test_a_separator_slip_is_said_whichever_figure_holds_the_dot(tmp_path: Path) -> None:
    """The slips' pass looks only at rows whose target or realisasi is not of a plain number's
    shape (perf48): "1,234" beside "1.234" and "1.234" beside "1,2" are still said, each way
    round, and a row of plain figures is not."""
    path = tmp_path / "data.csv"
    path.write_text(
        "level;kode;induk;uraian;satuan;target;realisasi\n"
        "sasaran;S1;;Sasaran 1;;;\n"
        "iku;IKU 1;S1;Satu;orang;1,234;1.234\n"
        "iku;IKU 2;S1;Dua;orang;1.234;1,234\n"
        "iku;IKU 3;S1;Tiga;orang;1.234;1,2\n"
        "iku;IKU 4;S1;Empat;orang;1,2;1.150\n"
        "iku;IKU 5;S1;Lima;orang;1,234;1234\n",
        encoding="utf-8",
    )
    done = run_cli(
        "--store", str(tmp_path / "s"), "import", str(path),
        "--instansi", "Dinas X", "--tahun", "2025", "--dry-run",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert 'baris 3 (target) "1,234": target 1,234 dibaca 1,234 (koma desimal)' in said, said
    assert 'baris 4 (realisasi) "1,234": realisasi 1,234 dibaca 1,234 (koma desimal)' in said
    assert 'baris 5 (target) "1.234": target 1.234 dibaca 1.234 (titik ribuan)' in said, said
    assert 'baris 6 (realisasi) "1.150": realisasi 1.150 dibaca 1.150 (titik ribuan)' in said
    assert "baris 7" not in said, said
