"""Values and spreadsheets (vals13): a capaian and its verdict tell one story, a value field
takes only what its column means, and an ambiguous stored anggaran is never read as a silent 1."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


@pytest.mark.parametrize(
    ("target", "realisasi", "formula"),
    [
        (">3,51", "3,51", "3,51 ≤ 3,51"),  # the seed's threshold, met only above 3,51
        ("<5", "5", "5 ≥ 5"),
        ("≥ 3,51", "3,50999", "3,50999 < 3,51"),  # 99,997… rounded up to 100,00
    ],
)
def test_a_threshold_not_met_is_not_shown_as_100_percent(
    target: str, realisasi: str, formula: str
) -> None:
    """It printed "Capaian 100,00 %, Sangat Tinggi" beside "ambang belum terpenuhi": now only
    the verdict, with why there is no percent."""
    shown = run_cli("calc", target, realisasi)
    assert shown.returncode == 0, shown.stderr
    assert "100,00" not in shown.stdout and "Sangat Tinggi" not in shown.stdout
    assert "Capaian         : n/a" in shown.stdout
    assert "Kategori        : tidak tercapai" in shown.stdout
    assert f"Rumus           : {formula}" in shown.stdout
    en = run_cli("calc", target, realisasi, "--lang", "en")
    assert "does not pass the threshold" in en.stdout and "Rating       : not met" in en.stdout
    data = json.loads(run_cli("calc", target, realisasi, "--json").stdout)
    assert data["achievement"] is None and data["met"] is False
    assert data["reason_code"] == "threshold_bound"


def test_a_threshold_passed_or_missed_below_keeps_its_percent() -> None:
    above = json.loads(run_cli("calc", ">3,51", "3,52", "--json").stdout)
    assert above["achievement"] == 100.28 and above["met"] is True
    below = json.loads(run_cli("calc", ">3,51", "3,5", "--json").stdout)
    assert below["achievement"] == 99.72 and below["met"] is False
    at_least = json.loads(run_cli("calc", "Minimal 3,51", "3,51", "--json").stdout)
    assert at_least["achievement"] == 100.0 and at_least["met"] is True


def test_status_and_export_say_the_verdict_of_a_threshold_met_only_above(store: Path) -> None:
    """The seed's "Nilai kepatuhan pelayanan publik" (> 3,51) with a realisasi of 3,51."""
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    item = next(i for i in data["items"] if i["target"] == ">3,51")
    done = run_cli("set", item["id"], "realisasi", "3,51", store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    item = next(i for i in data["items"] if i["target"] == ">3,51")
    assert item["achievement"] is None and item["rating"] is None and item["under_target"]
    assert "tidak melewati ambang > 3,51" in item["explanation"]
    export = run_cli("export", "--scope", "semua", store=store).stdout
    line = next(x for x in export.splitlines() if "3,51" in x and "n/a" in x)
    assert "tidak tercapai" in line and "100,00" not in line


LONG = "Target triwulan kedua " + "dicapai dengan koordinasi lintas OPD " * 16  # 614 characters


@pytest.mark.parametrize(
    ("field", "value", "said_id", "said_en"),
    [
        ("target_tw2", LONG, "terlalu panjang untuk sebuah nilai", "too long for a value"),
        ("realisasi", LONG, "terlalu panjang untuk sebuah nilai", "too long for a value"),
        ("target_2024", LONG, "terlalu panjang untuk sebuah nilai", "too long for a value"),
        ("anggaran", "banyak sekali", "anggaran adalah jumlah Rupiah", "a budget is an amount"),
        ("realisasi_anggaran", "90 %", "anggaran adalah jumlah Rupiah", "a budget is an amount"),
        ("anggaran", "80 - 90", "anggaran adalah jumlah Rupiah", "a budget is an amount"),
    ],
    ids=["quarter-target", "realisasi", "renstra-target", "words", "percent", "range"],
)
def test_set_refuses_what_a_value_field_does_not_take(
    store: Path, field: str, value: str, said_id: str, said_en: str
) -> None:
    """``set IKU 1 target_tw2 <600 characters>`` was saved (and an anggaran "banyak sekali",
    which check's budget sums then skipped without a word): refused, naming field and value."""
    before = run_cli("status", "--json", store=store).stdout
    done = run_cli("set", "IKU 1", field, value, store=store)
    assert done.returncode == 2 and said_id in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr) < 600
    en = run_cli("set", "IKU 1", field, value, "--lang", "en", store=store)
    assert en.returncode == 2 and said_en in en.stderr
    assert run_cli("status", "--json", store=store).stdout == before  # nothing written


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("target_tw2", "Tidak ada temuan"),  # a short text as printed is a value
        ("anggaran", "Rp 1.234.567.000"),
        ("anggaran", "1.234.567.000"),
        ("realisasi_anggaran", "-"),
        ("target_akhir", "10 Raperda, 75 Raperbup, 677 SK"),
    ],
)
def test_set_takes_what_a_value_field_means(store: Path, field: str, value: str) -> None:
    done = run_cli("set", "IKU 1", field, value, store=store)
    assert done.returncode == 0, done.stderr


