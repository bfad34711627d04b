"""vals36: the auditor with messy values, continued (import's order, calc's quoting line, long
lines piped)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import run_cli


def _workbook(
    tmp_path: Path, name: str, rows: list[dict[str, str]], laporan: dict[str, object]
) -> Path:
    """`lkj-tui template`'s workbook with ``rows`` (column → cell) from Data!A2 down, an unknown
    column header at Data!AG1, a stray note at Data!AI(last row + 1) and ``laporan`` (key →
    value) in its Laporan sheet, with an unknown key last."""
    import openpyxl

    path = tmp_path / name
    assert run_cli("template", "-o", str(path), store=tmp_path / "t").returncode == 0
    wb = openpyxl.load_workbook(path)
    data = wb["Data"]
    header = [cell.value for cell in data[1]]
    for row in rows:
        data.append([row.get(key) for key in header])
    data.cell(row=1, column=33, value="kolom aneh")
    data.cell(row=len(rows) + 2, column=35, value="catatan liar")
    sheet = wb["Laporan"]
    for r in range(2, sheet.max_row + 1):
        sheet.cell(row=r, column=2, value=laporan.get(str(sheet.cell(row=r, column=1).value)))
    sheet.append(["kunci_aneh", "x"])
    wb.save(path)
    return path


def _places(said: str) -> list[str]:
    """The place each warning or problem of an import's stderr starts with."""
    return re.findall(r"^(?:peringatan: |warning: |  )(\w+![A-Z]+\d+) ", said, re.MULTILINE)


def _iku(n: int, target: str, realisasi: str) -> dict[str, str]:
    kode = f"IKU {n}"
    return {"level": "iku", "kode": kode, "induk": "S1", "uraian": f"Indeks {n}", "target": target,
            "realisasi": realisasi}  # fmt: skip


def test_imports_warnings_and_problems_are_listed_in_sheet_row_and_column_order(
    tmp_path: Path,
) -> None:
    """A workbook's warnings were listed by kind ("Data!H11" before "Data!I5", the Laporan
    sheet's first): an auditor reads them beside the file, by sheet, row (Data!H8 before
    Data!H10) and column; its problems too."""
    rows = [
        {"level": "tujuan", "kode": "T1", "uraian": "Tujuan"},
        {"level": "sasaran", "kode": "S1", "induk": "T1", "uraian": "Sasaran"},
        _iku(1, "B+", "B"),  # row 4: a grade with a sign (H4)
        _iku(2, "95 %", "0,97"),  # row 5: a fraction beside per cent (I5)
        _iku(3, "1,234", "1.234"),  # row 6: unlike separators (H6)
        _iku(4, "A-", "A"),  # row 7 (H7)
        _iku(5, "90 %", "0,9"),  # row 8 (I8)
        _iku(6, "2,500", "2.500"),  # row 9 (H9)
        _iku(7, "C+", "C"),  # row 10 (H10)
    ]
    path = _workbook(tmp_path, "lkj.xlsx", rows, {"instansi": "Dinas Uji", "tahun": 2025})
    wanted = ["Data!AG1", "Data!H4", "Data!I5", "Data!H6", "Data!H7", "Data!I8", "Data!H9",
              "Data!H10", "Data!AI11", "Laporan!A7"]  # fmt: skip
    for lang in ("id", "en"):
        done = run_cli("import", str(path), "--dry-run", "--lang", lang, store=tmp_path / "s")
        assert done.returncode == 0, done.stderr
        assert _places(done.stderr) == wanted, done.stderr
    rows[3]["realisasi"] = "12,3.4x"  # (Data!I5 and Data!A7, Data!C6 refused)
    rows[5]["level"], rows[4]["induk"] = "ikux", "S9"
    rows += [_iku(n, "80", "1,2,3") for n in (8, 9, 10)]  # Data!I11, I12, I13
    path = _workbook(tmp_path, "salah.xlsx", rows, {"instansi": "Dinas Uji", "tahun": "20x5"})
    done = run_cli("import", str(path), "--dry-run", "--lang", "en", store=tmp_path / "s")
    assert done.returncode == 2, done.stderr
    problems = ["Data!I5", "Data!C6", "Data!A7", "Data!I11", "Data!I12", "Data!I13", "Laporan!B4"]
    assert _places(done.stderr)[-len(problems) :] == problems, done.stderr
