"""vals18: spreadsheets as offices make them — the Renja evaluation's urusan lines told from notes."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS, _renja_with


def test_a_renja_note_numbered_in_the_kode_column_is_named_an_urusan_line_is_not(
    store_path: Path, tmp_path: Path
) -> None:
    """A note under the table whose Kode cell holds "1" was taken for an urusan line (any kode
    of one or two parts was) and dropped without a word. An urusan or bidang line is told by its
    name now (it begins Urusan/Bidang/Unsur, or is a bidang of the nomenclature: "1.02
    KESEHATAN"); the note is named at its cell, with the fix for an urusan too (id and en)."""
    cells = {
        "C13": "1",
        "D13": "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar",
        "C14": "1.02",
        "D14": "KESEHATAN",
        "C15": "1",
        "D15": "Capaian kinerja dipengaruhi keterlambatan anggaran",
    }
    path = _renja_with(tmp_path, cells)
    args = ("import", str(path), "--layout", "renja86", *_ARGS)
    done = run_cli(*args, store=store_path)
    said = (
        'E.81!D15 "Capaian kinerja dipengaruhi keterlambatan anggaran": teks tanpa indikator '
        "yang bukan program, kegiatan atau sub kegiatan; diabaikan"
    )
    assert done.returncode == 0 and said in done.stderr, done.stderr
    assert "bila ini urusan atau bidang urusan, awali namanya dengan Urusan atau Bidang" in (
        done.stderr
    )
    assert "D13" not in done.stderr and "D14" not in done.stderr
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path)
    assert 'E.81!D15 "Capaian kinerja dipengaruhi keterlambatan anggaran": a text' in en.stderr
    assert "if it is an urusan or bidang, begin its name with Urusan or Bidang" in en.stderr
