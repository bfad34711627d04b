"""Import's forms still dropped or misnamed (imp68): the text a number format writes before the
number (``"≥ "0``: Excel shows "≥ 95"), a date typed with dots ("31.12.2024"), and the messiest
workbook a regional office sends: every value read as Excel shows it, or said at its cell.
Workbooks are built with openpyxl in the test and read through the installed command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import run_cli

HEADER = ["level", "kode", "uraian", "satuan", "polaritas", "target", "realisasi", "anggaran"]


def _workbook(path: Path, rows: list[list[object]], formats: dict[str, str]) -> Path:
    """``rows`` under the template's header on ``Data`` (a sasaran first), the cells of
    ``formats`` (Data's, or ``Laporan!B2``) in those number formats; instansi and year on
    ``Laporan``."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws.append(HEADER)
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
    book = _workbook(tmp_path / "prefix.xlsx", rows, formats)
    store = tmp_path / "s"
    done = run_cli("import", str(book), store=store)
    assert done.returncode == 0, done.stderr
    assert "dinas-uji-2024" in done.stdout
    nodes = _nodes(store)
    measures = {k: n["measure"] for k, n in nodes.items() if n.get("measure")}
    got = {k: (m["target"], m["realisasi"]) for k, m in measures.items()}  # type: ignore[index]
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
