"""``compare`` pairs a renamed office as ``export --all`` does, and says what it paired (years15).

``lkj-tui compare`` without ids paired the latest report only with an earlier report of the same
instansi name: an office renamed for the new year ("Bappeda" 2023, "Bapperida" 2024, the same id
but for the year; or ``new --from`` under a new name) had "no earlier report", and two ids of it
were compared as two offices (sides A and B, matched by name only). Nor did it say which report
it picked in a store of many offices. Now the renamed office is paired by the rollover's link,
then by the id, compared as two years of one instansi (by kode too), the pairing said, and,
when ``compare`` picked, which two reports and how many other instansi have a report of the
year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli
from tests.test_rollup_renamed import _import

SETDA_2024 = BUNDLED_REPORT_ID.replace("2023", "2024")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 (bundled) and its 2024 as "Setda Baru" (``new --from``); Bappeda 2023 and
    "Bapperida" 2024 of the id bappeda-2024 (imported, no link; its IKU 1 renamed); Dinas Y
    2024 alone. The store's latest report (the default) is Bapperida's."""
    tmp = tmp_path_factory.mktemp("pairing")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    for rid, instansi in (("bappeda-2023", "Bappeda"), ("bappeda-2024", "Bapperida")):
        _import(tmp, root, rid, f"{instansi} Bengkulu Selatan", int(rid[-4:]))
    _import(tmp, root, "dinas-y-2024", "Dinas Y", 2024)
    for args in (
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--instansi", "Setda Baru"),
        ("set", "-r", "bappeda-2024", "IKU 1", "name", "Indeks Baru"),
    ):
        done = run_cli(*args, store=root)
        assert done.returncode == 0, done.stderr
    return root


def test_without_ids_a_renamed_office_is_paired_by_its_id_and_said(store: Path) -> None:
    done = run_cli("compare", store=store)
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert "Perbandingan LKj 2023 → 2024 · Bapperida Bengkulu Selatan" in out
    assert (
        "Instansi yang sama dengan nama lain: Bappeda Bengkulu Selatan (2023) kemudian bernama "
        "Bapperida Bengkulu Selatan (2024); id laporannya sama kecuali tahunnya"
    ) in out
    assert (
        "Dipilih otomatis: bappeda-2024 dan laporan sebelumnya dari instansi yang sama dengan "
        "nama lain, bappeda-2023. 2 instansi lain juga punya laporan 2024; untuk membandingkan "
        "salah satunya: lkj-tui compare ID daftarnya: lkj-tui status --all --tahun 2024"
    ) in out
    assert "instansi berbeda" not in out.lower()
    # one office: its IKU 1, renamed, is paired by its kode, the older name said beside it
    assert "Indeks Baru (2023: " in out

    en = " ".join(run_cli("compare", "--lang", "en", store=store).stdout.split())
    assert "One instansi under another name: Bappeda Bengkulu Selatan (2023), later named" in en
    assert "Picked: bappeda-2024 and the earlier report of the same instansi under another" in en
    assert "2 other instansi also have a report of 2024" in en


def test_one_id_pairs_the_report_it_was_made_from(store: Path) -> None:
    done = run_cli("compare", SETDA_2024, "--json", store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["old"]["id"], data["new"]["id"]) == (BUNDLED_REPORT_ID, SETDA_2024)
    assert (data["picked_by"], data["renamed"], data["other_offices"]) == ("link", "link", 0)
    assert data["counts"]["new"] == 0 and data["counts"]["dropped"] == 0
    text = " ".join(run_cli("compare", SETDA_2024, store=store).stdout.split())
    assert f"{SETDA_2024} dibuat dengan lkj-tui new --from {BUNDLED_REPORT_ID}" in text


