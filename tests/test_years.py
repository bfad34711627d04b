"""Several years and several offices: matching across years, the years of an indicator, compare,
export --compare and export --all (issue 15)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.rollover import rollover
from lkj_tui.core.years import (
    LINK_KEY,
    change,
    counterparts,
    link_of,
    match,
    progress,
    scaled_bar,
    years_of,
)
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

NEXT_ID = "bengkulu-selatan-setda-2024"


def _report(rid: str, year: int, nodes: list[tuple[str, str, str, dict[str, str]]]) -> Report:
    """A report with one sasaran and IKU (id, kode, name, info) each with a number realisasi."""
    out = [Node("s", "sasaran", "Sasaran", code="S1")]
    for i, (nid, code, name, info) in enumerate(nodes):
        measure = Measure(target="10", realisasi=str(5 + i))
        out.append(Node(nid, "iku", name, "s", i, code, info=info, measure=measure))
    return Report(ReportMeta(rid, "Dinas X", year), out)


def _how(report_old: Report, report_new: Report) -> dict[str, tuple[str | None, str | None]]:
    """new node id → (old node id, how) for every row of the matching."""
    return {
        m.new.id: (m.old.id if m.old else None, m.how) for m in match(report_old, report_new).rows
    }


# ------------------------------------------------------------------ rollover's link and matching


def test_rollover_links_every_measured_node_to_its_predecessor() -> None:
    old = load_bundled_report()
    new = rollover(old, 2024)
    for node in new.walk():
        if node.measure is not None:
            link = link_of(node)
            assert link is not None and link[0] == old.meta.id
            assert old.node(link[1]).name == node.name
        else:
            assert LINK_KEY not in node.info
    matching = match(old, new)
    assert not matching.ambiguous and not matching.added and not matching.dropped
    assert all(m.old is not None and m.old.name == m.new.name for m in matching.rows)


def test_match_by_kode_keeps_a_renamed_indicator() -> None:
    old = _report("a", 2023, [("o1", "IKU 1", "Nilai LPPD", {})])
    new = _report("b", 2024, [("n1", "iku1", "Nilai LPPD (skala 4)", {})])
    assert _how(old, new) == {"n1": ("o1", "code")}


def test_match_by_name_when_the_kode_changed() -> None:
    old = _report("a", 2023, [("o1", "IKU 3", "Indeks Inflasi", {})])
    new = _report("b", 2024, [("n1", "IKU 7", "indeks  inflasi.", {})])
    assert _how(old, new) == {"n1": ("o1", "name")}


def test_match_by_the_rollover_link_when_kode_and_name_changed() -> None:
    old = _report("a", 2023, [("o1", "IKU 3", "Indeks Inflasi", {})])
    link = {LINK_KEY: "a/o1"}
    new = _report("b", 2024, [("n1", "IKU 9", "Laju inflasi daerah", link)])
    assert _how(old, new) == {"n1": ("o1", "link")}
    # a link to another report is not a link into this one: a new indicator
    other = _report("b", 2024, [("n1", "IKU 9", "Laju inflasi daerah", {LINK_KEY: "z/o1"})])
    matching = match(old, other)
    assert [m.new.id for m in matching.added] == ["n1"]
    assert [n.id for n in matching.dropped] == ["o1"]


def test_two_candidates_are_ambiguous_never_guessed() -> None:
    old = _report("a", 2023, [("o1", "", "Nilai SAKIP", {}), ("o2", "", "Nilai SAKIP", {})])
    new = _report("b", 2024, [("n1", "", "Nilai SAKIP", {})])
    matching = match(old, new)
    (row,) = matching.rows
    assert row.ambiguous and row.old is None
    assert {c.id for c in row.candidates} == {"o1", "o2"}
    assert not matching.dropped  # the candidates are shown with the ambiguous row, not as dropped
    # the rollover link settles it
    linked = _report("b", 2024, [("n1", "", "Nilai SAKIP", {LINK_KEY: "a/o2"})])
    assert _how(old, linked) == {"n1": ("o2", "link")}


def test_a_kode_given_to_a_new_indicator_is_ambiguous() -> None:
    # IKU 3 was "Indeks Inflasi"; next year "Indeks Inflasi" is IKU 4 and IKU 3 is new
    old = _report("a", 2023, [("o3", "IKU 3", "Indeks Inflasi", {})])
    new = _report(
        "b", 2024, [("n3", "IKU 3", "Indeks Kepuasan", {}), ("n4", "IKU 4", "Indeks Inflasi", {})]
    )
    rows = {m.new.id: m for m in match(old, new).rows}
    assert rows["n3"].ambiguous and [c.id for c in rows["n3"].candidates] == ["o3"]
    assert rows["n4"].old is not None and rows["n4"].old.id == "o3" and rows["n4"].how == "name"


def test_two_new_nodes_claiming_one_old_node_are_both_ambiguous() -> None:
    old = _report("a", 2023, [("o1", "IKU 1", "Nilai LPPD", {})])
    new = _report("b", 2024, [("n1", "", "Nilai LPPD", {}), ("n2", "", "nilai lppd", {})])
    matching = match(old, new)
    assert [m.new.id for m in matching.ambiguous] == ["n1", "n2"]
    assert all([c.id for c in m.candidates] == ["o1"] for m in matching.ambiguous)


def test_counterparts_follow_links_in_either_direction() -> None:
    old = load_bundled_report()
    new = rollover(old, 2024)
    iku1_new = next(n for n in new.walk() if n.code == "IKU 1")
    iku1_old = next(n for n in old.walk() if n.code == "IKU 1")
    assert counterparts(new, old)[iku1_new.id][0].id == iku1_old.id
    assert counterparts(old, new)[iku1_old.id][0].id == iku1_new.id


# ------------------------------------------------------------------ change, progress, bars


def test_change_is_coloured_by_polaritas() -> None:
    up = change(Decimal("2,85".replace(",", ".")), Decimal("2.95"), "positif")
    assert up is not None and up.arrow == "↑" and up.better is True
    assert up.percent == Decimal("3.51")
    assert change(Decimal(10), Decimal(8), "negatif").better is True  # type: ignore[union-attr]
    assert change(Decimal(10), Decimal(12), "negatif").better is False  # type: ignore[union-attr]
    # stabil: the capaian says whether it came closer to the band
    assert change(Decimal(4), Decimal(3), "stabil").better is None  # type: ignore[union-attr]
    stabil = change(Decimal(5), Decimal(3), "stabil", Decimal(50), Decimal(100))
    assert stabil is not None and stabil.better is True and stabil.arrow == "↓"
    assert change(Decimal(0), Decimal(3), "positif").percent is None  # type: ignore[union-attr]
    assert change(None, Decimal(3), "positif") is None


def test_progress_to_the_renstra_end_target() -> None:
    assert progress(Decimal(2), Decimal(3), Decimal(4)) == Decimal(50)
    assert progress(Decimal(10), Decimal(8), Decimal(6)) == Decimal(50)  # negatif: going down
    assert progress(Decimal(2), Decimal(3), Decimal(2)) is None


def test_bars_are_drawn_to_scale_from_zero() -> None:
    low, high = (
        scaled_bar(Decimal("2.85"), Decimal("2.95"), 40),
        scaled_bar(Decimal("2.95"), Decimal("2.95"), 40),
    )
    assert len(high) == 40 and set(high) == {"█"}
    # a 3,5 % rise is 3,5 % more bar (1,4 cells of 40), not an empty bar against a full one
    assert 38 <= len(low) <= 39 and low.startswith("█" * 38)
    assert scaled_bar(Decimal(0), Decimal(5), 40) == ""
    assert scaled_bar(Decimal(-1), Decimal(5), 40) == ""


def test_years_of_labels_every_source() -> None:
    old = load_bundled_report()
    new = rollover(old, 2024)
    iku1 = next(n for n in new.walk() if n.code == "IKU 1")
    assert iku1.measure is not None
    new.replace_node(iku1.with_changes(measure=replace(iku1.measure, realisasi="3,1")))
    iku1 = new.node(iku1.id)
    old_iku1 = counterparts(new, old)[iku1.id][0]
    points = years_of(new, iku1, [(old, old_iku1)])
    by_year = {p.year: p for p in points}
    assert by_year[2023].source == old.meta.id and not by_year[2023].history
    assert by_year[2023].realisasi == "2,85" and by_year[2023].capaian == Decimal("88.51")
    assert by_year[2024].source == new.meta.id and by_year[2024].realisasi == "3,1"
    assert by_year[2021].history and by_year[2021].source == new.meta.id  # the report's history
    assert [p.year for p in points] == sorted(by_year)


# ------------------------------------------------------------------ the commands


def _write_doc(tmp: Path, report: Report) -> Path:
    path = tmp / f"{report.meta.id}.json"
    path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def years_store(store_path: Path, tmp_path: Path) -> Path:
    """The bundled report (2023), its rollover (2024) with a few realisasi, and another instansi."""
    assert (
        run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path).returncode
        == 0
    )
    for code, value in (("IKU 1", "3,1"), ("IKU 6", "55"), ("IKU 7", "BB")):
        done = run_cli("set", code, "realisasi", value, "-r", NEXT_ID, store=store_path)
        assert done.returncode == 0, done.stderr
    other = load_bundled_report()
    other.meta = replace(
        other.meta, id="dinas-x-2023", instansi="Dinas X", pemerintah="Kabupaten Lain"
    )
    assert run_cli("import", str(_write_doc(tmp_path, other)), store=store_path).returncode == 0
    return store_path


def test_compare_json_defaults_to_the_latest_two_of_one_instansi(years_store: Path) -> None:
    done = run_cli("compare", "--json", store=years_store)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["old"]["id"] == BUNDLED_REPORT_ID and data["new"]["id"] == NEXT_ID
    assert set(data) == {
        *("old", "new", "picked_by", "renamed", "other_offices", "skipped", "counts", "rows")
    }
    rows = {r["new"]["code"]: r for r in data["rows"] if r["new"]}
    iku1 = rows["IKU 1"]
    assert iku1["state"] == "matched" and iku1["matched_by"] == "code"
    assert iku1["old"]["realisasi"] == "2,85" and iku1["new"]["realisasi"] == "3,1"
    assert iku1["change"]["direction"] == "up" and iku1["change"]["better"] is True
    assert iku1["change"]["realisasi_percent"] == pytest.approx(8.77)
    assert iku1["old"]["achievement"] == pytest.approx(88.51)
    assert rows["IKU 6"]["change"]["direction"] == "down"
    assert rows["IKU 6"]["change"]["better"] is False
    assert {r["level"] for r in data["rows"]} <= {"iku", "lainnya"}
    assert data["counts"]["matched"] == len(data["rows"])
    # a grade's change is told too (B → BB: one place up the scale), as the numbers'
    iku7 = rows["IKU 7"]["change"]
    assert (iku7["direction"], iku7["better"], iku7["realisasi_steps"]) == ("up", True, 1)
    assert iku7["realisasi_delta"] is None and iku1["change"]["realisasi_steps"] is None
    assert data["counts"]["better"] == 2 and data["counts"]["worse"] == 1


def test_compare_text_names_years_changes_and_new_indicators(
    years_store: Path, tmp_path: Path
) -> None:
    store = Store(years_store)
    report = store.load(NEXT_ID).report
    iku2 = next(n for n in report.walk() if n.code == "IKU 2")
    added = Node(
        "new-iku",
        "iku",
        "Indeks <b>Baru</b>\x1b[31m",
        iku2.parent,
        99,
        "IKU 99",
        measure=Measure(target="5", realisasi="4"),
    )
    report.add_node(added)
    report.meta = replace(report.meta, id="setda-2025", tahun=2025)
    assert run_cli("import", str(_write_doc(tmp_path, report)), store=years_store).returncode == 0
    done = run_cli("compare", NEXT_ID, "setda-2025", store=years_store)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Perbandingan LKj 2024 → 2025" in out
    assert "Indikator baru di 2025 (1)" in out and "Indeks <b>Baru</b>" in out
    assert "\x1b" not in out
    en = run_cli("compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", "en", store=years_store)
    assert "LKj comparison 2023 → 2024" in en.stdout
    assert "↑ 8,77 % (better)" in en.stdout and "(worse)" in en.stdout


@pytest.mark.parametrize("columns", [80, 100, 120])
def test_compare_text_fits_the_terminal_with_every_column(years_store: Path, columns: int) -> None:
    """At 80 columns the table was wider than the terminal and cut: no Kategori, no Perubahan
    (the reason to compare); at 120 the change was cut mid-word; at 80 a name's word was folded
    mid-word."""
    done = run_cli(
        "compare", BUNDLED_REPORT_ID, NEXT_ID, store=years_store, env={"COLUMNS": str(columns)}
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    # (every column's words: below 90 columns the kode is in the name's cell, the first)
    cells = {w.strip(";") for line in lines for w in " ".join(line.split("│")).split()}
    assert "Perubahan" in done.stdout and "Kategori" in done.stdout
    assert {"(lebih", "baik)", "buruk)", "Tinggi", "poin"} <= cells
    # a name's words whole: at 80 columns the names got 9 ("Persentas e", "Kesejahte raan")
    assert {"Persentase", "Kesejahteraan", "Pembangunan"} <= cells


def test_compare_refuses_clearly(years_store: Path) -> None:
    done = run_cli("compare", "dinas-x-2023", store=years_store)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "tidak ada laporan tahun sebelumnya" in done.stderr
    unknown = run_cli("compare", "nope", NEXT_ID, store=years_store)
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr
    same = run_cli("compare", NEXT_ID, NEXT_ID, store=years_store)
    assert same.returncode == 2


def test_export_compare_adds_the_comparison(years_store: Path) -> None:
    done = run_cli("export", "-r", NEXT_ID, "--compare", BUNDLED_REPORT_ID, store=years_store)
    assert done.returncode == 0, done.stderr
    section = done.stdout.split("## Perbandingan dengan LKj 2023", 1)[1]
    iku1 = next(line for line in section.splitlines() if line.startswith("| IKU 1 |"))
    assert "| 2,85 | 3,1 |" in iku1 and "↑ 8,77 % (lebih baik)" in iku1


def test_export_all_rolls_up_one_year_worst_first(years_store: Path) -> None:
    done = run_cli("export", "--all", "--tahun", "2023", store=years_store)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "# Rekap Kinerja Seluruh OPD (2023)" in out
    assert out.count("### ▼ IKU 1: Nilai LPPD") == 2  # both instansi of 2023
    assert "**Permasalahan:**" in out and "**Solusi:**" in out
    assert "Sekretariat Daerah Kabupaten Bengkulu Selatan (2024)" not in out
    region = run_cli(
        "export", "--all", "--tahun", "2023", "--pemerintah", "kabupaten lain", store=years_store
    )
    assert "## Dinas X (2023)" in region.stdout
    assert "## Sekretariat Daerah" not in region.stdout


def test_export_all_says_how_many_iku_an_average_is_of(years_store: Path) -> None:
    """share12: the roll-up gave a report filled in part (3 of 10 IKU with a realisasi) its
    average as if it were the whole report's; the cell says of how many IKU it is."""
    done = run_cli("export", "--all", "--tahun", "2024", store=years_store)
    assert done.returncode == 0, done.stderr
    row = next(ln for ln in done.stdout.splitlines() if ln.startswith("| Sekretariat Daerah"))
    assert " % (3 dari 10 IKU) | " in row, row  # (then the year before's: years16)
    en = run_cli("export", "--all", "--tahun", "2024", "--lang", "en", store=years_store)
    assert " % (3 of 10 IKU) |" in en.stdout
    full = run_cli("export", "--all", "--tahun", "2023", store=years_store).stdout
    assert "IKU)" not in full  # every IKU measured: the average alone, as before


