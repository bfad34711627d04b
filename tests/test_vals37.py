"""The auditor with messy values (vals37): ``calc`` without its realisasi gives the line with the
target typed; a refused workbook says a row's warnings under its problems; a JSON document
refused by the model names the node by its kode and name; the empty template is refused; a
formula without its value is said once at its cell."""

from __future__ import annotations

import json
import re
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2025")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_with_a_target_and_no_realisasi_gives_the_line_with_that_target(lang: str) -> None:
    # "calc '3 ± 1'" answered with an example of other values, "mis.: lkj-tui calc 3,22 2,85"
    done = run_cli("calc", "3 ± 1", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    said = "realisasi belum diberikan" if lang == "id" else "realisasi not given"
    assert said in done.stderr and "3,22 2,85" not in done.stderr, done.stderr
    line = f'lkj-tui calc "3 ± 1" REALISASI --lang {lang}'  # (its options as typed)
    assert done.stderr.rstrip().endswith(line), done.stderr
    data = json.loads(run_cli("calc", "3 ± 1", "--json", "--lang", lang).stdout)
    assert data["code"] == "missing-value" and 'calc "3 ± 1" REALISASI' in data["error"], data


def test_calc_with_a_target_typed_without_quotes_gives_the_line_too() -> None:
    done = run_cli("calc", "3", "±", "1")
    assert done.returncode == 2, done.stderr
    assert "mendapat 3" in done.stderr, done.stderr
    assert done.stderr.rstrip().endswith('lkj-tui calc "3 ± 1" REALISASI'), done.stderr


@pytest.mark.parametrize("target", ["3..2", "± 1"])
def test_calc_with_a_target_it_cannot_read_keeps_the_example(target: str) -> None:
    # (the line to type would carry a value that is refused next)
    done = run_cli("calc", target)
    assert done.returncode == 2 and "mis.: lkj-tui calc 3,22 2,85" in done.stderr, done.stderr
    assert "REALISASI" not in done.stderr, done.stderr


def _workbook(path: Path, rows: list[list[object]], meta: bool = True) -> None:
    """The template's Data sheet with ``rows`` under its header (openpyxl: a formula is written
    without a computed value, as a file no spreadsheet saved)."""
    import openpyxl

    assert run_cli("template", "-o", str(path)).returncode == 0
    wb = openpyxl.load_workbook(path)
    if meta:
        wb["Laporan"]["B3"], wb["Laporan"]["B4"] = "Dinas Uji", 2025
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            wb["Data"].cell(row=r, column=c, value=value)
    wb.save(path)


_HEAD = [["tujuan", "T1", None, "Tujuan satu"], ["sasaran", "S1", "T1", "Sasaran satu"]]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_workbook_says_a_rows_warning_under_its_problem(
    tmp_path: Path, lang: str
) -> None:
    # Data!I4's warning was listed above the refusal, Data!F4's problem far below: one row read
    # in two places. Now a warning of a refused row goes under its row's problems; one of a row
    # without a problem stays above them.
    book = tmp_path / "campur.xlsx"
    _workbook(
        book,
        [
            *_HEAD,
            ["iku", "IKU 1", "S1", "Satu", "%", "naik turun", None, "95 %", "0,97"],
            ["iku", "IKU 2", "S1", "Dua", "Dokumen", "positif", None, "1.234", "1,5"],
        ],
    )
    done = run_cli("import", str(book), "--dry-run", "--lang", lang, store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    word = "peringatan" if lang == "id" else "warning"
    at = {
        key: next(i for i, line in enumerate(lines) if key in line)
        for key in ('Data!F4 "naik turun"', 'Data!I4 "0,97"', 'Data!H5 "1.234"', "lkj-tui: ")
    }
    assert at['Data!H5 "1.234"'] < at["lkj-tui: "] < at['Data!F4 "naik turun"'], done.stderr
    assert at['Data!I4 "0,97"'] == at['Data!F4 "naik turun"'] + 1, done.stderr
    assert lines[at['Data!I4 "0,97"']].startswith(f"    {word}: Data!I4"), done.stderr
    assert done.stderr.count("Data!I4") == 1, done.stderr


def test_a_formula_without_its_value_is_said_once_at_its_cell(tmp_path: Path) -> None:
    # `=cmd|' /C calc'!A0` as a uraian was "rumus tanpa nilai hasil" and "uraian kosong" at D4
    book = tmp_path / "rumus.xlsx"
    _workbook(book, [*_HEAD, ["iku", "IKU 1", "S1", "=cmd|' /C calc'!A0", "%", None, None, "80"]])
    done = run_cli("import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("Data!D4") == 1 and "rumus tanpa nilai" in done.stderr, done.stderr
    assert "uraian kosong" not in done.stderr, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("dry", [True, False])
def test_the_empty_template_is_refused_with_what_to_fill(
    tmp_path: Path, lang: str, dry: bool
) -> None:
    # Decided (vals37): template then import of it unchanged saved an empty report, listed by
    # status --all until imported again with --overwrite; now refused, nothing written.
    book = tmp_path / "templat kosong.xlsx"
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("template", "-o", str(book), "--lang", lang).returncode == 0
    args = ("import", str(book), *_ARGS, "--lang", lang, *(["--dry-run"] if dry else []))
    done = run_cli(*args, store=store)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "belum ada baris tujuan" if lang == "id" else "no goal, objective or indicator row"
    assert said in done.stderr and "Data!2:2" in done.stderr, done.stderr
    listed = json.loads(run_cli("status", "--all", "--json", store=store).stdout)
    assert "dinas-x-2025" not in json.dumps(listed)


def test_the_empty_template_without_instansi_says_all_it_lacks_at_once(tmp_path: Path) -> None:
    # (it asked for the instansi and year first, then said the file held no row)
    book = tmp_path / "t.xlsx"
    assert run_cli("template", "-o", str(book)).returncode == 0
    done = run_cli("import", str(book), "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    assert "belum ada baris tujuan" in done.stderr and "instansi" in done.stderr, done.stderr


def _import_polaritas(tmp_path: Path, polaritas: str, lang: str) -> CompletedProcess[str]:
    """The import of the bundled report's JSON document with IKU 1's polaritas ``polaritas``."""
    store = tmp_path / "s"
    doc = tmp_path / "lkj.json"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("export", "--format", "json", "-o", str(doc), store=store).returncode == 0
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["nodes"][0]["children"][0]["children"][0]["measure"]["polaritas"] = polaritas
    doc.write_text(json.dumps(data), encoding="utf-8")
    return run_cli("import", str(doc), "--overwrite", "--lang", lang, store=store)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_json_document_refused_names_the_node_by_its_kode_and_name(
    tmp_path: Path, lang: str
) -> None:
    # "bad.json: simpul 0.0.0 921ac2d04ffa5164b7b915b6669fbf56: polaritas harus …"
    done = _import_polaritas(tmp_path, "naik turun", lang)
    assert done.returncode == 2, done.stderr
    node = "simpul" if lang == "id" else "node"
    assert f"IKU 1 Nilai LPPD ({node} 0.0.0): polaritas" in done.stderr, done.stderr
    assert re.search(r"[0-9a-f]{32}", done.stderr) is None, done.stderr


def test_an_empty_reports_workbook_imports_as_it_is(tmp_path: Path) -> None:
    # (new, then export -f xlsx: its Laporan sheet names the report; not the empty template)
    store = tmp_path / "s"
    assert run_cli("new", *_ARGS, store=store).returncode == 0
    book = tmp_path / "kosong.xlsx"
    done = run_cli("export", "-f", "xlsx", "-r", "dinas-x-2025", "-o", str(book), store=store)
    assert done.returncode == 0, done.stderr
    done = run_cli("import", str(book), "--overwrite", store=store)
    assert done.returncode == 0 and "Laporannya kosong" in done.stdout, done.stderr


def test_a_name_cut_before_is_not_said_shorter_than_it_is(tmp_path: Path) -> None:
    # check named an indicator of a 200.000-character name "ZZZ… (154 karakter)": the length of
    # the name as a line had cut it already. Now "(153+ karakter)": at least that.
    store, table = tmp_path / "s", tmp_path / "panjang.csv"
    rows = [
        "level;kode;induk;uraian;satuan;target;realisasi",
        "sasaran;S1;;Sasaran satu;;;",
        f"iku;IKU 1;S1;{'Z' * 2_000};%;80;70",  # (as long as set takes: vals40)
    ]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run_cli("init", store=store).returncode == 0
    done = run_cli("import", str(table), *_ARGS, store=store)
    assert done.returncode == 0, done.stderr
    done = run_cli("check", "-r", "dinas-x-2025", store=store, env={"COLUMNS": "80"})
    said = re.findall(r"… \(([\d.]+\+?) karakter\)", done.stdout)
    assert said and all(n.endswith("+") for n in said), done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_json_documents_megabyte_value_is_quoted_cut_with_its_length(
    tmp_path: Path, lang: str
) -> None:
    # a polaritas of a megabyte was quoted whole: a refusal of a megabyte on one line
    done = _import_polaritas(tmp_path, "X" * 1_000_000, lang)
    assert done.returncode == 2 and len(done.stderr) < 1000, done.stderr[:2000]
    length = "1.000.000 karakter" if lang == "id" else "1,000,000 characters"
    assert f"… ({length})'" in done.stderr, done.stderr
