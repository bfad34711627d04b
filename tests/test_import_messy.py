"""Workbooks as other apps and offices write them (vals15): their messages name the place and
the fix, and what they plainly hold is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ONE_LINE, import_refused, run_cli

_ARGS = ("--dry-run", "--instansi", "Dinas X", "--tahun", "2024")


def _esakip(path: Path, parent: str = "parent_kode", first: str | None = None) -> None:
    """An e-SAKIP export: level, kode, a parent code, nama, tipe_indikator; a "Petunjuk" sheet
    first when ``first`` names it."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    if first is not None:
        wb.add_worksheet(first).write_row(0, 0, ["Kolom", "Keterangan"])
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["level", "kode", parent, "nama", "satuan", "tipe_indikator", "target"])
    ws.write_row(1, 0, ["tujuan", "T1", "", "Meningkatnya kesehatan"])
    ws.write_row(2, 0, ["sasaran", "S1", "T1", "Meningkatnya derajat kesehatan"])
    ws.write_row(3, 0, ["iku", "S1.1", "S1", "Angka kematian ibu", "per 100.000 KH", "negatif"])
    ws.write_row(4, 0, ["iku", "S1.2", "S9", "Cakupan imunisasi", "%", "positif", "95"])
    wb.close()


@pytest.mark.parametrize("parent", ["parent_kode", "kode_parent", "Parent Code", "parent_id"])
def test_an_esakip_parent_code_column_is_the_induk(
    store_path: Path, tmp_path: Path, parent: str
) -> None:
    """e-SAKIP's parent code column ("parent_kode") was "kolom tidak dikenal; diabaikan": the
    rows were hung by the outline instead, and a parent that does not exist ("S9") went unseen.
    It is the induk now, so the wrong parent is named with its cell."""
    path = tmp_path / "esakip.xlsx"
    _esakip(path, parent)
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 2
    assert "kolom tidak dikenal" not in done.stderr
    assert 'Sheet1!C5 "S9": induk tidak ada' in done.stderr


def test_an_esakip_workbook_with_its_petunjuk_sheet_first_is_read(
    store_path: Path, tmp_path: Path
) -> None:
    """An e-SAKIP workbook that opens on its "Petunjuk" sheet was refused ("Petunjuk!1:20: baris
    judul tidak ditemukan … ganti namanya menjadi Data"): one other sheet holds a table, so it is
    read, and a warning says which, id and en."""
    path = tmp_path / "esakip.xlsx"
    _esakip(path, first="Petunjuk")
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.stderr.startswith(
        "peringatan: Sheet1: lembar ini yang dibaca (lembar 'Petunjuk' tidak memuat tabel; "
        "hanya lembar ini yang memuatnya)"
    ), done.stderr
    assert 'Sheet1!C5 "S9": induk tidak ada' in done.stderr  # (its own problem, at its cell)
    en = run_cli("import", str(path), *_ARGS, "--lang", "en", store=store_path)
    assert "warning: Sheet1: this sheet is read (the sheet 'Petunjuk' holds no table" in en.stderr


def _esakip_csv(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    """An e-SAKIP export of ``rows`` (level … realisasi) as a CSV file."""
    head = ("level", "kode", "uraian", "tipe_indikator", "target", "target_text", "realisasi")
    path = tmp_path / "esakip.csv"
    path.write_text("".join(";".join(row) + "\n" for row in [head, *rows]), encoding="utf-8")
    return path


def test_an_esakip_target_text_that_is_its_target_as_a_bound_is_no_conflict(
    store_path: Path, tmp_path: Path
) -> None:
    """e-SAKIP writes target_text "≥ 95 %" beside the target 95 of a positif indicator (and
    "≤ 110,5" of a negatif one): the same target, in the indicator's direction. Each such row
    was warned of as a conflict ("target_text berbeda dengan target"), and kept as a printed
    target that check named. Not any more; another figure, or the other direction, still is."""
    rows = [
        ("sasaran", "S1", "Meningkatnya A", "", "", "", ""),
        ("iku", "I1", "Cakupan A", "positif", "95", "≥ 95 %", "96"),
        ("iku", "I2", "Angka kematian B", "negatif", "110,5", "<= 110,5", "98"),
        ("iku", "I3", "Cakupan C", "positif", "95", "≥ 90 %", "96"),  # (another figure)
        ("iku", "I4", "Angka D", "negatif", "10", "≥ 10", "9"),  # (the other direction)
    ]
    path = _esakip_csv(tmp_path, rows)
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if "target_text berbeda" in line]
    assert len(warned) == 2, done.stderr
    assert "baris 5 (target_text)" in warned[0] and "baris 6 (target_text)" in warned[1]


