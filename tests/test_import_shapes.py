"""Workbooks as another region's planners keep them (walk8): a header of two rows with merged
cells and a row of column numbers, a row of totals, a CSV saved by older Excel, read with
``--lang en``. Through the installed command, as the user meets them."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ONE_LINE, run_cli

openpyxl = pytest.importorskip("openpyxl")

HEAD = ["No", "Level", "Kode", "Uraian", "Satuan", "Target PK", "Realisasi", "Capaian (%)"]
ROWS = [
    [1, "Tujuan", "T1", "Meningkatnya derajat kesehatan"],
    [None, "Sasaran", "S1", "Meningkatnya mutu layanan"],
    [None, "IKU", "IKU 1", "Persentase puskesmas terakreditasi", "%", "≥ 80 %", "85,5 %"],
    [None, "IKU", "IKU 2", "Laju inflasi kesehatan", "%", "3 ± 1", "4,6"],
]


def _book(path: Path, rows: list[list[object]], merges: list[str] = ()) -> Path:  # type: ignore[assignment]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LKj 2024"
    ws.append(["PENGUKURAN KINERJA DINAS KESEHATAN TAHUN 2024"])
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    lp = wb.create_sheet("Laporan")
    for row in (["instansi", "Dinas Kesehatan"], ["tahun", 2024]):
        lp.append(row)
    wb.save(path)
    return path


def test_a_header_of_two_rows_with_merged_cells_is_the_header(tmp_path: Path) -> None:
    """She imported a sheet whose header cells No, Level and Uraian are merged over two rows, the
    second row holding the column numbers (1), (2), (3)=(2)/(1); she saw `B3 "Level": unknown
    level` (the merge filled the second row with "Level") and nothing was imported; the second row
    is the header's."""
    second = [None, None, None, None, "(1)", "(2)", "(3)", "(4)=(3)/(2)"]
    path = _book(tmp_path / "two.xlsx", [HEAD, second, *ROWS], ["A2:A3", "B2:B3", "D2:D3"])
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert "Key indicator (IKU): 2" in done.stdout and "Goal (Tujuan): 1" in done.stdout
    assert "Warning" not in done.stderr


def test_a_row_of_column_numbers_under_the_header_is_the_headers(tmp_path: Path) -> None:
    """A row 1, 2, 3… under the header (an unmerged header) was read as a data row: `unknown
    level "2"`."""
    numbers = list(range(1, len(HEAD) + 1))
    path = _book(tmp_path / "numbers.xlsx", [HEAD, numbers, *ROWS])
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert "Key indicator (IKU): 2" in done.stdout


def test_text_under_merged_header_cells_is_named_not_dropped(tmp_path: Path) -> None:
    """A sub-header under the merged header cells is not data: a warning names it."""
    second = [None, None, None, None, None, "Tahun ini", None, None]
    path = _book(tmp_path / "sub.xlsx", [HEAD, second, *ROWS], ["B2:B3", "D2:D3"])
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert 'LKj 2024!F3 "Tahun ini": under the header\'s merged cells' in done.stderr
    assert "Key indicator (IKU): 2" in done.stdout


