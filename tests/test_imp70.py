"""Import's last silent readings (imp70): another currency's sign in a column that is not a
budget, a note inside a signature under the table. Workbooks are built with openpyxl in the test
and read through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import run_cli
from tests.test_imp68 import HEADER, _nodes, _workbook
from tests.test_imp68 import measures as _measures


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


#: The messiest workbook's last columns.
TAIL = ("cara_hitung", "anggaran", "realisasi_anggaran")
#: The Excel accounting format in Rupiah: a zero shows "Rp -", a negative "Rp (1.500)".
RUPIAH = '_("Rp"* #,##0_);_("Rp"* (#,##0);_("Rp"* "-"_);_(@_)'


def _messiest(path: Path) -> Path:
    """The messiest workbook a regional office sends (docs/import.md, DOMAIN.md): a title merged
    above the header, a header broken with Alt+Enter, a row of column numbers, a graded target
    with a sign, an English decimal, Excel's float noise, accounting formats (a zero's dash, a
    negative in brackets, in Rupiah too), a typed "(1,2 %)", "n/a", "stabilisasi", a hidden row
    with "#DIV/0!", a dollar format on a quarter, and a signature with a note inside it."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(["PERJANJIAN KINERJA TAHUN 2024"])
    ws.merge_cells("A1:M1")
    ws.append([])
    ws.append([*HEADER[:5], "Target\n2024", "Realisasi\n2024", "TW I", "TW II", "TW III", *TAIL])
    ws.append([f"({n})" for n in range(1, 14)])
    ws.append(["sasaran", "S1", "Meningkatnya kualitas pelayanan"])
    for row in (
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", "B+", "BB"],
        ["iku", "IKU 2", "Indeks kepuasan", "Indeks", "positif", 88.5, "88.51"],
        ["iku", "IKU 3", "Persentase dokumen", "%", "positif", 0.95, 100.00000000000001],
        ["iku", "IKU 4", "Jumlah laporan", "Dokumen", "positif", 12, 0, 3, 3, 0, "kumulatif"],
        ["iku", "IKU 5", "Pertumbuhan ekonomi", "%", "positif", "5 %", "(1,2 %)"],
        ["iku", "IKU 6", "Angka kemiskinan", "%", "negatif", "≤ 10", "n/a"],
        ["iku", "IKU 7", "Opini BPK", "Opini", "positif", "WTP", "WTP", *[None] * 4, 7500, -1500],
        ["iku", "IKU 8", "Inflasi", "%", "stabilisasi", "3 ± 1", "#DIV/0!"],
        ["iku", "IKU 9", "Jumlah kunjungan", "orang", "positif", 1000, 950, 20, *[None] * 3, 0, 0],
        [],
        [None, None, "Manna, 5 Januari 2025"],
        [None, None, "Catatan: data sementara"],
        [None, None, "Kepala Dinas Uji,"],
        [],
        [None, None, "dr. Budi Santoso, M.Kes"],
    ):
        ws.append(row)
    for cell, code in {
        "F8": "0%",
        "G8": "0.00",
        "G9": ACCOUNTING,
        "J9": ACCOUNTING,
        "L12": RUPIAH,
        "M12": RUPIAH,
        "H14": '"$"#,##0',
        "L14": RUPIAH,
        "M14": RUPIAH,
    }.items():
        ws[cell].number_format = code
    ws.row_dimensions[13].hidden = True
    meta = wb.create_sheet("Laporan")
    meta.append(["instansi", "Dinas Uji"])
    meta.append(["tahun", 2024])
    wb.save(path)
    return path