def test_two_ids_of_a_renamed_office_are_two_years_not_two_offices(store: Path) -> None:
    done = run_cli("compare", "bappeda-2023", "bappeda-2024", "--json", store=store)
    data = json.loads(done.stdout)
    assert (data["picked_by"], data["renamed"]) == (None, "id")
    iku1 = next(r for r in data["rows"] if r["new"] and r["new"]["code"] == "IKU 1")
    assert (iku1["state"], iku1["matched_by"]) == ("matched", "code")
    text = run_cli("compare", "bappeda-2023", "bappeda-2024", store=store).stdout
    assert "Perbandingan LKj 2023 → 2024" in text and "Dipilih otomatis" not in text
    md = run_cli("export", "-r", "bappeda-2024", "--compare", "bappeda-2023", store=store).stdout
    assert "pada 2023 bernama Bappeda Bengkulu Selatan." in md


def test_two_offices_stay_two_offices(store: Path) -> None:
    data = json.loads(
        run_cli("compare", "bappeda-2023", "dinas-y-2024", "--json", store=store).stdout
    )
    assert (data["picked_by"], data["renamed"]) == (None, None)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [80, 100])
def test_at_80_columns_no_header_or_figure_is_cut(store: Path, lang: str, columns: int) -> None:
    """(years15, the planner's walk) At 80 columns rich shared the width out evenly: the headers
    were cut ("Realisa…") and so was a capaian ("not measura…"); now every column's longest word
    is whole where the width allows it."""
    done = run_cli(
        "compare", "bappeda-2023", "bappeda-2024", "--lang", lang,
        store=store, env={"COLUMNS": str(columns)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert "…" not in done.stdout
    head = lines[: next(i for i, line in enumerate(lines) if "━" in line)]  # (to its rule)
    header = " ".join(" ".join(head).replace("┃", " ").split())
    # (in English the report's own "Capaian": "Achievement" was cut at 80 columns, years19)
    assert ("Realisasi" if lang == "id" else "Capaian") in header


def test_the_newer_id_first_is_compared_from_the_older(store: Path) -> None:
    """(years15, the planner's walk) ``compare 2025-ID 2023-ID`` printed "Perbandingan LKj 2025
    → 2023", every change told backwards; ``export --compare`` always took the older as base."""
    done = run_cli("compare", SETDA_2024, BUNDLED_REPORT_ID, "--json", store=store)
    data = json.loads(done.stdout)
    assert (data["old"]["id"], data["new"]["id"]) == (BUNDLED_REPORT_ID, SETDA_2024)
    text = run_cli("compare", SETDA_2024, BUNDLED_REPORT_ID, store=store).stdout
    assert text.startswith("Perbandingan LKj 2023 → 2024 · Setda Baru")


def test_a_terminal_too_narrow_for_the_table_gets_cards(store: Path) -> None:
    """(years15, the planner's walk) At 40 columns the table's columns were one or two cells
    wide, empty or "…"; now each indicator is a card, its figures under their words."""
    done = run_cli("compare", "bappeda-2023", "bappeda-2024", store=store, env={"COLUMNS": "40"})
    lines = done.stdout.splitlines()
    assert "┃" not in done.stdout and "…" not in done.stdout
    assert max(len(line) for line in lines) <= 40
    at = lines.index("IKU 1 Indeks Baru (2023: Nilai LPPD)")
    assert lines[at + 1 : at + 6] == [
        "  Target: 3,22 → 3,22",
        "  Realisasi: 2,85 → 2,85",
        "  Capaian: 88,51 % ▼ → 88,51 % ▼",
        "  Kategori: Tinggi",
        "  Perubahan: nama berubah",  # (ys47: two indicators' realisasi, not "=")
    ]


def test_an_id_wider_than_the_terminal_is_never_folded(store: Path) -> None:
    done = run_cli("compare", SETDA_2024, store=store, env={"COLUMNS": "20"})
    assert done.returncode == 0, done.stderr
    lines = [line.rstrip(";,") for line in done.stdout.splitlines()]
    assert SETDA_2024 in lines and BUNDLED_REPORT_ID in lines


def test_a_listed_indicator_goes_on_under_its_text(store: Path) -> None:
    """(years15, the planner's walk) A new, dropped or ambiguous indicator wrapped at column 0,
    under the list's own indent; now its lines go on four cells in."""
    done = run_cli("compare", "dinas-y-2024", "bappeda-2024", store=store, env={"COLUMNS": "24"})
    lines = done.stdout.splitlines()
    for item, side in (("  IKU 1 Indeks Baru —", "B"), ("  IKU 1 Nilai LPPD —", "A")):
        at = lines.index(item)
        assert lines[at + 1] == f"    realisasi {side}: 2,85"  # (its figure named: years65)


def test_an_indicator_without_a_kode_starts_its_line_with_its_name(tmp_path: Path) -> None:
    """(years15) An indicator without a kode (an indikator kegiatan often has none) was listed
    and carded after a stray space, as if a kode were missing from the line."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    report = load_bundled_report()
    report.meta = replace(report.meta, id="setda-baru-2024", tahun=2024)
    node = next(n for n in report.walk() if n.code == "IKU 4")
    report.replace_node(node.with_changes(code="", name="Indeks Baru"))
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    assert run_cli("import", str(path), store=root).returncode == 0
    for columns in ("40", "100"):
        done = run_cli("compare", store=root, env={"COLUMNS": columns})
        assert "  Indeks Baru — realisasi 2024: 98" in done.stdout.splitlines(), done.stdout


def test_candidates_of_one_label_are_said_once_with_their_number(tmp_path: Path) -> None:
    """(years15) An ambiguous indicator's candidates of one name and no kode (indikator kegiatan
    of one name under several kegiatan) were listed as "X; X; X; X; …", the same words again."""
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    for year, codes in ((2023, ("IKU 4", "IKU 5")), (2024, ("IKU 4",))):
        report = load_bundled_report()
        report.meta = replace(report.meta, id=f"dinas-q-{year}", instansi="Dinas Q", tahun=year)
        for node in [n for n in report.walk() if n.code in codes]:
            report.replace_node(node.with_changes(code="", name="Indeks Sama"))
        path = tmp_path / f"{year}.json"
        path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
        assert run_cli("import", str(path), store=root).returncode == 0
    text = run_cli("compare", "dinas-q-2023", "dinas-q-2024", store=root).stdout
    assert "  Indeks Sama — kemungkinan: Indeks Sama (2×; nama sama)" in text.splitlines()
    md = run_cli("export", "-r", "dinas-q-2024", "--compare", "dinas-q-2023", store=root).stdout
    assert "- Indeks Sama — kemungkinan: Indeks Sama (2×; nama sama)" in md.splitlines()


def test_without_ids_a_latest_report_with_no_earlier_one_is_passed_over_and_said(
    tmp_path: Path,
) -> None:
    """(years15, the planner's walk) In a store of several offices, ``compare`` refused ("no
    earlier report") when the store's latest report was a new office's, though the others had
    their earlier years; now it compares the first of the year's reports that has one, and says
    which it passed over."""
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    for args in (
        ("new", "--instansi", "Badan Amil", "--tahun", "2024", "--report", "badan-amil-2024"),
        ("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024"),
    ):
        done = run_cli(*args, store=root)
        assert done.returncode == 0, done.stderr
    done = run_cli("compare", store=root)
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert out.startswith("Perbandingan LKj 2023 → 2024 · Sekretariat Daerah")
    assert (
        f"Dipilih otomatis: {SETDA_2024} dan laporan sebelumnya dari instansi yang sama, "
        f"{BUNDLED_REPORT_ID} (laporan terbaru badan-amil-2024 tidak punya laporan tahun "
        "sebelumnya). 1 instansi lain juga punya laporan 2024"
    ) in out
    data = json.loads(run_cli("compare", "--json", store=root).stdout)
    assert (data["picked_by"], data["skipped"]) == ("instansi", "badan-amil-2024")


def test_the_help_says_what_one_id_compares() -> None:
    """(years15) ``compare -h`` said LAMA defaults to the previous report, BARU to the latest:
    but one id given is the report compared with its previous one, not the older side."""
    for lang, words in (
        ("id", "dengan satu id saja: laporan itu, dibandingkan dengan laporan sebelumnya"),
        ("en", "with one id only: that report, compared with the previous report"),
    ):
        done = run_cli("compare", "-h", "--lang", lang, env={"COLUMNS": "200"})
        assert words in " ".join(done.stdout.split()), done.stdout
