"""``export --all`` and the years a store holds (years13).

The roll-up of the latest year left out, unsaid, every office whose report of that year was not
in the store yet (a Bappeda planner saw 1 OPD where the region has 3); a year the store does not
hold (``--tahun 2030``) or a region no report of the year belongs to wrote an empty roll-up and
exit 0. Now the offices without the year's report are named with the years the store holds of
them (Markdown and xlsx), and the two empty cases are one line on stderr, exit 1, naming what the
store does hold."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and 2024 (``new --from``); Bappeda of the same kabupaten with 2022 and 2023 only;
    Dinas Y of another kabupaten with 2023 only."""
    return offices_store(
        tmp_path_factory.mktemp("rollup"),
        (
            ("bappeda-2022", "Bappeda <b>Bengkulu</b> Selatan", "Kabupaten Bengkulu Selatan", 2022),
            ("bappeda-2023", "Bappeda <b>Bengkulu</b> Selatan", "Kabupaten Bengkulu Selatan", 2023),
            ("dinas-y-2023", "Dinas Y", "Kabupaten Kaur", 2023),
        ),
    )


def test_the_roll_up_names_the_offices_without_the_year_s_report(store: Path) -> None:
    done = run_cli("export", "--all", store=store)
    assert done.returncode == 0, done.stderr
    md = done.stdout
    # (the year's one report is Bengkulu Selatan's, Dinas Y is Kaur's: the title names neither,
    # each office is named whole; years34)
    assert "# Rekap Kinerja Seluruh OPD (2024)" in md
    section = md[md.index("## OPD tanpa laporan 2024 (2)") :]
    section = section[: section.index("\n## ", 1)]
    assert "Laporan tahun lain ada di penyimpanan; laporan 2024 belum ada." in section
    # each office once, by instansi, with every year held; its name escaped as every report text
    assert "- Bappeda \\<b\\>Bengkulu\\</b\\> Selatan — laporan yang ada: 2022, 2023" in section
    assert "- Dinas Y — laporan yang ada: 2023" in section
    # right after the summary table, before the per-OPD sections
    assert (
        md.index("## Ringkasan per OPD")
        < md.index("## OPD tanpa laporan")
        < md.index("## Sekretariat Daerah Kabupaten Bengkulu Selatan (2024)")
    )
    # one region: the other kabupaten's office is not missing from it; the title names the
    # region, the rows do not
    region = run_cli("export", "--all", "--pemerintah", "bengkulu selatan", store=store).stdout
    assert "## OPD tanpa laporan 2024 (1)" in region and "Dinas Y" not in region
    assert "# Rekap Kinerja Seluruh OPD: Pemerintah Kabupaten Bengkulu Selatan (2024)" in region
    assert "## Sekretariat Daerah (2024)" in region
    en = run_cli("export", "--all", "--lang", "en", store=store).stdout
    assert "## Offices without a report for 2024 (2)" in en
    assert "- Dinas Y — reports held: 2023" in en
    # every office has a report of 2023: no such section
    full = run_cli("export", "--all", "--tahun", "2023", store=store).stdout
    assert "tanpa laporan" not in full and "Dinas Y" in full


def test_the_roll_up_workbook_has_a_sheet_of_them(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "rekap.xlsx"
    done = run_cli("export", "--all", "--format", "xlsx", "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as book:
        sheets = book.read("xl/workbook.xml").decode("utf-8")
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
    assert 'name="Tanpa laporan 2024"' in sheets
    assert "Bappeda &lt;b&gt;Bengkulu&lt;/b&gt; Selatan" in strings and "2022, 2023" in strings
    both = tmp_path / "rekap-2023.xlsx"
    done = run_cli(
        "export", "--all", "--tahun", "2023", "--format", "xlsx", "-o", str(both), store=store
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(both) as book:
        assert "Tanpa laporan" not in book.read("xl/workbook.xml").decode("utf-8")


def test_a_year_or_a_region_the_store_does_not_hold_is_said(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "kosong.md"
    done = run_cli("export", "--all", "--tahun", "2030", "-o", str(out), store=store)
    assert done.returncode == 2 and not out.exists()  # was an empty roll-up, exit 0
    assert "tidak ada laporan tahun 2030 di penyimpanan; tahun yang ada: 2022, 2023, 2024" in (
        done.stderr
    )
    en = run_cli("export", "--all", "--tahun", "2030", "--lang", "en", store=store)
    assert en.returncode == 2
    assert "no report of 2030 in the store; the years it holds: 2022, 2023, 2024" in en.stderr
    region = run_cli("export", "--all", "--pemerintah", "Kaur", store=store)
    assert region.returncode == 2
    assert (
        'tidak ada laporan tahun 2024 dengan pemerintah yang memuat "Kaur"; pemerintah laporan '
        "2024: Kabupaten Bengkulu Selatan"  # (years25: "Pemerintah" on every item no more)
    ) in region.stderr
    hostile = run_cli(
        "export", "--all", "--pemerintah", "\x1b[31mKaur", "--lang", "en", store=store
    )
    assert hostile.returncode == 2 and "\x1b" not in hostile.stderr
    assert 'whose pemerintah contains "' in hostile.stderr
