"""Spreadsheet libraries for ``lkj-tui import``/``export``: read and write speed on a generated workbook.

    python benchmarks/spreadsheets.py [--rows N] [--runs N]

Writes an N-row workbook in the flat template's shape (text, float-noise numbers, percent cells)
with each writer, then reads it with each reader (values, plus number formats where the library
gives them). Prints seconds per library, the median of ``--runs``. The choice it informed is in
docs/performance.md ("Spreadsheets").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HEADERS = [
    "level",
    "kode",
    "induk",
    "uraian",
    "satuan",
    "target",
    "realisasi",
    "tw1",
    "tw2",
    "tw3",
    "tw4",
    "capaian_tercetak",
    "anggaran",
    "permasalahan",
]


def _row(i: int) -> list[object]:
    return [
        "iku" if i % 5 else "sasaran",
        f"K{i}",
        "",
        f"Indikator kinerja nomor {i}",
        "%",
        100.00000000000001,
        92.857142857142861,
        0.25,
        0.5,
        0.75,
        0.95,
        92.86,
        1234567000.0,
        "Masalah satu\nMasalah dua",
    ]


def write_openpyxl(path: Path, rows: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(HEADERS)
    for i in range(rows):
        values = _row(i)
        cells = []
        for j, v in enumerate(values):
            c = WriteOnlyCell(ws, value=v)
            if 7 <= j <= 10:
                c.number_format = "0%"
            cells.append(c)
        ws.append(cells)
    wb.save(path)


def write_xlsxwriter(path: Path, rows: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("Data")
    pct = wb.add_format({"num_format": "0%"})
    ws.write_row(0, 0, HEADERS)
    for i in range(rows):
        for j, v in enumerate(_row(i)):
            ws.write(i + 1, j, v, pct if 7 <= j <= 10 else None)
    wb.close()


def read_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for row in wb["Data"].iter_rows():
        for c in row:
            if c.value is not None:
                n += len(c.number_format)  # the format is what the importer needs
    wb.close()
    return n


def read_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    n = 0
    for row in wb.get_sheet_by_name("Data").to_python():
        n += sum(1 for v in row if v != "")
    return n


def _time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "openpyxl.xlsx", Path(tmp) / "xlsxwriter.xlsx"
        print(f"rows: {args.rows}")
        print(
            f"write openpyxl (write_only): {_time(lambda: write_openpyxl(a, args.rows), args.runs):.2f} s"
        )
        print(
            f"write xlsxwriter (constant_memory): {_time(lambda: write_xlsxwriter(b, args.rows), args.runs):.2f} s"
        )
        print(
            f"read openpyxl (read_only, values + formats): {_time(lambda: read_openpyxl(a), args.runs):.2f} s"
        )
        print(
            f"read python-calamine (values only): {_time(lambda: read_calamine(a), args.runs):.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
