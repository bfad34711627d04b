"""years39: a Bappeda analyst's listings of a province's offices (``status --all``, ``check
--all``): one year's reports laid out alike in both languages at 80 columns, offices of one name
in several governments told apart by their government, a store whose reports name their
government only in the instansi titled with it once, and cuts that keep an office's own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.cli.status import _Names
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_reviu import _doc

_GOVERNMENTS = ("Kabupaten Seluma", "Kabupaten Kaur", "Provinsi Bengkulu")


def _province_year(tmp_path: Path) -> Path:
    """Reports of 2025, of an IKU measured of two ("(1 dari 2 IKU)"): a long-named office and
    a "Kecamatan Kedurang" of each of three governments."""
    store = Store(tmp_path / "s")
    unmeasured = {"kind": "iku", "code": "IKU 2", "name": "Belum diukur", "measure": {}}
    for region in _GOVERNMENTS:
        slug = region.split()[-1].lower()
        for office in ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Kecamatan Kedurang"):
            meta = {
                "id": f"{slug}-{office.split()[0].lower()}-2025",
                "instansi": f"{office} {region}" if office.startswith("Dinas") else office,
                "pemerintah": f"Pemerintah {region}",
                "tahun": 2025,
            }
            store.import_report(Report.from_document(_doc(report=meta, more=[unmeasured])))
    return store.root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_years_listing_is_a_table_at_80_columns_in_both_languages(
    tmp_path: Path, lang: str
) -> None:
    # A column of "2025" on every row left the Indonesian agency 25 cells at 80 columns: cards,
    # where English showed a table. The title names the year, as with --tahun.
    root = _province_year(tmp_path)
    done = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    title = "All reports of 2025 (6), worst first" if lang == "en" else "Semua laporan 2025 (6)"
    assert lines[0].startswith(title), done.stdout
    header = lines[2] if lines[1].startswith(" ") else lines[1]  # (years41: "Di bawah" above)
    assert header.split()[0] in ("Instansi", "Agency"), done.stdout  # a table's header
    assert "Tahun" not in header and "Year" not in header, done.stdout
    assert max(len(line) for line in lines) <= 80, done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_offices_of_one_name_say_their_government(tmp_path: Path, lang: str) -> None:
    # "Kecamatan Kedurang" of three governments read alike, told apart by the id only.
    root = _province_year(tmp_path)
    done = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "80"})
    lines = done.stdout.splitlines()
    for region in _GOVERNMENTS:
        rid = f"{region.split()[-1].lower()}-kecamatan-2025"
        row = lines[lines.index(f"  {rid}") - 1]
        assert row.startswith("Kecamatan Kedurang"), done.stdout
        assert region.split()[-1] in row, done.stdout
    wide = run_cli("check", "--all", "--lang", lang, store=root, env={"COLUMNS": "160"})
    assert "Kecamatan Kedurang Kabupaten Kaur " in wide.stdout, wide.stdout
    data = json.loads(run_cli("status", "--all", "--json", store=root).stdout)
    assert {r["instansi"] for r in data["reports"]} >= {"Kecamatan Kedurang"}  # (as stored)


def test_a_store_without_pemerintah_names_the_instansis_government_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    for year in (2023, 2024):
        meta = {"id": f"sosial-{year}", "instansi": "Dinas Sosial Kabupaten Kaur", "tahun": year}
        store.import_report(Report.from_document(_doc(report=meta)))
    for command in ("status", "check"):
        done = run_cli(command, "--all", store=store.root, env={"COLUMNS": "80"})
        assert done.stdout.count("Kabupaten Kaur") == 1, done.stdout
        title = " ".join(done.stdout.splitlines()[:2])
        assert "; Pemerintah Kabupaten Kaur" in title, done.stdout


_PROVINCE = [
    f"{office} {region}"
    for office in (
        "Dinas Perpustakaan dan Kearsipan",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Dinas Pemberdayaan Masyarakat dan Desa",
        "Inspektorat Daerah",
        "Sekretariat Daerah",
        "Badan Kesatuan Bangsa dan Politik",
    )
    for region in (
        "Provinsi Bengkulu",
        "Kabupaten Rejang Lebong",
        "Kabupaten Lebong",
        "Kabupaten Bengkulu Selatan",
    )
]


def test_a_cut_keeps_an_offices_own_words_beside_its_place() -> None:
    names = _Names(_PROVINCE)
    # not "Dinas…Provinsi Bengkulu" for each of the province's Dinas
    assert names.cut("Dinas Perpustakaan dan Kearsipan Provinsi Bengkulu", 31) == (
        "Dinas Perpustakaan…Bengkulu"
    )
    # not "Dinas…Rejang Lebong": the word after "Dinas" is its own
    cut = names.cut("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Rejang Lebong", 31)
    assert cut == "…Kependudukan…Rejang Lebong"
    # "Sekretariat…", not "…Daerah…", which is the Inspektorat's too
    cut = names.cut("Sekretariat Daerah Kabupaten Rejang Lebong", 31)
    assert cut == "Sekretariat…Rejang Lebong"
    for width in range(24, 40):  # (cut only where wider: after whole words, the place kept)
        for name in (n for n in _PROVINCE if len(n) > width):
            cut = names.cut(name, width)
            assert cut is not None and len(cut) <= width, (name, width, cut)
            assert set(cut.replace("…", " ").split()) <= set(name.split()), (name, width, cut)
