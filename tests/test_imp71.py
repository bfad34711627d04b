"""Import's readings the sheet shows otherwise (imp71): a negative its format shows without a
minus (``0.0;[Red]0.0``), a dotted kode in brackets in a value cell, a signature and its notes
under the cascading form. Workbooks are built with openpyxl in the test and read through the
installed command."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import run_cli
from tests.test_imp68 import _workbook, measures
from tests.test_imp70 import _dry, _imported
from tests.test_import_forms import CASCADE, CASCADE_HEAD


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_negative_shown_without_its_minus_is_named_at_its_cell(tmp_path: Path, lang: str) -> None:
    """A realisasi -5.5 under ``0.0;[Red]0.0`` (Excel's "red negative": the sheet shows 5,5 in
    red) was read -5,5 without a word. It is still read as the negative the cell holds (red, as
    brackets, marks a negative in accounting), and its cell is named with what the sheet shows,
    its colour, the number read and what to type if it is not negative; so is a negative under
    ``0;0`` (no colour), a budget's too. A negative section with a minus (``0.0;[Red]-0.0``) or
    a word (``0;"kurang "0``) is not named so."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Pertumbuhan ekonomi", "%", "positif", 5, -5.5],
        ["iku", "IKU 2", "Selisih", "Indeks", "positif", 1, -2, -1500000],
        ["iku", "IKU 3", "Suhu", "derajat", "positif", -3, -4],
        ["iku", "IKU 4", "Defisit", "Indeks", "negatif", 1, -2],
    ]
    formats = {
        "G3": "0.0;[Red]0.0",
        "G4": "0;0",
        "H4": "#,##0;[Red]#,##0",
        "F5": "0.0;[Red]-0.0",
        "G5": "0;[Red]-0",
        "G6": '0;"kurang "0',
    }
    said, nodes = _imported(_workbook(tmp_path / "merah.xlsx", rows, formats), tmp_path / "s", lang)
    head = {
        "id": "bilangan negatif yang ditampilkan format selnya tanpa tanda minus",
        "en": "a negative number its cell's format shows without a minus",
    }[lang]
    red = {"id": " (berwarna merah)", "en": " (in red)"}[lang]
    read, holds = {
        "id": ("dibaca", "bilangan yang disimpan selnya"),
        "en": ("read", "the number the cell holds"),
    }[lang]
    typed = {"id": "bila bukan negatif, ketik", "en": "if it is not negative, type"}[lang]
    assert f'Data!G3 "5,5": {head}{red}; {read} -5,5, {holds}' in said, said
    assert f"{typed} 5,5" in said, said
    assert f'Data!G4 "2": {head}; {read} -2, {holds}' in said, said  # (no colour)
    assert f'Data!H4 "1.500.000": {head}{red}; {read} -1.500.000' in said, said
    assert said.count(head) == 3, said  # (a minus shown, or a word: not named so)
    got = {k: (m["target"], m["realisasi"]) for k, m in measures(nodes).items()}
    assert got == {
        "IKU 1": ("5", "-5,5"),
        "IKU 2": ("1", "-2"),
        "IKU 3": ("-3,0", "-4"),
        "IKU 4": ("1", "kurang -2"),
    }
    assert nodes["IKU 2"]["anggaran"] == "-1.500.000"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dotted_kode_in_brackets_gets_its_own_message(tmp_path: Path, lang: str) -> None:
    """A kode such as "(1.2.3)" (a program's number pasted into a value cell) was refused with
    the generic "tidak dikenali sebagai angka, persen, …", and in a budget with "tulis -1.2.3
    bila memang negatif", which is no number either. It is said to be a kode, not a value, with
    where the kode goes; in the import, ``set`` and ``calc`` alike."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", "(1.2.3)", 70],
        ["iku", "IKU 2", "Nilai LPPD", "Nilai", "positif", 3, 3, "(1.02.2.01)"],
    ]
    done = run_cli(
        "--lang",
        lang,
        "import",
        str(_workbook(tmp_path / "k.xlsx", rows, {})),
        store=tmp_path / "s",
    )
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    kode = {
        "id": "tampak seperti kode bertitik dalam kurung",
        "en": "looks like a dotted code in brackets",
    }[lang]
    assert f'Data!F3 "(1.2.3)": {kode} (1.2.3)' in said, said
    assert f'Data!H4 "(1.02.2.01)": {kode} (1.02.2.01)' in said, said
    generic = {"id": "tidak dikenali sebagai angka", "en": "not recognised as a number"}[lang]
    assert generic not in said and "-1.02.2.01" not in said, said
    calc = run_cli("--lang", lang, "calc", "(1.2.3)", "70")
    assert calc.returncode == 2, calc.stdout + calc.stderr
    assert kode in " ".join((calc.stdout + calc.stderr).split())
    store = tmp_path / "b"
    assert run_cli("init", "--store", str(store)).returncode == 0
    typed = run_cli("--lang", lang, "set", "IKU 1", "target", "(1.2.3)", store=store)
    assert typed.returncode == 2, typed.stdout + typed.stderr
    assert kode in " ".join((typed.stdout + typed.stderr).split())
    # (a number in brackets is still one: "(1.234.567)" reads as the negative in the import)
    _, said = _dry(
        _workbook(tmp_path / "n.xlsx", [[*rows[1][:7], "(1.234.567)"]], {}), tmp_path / "t", lang
    )
    assert 'Data!H3 "(1.234.567)"' in said and kode not in said, said


def _cascade(path: Path, under: list[list[object]]) -> Path:
    """The cascading form of ``tests/test_import_forms`` on a sheet "Cascading", ``under`` its
    table's rows (each a row of cells from column A), instansi and year on "Laporan"."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Cascading"
    ws.append(CASCADE_HEAD)
    for row in [*CASCADE, *under]:
        ws.append(row)
    meta = wb.create_sheet("Laporan")
    meta.append(["instansi", "Bappeda"])
    meta.append(["tahun", 2024])
    wb.save(path)
    return path