def test_the_import_refuses_the_same_cells_naming_them(store: Path, tmp_path: Path) -> None:
    """The same rule in the import, with the cell: a 600-character quarter target and an
    anggaran in words."""
    sheet = tmp_path / "lkj.csv"
    assert run_cli("export", "--format", "csv", "-o", str(sheet), store=store).returncode == 0
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    header = rows[0]
    row = next(r for r in rows if r[:2] == ["iku", "IKU 1"])
    row[header.index("target_tw3")] = LONG
    row[header.index("anggaran")] = "banyak sekali"
    with sheet.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    done = run_cli("import", str(sheet), "--dry-run", store=store)
    assert done.returncode != 0
    said = done.stdout + done.stderr
    assert "terlalu panjang untuk sebuah nilai" in said
    assert "anggaran adalah jumlah Rupiah" in said
    en = run_cli("import", str(sheet), "--dry-run", "--lang", "en", store=store)
    assert "too long for a value" in en.stdout + en.stderr


def _hand_edit(root: Path, old: str, new: str) -> None:
    """The report file as an older lkj-tui or a text editor left it."""
    path = root / "bengkulu-selatan-setda-2023.json"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_stored_anggaran_1_000_is_never_read_as_a_silent_1(store: Path) -> None:
    """An anggaran "1,000" (and a budget table's total "43,666") stored before ``set`` and the
    import refused it: check read it as 1 (43,666) in its sums and serapan. Now it is named with
    both readings and left out of the sums."""
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    iku = next(i for i in data["items"] if i["code"] == "IKU 1")
    assert run_cli("set", iku["id"], "anggaran", "Rp 7.777", store=store).returncode == 0
    assert run_cli("set", iku["id"], "realisasi_anggaran", "Rp 900", store=store).returncode == 0
    _hand_edit(store, '"Rp 7.777"', '"1,000"')
    _hand_edit(store, '"Rp. 43.666.523.440"', '"43,666"')
    done = run_cli("check", "--json", store=store)
    findings = json.loads(done.stdout)["findings"]
    ambiguous = [f for f in findings if f["check"] == "budget-ambiguous"]
    assert {f["figures"]["printed"] for f in ambiguous} == {"1,000", "43,666"}
    node = next(f for f in ambiguous if f["figures"]["printed"] == "1,000")
    assert node["node"] == iku["id"]
    assert (node["figures"]["decimal"], node["figures"]["thousands"]) == ("1", "1.000")
    # neither figure is added up or divided as 1 (43,666): no sum, no serapan of 90.000 %
    assert not any(
        f["check"] == "budget-sum" and f["figures"].get("printed") == "43,666" for f in findings
    )
    assert not any("90.000" in f["message"] for f in findings)
    text = run_cli("check", store=store).stdout
    assert "Anggaran tercetak “1,000”: bisa 1 (koma desimal) atau 1.000" in " ".join(text.split())
    en = " ".join(run_cli("check", "--lang", "en", store=store).stdout.split())
    assert "The budget is printed “1,000”: 1 (decimal comma) or 1.000" in en


def _workbook(path: Path, merged: bool) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["Level", "Teks", "Indikator", "Satuan"])
    if merged:  # "Target" merged over a row of years
        ws.merge_range(0, 4, 0, 5, "Target")
        ws.write_row(1, 4, [2024, 2025])
        ws.write_row(2, 0, ["sasaran", "Meningkatnya A", "Indeks A", "Nilai", "3,5", "3,6"])
    else:
        ws.write_row(0, 4, ["Target 2024", "Target 2025"])
        ws.write_row(1, 0, ["sasaran", "Meningkatnya A", "Indeks A", "Nilai", "3,5", "3,6"])
    wb.close()


