"""Spreadsheets people have (vals16): a Renstra matrix's baseline and end-of-period headers are
read into what the model holds, and Excel's error cells are named, never stored as values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ONE_LINE, import_refused, run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2024")


def _matrix(path: Path, head: list[str], row: list[object]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["level", "kode", "uraian", "satuan", "target", "realisasi", *head])
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya mutu pendidikan"])
    ws.write_row(2, 0, ["iku", "I1", "Angka partisipasi murni", "%", "92", "93", *row])
    wb.close()


def _doc(store: Path, report: str = "dinas-x-2024") -> dict[str, Any]:
    """The report as ``export --format json`` gives it."""
    done = run_cli("export", "--format", "json", "--report", report, store=store)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _measure(store: Path, report: str = "dinas-x-2024") -> dict[str, object]:
    (node,) = [n for n in _walk(_doc(store, report)["nodes"]) if n.get("code") == "I1"]
    return node["measure"]


def _walk(nodes: list[dict[str, object]]):
    for n in nodes:
        yield n
        yield from _walk(n.get("children", []))  # type: ignore[arg-type]


def test_a_renstra_matrix_baseline_and_end_targets_are_read(
    store_path: Path, tmp_path: Path
) -> None:
    """ "Target Renstra 2026", "Target Akhir Periode Renstra (2026)" and "Kondisi Awal (2021)"
    were "kolom tidak dikenal; diabaikan": they are the Renstra target of 2026, the end-of-period
    target and the realisasi of 2021 (the baseline the years' progress is measured from)."""
    path = tmp_path / "renstra.xlsx"
    head = ["Kondisi Awal (2021)", "Target Renstra 2026", "Target Akhir Periode Renstra (2026)"]
    _matrix(path, head, ["85,5", "95", "96"])
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "tidak dikenal" not in done.stderr
    measure = _measure(store_path)
    assert measure["realisasi_history"] == {"2021": "85,5"}
    assert measure["targets"] == {"2026": "95"}
    assert measure["target_akhir"] == "96"


def test_a_baseline_without_its_year_is_named_with_the_fix(
    store_path: Path, tmp_path: Path
) -> None:
    """ "Kondisi Awal" without a year: the model keeps a realisasi per year, and which year it is
    the header does not say: ignored, and the warning says how to name it (id and en)."""
    path = tmp_path / "renstra.xlsx"
    _matrix(path, ["Kondisi Awal"], ["85,5"])
    done = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert (
        'Data!G1 "Kondisi Awal": kondisi awal tanpa tahun; diabaikan: tulis tahunnya di judul, '
        "mis. 'Kondisi Awal (2021)'"
    ) in done.stderr
    en = run_cli("import", str(path), "--dry-run", *_ARGS, "--lang", "en", store=store_path)
    assert "a kondisi awal (baseline) without its year; ignored" in en.stderr


# ------------------------------------------------------------------ Excel's error cells

_ERRORS = ("#DIV/0!", "#N/A", "#VALUE!", "#REF!")
#: The template's columns whose Excel error refuses the row (it names the row or places it).
_NAMING = {"level", "kode", "induk", "uraian", "id"}


def _read(path: Path, layout: str = "flat", **options: object):
    from lkj_tui.importing.read import read_report
    from lkj_tui.importing.rows import MetaOptions

    return read_report(path, MetaOptions(**options), layout)  # type: ignore[arg-type]


def _no_error_stored(built, error: str) -> None:
    if built.report is not None:
        assert error not in json.dumps(built.report.to_document(), ensure_ascii=False)


def _check_error(built, place: str, error: str, naming: bool) -> None:
    """The error cell is refused (a column that names the row) or warned of, at its place, and
    its text is nowhere in the report."""
    said = [p for p in built.problems if p.place == place]
    warned = [w for w in built.warnings if w.place == place]
    if naming:
        assert [(p.text, p.code) for p in said] == [(error, "excel-error")], built.problems
    else:
        assert built.problems == [], built.problems
        assert [w.text for w in warned] == [error]
        assert "galat Excel" in warned[0].why and "Excel error" in warned[0].why_en
    _no_error_stored(built, error)


def _template_keys() -> list[str]:
    from lkj_tui.importing.columns import COLUMNS

    return [c.key for c in COLUMNS] + ["target_2025", "realisasi_2022", "target_text"]


@pytest.mark.parametrize("key", _template_keys())
def test_an_excel_error_in_any_template_column_is_named_never_a_value(
    tmp_path: Path, key: str
) -> None:
    """Every column the template's reader knows, an error cell in it on an IKU's row: a warning
    naming the cell (the value read as empty), or, in a column that names the row or places it,
    a problem; the error's text is never stored (before: kept as the cell's value, unsaid)."""
    import openpyxl  # (writes "#N/A" as Excel's error cell, t="e")

    error = _ERRORS[_template_keys().index(key) % len(_ERRORS)]
    head = ["level", "kode", "uraian"] + ([key] if key not in ("level", "kode", "uraian") else [])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(head)
    ws.append(["sasaran", "S1", "Meningkatnya mutu"])
    row: list[object] = ["iku", "I1", "Angka partisipasi"] + [None] * (len(head) - 3)
    c = head.index(key)
    row[c] = error
    ws.append(row)
    wb.save(path := tmp_path / "e.xlsx")
    built = _read(path, instansi="Dinas X", tahun=2024)
    assert ws.cell(3, c + 1).data_type == "e"
    _check_error(built, f"Data!{'ABCD'[c]}3", error, key in _NAMING)


def _renja_columns() -> range:
    return range(2, 29)  # (column 1, "No", is not read)


@pytest.mark.parametrize("col", _renja_columns())
def test_an_excel_error_in_any_renja_column_is_named_never_a_value(
    tmp_path: Path, col: int
) -> None:
    """The Renja evaluation's every column (K and Rp): an error cell in the first indicator's row
    is named; the Rp of a quarter ("#DIV/0!") was kept as info.realisasi_tw1_rp without a word."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    from tests.test_import_renja86 import renja_workbook

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    error = _ERRORS[col % len(_ERRORS)]
    ws.cell(8, col).value = error
    wb.save(path)
    built = _read(path, layout="renja86", instansi="Dinas X", tahun=2024)
    naming = col in (2, 3, 4, 5)  # Sasaran, Kode, Program/Kegiatan, Indikator
    _check_error(built, f"E.81!{get_column_letter(col)}8", error, naming)


@pytest.mark.parametrize("col", range(2, 8))
def test_an_excel_error_in_any_column_of_a_sasaran_table_is_named(tmp_path: Path, col: int) -> None:
    """A table of Sasaran and Indikator as typed by hand: the same, column by column."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
               "Capaian (%)"])  # fmt: skip
    ws.append([1, "Meningkatnya mutu", "Angka partisipasi", "%", "92", "93", "101,09"])
    ws.cell(2, col).value = error = _ERRORS[col % len(_ERRORS)]
    wb.save(path := tmp_path / "t.xlsx")
    built = _read(path, instansi="Dinas X", tahun=2024)
    _check_error(built, f"Data!{get_column_letter(col)}2", error, col in (2, 3))


