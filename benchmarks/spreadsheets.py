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


#: The columns of :func:`write_import_workbook`: the flat template's (``lkj-tui template``).
IMPORT_HEADERS = [
    "level", "kode", "induk", "uraian", "satuan", "polaritas", "cara_hitung", "target",
    "realisasi", "tw1", "tw2", "tw3", "tw4", "realisasi_2022", "realisasi_2023", "target_2024",
    "target_2025", "target_2026", "target_akhir", "capaian_tercetak", "penanggung_jawab",
    "permasalahan", "solusi", "anggaran", "realisasi_anggaran", "catatan",
]  # fmt: skip

#: Each level of one sasaran's outline and the rows beneath it: (level, children, indicators).
_OUTLINE = {"program": ("kegiatan", 3, 1), "kegiatan": ("subkegiatan", 3, 1),
            "subkegiatan": (None, 0, 2)}  # fmt: skip
#: Target and realisasi typed as text (as they are printed).
_TEXT_VALUES = [("WTP", "WTP"), ("A", "BB"), ("3 ± 1", "2,8"), (">3,51", "3,7"),
                ("132 Surat", "120 Surat"), ("1.500bh", "1.320bh"), ("A (86,45)", "A (88,10)")]  # fmt: skip


def write_import_workbook(path: Path, rows: int, seed: int = 1) -> int:
    """A workbook of about ``rows`` rows in the flat template's shape, as a user fills it in Excel
    (seeded: the same seed gives the same cells). Outline order with empty ``induk`` (the parent is
    inferred) and a few explicit ones, an empty ``level`` for the second indicator of a row (the
    e-SAKIP convention), numbers as Excel floats (with their noise), percent-formatted cells, text
    values (``WTP``, ``3 ± 1``, ``n/a``…), multi-line permasalahan and Rupiah amounts. Written with
    xlsxwriter in constant memory; returns the number of data rows."""
    import random

    import xlsxwriter

    rng = random.Random(f"lkj-import:{seed}")
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    ws = wb.add_worksheet("Data")
    pct = wb.add_format({"num_format": "0%"})
    two = wb.add_format({"num_format": "0.00"})
    rupiah = wb.add_format({"num_format": '"Rp" #,##0'})
    wrap = wb.add_format({"text_wrap": True})
    col = {h: i for i, h in enumerate(IMPORT_HEADERS)}
    ws.write_row(0, 0, IMPORT_HEADERS)
    r = 0

    def put(cells: dict[str, object], fmts: dict[str, object] | None = None) -> None:
        nonlocal r
        r += 1
        for key, value in cells.items():
            if value is None:
                continue
            fmt = (fmts or {}).get(key)
            if isinstance(value, str):
                ws.write_string(r, col[key], value, fmt)
            else:
                ws.write_number(r, col[key], value, fmt)

    def indicator(level: str | None, name: str, iku: bool) -> None:
        cells: dict[str, object] = {"level": level, "uraian": name}
        fmts: dict[str, object] = {}
        form = rng.random()
        if form < 0.35:  # a percent cell, as Excel holds it (0.95 shown as 95 %)
            target = round(rng.uniform(0.6, 1), 2)
            cells |= {"satuan": "%", "target": target, "realisasi": target * rng.uniform(0.7, 1.2)}
            fmts |= {"target": pct, "realisasi": pct}
        elif form < 0.75:  # a number with float noise, shown with two decimals or General
            target = rng.uniform(1, 500)
            cells |= {"satuan": rng.choice(["Nilai", "Dokumen", "Indeks"]), "target": target}
            cells["realisasi"] = target * rng.uniform(0.5, 1.3) + 1e-13
            if rng.random() < 0.5:
                fmts |= {"target": two, "realisasi": two}
        else:  # text as typed
            target_text, realisasi_text = rng.choice(_TEXT_VALUES)
            cells |= {"satuan": "-", "target": target_text, "realisasi": realisasi_text}
        if rng.random() < 0.03:  # not reported yet
            cells["realisasi"] = rng.choice(["n/a", "-"])
        if rng.random() < 0.15:
            cells["polaritas"] = "negatif"
        if iku:
            base = rng.uniform(50, 100)
            for n in range(1, 5):
                cells[f"tw{n}"] = round(base * n / 4, 2)
            cells["cara_hitung"] = "nilai_akhir"
            cells |= {"realisasi_2022": base * 0.9, "realisasi_2023": base * 0.95}
            cells |= {"target_2024": base, "target_2025": base * 1.05, "target_2026": base * 1.1}
            cells |= {
                "target_akhir": base * 1.1,
                "capaian_tercetak": round(rng.uniform(80, 110), 2),
            }
            cells["penanggung_jawab"] = "Bagian Perencanaan"
        if rng.random() < 0.25:
            cells["permasalahan"] = "Data belum lengkap\nKoordinasi lintas bidang belum optimal"
            cells["solusi"] = "Verifikasi data triwulanan"
            fmts |= {"permasalahan": wrap}
        put(cells, fmts)

    def outline(level: str, path: str) -> None:
        below, children, indicators = _OUTLINE[level]
        amount = rng.randrange(50, 5000) * 1_000_000.0
        put(
            {"level": level, "kode": path, "uraian": f"{level.title()} {path}",
             "anggaran": amount, "realisasi_anggaran": amount * rng.uniform(0.6, 1)},
            {"anggaran": rupiah, "realisasi_anggaran": rupiah},
        )  # fmt: skip
        for i in range(indicators):  # the second one with an empty level (e-SAKIP)
            indicator("indikator_kegiatan" if i == 0 else None, f"Indikator {path}.{i}", False)
        for c in range(children):
            if r < rows:
                outline(below, f"{path}.{c + 1}")  # type: ignore[arg-type]

    t = 0
    while r < rows:
        t += 1
        put({"level": "tujuan", "kode": f"T{t}", "uraian": f"Tujuan {t}"})
        for s in range(1, 3):
            put({"level": "sasaran", "kode": f"S{t}.{s}", "induk": f"T{t}",
                 "uraian": f"Sasaran {t}.{s}"})  # fmt: skip
            for i in range(1, 4):
                indicator("iku", f"IKU {t}.{s}.{i}", True)
            for p in range(1, 5):
                if r < rows:
                    outline("program", f"P{t}.{s}.{p}")
    wb.close()
    return r


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
