"""A CSV file's places name the column of a header the import does not know, and a CSV file
with a title line above its header is read (vals15)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_ARGS = ("--dry-run", "--instansi", "Dinas X", "--tahun", "2024")


def test_an_unknown_column_of_a_csv_file_is_named_by_its_row_and_letter(
    store_path: Path, tmp_path: Path
) -> None:
    """The warning said "baris 1 "aneh"": neither which column nor, with a title above the
    header, the header's real row. Now "baris 3 (kolom F)", and "row 3 (column F)" in English;
    a column twice names both columns."""
    path = tmp_path / "lkj.csv"
    path.write_text(
        "Laporan Kinerja Dinas X\n\n"
        "level;uraian;satuan;target;realisasi;aneh\n"
        "sasaran;Meningkatnya A;;;;\n"
        "iku;Indeks A;Nilai;3,5;3,2;x\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert 'peringatan: baris 3 (kolom F) "aneh": kolom tidak dikenal; diabaikan' in done.stderr
    en = run_cli("import", str(path), *_ARGS, "--lang", "en", store=store_path)
    assert 'warning: row 3 (column F) "aneh": unknown column; ignored' in en.stderr
    twice = tmp_path / "twice.csv"
    twice.write_text("level;uraian;target;Target\niku;Indeks A;1;2\n", encoding="utf-8")
    done = run_cli("import", str(twice), *_ARGS, "--lang", "en", store=store_path)
    assert done.returncode == 2
    assert (
        "row 1 (column D) \"Target\": column 'target' twice (also at row 1 (column C))"
        in done.stderr
    )


def test_a_csv_file_with_a_title_line_above_its_header_is_read(
    store_path: Path, tmp_path: Path
) -> None:
    """The separator was taken from the first line only: a title line above the header (no
    separator in it, or commas) made a ';' file be read with ',', and the import said "baris
    judul tidak ditemukan" of a file whose header was plainly there."""
    path = tmp_path / "lkj.csv"
    for title in ("Laporan Kinerja Dinas X", "Laporan Kinerja, Dinas X, Tahun 2024"):
        path.write_text(
            f"{title}\n\nlevel;uraian;target;realisasi\niku;Indeks A;3,5;3,2\n",
            encoding="utf-8",
        )
        done = run_cli("import", str(path), *_ARGS, store=store_path)
        assert done.returncode == 0, done.stderr
        assert "IKU: 1" in done.stdout
