"""years38: Bappeda comparing years and offices, continued (compare's pairs, status --all's cut)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import offices_store, run_cli


@pytest.mark.parametrize(("lang", "columns"), [("id", "100"), ("en", "80")])
def test_compare_keeps_a_side_whole_beside_one_wider_than_its_column(
    tmp_path: Path, lang: str, columns: str
) -> None:
    # compare at 100 columns broke a realisasi inside its range ("temuan → 3 ±" / "1"): its other
    # side ("Tidak ada temuan") was wider than the column, and the pair was left to rich.
    root = offices_store(tmp_path, ())
    old, new = "bengkulu-selatan-setda-2023", "bengkulu-selatan-setda-2024"
    for report, column, value in (
        (old, "realisasi", ""),
        (old, "target", "Tidak ada temuan berulang"),
        (new, "target", "3 ± 1"),
    ):
        done = run_cli("set", "-r", report, "IKU 1", column, value, store=root)
        assert done.returncode == 0, done.stderr
    done = run_cli("compare", "--lang", lang, store=root, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    row = next(k for k, line in enumerate(lines) if line.startswith("IKU 1 "))
    rest = range(row + 1, len(lines))
    end = next(k for k in rest if lines[k].startswith("IKU ") or "│" not in lines[k])
    at = 1 if int(columns) < 90 else 2  # (below 90 columns the kode is in the name's cell)
    cells = [line.split("│")[at].strip() for line in lines[row:end]]
    # (the side whole on its line, the arrow before it or on the line before: "→ 3 ± 1" at 80
    # in English since exp70's kategori in the change's cell widened the column to "temuan
    # berulang")
    assert [c for c in cells if c.removeprefix("→ ") == "3 ± 1"], lines[row:end]
    assert " ".join(" ".join(cells).split()) == "Tidak ada temuan berulang → 3 ± 1", cells


@pytest.mark.parametrize("lang", ["en", "id"])
def test_status_all_keeps_an_office_s_place_at_its_cut(tmp_path: Path, lang: str) -> None:
    # status --all at 80 columns on a store of several governments cut an office no other
    # government has after its government's first word ("Dinas Sosial Kabupaten Rejang…"): its
    # place is kept ("…Rejang Lebong", not "…Lebong": another kabupaten).
    offices = (
        ("rl-dpmd-2024", "Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Rejang Lebong",
         "Pemerintah Kabupaten Rejang Lebong", 2024),
        ("lebong-dinsos-2024", "Dinas Sosial Kabupaten Lebong", "Pemerintah Kabupaten Lebong",
         2024),
    )  # fmt: skip
    root = offices_store(tmp_path, offices)
    done = run_cli("status", "--all", "--lang", lang, store=root, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    row = lines[next(k for k, line in enumerate(lines) if line.strip() == "rl-dpmd-2024") - 1]
    assert row.startswith("Dinas Pemberdayaan") and "…Rejang Lebong " in row, done.stdout
    assert max(map(len, lines)) <= 80, done.stdout
