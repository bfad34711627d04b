"""Import's leftovers (imp67): a unit the number format writes after the number (``0" orang"``),
a workbook Excel saved in manual calculation without computing it again, and the messiest
workbook of DOMAIN.md's list: every value read as the user sees it, or said at its cell."""

from __future__ import annotations

import datetime
import json
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from tests.conftest import run_cli
from tests.test_vals64 import _book, _measures


def test_a_unit_written_by_the_number_format_is_kept(tmp_path: Path) -> None:
    """5 formatted ``0" orang"`` (Excel shows "5 orang") was read "5", its unit dropped; a comma
    after the format's digits shows thousands (``#,##0," rb"``: 1234567 shows "1.235 rb"), so
    the unit kept is never a thousand times off."""

    def units(wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        orang = wb.add_format({"num_format": '0" orang"'})
        ws.write_number(2, 4, 10, orang)
        ws.write_number(2, 5, 8, orang)
        dokumen = wb.add_format({"num_format": '#,##0" Dokumen"'})
        ws.write_number(3, 4, 1500, dokumen)
        ws.write_number(3, 5, 1200, dokumen)
        ribu = wb.add_format({"num_format": '#,##0," rb"'})
        ws.write_number(4, 4, 1234567, ribu)
        ws.write_number(4, 5, 1000000, ribu)

    rows: list[list[object]] = [
        ["iku", "IKU 1", "Jumlah peserta", "orang"],
        ["iku", "IKU 2", "Dokumen tersusun", "Dokumen"],
        ["iku", "IKU 3", "Penerima", "rb"],
    ]
    store = tmp_path / "s"
    done = run_cli("import", str(_book(tmp_path / "u.xlsx", rows, fill=units)), store=store)
    assert done.returncode == 0, done.stderr
    measures = _measures(store)
    assert measures["IKU 1"] == ("10 orang", "8 orang")
    assert measures["IKU 2"] == ("1.500 Dokumen", "1.200 Dokumen")
    assert measures["IKU 3"] == ("1.235 rb", "1.000 rb")
    status = run_cli("status", "--json", store=store)
    assert status.returncode == 0, status.stderr
    items = {item["code"]: item for item in json.loads(status.stdout)["items"]}
    assert [items[k]["achievement"] for k in ("IKU 1", "IKU 2", "IKU 3")] == [80.0, 80.0, 80.97]
    assert "satuan" not in status.stdout  # (one unit on both sides: no note of another)


def _said(book: Path, store: Path, lang: str) -> list[str]:
    """What the import of ``book`` says on stderr, its lines joined: a dry run, then for real
    (each succeeding)."""
    out = []
    for extra in (["--dry-run"], []):
        done = run_cli("--lang", lang, "import", str(book), *extra, store=store)
        assert done.returncode == 0, done.stderr
        out.append(" ".join(done.stderr.split()))
    return out


#: The warning of a workbook Excel saved in manual calculation without computing it, by language.
MANUAL = {
    "id": 'peringatan: Data!F3 "=E3*0.9": nilai rumus ini (2,5) (juga 1 sel rumus lain yang '
    "dibaca: F4) disimpan Excel dalam mode hitung manual tanpa dihitung ulang sebelum disimpan",
    "en": 'warning: Data!F3 "=E3*0.9": this formula\'s value (2,5) (and 1 other formula cell '
    "read: F4) was saved by Excel in manual calculation without computing it again before saving",
}


def _manual(wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
    wb.set_calc_mode("manual")  # (calcMode="manual" calcOnSave="0", as Excel saves it so)
    ws.write_formula(2, 5, "=E3*0.9", None, 2.5)  # (stale: E3 is 10)
    ws.write_formula(3, 5, "=E4*0.9", None, 9)


def _on_save(book: Path) -> Path:
    """The workbook as Excel saves it in manual calculation with its default, "recalculate
    before saving" (no ``calcOnSave="0"``): its values are computed."""
    out = book.with_name("on-save.xlsx")
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                assert b'calcOnSave="0"' in data
                data = data.replace(b' calcOnSave="0"', b"")
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_saved_in_manual_calculation_says_its_values_may_be_stale(
    tmp_path: Path, lang: str
) -> None:
    """Excel saved in manual calculation with "recalculate before saving" off keeps each
    formula's value from its last computation: =E3*0.9 stored 2,5 beside E3 = 10 was read 2,5
    without a word. One warning per sheet, at the first such cell, names the others; the values
    are read. Saved with Excel's default (computed before saving), nothing is said."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Indikator 1", "%", 10],
        ["iku", "IKU 2", "Indikator 2", "%", 10],
    ]
    book = _book(tmp_path / "manual.xlsx", rows, fill=_manual)
    store = tmp_path / "s"
    for said in _said(book, store, lang):
        assert MANUAL[lang] in said, said
        assert said.count("F4") == 1 and "program" not in said, said
    assert _measures(store)["IKU 1"] == ("10", "2,5")
    again = run_cli(
        "--lang", lang, "import", str(_on_save(book)), "--dry-run", store=tmp_path / "t"
    )
    assert again.returncode == 0, again.stderr
    assert "F3" not in again.stderr and "rumus" not in again.stderr, again.stderr


#: The warning of a note under the table in the uraian column, by language.
NOTE = {
    "id": 'peringatan: Data!C6 "Catatan: data realisasi dari laporan OPD": catatan di bawah '
    "tabel, pada baris tanpa level dan tanpa isi lain; diabaikan (tidak diimpor sebagai "
    "indikator)",
    "en": 'warning: Data!C6 "Catatan: data realisasi dari laporan OPD": a note under the table, '
    "on a row without a level and nothing else; ignored (not imported as an indicator)",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_note_under_the_table_in_the_uraian_column_is_not_an_indicator(
    tmp_path: Path, lang: str
) -> None:
    """Notes ("Catatan: …", "Sumber: …", "*) …") written under the table in the uraian column, with
    no level, were read as more indicators of the last IKU ("Indikator tanpa capaian"): each is
    named at its cell and ignored. A row named so but not a note ("Sumber daya aparatur",
    another indicator without a level) is read as before."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Indikator 1", "%", "95 %", "90 %"],
        [None, "IKU 2", "Sumber daya aparatur", "%", "95 %", "96 %"],
        [],
        [None, None, "Catatan: data realisasi dari laporan OPD"],
        [None, None, "Sumber: Bagian Organisasi"],
        [None, None, "*) angka sementara"],
    ]
    book = _book(tmp_path / "catatan.xlsx", rows)
    store = tmp_path / "s"
    for said in _said(book, store, lang):
        assert NOTE[lang] in said, said
        assert "Data!C7" in said and "Data!C8" in said, said
    assert set(_measures(store)) == {"IKU 1", "IKU 2"}