def test_the_messiest_workbook_keeps_or_names_every_value(tmp_path: Path) -> None:
    """Each value of the messiest workbook is read as Excel shows it, or named at its cell: the
    zero shown "-" (not a budget's "Rp -", the accounting nil a typed "-" is too), the typed
    and the formatted brackets, the dollar on a quarter, the hidden row and its error, one
    warning for the signature and its note; "stabilisasi" is the polaritas stabil."""
    said, nodes = _imported(_messiest(tmp_path / "kacau.xlsx"), tmp_path / "s", "id")
    for start in (
        'Data!F3 "Target 2024": dibaca sebagai target',
        'Data!G3 "Realisasi 2024": dibaca sebagai realisasi',
        'Data!F6 "B+": predikat dengan tanda “+”',
        'Data!G7 "88.51": titik dibaca sebagai tanda desimal (88,51)',
        'Data!G9 "-": angka 0 yang ditampilkan “-”',
        'Data!J9 "-": angka 0 yang ditampilkan “-”',
        'Data!G10 "(1,2 %)": angka dalam kurung dibaca negatif, -1,2 %',
        'Data!M12 "Rp (1.500)": angka dalam kurung dibaca negatif, -1.500',
        "Data!13:13: 1 baris tersembunyi",
        'Data!G13 "#DIV/0!": galat Excel',
        'Data!H14 "$20": tanda mata uang “$”',
        'Data!C16, C17, C18, C20 "Manna, 5 Januari 2025": 4 baris: hanya teks',
    ):
        assert start in said, (start, said)
    assert said.count("peringatan:") == 12 and "L14" not in said and "M14" not in said, said
    got = {k: (m["target"], m["realisasi"]) for k, m in _measures(nodes).items()}
    assert got == {
        "IKU 1": ("B+", "BB"),
        "IKU 2": ("88,5", "88.51"),
        "IKU 3": ("95 %", "100,00"),
        "IKU 4": ("12", "0"),
        "IKU 5": ("5 %", "-1,2 %"),
        "IKU 6": ("≤ 10", "n/a"),
        "IKU 7": ("WTP", "WTP"),
        "IKU 8": ("3 ± 1", None),
        "IKU 9": ("1000", "950"),
    }
    assert _measures(nodes)["IKU 8"]["polaritas"] == "stabil"
    assert (nodes["IKU 7"]["anggaran"], nodes["IKU 7"]["realisasi_anggaran"]) == (
        "Rp 7.500",
        "-1.500",
    )
    assert nodes["IKU 9"]["anggaran"] == "Rp 0"  # (a budget's dash: the nil it is, not named)


def _pk_said(path: Path, under: list[list[object]], lang: str) -> str:
    """The warnings (on one line) of the dry import of a hand-made PK table of one indicator
    with the rows ``under`` below it."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "PK"
    ws.append(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"])
    ws.append([1, "Meningkatnya pelayanan", "Indikator 1", "km", 95, 97])
    for row in under:
        ws.append(row)
    wb.save(path)
    args = ("--instansi", "Dinas Uji", "--tahun", "2024", "--dry-run")
    done = run_cli("--lang", lang, "import", str(path), *args, store=path.parent / "s")
    assert done.returncode == 0, done.stderr
    return " ".join(done.stderr.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_note_in_a_pk_tables_signature_is_no_sasaran(tmp_path: Path, lang: str) -> None:
    """Under a hand-made PK table (Sasaran and Indikator), a "Catatan:" line in the Sasaran column
    between the signature's date and its title was read as a sasaran without indicators, and
    the title after it was refused ("indikator kosong"): nothing imported. The note is one of the
    signature's lines, one warning; right under the table (no empty row) too."""
    date, note = [None, None, None, None, "Manna, 2 Januari 2025"], [None, "Catatan: sementara"]
    title = [None, None, None, None, "Kepala Dinas,"]
    lines = {"id": "3 baris: hanya teks", "en": "3 rows: only text"}[lang]
    said = _pk_said(tmp_path / "pk.xlsx", [[], date, note, title], lang)
    assert f'PK!E4, B5, E6 "Manna, 2 Januari 2025": {lines}' in said, said
    assert said.count("PK!") == 1, said
    said = _pk_said(tmp_path / "catatan.xlsx", [note, date, title], lang)
    assert f'PK!B3, E4, E5 "Catatan: sementara": {lines}' in said, said
    assert said.count("PK!") == 1, said
