"""exp70: the export's and compare's words and layout.

The Markdown export labelled the capaian's formula "Cara hitung" ("Calculation"), the word the
glossary, the measure form (``m``) and ``set`` keep for how the quarters make the year's
realisasi (kumulatif, nilai akhir, rata-rata; "How counted"). The formula now has the detail
pane's words, "Perhitungan" ("How it was computed"), and the realisasi made from the quarters
names its cara hitung as such."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import csv_store, next_year_store, run_cli

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


# `compare` below 90 columns: the kategori is the first line of the change's cell, not a column
# of its own (13 cells and a rule for "Sangat Tinggi"), so each pair's arrow stays with a figure
# and each rating stays whole; at 120 columns the table is as it was.

LONE = re.compile(r"│ *(?:→|->) *│")
SPLIT = re.compile(r"│ (?:Sangat|Very) *(?:│|$)")
REALISASI_2024 = (
    ("IKU 1", "2,50"),
    ("IKU 2", "B (70,00)"),
    ("IKU 3", "2,9"),
    ("IKU 4", "99"),
    ("IKU 5", "95"),
    ("IKU 6", "70,10"),
    ("IKU 7", "BB"),
    ("IKU 10", "80"),
)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exp70") / "s"
    return next_year_store(root, [(code, "realisasi", value) for code, value in REALISASI_2024])


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", ["80", "84", "89"])
def test_no_arrow_alone_and_every_rating_whole(two_years: Path, lang: str, columns: str) -> None:
    done = run_cli("compare", "--lang", lang, store=two_years, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if "│" in line]
    assert table, done.stdout
    assert not [line for line in table if LONE.search(line)], done.stdout
    assert not [line for line in table if SPLIT.search(line)], done.stdout
    rating, change = ("Kategori", "Perubahan") if lang == "id" else ("Rating", "Change")
    heads = [line for line in done.stdout.splitlines() if "┃" in line]
    assert heads[-2].endswith(f"┃ {rating}") and heads[-1].endswith(f"┃ {change}"), heads
    # (IKU 2: "A (86,45) → B (70,00)", its arrow with its figure; its kategori, then its change)
    rows = done.stdout[done.stdout.index("IKU 2") :].splitlines()
    assert rows[0].endswith(" │ Sangat Tinggi" if lang == "id" else " │ Very high"), rows[:3]
    assert rows[1].endswith("↓ 2 tingkat" if lang == "id" else "↓ 2 steps"), rows[:3]


def test_at_120_columns_the_kategori_has_its_column(two_years: Path) -> None:
    done = run_cli("compare", store=two_years, env={"COLUMNS": "120"})
    assert done.returncode == 0, done.stderr
    heads = [line for line in done.stdout.splitlines() if "┃" in line]
    assert re.search(r"┃ Kategori +┃ Perubahan", heads[-1]), heads
    first = next(line for line in done.stdout.splitlines() if line.startswith("IKU 2 "))
    assert re.search(r"│ Sangat Tinggi │ ↓ 2 tingkat", first), first