def test_a_renja_quarters_rp_error_is_named_by_the_command(
    store_path: Path, tmp_path: Path
) -> None:
    """Through the command, id and en: the cell, the error and what it means."""
    import openpyxl

    from tests.test_import_renja86 import renja_workbook

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["N8"] = "#DIV/0!"  # Realisasi Triwulan I, Rp
    wb.save(path)
    args = ("import", str(path), "--dry-run", "--layout", "renja86", *_ARGS)
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0, done.stderr
    assert (
        'peringatan: E.81!N8 "#DIV/0!": galat Excel (pembagian dengan nol); dibaca kosong, '
        "tidak disimpan sebagai nilai: perbaiki rumusnya di Excel, atau ketik nilainya"
    ) in done.stderr
    en = run_cli(*args, "--lang", "en", store=store_path)
    assert (
        'warning: E.81!N8 "#DIV/0!": an Excel error (division by zero); read as empty, not '
        "stored as a value: fix the formula in Excel, or type the value"
    ) in en.stderr


def test_an_excel_error_in_a_csv_file_is_named_and_a_typed_one_round_trips(
    store_path: Path, tmp_path: Path
) -> None:
    """Excel's "Save as CSV" writes an error cell as its text: a bare "#DIV/0!" is that error,
    named with its place (id and en). A realisasi that is that text (typed, or an older import)
    is exported "'#DIV/0!", which Excel shows as text and the import reads back as it was."""
    path = tmp_path / "e.csv"
    path.write_text(
        "level;kode;uraian;satuan;target;realisasi\nsasaran;S1;Mutu;;;\n"
        "iku;I1;Angka partisipasi;%;95;#DIV/0!\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert 'baris 3 (realisasi) "#DIV/0!": galat Excel (pembagian dengan nol)' in done.stderr
    assert _measure(store_path)["realisasi"] is None
    en = run_cli("import", str(path), "--dry-run", *_ARGS, "--lang", "en", store=store_path)
    assert 'row 3 (realisasi) "#DIV/0!": an Excel error (division by zero)' in en.stderr
    path.write_text(path.read_text(encoding="utf-8").replace(";#DIV/0!", ";'#DIV/0!"))
    args = ("import", str(path), "--report", "typed", *_ARGS)
    assert run_cli(*args, store=store_path).returncode == 0
    assert _measure(store_path, "typed")["realisasi"] == "#DIV/0!"
    out = run_cli("export", "--format", "csv", "--report", "typed", store=store_path).stdout
    assert ";'#DIV/0!;" in out


# ------------------------------------------------------------- workbooks as offices have them


def test_a_renstra_matrix_as_printed_is_read(store_path: Path, tmp_path: Path) -> None:
    """A Renstra matrix: Tujuan, Sasaran, Indikator, "Kondisi Awal (2021)", "Target Kinerja
    Tahun" merged over 2022 … 2026, "Kondisi Kinerja pada Akhir Periode Renstra" and "Perangkat
    Daerah Penanggung Jawab". The years and the unit were "kolom tidak dikenal; diabaikan"."""
    import xlsxwriter

    path = tmp_path / "renstra.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Renstra")
    for c, text in enumerate(["No", "Tujuan", "Sasaran", "Indikator Kinerja", "Satuan"]):
        ws.merge_range(0, c, 1, c, text)
    ws.merge_range(0, 5, 1, 5, "Kondisi Awal (2021)")
    ws.merge_range(0, 6, 0, 10, "Target Kinerja Tahun")
    ws.write_row(1, 6, [2022, 2023, 2024, 2025, 2026])
    ws.merge_range(0, 11, 1, 11, "Kondisi Kinerja pada Akhir Periode Renstra")
    ws.merge_range(0, 12, 1, 12, "Perangkat Daerah Penanggung Jawab")
    ws.write_row(2, 0, [1, "Meningkatnya kesehatan", "Menurunnya kematian", "Angka partisipasi",
                        "%", 85, 86, 87, 88, 89, 90, 90, "Bidang Kesmas"])  # fmt: skip
    wb.close()
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "tidak dikenal" not in done.stderr
    assert 'Renstra!I2 "Target Kinerja Tahun 2024": dibaca sebagai target tahun laporan' in (
        done.stderr
    )
    doc = _doc(store_path)
    (node,) = [n for n in _walk(doc["nodes"]) if n["name"] == "Angka partisipasi"]
    measure = node["measure"]
    assert measure["target"] == "88" and measure["target_akhir"] == "90"
    assert measure["targets"] == {"2022": "86", "2023": "87", "2025": "89", "2026": "90"}
    assert measure["realisasi_history"] == {"2021": "85"}
    assert node["info"]["penanggung_jawab"] == "Bidang Kesmas"


