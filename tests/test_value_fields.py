"""Values and spreadsheets (vals13): a capaian and its verdict tell one story, a value field
takes only what its column means, and an ambiguous stored anggaran is never read as a silent 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


@pytest.mark.parametrize(
    ("target", "realisasi", "formula"),
    [
        (">3,51", "3,51", "3,51 ≤ 3,51"),  # the seed's threshold, met only above 3,51
        ("<5", "5", "5 ≥ 5"),
        ("≥ 3,51", "3,50999", "3,50999 < 3,51"),  # 99,997… rounded up to 100,00
    ],
)
def test_a_threshold_not_met_is_not_shown_as_100_percent(
    target: str, realisasi: str, formula: str
) -> None:
    """It printed "Capaian 100,00 %, Sangat Tinggi" beside "ambang belum terpenuhi": now only
    the verdict, with why there is no percent."""
    shown = run_cli("calc", target, realisasi)
    assert shown.returncode == 0, shown.stderr
    assert "100,00" not in shown.stdout and "Sangat Tinggi" not in shown.stdout
    assert "Capaian         : n/a" in shown.stdout
    assert "Kategori        : tidak tercapai" in shown.stdout
    assert f"Rumus           : {formula}" in shown.stdout
    en = run_cli("calc", target, realisasi, "--lang", "en")
    assert "does not pass the threshold" in en.stdout and "Rating       : not met" in en.stdout
    data = json.loads(run_cli("calc", target, realisasi, "--json").stdout)
    assert data["achievement"] is None and data["met"] is False
    assert data["reason_code"] == "threshold_bound"


def test_a_threshold_passed_or_missed_below_keeps_its_percent() -> None:
    above = json.loads(run_cli("calc", ">3,51", "3,52", "--json").stdout)
    assert above["achievement"] == 100.28 and above["met"] is True
    below = json.loads(run_cli("calc", ">3,51", "3,5", "--json").stdout)
    assert below["achievement"] == 99.72 and below["met"] is False
    at_least = json.loads(run_cli("calc", "Minimal 3,51", "3,51", "--json").stdout)
    assert at_least["achievement"] == 100.0 and at_least["met"] is True


def test_status_and_export_say_the_verdict_of_a_threshold_met_only_above(store: Path) -> None:
    """The seed's "Nilai kepatuhan pelayanan publik" (> 3,51) with a realisasi of 3,51."""
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    item = next(i for i in data["items"] if i["target"] == ">3,51")
    done = run_cli("set", item["id"], "realisasi", "3,51", store=store)
    assert done.returncode == 0, done.stderr
    data = json.loads(run_cli("status", "--json", store=store).stdout)
    item = next(i for i in data["items"] if i["target"] == ">3,51")
    assert item["achievement"] is None and item["rating"] is None and item["under_target"]
    assert "tidak melewati ambang > 3,51" in item["explanation"]
    export = run_cli("export", "--scope", "semua", store=store).stdout
    line = next(x for x in export.splitlines() if "3,51" in x and "n/a" in x)
    assert "tidak tercapai" in line and "100,00" not in line
