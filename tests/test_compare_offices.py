"""``compare`` and ``export --compare`` across two offices (years13).

Two offices of one year were shown as "Perbandingan LKj 2023 → 2023" with columns "Target 2023 →
2023" (the export: "Target 2023 | Target 2023"): nothing said which office was which. And each
office's "IKU 1" was paired by kode with the other's "IKU 1", another indicator, and their change
computed. Now the sides are A and B, each named once (instansi, year, id), two instansi are
matched by name only, and A's kode is said where it is not B's."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from tests.conftest import run_cli

OTHER = "dinas-z-2023"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled Setda 2023 and Dinas Z 2023: its IKU 1 another indicator (Angka Partisipasi
    Sekolah), its Indeks Inflasi coded IKU 30 (Setda's IKU 3) with another realisasi."""
    tmp = tmp_path_factory.mktemp("offices")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    report = load_bundled_report()
    report.meta = replace(report.meta, id=OTHER, instansi="Dinas Z <i>Kabupaten</i>")
    for node in list(report.walk()):
        assert node.measure is not None or node.code not in ("IKU 1", "IKU 3", "IKU 6")
        if node.code == "IKU 1":
            measure = replace(node.measure, target="90", realisasi="95")
            report.replace_node(
                node.with_changes(name="Angka Partisipasi Sekolah", measure=measure)
            )
        elif node.code == "IKU 3":
            report.replace_node(node.with_changes(code="IKU 30"))
        elif node.code == "IKU 6":
            report.replace_node(node.with_changes(measure=replace(node.measure, realisasi="70")))
    path = tmp / f"{OTHER}.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    done = run_cli("import", str(path), store=root)
    assert done.returncode == 0, done.stderr
    return root


def test_compare_of_two_offices_names_each_side_and_pairs_by_name(store: Path) -> None:
    done = run_cli("compare", BUNDLED_REPORT_ID, OTHER, store=store)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    lines = out.splitlines()
    assert lines[0] == "Perbandingan LKj A → B"  # was "Perbandingan LKj 2023 → 2023 · …"
    assert lines[1] == (
        "A  Sekretariat Daerah Kabupaten Bengkulu Selatan · 2023 · bengkulu-selatan-setda-2023"
    )
    # (its government said, as its name does not say it: years27)
    assert (
        lines[2] == "B  Dinas Z <i>Kabupaten</i> (Kabupaten Bengkulu Selatan) · 2023 · dinas-z-2023"
    )
    assert "indikator dicocokkan dengan nama saja" in lines[3]
    head = " ".join(out.split("━")[0].split())
    assert "Target A → B" in head and "Kategori B" in head and "2023 → 2023" not in head
    # each office's IKU 1 is its own indicator: not compared, listed on its side
    table = out[out.index("━") : out.index("Indikator yang hanya ada di B")]
    assert "Angka Partisipasi" not in table and "Nilai LPPD" not in table
    only_b = out[out.index("Indikator yang hanya ada di B (1)") :]
    assert "IKU 1 Angka Partisipasi Sekolah" in only_b
    assert "IKU 1 Nilai LPPD" in out[out.index("Indikator yang hanya ada di A (1)") :]
    # the one indicator under two kode: B's kode in its column, A's beside the name
    row = next(line for line in lines if line.startswith("IKU 30"))
    assert "Indeks Inflasi (A: IKU 3)" in row
    # a change between two offices is told as between two years
    iku6 = " ".join(
        line.split("│")[-1].strip()
        for line in lines[lines.index(next(x for x in lines if x.startswith("IKU 6"))) :][:3]
    )
    assert "↑ 10,76 % (lebih baik)" in iku6
    en = run_cli("compare", BUNDLED_REPORT_ID, OTHER, "--lang", "en", store=store).stdout
    assert en.startswith("LKj comparison A → B\nA  Sekretariat Daerah")
    assert "Indicators only in B (1)" in en and "matched by name only" in en


def test_export_compare_of_two_offices(store: Path) -> None:
    md = run_cli("export", "-r", OTHER, "--compare", BUNDLED_REPORT_ID, store=store).stdout
    section = md[md.index("## Perbandingan LKj A → B") :]
    assert (
        "A: Sekretariat Daerah Kabupaten Bengkulu Selatan (2023, bengkulu-selatan-setda-2023)"
        in section
    )
    assert "B: Dinas Z \\<i\\>Kabupaten\\</i\\> (2023, dinas" in section
    assert (
        "| Kode | Indikator | Target A | Target B | Realisasi A | Realisasi B | Capaian A | "
        "Capaian B | Kategori B | Perubahan |"
    ) in section
    assert "| IKU 30 | Indeks Inflasi (A: IKU 3) |" in section
    assert "### Indikator yang hanya ada di B (1)" in section
    assert "Angka Partisipasi Sekolah |" not in section  # not in the table
    assert "(dicocokkan dengan nama)" not in section  # every row is, between two instansi


def test_two_years_of_one_office_are_as_before(store: Path) -> None:
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store)
    assert made.returncode == 0, made.stderr
    out = run_cli("compare", store=store).stdout
    assert out.startswith("Perbandingan LKj 2023 → 2024 · Sekretariat Daerah")
    assert "Target 2023 → 2024" in " ".join(out.split("━")[0].split())


def test_one_id_without_an_earlier_year_names_the_later_ones(tmp_path: Path) -> None:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    for year in ("2024", "2025"):
        made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", year, store=root)
        assert made.returncode == 0, made.stderr
    done = run_cli("compare", BUNDLED_REPORT_ID, store=root)
    assert done.returncode == 1
    said = " ".join(done.stderr.split())
    assert (  # was "…; sebutkan dua id: lkj-tui compare LAMA BARU" only
        "tidak ada laporan tahun sebelumnya dari instansi yang sama untuk "
        "bengkulu-selatan-setda-2023; laporan sesudahnya: bengkulu-selatan-setda-2024 (2024), "
        "bengkulu-selatan-setda-2025 (2025); dengan yang berikutnya: lkj-tui compare "
        "bengkulu-selatan-setda-2023 bengkulu-selatan-setda-2024"
    ) in said
    en = run_cli("compare", BUNDLED_REPORT_ID, "--lang", "en", store=root)
    assert "later reports: bengkulu-selatan-setda-2024 (2024)" in " ".join(en.stderr.split())
