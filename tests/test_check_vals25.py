"""vals25: the reviu and calc as an Inspektorat reviewer reads them at 40–80 columns, on a UTF-8
terminal and on a Windows console (cp1252)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_capaian_keeps_its_under_target_mark_on_its_line(
    store_path: Path, lang: str, encoding: str
) -> None:
    """The reviu's "… tiap target: 3,22 → 88,51 %" / "▼; 3,30 → …": the mark under target
    stood alone at the start of the next line (on cp1252 a bare "v", as it is written there),
    at 80 columns in English, at 40–70 in Bahasa Indonesia. Now it stays with its figure."""
    mark = "v" if encoding == "cp1252" else "▼"
    alone = re.compile(rf"^\s*{mark}(?:[;.,)]|\s|$)")
    for columns in (40, 50, 60, 70, 80):
        env = {"COLUMNS": str(columns), "PYTHONIOENCODING": encoding}
        done = run_cli("check", "--lang", lang, store=store_path, env=env)
        assert done.returncode == 1, done.stderr  # (the bundled report has errors)
        lines = done.stdout.splitlines()
        assert not [line for line in lines if alone.match(line)], (columns, done.stdout)
        assert f"% {mark}" in done.stdout  # (the marks are there, each after its figure)
        assert all(len(line) <= columns for line in lines), columns
