"""Import's number formats, the last silent drops (imp69): a format's negative and zero sections
(``+0.0%;-0.0%;0.0%``, ``#,##0;(#,##0)``), a negative number under a text the format writes before
it (``"≥ "0``). Workbooks are built with openpyxl in the test and read through the installed
command."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_imp68 import _nodes, _workbook, imported, measures


def test_a_formats_negative_and_zero_sections_are_read(tmp_path: Path) -> None:
    """A growth formatted ``+0.0%;-0.0%;0.0%`` (Excel shows "+5,1 %", "-1,3 %", "0,0 %") was read
    by its first section alone: -1,25 % was "+-1,3 %" and refused as no number. The negative
    section is read (its places and text, its brackets or minus the sign), and so is a zero
    section that shows digits; a number in brackets (``(#,##0)``) is the negative it holds,
    a negative under ``"≥ "0`` is the threshold -5 ("≥ -5"; Excel shows "-≥ 5"), and a word
    the negative section writes is kept and named at its cell."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Pertumbuhan ekonomi", "%", "positif", 0.051, -0.0125],
        ["iku", "IKU 2", "Pertumbuhan PAD", "%", "positif", 0.02, 0],
        ["iku", "IKU 3", "Selisih anggaran", "Rupiah", "positif", 1000, -1234.5],
        ["iku", "IKU 4", "Suhu minimum", "derajat", "positif", -5, -4],
        ["iku", "IKU 5", "Defisit", "Indeks", "negatif", 1, -2.25],
    ]
    formats = {
        "F3": "+0.0%;-0.0%;0.0%",
        "G3": "+0.0%;-0.0%;0.0%",
        "F4": "+0.0%;-0.0%;0.0%",
        "G4": "+0.0%;-0.0%;0.00%",
        "F5": "#,##0;(#,##0.0)",
        "G5": "#,##0;(#,##0.0)",
        "F6": '"≥ "0',
        "G6": "0.0;[Red]0.0",
        "G7": '0.0;"kurang "0.00;"nol"',
    }
    done, nodes = imported(tmp_path / "tanda.xlsx", rows, formats, tmp_path / "s")
    said = " ".join(done.stdout.split())
    assert 'Data!G7 "kurang -2,25"' in said, said  # (a word, not a sign: kept, named)
    got = {k: (m["target"], m["realisasi"]) for k, m in measures(nodes).items()}
    assert got == {
        "IKU 1": ("+5,1 %", "-1,3 %"),
        "IKU 2": ("+2,0 %", "0,00 %"),
        "IKU 3": ("1.000", "-1.234,5"),
        "IKU 4": ("≥ -5", "-4,0"),
        "IKU 5": ("1", "kurang -2,25"),
    }


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_signature_under_the_template_is_one_warning_not_indicators(
    tmp_path: Path, lang: str
) -> None:
    """A signature under the template's table (its place and date, title, name and NIP in the
    uraian column, after an empty row) was read as four more IKUs, each "target belum diisi";
    it is ignored and named in one warning naming its cells."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", 95, 97],
        [],
        [None, None, "Manna, 2 Januari 2025"],
        [None, None, "Kepala Dinas Uji,"],
        [],
        [None, None, "dr. Budi Santoso"],
        [None, None, "NIP 19700101 199003 1 001"],
    ]
    book = _workbook(tmp_path / "ttd.xlsx", rows, {})
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert ("IKU: 1" if lang == "id" else "(IKU): 1") in done.stdout, done.stdout
    said = " ".join(done.stderr.split())
    lines = {"id": "4 baris: hanya teks", "en": "4 rows: only text"}[lang]
    assert f'Data!C5, C6, C8, C9 "Manna, 2 Januari 2025": {lines}' in said, said
    assert said.count("Data!") == 1, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_another_currencys_sign_is_named_at_its_cell(tmp_path: Path, lang: str) -> None:
    """A budget formatted ``_("$"* #,##0_)`` (the accounting format of a computer set to the US;
    Excel shows "$ 1,500,000") was read 1.500.000 without a word: a budget in dollars is not
    Rupiah. It is still read as the number, and its cell is named with the sign; so is a
    realisasi formatted ``[$€-2] #,##0``."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai ekspor", "Rupiah", "positif", 1000, 1200, 1500000],
    ]
    formats = {"H3": '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)', "G3": "[$€-2] #,##0"}
    book = _workbook(tmp_path / "dolar.xlsx", rows, formats)
    done = run_cli("--lang", lang, "import", str(book), store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    sign = {"id": "tanda mata uang", "en": "a currency sign"}[lang]
    assert f'Data!H3 "$1.500.000": {sign} “$”' in said, said
    assert f'Data!G3 "€ 1.200": {sign} “€”' in said, said
    nodes = _nodes(tmp_path / "s")
    assert nodes["IKU 1"]["anggaran"] == "1.500.000"
    assert nodes["IKU 1"]["measure"]["realisasi"] == "1.200"  # type: ignore[index]
