"""What a reader is shown for two kinds of figure that were shown raw (the lead's review of the
eleventh pass): a target printed in an imported file's ``target_text`` is named "Berkas impor"
("Imported file") wherever a conflicting target is listed, not by its stored table "Impor"; and a
realisasi derived from the triwulan is shown "900 (TW)" beside its capaian in status's
under-target lines and the export, where they showed an empty realisasi next to 90,00 %."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import csv_store, run_cli

ESAKIP = (
    "level;kode;kode_induk;uraian;satuan;tipe_indikator;tipe_perhitungan;target;target_text;"
    "realisasi;tw1;tw2\n"
    "sasaran;S1;;Meningkatnya kesejahteraan;;;;;;;;\n"
    "iku;I2;S1;Jumlah wisatawan;orang;positif;Kumulatif;;1.000;;400;500\n"
    "iku;I3;S1;Indeks kepuasan;Indeks;positif;Non Kumulatif;80;85;82;;\n"
    "iku;I4;S1;Jumlah kunjungan;orang;positif;Kumulatif;1.000;1.200;;400;500\n"
)
REPORT = ("-r", "bappeda-2024")


def _store(tmp_path: Path) -> Path:
    return csv_store(tmp_path, "esakip.csv", ESAKIP, "Bappeda")


def test_an_imported_target_is_named_as_the_imported_file(tmp_path: Path) -> None:
    store = _store(tmp_path)
    status = run_cli("status", *REPORT, store=store).stdout
    assert "85 (Berkas impor) → 96,47 %" in status and "(Impor)" not in status
    en = run_cli("status", *REPORT, "--lang", "en", store=store).stdout
    assert "85 (Imported file) → 96,47 %" in en
    check = run_cli("check", *REPORT, store=store).stdout
    assert "80 (LKj); 85 (Berkas impor)" in check and "(Impor)" not in check
    check_en = run_cli("check", *REPORT, "--lang", "en", store=store).stdout
    assert "80 (LKj); 85 (Imported file)" in check_en
    export = run_cli("export", *REPORT, "--scope", "semua", store=store).stdout
    assert "85 (Berkas impor)" in export and "(Impor)" not in export
    # --json keeps the stored name, for scripts
    data = json.loads(run_cli("status", *REPORT, "--json", store=store).stdout)
    conflicts = {i["code"]: i["target_conflicts"] for i in data["items"]}
    assert [c["source"] for c in conflicts["I3"]] == ["Impor"]


def test_a_realisasi_from_the_quarters_is_shown_beside_its_capaian(tmp_path: Path) -> None:
    store = _store(tmp_path)
    status = run_cli("status", *REPORT, store=store).stdout
    assert "Jumlah wisatawan — 900 (TW) / 1.000 = 90,00 %" in status
    export = run_cli("export", *REPORT, store=store).stdout
    assert "| I2 | Jumlah wisatawan | 1\\.000 | 900 (TW) | 90,00 % |" in export
    assert "- Target: 1\\.000 · Realisasi: 900 (TW) · Capaian: 90,00 %" in export
    # the reviu's capaian against each printed target uses that realisasi too
    check = run_cli("check", *REPORT, store=store).stdout
    flat = " ".join(check.split())
    assert "Capaian menurut tiap target: 1.000 → 90,00 % ▼; 1.200 → 75,00 % ▼." in flat


def test_a_realisasi_the_quarters_cannot_give_says_why(tmp_path: Path) -> None:
    """A kumulatif indicator whose second quarter is a letter: its year's realisasi cannot be
    derived. check said nothing at all (its missing-realisasi finding was skipped for every
    derived realisasi, failed or not) and the export only "realisasi belum diisi"; both now say
    why, as the TUI and --json did."""
    store = _store(tmp_path)
    done = run_cli("set", "I2", "tw2", "B", *REPORT, store=store)
    assert done.returncode == 0, done.stderr
    check = " ".join(run_cli("check", *REPORT, store=store).stdout.split())
    assert (
        "Realisasi kosong untuk target 1.000: capaian tidak terukur (tidak dapat diturunkan "
        "dari triwulan: Triwulan II bukan angka)." in check
    )
    check_en = " ".join(run_cli("check", *REPORT, "--lang", "en", store=store).stdout.split())
    assert "no capaian (it cannot be derived from the triwulan: Quarter 2 is not a number)" in (
        check_en
    )
    export = run_cli("export", *REPORT, "--scope", "semua", store=store).stdout
    assert (
        "- Realisasi tidak dapat diturunkan dari triwulan (cara hitung: kumulatif): Triwulan II "
        "bukan angka." in export
    )
    export_en = run_cli("export", *REPORT, "--scope", "all", "--lang", "en", store=store).stdout
    assert (
        "- The realisasi cannot be derived from the triwulan (how counted: kumulatif): Quarter 2 "
        "is not a number." in export_en
    )


def test_english_totals_say_one_thing_in_the_singular(tmp_path: Path) -> None:
    """check --all --lang en of a store of one report said "1 reports: …", and a report with one
    error "1 errors"; Bahasa Indonesia's nouns do not change."""
    import re

    store = tmp_path / "bundled"  # the bundled report alone
    assert run_cli("init", store=store).returncode == 0
    every = run_cli("check", "--all", "--lang", "en", store=store).stdout.splitlines()
    assert re.fullmatch(
        r"1 report: \d+ errors? \(✗\) · \d+ warnings? \(!\) · \d+ notes? \(·\)", every[-1]
    )
    assert run_cli("check", "--all", store=store).stdout.splitlines()[-1].startswith("1 laporan: ")
    from lkj_tui.cli.check import _nouns

    words = _nouns({"error": 1, "warning": 2, "info": 0, "n": 1})
    assert words == {
        "w_error": "error",
        "w_warning": "warnings",
        "w_info": "notes",
        "w_n": "report",
    }
