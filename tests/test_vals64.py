"""Spreadsheets as another region's planner fills the template by hand (vals64): each value is
read as the user meant it, or refused at its cell with what to do, never misread nor dropped."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from tests.conftest import run_cli

HEADER = ["level", "kode", "uraian", "satuan", "target", "realisasi"]
UNCOMPUTED = {
    "id": 'Data!F4 "=E4*0.9": rumus tanpa nilai hasil hitungan',
    "en": 'Data!F4 "=E4*0.9": a formula without its computed value',
}
LAPORAN_FORMULA = {
    "id": 'Laporan!B1 "=UPPER("dinas x")": rumus tanpa nilai hasil hitungan',
    "en": 'Laporan!B1 "=UPPER("dinas x")": a formula without its computed value',
}
LAPORAN_ERROR = {
    "id": 'Laporan!B2 "#REF!": galat Excel (rujukan sel tidak sah: sel yang dirujuk sudah '
    "dihapus) di lembar Laporan",
    "en": 'Laporan!B2 "#REF!": an Excel error (an invalid cell reference: the cell it refers to '
    "was deleted) in the Laporan sheet",
}
SPACED = {
    "id": 'Data!E3 "1 234,5": spasi bukan pemisah ribuan; tulis "1.234,5"',
    "en": 'Data!E3 "1 234,5": a space is not a thousands separator; write "1.234,5"',
}
RENAMED = {
    "id": "Info Laporan 2024: dibaca sebagai lembar Laporan (tidak ada lembar bernama Laporan;",
    "en": "Info Laporan 2024: read as the Laporan sheet (no sheet is named Laporan;",
}
MERGED_NAME = {
    "id": 'Data!C3:C4 "Indikator gabung": sel gabungan: uraian ini menjadi nama 2 baris ("IKU 1", '
    '"IKU 2")',
    "en": 'Data!C3:C4 "Indikator gabung": a merged cell: this uraian is the name of 2 rows ("IKU 1", '
    '"IKU 2")',
}


def _book(
    path: Path,
    rows: list[list[object]],
    *,
    laporan: str | None = "Laporan",
    fill: Callable[[xlsxwriter.Workbook, Worksheet, Worksheet | None], None] | None = None,
) -> Path:
    """A workbook as xlsxwriter writes it (a program: it computes no formula, and asks Excel to
    compute them all when the file is opened): ``rows`` under the template's header on ``Data``,
    the instansi and the year on a sheet named ``laporan``; ``fill`` writes the rest."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, HEADER)
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya kualitas"])
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if isinstance(value, (int, float)):
                ws.write_number(r, c, value)
            elif value is not None:
                ws.write_string(r, c, str(value))
    meta = None
    if laporan is not None:
        meta = wb.add_worksheet(laporan)
        meta.write_row(0, 0, ["instansi", "Dinas Uji"])
        meta.write_row(1, 0, ["tahun", "2024"])
    if fill is not None:
        fill(wb, ws, meta)
    wb.close()
    return path