def test_an_esakip_strict_bound_beside_its_figure_is_told_as_one(
    store_path: Path, tmp_path: Path
) -> None:
    """vals17: target_text "< 14" beside the target 14 of a negatif indicator was warned of as
    any other figure ("target_text berbeda"), though the figure is the same: a strict bound
    is not met by 14, the target 14 is. Two targets still (check names them), and the warning
    says how they differ and what to write for each meaning, id and en."""
    rows = [
        ("sasaran", "S1", "Meningkatnya A", "", "", "", ""),
        ("iku", "I1", "Angka kematian B", "negatif", "14", "< 14", "14"),
        ("iku", "I2", "Cakupan A", "positif", "95 %", "> 95 %", "96"),
        ("iku", "I3", "Angka D", "negatif", "10", "> 10", "9"),  # (the other direction)
    ]
    path = _esakip_csv(tmp_path, rows)
    done = run_cli("import", str(path), *_ARGS, store=store_path, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    strict = [line for line in lines if "batas ketat" in line]
    assert len(strict) == 2, done.stderr
    assert 'baris 3 (target_text) "< 14": target_text batas ketat: realisasi 14 tidak' in strict[0]
    assert 'tulis "≤ 14" di target_text, bila tidak, tulis "< 14" di kolom target' in strict[0]
    assert 'tulis "≥ 95 %" di target_text' in strict[1]
    assert [line for line in lines if "target_text berbeda" in line] == [
        line for line in lines if "baris 5 (target_text)" in line
    ]
    en = run_cli("import", str(path), *_ARGS, "--lang", "en", store=store_path, env=ONE_LINE)
    assert en.returncode == 0, en.stderr
    assert (
        'row 3 (target_text) "< 14": target_text is a strict bound: a realisasi of 14 does not'
        in en.stderr
    )
    assert 'write "≤ 14" in target_text, if not, write "< 14" in the target column' in en.stderr


def test_the_headers_indonesian_tables_write_are_read(store_path: Path, tmp_path: Path) -> None:
    """ "Realisasi TW I" (which docs/import.md listed as read), "Target Tahun 2024", "Realisasi
    Tahun 2024", "Satuan Indikator", "Target TW IV" and "Pagu (Rp)" were unknown columns,
    ignored with a warning: their figures were lost. Each is read as its column now."""
    import xlsxwriter

    path = tmp_path / "tabel.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    head = ["Level", "Uraian", "Satuan Indikator", "Target Tahun 2024", "Target TW IV"]
    head += ["Realisasi TW I", "Realisasi TW IV", "Realisasi Tahun 2024", "Pagu (Rp)"]
    ws.write_row(0, 0, head)
    ws.write_row(1, 0, ["sasaran", "Meningkatnya A"])
    ws.write_row(2, 0, ["iku", "Indeks A", "Nilai", "3,5", "3,5", "1,1", "3,4", "3,4"])
    ws.write_row(3, 0, ["program", "Program A", "", "", "", "", "", "", "Rp 1.000.000"])
    wb.close()
    args = ("import", str(path), "--instansi", "Dinas X", "--tahun", "2024")
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "kolom tidak dikenal" not in done.stderr
    doc = run_cli("export", "--format", "json", "-r", "dinas-x-2024", store=store_path).stdout
    nodes, todo = {}, list(json.loads(doc)["nodes"])
    while todo:
        node = todo.pop()
        nodes[node["name"]] = node
        todo.extend(node["children"])
    measure = nodes["Indeks A"]["measure"]
    assert (measure["satuan"], measure["target"], measure["realisasi"]) == ("Nilai", "3,5", "3,4")
    assert measure["triwulan"][0] == "1,1" and measure["triwulan"][3] == "3,4"
    assert nodes["Program A"]["anggaran"] == "Rp 1.000.000"


def test_a_workbook_without_a_laporan_sheet_is_told_to_give_the_options(
    store_path: Path, tmp_path: Path
) -> None:
    """A cascading form (or any workbook) with no Laporan sheet and no --instansi was told
    "isi 'instansi' di lembar Laporan": a sheet it does not have. Now it is told so, and the two
    ways: the option, or the sheet to add with its row."""
    import xlsxwriter

    path = tmp_path / "cascading.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Cascading")
    ws.write_row(0, 0, ["Level", "Teks", "Indikator", "Satuan", "Target"])
    ws.write_row(1, 0, ["Sasaran", "Meningkatnya akses", "APK SMP", "%", "95"])
    wb.close()
    said, en = import_refused(path, store=store_path)
    assert (
        "Laporan: instansi tidak ada: buku kerja ini tanpa lembar Laporan; pakai --instansi "
        "\"Dinas X\", atau tambahkan lembar Laporan berisi baris 'instansi | Dinas X'"
    ) in said
    assert "isi 'instansi' di lembar Laporan" not in said
    assert "tahun is missing: the workbook has no Laporan sheet; use --tahun 2024" in en


def test_a_row_of_totals_under_the_indicators_is_refused_not_made_an_iku(
    store_path: Path, tmp_path: Path
) -> None:
    """A "Rata-rata capaian" and a "JUMLAH" row under the indicators, their level empty (as a
    printed table has them), were imported as two more IKU. They are named as rows of totals;
    an indicator named so that has its satuan ("Jumlah dokumen", Dok) is still an indicator."""
    rows = [
        ("level", "kode", "uraian", "satuan", "target", "realisasi", "capaian"),
        ("sasaran", "S1", "Meningkatnya A", "", "", "", ""),
        ("iku", "I1", "Indeks A", "Nilai", "3,5", "3,2", "91,43"),
        ("", "I2", "Jumlah dokumen perencanaan", "Dok", "3", "3", "100"),
        ("", "", "Rata-rata capaian", "", "", "", "95,71"),
        ("", "", "JUMLAH", "", "", "", ""),
    ]
    path = tmp_path / "tabel.csv"
    path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    said, en = import_refused(path, "--instansi", "Dinas X", "--tahun", "2024", store=store_path)
    assert (
        'baris 5 (uraian) "Rata-rata capaian": baris jumlah atau rata-rata: hapus baris ini '
        "(lkj-tui menghitungnya sendiri); bila ini indikator, isi satuannya"
    ) in said
    assert 'baris 6 (uraian) "JUMLAH": baris jumlah atau rata-rata' in said
    assert "Jumlah dokumen" not in said and "2 masalah" in said
    assert 'row 6 (uraian) "JUMLAH": a row of totals or averages' in en
