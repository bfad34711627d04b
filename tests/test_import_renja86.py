"""``lkj-tui import --layout renja86``: the Permendagri 86/2017 "Evaluasi terhadap Hasil Renja"
workbook, with its three header rows, merged headers, K/Rp sub-columns and merged Sasaran cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.importing.read import read_report
from lkj_tui.importing.renja86 import RENJA_TABLE
from lkj_tui.importing.rows import MetaOptions
from tests.conftest import run_cli

openpyxl = pytest.importorskip("openpyxl")


def renja_workbook(path: Path, bad: bool = False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "E.81"
    ws["A1"] = "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN"
    ws["A2"] = "Perangkat Daerah: Dinas Contoh"
    top = ["No", "Sasaran", "Kode", "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
           "Indikator Kinerja Program (outcome)/Kegiatan (output)", "Satuan",
           "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)", None,
           "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu (2023)", None,
           "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2024) yang dievaluasi", None,
           "Realisasi Kinerja Pada Triwulan", None, None, None, None, None, None, None,
           "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", None,
           "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2024", None,
           "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2024 (%)", None,
           "Unit Perangkat Daerah Penanggung Jawab", "Ket."]  # fmt: skip
    for c, text in enumerate(top, 1):
        if text:
            ws.cell(4, c, text)
    for c, roman in zip((13, 15, 17, 19), ("I", "II", "III", "IV"), strict=True):
        ws.cell(5, c, roman)
        ws.merge_cells(start_row=5, start_column=c, end_row=5, end_column=c + 1)
    for c in range(7, 27, 2):
        ws.cell(6, c, "K")
        ws.cell(6, c + 1, "Rp")
    for start in (7, 9, 11, 21, 23, 25):
        ws.merge_cells(start_row=4, start_column=start, end_row=5, end_column=start + 1)
    ws.merge_cells(start_row=4, start_column=13, end_row=4, end_column=20)
    for c in (1, 2, 3, 4, 5, 6, 27, 28):
        ws.merge_cells(start_row=4, start_column=c, end_row=6, end_column=c)
    for c in range(1, 29):
        ws.cell(7, c, c)
    data = [
        [1, "Meningkatnya kualitas layanan", "1.01.01", "Program Penunjang Urusan Pemerintahan",
         "Persentase layanan administrasi", "%", "100", "Rp 5.000.000.000", "80", "Rp 3.000.000.000",
         0.9, "Rp 1.234.500.000", "20", "Rp 300.000.000", "45", "Rp 600.000.000", "70",
         "Rp 900.000.000", "92", "Rp 1.200.000.000", "92", "Rp 1.200.000.000", "92",
         "Rp 4.200.000.000", "92", "84", "Sekretariat", None],
        [None, None, "1.01.01.2.01", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja",
         "Dokumen perencanaan tersusun", "Dokumen", None, None, None, None, "5", None,
         "1", None, "2", None, "4", None, "12,3.4x" if bad else "5", None, "5", None],
        [None, None, "1.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan",
         "Jumlah dokumen Renja", "Dokumen", None, None, None, None, "2", "Rp 50.000.000",
         None, None, None, None, None, None, "2", None, "2", "Rp 48.000.000"],
        [None, None, None, None, "Jumlah dokumen RKA", "Dokumen", None, None, None, None, "3",
         None, None, None, None, None, None, None, "n/a", None, "n/a"],
        [None, "Meningkatnya akuntabilitas", "1.01.02", "Program Pengawasan",
         "Nilai SAKIP", "Nilai", None, None, None, None, "B", None, None, None, None, None,
         None, None, "BB", None, "BB"],
    ]  # fmt: skip
    for r, row in enumerate(data, 8):
        for c, value in enumerate(row, 1):
            if value is not None:
                ws.cell(r, c, value)
    ws["K8"].number_format = "0%"
    ws.merge_cells("B8:B11")  # the sasaran spans its program's rows
    ws.merge_cells("C10:C11")
    ws.merge_cells("D10:D11")  # one sub kegiatan, two indicators
    wb.save(path)
    return path


def test_renja86_workbook(tmp_path: Path) -> None:
    path = renja_workbook(tmp_path / "renja.xlsx")
    built = read_report(path, MetaOptions(instansi="Dinas Contoh", tahun=2024), "renja86")
    assert built.problems == [], built.problems
    report = built.report
    assert report is not None
    kinds = [(n.kind, n.name) for n in report.walk()]
    assert kinds == [
        ("sasaran", "Meningkatnya kualitas layanan"),
        ("program", "Program Penunjang Urusan Pemerintahan"),
        ("indikator_kegiatan", "Persentase layanan administrasi"),
        ("kegiatan", "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja"),
        ("indikator_kegiatan", "Dokumen perencanaan tersusun"),
        ("subkegiatan", "Penyusunan Dokumen Perencanaan"),
        ("indikator_kegiatan", "Jumlah dokumen Renja"),
        ("indikator_kegiatan", "Jumlah dokumen RKA"),
        ("sasaran", "Meningkatnya akuntabilitas"),
        ("program", "Program Pengawasan"),
        ("indikator_kegiatan", "Nilai SAKIP"),
    ]
    nodes = {n.name: n for n in report.walk()}
    program = nodes["Program Penunjang Urusan Pemerintahan"]
    assert program.anggaran == "Rp 1.234.500.000"
    assert program.realisasi_anggaran == "Rp 1.200.000.000"
    assert program.info["kode_rekening"] == "1.01.01"
    assert program.info["penanggung_jawab"] == "Sekretariat"
    m = nodes["Persentase layanan administrasi"].measure
    assert m is not None
    assert (m.target, m.realisasi, m.target_akhir) == ("90 %", "92", "100")
    assert m.triwulan == ("20", "45", "70", "92")
    assert {(p.table, p.field, p.value) for p in m.printed} == {
        (RENJA_TABLE, "realisasi_sd_tahun_lalu", "80"),
        (RENJA_TABLE, "realisasi_renstra", "92"),
        (RENJA_TABLE, "capaian_renstra", "92"),
    }
    rka = nodes["Jumlah dokumen RKA"].measure
    assert rka is not None and rka.realisasi == "n/a"
    assert nodes["Nilai SAKIP"].measure.target == "B"


def test_renja86_problems_name_the_renja_cell(tmp_path: Path) -> None:
    path = renja_workbook(tmp_path / "renja.xlsx", bad=True)
    built = read_report(path, MetaOptions(instansi="Dinas Contoh", tahun=2024), "renja86")
    assert built.report is None
    assert [p.place for p in built.problems] == ["E.81!S9"]


def test_renja86_command(tmp_path: Path) -> None:
    path = renja_workbook(tmp_path / "renja.xlsx")
    store = tmp_path / "store"
    done = run_cli("import", str(path), "--layout", "renja86", "--instansi", "Dinas Contoh",
                   "--tahun", "2024", store=store)  # fmt: skip
    assert done.returncode == 0, done.stderr
    status = run_cli("status", "--report", "dinas-contoh-2024", store=store)
    assert status.returncode == 0, status.stderr
    # without --layout: read as a Renja evaluation all the same, as the TUI's import reads it
    # (vals15: it said "pakai --layout renja86" above "baris judul tidak ditemukan"), and said
    flat = run_cli(
        "import", str(path), "--instansi", "D", "--tahun", "2024", "--dry-run", store=store
    )
    assert flat.returncode == 0, flat.stderr
    assert flat.stderr.startswith(
        "peringatan: E.81!4:4: dibaca sebagai Evaluasi Hasil Renja (Permendagri 86/2017), "
        "seperti --layout renja86"
    ), flat.stderr
    given = run_cli("import", str(path), "--layout", "renja86", "--instansi", "D", "--tahun",
                    "2024", "--dry-run", store=store)  # fmt: skip
    # the same report; each ends with the line that imports it, as typed (walk57)
    assert flat.stdout.splitlines()[:-1] == given.stdout.splitlines()[:-1]
    assert given.stdout.splitlines()[-1].endswith("--layout renja86 --instansi D --tahun 2024")


def test_renja86_a_formula_without_its_value_is_named(tmp_path: Path) -> None:
    """walk8: a Renja evaluation written by a program keeps a triwulan's formula (=Q8+22) without
    its value; the import read it as empty (no realisasi of that quarter) without a word. It is
    named with its Renja cell, as in the template's layout."""
    import re
    import zipfile

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["S8"] = "=Q8+22"
    wb.save(path)  # openpyxl stores the formula without a value, as such programs do
    with zipfile.ZipFile(path) as zf:
        assert re.search(
            rb'<c r="S8"[^>]*><f>Q8\+22</f><v\s*/>', zf.read("xl/worksheets/sheet1.xml")
        )
    done = run_cli(
        "import", str(path), "--layout", "renja86", "--instansi", "Dinas Contoh", "--tahun",
        "2024", "--dry-run", "--lang", "en", store=tmp_path / "s",
    )  # fmt: skip
    assert done.returncode == 2
    assert 'E.81!S8 "=Q8+22": a formula without its computed value' in done.stderr
