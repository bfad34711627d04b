"""The spreadsheets planners already have (forms12): e-SAKIP's ``tipe_perhitungan`` and
``target_text``, the cascading form (Level, Teks, Indikator…) and a hand-made table of Sasaran
and Indikator without a level column. Through the installed command, as the user meets them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

ESAKIP = (
    "level;kode;kode_induk;uraian;satuan;tipe_indikator;tipe_perhitungan;target;target_text;"
    "realisasi;tw1;tw2\n"
    "sasaran;S1;;Meningkatnya kesejahteraan;;;;;;;;\n"
    "iku;I1;S1;Angka kemiskinan;%;negatif;non-kumulatif;12,5;12,5 %;12,80;;\n"
    "iku;I2;S1;Jumlah wisatawan;orang;positif;Kumulatif;;1.000;;400;500\n"
    "iku;I3;S1;Indeks kepuasan;Indeks;positif;Non Kumulatif;80;85;82;;\n"
)
ARGS = ("--instansi", "Bappeda", "--tahun", "2024")


def _items(store: Path) -> dict[str, dict[str, object]]:
    status = run_cli("status", "--json", "-r", "bappeda-2024", store=store)
    assert status.returncode == 0, status.stderr
    return {i["code"]: i for i in json.loads(status.stdout)["items"]}


def test_e_sakip_tipe_perhitungan_and_target_text_are_read(tmp_path: Path) -> None:
    """new11/forms12: an e-SAKIP export's ``tipe_perhitungan`` and ``target_text`` were unknown
    columns, ignored with a warning: the wisatawan's target (only in target_text) was lost, so it
    had no capaian, and its kumulatif quarters gave no realisasi of the year. Now kumulatif is the
    cara hitung, non-kumulatif is kept as the file says it (it names no cara hitung of its own),
    target_text is the target where target is empty, and a target_text that says another figure
    is kept and named."""
    path = tmp_path / "esakip.csv"
    path.write_text(ESAKIP, encoding="utf-8")
    store = tmp_path / "s"
    done = run_cli("import", str(path), *ARGS, store=store)
    assert done.returncode == 0, done.stderr
    assert "kolom tidak dikenal" not in done.stderr
    # the disagreeing target_text is named with its cell, once (12,5 and "12,5 %" agree)
    assert done.stderr.count("target_text berbeda") == 1
    assert 'baris 5 (target_text) "85": target_text berbeda dengan target "80"' in done.stderr
    items = _items(store)
    assert items["I2"]["target"] == "1.000" and items["I2"]["achievement"] == 90.0
    assert items["I1"]["achievement"] == 97.6
    assert [c["value"] for c in items["I3"]["target_conflicts"]] == ["85"]
    doc = json.loads(
        run_cli("export", "--format", "json", "-r", "bappeda-2024", store=store).stdout
    )
    text = json.dumps(doc, ensure_ascii=False)
    assert '"tipe_perhitungan": "non-kumulatif"' in text and '"cara_hitung": "kumulatif"' in text
    check = run_cli("check", "-r", "bappeda-2024", "--lang", "en", store=store)
    assert "85 (Impor)" in check.stdout
    en = run_cli(
        "import", str(path), *ARGS, "--dry-run", "--overwrite", "--lang", "en", store=store
    )
    assert 'row 5 (target_text) "85": target_text differs from the target "80"' in en.stderr


def test_e_sakip_values_that_cannot_be_mapped_name_their_cell(tmp_path: Path) -> None:
    """A tipe_perhitungan lkj-tui cannot read, and a non-kumulatif indicator whose realisasi of
    the year would have to come from its quarters, are refused with the cell; nothing is saved."""
    path = tmp_path / "esakip.csv"
    path.write_text(
        ESAKIP
        + "iku;I4;S1;Rasio;%;positif;non kumulatif;80;;;40;45\n"
        + "iku;I5;S1;Rasio 2;%;positif;bulanan;80;;70;;\n",
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = run_cli("import", str(path), *ARGS, store=store)
    assert done.returncode == 2
    assert 'baris 6 (cara_hitung) "non kumulatif": non-kumulatif tidak menyebut' in done.stderr
    assert "tulis nilai_akhir (triwulan terakhir yang terisi) atau rata_rata" in done.stderr
    assert 'baris 7 (cara_hitung) "bulanan": cara_hitung harus kumulatif' in done.stderr
    assert not (store / "bappeda-2024.json").exists()
    en = run_cli("import", str(path), *ARGS, "--lang", "en", store=store)
    assert 'row 6 (cara_hitung) "non kumulatif": non-kumulatif does not say' in en.stderr


def test_a_hostile_target_text_is_named_cleanly(tmp_path: Path) -> None:
    """A target_text with an escape is refused as any value holding one is, and one of 200,000
    characters is named in a warning cut short; neither reaches the terminal raw."""
    path = tmp_path / "esakip.csv"
    path.write_text(ESAKIP.replace(";80;85;", ";80;\x1b[31m85\x1b[0m;"), encoding="utf-8")
    done = run_cli("import", str(path), *ARGS, "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2 and "\x1b" not in done.stderr
    assert 'baris 5 (target_text) "\\x1b[31m85\\x1b[0m": Nilai' in done.stderr
    path.write_text(ESAKIP.replace(";80;85;", f";80;{'8' * 200_000};"), encoding="utf-8")
    done = run_cli("import", str(path), *ARGS, "--dry-run", store=tmp_path / "s", timeout=120)
    assert done.returncode == 0, done.stderr[:2000]
    line = next(x for x in done.stderr.splitlines() if "target_text berbeda" in x)
    assert len(line) < 400