#: What is said of a date typed as text, by language (a deadline indicator's target).
DATE = {
    "id": 'Data!E3 "31/12/2024": ini tanggal, bukan nilai: tulis hasilnya sebagai teks, sama di '
    "target dan realisasi bila tercapai (mis. “Tepat waktu”): capaian tidak dihitung dari tanggal",
    "en": 'Data!E3 "31/12/2024": this is a date, not a value: write its outcome as text, the same '
    "in the target and the realisasi when met (e.g. “Tepat waktu”): no capaian is computed from "
    "dates",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_date_typed_as_a_value_is_said_to_be_a_date(tmp_path: Path, lang: str) -> None:
    """A deadline indicator's target and realisasi typed as dates ("31/12/2024", "15 Januari
    2025") were refused as "not recognised as a number, percent…", and a date cell with the words
    for a value Excel turned into a date only: each is said to be a date, with what such an
    indicator holds instead; `calc` says the same."""

    def dated(wb: xlsxwriter.Workbook, ws: Worksheet, _meta: Worksheet | None) -> None:
        ws.write_datetime(
            3, 4, datetime.datetime(2024, 12, 31), wb.add_format({"num_format": "d/m/yyyy"})
        )

    rows: list[list[object]] = [
        ["iku", "IKU 1", "Tanggal penyampaian LKj", "Tanggal", "31/12/2024", "15 Januari 2025"],
        ["iku", "IKU 2", "Tanggal penetapan Renja", "Tanggal", None, "Tepat waktu"],
    ]
    book = _book(tmp_path / "tanggal.xlsx", rows, fill=dated)
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    assert DATE[lang] in said, said
    assert 'Data!F3 "15 Januari 2025": ' + DATE[lang].split(": ", 1)[1] in said, said
    assert "(batas waktu)" in said or "(a deadline)" in said, said  # (E4, a date cell)
    calc = run_cli("--lang", lang, "calc", "31-12-2024", "Tepat waktu")
    assert calc.returncode == 2 and DATE[lang].split(": ", 1)[1] in " ".join(calc.stderr.split())
