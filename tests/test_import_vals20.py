"""vals20: values, spreadsheets and the reviu — a decimal point typed in a target ("1.234"
beside realisasi "1,2": a capaian of 0,10 %) named by ``check`` and the import; a Permasalahan
merged over several IKU listed once in ``export --all``'s roll-up, as in the single report's
export; a PK's table under unknown headers, a budget merged over part of a sasaran and a grade
"B+" each named with what to write."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.test_import_vals16 import _ARGS
from tests.test_import_vals19 import _pk_table


def _findings(store: Path, lang: str) -> list[dict[str, str]]:
    done = run_cli("check", "--json", "--report", "dinas-x-2024", "--lang", lang, store=store)
    return json.loads(done.stdout)["findings"]


def test_check_names_a_capaian_a_thousandth_off_by_a_decimal_point(
    store_path: Path, tmp_path: Path
) -> None:
    """Target "1.234" (a decimal point typed the English way, read 1.234 by the thousands dot)
    beside realisasi "1,2" gave a capaian of 0,10 % with no finding but "under target without
    permasalahan". A warning names both figures, both readings and the capaian the decimal
    reading gives (id and en); a genuine low capaian (the decimal reading would be no likely
    capaian: 166 %), or a pair written in one form, is not named."""
    rows = [["1.234", "1,2"], ["1.500", "2,5"], ["1.234", "12"], ["95", "90"]]
    path = _pk_table(tmp_path / "pk.xlsx", ["Target", "Realisasi"], rows)
    done = run_cli("import", str(path), *_ARGS, store=store_path)
    assert done.returncode == 0, done.stderr
    warned = " ".join(done.stderr.split())  # the import names it too, that row only
    assert (
        'PK!E2 "1.234": target 1.234 dibaca 1.234 (titik ribuan) di samping realisasi 1,2 di '
        "PK!F2 (koma desimal): capaiannya meleset seribu kali; bila titiknya tanda desimal, "
        "tulis target 1,234 (capaian 97,24 %)"
    ) in warned, warned
    assert "PK!E3" not in warned and "PK!E4" not in warned, warned
    said = {}
    for lang in ("id", "en"):
        found = [f for f in _findings(store_path, lang) if f["check"] == "separator-slip"]
        assert len(found) == 1 and found[0]["severity"] == "warning", found
        said[lang] = found[0]["message"]
    assert said["id"] == (
        "Capaian 0,10 % (target 1.234, realisasi 1,2): target 1.234 dibaca 1.234 (titik ribuan) "
        "di samping realisasi 1,2 (koma desimal); bila titiknya tanda desimal, target 1,234 dan "
        "capaian 97,24 %: tulis keduanya dalam satu bentuk (target 1,234 bila desimal)."
    ), said
    assert (
        "target 1.234 is read as 1.234 (thousands dot) beside realisasi 1,2 (decimal comma)"
        in (said["en"])
    )
    text = " ".join(run_cli("check", "--report", "dinas-x-2024", store=store_path).stdout.split())
    assert "Capaian seperseribu: tanda titik atau koma tertukar · Indikator 1 (simpul " in text, (
        text
    )


def test_a_realisasi_typed_with_a_decimal_point_is_named_in_the_capaian_over_150(
    store_path: Path, tmp_path: Path
) -> None:
    """Realisasi "1.234" beside target "1,5" (82.266,67 %) was put down to a target "mungkin
    terlalu rendah": the capaian-over-150 finding names the slip instead."""
    path = _pk_table(tmp_path / "pk.xlsx", ["Target", "Realisasi"], [["1,5", "1.234"]])
    assert run_cli("import", str(path), *_ARGS, store=store_path).returncode == 0
    (over,) = [f for f in _findings(store_path, "id") if f["check"] == "capaian-over-150"]
    assert over["message"] == (
        "Capaian 82.266,67 % (target 1,5, realisasi 1.234): realisasi 1.234 dibaca 1.234 (titik "
        "ribuan) di samping target 1,5 (koma desimal); bila titiknya tanda desimal, realisasi "
        "1,234 dan capaian 82,27 %: tulis keduanya dalam satu bentuk (realisasi 1,234 bila "
        "desimal)."
    ), over


