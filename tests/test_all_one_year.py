"""``status --all --tahun Y`` and ``check --all --tahun Y`` (years13): a store of several years
listed every year's reports mixed, worst first (a kabupaten of 40 offices over five years: 200
rows), and ``--tahun`` was an unknown option. Now one year's reports, the year in the title; a
year the store does not hold is said, naming those it holds; ``--tahun`` without ``--all`` is
refused, never ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("years") / "s"
    assert run_cli("init", store=root).returncode == 0
    for year in ("2024", "2025"):
        made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", year, store=root)
        assert made.returncode == 0, made.stderr
    return root


@pytest.mark.parametrize("command", ["status", "check"])
def test_all_of_one_year(store: Path, command: str) -> None:
    done = run_cli(command, "--all", "--tahun", "2024", "--json", store=store)
    data = json.loads(done.stdout)
    assert [r["id"] for r in data["reports"]] == ["bengkulu-selatan-setda-2024"]
    every = json.loads(run_cli(command, "--all", "--json", store=store).stdout)
    assert len(every["reports"]) == 3  # without --tahun: as before
    shown = run_cli(command, "--all", "--tahun", "2023", store=store).stdout
    title = {"status": "Semua laporan 2023 (1), terburuk dulu"}.get(
        command, "Reviu semua laporan 2023 (1), terburuk dulu"
    )
    assert shown.splitlines()[0] == title
    assert "setda-2023" in shown and "setda-2024" not in shown and "setda-2025" not in shown
    en = run_cli(command, "--all", "--tahun", "2025", "--lang", "en", store=store).stdout
    assert "of 2025 (1), worst first" in en.splitlines()[0]


@pytest.mark.parametrize("command", ["status", "check"])
def test_a_year_not_held_and_tahun_without_all(store: Path, command: str) -> None:
    done = run_cli(command, "--all", "--tahun", "2030", store=store)
    assert done.returncode == 2 and not done.stdout
    assert (
        "tidak ada laporan tahun 2030 di penyimpanan; tahun yang ada: 2023, 2024, 2025"
        in done.stderr
    )
    alone = run_cli(command, "--tahun", "2024", "--lang", "en", store=store)
    assert alone.returncode == 2 and "the option --tahun applies only with --all" in alone.stderr
    helped = run_cli(command, "--help", "--lang", "en")
    assert "With --all: only the reports of this year." in " ".join(helped.stdout.split())
