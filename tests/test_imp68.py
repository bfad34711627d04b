"""Import's forms still dropped or misnamed (imp68): the text a number format writes before the
number (``"≥ "0``: Excel shows "≥ 95"), a date typed with dots ("31.12.2024"), and the messiest
workbook a regional office sends: every value read as Excel shows it, or said at its cell.
Workbooks are built with openpyxl in the test and read through the installed command."""

from __future__ import annotations

import json
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from openpyxl import Workbook

from tests.conftest import run_cli

HEADER = ["level", "kode", "uraian", "satuan", "polaritas", "target", "realisasi", "anggaran"]


def _workbook(
    path: Path, rows: list[list[object]], formats: dict[str, str], header: list[str] = HEADER
) -> Path:
    """``rows`` under ``header`` (the template's) on ``Data`` (a sasaran first), the cells of
    ``formats`` (Data's, or ``Laporan!B2``) in those number formats; instansi and year on
    ``Laporan``."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(header)
    ws.append(["sasaran", "S1", "Meningkatnya kualitas"])
    for row in rows:
        ws.append(row)
    meta = wb.create_sheet("Laporan")
    meta.append(["instansi", "Dinas Uji"])
    meta.append(["tahun", 2024])
    for ref, code in formats.items():
        sheet, cell = ref.split("!") if "!" in ref else ("Data", ref)
        wb[sheet][cell].number_format = code
    wb.save(path)
    return path


def _nodes(store: Path) -> dict[str, dict[str, object]]:
    """kode → node of the report the store holds, as its JSON export gives them."""
    done = run_cli("export", "-f", "json", store=store)
    assert done.returncode == 0, done.stderr
    out: dict[str, dict[str, object]] = {}

    def walk(nodes: list[dict[str, object]]) -> None:
        for node in nodes:
            out[str(node.get("code"))] = node
            walk(node.get("children", []))  # type: ignore[arg-type]

    walk(json.loads(done.stdout)["nodes"])
    return out


def imported(
    path: Path, rows: list[list[object]], formats: dict[str, str], store: Path
) -> tuple[CompletedProcess[str], dict[str, dict[str, object]]]:
    """The workbook of :func:`_workbook` imported into ``store`` by the installed command: what
    it said, and the nodes the store then holds (:func:`_nodes`)."""
    done = run_cli("import", str(_workbook(path, rows, formats)), store=store)
    assert done.returncode == 0, done.stderr
    return done, _nodes(store)


def measures(nodes: dict[str, dict[str, object]]) -> dict[str, dict[str, str]]:
    """kode → measure of the nodes that have one."""
    return {k: n["measure"] for k, n in nodes.items() if n.get("measure")}  # type: ignore[misc]


def test_the_text_a_format_writes_before_the_number_is_kept(tmp_path: Path) -> None:
    """95 formatted ``"≥ "0`` (Excel shows "≥ 95") was read "95": a threshold read as a plain
    target. The text before the number is kept as shown and read as what it is (≥, >, ≤); a
    number kode formatted ``"IKU "0`` is "IKU 4" as the sheet shows, a year ``"Tahun "0`` is the
    year; "Rp" stays "Rp ", and a dollar sign of the locale's accounting format on a budget is
    not kept (lkj-tui's amounts are Rupiah)."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", 95, 97],
        ["iku", "IKU 2", "Indeks", "Indeks", "positif", 3.51, 3.51],
        ["iku", "IKU 3", "Kemiskinan", "%", "negatif", 0.05, 0.048],
        ["iku", 4, "Dokumen", "Dokumen", "positif", 5, 5, 1500000],
        ["iku", "IKU 5", "Minimal", "%", "positif", 80, 85, 2000000],
    ]
    formats = {
        "F3": '"≥ "0',
        "F4": '">"0.00',
        "G4": "0.00",
        "F5": '"≤ "0.0%',
        "G5": "0.0%",
        "B6": '"IKU "0',
        "H6": '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"_);_(@_)',
        "F7": '"Min. "0" %"',
        "H7": '"Rp "#,##0',
        "Laporan!B2": '"Tahun "0',
    }
    store = tmp_path / "s"
    done, nodes = imported(tmp_path / "prefix.xlsx", rows, formats, store)
    assert "dinas-uji-2024" in done.stdout
    got = {k: (m["target"], m["realisasi"]) for k, m in measures(nodes).items()}
    assert got == {
        "IKU 1": ("≥ 95", "97"),
        "IKU 2": (">3,51", "3,51"),
        "IKU 3": ("≤ 5,0 %", "4,8 %"),
        "IKU 4": ("5", "5"),
        "IKU 5": ("Min. 80 %", "85"),
    }
    assert nodes["IKU 4"]["anggaran"] == "1.500.000"
    assert nodes["IKU 5"]["anggaran"] == "Rp 2.000.000"
    status = run_cli("status", "--json", store=store)
    assert status.returncode == 0, status.stderr
    items = {item["code"]: item for item in json.loads(status.stdout)["items"]}
    # ≥ 95 met by 97, ≤ 5 % met by 4,8 %: computed against the bound; > 3,51 not met by 3,51
    assert items["IKU 1"]["achievement"] == 102.11
    assert items["IKU 3"]["achievement"] == 104.0
    assert items["IKU 2"]["achievement"] is None and items["IKU 2"]["under_target"] is True
    assert {items[k]["method"] for k in ("IKU 1", "IKU 2", "IKU 3", "IKU 5")} == {"ambang"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_date_typed_with_dots_is_said_to_be_a_date(tmp_path: Path, lang: str) -> None:
    """ "31.12.2024" (a date as many Indonesian offices type it) was refused as "not a valid
    number", unlike "31/12/2024": it is said to be a date, with what a deadline indicator holds
    instead; so is "2024.12.31"; `calc` says the same."""
    rows: list[list[object]] = [
        [
            "iku",
            "IKU 1",
            "Tanggal penyampaian LKj",
            "Tanggal",
            "positif",
            "31.12.2024",
            "2025.02.28",
        ],
    ]
    book = _workbook(tmp_path / "titik.xlsx", rows, {})
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    date = {"id": "ini tanggal, bukan nilai", "en": "this is a date, not a value"}[lang]
    assert f'Data!F3 "31.12.2024": {date}' in said, said
    assert f'Data!G3 "2025.02.28": {date}' in said, said
    assert "angka yang sah" not in said and "valid number" not in said, said
    calc = run_cli("--lang", lang, "calc", "31.12.2024", "Tepat waktu")
    assert calc.returncode == 2 and date in calc.stderr, calc.stderr


#: What the import says of each messy cell, by language: its place and text, then its reason's
#: start (each was "tidak dikenali sebagai angka…", "ambang tidak sah" or "satuan ganda").
MESSY = {
    "id": [
        'Data!F3 "(5)": angka dalam kurung dibaca negatif, -5 (cara akuntansi menulis bilangan '
        "negatif; Excel juga membacanya begitu): bila bukan negatif, tulis 5 tanpa kurung",  # imp70
        'Data!F4 "> = 80": tanda “> =” terpisah: tulis ≥ 80 (atau >= 80)',
        'Data!F5 "95*": tanda “*” (catatan kaki) bukan bagian nilai: tulis 95',
        'Data!G5 "96 *)": tanda “*)” (catatan kaki) bukan bagian nilai: tulis 96',
        'Data!F6 "Rp 1,2 M": jumlah Rupiah ditulis dengan “M”: tulis jumlahnya penuh, '
        "Rp 1.200.000.000",
        'Data!G6 "Rp 850 juta": jumlah Rupiah ditulis dengan “juta”: tulis jumlahnya penuh, '
        "Rp 850.000.000",
        'Data!F7 "00:30:00": jam atau perbandingan (a:b) tidak dibaca sebagai nilai',
        'Data!G7 "1:2.500": jam atau perbandingan (a:b) tidak dibaca sebagai nilai',
        'Data!F8 "95+": tanda “+” di belakang angka: bila maksudnya paling sedikit 95, tulis ≥ 95',
        'Data!G8 "9O%": huruf O di antara angka: tulis angka nol (0), 90%',
        'Data!H9 "1,5 miliar": jumlah Rupiah ditulis dengan “miliar”: tulis jumlahnya penuh, '
        "Rp 1.500.000.000",
    ],
    "en": [
        'Data!F3 "(5)": a number in brackets is read as negative, -5 (the accounting way of '
        "writing a negative; Excel reads it so too): if it is not negative, write 5 without "
        "brackets",  # imp70
        'Data!F4 "> = 80": the sign “> =” is split: write ≥ 80 (or >= 80)',
        'Data!F5 "95*": the mark “*” (a footnote) is no part of the value: write 95',
        'Data!G5 "96 *)": the mark “*)” (a footnote) is no part of the value: write 96',
        'Data!F6 "Rp 1,2 M": an amount of Rupiah written with “M”: write the amount in full, '
        "Rp 1.200.000.000",
        'Data!G6 "Rp 850 juta": an amount of Rupiah written with “juta”: write the amount in '
        "full, Rp 850.000.000",
        'Data!F7 "00:30:00": a time or a ratio (a:b) is not read as a value',
        'Data!G7 "1:2.500": a time or a ratio (a:b) is not read as a value',
        'Data!F8 "95+": a “+” after the number: if at least 95 is meant, write ≥ 95',
        'Data!G8 "9O%": a letter O among the digits: write the digit zero (0), 90%',
        'Data!H9 "1,5 miliar": an amount of Rupiah written with “miliar”: write the amount in '
        "full, Rp 1.500.000.000",
    ],
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_messiest_workbooks_values_are_each_said_at_their_cell(
    tmp_path: Path, lang: str
) -> None:
    """The forms a regional office's workbook holds that were refused with the generic "not
    recognised as a number…" (or "two units", "not a valid threshold"): a number in brackets,
    a split "> =", footnote marks, Rupiah in millions, a time cell and a ratio, a "+" after the
    number, a letter O for a zero, a budget in words; each is said at its cell with what to
    write. A header broken with Alt+Enter is quoted as Excel shows it, "Target 2024", not
    "Target\\x0a2024"."""
    import datetime

    rows: list[list[object]] = [
        ["iku", "IKU 1", "Kurung", "%", "positif", "(5)", "5"],
        ["iku", "IKU 2", "Ambang", "%", "positif", "> = 80", "85"],
        ["iku", "IKU 3", "Catatan kaki", "%", "positif", "95*", "96 *)"],
        ["iku", "IKU 4", "Rupiah", "Rp", "positif", "Rp 1,2 M", "Rp 850 juta"],
        ["iku", "IKU 5", "Waktu", "jam", "negatif", datetime.time(0, 30), "1:2.500"],
        ["iku", "IKU 6", "Plus", "%", "positif", "95+", "9O%"],
        ["iku", "IKU 7", "Anggaran", "%", "positif", "90", "91", "1,5 miliar"],
    ]
    book = _workbook(tmp_path / "kacau.xlsx", rows, {})
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["Data"]["F1"] = "Target\n2024"  # (Alt+Enter in the header)
    wb.save(book)
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    for line in MESSY[lang]:
        assert line in said, (line, said)
    assert "tidak dikenali" not in said and "not recognised" not in said, said
    assert "satuan ganda" not in said and "two units" not in said, said
    assert '"Target 2024"' in said and "x0a" not in said, said
    calc = run_cli("--lang", lang, "calc", "95*", "96")
    assert calc.returncode == 2 and MESSY[lang][2].split(": ", 1)[1] in calc.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_quarters_without_cara_hitung_are_named_where_the_realisasi_is_missing(
    tmp_path: Path, lang: str
) -> None:
    """A workbook whose one realisasi column is "Realisasi TW IV" (read as the fourth quarter)
    had no capaian, told only "realisasi belum diisi": the line says the quarter is filled and
    that cara_hitung (or the realisasi column) makes the year's realisasi; with cara_hitung
    nilai_akhir the capaian is the quarter's."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(["level", "kode", "uraian", "satuan", "cara_hitung", "target", "Realisasi TW IV"])
    ws.append(["sasaran", "S1", "Meningkatnya kualitas"])
    ws.append(["iku", "IKU 1", "Indeks", "Nilai", None, 80, 96])
    ws.append(["iku", "IKU 2", "Indeks lain", "Nilai", "nilai_akhir", 80, 96])
    meta = wb.create_sheet("Laporan")
    meta.append(["instansi", "Dinas Uji"])
    meta.append(["tahun", 2024])
    book = tmp_path / "tw.xlsx"
    wb.save(book)
    done = run_cli("--lang", lang, "import", str(book), store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    fix = {
        "id": "triwulan terisi (Triwulan IV: 96), cara_hitung kosong: isi cara_hitung "
        "(nilai_akhir, kumulatif atau rata_rata) agar realisasi tahun ini dihitung dari "
        "triwulan, atau isi kolom realisasi",
        "en": "quarters are filled (Quarter 4: 96), cara_hitung is empty: fill in cara_hitung "
        "(nilai_akhir, kumulatif or rata_rata) to derive the year's realisasi from them, or "
        "fill in the realisasi column",
    }[lang]
    assert "- IKU 1: " in out and fix in out, out
    assert "IKU 2" not in out, out  # (its realisasi derived: 96 of 80)
    status = run_cli("status", "--json", store=tmp_path / "s")
    items = {item["code"]: item for item in json.loads(status.stdout)["items"]}
    assert items["IKU 2"]["achievement"] == 120.0 and items["IKU 1"]["achievement"] is None


def test_a_kode_with_leading_zeros_by_its_format_is_read_as_shown(tmp_path: Path) -> None:
    """A kode 1 in a cell formatted ``00`` (Excel shows "01") was read "1", so the induk "01"
    typed beside it named no row ("induk tidak ada"): a format's zeros before the decimal point
    show that many digits at least, as Excel shows them."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(["level", "kode", "induk", "uraian", "satuan", "target", "realisasi"])
    ws.append(["sasaran", 1, None, "Meningkatnya kualitas"])
    ws.append(["sasaran", 2, None, "Meningkatnya layanan"])
    ws.append(["iku", "IKU 1", "01", "Indeks", "Nilai", 80, 96])
    ws.append(["iku", "IKU 2", "02", "Indeks lain", "Nilai", 5, 5])
    for ref in ("B2", "B3"):
        ws[ref].number_format = "00"
    ws["F5"].number_format = "000.0"
    meta = wb.create_sheet("Laporan")
    meta.append(["instansi", "Dinas Uji"])
    meta.append(["tahun", 2024])
    book = tmp_path / "nol.xlsx"
    wb.save(book)
    store = tmp_path / "s"
    done = run_cli("import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    nodes = _nodes(store)
    under = {k: [c["code"] for c in nodes[k]["children"]] for k in ("01", "02")}  # type: ignore[union-attr]
    assert under == {"01": ["IKU 1"], "02": ["IKU 2"]}
    assert nodes["IKU 2"]["measure"]["target"] == "005,0"  # type: ignore[index]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_signature_under_a_pk_table_in_its_value_columns_is_named_and_ignored(
    tmp_path: Path, lang: str
) -> None:
    """The signature under a Perjanjian Kinerja's table sits on the right, in its Target and
    Realisasi columns ("Uji, 2 Januari 2024", "Kepala Dinas,", "dr. Budi"): each line was refused
    as "indikator kosong", so the table never imported. Under an empty row after the table, a
    row of texts that read as no value is named and ignored; a figure there is still refused."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "PK 2024"
    ws.append(["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"])
    ws.append(
        [1, "Meningkatnya derajat kesehatan", "Angka kematian ibu", "per 100.000 KH", 100, 90]
    )
    ws.append([None, None, "Persentase balita gizi buruk", "%", "5 %", "4 %"])
    ws.append([])
    ws.append([None, None, None, None, "Uji, 2 Januari 2024"])
    ws.append([None, None, None, None, None, "Kepala Dinas,"])
    ws.append([None, None, None, None, "dr. Budi"])
    book = tmp_path / "pk.xlsx"
    wb.save(book)
    args = ("--lang", lang, "import", str(book), "--instansi", "Dinas Uji", "--tahun", "2024")
    done = run_cli(*args, store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    why = {
        "id": "hanya teks, di bawah baris kosong setelah tabel (tanda tangan atau catatan?); "
        "diabaikan",
        "en": "only text, under an empty row after the table (a signature or a note?); ignored",
    }[lang]
    rows = {"id": "3 baris", "en": "3 rows"}[lang]  # (imp69: named at once, not one a line)
    assert f'PK 2024!E5, F6, E7 "Uji, 2 Januari 2024": {rows}: {why}' in said, said
    assert "IKU: 2" in done.stdout or "IKU): 2" in done.stdout, done.stdout
    ws.append([None, None, None, None, 95])  # (a figure under the signature: a row's value)
    wb.save(book)
    again = run_cli(*args, "--dry-run", store=tmp_path / "t")
    assert again.returncode == 2 and "PK 2024!C8" in again.stderr, again.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_bound_written_in_words_is_told_its_sign(tmp_path: Path, lang: str) -> None:
    """ "95 % ke atas" (95 % and above: ≥ 95 %) was refused as "not recognised…", "5 ke bawah"
    read as 5 of the unit "ke bawah" (no capaian: "satuan berbeda"); a number formatted
    ``0" ke atas"`` shows "95 ke atas". Each is told the sign to write, at its cell."""
    rows: list[list[object]] = [
        ["iku", "IKU 1", "Kepuasan", "Indeks", "positif", 95, "97"],
        ["iku", "IKU 2", "Kemiskinan", "%", "negatif", "5 ke bawah", "4"],
    ]
    book = _workbook(tmp_path / "kata.xlsx", rows, {"F3": '0" ke atas"'})
    done = run_cli("--lang", lang, "import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    want = {
        "id": (
            'Data!F3 "95 ke atas": ambang ditulis dengan kata “ke atas”: tulis ≥ 95',
            'Data!F4 "5 ke bawah": ambang ditulis dengan kata “ke bawah”: tulis ≤ 5',
        ),
        "en": (
            'Data!F3 "95 ke atas": a threshold written with the words “ke atas”: write ≥ 95',
            'Data!F4 "5 ke bawah": a threshold written with the words “ke bawah”: write ≤ 5',
        ),
    }[lang]
    for line in want:
        assert line in said, said
    calc = run_cli("--lang", lang, "calc", "95 % atau lebih", "97 %")
    assert calc.returncode == 2 and "≥ 95 %" in calc.stderr, calc.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_letter_o_after_the_digits_is_no_unit(lang: str) -> None:
    """ "1OO" (the letter O typed twice for zeros) read as 1 of the unit "OO", a capaian of 1 %
    against 100: it is told the digit to write, as "9O%" is; "5 Orang" stays a unit."""
    done = run_cli("--lang", lang, "calc", "100", "1OO")
    said = {"id": "huruf O di antara angka: tulis angka nol (0), 100", "en": "a letter O among "
            "the digits: write the digit zero (0), 100"}[lang]  # fmt: skip
    assert done.returncode == 2 and said in " ".join(done.stderr.split()), done.stderr
    unit = run_cli("--lang", lang, "calc", "5 Orang", "4 Orang")
    assert unit.returncode == 0 and "80,00 %" in unit.stdout, unit.stdout
