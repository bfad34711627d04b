"""years66: ``satuan berbeda`` named neither unit nor what to do. IKU 6's 2023 realisasi "4
Orang" against a "7" typed bare in 2024 (no satuan): a line under the table (and a list item under
``export --compare``'s) now names both units and what to type; two printed units say which the
indicator's satuan is; ``--json`` gives each such row's ``units``. And a bare number of an
indicator whose satuan is that unit ("7" of a satuan "Orang" beside "4 Orang") is one unit: it read
``satuan berbeda``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_REPORT_ID, NEXT_YEAR_ID, next_year_store, run_cli

BARE = (
    "Satuan realisasi IKU 6 berbeda: Orang (2023) → tanpa satuan (2024), tidak dibandingkan. "
    "Bila satuannya sama, isi satuan indikator “Orang” atau tulis realisasi 2024 “7 Orang”."
)
BARE_EN = (
    "Units of the realisasi of IKU 6 differ: Orang (2023) → no unit (2024), not compared. If it "
    "is one unit, set the indicator's satuan to “Orang” or type the 2024 realisasi as “7 Orang”."
)
TWO = (
    "Satuan realisasi IKU 5 berbeda: Paket (2023) → % (2024), tidak dibandingkan. Bila salah "
    "satunya salah ketik, perbaiki realisasi itu (satuan indikator: %)."
)
TWO_EN = (
    "Units of the realisasi of IKU 5 differ: Paket (2023) → % (2024), not compared. If one of "
    "them is mistyped, correct that realisasi (the indicator's satuan: %)."
)


def units_store(root: Path) -> Path:
    """Setda 2023 and its 2024: IKU 6 without a satuan, "4 Orang" → "7"; IKU 5 (satuan "%")
    "2 Paket" → "4,99%"; IKU 1 of satuan "Orang" both years, "4 Orang" → "7"."""
    sets = (
        ("IKU 6", "satuan", ""),
        ("IKU 6", "target", "8"),
        ("IKU 6", "realisasi", "7"),
        ("IKU 5", "satuan", "%"),
        ("IKU 5", "realisasi", "4,99%"),
        ("IKU 1", "satuan", "Orang"),
        ("IKU 1", "realisasi", "7"),
    )
    next_year_store(root, sets)
    before = (
        ("IKU 6", "satuan", ""),
        ("IKU 6", "realisasi", "4 Orang"),
        ("IKU 5", "satuan", "%"),
        ("IKU 5", "realisasi", "2 Paket"),
        ("IKU 1", "satuan", "Orang"),
        ("IKU 1", "realisasi", "4 Orang"),
    )
    for code, field, value in before:
        done = run_cli("set", "-r", BUNDLED_REPORT_ID, code, field, value, store=root)
        assert done.returncode == 0, done.stderr
    return root


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return units_store(tmp_path_factory.mktemp("years66") / "s")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", ["80", "120"])
def test_compare_names_both_units_and_what_to_do(store: Path, columns: str) -> None:
    done = run_cli("compare", store=store, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    out = _flat(done.stdout)
    assert BARE in out, done.stdout
    assert TWO in out, done.stdout
    assert out.count("Satuan realisasi") == 2, done.stdout  # (IKU 1: one unit, compared)
    en = run_cli("compare", "--lang", "en", store=store, env={"COLUMNS": columns})
    assert BARE_EN in _flat(en.stdout), en.stdout
    assert TWO_EN in _flat(en.stdout), en.stdout


def test_a_bare_number_of_the_satuans_unit_is_compared(store: Path) -> None:
    rows = {
        r["new"]["code"]: r
        for r in json.loads(run_cli("compare", "--json", store=store).stdout)["rows"]
        if r["new"]
    }
    assert rows["IKU 1"]["not_compared"] is None
    assert rows["IKU 1"]["change"]["realisasi_percent"] == 75.0
    assert rows["IKU 1"]["units"] is None


def test_compare_json_gives_the_two_units(store: Path) -> None:
    done = run_cli("compare", "--json", store=store)
    assert done.returncode == 0, done.stderr
    rows = {r["new"]["code"]: r for r in json.loads(done.stdout)["rows"] if r["new"]}
    assert rows["IKU 6"]["not_compared"] == "units"
    assert rows["IKU 6"]["units"] == ["Orang", ""]
    assert rows["IKU 5"]["units"] == ["Paket", "%"]
    assert rows["IKU 2"]["units"] is None


def test_export_compare_names_both_units(store: Path) -> None:
    for lang, lines in (("id", (BARE, TWO)), ("en", (BARE_EN, TWO_EN))):
        done = run_cli(
            "export", "-r", NEXT_YEAR_ID, "--compare", BUNDLED_REPORT_ID, "--lang", lang,
            store=store,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        for line in lines:
            assert f"- {line}" in done.stdout, done.stdout