def _lines(column: int, texts: list[str | None]) -> list[list[object]]:
    """A row a text, in ``column`` (0: A); None an empty row."""
    return [[] if t is None else [None] * column + [t] for t in texts]


#: A signature with a note among its lines, under an empty row.
_SIGNED = [None, "Manna, 2 Januari 2025", "Catatan: data sementara", "Kepala Dinas Uji,", None]
_SIGNED += ["dr. Budi Santoso", "NIP 19700101 199003 1 001"]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("column", "letter"), [(0, "A"), (2, "C"), (6, "G")])
def test_a_signature_under_the_cascading_form_in_any_column_is_one_warning(
    tmp_path: Path, lang: str, column: int, letter: str
) -> None:
    """A signature (with a note among its lines) under the cascading form, written in its
    Indikator column was read as five more IKUs ("target belum diisi"), in its Level column
    refused as five unknown levels, under Target as five "nilai indikator tanpa indikator" (only
    the Teks column was read as a signature). In each it is one warning naming its cells, and
    the form's nodes alone are imported."""
    book = _cascade(tmp_path / "c.xlsx", _lines(column, _SIGNED))
    out, said = _dry(book, tmp_path / "s", lang)
    counts = {
        "id": "Tujuan: 1, Sasaran: 2, IKU: 4, Program: 1, Kegiatan: 1, Indikator kegiatan: 2",
        "en": "(IKU): 4",
    }[lang]
    assert counts in out, out
    lines = {"id": "5 baris: hanya teks", "en": "5 rows: only text"}[lang]
    places = ", ".join(f"{letter}{r}" for r in (10, 11, 13, 14))
    assert f'Cascading!{letter}9, {places} "Manna, 2 Januari 2025": {lines}' in said, said
    assert said.count("Manna") == 1 and "Budi" not in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_note_right_under_the_cascading_form_ends_its_table(tmp_path: Path, lang: str) -> None:
    """A note right under the cascading form's table (no empty row), then the signature in the
    Teks column, on the right under Target: each line was refused ("level kosong tetapi teks
    terisi", "nilai indikator tanpa indikator"), nothing imported. The note ends the table as
    an empty row does: one warning; a note alone is named as a note."""
    under: list[list[object]] = [
        [None, "Sumber: Bagian Organisasi"],
        [None] * 6 + ["Kepala Dinas Uji,"],
        [None] * 6 + ["dr. Budi Santoso"],
    ]
    _, said = _dry(_cascade(tmp_path / "c.xlsx", under), tmp_path / "s", lang)
    lines = {"id": "3 baris: hanya teks", "en": "3 rows: only text"}[lang]
    assert f'Cascading!B8, G9, G10 "Sumber: Bagian Organisasi": {lines}' in said, said
    _, said = _dry(_cascade(tmp_path / "n.xlsx", under[:1]), tmp_path / "t", lang)
    note = {"id": "catatan di bawah tabel", "en": "a note under the table"}[lang]
    assert f'Cascading!B8 "Sumber: Bagian Organisasi": {note}' in said, said