def test_the_signature_under_a_pk_table_is_no_sasaran(store_path: Path, tmp_path: Path) -> None:
    """A Perjanjian Kinerja's table of Sasaran and Indikator, its signature below it ("Kepala
    Dinas,", the name) in the Sasaran column: each became a sasaran without an indicator, without
    a word. A tujuan or sasaran no indicator comes under is named and ignored (id and en)."""
    import xlsxwriter

    path = tmp_path / "pk.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK 2024")
    ws.write(0, 0, "PERJANJIAN KINERJA TAHUN 2024")
    ws.write_row(2, 0, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"])
    ws.write_row(3, 0, [1, "Meningkatnya akses pendidikan", "APK SD", "%", "100"])
    ws.write_row(4, 0, [None, None, "APK SMP", "%", "95"])
    ws.write(6, 1, "Kepala Dinas,")
    ws.write(9, 1, "Drs. Budi, M.Pd")
    wb.close()
    args = ("import", str(path), *_ARGS)
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path, env=ONE_LINE)
    assert 'warning: PK 2024!B7 "Kepala Dinas,": a sasaran without an indicator' in en.stderr
    done = run_cli(*args, store=store_path, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    for place, text in (("B7", "Kepala Dinas,"), ("B10", "Drs. Budi, M.Pd")):
        assert (
            f'peringatan: PK 2024!{place} "{text}": sasaran tanpa indikator (tidak ada indikator '
            "di barisnya atau di bawahnya); diabaikan: bila ini memang sasaran, isi indikatornya"
        ) in done.stderr
    doc = _doc(store_path)
    names = [n["name"] for n in _walk(doc["nodes"])]
    assert names == ["Meningkatnya akses pendidikan", "APK SD", "APK SMP"]


def test_a_renja_sasaran_on_its_own_row_is_read_and_the_footer_named(
    store_path: Path, tmp_path: Path
) -> None:
    """A Renja evaluation whose sasaran stands on a row of its own above its programs: it was
    dropped without a word, and its program had no sasaran. It is made now; the form's footer
    lines in the Sasaran column ("Faktor pendorong …:") are named and ignored (id and en)."""
    import openpyxl

    from tests.test_import_renja86 import renja_workbook

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["B13"] = "Meningkatnya pelayanan publik"
    for col, value in zip("CDEFKS", ("1.01.03", "Program Pelayanan", "Indeks kepuasan",
                                     "Indeks", "80", "82"), strict=True):  # fmt: skip
        ws[f"{col}14"] = value
    ws["B16"] = "Faktor pendorong keberhasilan pencapaian:"
    wb.save(path)
    args = ("import", str(path), "--layout", "renja86", *_ARGS)
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path)
    assert 'E.81!B16 "Faktor pendorong keberhasilan pencapaian:": a sasaran without a program' in (
        en.stderr
    )
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0, done.stderr
    assert (
        'E.81!B16 "Faktor pendorong keberhasilan pencapaian:": sasaran tanpa program atau '
        "indikator di bawahnya; diabaikan"
    ) in done.stderr
    assert "B13" not in done.stderr
    doc = _doc(store_path)
    (sasaran,) = [n for n in doc["nodes"] if n["name"] == "Meningkatnya pelayanan publik"]
    assert [n["name"] for n in _walk(sasaran["children"])] == [
        "Program Pelayanan",
        "Indeks kepuasan",
    ]
    assert "Faktor" not in json.dumps(doc)