_MASALAH = "Keterlambatan pencairan anggaran menghambat kegiatan lapangan di puskesmas"


def test_export_all_lists_a_merged_permasalahan_once_per_office(
    store_path: Path, tmp_path: Path
) -> None:
    """A Permasalahan merged over three under-target IKU was listed three times in the roll-up
    (Markdown and the xlsx "Di bawah target" sheet), where the single report's export lists it
    once: the roll-up lists it under the first IKU, the others referring to it (id and en); a
    short Solusi ("Percepat") is listed again, as the single export does."""
    merged = {(1, 3, 6): _MASALAH, (1, 2, 7): "Percepat"}
    head = ["Target", "Realisasi", "Permasalahan", "Solusi"]
    path = _pk_table(tmp_path / "pk.xlsx", head, [["95", "90"]] * 3, merged)
    assert run_cli("import", str(path), *_ARGS, store=store_path).returncode == 0
    done = run_cli("export", "--all", "--tahun", "2024", store=store_path)
    md = done.stdout
    assert md.count(_MASALAH) == 1, done.stderr
    assert md.count("**Permasalahan:** sama dengan Indikator 1 di atas.") == 2, md
    assert md.count("1. Percepat") == 2, md
    en = run_cli("export", "--all", "--tahun", "2024", "--lang", "en", store=store_path).stdout
    assert en.count(_MASALAH) == 1 and "the same as Indikator 1's above." in en, en

    from openpyxl import load_workbook

    out = tmp_path / "rekap.xlsx"
    done = run_cli(
        "export", "--all", "--tahun", "2024", "--format", "xlsx", "-o", str(out), store=store_path
    )
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(out)["Di bawah target"].iter_rows(values_only=True))
    assert [(r[3], r[8], r[9]) for r in rows[1:]] == [
        ("Indikator 1", _MASALAH, "Percepat"),
        ("Indikator 2", "sama dengan Indikator 1", "Percepat"),
        ("Indikator 3", "sama dengan Indikator 1", "belum ada (perlu ditetapkan dalam rapat)"),
    ], rows


