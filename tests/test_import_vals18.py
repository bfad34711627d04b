"""vals18: spreadsheets as offices make them — the Renja evaluation's urusan lines told from notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ONE_LINE, run_cli
from tests.test_import_vals16 import _ARGS, _doc, _renja_with, _walk


def test_a_renja_note_numbered_in_the_kode_column_is_named_an_urusan_line_is_not(
    store_path: Path, tmp_path: Path
) -> None:
    """A note under the table whose Kode cell holds "1" was taken for an urusan line (any kode
    of one or two parts was) and dropped without a word. An urusan or bidang line is told by its
    name now (it begins Urusan/Bidang/Unsur, or is a bidang of the nomenclature: "1.02
    KESEHATAN"); the note is named at its cell, with the fix for an urusan too (id and en)."""
    cells = {
        "C13": "1",
        "D13": "Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar",
        "C14": "1.02",
        "D14": "KESEHATAN",
        "C15": "1",
        "D15": "Capaian kinerja dipengaruhi keterlambatan anggaran",
    }
    path = _renja_with(tmp_path, cells)
    args = ("import", str(path), "--layout", "renja86", *_ARGS)
    done = run_cli(*args, store=store_path)
    said = (
        'E.81!D15 "Capaian kinerja dipengaruhi keterlambatan anggaran": teks tanpa indikator '
        "yang bukan program, kegiatan atau sub kegiatan; diabaikan"
    )
    assert done.returncode == 0 and said in done.stderr, done.stderr
    assert "bila ini urusan atau bidang urusan, awali namanya dengan Urusan atau Bidang" in (
        done.stderr
    )
    assert "D13" not in done.stderr and "D14" not in done.stderr
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store_path)
    assert 'E.81!D15 "Capaian kinerja dipengaruhi keterlambatan anggaran": a text' in en.stderr
    assert "if it is an urusan or bidang, begin its name with Urusan or Bidang" in en.stderr


def _pk_table(path: Path, merge_rows: int | None) -> Path:
    """A hand-made PK table (Sasaran merged over its three indicators) with an Anggaran column:
    one amount per indicator row, or one merged over the first ``merge_rows`` rows."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK")
    ws.write_row(0, 0, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"])
    ws.write_row(0, 5, ["Realisasi", "Anggaran (Rp)", "Realisasi Anggaran"])
    ws.merge_range(1, 1, 3, 1, "Meningkatnya pelayanan kesehatan")
    for i, name in enumerate(("AKI", "AKB", "Imunisasi")):
        ws.write_row(1 + i, 2, [name, "%", "95", "97"])
    if merge_rows is None:
        for i in range(3):
            ws.write_row(1 + i, 6, [f"Rp {i + 1}.000.000", f"Rp {i + 1}.000"])
    else:
        ws.merge_range(1, 6, merge_rows, 6, "Rp 1.234.567.000")
    wb.close()
    return path


def _budgets(store: Path) -> dict[str, object]:
    return {n["name"]: n.get("anggaran") for n in _walk(_doc(store)["nodes"])}


def test_a_pk_tables_budget_column_is_kept_not_dropped(store_path: Path, tmp_path: Path) -> None:
    """The Anggaran and Realisasi Anggaran of a table of Sasaran and Indikator went nowhere: the
    import said nothing and stored no budget. Each row's is its indicator's now."""
    path = _pk_table(tmp_path / "pk.xlsx", None)
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    budgets = _budgets(store_path)
    assert budgets["AKI"] == "Rp 1.000.000" and budgets["Imunisasi"] == "Rp 3.000.000", budgets
    (aki,) = [n for n in _walk(_doc(store_path)["nodes"]) if n["name"] == "AKI"]
    assert aki["realisasi_anggaran"] == "Rp 1.000"


def test_a_budget_merged_over_a_sasarans_indicators_is_the_sasarans(
    store_path: Path, tmp_path: Path
) -> None:
    """Merged over all three indicators of its sasaran, the amount is the sasaran's, once, and a
    warning says so (id and en); merged over two of them it is refused, as in the template."""
    path = _pk_table(tmp_path / "pk.xlsx", 3)
    en = run_cli(
        "import", str(path), *_ARGS, "--dry-run", "--lang", "en", store=store_path, env=ONE_LINE
    )
    said = 'PK!G2:G4 "Rp 1.234.567.000": the anggaran is in a cell merged over every indicator'
    assert en.returncode == 0 and said in en.stderr, en.stderr
    done = run_cli("import", str(path), *_ARGS, store=store_path, env=ONE_LINE)
    assert "dibaca sekali, sebagai anggaran sasaran itu" in done.stderr, done.stderr
    budgets = _budgets(store_path)
    assert budgets["Meningkatnya pelayanan kesehatan"] == "Rp 1.234.567.000", budgets
    assert budgets["AKI"] is None and budgets["Imunisasi"] is None
    part = _pk_table(tmp_path / "part.xlsx", 2)
    refused = run_cli("import", str(part), *_ARGS, "--dry-run", store=store_path, env=ONE_LINE)
    assert refused.returncode == 2 and "anggaran dalam sel gabungan atas 2 baris" in (
        refused.stderr
    ), refused.stderr


def test_a_fraction_beside_a_percent_cell_is_named_with_what_to_write(
    store_path: Path, tmp_path: Path
) -> None:
    """A target cell formatted as a percentage in Excel (0.95 shown as 95 %) beside a realisasi
    typed 0.97 in a General cell gave a capaian of 1,02 % without a word from the import. Kept
    as typed (``check`` names it), with a warning at the cell saying what to write, id and en;
    and from a CSV file (";", cp1252) likewise."""
    import xlsxwriter

    path = tmp_path / "pct.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["level", "kode", "uraian", "satuan", "target", "realisasi"])
    ws.write_row(1, 0, ["sasaran", "S1", "Meningkatnya mutu"])
    ws.write_row(2, 0, ["iku", "I1", "Angka partisipasi", "%"])
    ws.write(2, 4, 0.95, wb.add_format({"num_format": "0%"}))
    ws.write(2, 5, 0.97)
    ws.write_row(3, 0, ["iku", "I2", "Jumlah siswa", "orang", "1.234.567,89", "0,5"])
    wb.close()
    said = (
        'Data!F3 "0,97": pecahan di samping target "95 %" dalam persen: capaian dihitung dari '
        '"0,97", bukan 97 %; bila maksudnya 97 %, tulis "97 %"'
    )
    en = 'Data!F3 "0,97": a fraction beside the target "95 %" in per cent'
    assert "Data!F4" not in _warned(store_path, path, said, en)  # (no per cent there)
    csv = tmp_path / "pct.csv"
    csv.write_bytes(
        "level;uraian;satuan;target;realisasi\r\nsasaran;Mutu – layanan;;;\r\n"
        "iku;Cakupan;%;0,9;92\r\n".encode("cp1252")
    )
    done = run_cli("import", str(csv), *_ARGS, "--report", "c-2024", store=store_path)
    said = 'baris 3 (target) "0,9": pecahan di samping realisasi "92" dalam persen'
    assert done.returncode == 0 and said in done.stderr, done.stderr


def test_a_budget_typed_with_spaces_or_an_english_comma_is_refused_with_a_fix_that_reads(
    store_path: Path, tmp_path: Path
) -> None:
    """A CSV (";", cp1252) of budgets as offices type them: "1 234 567" was told "tulis 1.000",
    and "1,234" (1,234 by the decimal comma, 1.234 by the English one) "tulis 1.234 atau
    1,234", the refused text itself. Each fix now names a form that reads one way (id and en)."""
    csv = tmp_path / "anggaran.csv"
    csv.write_bytes(
        "level;uraian;anggaran\r\nsasaran;Mutu – layanan;1 234 567\r\nsasaran;B;1,234\r\n".encode(
            "cp1252"
        )
    )
    said = []
    for lang in ("id", "en"):
        done = run_cli("import", str(csv), *_ARGS, "--dry-run", "--lang", lang, store=store_path)
        assert done.returncode == 2, done.stderr
        said.append(done.stderr)
    assert 'spasi bukan pemisah ribuan; tulis "1.234.567"' in said[0], said[0]
    assert "tulis 1.234 atau 1,2340\n" in said[0]  # (the import's reason: no full stop)
    assert 'write "1.234.567"' in said[1] and "write 1.234 or 1,2340\n" in said[1], said[1]


