"""A workbook's hidden columns are named as its hidden rows are (vals14): in the preview, the
import and the TUI's import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


def _hidden_columns_workbook(path: Path) -> None:
    """The template's columns, with the Target column (D) and an unused old one (F) hidden, and
    the columns after the table hidden as Excel users do (G to XFD, empty)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Level", "Uraian", "Satuan", "Target", "Realisasi", "Target lama"])
    ws.append(["sasaran", "Meningkatnya A"])
    ws.append(["iku", "Indeks A", "Nilai", "3,5", "3,2", "9"])
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions.group("G", "XFD", hidden=True)
    wb.save(path)


def test_hidden_columns_are_named_as_hidden_rows_are(store: Path, tmp_path: Path) -> None:
    """A hidden column of targets was imported unseen (hidden rows and sheets were said, hidden
    columns not). Now the preview (--dry-run) and the import name each hidden column that holds
    a cell, with its header, id and en; the columns hidden after the table are not named."""
    path = tmp_path / "kolom.xlsx"
    _hidden_columns_workbook(path)
    args = ("import", str(path), "--tahun", "2024", "--instansi", "Dinas X")
    said = (
        'peringatan: Data!D:D ("Target"): 1 kolom tersembunyi di '
        "Excel ikut dibaca seperti kolom lain; tampilkan (Unhide) untuk memeriksanya"
    )
    preview = run_cli(*args, "--dry-run", store=store)
    assert preview.returncode == 0, preview.stderr
    assert said in preview.stderr and "Data!G:G" not in preview.stderr
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store)
    assert "1 column hidden in Excel is read as any other column" in en.stderr
    done = run_cli(*args, store=store)
    assert done.returncode == 0 and said in done.stderr
    data = json.loads(run_cli("status", "-r", "dinas-x-2024", "--json", store=store).stdout)
    assert [i["target"] for i in data["items"]] == ["3,5"]  # (read, as the warning says)


def test_a_hidden_column_that_is_ignored_is_named_once_as_ignored(
    store: Path, tmp_path: Path
) -> None:
    """A hidden column the import does not know ("Target lama") got two warnings: "kolom tidak
    dikenal; diabaikan" and "ikut dibaca seperti kolom lain", which contradict each other. Now
    one: it is ignored, and hidden (its letter is seen nowhere on the screen)."""
    path = tmp_path / "kolom.xlsx"
    _hidden_columns_workbook(path)
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    for lang, ignored in (
        ("id", "kolom tidak dikenal; diabaikan (kolom ini tersembunyi di Excel)"),
        ("en", "unknown column; ignored (the column is hidden in Excel)"),
    ):
        done = run_cli(*args, "--lang", lang, store=store)
        assert done.returncode == 0, done.stderr
        lines = [line for line in done.stderr.splitlines() if "Target lama" in line]
        assert len(lines) == 1 and ignored in lines[0] and "Data!F1" in lines[0], done.stderr
