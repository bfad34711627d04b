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
    return re.findall(r"^(?:peringatan: |warning: |  )(\w+![A-Z]+\d+)[ :]", said, re.MULTILINE)


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


def test_calc_with_a_value_typed_without_quotes_names_the_line_to_type() -> None:
    """`calc 3 ± 1 3,5` gave the generic `calc "10 Dokumen" "8 Dokumen"`, and `calc 3 - 4 3,5`
    lost its "-" ("mendapat 3"): each names the line that reads two values; words that join
    more than one way still get the example."""
    said = {
        ("3", "±", "1", "3,5"): ("mendapat 4: “3”, “±”, “1”, “3,5”", 'lkj-tui calc "3 ± 1" 3,5'),
        ("3", "-", "4", "3,5", "--negatif"): (
            "mendapat 4: “3”, “-”, “4”, “3,5”",
            'lkj-tui calc "3 - 4" 3,5 --negatif',
        ),
    }
    for args, (got, line) in said.items():
        done = run_cli("calc", *args)
        assert done.returncode == 2 and got in done.stderr, done.stderr
        assert done.stderr.rstrip().endswith(line), done.stderr
    english = run_cli("calc", "3", "±", "1", "3,5", "--lang", "en")
    assert english.stderr.rstrip().endswith('quotes: lkj-tui calc "3 ± 1" 3,5 --lang en'), english
    either = run_cli("calc", "80", "90", "100")
    assert 'mis.: lkj-tui calc "10 Dokumen" "8 Dokumen"' in either.stderr, either.stderr


def test_long_lines_piped_fold_as_checks_findings(tmp_path: Path) -> None:
    """Piped at COLUMNS=80, `set … permasalahan+ <100k characters>` echoed a line of 233
    characters and `check` of an empty report its first sentence in 96; `export --reviu` of it
    printed a coverage table of 0/0: folded within 80 (the commands whole), the table gone."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID

    store = tmp_path / "s"
    env = {"COLUMNS": "80"}
    run_cli("init", store=store)
    for lang in ("id", "en"):
        done = run_cli("set", "IKU 1", "permasalahan+", "kata " * 20000, "-r", BUNDLED_REPORT_ID,
                       "--lang", lang, store=store, env=env)  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0].startswith("IKU 1 · ") and lines[1].startswith("  kata"), done.stdout
        assert all(len(line) <= 80 for line in lines), done.stdout
    assert run_cli("new", "--instansi", "Dinas Uji", "--tahun", "2026", store=store).returncode == 0
    for lang in ("id", "en"):
        done = run_cli("check", "-r", "dinas-uji-2026", "--lang", lang, store=store, env=env)
        words = [line for line in done.stdout.splitlines() if "lkj-tui " not in line]
        assert len(words) == 6 and all(len(line) <= 80 for line in words), done.stdout
        reviu = run_cli("export", "--reviu", "-r", "dinas-uji-2026", "--lang", lang, store=store)
        assert "0/0" not in reviu.stdout and "IKU" in reviu.stdout.split("## ")[-1], reviu.stdout
