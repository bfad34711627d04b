"""vals22: the reviu as a reviewer reads it — a row without a kode is named in one bracket with
where it is and the id ``set`` takes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import csv_store, run_cli
from tests.test_check_vals21 import _ROWS


def test_a_row_without_a_kode_is_named_in_one_bracket_with_the_id_set_takes(
    tmp_path: Path,
) -> None:
    """A kabupaten report's finding on a kegiatan indicator read "Nilai Sarana … (IKU 1 ›
    Penyediaan …) (simpul 0ac1b075)": two brackets. Now one, "(IKU 1 › Penyediaan … · simpul
    0ac1b075)", id and en; the id stays one token that ``set`` takes, also at 40 columns."""
    store = csv_store(tmp_path, "rows.csv", _ROWS, "Dinas X")
    for lang, word in (("id", "simpul"), ("en", "node")):
        said = " ".join(run_cli("check", "--lang", lang, store=store).stdout.split())
        assert ") (" not in said, said
        found = re.findall(
            rf"Jumlah dokumen \(IKU 1 › (\w+) Arsip · {word} ([0-9a-f]{{8}})\)", said
        )
        assert [k for k, _ in found] == ["Pemeliharaan", "Pengadaan"], said
        assert re.search(rf"Jumlah arsip \({word} [0-9a-f]{{8}}\) — ", said), said
        narrow = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "40"}).stdout
        assert all(f"{word} {node}" in narrow for _, node in found), narrow
    node = found[1][1]
    done = run_cli("set", node, "realisasi", "12", store=store)
    assert done.returncode == 0, done.stderr
    assert node not in run_cli("check", store=store).stdout


def test_json_with_severity_keeps_the_true_counts_and_names_the_levels_shown(
    store_path: Path,
) -> None:
    """`check --json --severity error` said "warning": 0, "info": 0 for the bundled report (19
    warnings, 32 notes), and `check --all --json --severity error` so for every report and year:
    a script read "no warnings". ``summary`` now counts every level, as without --severity, and
    ``shown`` names the levels listed (the findings) or counted for the order (--all)."""
    every = json.loads(run_cli("check", "--json", store=store_path).stdout)
    assert every["shown"] == ["error", "warning", "info"]
    assert every["summary"]["warning"] > 0 and every["summary"]["info"] > 0
    for word in ("kesalahan", "error"):
        data = json.loads(run_cli("check", "--json", "--severity", word, store=store_path).stdout)
        assert data["summary"] == every["summary"] and data["shown"] == ["error"]
        assert {f["severity"] for f in data["findings"]} == {"error"}
        assert len(data["findings"]) == data["summary"]["error"]
    data = json.loads(
        run_cli("check", "--json", "--severity", "peringatan", store=store_path).stdout
    )
    assert data["summary"] == every["summary"] and data["shown"] == ["error", "warning"]
    done = run_cli("check", "--all", "--json", "--severity", "error", store=store_path)
    assert done.returncode == 1, done.stderr  # (the bundled report has errors)
    data = json.loads(done.stdout)
    (row,) = data["reports"]
    assert row["summary"] == every["summary"], row
    assert [y["summary"] for y in data["years"]] == [every["summary"]]
    assert data["shown"] == ["error"]


def test_a_pk_cell_of_two_figures_is_read_with_its_indicators_and_this_ones_named(
    store_path: Path,
) -> None:
    """The bundled report's Perjanjian Kinerja prints one row for two indicators, "89,00 4,00";
    `check` said "Perjanjian Kinerja menetapkan 89,00 4,00: perbaiki target …" (one value) and
    gave no capaian against it. Each figure is now said with its indicator, as the detail pane
    and status say them, and the one of IKL 2 named, with why (id and en): its capaian too."""
    said = " ".join(run_cli("check", store=store_path).stdout.split())
    assert "menetapkan 89,00 4,00" not in said
    assert (
        "Target 2023 tercetak 2 macam: 81,00 (LKj); 89,00 untuk “Opini Penyelenggaraan "
        "Pengawasan Kepatuhan Pelayanan Publik” dan 4,00 untuk “Standar Pelayanan Publik” "
        "(Perjanjian Kinerja 2023 (Lampiran I), satu sel)."
    ) in said, said
    assert "Capaian menurut tiap target: 81,00 → 101,10 %; 89,00 → 92,01 % ▼." in said, said
    assert (
        "Perjanjian Kinerja menetapkan 89,00 untuk indikator ini (angka yang seukuran dengan "
        "target LKj 81,00; 4,00 di sel yang sama untuk “Standar Pelayanan Publik”): perbaiki "
        "target (dan capaiannya) di LKj"
    ) in said, said
    en = " ".join(run_cli("check", "--lang", "en", store=store_path).stdout.split())
    assert (
        "The Perjanjian Kinerja sets 89,00 for this indicator (the figure of the LKj target's "
        "size, 81,00; 4,00 in the same cell is for “Standar Pelayanan Publik”): correct the "
        "target (and its capaian) in LKj"
    ) in en, en
    assert "(Perjanjian Kinerja 2023 (Lampiran I), one cell)" in en, en
    data = json.loads(run_cli("check", "--json", store=store_path).stdout)
    (found,) = [
        f for f in data["findings"] if f["check"] == "target-conflict" and f["code"] == "IKL 2"
    ]
    assert found["figures"]["reference"] == "89,00"
    assert found["figures"]["targets"] == (
        "81,00 (LKj); 89,00 4,00 (Perjanjian Kinerja 2023 (Lampiran I))"
    )  # (the data as printed)


def test_a_cells_figure_is_named_by_its_indicators_name_or_not_guessed() -> None:
    """Which figure of a cell is the indicator's: the one whose name shares most words with the
    indicator's, else the one alone of the LKj target's size, else none (not guessed)."""
    from lkj_tui.core.reviu.cells import own_figure

    figures: list[tuple[str, str | None]] = [
        ("89,00", "Opini BPK atas Laporan Keuangan"),
        ("4,00", "Standar Pelayanan Publik"),
    ]
    assert own_figure(figures, "Indeks Standar Pelayanan", "81") == (1, "name")
    assert own_figure(figures, "Tingkat Kepatuhan Masyarakat", "81") == (0, "size")
    assert own_figure(figures, "Tingkat Kepatuhan Masyarakat", "20") is None  # both near
    assert own_figure(figures, "Tingkat Kepatuhan Masyarakat", None) is None
    assert own_figure(figures, "Tingkat Kepatuhan Masyarakat", "Baik") is None
