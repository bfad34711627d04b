"""vals21: the reviu and the import — a PK table's refusal without the generic "which sheet is
read" sentence when no other sheet holds a table, and a PK table on a second sheet found."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS
from tests.test_import_vals20 import _headed

_HEAD = ["No", "Sasaran Strategis", "Ukuran Kinerja", "Satuan", "Target", "Realisasi"]


def _refused(path: Path, store: Path, lang: str) -> str:
    done = run_cli("import", str(path), *_ARGS, "--dry-run", "--lang", lang, store=store)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    return " ".join(done.stderr.split())


def test_a_pk_tables_refusal_ends_with_its_fix_when_no_other_sheet_holds_a_table(
    store_path: Path, tmp_path: Path
) -> None:
    """The refusal of a PK table under unknown headers ended "…menjadi 'Indikator Kinerja';
    lkj-tui membaca lembar bernama 'Data', atau lembar pertama ('PK')": noise in a workbook of
    one sheet. It now ends with the rename to make (id and en)."""
    path = _headed(tmp_path / "pk.xlsx", _HEAD)
    said = _refused(path, store_path, "id")
    assert said.endswith("ganti judul 'Ukuran Kinerja' di PK!C1 menjadi 'Indikator Kinerja'"), said
    assert "lembar bernama 'Data'" not in said, said
    said_en = _refused(path, store_path, "en")
    assert said_en.endswith("rename 'Ukuran Kinerja' at PK!C1 'Indikator Kinerja'"), said_en
    assert "the sheet named 'Data'" not in said_en, said_en


def test_a_pk_table_after_a_cover_sheet_is_read_and_named(store_path: Path, tmp_path: Path) -> None:
    """Behind a "Cover" sheet, the same table gave "Cover!1:20: baris judul tidak ditemukan:
    perlu kolom 'level' dan 'uraian'; lkj-tui membaca lembar bernama 'Data'…", not pointing at
    the sheet "PK": the one sheet that looks like a table is read, and its headers named."""
    path = _headed(tmp_path / "cover.xlsx", _HEAD, cover=True)
    said = _refused(path, store_path, "id")
    assert "PK: lembar ini yang dibaca (lembar 'Cover' tidak memuat tabel" in said, said
    assert (
        "PK!1:1: tabel ini tampak seperti tabel Sasaran dan Indikator (PK)" in said
        and said.endswith("ganti judul 'Ukuran Kinerja' di PK!C1 menjadi 'Indikator Kinerja'")
    ), said
    assert "Cover!1:20" not in said, said