def test_a_merge_down_a_column_other_than_level_or_uraian_keeps_every_row(tmp_path: Path) -> None:
    """The "No" column merged from the header down the table does not make the rows a header."""
    path = _book(tmp_path / "no.xlsx", [HEAD, *ROWS], ["A2:A6"])
    done = run_cli("import", str(path), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert "Tujuan: 1, Sasaran: 1, IKU: 2" in done.stdout


def test_a_row_of_totals_says_to_delete_it(tmp_path: Path) -> None:
    """A "Jumlah" row under the table gave `unknown level (tujuan, sasaran, …)`, as if a level
    were misspelt: the message says it is a total row and to delete it."""
    total = [None, "Jumlah", None, "Rata-rata capaian", None, None, None, "95,5"]
    path = _book(tmp_path / "total.xlsx", [HEAD, *ROWS, total])
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 2
    assert 'LKj 2024!B7 "Jumlah": a row of totals or averages: delete the row' in done.stderr
    done = run_cli("import", str(path), "--dry-run", store=tmp_path / "s")
    assert "baris jumlah atau rata-rata: hapus baris ini" in done.stderr


def _old_excel_csv(tmp_path: Path, *lines: str) -> tuple[str, ...]:
    """A CSV as older Excel saves it (Windows-1252, CRLF); the import's arguments to check it."""
    path = tmp_path / "old.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return ("import", str(path), "--dry-run", "--instansi", "Dinkes", "--tahun", "2024")


def test_an_old_excel_csv_names_its_row_in_english_and_the_lost_character(tmp_path: Path) -> None:
    """A CSV saved by older Excel (Windows-1252) holds "?80 %" for "≥ 80 %". With --lang en the
    place read `baris 4 (target)` and the message did not say what the "?" was."""
    args = _old_excel_csv(
        tmp_path,
        "Level;Kode;Uraian;Satuan;Target;Realisasi",
        "Sasaran;S1;Meningkatnya mutu layanan;;;",
        "IKU;IKU 1;Persentase balita gizi buruk ditangani;%;?80 %;85,5",
    )
    done = run_cli(*args, "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 2
    assert 'row 3 (target) "?80 %"' in done.stderr and "baris" not in done.stderr
    assert "write >= or <=, or save as “CSV UTF-8”" in done.stderr
    done = run_cli(*args, store=tmp_path / "s")
    assert 'baris 3 (target) "?80 %"' in done.stderr and "tulis >= atau <=" in done.stderr


def test_the_characters_said_lost_by_old_excel_are_those_windows_1252_cannot_hold(
    tmp_path: Path,
) -> None:
    """The message and docs/import.md listed "±" among the characters older Excel's CSV
    (Windows-1252) loses, but cp1252 holds it (0xB1): each character listed is checked with
    Python's cp1252 codec, and a "3 ± 1" in such a file is read as written."""
    args = _old_excel_csv(
        tmp_path,
        "Level;Kode;Uraian;Satuan;Target;Realisasi;Polaritas",
        "Sasaran;S1;Meningkatnya mutu layanan;;;;",
        "IKU;IKU 1;Inflasi;%;3 ± 1;?2,5;stabil",
    )
    docs = (Path(__file__).parent.parent / "docs" / "import.md").read_text(encoding="utf-8")
    listed = re.search(r"encoding cannot hold \(([^;)]*)", docs)
    assert listed is not None
    said = [listed.group(1)]
    for lang in ("id", "en"):
        done = run_cli(*args, "--lang", lang, store=tmp_path / "s", env=ONE_LINE)
        assert done.returncode == 2 and '"?2,5"' in done.stderr and "3 ± 1" not in done.stderr
        found = re.search(r"(?:pengodean berkas|could not hold) \(([^,]*),", done.stderr)
        assert found is not None, done.stderr
        said.append(found.group(1))
    for text in said:
        chars = [c for c in text if not c.isspace() and c not in "`,"]
        assert chars, text
        for char in chars:
            with pytest.raises(UnicodeEncodeError):
                char.encode("cp1252")


def test_a_cover_sheet_first_names_the_sheet_that_holds_the_table(tmp_path: Path) -> None:
    """Her workbook opens on a cover sheet; the table is on "PK 2024". She saw `Cover!1:20: no
    header row found` and nothing said which sheet lkj-tui reads or where her table was. With
    one sheet holding a table it is read (vals15), and a warning says which; with two ("PK 2023"
    and "PK 2024") the problem names the first and how to choose."""
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active["A1"] = "LAPORAN KINERJA 2024"
    for name in ("PK 2024", "PK 2023"):
        ws = wb.create_sheet(name)
        for row in (["Level", "Kode", "Uraian"], ["sasaran", "S1", "Sasaran satu"]):
            ws.append(row)
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    args = ("import", str(path), "--dry-run", "--instansi", "Dinas X", "--tahun", "2024")
    done = run_cli(*args, "--lang", "en", store=tmp_path / "s", env=ONE_LINE)
    assert done.returncode == 2
    assert (
        "lkj-tui reads the sheet named 'Data', else the first sheet ('Cover'); the sheet "
        "'PK 2024' holds the table: rename it to Data"
    ) in done.stderr
    done = run_cli(*args, store=tmp_path / "s", env=ONE_LINE)
    assert "lembar 'PK 2024' memuat tabelnya: ganti namanya menjadi Data" in done.stderr
    del wb["PK 2023"]
    wb.save(path)
    done = run_cli(*args, store=tmp_path / "s", env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(
        "peringatan: PK 2024: lembar ini yang dibaca (lembar 'Cover' tidak memuat tabel; hanya "
        "lembar ini yang memuatnya)"
    ), done.stderr
    assert "Sasaran: 1" in done.stdout


def _without_values(path: Path) -> None:
    """The workbook as a program writes it: formulas without the values Excel would store."""

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1<v />", data)
            dst.writestr(item, data)
    tmp.replace(path)


def test_a_formula_without_its_value_is_named_not_read_as_empty(tmp_path: Path) -> None:
    """A workbook written by a program (an e-SAKIP app's export, openpyxl) keeps formulas but
    not their values. Her realisasi =F5*0.9 was read as "not reported (blank is not 0)" and her
    printed capaian =G5/F5*100 vanished, without a word; each is named now, with what to do. A
    formula whose value Excel stored is read as before."""
    rows = [
        HEAD,
        *ROWS[:2],
        [None, "IKU", "IKU 1", "Indeks", "Nilai", 3.5, "=F5*0.9", "=G5/F5*100"],
    ]
    path = _book(tmp_path / "app.xlsx", rows)
    _without_values(path)
    done = run_cli(
        "import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s", env=ONE_LINE
    )
    assert done.returncode == 2
    for cell, formula in (("G5", "=F5*0.9"), ("H5", "=G5/F5*100")):
        assert (
            f'LKj 2024!{cell} "{formula}": a formula without its computed value (the file was not '
            "saved by Excel): open and save it again in Excel or LibreOffice, or type the value"
        ) in done.stderr
    stored = _book(tmp_path / "excel.xlsx", [*rows[:-1], [*rows[-1][:6], "3,15", "=G5/F5*100"]])

    with zipfile.ZipFile(stored) as zf:  # as Excel saves it: the formula and its value
        sheet = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>G5/F5*100</f><v" in sheet
    patched = sheet.replace(b"<f>G5/F5*100</f><v></v>", b"<f>G5/F5*100</f><v>90</v>").replace(
        b"<f>G5/F5*100</f><v />", b"<f>G5/F5*100</f><v>90</v>"
    )
    assert patched != sheet
    tmp = tmp_path / "excel2.xlsx"
    with zipfile.ZipFile(stored) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            body = patched if item.filename == "xl/worksheets/sheet1.xml" else src.read(item)
            dst.writestr(item, body)
    done = run_cli(
        "import", str(tmp), "--dry-run", "--lang", "en", store=tmp_path / "s", env=ONE_LINE
    )
    assert done.returncode == 0, done.stderr


def test_the_report_years_columns_are_its_target_and_realisasi(tmp_path: Path) -> None:
    """Her sheet heads its columns with years: Realisasi 2023, Target 2024, Realisasi 2024 (the
    report of 2024, no plain Target or Realisasi column). The dry run said "IKU 1: the target is
    missing" (2024's figures had become the Renstra target of 2024 and a history of 2024), and
    status showed no capaian. They are the year's target and realisasi, each with a warning."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in (
        ["Level", "Kode", "Uraian", "Realisasi 2023", "Target 2024", "Realisasi 2024"],
        ["sasaran", "S1", "Sasaran satu"],
        ["iku", "IKU 1", "Indeks Kepuasan", "80", "82", "83,5"],
    ):
        ws.append(row)
    path = tmp_path / "years.xlsx"
    wb.save(path)
    store = tmp_path / "s"
    args = ("import", str(path), "--instansi", "Dinas Y", "--tahun", "2024", "--lang", "en")
    dry = run_cli(*args, "--dry-run", store=store)
    assert dry.returncode == 0, dry.stderr
    assert "without capaian" not in dry.stdout
    assert 'Data!E1 "Target 2024": read as the report year\'s target (2024)' in dry.stderr
    assert 'Data!F1 "Realisasi 2024": read as the report year\'s realisasi (2024)' in dry.stderr
    assert run_cli(*args, store=store).returncode == 0
    status = run_cli("status", "--json", "-r", "dinas-y-2024", store=store)
    measure = json.loads(status.stdout)["items"][0]
    assert (measure["target"], measure["realisasi"], measure["achievement"]) == (
        "82",
        "83,5",
        101.83,
    )


def test_the_header_repeated_in_the_table_says_so(tmp_path: Path) -> None:
    """A table pasted from the LKj document keeps each page's header row: `unknown level
    (tujuan, sasaran, …)` on "Level" read as if a level were misspelt."""
    rows = [HEAD, *ROWS[:3], HEAD, ROWS[3]]
    path = _book(tmp_path / "pages.xlsx", rows)
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 2
    assert 'LKj 2024!B6 "Level": the header row again: delete the row' in done.stderr
    assert "unknown level" not in done.stderr


def test_a_csv_without_instansi_and_tahun_says_to_give_the_options(tmp_path: Path) -> None:
    """Her CSV (no Laporan sheet can exist in one) without --instansi and --tahun was told to
    "fill 'instansi' in the Laporan sheet or use --instansi": the options are the only way."""
    path = tmp_path / "old.csv"
    path.write_text("Level;Kode;Uraian\nSasaran;S1;Satu\n")
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 2
    assert (
        'CSV: instansi is missing: a CSV file has no Laporan sheet; use --instansi "Dinas X"'
        in (done.stderr)
    )
    assert "CSV: tahun is missing: a CSV file has no Laporan sheet; use --tahun 2024" in done.stderr
    assert "fill 'instansi' in the Laporan sheet" not in done.stderr


@pytest.mark.parametrize("merged_down", [True, False])
def test_a_target_merged_over_a_row_of_years_reads_each_years_column(
    tmp_path: Path, merged_down: bool
) -> None:
    """new11: a Renstra/PK matrix heads "Target" merged across five columns over the years 2022 …
    2026. The import read the merge's first column (2022's) as the 2024 report's target, without
    a word, and dropped 2023-2026 (the years row passed for column numbers); with Level and
    Uraian not merged down, the years row was a data row ("level kosong"). Each column is its
    year's, the report year's is the target."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PK 2024"
    for row in (
        ["MATRIKS RENSTRA 2021-2026"],
        ["Level", "Uraian", "Satuan", "Target", None, None, None, None, "Realisasi 2024"],
        [None, None, None, 2022, 2023, "Tahun 2024", "2025", 2026, None],
        ["sasaran", "Meningkatnya akuntabilitas"],
        ["iku", "Indeks Kepuasan Masyarakat", "Indeks", "3,2", "3,3", "3,4", "3,5", "3,6", "3,45"],
    ):
        ws.append(row)
    ws.merge_cells("D2:H2")
    if merged_down:
        for col in "ABCI":
            ws.merge_cells(f"{col}2:{col}3")
    path = tmp_path / "matrix.xlsx"
    wb.save(path)
    store = tmp_path / "s"
    args = ("import", str(path), "--instansi", "Dinas Z", "--tahun", "2024")
    done = run_cli(*args, "--lang", "en", store=store)
    assert done.returncode == 0, done.stderr
    assert 'PK 2024!F3 "Target Tahun 2024": read as the report year\'s target (2024)' in done.stderr
    assert "ignored" not in done.stderr  # (it said F3 was "read as part of the header; ignored")
    export = run_cli("export", "--format", "json", "-r", "dinas-z-2024", store=store)
    measure = json.loads(export.stdout)["nodes"][0]["children"][0]["measure"]
    assert (measure["target"], measure["realisasi"]) == ("3,4", "3,45")
    assert measure["targets"] == {"2022": "3,2", "2023": "3,3", "2025": "3,5", "2026": "3,6"}
    status = run_cli("status", "--json", "-r", "dinas-z-2024", store=store)
    assert json.loads(status.stdout)["items"][0]["achievement"] == 101.47


def test_a_merged_header_over_other_text_is_as_before(tmp_path: Path) -> None:
    """Only years under a merged Target name its columns: "K"/"Rp" under it stay a warning, the
    merge's first column the target."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in (
        ["Level", "Uraian", "Target", None, "Realisasi"],
        [None, None, "K", "Rp", None],
        ["iku", "Indeks", "80", "Rp 1.000", "84"],
    ):
        ws.append(row)
    for rng in ("C1:D1", "A1:A2", "B1:B2", "E1:E2"):
        ws.merge_cells(rng)
    path = tmp_path / "k.xlsx"
    wb.save(path)
    store = tmp_path / "s"
    done = run_cli("import", str(path), "--instansi", "Q", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    assert 'Data!C2 "K": di bawah sel judul yang digabung' in done.stderr
    status = run_cli("status", "--json", "-r", "q-2024", store=store)
    item = json.loads(status.stdout)["items"][0]
    assert (item["target"], item["realisasi"]) == ("80", "84")


def test_an_e_sakip_tipe_indikator_column_is_the_polaritas(tmp_path: Path) -> None:
    """new11: an e-SAKIP export heads the polaritas `tipe_indikator` (positif/negatif, DOMAIN.md);
    it was an unknown column, ignored with a warning, so the poverty rate's negatif was dropped
    and 12,80 against 12,5 read as 102,40 %. Planning tools also write the direction as
    "Meningkat"/"Menurun" (Kondisi Akhir Naik/Menurun): the import, set and calc take them."""
    path = tmp_path / "esakip.csv"
    path.write_text(
        "level;kode;kode_induk;uraian;satuan;tipe_indikator;target;realisasi\n"
        "sasaran;S1;;Meningkatnya kesejahteraan;;;;\n"
        "iku;I1;S1;Angka kemiskinan;%;negatif;12,5;12,80\n"
        "iku;I2;S1;Persentase pengangguran;%;Menurun;5;4\n"
        "iku;I3;S1;Indeks pembangunan manusia;Indeks;meningkat;70;71\n",
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = run_cli("import", str(path), "--instansi", "Bappeda", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    assert "tipe_indikator" not in done.stderr
    status = run_cli("status", "--json", "-r", "bappeda-2024", store=store)
    items = {i["code"]: i for i in json.loads(status.stdout)["items"]}
    assert [items[k]["achievement"] for k in ("I1", "I2", "I3")] == [97.6, 120.0, 101.43]
    set_done = run_cli("set", "-r", "bappeda-2024", "I3", "polaritas", "menurun", store=store)
    assert set_done.returncode == 0, set_done.stderr
    calc = run_cli("calc", "5", "4", "--polaritas", "Menurun", "--json", store=store)
    assert json.loads(calc.stdout)["achievement"] == 120.0


def test_a_header_row_without_level_or_uraian_is_named_with_what_to_add(tmp_path: Path) -> None:
    """new11: her LKj table (No, Sasaran Strategis, Indikator Kinerja, Satuan, Target…) has no
    level column, and her PK matrix heads the names "Sasaran Strategis / Indikator Kinerja": both
    said "baris judul tidak ditemukan: perlu kolom 'level' dan 'uraian'", neither which one is
    missing nor on which row. The row is named, with the column to add or rename."""
    store = tmp_path / "s"
    args = ("--instansi", "Dinas Q", "--tahun", "2024", "--dry-run")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel 3.1"
    ws.append(["PENGUKURAN KINERJA 2024"])
    ws.append(["No", "Uraian", "Satuan", "Target", "Realisasi"])  # (with Sasaran and Indikator
    ws.append([1, "Nilai SAKIP", "Nilai", "B", "BB"])  # columns: a table, test_import_forms.py)
    wb.save(tmp_path / "tabel.xlsx")
    done = run_cli("import", str(tmp_path / "tabel.xlsx"), *args, store=store)
    assert done.returncode == 2
    assert "Tabel 3.1!2:2: baris judul tanpa kolom 'level': tambahkan kolom 'level'" in done.stderr
    en = run_cli("import", str(tmp_path / "tabel.xlsx"), *args, "--lang", "en", store=store)
    assert "Tabel 3.1!2:2: a header row without the 'level' column: add a 'level'" in en.stderr
    (tmp_path / "pk.csv").write_text(
        "Jenis;Sasaran / Indikator;Satuan;Target\niku;Nilai SAKIP;Nilai;B\n", encoding="utf-8"
    )
    done = run_cli("import", str(tmp_path / "pk.csv"), *args, store=store)
    assert "baris 1: baris judul tanpa kolom 'uraian': beri judul 'uraian'" in done.stderr
    (tmp_path / "x.csv").write_text("apa;ini\n1;2\n", encoding="utf-8")
    done = run_cli("import", str(tmp_path / "x.csv"), *args, store=store)
    assert "baris 1: baris judul tidak ditemukan: perlu kolom 'level' dan 'uraian'" in done.stderr


def test_status_of_an_imported_sasaran_without_a_code_has_no_leading_space(
    tmp_path: Path,
) -> None:
    """new11: a PK matrix gives its rows no kode; status headed the sasaran " Meningkatnya…",
    the space meant to follow a code."""
    path = tmp_path / "pk.csv"
    path.write_text(
        "level;uraian;target;realisasi\nsasaran;Meningkatnya akuntabilitas;;\niku;Indeks;80;84\n",
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = run_cli("import", str(path), "--instansi", "Dinas R", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    lines = run_cli("status", "-r", "dinas-r-2024", store=store).stdout.splitlines()
    assert "Meningkatnya akuntabilitas" in lines
