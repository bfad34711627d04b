"""years33: the Bappeda analyst comparing years and offices in a province's store."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import bundled_report_path
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.conftest import run_cli


def _report(report_id: str, instansi: str, region: str, tahun: int) -> Report:
    doc = json.loads(bundled_report_path().read_text(encoding="utf-8"))
    doc["report"].update(
        id=report_id, tahun=tahun, instansi=instansi, pemerintah=f"Pemerintah Kabupaten {region}"
    )
    return Report.from_document(doc)


def test_compare_folds_its_suggested_commands_to_the_width_it_is_laid_out_at(
    tmp_path: Path,
) -> None:
    # Piped with COLUMNS=80 (every other line broken at 80), the suggested `status --all
    # --tahun 2025 --pemerintah "Kabupaten Bengkulu Selatan" --store …` was one line of 104
    # characters: folded at its options as on a terminal; without COLUMNS, one line as before.
    store = Store(tmp_path / "store-of-the-province")
    for report_id, instansi, region, tahun in (
        ("bs-bkpsdm-2024", "BKPSDM Bengkulu Selatan", "Bengkulu Selatan", 2024),
        ("bs-bkpsdm-2025", "BKPSDM Bengkulu Selatan", "Bengkulu Selatan", 2025),
        ("a-dinsos-2025", "Dinas Sosial Bengkulu Selatan", "Bengkulu Selatan", 2025),
        ("a-kaur-dinsos-2025", "Dinas Sosial Kaur", "Kaur", 2025),
    ):
        store.import_report(_report(report_id, instansi, region, tahun))
    path = store.root
    done = run_cli("compare", "--store", str(path), env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines if str(path) not in line) <= 80, done.stdout
    at = lines.index("daftarnya:")
    assert lines[at + 1 : at + 4] == [
        '  lkj-tui status --all --tahun 2025 --pemerintah "Kabupaten Bengkulu Selatan" \\',
        "    --store \\",  # (the path wider than the line: on one of its own, whole)
        f"    {path}",
    ], done.stdout
    whole = run_cli("compare", "--store", str(path), env={"COLUMNS": ""}).stdout.splitlines()
    at = whole.index("daftarnya:")
    assert whole[at + 1] == (
        f'  lkj-tui status --all --tahun 2025 --pemerintah "Kabupaten Bengkulu Selatan" --store {path}'
    ), whole
