"""vals19: values and spreadsheets — an accounting "(1.000)" budget named for what it is, a
target and realisasi written with unlike decimal separators named at the import, a Permasalahan
merged over several IKU named at the import and listed once in the export."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS


def _pk_table(
    path: Path,
    head: list[str],
    rows: list[list[str]],
    merged: dict[tuple[int, int, int], str] | None = None,
) -> Path:
    """A hand-made PK table (No, Sasaran Strategis, Indikator Kinerja, Satuan and ``head``) of one
    sasaran and an indicator per row, its ``head`` cells typed as text; ``merged``: (first row,
    last row, column) → the text of a cell merged down over them."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK")
    ws.write_row(0, 0, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", *head])
    for i, cells in enumerate(rows):
        ws.write_row(1 + i, 0, [str(i + 1), "Meningkatnya pelayanan", f"Indikator {i + 1}", "km"])
        for c, text in enumerate(cells):
            ws.write_string(1 + i, 4 + c, text)
    for (first, last, c), text in (merged or {}).items():
        ws.merge_range(first, c, last, c, text)
    wb.close()
    return path


def _warned(store: Path, path: Path, *more: str) -> str:
    """The import of ``path`` (it succeeds): its warnings, on one line."""
    done = run_cli("import", str(path), *_ARGS, *more, store=store)
    assert done.returncode == 0, done.stderr
    return " ".join(done.stderr.split())


def _pk_with_budgets(path: Path, budgets: list[str]) -> Path:
    return _pk_table(
        path, ["Target", "Realisasi", "Anggaran (Rp)"], [["95", "97", b] for b in budgets]
    )


def test_a_budget_in_accounting_brackets_is_named_a_negative_amount(
    store_path: Path, tmp_path: Path
) -> None:
    """A budget "(1.000.000)" (the accounting form of a negative amount) was refused with the
    generic "not recognised as a number", then named a negative amount and refused: it is read
    as the negative it is, as Excel reads it and as a format's brackets read (imp70: one rule),
    and named at its cell with what to write if it is not (id and en); "Rp (…)" and "(Rp …)"
    too."""
    path = _pk_with_budgets(tmp_path / "pk.xlsx", ["(1.000.000)", "Rp (2.500)", "(Rp 3.000)"])
    flat = _warned(store_path, path, "--dry-run")
    said = (
        'PK!G2 "(1.000.000)": angka dalam kurung dibaca negatif, -1.000.000 (cara akuntansi '
        "menulis bilangan negatif; Excel juga membacanya begitu): bila bukan negatif, tulis "
        "1.000.000 tanpa kurung"
    )
    assert said in flat, flat
    assert 'PK!G3 "Rp (2.500)": angka dalam kurung dibaca negatif, -2.500 ' in flat, flat
    assert 'PK!G4 "(Rp 3.000)": angka dalam kurung dibaca negatif, -3.000 ' in flat, flat
    assert "tidak dikenali sebagai angka" not in flat and "anggaran adalah jumlah" not in flat
    flat_en = _warned(store_path, path, "--dry-run", "--lang", "en")
    assert "a number in brackets is read as negative, -1.000.000 (the accounting way" in (
        flat_en
    ), flat_en


def test_a_target_and_realisasi_with_unlike_separators_are_named_at_the_import(
    store_path: Path, tmp_path: Path
) -> None:
    """Target "1,234" beside realisasi "1.234" were read as 1,234 and 1.234 (a capaian of
    100.000 %) without a word. A warning names both cells, both readings and the two ways to write
    them alike (id and en); rows written one way are not named."""
    rows = [("1,234", "1.234"), ("2.500", "2,480"), ("1.234", "1.300"), ("1,5", "1,25")]
    path = _pk_table(tmp_path / "pk.xlsx", ["Target", "Realisasi"], [list(r) for r in rows])
    flat = _warned(store_path, path, "--dry-run")
    said = (
        'PK!E2 "1,234": target 1,234 dibaca 1,234 (koma desimal), realisasi 1.234 di PK!F2 '
        "dibaca 1.234 (titik ribuan): dua cara menulis angka di satu baris; tulis keduanya dalam "
        "satu bentuk: target 1.234 dan realisasi 1.234 bila ribuan, atau target 1,234 dan "
        "realisasi 1,234 bila desimal"
    )
    assert said in flat, flat
    assert 'PK!F3 "2,480": realisasi 2,480 dibaca 2,48 (koma desimal), target 2.500 di PK!E3' in (
        flat
    )
    assert "PK!E4" not in flat and "PK!E5" not in flat and "PK!F4" not in flat, flat
    flat_en = _warned(store_path, path, "--dry-run", "--lang", "en")
    said_en = (
        'PK!E2 "1,234": target 1,234 is read as 1,234 (decimal comma), realisasi 1.234 at PK!F2 '
        "as 1.234 (thousands dot): two ways of writing numbers on one row"
    )
    assert said_en in flat_en, flat_en


_MASALAH = "Keterlambatan pencairan anggaran menghambat kegiatan lapangan di puskesmas"


def test_a_permasalahan_merged_over_several_iku_is_named_and_exported_once(
    store_path: Path, tmp_path: Path
) -> None:
    """A Permasalahan cell merged over three IKU rows was copied to each without a word, and the
    Markdown export listed it three times. Each IKU keeps it (the TUI shows it with each); the
    import names the merge, and the export lists it under the first IKU, the others referring to
    it (id and en). A short Solusi ("Percepat") merged over two is listed again: read faster."""
    rows = [["95", "90"]] * 3
    merged = {(1, 3, 6): _MASALAH, (1, 2, 7): "Percepat"}
    head = ["Target", "Realisasi", "Permasalahan", "Solusi"]
    path = _pk_table(tmp_path / "pk.xlsx", head, rows, merged)
    flat = _warned(store_path, path)
    said = (
        'sel gabungan: permasalahan ini milik 3 baris ("Indikator 1", "Indikator 2", '
        '"Indikator 3") dan disimpan pada tiap baris; ekspor Markdown menuliskannya sekali, pada '
        '"Indikator 1", dan baris lainnya merujuk ke sana'
    )
    assert "PK!G2:G4" in flat and said in flat, flat
    assert (
        'solusi ini milik 2 baris ("Indikator 1", "Indikator 2") dan disimpan pada tiap baris'
        in (flat)
    )
    doc = run_cli("export", "--report", "dinas-x-2024", store=store_path).stdout
    assert doc.count(_MASALAH) == 1, doc
    assert doc.count("**Permasalahan:** sama dengan Indikator 1 di atas.") == 2, doc
    assert doc.count("1. Percepat") == 2, doc
    en = run_cli("export", "--report", "dinas-x-2024", "--lang", "en", store=store_path).stdout
    assert en.count(_MASALAH) == 1 and "the same as Indikator 1's above." in en, en


def test_check_names_a_capaian_that_a_separator_slip_explains(
    store_path: Path, tmp_path: Path
) -> None:
    """A capaian of 100.000 % from target "1,234" and realisasi "1.234" was put down to a target
    "mungkin terlalu rendah": check names the two readings and the two ways to write them."""
    path = _pk_table(tmp_path / "pk.xlsx", ["Target", "Realisasi"], [["1,234", "1.234"]])
    assert run_cli("import", str(path), *_ARGS, store=store_path).returncode == 0
    found = {}
    for lang in ("id", "en"):
        done = run_cli(
            "check", "--json", "--report", "dinas-x-2024", "--lang", lang, store=store_path
        )
        found[lang] = next(
            f for f in json.loads(done.stdout)["findings"] if f["check"] == "capaian-over-150"
        )["message"]
    said = (
        "Capaian 100.000,00 % (target 1,234, realisasi 1.234): target 1,234 dibaca 1,234 (koma "
        "desimal) dan realisasi 1.234 dibaca 1.234 (titik ribuan): tulis keduanya dalam satu "
        "bentuk (1.234 dan 1.234, atau 1,234 dan 1,234)."
    )
    assert found["id"] == said, found
    assert "terlalu rendah" not in found["id"]
    assert (
        "target 1,234 is read as 1,234 (decimal comma) and realisasi 1.234 as 1.234" in found["en"]
    )