@pytest.mark.parametrize("layout", ["template", "table", "cascade"])
def test_a_note_merged_across_the_no_column_under_the_table_is_named(
    store_path: Path, tmp_path: Path, layout: str
) -> None:
    """A note under the table merged across its columns from the No column ("Catatan: data
    realisasi bersumber dari …") was dropped without a word by the template, a table of Sasaran
    and Indikator and the cascading form (the No column is not read). Named at its cell now, id
    and en; the import goes on."""
    import xlsxwriter

    path = tmp_path / f"{layout}.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    head, rows = {
        "template": (
            ["No", "level", "kode", "uraian", "satuan", "target", "realisasi"],
            [[1, "sasaran", "S1", "Mutu"], [2, "iku", "I1", "AKI", "%", "100", "90"]],
        ),
        "table": (
            ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"],
            [[1, "Mutu", "AKI", "%", "100", "90"]],
        ),
        "cascade": (
            ["No", "Level", "Kode", "Teks", "Indikator", "Satuan", "Target"],
            [[1, "Sasaran", "S1", "Mutu", "AKI", "%", "100"]],
        ),
    }[layout]
    ws.write_row(0, 0, head)
    for r, row in enumerate(rows, 1):
        ws.write_row(r, 0, row)
    ws.merge_range(4, 0, 5, 6, "Catatan: data realisasi bersumber dari laporan triwulan IV")
    wb.close()
    said = (
        'Data!A5 "Catatan: data realisasi bersumber dari laporan triwulan IV": teks di luar '
        "kolom yang dibaca, pada baris tanpa isi lain; diabaikan"
    )
    en = 'Data!A5 "Catatan: data realisasi bersumber dari laporan triwulan IV": a text outside'
    # (the merge's second row holds the same note)
    assert "Data!A6" not in _warned(store_path, path, said, en)


def _warned(store: Path, path: Path, said: str, said_en: str) -> str:
    """Import ``path`` (it is imported, with ``said`` among the warnings) and preview it in
    English (``said_en``): the Indonesian warnings."""
    done = run_cli("import", str(path), *_ARGS, store=store)
    assert done.returncode == 0 and said in done.stderr, done.stderr
    args = ("--dry-run", "--overwrite", "--lang", "en")
    en = run_cli("import", str(path), *_ARGS, *args, store=store)
    assert said_en in en.stderr, en.stderr
    return done.stderr
