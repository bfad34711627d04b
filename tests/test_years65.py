"""years65: what ``compare`` did not say. A satuan changed between the years (IKU 6 "Nilai" →
"Dokumen") was never mentioned (``compare``, ``--json``, ``export --compare``); a new or dropped
indicator's line ended "— —", nothing saying the dash stood for an empty realisasi."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli
from tests.test_years64 import ADDED
from tests.test_years64 import freed_store as _freed


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Setda 2023 and its 2024 (``new --from``), IKU 6's satuan changed, its realisasi set;
    IKU 7 given to another indicator of another satuan (``nama berubah``)."""
    root = tmp_path_factory.mktemp("years65") / "s"
    sets = (
        ("IKU 6", "satuan", "Dokumen"),
        ("IKU 6", "realisasi", "61"),
        ("IKU 7", "name", "Jumlah Kasus Baru"),
        ("IKU 7", "satuan", "Kasus"),
    )
    return next_year_store(root, sets)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", ["80", "120"])
def test_compare_says_the_satuan_changed(store: Path, columns: str) -> None:
    done = run_cli("compare", store=store, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    assert "Satuan IKU 6 berubah: Nilai (2023) → Dokumen (2024)" in _flat(done.stdout), done.stdout
    # (IKU 7's satuan is another indicator's: its "nama berubah" says it, no satuan line)
    assert _flat(done.stdout).count("berubah:") == 1, done.stdout
    en = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": columns}).stdout
    assert "Unit of IKU 6 changed: Nilai (2023) → Dokumen (2024)" in _flat(en), en


def test_compare_json_gives_each_years_satuan(store: Path) -> None:
    done = run_cli("compare", "--json", store=store)
    assert done.returncode == 0, done.stderr
    rows = {r["new"]["code"]: r for r in json.loads(done.stdout)["rows"] if r["new"]}
    assert (rows["IKU 6"]["old"]["satuan"], rows["IKU 6"]["new"]["satuan"]) == ("Nilai", "Dokumen")
    assert rows["IKU 1"]["old"]["satuan"] == rows["IKU 1"]["new"]["satuan"] == "Nilai"


def test_export_compare_says_the_satuan_changed(store: Path) -> None:
    done = run_cli("export", "-r", NEXT_YEAR_ID, "--compare", BUNDLED_REPORT_ID, store=store)
    assert done.returncode == 0, done.stderr
    assert "- Satuan IKU 6 berubah: Nilai (2023) → Dokumen (2024)" in done.stdout, done.stdout


freed_store = _freed  # (years64's fixture: IKU 10 deleted, a new IKU 10 added)


def test_new_and_dropped_lines_say_what_the_figure_is(freed_store: Path) -> None:
    """(years64's store: IKU 10 deleted in 2024, a new IKU 10 added, with no figures)"""
    out = _flat(run_cli("compare", store=freed_store, env={"COLUMNS": "200"}).stdout)
    assert f"IKU 10 {ADDED} — realisasi 2024 kosong" in out, out
    assert "— realisasi 2023: 90" in out, out
    assert "— —" not in out, out
    en = _flat(run_cli("compare", "--lang", "en", store=freed_store).stdout)
    assert f"IKU 10 {ADDED} — no realisasi in 2024" in en, en
    assert "— realisasi 2023: 90" in en, en