@pytest.mark.parametrize(("merged", "cell"), [(False, "Data!E1"), (True, "Data!E2")])
def test_the_report_years_column_is_quoted_as_the_user_wrote_it(
    store: Path, tmp_path: Path, merged: bool, cell: str
) -> None:
    """The cascading form's "Target 2024" in the report of 2024: the warning quoted the key it
    was mapped to ("target_2024"); now the header as written, at its cell."""
    path = tmp_path / "cascading.xlsx"
    _workbook(path, merged)
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert f'{cell} "Target 2024": dibaca sebagai target tahun laporan (2024)' in said
    assert "target_2024" not in said
    en = run_cli(*args, "--lang", "en", store=store)
    assert (
        f'{cell} "Target 2024": read as the report year\'s target (2024)' in en.stdout + en.stderr
    )


def test_a_date_excel_made_of_3_4_is_refused_not_read_as_three_numbers(
    store: Path, tmp_path: Path
) -> None:
    """ "3/4" typed into a workbook's target cell becomes a date, read as "2026-04-03": it was
    imported as a composite of 2026, -4 and -3 ("tidak dapat dibandingkan" at best). Now the
    cell is named and the user told how to write it; ``set`` says the same."""
    import datetime

    import xlsxwriter

    path = tmp_path / "tanggal.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["Level", "Uraian", "Satuan", "Target", "Realisasi"])
    ws.write_row(1, 0, ["sasaran", "Meningkatnya A"])
    ws.write_row(2, 0, ["iku", "Indeks A", "Nilai"])
    ws.write_datetime(2, 3, datetime.datetime(2026, 4, 3), wb.add_format({"num_format": "d/m"}))
    ws.write_number(2, 4, 3.2)
    wb.close()
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 2
    assert 'Data!D3 "2026-04-03"' in done.stderr and "ini tanggal, bukan nilai" in done.stderr
    en = run_cli(*args, "--lang", "en", store=store)
    assert "this is a date, not a value" in en.stderr
    refused = run_cli("set", "IKU 1", "target_akhir", "2026-04-03", store=store)
    assert refused.returncode == 2 and "ini tanggal, bukan nilai" in refused.stderr


def test_the_value_field_check_is_linear_on_hostile_text() -> None:
    from lkj_tui.core.values import ParseError, typed_value

    for hostile in ("2026-04-03" * 20_000, "1-" * 100_000, "9" * 200_000, "a " * 100_000):
        with pytest.raises(ParseError) as refused:
            typed_value(hostile, amount=True)
        assert len(refused.value.message) < 600


def test_a_hidden_sheet_is_not_read_for_the_visible_one_and_hidden_rows_are_said(
    store: Path, tmp_path: Path
) -> None:
    """A workbook whose first sheet is a hidden lookup ("Lookup") and whose table is on the
    visible "Isian" imported the hidden sheet's old rows without a word; a row hidden in the
    table was read as any other, unsaid. Now the first visible sheet is read, and the hidden
    rows read are named."""
    import xlsxwriter

    path = tmp_path / "tersembunyi.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    lookup = wb.add_worksheet("Lookup")
    lookup.write_row(0, 0, ["Level", "Uraian", "Target"])
    lookup.write_row(1, 0, ["sasaran", "Sasaran lama"])
    lookup.write_row(2, 0, ["iku", "Indeks lama", "1"])
    table = wb.add_worksheet("Isian")
    table.write_row(0, 0, ["Level", "Uraian", "Satuan", "Target", "Realisasi"])
    table.write_row(1, 0, ["sasaran", "Meningkatnya A"])
    table.write_row(2, 0, ["iku", "Indeks A", "Nilai", "3,5", "3,2"])
    table.write_row(3, 0, ["iku", "Indeks B (draf)", "Nilai", "3,5", "1,2"])
    table.set_row(3, None, None, {"hidden": True})
    table.activate()
    lookup.hide()
    wb.close()
    args = ("import", str(path), "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 0, done.stderr
    assert "Isian!4:4: 1 baris tersembunyi di Excel ikut dibaca" in done.stderr
    status = json.loads(run_cli("status", "-r", "dinas-x-2024", "--json", store=store).stdout)
    assert sorted(i["name"] for i in status["items"]) == ["Indeks A", "Indeks B (draf)"]
    en = run_cli(*args, "--dry-run", "--lang", "en", store=store)
    assert "Isian!4:4: 1 row hidden in Excel is read as any other row" in en.stderr