def test_export_all_as_a_workbook(years_store: Path, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "rekap.xlsx"
    done = run_cli(
        "export", "--all", "--tahun", "2023", "--format", "xlsx", "-o", str(out), store=years_store
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as book:
        names = book.namelist()
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        sheets = book.read("xl/workbook.xml").decode("utf-8")
    assert "xl/worksheets/sheet2.xml" in names
    assert 'name="Rekap"' in sheets and 'name="Di bawah target"' in sheets
    assert "Dinas X" in strings and "Nilai LPPD" in strings and "Nilai AKIP" in strings
    assert "Dari target yang ditetapkan Sekretariat Daerah" in strings  # IKU 1's permasalahan
    no_output = run_cli("export", "--all", "--format", "xlsx", store=years_store)
    assert no_output.returncode == 2 and "-o" in no_output.stderr


def test_compare_lays_out_with_a_rich_that_has_other_private_methods(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The name column's minimum reads rich's layout through two private methods: with a rich
    without them the table is left to rich's layout, never a crash for the user."""
    from rich.console import Console
    from rich.table import Table

    from lkj_tui.cli.compare import _words_whole

    grid = Table()
    grid.add_column("Kode")
    grid.add_column("Indikator")
    grid.add_row("IKU 1", "Persentase Kesejahteraan Masyarakat")
    console = Console(width=20, file=io.StringIO())
    assert _words_whole(console, grid).columns[1].width == len("Kesejahteraan")  # less given
    monkeypatch.delattr(Table, "_calculate_column_widths")
    other = Table()
    other.add_column("Kode")
    other.add_column("Indikator")
    other.add_row("IKU 1", "Persentase Kesejahteraan Masyarakat")
    assert _words_whole(console, other).columns[1].width is None  # rich's layout, as it is