def _headed(path: Path, head: list[str], cover: bool = False) -> Path:
    """A PK's table of two indicators of one sasaran under the headers ``head`` (No, the
    sasaran's, the indicator's, Satuan, Target, Realisasi) on the sheet "PK", after a sheet
    "Cover" with a title if ``cover``."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    if cover:
        wb.add_worksheet("Cover").write(0, 0, "LAPORAN KINERJA 2024")
    ws = wb.add_worksheet("PK")
    ws.write_row(0, 0, head)
    for i in range(2):
        ws.write_row(1 + i, 0, [str(i + 1), "Meningkatnya pelayanan", f"Indikator {i + 1}", "km"])
        ws.write_row(1 + i, 4, ["95", "90"])
    wb.close()
    return path


def test_a_pk_table_whose_headers_are_not_known_says_which_headers_are_looked_for(
    store_path: Path, tmp_path: Path
) -> None:
    """A PK's table headed "Ukuran Kinerja" (or "Tujuan/Sasaran") was refused with the template's
    advice, "add a 'level' column": it now says the table looks like a table of Sasaran and
    Indikator, which headers the reader looks for, and which column to rename (id and en); the
    table renamed so is read."""
    head = ["No", "Sasaran Strategis", "Ukuran Kinerja", "Satuan", "Target", "Realisasi"]
    path = _headed(tmp_path / "pk.xlsx", head)
    done = run_cli("import", str(path), *_ARGS, "--dry-run", store=store_path)
    flat = " ".join(done.stderr.split())
    assert done.returncode == 2 and "Traceback" not in flat, flat
    assert (
        "PK!1:1: tabel ini tampak seperti tabel Sasaran dan Indikator (PK): lkj-tui mengenalinya "
        "dari judul kolom yang diawali 'Sasaran' (mis. 'Sasaran Strategis') dan yang diawali "
        "'Indikator' (mis. 'Indikator Kinerja'); ganti judul 'Ukuran Kinerja' di PK!C1 menjadi "
        "'Indikator Kinerja'"
    ) in flat, flat
    assert "kolom 'level'" not in flat, flat
    head[1:3] = ["Tujuan/Sasaran", "Indikator Kinerja"]
    path = _headed(tmp_path / "pk2.xlsx", head)
    en = run_cli("import", str(path), *_ARGS, "--dry-run", "--lang", "en", store=store_path)
    flat_en = " ".join(en.stderr.split())
    assert (
        "this table looks like a table of Sasaran and Indikator (PK): lkj-tui knows it by a "
        "column header beginning with 'Sasaran'"
    ) in flat_en and "rename 'Tujuan/Sasaran' at PK!B1 'Sasaran Strategis'" in flat_en, flat_en
    head[1] = "Sasaran Strategis"
    path = _headed(tmp_path / "pk3.xlsx", head)
    assert run_cli("import", str(path), *_ARGS, "--dry-run", store=store_path).returncode == 0


def test_a_budget_merged_over_part_of_a_sasaran_says_how_to_make_it_the_sasarans(
    store_path: Path, tmp_path: Path
) -> None:
    """A budget merged over two of a sasaran's three indicator rows was refused with "write the
    amount once, on the row it belongs to", not saying it could be the sasaran's: the refusal
    now names the sasaran, all its rows, and the two ways to write it (id and en); merged over
    all three it is read as the sasaran's."""
    rows = [["95", "90", "Rp 1.000.000"]] * 3
    head = ["Target", "Realisasi", "Anggaran (Rp)"]
    path = _pk_table(tmp_path / "pk.xlsx", head, rows, {(1, 2, 6): "Rp 5.000.000"})
    done = run_cli("import", str(path), *_ARGS, "--dry-run", store=store_path)
    flat = " ".join(done.stderr.split())
    assert done.returncode == 2, flat
    assert (
        "pada baris pemiliknya; bila ini anggaran sasaran “Meningkatnya pelayanan”, gabungkan "
        "selnya atas semua 3 baris indikatornya (PK!G2:G4) agar dibaca sekali sebagai anggaran "
        "sasaran, atau tulis angkanya pada satu baris saja"
    ) in flat, flat
    en = run_cli("import", str(path), *_ARGS, "--dry-run", "--lang", "en", store=store_path)
    assert "if it is the budget of the sasaran “Meningkatnya pelayanan”, merge the cell over " in (
        " ".join(en.stderr.split())
    )
    whole = _pk_table(tmp_path / "whole.xlsx", head, rows, {(1, 3, 6): "Rp 5.000.000"})
    assert run_cli("import", str(whole), *_ARGS, "--dry-run", store=store_path).returncode == 0


def test_a_grade_with_a_sign_is_named_as_read_as_text(store_path: Path, tmp_path: Path) -> None:
    """ "B+" and "A-" were read as text without a word ("B+" beside "B+" met, beside "BB" no
    capaian). The SAKIP scale (AA, A, BB, B, CC, C, D) and the seed have no sign: each such cell
    is named with how it is read and what to write (id and en); "BB" and "CC" read as grades,
    unnamed."""
    rows = [["BB", "B+"], ["A-", "A"], ["BB", "CC"]]
    path = _pk_table(tmp_path / "pk.xlsx", ["Target", "Realisasi"], rows)
    flat = " ".join(
        run_cli("import", str(path), *_ARGS, "--dry-run", store=store_path).stderr.split()
    )
    assert (
        'PK!F2 "B+": predikat dengan tanda “+” tidak ada dalam skala SAKIP (AA, A, BB, B, CC, C, '
        "D; PermenPAN-RB 88/2021), jadi dibaca sebagai teks: capaian hanya dihitung bila target "
        "tertulis sama persis; tulis predikatnya tanpa tanda, B, atau dengan nilai evaluasinya, "
        "mis. B (65)"
    ) in flat, flat
    assert 'PK!E3 "A-": predikat dengan tanda “-”' in flat and "mis. A (85)" in flat, flat
    assert "PK!E4" not in flat and "PK!F4" not in flat, flat
    en = run_cli("import", str(path), *_ARGS, "--dry-run", "--lang", "en", store=store_path)
    assert 'PK!F2 "B+": a grade with “+” is not on the SAKIP scale' in en.stderr, en.stderr