def _renja_with(tmp_path: Path, cells: dict[str, str], *merged: str) -> Path:
    """The Renja evaluation of test_import_renja86 with ``cells`` written and ``merged`` merged."""
    import openpyxl

    from tests.test_import_renja86 import renja_workbook

    path = renja_workbook(tmp_path / "renja.xlsx")
    wb = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        wb.active[ref] = value
    for cells_range in merged:
        wb.active.merge_cells(cells_range)
    wb.save(path)
    return path


def test_renja_text_under_the_table_outside_the_sasaran_column_is_named(
    store_path: Path, tmp_path: Path
) -> None:
    """vals17: a note under a Renja evaluation's table in the No column (merged across, as the
    form prints "Faktor penghambat …") or in the Program/Kegiatan column (read as an urusan
    line: no level, no indicator) was dropped without a word. Each is named at its cell now
    (id and en); an urusan line stays a line of no node, without a warning."""
    cells = {
        "D13": "Urusan Pemerintahan Bidang Kesehatan",
        "A15": "Faktor penghambat pencapaian kinerja: anggaran terlambat",
        "D16": "Tindak lanjut: percepatan lelang",
    }
    path = _renja_with(tmp_path, cells, "A15:F15")
    said = [
        'E.81!A15 "Faktor penghambat pencapaian kinerja: anggaran terlambat": teks tanpa '
        "indikator yang bukan program, kegiatan atau sub kegiatan; diabaikan",
        'E.81!D16 "Tindak lanjut: percepatan lelang": teks tanpa indikator',
    ]
    args = ("import", str(path), "--layout", "renja86", *_ARGS)
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0 and all(s in done.stderr for s in said), done.stderr
    assert "D13" not in done.stderr and done.stderr.count("teks tanpa indikator") == 2
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path)
    assert 'E.81!D16 "Tindak lanjut: percepatan lelang": a text without an indicator' in en.stderr


def test_a_kondisi_awal_over_its_year_in_the_header_is_the_baseline(
    store_path: Path, tmp_path: Path
) -> None:
    """A header of two rows, "Kondisi Awal" over "2021" beside "Target" merged over its years:
    the year is in the header, so the column is the realisasi of 2021 (it was "kondisi awal
    tanpa tahun; diabaikan")."""
    import xlsxwriter

    path = tmp_path / "renstra.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["level", "kode", "uraian", "satuan", "Kondisi Awal"])
    ws.merge_range(0, 5, 0, 6, "Target")
    ws.write_row(1, 4, ["2021", "2024", "2025"])
    ws.write_row(2, 0, ["sasaran", "S1", "Meningkatnya mutu"])
    ws.write_row(3, 0, ["iku", "I1", "APM SD", "%", "90", "92", "93"])
    wb.close()
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    assert "Kondisi Awal" not in done.stderr
    measure = _measure(store_path)
    assert measure["realisasi_history"] == {"2021": "90"}
    assert (measure["target"], measure["targets"]) == ("92", {"2025": "93"})


