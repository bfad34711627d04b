"""vals19: values and spreadsheets — an accounting "(1.000)" budget named for what it is."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS


def _pk_with_budgets(path: Path, budgets: list[str]) -> Path:
    """A hand-made PK table of one sasaran and an indicator per budget cell, each typed as text."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("PK")
    ws.write_row(0, 0, ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"])
    ws.write_row(0, 5, ["Realisasi", "Anggaran (Rp)"])
    for i, budget in enumerate(budgets):
        ws.write_row(1 + i, 0, [str(i + 1), "Meningkatnya pelayanan kesehatan"])
        ws.write_row(1 + i, 2, [f"Indikator {i + 1}", "%", "95", "97"])
        ws.write_string(1 + i, 6, budget)
    wb.close()
    return path


def test_a_budget_in_accounting_brackets_is_named_a_negative_amount(
    store_path: Path, tmp_path: Path
) -> None:
    """A budget "(1.000.000)" (the accounting form of a negative amount) was refused with the
    generic "not recognised as a number": it is named for what it is now, at its cell, with the
    two forms that read (id and en); "Rp (…)" and "(Rp …)" too."""
    path = _pk_with_budgets(tmp_path / "pk.xlsx", ["(1.000.000)", "Rp (2.500)", "(Rp 3.000)"])
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    flat = " ".join(done.stderr.split())
    said = (
        'PK!G2 "(1.000.000)": Nilai "(1.000.000)" tidak dapat dibaca: jumlah dalam kurung adalah '
        "jumlah negatif (format akuntansi): tulis -1.000.000 bila memang negatif, atau "
        "1.000.000 tanpa kurung"
    )
    assert said in flat, flat
    assert "tulis -2.500 bila" in flat and "tulis -3.000 bila" in flat, flat
    assert "tidak dikenali sebagai angka" not in flat and "anggaran adalah jumlah" not in flat
    en = run_cli("import", str(path), *_ARGS, "--lang", "en", store=store_path)
    flat_en = " ".join(en.stderr.split())
    assert "brackets make an amount negative (accounting format): write -1.000.000 if it is " in (
        flat_en
    ), flat_en

    fixed = _pk_with_budgets(tmp_path / "fixed.xlsx", ["-1.000.000"])  # the form it gives reads
    assert run_cli("import", str(fixed), *_ARGS, store=store_path).returncode == 0
