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


def _template_filled(tmp_path: Path, rows: list[list[object]]) -> Path:
    """`lkj-tui template`'s workbook with ``rows`` typed into its Data sheet, as a planner fills
    it by hand, and its Laporan sheet filled."""
    import openpyxl

    path = tmp_path / "lkj.xlsx"
    assert run_cli("template", "-o", str(path), store=tmp_path / "s").returncode == 0
    wb = openpyxl.load_workbook(path)
    for row in rows:
        wb["Data"].append(row)
    laporan = wb["Laporan"]
    laporan["B2"], laporan["B3"], laporan["B4"] = "dinas-y-2024", "Dinas Y", 2024
    wb.save(path)
    return path


def test_a_hand_filled_templates_slips_name_the_cell_and_the_fix(
    store_path: Path, tmp_path: Path
) -> None:
    """The template filled with typical slips: a level "sasran", a polaritas "positf", an empty
    uraian and a kode typed twice were refused without the value meant or what to write ("level
    tidak dikenal", "uraian kosong", "kode ganda (juga di Data!B7)"); each now says it (id and
    en)."""
    rows: list[list[object]] = [
        ["sasaran", "S1", None, "Meningkatnya akuntabilitas kinerja"],
        ["iku", "IKU 1", None, "Nilai SAKIP", "Nilai", "positf", None, "70", "72,5"],
        ["sasran", "S2", None, "Meningkatnya kualitas pelayanan"],
        ["iku", "IKU 2", None, "Indeks kepuasan", "Indeks", "positif", None, "80", "81"],
        ["iku", "IKU 2", None, "Persentase pengaduan selesai", "%", None, None, "95", "97"],
        ["iku", None, None, None, "%", "positif", None, "90", "91"],
    ]
    path = _template_filled(tmp_path, rows)
    said = _refused(path, store_path, "id")
    for part in (
        "Data!F3 \"positf\": polaritas harus positif, negatif atau stabil; maksud Anda 'positif'?",
        "Data!A4 \"sasran\": level tidak dikenal; maksud Anda 'sasaran'? (tujuan, sasaran,",
        'Data!B6 "IKU 2": kode ganda (juga di Data!B5): beri baris ini kode lain, mis. '
        "'IKU 3' (satu kode, satu baris)",
        "Data!D7: uraian kosong: tulis namanya seperti tercetak di laporan, atau hapus baris ini "
        "bila tidak dipakai",
    ):
        assert part in said, said
    said = _refused(path, store_path, "en")
    for part in (
        "polaritas must be positif, negatif or stabil; did you mean 'positif'?",
        "unknown level; did you mean 'sasaran'?",
        "duplicate kode (also at Data!B5): give this row another kode, e.g. 'IKU 3'",
        "uraian is empty: write its name as printed in the report, or delete the row",
    ):
        assert part in said, said


def test_a_level_near_several_names_none_of_them(store_path: Path, tmp_path: Path) -> None:
    """A level "Indikator" (an IKU's row, as a planner names it) was answered "maksud Anda
    'lainnya'?": it is as near "indikator utama" (iku) and "indikator output" (a kegiatan's), and
    written on every IKU row it made them indikator lainnya. No level is named for it now, the
    list of levels is; a slip near one level still names it ("sasran")."""
    rows: list[list[object]] = [
        ["tujuan", "T1", None, "Meningkatnya akuntabilitas"],
        ["sasaran", "S1", None, "Meningkatnya akuntabilitas kinerja"],
        ["Indikator", "IKU 1", None, "Nilai SAKIP", "Nilai", "positif", None, "70", "72,5"],
        ["sasran", "S2", None, "Meningkatnya kualitas pelayanan"],
    ]
    path = _template_filled(tmp_path, rows)
    for lang, unknown, meant in (
        ("id", "level tidak dikenal", "maksud Anda"),
        ("en", "unknown level", "did you mean"),
    ):
        said = _refused(path, store_path, lang)
        assert f'Data!A4 "Indikator": {unknown} (tujuan, sasaran, iku, lainnya,' in said, said
        assert f"Data!A5 \"sasran\": {unknown}; {meant} 'sasaran'?" in said, said


def test_a_measure_without_capaian_names_its_cell_in_the_imports_account(
    store_path: Path, tmp_path: Path
) -> None:
    """A target typed "-" and a realisasi left empty were listed "- IKU 1: target belum diisi",
    "- IKU 2: realisasi belum dilaporkan …": no cell, no fix. Each line now names the cell (and
    its text) and, for an empty target or realisasi, what to write (id and en)."""
    rows: list[list[object]] = [
        ["sasaran", "S1", None, "Meningkatnya akuntabilitas kinerja"],
        ["iku", "IKU 1", None, "Nilai SAKIP", "Nilai", "positif", None, "-", "72,5"],
        ["iku", "IKU 2", None, "Indeks kepuasan", "Indeks", "positif", None, "80"],
    ]
    path = _template_filled(tmp_path, rows)
    args = ("import", str(path), "--dry-run")
    said = " ".join(run_cli(*args, store=store_path).stdout.split())
    assert (
        '- IKU 1, Data!H3 "-": target belum diisi (“-” dibaca sebagai kosong, bukan 0); isi '
        "target tahun ini seperti di Perjanjian Kinerja"
    ) in said, said
    assert "- IKU 2, Data!I4: realisasi" in said and "; isi realisasinya bila sudah ada" in said
    said = " ".join(run_cli(*args, "--lang", "en", store=store_path).stdout.split())
    assert "fill in this year's target as in the Perjanjian Kinerja" in said, said
    assert "- IKU 2, Data!I4: realisasi" in said, said