def test_the_signature_under_a_cascading_form_is_named_not_refused(
    store_path: Path, tmp_path: Path
) -> None:
    """The cascading form signed under its table ("Mengetahui,", the office) after an empty
    row: each line was refused as "level kosong tetapi teks terisi: isi level baris ini", which
    asks for a level a signature has not. Named and ignored now (id and en); a text alone right
    under the table, without the empty row, is still refused."""
    import xlsxwriter

    path = tmp_path / "cascade.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Cascading")
    ws.write_row(0, 0, ["Level", "Kode", "Teks", "Indikator", "Satuan", "Target"])
    ws.write_row(1, 0, ["Sasaran", "S1", "Menurunnya kematian", "Angka kematian bayi", "‰", "8"])
    ws.write_row(3, 2, ["Mengetahui,"])
    ws.write_row(4, 2, ["Kepala Dinas Kesehatan"])
    wb.close()
    args = ("import", str(path), *_ARGS)
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path)
    said = 'Cascading!C4, C5 "Mengetahui,": 2 rows: only text, under an empty row'
    assert said in " ".join(en.stderr.split()), en.stderr
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0, done.stderr
    assert (  # (imp69: the signature's lines named in one warning, not one a line)
        'peringatan: Cascading!C4, C5 "Mengetahui,": 2 baris: hanya teks, di bawah baris kosong '
        "setelah tabel (tanda tangan atau catatan?); diabaikan"
    ) in " ".join(done.stderr.split())
    names = [n["name"] for n in _walk(_doc(store_path)["nodes"])]
    assert names == ["Menurunnya kematian", "Angka kematian bayi"]


def test_falling_renstra_targets_without_a_polaritas_are_named(
    store_path: Path, tmp_path: Path
) -> None:
    """A Renstra matrix has no polaritas column: "Angka kematian ibu", its targets falling from
    the baseline every year, was read positif without a word, and its capaian turned upside
    down. A warning names it with the figures and the fix (id and en); a rising one, or one
    whose polaritas is given, is not named."""
    import xlsxwriter

    path = tmp_path / "renstra.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    head = ["level", "uraian", "polaritas", "Kondisi Awal (2021)", "Target 2023", "Target 2024"]
    ws.write_row(0, 0, [*head, "Target 2025"])
    ws.write_row(1, 0, ["sasaran", "Menurunnya kematian"])
    ws.write_row(2, 0, ["iku", "Angka kematian ibu", None, "120", "110", "105", "100"])
    ws.write_row(3, 0, ["iku", "Angka kematian bayi", "negatif", "9", "8", "7,5", "7"])
    ws.write_row(4, 0, ["iku", "Cakupan imunisasi", None, "85", "88", "90", "92"])
    wb.close()
    done = run_cli("import", str(path), "--dry-run", *_ARGS, store=store_path, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    assert (
        'peringatan: Data!B3 "Angka kematian ibu": target Renstra turun tiap tahun (120 → 100) '
        "dan polaritas tidak diisi: dibaca positif (makin tinggi makin baik); bila makin rendah "
        "makin baik, isi kolom polaritas dengan negatif"
    ) in done.stderr
    assert done.stderr.count("turun tiap tahun") == 1  # (not the negatif one, nor the rising)
    en = run_cli(
        "import", str(path), "--dry-run", *_ARGS, "--lang", "en", store=store_path, env=ONE_LINE
    )
    assert (
        "the Renstra targets fall every year (120 → 100) and no polaritas is given: read as "
        "positive (higher is better)"
    ) in en.stderr


def test_a_refused_cell_is_not_also_warned_of(store_path: Path, tmp_path: Path) -> None:
    """An e-SAKIP CSV from older Excel: its target_text "?110" (a "≤" Windows-1252 could not
    hold) was warned of as "target_text berbeda dengan target" and refused, the same cell twice.
    Refused, it is named once, with the reason and the fix."""
    path = tmp_path / "esakip.csv"
    path.write_text(
        "level;kode;nama;tipe_indikator;target;target_text\nsasaran;S1;Mutu;;;\n"
        "IKU;I1;Angka kematian ibu;negatif;110;?110\n",
        encoding="utf-8",
    )
    said, said_en = import_refused(path, *_ARGS, store=store_path)
    assert said.count('baris 3 (target_text) "?110"') == 1, said
    assert "berbeda dengan target" not in said
    assert said_en.count('row 3 (target_text) "?110"') == 1, said_en
