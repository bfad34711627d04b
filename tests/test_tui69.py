"""One word for the capaian in English (tui69): ``status``, ``set`` and ``calc`` said
"Achievement" where the TUI, the exports and ``compare`` say the report's word, "Capaian", and
``status`` said it above its own "Renstra capaian 96 %" (docs/glossary.md)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_status_set_and_calc_say_capaian_in_english(store_path: Path) -> None:
    status = run_cli("status", "--lang", "en", store=store_path)
    assert status.returncode == 0, status.stderr
    head = next(line for line in status.stdout.splitlines() if line.startswith("Code"))
    assert "Capaian" in head, head  # (main: "Achievement")
    assert "Renstra capaian 96 %" in status.stdout
    done = run_cli("set", "IKU 1", "realisasi", "3,00", "--lang", "en", store=store_path)
    assert done.returncode == 0, done.stderr
    assert "Capaian: 93,17 %  Very high  ▼ under target" in done.stdout, done.stdout
    calc = run_cli("calc", "3,22", "2,85", "--lang", "en")
    assert "Capaian      : 88,51 %" in calc.stdout, calc.stdout
    assert "Explanation  : Capaian 88,51 %: realisasi 2,85 divided by" in calc.stdout
    for out in (status.stdout, done.stdout, calc.stdout):
        assert "chievement" not in out, out
    # (scripts read the engine's sentence as before: --json is data)
    data = json.loads(run_cli("calc", "3,22", "2,85", "--lang", "en", "--json").stdout)
    assert data["explanation"].startswith("Achievement 88,51 %"), data
