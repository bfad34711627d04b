"""exp70: the export's and compare's words and layout.

The Markdown export labelled the capaian's formula "Cara hitung" ("Calculation"), the word the
glossary, the measure form (``m``) and ``set`` keep for how the quarters make the year's
realisasi (kumulatif, nilai akhir, rata-rata; "How counted"). The formula now has the detail
pane's words, "Perhitungan" ("How it was computed"), and the realisasi made from the quarters
names its cara hitung as such."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import csv_store, run_cli

ESAKIP = (
    "level;kode;kode_induk;uraian;satuan;tipe_indikator;tipe_perhitungan;target;target_text;"
    "realisasi;tw1;tw2\n"
    "sasaran;S1;;Meningkatnya kesejahteraan;;;;;;;;\n"
    "iku;I2;S1;Jumlah wisatawan;orang;positif;Kumulatif;;1.000;;400;500\n"
)
REPORT = ("-r", "bappeda-2024")


def test_the_formula_is_labelled_as_the_detail_pane_labels_it(tmp_path: Path) -> None:
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    doc = run_cli("export", store=store).stdout
    assert "- Perhitungan: Capaian 50,00 %: terendah dari 3 komponen" in doc
    assert "Cara hitung" not in doc  # (the bundled report has no cara hitung)
    en = run_cli("export", "--lang", "en", store=store).stdout
    assert "- How it was computed: Capaian 50,00 %: the lowest of 3 components" in en
    assert "Calculation" not in en


def test_a_realisasi_from_the_quarters_names_its_cara_hitung(tmp_path: Path) -> None:
    store = csv_store(tmp_path, "esakip.csv", ESAKIP, "Bappeda")
    doc = run_cli("export", *REPORT, "--scope", "semua", store=store).stdout
    assert "- Realisasi diturunkan dari triwulan (cara hitung: kumulatif): 400 + 500 = 900." in (
        doc
    )
    assert "Perhitungan" not in doc  # (plain positif R/T: no formula line)
    en = run_cli("export", *REPORT, "--scope", "all", "--lang", "en", store=store).stdout
    assert "- Realisasi derived from the triwulan (how counted: kumulatif): 400 + 500 = 900." in (
        en
    )


def test_the_glossary_gives_each_meaning_its_own_words() -> None:
    """The glossary's row of the formula's words names the export too; the cara hitung's row
    names the export's sentence of a realisasi made from the quarters."""
    glossary = (Path(__file__).parent.parent / "docs" / "glossary.md").read_text(encoding="utf-8")
    rows = [r for r in glossary.splitlines() if r.startswith("| ")]
    formula = next(r for r in rows if r.startswith("| Sumber tabel; Perhitungan |"))
    assert "how it was computed" in formula and "export" in formula
    cara = next(r for r in rows if r.startswith("| Cara hitung:"))
    assert "How counted" in cara and "export" in cara