def _measures(store: Path) -> dict[str, tuple[object, object]]:
    """kode → (target, realisasi) of the report the store holds, as its JSON export gives them."""
    done = run_cli("export", "-f", "json", store=store)
    assert done.returncode == 0, done.stderr
    out: dict[str, tuple[object, object]] = {}

    def walk(nodes: list[dict[str, object]]) -> None:
        for node in nodes:
            measure = node.get("measure")
            if isinstance(measure, dict):
                out[str(node["code"])] = (measure.get("target"), measure.get("realisasi"))
            walk(node.get("children", []))  # type: ignore[arg-type]

    walk(json.loads(done.stdout)["nodes"])
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_formula_a_program_wrote_without_computing_it_is_not_read_as_zero(
    tmp_path: Path, lang: str
) -> None:
    """xlsxwriter stores 0 as the value of each formula it is given no value for, and asks Excel
    to compute them when the file opens: the realisasi =E4*0.9 was imported as 0 (capaian 0 %).
    It is refused at its cell, as a formula without its value is; one given its value reads it."""

    def formulas(_wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write_formula(2, 5, "=E3*0.9", None, 9)  # (its value given: 9)
        ws.write_formula(3, 5, "=E4*0.9")  # (stored as 0)

    book = _book(
        tmp_path / "rumus.xlsx",
        [["iku", "IKU 1", "Indikator 1", "%", "10"], ["iku", "IKU 2", "Indikator 2", "%", "10"]],
        fill=formulas,
    )
    store = tmp_path / "store"
    for extra in (["--dry-run"], []):
        done = run_cli("--lang", lang, "import", str(book), *extra, store=store)
        assert done.returncode == 2, done.stdout + done.stderr
        assert UNCOMPUTED[lang] in done.stderr, done.stderr
        # (F3's value, given by the program, is read and said in a warning: imp65; not refused)
        assert ("1 masalah;" if lang == "id" else "1 problem;") in done.stderr, done.stderr
    assert not (store / "reports").exists() or not any((store / "reports").iterdir())

    def computed(_wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write_formula(2, 5, "=E3*0.9", None, 9)

    good = _book(
        tmp_path / "baik.xlsx", [["iku", "IKU 1", "Indikator 1", "%", "10"]], fill=computed
    )
    done = run_cli("import", str(good), store=store)
    assert done.returncode == 0, done.stderr
    assert _measures(store)["IKU 1"] == ("10", "9")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_laporan_cell_whose_formula_gave_no_value_is_refused_at_its_cell(
    tmp_path: Path, lang: str
) -> None:
    """The Laporan sheet read a formula's placeholder 0 as the instansi (report "0-2024") and an
    error cell as empty ("tahun tidak ada: isi 'tahun'" of a filled cell)."""

    def meta(_wb: xlsxwriter.Workbook, _ws: Worksheet, sheet: Worksheet | None) -> None:
        assert sheet is not None
        sheet.write_formula(0, 1, '=UPPER("dinas x")')
        sheet.write_formula(1, 1, "=#REF!+1", None, "#REF!")

    book = _book(
        tmp_path / "lap.xlsx", [["iku", "IKU 1", "Indikator 1", "%", "10", "9"]], fill=meta
    )
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stdout + done.stderr
    assert LAPORAN_FORMULA[lang] in done.stderr, done.stderr
    assert LAPORAN_ERROR[lang] in " ".join(done.stderr.split()), done.stderr
    assert "0-2024" not in done.stdout + done.stderr
    # (said once, at its cell: not also "instansi tidak ada", "tahun harus 4 angka")
    assert "tidak ada:" not in done.stderr and "is missing" not in done.stderr, done.stderr
    assert "4 angka" not in done.stderr and "4 digits" not in done.stderr, done.stderr


def test_a_fraction_format_reads_the_number_not_its_rounded_whole(tmp_path: Path) -> None:
    """0.5 and 0.25 shown "1/2" and "1/4" (format ``# ?/?``) were read 1 and 0."""

    def fractions(wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        fmt = wb.add_format({"num_format": "# ?/?"})
        ws.write_number(2, 4, 0.5, fmt)
        ws.write_number(2, 5, 0.25, fmt)

    book = _book(
        tmp_path / "pecahan.xlsx", [["iku", "IKU 1", "Indikator 1", "Rasio"]], fill=fractions
    )
    done = run_cli("import", str(book), store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert _measures(tmp_path / "s")["IKU 1"] == ("0,5", "0,25")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_number_grouped_by_spaces_with_decimals_is_refused_as_one_without(
    tmp_path: Path, lang: str
) -> None:
    """ "1 100" was refused (a space is no thousands separator) but "1 234,5" was read as two
    numbers, a composite: imported without a capaian, "komposit … tidak dapat dibandingkan"."""
    book = _book(
        tmp_path / "spasi.xlsx", [["iku", "IKU 1", "Indikator 1", "Orang", "1 234,5", "1.100"]]
    )
    done = run_cli("--lang", lang, "import", str(book), store=tmp_path / "s")
    assert done.returncode == 2, done.stdout + done.stderr
    assert SPACED[lang] in done.stderr, done.stderr
    calc = run_cli("--lang", lang, "calc", "1 234,5", "1.100")
    assert calc.returncode != 0 and SPACED[lang].split(": ", 1)[1] in calc.stderr, calc.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_laporan_sheet_renamed_is_read_and_said(tmp_path: Path, lang: str) -> None:
    """The template's Laporan sheet renamed "Info Laporan 2024" was refused: "the workbook has no
    Laporan sheet; add a Laporan sheet with the row 'instansi | …'", of the sheet that held it."""
    book = _book(
        tmp_path / "ganti.xlsx",
        [["iku", "IKU 1", "Indikator 1", "%", "10", "9"]],
        laporan="Info Laporan 2024",
    )
    store = tmp_path / "s"
    dry = run_cli("--lang", lang, "import", str(book), "--dry-run", store=store)
    assert dry.returncode == 0, dry.stderr
    assert RENAMED[lang] in " ".join(dry.stderr.split()), dry.stderr
    assert "dinas-uji-2024" in dry.stdout
    done = run_cli("--lang", lang, "import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    assert RENAMED[lang] in " ".join(done.stderr.split()), done.stderr
    assert _measures(store)["IKU 1"] == ("10", "9")


def test_a_level_followed_by_its_abbreviation_is_that_level(tmp_path: Path) -> None:
    """ "Indikator Kinerja Utama (IKU)" was a level not known; a bracket that names another level
    is still refused."""
    rows: list[list[object]] = [
        ["Indikator Kinerja Utama (IKU)", "IKU 1", "Indikator 1", "%", "10", "9"],
        ["Indikator Kinerja Lainnya (IKL)", "IKL 1", "Indikator 2", "%", "10", "9"],
    ]
    store = tmp_path / "s"
    done = run_cli("import", str(_book(tmp_path / "lv.xlsx", rows)), store=store)
    assert done.returncode == 0, done.stderr
    tree = json.loads(run_cli("export", "-f", "json", store=store).stdout)["nodes"]
    assert [c["kind"] for c in tree[0]["children"]] == ["iku", "lainnya"]
    wrong = [["Indikator Kinerja Utama (IKL)", "IKU 1", "Indikator 1", "%", "10", "9"]]
    refused = run_cli("import", str(_book(tmp_path / "x.xlsx", wrong)), store=tmp_path / "t")
    assert refused.returncode == 2
    assert 'Data!A3 "Indikator Kinerja Utama (IKL)": level tidak dikenal' in refused.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_name_merged_over_two_indicators_is_said(tmp_path: Path, lang: str) -> None:
    """An uraian merged over two indicator rows named both, without a word."""

    def merge(_wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.merge_range(2, 2, 3, 2, "Indikator gabung")

    rows: list[list[object]] = [
        ["iku", "IKU 1", None, "%", "10", "9"],
        ["iku", "IKU 2", None, "%", "10", "8"],
    ]
    book = _book(tmp_path / "gabung.xlsx", rows, fill=merge)
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert MERGED_NAME[lang] in " ".join(done.stderr.split()), done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_column_of_colons_in_the_laporan_sheet_is_passed_over(tmp_path: Path, lang: str) -> None:
    """ "Instansi | : | Dinas Kolon", as forms print it: the instansi was ":" (with --tahun, the
    report "laporan-2024" of instansi ":"), the year refused as ":" at Laporan!B2."""

    def colons(_wb: xlsxwriter.Workbook, _ws: Worksheet, sheet: Worksheet | None) -> None:
        assert sheet is not None
        sheet.write_row(0, 0, ["Instansi", ":", "Dinas Kolon"])
        sheet.write_row(1, 0, ["Tahun", ":", "2025"])
        sheet.write_row(2, 0, ["Periode", ":", "2021-2026"])

    book = _book(tmp_path / "kolon.xlsx", [["iku", "IKU 1", "Ind 1", "%", "10", "9"]], fill=colons)
    store = tmp_path / "s"
    done = run_cli("--lang", lang, "import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    assert "dinas-kolon-2025" in done.stdout, done.stdout
    report = json.loads(run_cli("export", "-f", "json", store=store).stdout)["report"]
    assert (report["instansi"], report["tahun"]) == ("Dinas Kolon", 2025)
    assert report["periode"] == [2021, 2026], report


@pytest.mark.parametrize(
    "periode", ["Tahun 2021-2026", "Renstra 2021 s.d. 2026", "2021–2026 (5 tahun)"]
)
def test_a_periode_with_its_words_around_it_reads(tmp_path: Path, periode: str) -> None:
    """ "Tahun 2021-2026", "2021–2026 (5 tahun)", as a form's cell has them, were refused ("tulis
    tahun awal dan akhirnya"); a date, or a period backwards, still is."""

    def book(name: str, text: str) -> Path:
        def meta(_wb: xlsxwriter.Workbook, _ws: Worksheet, sheet: Worksheet | None) -> None:
            assert sheet is not None
            sheet.write_row(2, 0, ["periode", text])

        rows: list[list[object]] = [["iku", "IKU 1", "Ind 1", "%", "10", "9"]]
        return _book(tmp_path / name, rows, fill=meta)

    store = tmp_path / "s"
    done = run_cli("import", str(book("p.xlsx", periode)), store=store)
    assert done.returncode == 0, done.stderr
    report = json.loads(run_cli("export", "-f", "json", store=store).stdout)["report"]
    assert report["periode"] == [2021, 2026]
    for wrong in ("Tahun 2026-2021", "2021-01-01"):
        refused = run_cli("import", str(book("q.xlsx", wrong)), "--dry-run", store=tmp_path / "t")
        assert refused.returncode == 2, refused.stdout
        assert "periode: tulis tahun awal" in refused.stderr, refused.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_year_typed_into_a_date_cell_is_refused_with_the_year_and_what_to_do(
    tmp_path: Path, lang: str
) -> None:
    """2024 typed into a cell formatted as a date is kept as day 2024 (16 July 1905): the import
    said only "tahun harus 4 angka" of "1905-07-16". It says the cell is a date, names the year
    typed and how to give it (nothing imported); ``--tahun`` then imports it."""

    def date_year(wb: xlsxwriter.Workbook, _ws: Worksheet, meta: Worksheet | None) -> None:
        assert meta is not None
        meta.write_number(1, 1, 2024, wb.add_format({"num_format": "dd/mm/yyyy"}))

    book = _book(
        tmp_path / "tanggal.xlsx", [["iku", "IKU 1", "Indikator 1", "%", "10"]], fill=date_year
    )
    store = tmp_path / "store"
    done = run_cli("--lang", lang, "import", str(book), store=store)
    assert done.returncode == 2, done.stdout + done.stderr
    said = " ".join(done.stderr.split())
    assert "Laporan!B2" in said and "1905-07-16" in said, said
    assert ("berformat tanggal" if lang == "id" else "formatted as a date") in said, said
    assert "--tahun 2024" in said and "4 angka" not in said and "4 digits" not in said, said
    assert not (store / "reports").exists() or not any((store / "reports").iterdir())
    done = run_cli("import", str(book), "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    assert "2024" in run_cli("status", store=store).stdout
