"""Import's last silent readings (imp70): another currency's sign in a column that is not a
budget, a note inside a signature under the table. Workbooks are built with openpyxl in the test
and read through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_imp68 import HEADER, _nodes, _workbook


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


def _imported(book: Path, store: Path, lang: str) -> tuple[str, dict[str, dict[str, object]]]:
    """The import of ``book`` into ``store`` (it succeeds): its warnings on one line, and the
    nodes the store then holds."""
    done = run_cli("--lang", lang, "import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    return " ".join(done.stderr.split()), _nodes(store)


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


#: The accounting format (Excel's "Accounting" without a sign): a zero shows "-", a negative
#: "(1.234)".
ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'


#: What the import says of a number in brackets read as negative ({r}) and what to write ({p}).
BRACKETS = {
    "id": "angka dalam kurung dibaca negatif, {r} (cara akuntansi menulis bilangan negatif; "
    "Excel juga membacanya begitu): bila bukan negatif, tulis {p} tanpa kurung",
    "en": "a number in brackets is read as negative, {r} (the accounting way of writing a "
    "negative; Excel reads it so too): if it is not negative, write {p} without brackets",
}
#: What the import says of a 0 its format shows as {s}.
DASH = {
    "id": "angka 0 yang ditampilkan “{s}” oleh format selnya; dibaca 0: bila maksudnya "
    "belum ada data, kosongkan selnya",
    "en": "a 0 its cell's format shows as “{s}”; read 0: if it means there is no data yet, "
    "empty the cell",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_number_in_brackets_typed_or_formatted_is_one_rule(tmp_path: Path, lang: str) -> None:
    """A typed "(5)" was refused while -5 formatted ``#,##0;(#,##0)`` (Excel shows "(5)") read -5
    without a word. One rule for both, as Excel reads "(5)" typed into a cell: the negative it
    is in accounting, named at its cell with what to write if it is not; a budget's "(1.000)"
    and a percent "(1,5 %)" alike."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Selisih diketik", "Indeks", "positif", 1, "(5)", "(1.000)"],
        ["iku", "IKU 2", "Selisih berformat", "Indeks", "positif", 1, -5],
        ["iku", "IKU 3", "Pertumbuhan", "%", "positif", "(1,5 %)", -1234],
    ]
    formats = {"G4": "#,##0;(#,##0)", "G5": ACCOUNTING}
    said, nodes = _imported(_book(tmp_path / "k.xlsx", rows, formats), tmp_path / "s", lang)
    rule = BRACKETS[lang]
    for cell, text, read in (
        ("G3", "(5)", "-5"),
        ("H3", "(1.000)", "-1.000"),
        ("G4", "(5)", "-5"),
        ("F5", "(1,5 %)", "-1,5 %"),
        ("G5", "(1.234)", "-1.234"),
    ):
        plain = read.removeprefix("-")
        assert f'Data!{cell} "{text}": ' + rule.format(r=read, p=plain) in said, said
    got = {
        k: (nodes[k]["measure"]["target"], nodes[k]["measure"]["realisasi"])
        for k in ("IKU 1", "IKU 2", "IKU 3")
    }  # type: ignore[index]
    assert got == {"IKU 1": ("1", "-5"), "IKU 2": ("1", "-5"), "IKU 3": ("-1,5 %", "-1.234")}
    assert nodes["IKU 1"]["anggaran"] == "-1.000"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_zero_shown_as_a_dash_by_its_format_is_named(tmp_path: Path, lang: str) -> None:
    """A realisasi 0 under the accounting format (Excel shows "-") or ``0;-0;"–"`` was read 0
    without a word, a capaian of 0 %, where a dash in a report often means "no data" (a "-"
    typed reads as not filled in). It is read 0, the number the cell holds, and named at its
    cell with what to do if it means no data; a 0 the format hides (``0;-0;``) too. A 0 shown
    "0", and a dashed 0 outside the value columns (the kode), are not named."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Akuntansi", "Dokumen", "positif", 5, 0],
        ["iku", "IKU 2", "Pisah", "Dokumen", "positif", 5, 0],
        ["iku", "IKU 3", "Sembunyi", "Dokumen", "positif", 5, 0],
        ["iku", "IKU 4", "Biasa", "Dokumen", "positif", 5, 0],
        ["iku", 0, "Kode nol", "Dokumen", "positif", 5, 4],
    ]
    formats = {"G3": ACCOUNTING, "G4": '0;-0;"–"', "G5": "0;-0;", "G6": "0", "B7": ACCOUNTING}
    said, nodes = _imported(_book(tmp_path / "n.xlsx", rows, formats), tmp_path / "s", lang)
    dash = DASH[lang]
    assert 'Data!G3 "-": ' + dash.format(s="-") in said, said
    assert 'Data!G4 "–": ' + dash.format(s="–") in said, said
    hidden = {
        "id": "tidak ditampilkan format selnya (tampak kosong); dibaca 0",
        "en": "does not show (it looks empty); read 0",
    }[lang]
    assert 'Data!G5 "0": ' in said and hidden in said, said
    assert "G6" not in said and "B7" not in said, said
    assert {k: m["measure"]["realisasi"] for k, m in nodes.items() if k.startswith("IKU")} == {  # type: ignore[index]
        "IKU 1": "0",
        "IKU 2": "0",
        "IKU 3": "0",
        "IKU 4": "0",
    }
