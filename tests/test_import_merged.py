"""A value in a cell merged down over several rows (vals15): a figure is each row's, and the
import says so, naming the merge and the rows; a budget so merged is refused."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2024")


def _template(path: Path) -> None:
    """The template's columns; one "Target" (E3:E5) merged down over three IKU rows."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["Level", "Kode", "Uraian", "Satuan", "Target", "Realisasi"])
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya A"])
    for r, (kode, name, realisasi) in enumerate(
        [("I1", "Indeks A", "3,2"), ("I2", "Indeks B", "3,1"), ("I3", "Indeks C", "3,6")], 2
    ):
        ws.write_row(r, 0, ["iku", kode, name, "Nilai"])
        ws.write(r, 5, realisasi)
    ws.merge_range(2, 4, 4, 4, "3,5")
    wb.close()


def test_a_target_merged_down_is_each_rows_and_the_import_says_so(
    store_path: Path, tmp_path: Path
) -> None:
    """One "Target" merged over three indicators was copied to each without a word. It still is
    (Excel shows it so), and the preview and the import name the merged cells and the rows that
    took its value, id and en."""
    path = tmp_path / "gabung.xlsx"
    _template(path)
    said = (
        'peringatan: Data!E3:E5 "3,5": sel gabungan: target ini dipakai untuk 3 baris ("I1", '
        '"I2", "I3"); periksa bahwa semuanya memang bernilai sama'
    )
    preview = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path)
    assert preview.returncode == 0, preview.stderr
    assert said in preview.stderr
    en = run_cli("import", str(path), "--dry-run", *_ARGS, "--lang", "en", store=store_path)
    assert 'Data!E3:E5 "3,5": a merged cell: this target is used for 3 rows' in en.stderr
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0 and said in done.stderr
    data = json.loads(run_cli("status", "-r", "dinas-x-2024", "--json", store=store_path).stdout)
    assert [i["target"] for i in data["items"]] == ["3,5", "3,5", "3,5"]


def test_a_target_merged_down_in_a_hand_made_table_is_said_too(
    store_path: Path, tmp_path: Path
) -> None:
    """A PK table typed by hand (Sasaran and Target merged over the sasaran's indicators): the
    Sasaran's merge is the table's rule (no word), the Target's is named at its cells."""
    import xlsxwriter

    path = tmp_path / "pk.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK")
    ws.write_row(0, 0, ["PERJANJIAN KINERJA TAHUN 2024"])
    ws.write_row(2, 0, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"])
    ws.merge_range(3, 1, 4, 1, "Meningkatnya pelayanan")
    ws.write_row(3, 2, ["Indeks Kepuasan", "Indeks"])
    ws.write_row(4, 2, ["Pengaduan selesai", "%"])
    ws.merge_range(3, 4, 4, 4, "80")
    wb.close()
    done = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    warned = [line for line in done.stderr.splitlines() if "sel gabungan" in line]
    assert len(warned) == 1 and warned[0].startswith('peringatan: PK!E4:E5 "80"'), done.stderr
    assert '2 baris ("Indeks Kepuasan", "Pengaduan selesai")' in warned[0]


def test_a_budget_merged_down_is_refused(store_path: Path, tmp_path: Path) -> None:
    """A program's anggaran merged down over its indicators' rows was given to each of them,
    so the budgets that are added up counted it three times. Refused, with the fix."""
    import xlsxwriter

    path = tmp_path / "anggaran.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["level", "kode", "uraian", "satuan", "target", "realisasi", "anggaran"])
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya A"])
    ws.write_row(2, 0, ["program", "P1", "Program A"])
    ws.write_row(3, 0, ["indikator_kegiatan", "P1.1", "Dokumen", "Dok", "5", "5"])
    ws.write_row(4, 0, ["indikator_kegiatan", "P1.2", "Laporan", "Dok", "4", "4"])
    ws.merge_range(2, 6, 4, 6, "Rp 1.000.000.000")
    wb.close()
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 2
    assert (
        'Data!G3:G5 "Rp 1.000.000.000": anggaran dalam sel gabungan atas 3 baris ("P1", "P1.1", '
        '"P1.2"): disalin, tiap baris memuat seluruhnya'
    ) in done.stderr
    assert "lepas gabungannya (Unmerge)" in done.stderr
    en = run_cli("import", str(path), *_ARGS, "--lang", "en", store=store_path)
    assert "unmerge it and write the amount once, on the row it belongs to" in en.stderr
    assert "dinas-x-2024" not in run_cli("status", "--all", store=store_path).stdout


def test_a_renja_evaluations_merged_figure_is_named_and_a_merged_budget_refused(
    store_path: Path, tmp_path: Path
) -> None:
    """The Renja evaluation read its merged cells as the template does, silently: a K target
    merged over a sub kegiatan's two indicators is named now, and an Rp merged over a kegiatan
    and its sub kegiatan (each its own node) is refused."""
    import openpyxl

    from tests.test_import_renja86 import renja_workbook

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["E.81"]
    ws["K11"] = None
    ws.merge_cells("K10:K11")  # the sub kegiatan's two indicators' target
    ws["L9"], ws["L10"] = "Rp 50.000.000", None
    ws.merge_cells("L9:L10")  # the kegiatan's and the sub kegiatan's anggaran
    wb.save(path)
    done = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path)
    assert done.returncode == 2
    assert (
        'E.81!K10:K11 "2": sel gabungan: target ini dipakai untuk 2 baris ("Jumlah dokumen '
        'Renja", "Jumlah dokumen RKA")'
    ) in done.stderr
    assert 'E.81!L9:L10 "Rp 50.000.000": anggaran dalam sel gabungan atas 2 baris' in done.stderr


def test_a_cascading_forms_node_merged_over_its_indicators_is_one_node(
    store_path: Path, tmp_path: Path
) -> None:
    """A cascading form whose Level, Kode, Teks and Anggaran are merged down over the node's
    two indicator rows (as such forms are laid out) made two sasaran of the same name, one
    indicator each. The rows under the merge are the node's indicators: one sasaran, two IKU,
    its kode and budget once."""
    import xlsxwriter

    path = tmp_path / "cascading.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Cascading")
    ws.write_row(0, 0, ["Level", "Kode", "Teks", "Indikator", "Satuan", "Target", "Anggaran"])
    for c, text in enumerate(["Sasaran", "S1", "Meningkatnya akses"]):
        ws.merge_range(1, c, 2, c, text)
    ws.merge_range(1, 6, 2, 6, "Rp 1.000.000")
    ws.write_row(1, 3, ["APK SMP", "%", "95"])
    ws.write_row(2, 3, ["APM SMP", "%", "80"])
    wb.close()
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    doc = json.loads(
        run_cli("export", "--format", "json", "-r", "dinas-x-2024", store=store_path).stdout
    )
    [sasaran] = doc["nodes"]
    assert (sasaran["kind"], sasaran["code"], sasaran["anggaran"]) == (
        "sasaran",
        "S1",
        "Rp 1.000.000",
    )
    assert [n["name"] for n in sasaran["children"]] == ["APK SMP", "APM SMP"]
