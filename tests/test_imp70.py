"""Import's last silent readings (imp70): another currency's sign in a column that is not a
budget, a note inside a signature under the table. Workbooks are built with openpyxl in the test
and read through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_imp68 import HEADER, _workbook


def _book(
    path: Path,
    rows: list[list[object]],
    formats: dict[str, str] | None = None,
    header: list[str] = HEADER,
) -> Path:
    """The workbook of :func:`tests.test_imp68._workbook`."""
    return _workbook(path, rows, formats or {}, header)


def _dry(book: Path, store: Path, lang: str) -> tuple[str, str]:
    """What ``import --dry-run`` printed (its output, and its messages with lines joined)."""
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=store)
    assert done.returncode == 0, done.stderr
    return done.stdout, " ".join(done.stderr.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_another_currencys_sign_is_named_in_every_value_column(tmp_path: Path, lang: str) -> None:
    """A quarter and a Renstra year's target formatted ``"$"#,##0`` (Excel shows "$20") were
    refused as "no number", so the workbook did not import; a target's "$95" of an indicator in
    Nilai was said to be read "in Rupiah". Each is read as its number and named at its cell, in
    its indicator's satuan; a budget's in Rupiah as before."""
    header = [*HEADER, "tw1", "target_2025"]
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", 95, 97, 1000, 20, 96],
    ]
    formats = {"F3": '"$"#,##0', "H3": '"$"#,##0', "I3": '"$"#,##0', "J3": "[$€-2] #,##0"}
    book = _book(tmp_path / "dolar.xlsx", rows, formats, header)
    out, said = _dry(book, tmp_path / "s", lang)
    assert ("IKU: 1" if lang == "id" else "(IKU): 1") in out, out
    unit = {
        "id": "tanpa tanda itu, dalam satuan indikatornya (Nilai)",
        "en": "without the sign, in its indicator's satuan (Nilai)",
    }[lang]
    sign = {"id": "tanda mata uang", "en": "a currency sign"}[lang]
    read = {"id": "dibaca", "en": "read"}[lang]
    for cell, text, number in (("I3", "$20", "20"), ("J3", "€ 96", "96"), ("F3", "$95", "95")):
        assert f'Data!{cell} "{text}": {sign} “{text[0]}”' in said, said
        assert f"{read} {number}, {unit}" in said, said
    rupiah = {"id": "dibaca 1.000, dalam Rupiah", "en": "read 1.000, in Rupiah"}[lang]
    assert f'Data!H3 "$1.000": {sign} “$” ' in said and rupiah in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_note_inside_a_signature_keeps_it_one_warning(tmp_path: Path, lang: str) -> None:
    """A "Catatan:" line between a signature's place and its title split the signature's one
    warning in two, and the title after it was imported as one more IKU ("target belum diisi").
    The note is one of the signature's lines: one warning naming them all, one IKU imported."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", 95, 97],
        [],
        [None, None, "Manna, 2 Januari 2025"],
        [None, None, "Catatan: data sementara"],
        [None, None, "Kepala Dinas Uji,"],
        [],
        [None, None, "dr. Budi Santoso"],
    ]
    out, said = _dry(_book(tmp_path / "ttd.xlsx", rows), tmp_path / "s", lang)
    assert ("IKU: 1" if lang == "id" else "(IKU): 1") in out, out
    lines = {"id": "4 baris: hanya teks", "en": "4 rows: only text"}[lang]
    assert f'Data!C5, C6, C7, C9 "Manna, 2 Januari 2025": {lines}' in said, said
    assert said.count("Data!") == 1, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_signature_right_under_a_note_is_not_indicators(tmp_path: Path, lang: str) -> None:
    """A note right under the table (no empty row) then the signature: the signature's lines
    were read as more IKUs. A note ends the table as an empty row does: one warning; notes alone
    after the table are each named as a note, as before."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", 95, 97],
        [None, None, "Sumber: Bagian Organisasi"],
        [None, None, "Kepala Dinas Uji,"],
        [None, None, "dr. Budi Santoso"],
    ]
    out, said = _dry(_book(tmp_path / "ttd.xlsx", rows), tmp_path / "s", lang)
    assert ("IKU: 1" if lang == "id" else "(IKU): 1") in out, out
    lines = {"id": "3 baris: hanya teks", "en": "3 rows: only text"}[lang]
    assert f'Data!C4, C5, C6 "Sumber: Bagian Organisasi": {lines}' in said, said
    notes = _book(tmp_path / "catatan.xlsx", [*rows[:2], [None, None, "*) angka sementara"]])
    out, said = _dry(notes, tmp_path / "t", lang)
    note = {"id": "catatan di bawah tabel", "en": "a note under the table"}[lang]
    assert said.count(note) == 2 and "Data!C5" in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_json_documents_filled_quarter_is_named_as_a_workbooks_is(
    tmp_path: Path, lang: str
) -> None:
    """A JSON document whose IKU has its fourth quarter and no realisasi nor cara_hitung was told
    only "realisasi belum diisi", where a workbook's line names the quarter and what to fill in
    (imp68): it says the same, its realisasi a field, not a column."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    exported = run_cli("export", "-f", "json", store=store)
    document = json.loads(exported.stdout)
    document["report"]["id"] = "uji-tw"
    first = document["nodes"][0]
    while not first.get("measure"):
        first = first["children"][0]
    first["measure"].update(realisasi=None, triwulan=[None, None, None, "96"])
    first["measure"].pop("cara_hitung", None)
    path = tmp_path / "tw.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out, _ = _dry(path, store, lang)
    out = " ".join(out.split())
    fix = {
        "id": "triwulan terisi (Triwulan IV: 96), cara_hitung kosong: isi cara_hitung "
        "(nilai_akhir, kumulatif atau rata_rata) agar realisasi tahun ini dihitung dari "
        "triwulan, atau isi realisasinya",
        "en": "quarters are filled (Quarter 4: 96), cara_hitung is empty: fill in cara_hitung "
        "(nilai_akhir, kumulatif or rata_rata) to derive the year's realisasi from them, or "
        "fill in its realisasi",
    }[lang]
    assert f"- {first['code']}: " in out and fix in out, out
