"""vals22: a workbook whose first sheet holds a table that only looks like a PK's and a later
sheet a proper one: the proper one is read, and the warning names both sheets and what the first
lacks (it said the first sheet "holds no table")."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS

_NEAR = ["No", "Sasaran Strategis", "Ukuran Kinerja", "Satuan", "Target", "Realisasi"]
_KNOWN = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]


def _book(path: Path, realisasi: str = "90") -> Path:
    """Sheet "Rekap": a PK's table headed "Ukuran Kinerja"; sheet "PK 2024": the same headed
    "Indikator Kinerja", two indicators (the second's realisasi ``realisasi``)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    for name, head in (("Rekap", _NEAR), ("PK 2024", _KNOWN)):
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, head)
        for i in range(2):
            ws.write_row(1 + i, 0, [str(i + 1), "Meningkatnya pelayanan", f"Indikator {i + 1}"])
            ws.write_row(1 + i, 3, ["km", "95", realisasi if i else "90"])
    wb.close()
    return path


def test_a_near_pk_first_sheet_and_a_proper_later_one_read_the_proper_one_and_say_why(
    store_path: Path, tmp_path: Path
) -> None:
    path = _book(tmp_path / "dua.xlsx")
    said = {}
    for lang in ("id", "en"):
        done = run_cli("import", str(path), *_ARGS, "--dry-run", "--lang", lang, store=store_path)
        assert done.returncode == 0, done.stderr
        said[lang] = " ".join(done.stderr.split())
        assert "IKU: 2" in done.stdout or "(IKU): 2" in done.stdout, done.stdout
    assert "tidak memuat tabel" not in said["id"], said["id"]
    assert (
        "PK 2024: lembar ini yang dibaca: tabelnya dikenali; lembar 'Rekap' memuat tabel serupa "
        "yang judul kolomnya tidak dikenali (bila lembar itu yang dimaksud: ganti judul "
        "'Ukuran Kinerja' di Rekap!C1 menjadi 'Indikator Kinerja')"
    ) in said["id"], said["id"]
    assert (
        "PK 2024: this sheet is read: its table is known; the sheet 'Rekap' holds a like table "
        "whose headers are not known (if that sheet is the one meant: rename 'Ukuran Kinerja' "
        "at Rekap!C1 'Indikator Kinerja')"
    ) in said["en"], said["en"]


def test_the_proper_sheets_refusal_keeps_the_right_words_for_the_first(
    store_path: Path, tmp_path: Path
) -> None:
    """The proper sheet refused (a realisasi that is not a value) lists its problem under the
    same warning, never "the sheet 'Rekap' holds no table"."""
    path = _book(tmp_path / "salah.xlsx", realisasi="9O,5,1")
    done = run_cli("import", str(path), *_ARGS, "--dry-run", store=store_path)
    said = " ".join(done.stderr.split())
    assert "Traceback" not in said, said
    assert "tidak memuat tabel" not in said, said
    assert "lembar 'Rekap' memuat tabel serupa" in said, said
