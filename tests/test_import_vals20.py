"""vals20: values, spreadsheets and the reviu — a decimal point typed in a target ("1.234"
beside realisasi "1,2": a capaian of 0,10 %) named by ``check``; a Permasalahan merged over
several IKU listed once in ``export --all``'s roll-up, as in the single report's export."""

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
    assert run_cli("import", str(path), *_ARGS, store=store_path).returncode == 0
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
    assert "Capaian seperseribu: tanda titik atau koma tertukar · Indikator 1 —" in text, text


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
