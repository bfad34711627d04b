"""The auditor with messy values (vals39): a dot as the decimal point in a CSV or a workbook's
text cell is said at its cell with ``set``'s words; a figure the report printed elsewhere is
said in the product's number format beside our own capaian."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2025")
_HEAD = "level;kode;induk;uraian;satuan;target;realisasi;capaian_tercetak\n"
_TREE = "sasaran;S1;;Sasaran satu;;;;\n"


def _csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "data.csv"
    path.write_text(_HEAD + _TREE + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_dot_decimal_in_a_csv_is_said_at_its_cell(tmp_path: Path, lang: str) -> None:
    # "12.5 %" was read as 12,5 % without a word, where set says how it read the dot
    path = _csv(tmp_path, "iku;IKU 1;S1;Satu;%;10 %;12.5 %;\niku;IKU 2;S1;Dua;;1.500;3.2 - 4.5;\n")
    done = run_cli(
        "--store", str(tmp_path / "s"), "import", str(path), *_ARGS, "--dry-run", "--lang", lang
    )
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    if lang == "en":
        assert 'row 3 (realisasi) "12.5 %": the dot was read as a decimal point (12,5 %)' in said
        assert "the dot in '3.2' was read as a decimal point (3,2); the dot in '4.5'" in said
    else:
        assert 'baris 3 (realisasi) "12.5 %": titik dibaca sebagai tanda desimal (12,5 %)' in said
        assert "titik pada '3.2' dibaca sebagai tanda desimal (3,2); titik pada '4.5'" in said
    assert "1.500" not in said  # (a thousands group, as format_id writes 1500: no word)
    assert said.count("12.5") == 1, done.stderr  # (the cell quoted once)


def test_a_budget_read_with_a_dot_decimal_or_the_english_format_is_said(tmp_path: Path) -> None:
    # the budgets' common shape ("Rp 1.285.000.000") is not parsed for this: those below are
    head = "level;kode;induk;uraian;anggaran;realisasi_anggaran\n"
    rows = (
        "program;P1;;Program satu;Rp 0.500;Rp 1.285.000.000\nprogram;P2;;Dua;Rp 1,234,567;1.500\n"
    )
    path = tmp_path / "data.csv"
    path.write_text(head + rows, encoding="utf-8")
    done = run_cli("--store", str(tmp_path / "s"), "import", str(path), *_ARGS, "--dry-run")
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert 'baris 2 (anggaran) "Rp 0.500": titik dibaca sebagai tanda desimal' in said, said
    assert "\"Rp 1,234,567\": '1,234,567' ditulis dengan format Inggris" in said, said
    assert "1.285" not in said and "1.500" not in said, said  # (thousands dots: no word)


def test_a_dot_decimal_in_a_workbook_text_cell_is_said_not_in_a_number_cell(
    tmp_path: Path,
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["level", "kode", "uraian", "target", "realisasi"])
    ws.append(["sasaran", "S1", "Sasaran satu", None, None])
    ws.append(["iku", "IKU 1", "Satu", 10, 12.5])  # a number: Excel's own, no dot to doubt
    ws.append(["iku", "IKU 2", "Dua", "10", "12.5"])  # a text cell, as typed
    path = tmp_path / "data.xlsx"
    wb.save(path)
    done = run_cli("--store", str(tmp_path / "s"), "import", str(path), *_ARGS)
    assert done.returncode == 0, done.stderr
    said = " ".join(done.stderr.split())
    assert 'Data!E4 "12.5": titik dibaca sebagai tanda desimal (12,5)' in said, done.stderr
    assert "Data!E3" not in said, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_printed_capaian_is_said_in_the_products_number_format(tmp_path: Path, lang: str) -> None:
    # status said "Dicetak lain: 88.51 %" beside our "90,00 %"; check "mencetak capaian 88.51 %"
    path = _csv(
        tmp_path,
        "iku;IKU 1;S1;Satu;%;10 %;9 %;88.51\n"
        "iku;IKU 2;S1;Dua;%;10 %;9 %;88,510%\n"
        "iku;IKU 3;S1;Tiga;%;10 %;9 %;kurang\n",
    )
    store = tmp_path / "s"
    done = run_cli("--store", str(store), "import", str(path), *_ARGS)
    assert done.returncode == 0, done.stderr
    status = run_cli("--store", str(store), "status", "--lang", lang).stdout
    printed = "Dicetak lain" if lang == "id" else "Printed elsewhere"
    assert f"{printed}: 88,51 % (" in status, status
    assert f"{printed}: 88,510 % (" in status, status  # (the decimals as printed)
    assert f"{printed}: kurang (" in status, status  # (no number: as written)
    assert "88.51" not in status, status
    check = " ".join(run_cli("--store", str(store), "check", "--lang", lang).stdout.split())
    words = "mencetak capaian" if lang == "id" else "prints capaian"
    assert f"{words} 88,51 %, " in check, check
    assert "88.51" not in check, check


@pytest.mark.parametrize(
    ("instansi", "report_id"),
    [
        ("Dinas [bold]Uji[/bold] X", "dinas-uji-x-2025"),  # was dinas-bold-uji-bold-x-2025
        ("Dinas Kesehatan [UPT Puskesmas]", "dinas-kesehatan-upt-puskesmas-2025"),  # no markup
        ("Dinas \u202eUji\u202c X", "dinas-uji-x-2025"),
        ("Dinas \x1b[31mMerah\x1b[0m", "dinas-merah-2025"),  # was dinas-31mmerah-0m-2025
        ("=cmd|calc", "cmd-calc-2025"),
        ("!!!@@@", "laporan-2025"),
        ("Dinas " + "Kesehatan " * 30, "dinas" + "-kesehatan" * 6 + "-2025"),  # a whole word
    ],
)
def test_an_id_made_from_hostile_text_is_short_and_readable(
    tmp_path: Path, instansi: str, report_id: str
) -> None:
    store = tmp_path / "s"
    done = run_cli("--store", str(store), "new", "--instansi", instansi, "--tahun", "2025")
    assert done.returncode == 0, done.stderr
    assert f"Laporan kosong {report_id} dibuat" in done.stdout, done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_megabyte_instansi_is_refused_with_sets_words(tmp_path: Path, lang: str) -> None:
    # it was imported, and its million characters were the title of every status
    store = tmp_path / "s"
    path = tmp_path / "besar.csv"
    path.write_text("level;uraian;instansi;tahun\nsasaran;S;Dinas " + "Abc " * 250_000 + ";2025\n")
    done = run_cli("--store", str(store), "import", str(path), "--lang", lang)
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    if lang == "en":
        assert "instansi: too long (1,000,005 characters, at most 2,000)" in said, said
    else:
        assert "instansi: terlalu panjang (1.000.005 karakter, paling banyak 2.000)" in said
    assert len(done.stderr) < 1000 and not store.exists()
    long = "Dinas " + "x" * 5000
    done = run_cli("--store", str(store), "new", "--instansi", long, "--tahun", "2025")
    assert done.returncode == 2 and "instansi: terlalu panjang (5.006 karakter" in done.stderr
    assert len(done.stderr) < 300, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_csv_formula_in_a_text_cell_is_refused_as_a_workbooks_is(
    tmp_path: Path, lang: str
) -> None:
    # "=cmd|calc" as a uraian, "=SUM(A1)" as a satuan, "=cmd" as the instansi were taken as
    # text, where a workbook's formula without a value is refused; an apostrophe keeps a text
    path = tmp_path / "rumus.csv"
    path.write_text(
        "level;kode;uraian;satuan;target;realisasi;instansi;tahun\n"
        "sasaran;S1;Sasaran satu;;;;=cmd;2025\n"
        "iku;IKU 1;=cmd|calc;=SUM(A1);10;9;=cmd;2025\n"
        "iku;IKU 2;'=sudah bertanda;%;10;9;=cmd;2025\n"
    )
    store = tmp_path / "s"
    done = run_cli("--store", str(store), "import", str(path), "--lang", lang)
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    places = ("baris 2 (instansi)", "baris 3 (uraian)", "baris 3 (satuan)")
    if lang == "en":
        places = tuple(p.replace("baris", "row") for p in places)
        why = "looks like an Excel formula without its result: type the text in this cell"
        assert "3 problems" in said, said
    else:
        why = "tampak seperti rumus Excel tanpa hasilnya: tulis teksnya di sel ini"
        assert "3 masalah" in said, said
    for place, text in zip(places, ("=cmd", "=cmd|calc", "=SUM(A1)"), strict=True):
        assert f'{place} "{text}": {why}' in said, said
    assert "'=…" in said and "sudah bertanda" not in said and not store.exists()
    # what the export writes back ("'=cmd|calc") imports as the text it was
    path.write_text(path.read_text().replace("=cmd", "'=cmd").replace("=SUM", "%"))
    done = run_cli("--store", str(store), "import", str(path), "--lang", lang)
    assert done.returncode == 0, done.stderr
    status = run_cli("--store", str(store), "status", "--lang", lang).stdout
    assert "=cmd|calc" in status and "=sudah bertanda" in status, status
