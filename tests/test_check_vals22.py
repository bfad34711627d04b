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
