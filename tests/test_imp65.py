"""Messy cells in an import (imp65): a percent sign written by the number format, the spaces and
line breaks typed around a name or a value, the header "Uraian Indikator"; each read as the user
meant it, or refused at its cell with what to do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from tests.conftest import run_cli
from tests.test_vals64 import _book, _measures

#: What the import says, by case and language.
SAID = {
    ("program", "id"): 'peringatan: Data!F3 "=E3*0.9": nilai rumus ini (2,5) (juga 1 sel rumus '
    "lain yang dibaca: F4) disimpan oleh program pembuat berkas, bukan dihitung Excel",
    ("program", "en"): 'warning: Data!F3 "=E3*0.9": this formula\'s value (2,5) (and 1 other '
    "formula cell read: F4) was stored by the program that wrote the file, not computed by Excel",
    ("option", "id"): 'peringatan: Laporan!B1 "=UPPER("dinas x")": rumus tanpa nilai hasil '
    "hitungan (berkas tidak disimpan oleh Excel); diabaikan: --instansi memberi instansinya",
    ("option", "en"): 'warning: Laporan!B1 "=UPPER("dinas x")": a formula without its computed '
    "value (the file was not saved by Excel); ignored: --instansi gives the instansi",
    ("spacer", "id"): "Laporan!C1 \"Dinas Spasi\": nilai 'instansi' di kolom C, padahal dibaca "
    "dari kolom B (Laporan!B1, kosong): pindahkan ke Laporan!B1, atau hapus kolom kosong di "
    "antaranya",
    ("spacer", "en"): "Laporan!C1 \"Dinas Spasi\": the value of 'instansi' is in column C, but "
    "it is read from column B (Laporan!B1, empty): move it to Laporan!B1, or delete the empty "
    "column between them",
}


def _report(store: Path) -> dict[str, object]:
    done = run_cli("export", "-f", "json", store=store)
    assert done.returncode == 0, done.stderr
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _names(nodes: list[dict[str, object]]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        out.append(str(node["name"]))
        out += _names(node.get("children", []))  # type: ignore[arg-type]
    return out


def test_a_percent_sign_written_by_the_number_format_is_kept(tmp_path: Path) -> None:
    """85 formatted ``0.0"%"`` (Excel shows "85.0%") was read "85,0", its percent sign dropped;
    ``0.0\\%`` alike. A percent format proper (``0%``: 0.85 shown "85%") is unchanged."""

    def percents(wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write_number(2, 4, 85, wb.add_format({"num_format": '0.0"%"'}))
        ws.write_number(2, 5, 80, wb.add_format({"num_format": "0.0\\%"}))
        ws.write_number(3, 4, 0.85, wb.add_format({"num_format": "0%"}))
        ws.write_number(3, 5, 5, wb.add_format({"num_format": '0" orang"'}))

    rows: list[list[object]] = [["iku", "IKU 1", "Persentase 1", "%"], ["iku", "IKU 2", "Ind 2"]]
    store = tmp_path / "s"
    done = run_cli("import", str(_book(tmp_path / "p.xlsx", rows, fill=percents)), store=store)
    assert done.returncode == 0, done.stderr
    measures = _measures(store)
    assert measures["IKU 1"] == ("85,0 %", "80,0 %")
    assert measures["IKU 2"] == ("85 %", "5 orang")  # (imp67: its unit kept)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_spaces_and_line_breaks_typed_around_names_and_values_are_not_stored(
    tmp_path: Path, lang: str
) -> None:
    """A trailing space typed after a name, a value or the instansi was stored ("Nilai LPPD ",
    "3,22 ", "Dinas Uji "), and a name typed with Alt+Enter kept its line break: each is saved
    as ``set`` saves it, the name's whitespace folded, the value's around it off. A permasalahan
    keeps its lines (one item each)."""

    def spaced(_wb: xlsxwriter.Workbook, ws: Worksheet, meta: Worksheet | None) -> None:
        assert meta is not None
        meta.write_row(0, 0, ["instansi", " Dinas  Uji "])
        ws.write(0, 6, "permasalahan")
        ws.write(2, 6, "Data terlambat \nSDM kurang")

    rows: list[list[object]] = [
        ["iku", " IKU 1 ", "Nilai\nLPPD  daerah ", " Nilai ", "3,22 ", " 2,85"],
    ]
    store = tmp_path / "s"
    book = _book(tmp_path / "spasi.xlsx", rows, fill=spaced)
    done = run_cli("--lang", lang, "import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    assert "dinas-uji-2024" in done.stdout
    report = _report(store)
    assert report["report"]["instansi"] == "Dinas Uji"  # type: ignore[index]
    assert _names(report["nodes"]) == ["Meningkatnya kualitas", "Nilai LPPD daerah"]  # type: ignore[arg-type]
    iku = report["nodes"][0]["children"][0]  # type: ignore[index]
    assert iku["code"] == "IKU 1"
    assert iku["measure"]["satuan"] == "Nilai"
    assert (iku["measure"]["target"], iku["measure"]["realisasi"]) == ("3,22", "2,85")
    assert [p["text"] for p in iku["permasalahan"]] == ["Data terlambat", "SDM kurang"]
    # imported again unchanged: nothing differs from what is stored
    again = run_cli("--lang", lang, "import", str(book), "--overwrite", store=store)
    assert again.returncode == 0, again.stderr
    same = {
        "id": "Isi berkas sama dengan laporan tersimpan",
        "en": "The file holds what the stored",
    }
    assert same[lang] in again.stdout + again.stderr, again.stdout + again.stderr


def test_the_header_uraian_indikator_is_the_uraian_column(tmp_path: Path) -> None:
    """ "Uraian Indikator" was refused as a header row without an 'uraian' column."""

    def header(_wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write(0, 2, "Uraian Indikator")

    rows: list[list[object]] = [["iku", "IKU 1", "Nilai LPPD", "Nilai", "3,22", "2,85"]]
    store = tmp_path / "s"
    done = run_cli("import", str(_book(tmp_path / "u.xlsx", rows, fill=header)), store=store)
    assert done.returncode == 0, done.stderr
    assert _names(_report(store)["nodes"]) == ["Meningkatnya kualitas", "Nilai LPPD"]  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_formulas_value_a_program_stored_is_read_and_said(tmp_path: Path, lang: str) -> None:
    """A workbook written by a program (xlsxwriter: it asks Excel to compute every formula when
    the file opens) stores the value it was given beside a formula, which Excel never computed:
    =E3*0.9 stored with 2.5 (9 by the formula) was read 2.5 without a word. It is read as stored
    and a warning names the cells, in the preview and the import; a workbook Excel saved has no
    such flag (its values are computed: the template's round trip says nothing)."""

    def formulas(_wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write_formula(2, 5, "=E3*0.9", None, 2.5)
        ws.write_formula(3, 5, "=E4*0.9", None, 9)

    rows: list[list[object]] = [
        ["iku", "IKU 1", "Ind 1", "%", 10],
        ["iku", "IKU 2", "Ind 2", "%", 10],
    ]
    book = _book(tmp_path / "rumus.xlsx", rows, fill=formulas)
    store = tmp_path / "s"
    for extra in (["--dry-run"], []):
        done = run_cli("--lang", lang, "import", str(book), *extra, store=store)
        assert done.returncode == 0, done.stderr
        assert SAID["program", lang] in " ".join(done.stderr.split()), done.stderr
        assert done.stderr.count("F3") == 1, done.stderr  # (one warning for the sheet)
    assert _measures(store)["IKU 1"] == ("10", "2,5")
    plain = _book(tmp_path / "biasa.xlsx", rows)
    quiet = run_cli("--lang", lang, "import", str(plain), "--dry-run", store=tmp_path / "t")
    assert quiet.returncode == 0 and "F3" not in quiet.stderr, quiet.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_broken_laporan_cell_under_the_key_an_option_gives_is_said_not_refused(
    tmp_path: Path, lang: str
) -> None:
    """An instansi =UPPER(…) never computed was refused even beside the --instansi that names
    the office, which wins over the cell: nothing is misread, so it is a warning. Without the
    option it is still refused at its cell (tests/test_vals64.py)."""

    def meta(_wb: xlsxwriter.Workbook, _ws: Worksheet, sheet: Worksheet | None) -> None:
        assert sheet is not None
        sheet.write_formula(0, 1, '=UPPER("dinas x")')

    book = _book(tmp_path / "lap.xlsx", [["iku", "IKU 1", "Ind 1", "%", "10", "9"]], fill=meta)
    store = tmp_path / "s"
    done = run_cli("--lang", lang, "import", str(book), "--instansi", "Dinas Y", store=store)
    assert done.returncode == 0, done.stderr
    assert SAID["option", lang] in " ".join(done.stderr.split()), done.stderr
    assert "dinas-y-2024" in done.stdout
    refused = run_cli("--lang", lang, "import", str(book), "--tahun", "2025", store=store)
    assert refused.returncode == 2, refused.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_laporan_value_past_an_empty_column_is_said_at_its_cell(
    tmp_path: Path, lang: str
) -> None:
    """``Instansi | | Dinas Spasi`` (a spacer column) said "instansi tidak ada" of a row that gave
    one. It is refused at the value's cell with where it goes; another key's value so (a note
    beside an empty periode) is a warning, ignored."""

    def spaced(wb: xlsxwriter.Workbook, _ws: Worksheet, _meta: Worksheet | None) -> None:
        sheet = wb.add_worksheet("Laporan")
        sheet.write_row(0, 0, ["Instansi", None, "Dinas Spasi"])
        sheet.write_row(1, 0, ["tahun", "2024"])
        sheet.write_row(2, 0, ["periode", None, "diisi nanti"])

    rows: list[list[object]] = [["iku", "IKU 1", "Ind 1", "%", "10", "9"]]
    book = _book(tmp_path / "spasi.xlsx", rows, laporan=None, fill=spaced)
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stdout
    said = " ".join(done.stderr.split())
    assert SAID["spacer", lang] in said, done.stderr
    assert "tidak ada:" not in said and "is missing" not in said, done.stderr
    assert "Laporan!C3" in said, done.stderr
